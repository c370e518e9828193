#pragma once
// stdout and stderr of this process captured while a command runs in it (the CLI tests).
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <utility>

#include "temp_dir.hpp"

namespace parley::test {

// While alive, stdout and stderr of this process go to files (so that a test can read what
// the command printed); the destructor puts them back.
class CapturedOutput {
 public:
  explicit CapturedOutput(const TempDir& dir) : m_outPath(dir.File("stdout")), m_errPath(dir.File("stderr")) {
    std::fflush(stdout);
    std::fflush(stderr);
    m_savedOut = ::dup(STDOUT_FILENO);
    m_savedErr = ::dup(STDERR_FILENO);
    Redirect(m_outPath, STDOUT_FILENO);
    Redirect(m_errPath, STDERR_FILENO);
  }
  CapturedOutput(const CapturedOutput&) = delete;
  CapturedOutput& operator=(const CapturedOutput&) = delete;
  ~CapturedOutput() { Restore(); }

  // Puts stdout and stderr back (once) and returns what was written to each.
  std::pair<std::string, std::string> Finish() {
    Restore();
    return {ReadBytes(m_outPath), ReadBytes(m_errPath)};
  }

 private:
  static void Redirect(const std::string& path, int fd) {
    int file = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (file < 0) return;
    ::dup2(file, fd);
    ::close(file);
  }
  void Restore() {
    if (m_savedOut < 0) return;
    std::fflush(stdout);
    std::fflush(stderr);
    ::dup2(m_savedOut, STDOUT_FILENO);
    ::dup2(m_savedErr, STDERR_FILENO);
    ::close(m_savedOut);
    ::close(m_savedErr);
    m_savedOut = m_savedErr = -1;
  }

  std::string m_outPath;
  std::string m_errPath;
  int m_savedOut = -1;  // the real stdout while captured, -1 once restored
  int m_savedErr = -1;
};

}  // namespace parley::test
