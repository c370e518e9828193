// Budget 3, open: a workshop file to a drawable Model, typical and large. Measured beside it:
// the open followed by the first showing of the session log, which is read only then.
#include "benchmarks.hpp"
#include "core/workshop.hpp"

namespace parley::bench {

namespace {
void Open(benchmark::State& state, const std::string& path) {
  for (auto _ : state) {
    auto workshop = Workshop::Open(path);
    benchmark::DoNotOptimize(workshop->Model().revision);
  }
}

void OpenWithLog(benchmark::State& state, const std::string& path) {
  for (auto _ : state) {
    auto workshop = Workshop::Open(path);
    benchmark::DoNotOptimize(workshop->SessionLog().size());
  }
}
}  // namespace

void RegisterOpenBenchmarks(const Workloads& work) {
  Add("open/typical", Clock::Real, Open, work.typical);
  Add("open/large", Clock::Real, Open, work.large);
  Add("open/large with its log", Clock::Real, OpenWithLog, work.large);
}

}  // namespace parley::bench
