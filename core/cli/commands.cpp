#include "core/cli/commands.hpp"

namespace parley {

int RunImport(const std::vector<std::string>& args);              // command_import.cpp
int RunImportParticipants(const std::vector<std::string>& args);  // command_import.cpp
int RunForget(const std::vector<std::string>& args);              // command_forget.cpp
int RunSeal(const std::vector<std::string>& args);                // command_seal.cpp
int RunUnseal(const std::vector<std::string>& args);              // command_seal.cpp
int RunPassphrase(const std::vector<std::string>& args);          // command_seal.cpp

const std::vector<Command>& Commands() {
  static const std::vector<Command> commands = {
      {"export", RunExport},
      {"forget", RunForget},
      {"generate", RunGenerate},
      {"import", RunImport},
      {"import-participants", RunImportParticipants},
      {"passphrase", RunPassphrase},
      {"seal", RunSeal},
      {"unseal", RunUnseal},
  };
  return commands;
}

}  // namespace parley
