#pragma once
// The core suite's sealed run (sealed_run.cpp) for the tests of commands: a command reads a
// sealed workshop only with its passphrase, given as a facilitator's script would give it.
#include <string>
#include <vector>

namespace parley::test {

// `args` of a command as given, and in the sealed run also --passphrase-file (a file only its
// owner can read, holding the run's passphrase) and --plaintext (the report and JSON export
// of a sealed workshop are plaintext, confirmed).
std::vector<std::string> WithSealedRunPassphrase(std::vector<std::string> args);

}  // namespace parley::test
