#pragma once
#include <string>
#include <vector>

namespace parley {

// What `parley` was asked to do.
struct CommandLine {
  std::string command;             // a command without a window ("export", "import", ...), or ""
  std::vector<std::string> args;   // the command's own arguments
  bool help = false;
  bool version = false;
  std::string demo;          // the example workshop to open a fresh copy of (DemoWorkshops:
                             //   "aldra" for a plain --demo), "" for none
  std::string file;          // workshop to open, "" for the start screen
  std::string screenshot;    // PNG to write after the first frames, then exit
  std::string view;          // screen to show first (see Usage())
  bool firstFrame = false;   // exit once the first frame is on screen (the start benchmark)
  std::string idleFrames;    // "still" or "clock": count the frames drawn at rest (the idle
                             //   benchmark), the speaker clock stopped or running
  std::string layout;        // file the window writes its controls' places to after each frame
                             //   they moved in (tests/workshop_window_test.sh); not in --help
  std::string error;         // a usage error, "" when the arguments are good
};

// Reads the arguments after the program name.
CommandLine ParseCommandLine(const std::vector<std::string>& args);
// The text of `parley --help`.
const char* Usage();

// Runs a command without a window (cl.command non-empty): prints what it did or why not, and
// returns the exit status: 0 done, 2 usage error, 3 refused by the non-attribution guard,
// 4 a file could not be read or written, 5 refused because the memo is not ready (bracketed
// text in a final export).
int RunCommand(const CommandLine& cl);

}  // namespace parley
