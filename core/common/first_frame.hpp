#pragma once
// `parley --first-frame` and the benchmark's bare window report when their first frame is on
// screen, and `make bench` reads it: one line on standard output with the time on
// std::chrono::steady_clock (CLOCK_MONOTONIC, the same in every process). Header-only, so that
// the bare window includes it without linking any of Parley. `parley --idle-frames` reports,
// in the same way, the frames it drew at rest and the CPU time they cost.
#include <chrono>
#include <cstdio>

namespace parley {

constexpr const char* kFirstFrameLine = "first frame at %lld\n";
constexpr const char* kIdleFramesLine = "idle: %d frames in %lf s, %lf s of CPU\n";

inline long long SteadyNanoseconds() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

inline void ReportFirstFrame() {
  std::printf(kFirstFrameLine, SteadyNanoseconds());
  std::fflush(stdout);
}

}  // namespace parley
