#pragma once
// The benchmarks of `make bench`, registered with Google Benchmark, and the medians they
// reported, read back by name when the table is made.
#include <benchmark/benchmark.h>

#include <string>
#include <utility>
#include <vector>

#include "workloads.hpp"

namespace parley::bench {

// What a benchmark's figure is: wall time (waits on the disk count) or the CPU time of the
// process (a frame, which the machine's other load must not inflate).
enum class Clock { Real, Cpu };

// Runs `b` five times and keeps the median of the clock given, in microseconds.
void Measure(benchmark::internal::Benchmark* b, const std::string& name, Clock clock);

// Registers `fn(state, args...)` as the benchmark `name`, measured as Measure says.
template <class Fn, class... Args>
benchmark::internal::Benchmark* Add(const std::string& name, Clock clock, Fn&& fn, Args&&... args) {
  auto* b = benchmark::RegisterBenchmark(name.c_str(), std::forward<Fn>(fn), std::forward<Args>(args)...);
  Measure(b, name, clock);
  return b;
}

// The median that the benchmark `name` reported, in microseconds; 0 when it did not run.
double Median(const std::string& name);

// Collects the medians while printing Google Benchmark's own report.
class Collector : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override;
};

void RegisterEditBenchmarks(const Workloads& work);    // bench_edit.cpp
void RegisterFrameBenchmarks(const Workloads& work);   // bench_frame.cpp
void RegisterOpenBenchmarks(const Workloads& work);    // bench_open.cpp
void RegisterExportBenchmarks(const Workloads& work);  // bench_export.cpp

// The views measured, by their names on the command line (bench_frame.cpp).
const std::vector<std::string>& Views();

// Pages of the PDF the export benchmark wrote (bench_export.cpp).
int ExportedPdfPages(const Workloads& work);

}  // namespace parley::bench
