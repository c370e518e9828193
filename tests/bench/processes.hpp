#pragma once
// Programs started and waited for: their wall time from start to exit and to their first frame,
// their peak memory, and what `parley --idle-frames` counted.
#include <string>
#include <vector>

namespace parley::bench {

struct Finished {
  double seconds = 0;            // from the start of the process to its exit
  double firstFrameSeconds = 0;  // from its start to the first frame it reported, 0 when none
  long peakKilobytes = 0;        // its peak resident memory
  int idleFrames = -1;           // frames drawn at rest, -1 when none were reported...
  double idleSeconds = 0;        // ...in this stretch of time...
  double idleCpuSeconds = 0;     // ...and the CPU time of the process in it
};

// Runs `argv` (a path and its arguments) to its end, reading the first frame and the idle frames
// it reports (core/common/first_frame.hpp) on standard output. Throws std::runtime_error when it cannot be started or does not exit with status 0.
Finished RunProcess(const std::vector<std::string>& argv);

}  // namespace parley::bench
