#pragma once
// Programs started and waited for: their wall time from start to exit and to their first frame,
// and their peak memory.
#include <string>
#include <vector>

namespace parley::bench {

struct Finished {
  double seconds = 0;            // from the start of the process to its exit
  double firstFrameSeconds = 0;  // from its start to the first frame it reported, 0 when none
  long peakKilobytes = 0;        // its peak resident memory
};

// Runs `argv` (a path and its arguments) to its end, reading the first frame it reports
// (core/first_frame.hpp) on standard output. Throws std::runtime_error when it cannot be started or does not exit with status 0.
Finished RunProcess(const std::vector<std::string>& argv);

}  // namespace parley::bench
