// `parley seal FILE`, `parley unseal FILE` and `parley passphrase FILE` (Workshop::Seal, Unseal
// and ChangePassphrase): the passphrases typed on the terminal without echo, or read from files
// only their owner can read (passphrase.hpp).
#include <cstdio>
#include <string>
#include <vector>

#include "core/cli/commands.hpp"
#include "core/cli/passphrase.hpp"
#include "core/common/error.hpp"
#include "core/store/workshop.hpp"

namespace parley {

namespace {

// The one FILE of `args` once the sealed options are taken out; "" after printing a usage error.
std::string FileOf(const char* command, std::vector<std::string> args, SealedOptions& options, const char* usage) {
  std::string wrong = TakeSealedOptions(args, options);
  if (wrong.empty() && (args.size() != 1 || args[0].starts_with("-")))
    wrong = args.size() == 1 ? "unknown option " + args[0] : "give one workshop FILE";
  if (wrong.empty()) return args[0];
  std::fprintf(stderr, "parley %s: %s\n%s", command, wrong.c_str(), usage);
  return "";
}

int Failed(const char* command, const Error& e) {
  std::fprintf(stderr, "parley %s: %s\n%s\n", command, e.what(), e.Advice().c_str());
  return kExitFile;
}

}  // namespace

int RunSeal(const std::vector<std::string>& args) {
  SealedOptions options;
  std::string file = FileOf("seal", args, options, "usage: parley seal FILE [--new-passphrase-file FILE]\n");
  if (file.empty()) return kExitUsage;
  try {
    if (Workshop::IsSealed(file)) throw Error(file + " is sealed already.", "To change its passphrase: parley passphrase " + file);
    Passphrase passphrase = GetNewPassphrase(options.newPassphraseFile);
    std::fprintf(stderr, "%s", kDeriving);
    Workshop::Seal(file, passphrase.Text());
  } catch (const Error& e) {
    return Failed("seal", e);
  }
  std::printf("%s is sealed.\n", file.c_str());
  return kExitDone;
}

int RunUnseal(const std::vector<std::string>& args) {
  SealedOptions options;
  std::string file = FileOf("unseal", args, options, "usage: parley unseal FILE [--passphrase-file FILE]\n");
  if (file.empty()) return kExitUsage;
  std::fprintf(stderr,
               "Warning: once unsealed, %s is plaintext: whoever gets the file reads every name in it.\n",
               file.c_str());
  try {
    Passphrase passphrase = GetPassphrase(options.passphraseFile, "Passphrase: ");
    std::fprintf(stderr, "%s", kDeriving);
    Workshop::Unseal(file, passphrase.Text());
  } catch (const Error& e) {
    return Failed("unseal", e);
  }
  std::printf("%s is unsealed (plaintext).\n", file.c_str());
  return kExitDone;
}

int RunPassphrase(const std::vector<std::string>& args) {
  SealedOptions options;
  std::string file = FileOf("passphrase", args, options,
                            "usage: parley passphrase FILE [--passphrase-file FILE] [--new-passphrase-file FILE]\n");
  if (file.empty()) return kExitUsage;
  try {
    Passphrase passphrase = GetPassphrase(options.passphraseFile, "Current passphrase: ");
    Passphrase fresh = GetNewPassphrase(options.newPassphraseFile);
    std::fprintf(stderr, "%s", kDeriving);
    Workshop::ChangePassphrase(file, passphrase.Text(), fresh.Text());
  } catch (const Error& e) {
    return Failed("passphrase", e);
  }
  std::printf("%s has its new passphrase; the old one no longer opens it.\n", file.c_str());
  return kExitDone;
}

}  // namespace parley
