#include "benchmarks.hpp"

#include <map>

namespace parley::bench {

namespace {
std::map<std::string, Clock> clocks;    // benchmark name -> the clock its figure is read from
std::map<std::string, double> medians;  // benchmark name -> median, µs
}  // namespace

void Measure(benchmark::internal::Benchmark* b, const std::string& name, Clock clock) {
  // Nine short repetitions, interleaved at random with every other benchmark's (see main), so
  // that a burst of load on a shared machine falls on figures and references alike.
  b->Repetitions(9)->MinTime(0.2)->ReportAggregatesOnly(true)->Unit(benchmark::kMicrosecond);
  if (clock == Clock::Real) b->UseRealTime();
  clocks[name] = clock;
}

double Median(const std::string& name) {
  auto it = medians.find(name);
  return it == medians.end() ? 0 : it->second;
}

void Collector::ReportRuns(const std::vector<Run>& runs) {
  for (const Run& run : runs) {
    if (run.run_type != Run::RT_Aggregate || run.aggregate_name != "median") continue;
    std::string name = run.run_name.function_name;
    double seconds = (clocks[name] == Clock::Real ? run.GetAdjustedRealTime() : run.GetAdjustedCPUTime()) /
                     benchmark::GetTimeUnitMultiplier(run.time_unit);
    medians[name] = seconds * 1e6;
  }
  ConsoleReporter::ReportRuns(runs);
}

}  // namespace parley::bench
