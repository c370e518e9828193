#include "core/cli/passphrase.hpp"

#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "core/common/error.hpp"
#include "core/store/workshop.hpp"

namespace parley {

namespace {

// Room enough for any passphrase, reserved up front so that the string never moves its bytes
// (a move would leave an unwiped copy behind).
constexpr size_t kMostBytes = 1024;

// One line from `fd` without its line end, into wiped-on-drop memory.
Passphrase ReadLine(int fd) {
  std::string text;
  text.reserve(kMostBytes);
  char c = 0;
  while (text.size() < kMostBytes - 1) {
    ssize_t n = ::read(fd, &c, 1);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0 || c == '\n') break;
    text.push_back(c);
  }
  if (!text.empty() && text.back() == '\r') text.pop_back();
  return Passphrase(std::move(text));
}

Passphrase FromFile(const std::string& file) {
  int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw Error("Could not read the passphrase file " + file + ": " + std::strerror(errno) + ".",
                          "Check the file's name.");
  struct stat st {};
  if (::fstat(fd, &st) != 0 || (st.st_mode & 077) != 0) {
    ::close(fd);
    throw Error("The passphrase file " + file + " can be read by others than its owner.",
                "Make it yours alone (chmod 600 " + file + "), and consider the passphrase seen: "
                "change it with parley passphrase.");
  }
  Passphrase passphrase = ReadLine(fd);
  ::close(fd);
  if (passphrase.Text().empty()) throw Error("The passphrase file " + file + " is empty.", "Write the passphrase on its first line.");
  return passphrase;
}

// Asks on the terminal itself (not stdin, which a script may feed), echo off while typing.
Passphrase Ask(const std::string& prompt) {
  int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
  if (tty < 0)
    throw Error("There is no terminal to ask the passphrase on.",
                "Give it in a file only you can read: --passphrase-file FILE.");
  termios before {};
  bool echoOff = ::tcgetattr(tty, &before) == 0;
  if (echoOff) {
    termios quiet = before;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    ::tcsetattr(tty, TCSAFLUSH, &quiet);
  }
  if (::write(tty, prompt.data(), prompt.size()) < 0) {}  // a prompt that could not be shown still waits for the line
  Passphrase passphrase = ReadLine(tty);
  if (echoOff) ::tcsetattr(tty, TCSAFLUSH, &before);
  if (::write(tty, "\n", 1) < 0) {}
  ::close(tty);
  return passphrase;
}

}  // namespace

Passphrase::~Passphrase() { ::explicit_bzero(m_text.data(), m_text.size()); }

std::string TakeSealedOptions(std::vector<std::string>& args, SealedOptions& options) {
  std::vector<std::string> rest;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--plaintext") {
      options.plaintext = true;
    } else if (arg == "--passphrase-file" || arg == "--new-passphrase-file") {
      if (i + 1 == args.size()) return arg + " needs a FILE";
      (arg == "--passphrase-file" ? options.passphraseFile : options.newPassphraseFile) = args[++i];
    } else if (arg == "--passphrase" || arg.starts_with("--passphrase=")) {
      return "a passphrase is never given on the command line (the shell's history keeps it): "
             "give --passphrase-file FILE, or type it when asked";
    } else {
      rest.push_back(arg);
    }
  }
  args = std::move(rest);
  return "";
}

Passphrase GetPassphrase(const std::string& file, const std::string& prompt) {
  return file.empty() ? Ask(prompt) : FromFile(file);
}

Passphrase GetNewPassphrase(const std::string& file) {
  std::fprintf(stderr, "A lost passphrase means a lost workshop: nobody, Parley's authors included, can open it.\n");
  Passphrase passphrase = file.empty() ? Ask("New passphrase: ") : FromFile(file);
  if (std::string problem = Workshop::PassphraseProblem(passphrase.Text()); !problem.empty())
    throw Error(problem, "Choose a longer passphrase. Nothing was changed.");
  if (file.empty() && Ask("The new passphrase again: ").Text() != passphrase.Text())
    throw Error("The two passphrases typed differ.", "Type the same passphrase twice. Nothing was changed.");
  return passphrase;
}

std::unique_ptr<Workshop> OpenForCommand(const std::string& path, const SealedOptions& options) {
  if (!Workshop::IsSealed(path)) return Workshop::Open(path);
  // Said to whoever types the passphrase; a script that gives it in a file gets a quiet stderr.
  bool asking = options.passphraseFile.empty();
  if (asking) std::fprintf(stderr, "%s is sealed.\n", path.c_str());
  Passphrase passphrase = GetPassphrase(options.passphraseFile, "Passphrase: ");
  if (asking) std::fprintf(stderr, "%s", kDeriving);
  return Workshop::OpenSealed(path, passphrase.Text());
}

}  // namespace parley
