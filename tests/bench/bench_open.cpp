// Budget 3, open: a workshop file to a drawable Model, typical and large, the large one also in
// Arabic and Hebrew. Measured beside it: the open followed by the first showing of the session
// log, which is read only then.
#include "benchmarks.hpp"
#include "core/store/workshop.hpp"

namespace parley::bench {

namespace {

void Open(const std::string& path) {
  auto workshop = Workshop::Open(path);
  benchmark::DoNotOptimize(workshop->Model().revision);
}

void OpenLarge(benchmark::State& state, const std::string& large, const std::string& typical) {
  Alternate(state, Clock::Real, [&] { Open(large); }, [&] { Open(typical); });
}

void OpenWithLog(benchmark::State& state, const std::string& path) {
  Alternate(
      state, Clock::Real,
      [&] {
        auto workshop = Workshop::Open(path);
        benchmark::DoNotOptimize(workshop->SessionLog().size());
      },
      [&] { Open(path); });
}

}  // namespace

void RegisterOpenBenchmarks(const Workloads& work) {
  Add("open/large", OpenLarge, work.large, work.typical);
  Add("open/large-ar-he", OpenLarge, work.largeArabicHebrew, work.typical);
  Add("open/large with its log", OpenWithLog, work.large);
}

}  // namespace parley::bench
