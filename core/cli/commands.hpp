#pragma once
// The commands Parley runs without a window (`parley export ...`), one file each
// (command_*.cpp), listed by Commands().
#include <string>
#include <vector>

namespace parley {

struct Command {
  const char* name;  // the first argument that selects it
  // Runs it with the arguments after its name; returns the exit status (see RunCommand).
  int (*run)(const std::vector<std::string>& args);
};

const std::vector<Command>& Commands();

int RunExport(const std::vector<std::string>& args);    // command_export.cpp
int RunGenerate(const std::vector<std::string>& args);  // command_generate.cpp

// Exit statuses shared by the commands.
constexpr int kExitDone = 0;
constexpr int kExitUsage = 2;
constexpr int kExitGuard = 3;
constexpr int kExitFile = 4;
constexpr int kExitRefused = 5;  // the memo is not ready: bracketed text in a final export

}  // namespace parley
