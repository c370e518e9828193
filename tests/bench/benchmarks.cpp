#include "benchmarks.hpp"

#include <time.h>

#include <map>

namespace parley::bench {

namespace {

std::map<std::string, Medians> medians;  // benchmark name -> its medians

constexpr const char* kFigure = "figure";
constexpr const char* kReference = "reference";

double Seconds(Clock clock) {
  timespec now{};
  clock_gettime(clock == Clock::Cpu ? CLOCK_THREAD_CPUTIME_ID : CLOCK_MONOTONIC, &now);
  return double(now.tv_sec) + double(now.tv_nsec) * 1e-9;
}

}  // namespace

void Alternate(benchmark::State& state, Clock clock, const std::function<void()>& figure,
               const std::function<void()>& reference) {
  double figureSeconds = 0, referenceSeconds = 0;
  for (auto _ : state) {
    double start = Seconds(clock);
    figure();
    double middle = Seconds(clock);
    figureSeconds += middle - start;
    if (!reference) continue;
    reference();
    referenceSeconds += Seconds(clock) - middle;
  }
  // Reported per iteration: the time of one step.
  state.counters[kFigure] = benchmark::Counter(figureSeconds, benchmark::Counter::kAvgIterations);
  if (reference) state.counters[kReference] = benchmark::Counter(referenceSeconds, benchmark::Counter::kAvgIterations);
}

Medians Measured(const std::string& name) {
  auto it = medians.find(name);
  return it == medians.end() ? Medians{} : it->second;
}

void Collector::ReportRuns(const std::vector<Run>& runs) {
  for (const Run& run : runs) {
    if (run.run_type != Run::RT_Aggregate || run.aggregate_name != "median") continue;
    auto counter = [&](const char* key) {
      auto it = run.counters.find(key);
      return it == run.counters.end() ? 0.0 : it->second.value * 1e6;
    };
    medians[run.run_name.function_name] = {counter(kFigure), counter(kReference)};
  }
  ConsoleReporter::ReportRuns(runs);
}

}  // namespace parley::bench
