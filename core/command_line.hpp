#pragma once
#include <string>
#include <vector>

namespace parley {

// What `parley` was asked to do.
struct CommandLine {
  bool help = false;
  bool version = false;
  bool demo = false;         // open a fresh copy of the demo workshop
  std::string file;          // workshop to open, "" for the start screen
  std::string screenshot;    // PNG to write after the first frames, then exit
  std::string view;          // screen to show first (see Usage())
  std::string error;         // a usage error, "" when the arguments are good
};

// Reads the arguments after the program name.
CommandLine ParseCommandLine(const std::vector<std::string>& args);
// The text of `parley --help`.
const char* Usage();

}  // namespace parley
