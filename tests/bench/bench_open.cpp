// Budget 3, open: a workshop file to a drawable Model, typical and large.
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
}  // namespace

void RegisterOpenBenchmarks(const Workloads& work) {
  Add("open/typical", Clock::Real, Open, work.typical);
  Add("open/large", Clock::Real, Open, work.large);
}

}  // namespace parley::bench
