#include "processes.hpp"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <stdexcept>

#include "core/common/first_frame.hpp"

extern char** environ;

namespace parley::bench {

void PrintPeakMemory() {
  std::FILE* status = std::fopen("/proc/self/status", "r");
  if (!status) return;
  char line[256];
  long kilobytes = 0;
  while (std::fgets(line, sizeof line, status))
    if (std::sscanf(line, "VmHWM: %ld kB", &kilobytes) == 1) break;
  std::fclose(status);
  std::printf(kPeakMemoryLine, kilobytes);
}

Finished RunProcess(const std::vector<std::string>& argv) {
  std::vector<char*> args;
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  int out[2];
  if (pipe(out) != 0) throw std::runtime_error("could not make a pipe");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  long long start = SteadyNanoseconds();
  pid_t pid = 0;
  int spawned = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(out[1]);
  if (spawned != 0) {
    close(out[0]);
    throw std::runtime_error("could not start " + argv[0]);
  }
  std::string output;
  char buffer[4096];
  for (ssize_t n; (n = read(out[0], buffer, sizeof buffer)) > 0;) output.append(buffer, size_t(n));
  close(out[0]);
  int status = 0;
  if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
    throw std::runtime_error(argv[0] + " did not finish well");
  Finished finished{double(SteadyNanoseconds() - start) / 1e9};
  long long frame = 0;
  for (size_t at = output.find("first frame at "); at != std::string::npos; at = std::string::npos)
    if (std::sscanf(output.c_str() + at, kFirstFrameLine, &frame) == 1) finished.firstFrameSeconds = double(frame - start) / 1e9;
  if (size_t peak = output.find("peak memory: "); peak != std::string::npos)
    std::sscanf(output.c_str() + peak, kPeakMemoryLine, &finished.peakKilobytes);
  size_t idle = output.find("idle: ");
  if (idle != std::string::npos)
    std::sscanf(output.c_str() + idle, kIdleFramesLine, &finished.idleFrames, &finished.idleSeconds,
                &finished.idleCpuSeconds);
  return finished;
}

}  // namespace parley::bench
