// `parley forget FILE --participant PSEUDONYM [--dry-run]`: forgets someone who withdrew, as the
// set-up's "Forget this person..." does (Workshop::Forget). Giving the command is the
// confirmation; --dry-run says what it would do and changes nothing. What it prints names no one:
// the pseudonym, counts, and the words still to reword where they stand.
#include <cstdio>
#include <string>
#include <vector>

#include "core/cli/commands.hpp"
#include "core/cli/passphrase.hpp"
#include "core/common/error.hpp"
#include "core/common/text.hpp"
#include "core/store/workshop.hpp"

namespace parley {

namespace {

constexpr const char* kForgetUsage = "usage: parley forget FILE --participant PSEUDONYM [--dry-run] [--passphrase-file FILE]\n";

int UsageError(const std::string& what) {
  std::fprintf(stderr, "parley forget: %s\n%s", what.c_str(), kForgetUsage);
  return kExitUsage;
}

}  // namespace

int RunForget(const std::vector<std::string>& given) {
  std::vector<std::string> args = given;
  SealedOptions sealed;
  if (std::string wrong = TakeSealedOptions(args, sealed); !wrong.empty()) return UsageError(wrong);
  std::string file, pseudonym;
  bool dryRun = false;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--participant") {
      if (i + 1 == args.size()) return UsageError("--participant needs the participant's pseudonym");
      pseudonym = args[++i];
    } else if (args[i] == "--dry-run") {
      dryRun = true;
    } else if (args[i].starts_with("-")) {
      return UsageError("unknown option " + args[i]);
    } else if (file.empty()) {
      file = args[i];
    } else {
      return UsageError("more than one workshop file given");
    }
  }
  if (file.empty() || pseudonym.empty()) return UsageError("give the workshop FILE and --participant PSEUDONYM");
  try {
    auto workshop = OpenForCommand(file, sealed);
    Id participant = 0;
    for (const Participant& p : workshop->Model().participants)
      if (p.pseudonym == pseudonym) participant = p.id;
    // By pseudonym only: a name given on the command line would stay in the shell's history.
    if (participant == 0) return UsageError("no participant of " + file + " has the pseudonym \"" + pseudonym + "\"");
    ForgetReport report = dryRun ? workshop->PlanForget(participant) : workshop->Forget(participant);
    std::printf("%s %s: their name replaced in %s, %s of the undo history removed.%s\n",
                dryRun ? "Would forget" : "Forgot", pseudonym.c_str(),
                Counted(report.reworded, "text", "texts").c_str(), Counted(report.undoSteps, "step", "steps").c_str(),
                dryRun ? " Nothing was changed (--dry-run)." : "");
    if (!report.remaining.empty()) std::printf("Still naming or describing them, to reword by hand:\n");
    for (const Mention& m : report.remaining)
      std::printf("  %s: \"%s\" (%s)\n", m.place.c_str(), m.found.c_str(), m.why.c_str());
    return kExitDone;
  } catch (const Error& e) {
    std::fprintf(stderr, "parley forget: %s\n%s\n", e.what(), e.Advice().c_str());
    return kExitFile;
  }
}

}  // namespace parley
