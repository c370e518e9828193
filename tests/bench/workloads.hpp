#pragma once
// What the benchmarks measure on: the generated workshops and the programs they start, all in
// one work folder made fresh for the run.
#include <cstdint>
#include <string>

namespace parley::bench {

struct Workloads {
  std::string folder;       // the work folder: every file the benchmarks write is in it
  std::string typical;      // generated workshops (core/generator.hpp), seed 1
  std::string large;
  std::string largeArabicHebrew;  // the large shape written in Arabic and Hebrew
  std::string parley;       // the real program, built in the same tree
  std::string bareWindow;   // the reference program: GLFW + ImGui, one frame
};

// Bytes of the file at `path`.
uint64_t FileSize(const std::string& path);

}  // namespace parley::bench
