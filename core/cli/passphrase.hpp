#pragma once
// Where the commands get a sealed workshop's passphrase: typed on the terminal without echo, or
// read from a file named by --passphrase-file (for scripts and tests) that only its owner can
// read. Never from an argument (the shell's history and `ps` would show it) nor the environment
// (every child process inherits it, and /proc shows it).
#include <memory>
#include <string>
#include <vector>

namespace parley {

class Workshop;

// A passphrase held in a string that is wiped when dropped.
class Passphrase {
 public:
  explicit Passphrase(std::string text) : m_text(std::move(text)) {}
  Passphrase(Passphrase&&) = default;  // the bytes move with the string's buffer: no copy left
  Passphrase(const Passphrase&) = delete;
  Passphrase& operator=(const Passphrase&) = delete;
  ~Passphrase();
  const std::string& Text() const { return m_text; }

 private:
  std::string m_text;
};

// The options a command that reads a workshop takes for a sealed one.
struct SealedOptions {
  std::string passphraseFile;     // --passphrase-file FILE, "" to ask on the terminal
  std::string newPassphraseFile;  // --new-passphrase-file FILE (parley passphrase)
  bool plaintext = false;         // --plaintext: the facilitator knows the export is plaintext
};

// Takes the options above out of `args`; returns "" or what is wrong (a usage error).
std::string TakeSealedOptions(std::vector<std::string>& args, SealedOptions& options);

// The passphrase from `file` when given, else asked on the terminal with `prompt`. Throws
// parley::Error for a file that others can read, an empty one, or no terminal to ask on.
Passphrase GetPassphrase(const std::string& file, const std::string& prompt);
// Said on stderr before a key is derived: the wait is by design.
inline constexpr const char* kDeriving = "Deriving the key (about a second, by design)...\n";

// A new passphrase: from `file` when given, else asked twice on the terminal, after the warning
// that a lost one is a lost workshop. Throws parley::Error as GetPassphrase does, when the two
// differ, or when it is too short.
Passphrase GetNewPassphrase(const std::string& file);

// The workshop at `path`, opened with its passphrase (got as above) when it is sealed.
std::unique_ptr<Workshop> OpenForCommand(const std::string& path, const SealedOptions& options);

}  // namespace parley
