#pragma once
// The benchmarks of `make bench`, registered with Google Benchmark, and the medians they
// reported, read back by name when the table is made.
//
// A figure held to a reference is measured in the same benchmark as that reference, the two
// alternately, one step of each per iteration: on a shared machine a burst of load then falls
// on both alike, where separate benchmarks would give it to one and not the other.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "workloads.hpp"

namespace parley::bench {

// What a step is timed on: wall time (waits on the disk count) or the CPU time of the thread
// (a frame, which the machine's other load must not inflate).
enum class Clock { Real, Cpu };

// Registers `fn(state, args...)` as the benchmark `name`: nine short repetitions, interleaved at
// random with every other benchmark's (see main). `fn` times its steps with Alternate.
template <class Fn, class... Args>
void Add(const std::string& name, Fn&& fn, Args&&... args) {
  benchmark::RegisterBenchmark(name.c_str(), std::forward<Fn>(fn), std::forward<Args>(args)...)
      ->Repetitions(9)
      ->MinTime(0.2)
      ->ReportAggregatesOnly(true)
      ->Unit(benchmark::kMicrosecond);
}

// The benchmark's loop: each iteration runs one `figure` step, then one `reference` step (when
// there is one), each timed on `clock`.
void Alternate(benchmark::State& state, Clock clock, const std::function<void()>& figure,
               const std::function<void()>& reference = {});

// The medians, over its repetitions, of the time of one step of a benchmark's figure and of its
// reference, in microseconds; 0 when it did not run.
struct Medians {
  double figure = 0, reference = 0;
};
Medians Measured(const std::string& name);

// Collects the medians while printing Google Benchmark's own report.
class Collector : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override;
};

void RegisterEditBenchmarks(const Workloads& work);    // bench_edit.cpp
void RegisterFrameBenchmarks(const Workloads& work);   // bench_frame.cpp
void RegisterOpenBenchmarks(const Workloads& work);    // bench_open.cpp
void RegisterExportBenchmarks(const Workloads& work);  // bench_export.cpp
void RegisterImportBenchmarks(const Workloads& work);  // bench_import.cpp
void RegisterSealedBenchmarks(const Workloads& work);  // bench_sealed.cpp

// The text typed into a concern's field by the `n`th edit: a different one each time, so that
// each edit writes (bench_edit.cpp).
std::string Typed(int64_t n);

// The views measured, by their names on the command line (bench_frame.cpp): every one, and
// those where typing is measured.
const std::vector<std::string>& Views();
const std::vector<std::string>& KeystrokeViews();

// Pages of the PDF the export benchmark wrote (bench_export.cpp).
int ExportedPdfPages(const Workloads& work);

}  // namespace parley::bench
