#pragma once
// Programs started and waited for: their wall time from start to exit and to their first frame,
// their peak memory, and what `parley --idle-frames` counted.
#include <string>
#include <vector>

namespace parley::bench {

struct Finished {
  double seconds = 0;            // from the start of the process to its exit
  double firstFrameSeconds = 0;  // from its start to the first frame it reported, 0 when none
  long peakKilobytes = 0;        // its peak resident memory, as it reported it (kPeakMemoryLine)
  int idleFrames = -1;           // frames drawn at rest, -1 when none were reported...
  double idleSeconds = 0;        // ...in this stretch of time...
  double idleCpuSeconds = 0;     // ...and the CPU time of the process in it
};

// What a child prints of its own peak resident memory: VmHWM of /proc/self/status, in kB. Not
// wait4's ru_maxrss, which for a child started by posix_spawn also counts the parent's peak (the
// kernel keeps the peak of the memory the child shared with it until exec): after the
// benchmarks had run, a harness of 17 MB was reported as 485 MB.
constexpr const char* kPeakMemoryLine = "peak memory: %ld kB\n";
// Prints kPeakMemoryLine for this process.
void PrintPeakMemory();

// Runs `argv` (a path and its arguments) to its end, reading the first frame and the idle frames
// it reports (core/common/first_frame.hpp) and its peak memory (kPeakMemoryLine) on standard output. Throws std::runtime_error when it cannot be started or does not exit with status 0.
Finished RunProcess(const std::vector<std::string>& argv);

}  // namespace parley::bench
