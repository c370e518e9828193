// `parley export FILE --memo [--version N] --format md|html|pdf [--final] [--paper a4|letter] -o OUT`
// `parley export FILE --report --format md|html|pdf -o OUT`
// `parley export FILE --json -o OUT.json`
// each with [--passphrase-file FILE] for a sealed workshop, and --plaintext for a report or JSON
// export of one: they name everyone, and are written only when the facilitator says so.
#include <cstdio>
#include <cstdlib>

#include "core/cli/commands.hpp"
#include "core/cli/passphrase.hpp"
#include "core/common/error.hpp"
#include "core/exports/guarded_export.hpp"
#include "core/interchange/workshop_json.hpp"
#include "core/store/workshop.hpp"

namespace parley {

namespace {

constexpr const char* kExportUsage =
    "usage: parley export FILE --memo [M] [--version N] [--final] [--paper a4|letter] --format md|html|pdf -o OUT\n"
    "       parley export FILE --report [--paper a4|letter] --format md|html|pdf -o OUT\n"
    "       parley export FILE --json -o OUT.json\n"
    "       with [--passphrase-file FILE] for a sealed workshop, and --plaintext for --report or\n"
    "       --json from a sealed one\n";

int UsageError(const std::string& what) {
  std::fprintf(stderr, "parley export: %s\n%s", what.c_str(), kExportUsage);
  return kExitUsage;
}

}  // namespace

// `--memo M`: the workshop's M-th memo in the order Parley lists them; the first without M.
int RunExport(const std::vector<std::string>& given) {
  std::vector<std::string> args = given;
  SealedOptions sealed;
  if (std::string wrong = TakeSealedOptions(args, sealed); !wrong.empty()) return UsageError(wrong);
  std::string file, out, format, paper = "a4";
  bool memo = false, report = false, json = false, final = false;
  int64_t version = 0;
  size_t memoNumber = 1;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    auto value = [&]() -> const std::string* { return i + 1 < args.size() ? &args[++i] : nullptr; };
    if (arg == "--memo") {
      memo = true;
      const std::string* next = i + 1 < args.size() ? &args[i + 1] : nullptr;
      if (next && !next->empty() && next->find_first_not_of("0123456789") == std::string::npos) {
        memoNumber = std::strtoull(value()->c_str(), nullptr, 10);
        if (memoNumber < 1) return UsageError("--memo M counts the memos from 1");
      }
    } else if (arg == "--report") {
      report = true;
    } else if (arg == "--json") {
      json = true;
    } else if (arg == "--final") {
      final = true;
    } else if (arg == "--format" || arg == "-o" || arg == "--paper") {
      const std::string* v = value();
      if (!v) return UsageError(arg + " needs a value");
      (arg == "--format" ? format : arg == "-o" ? out : paper) = *v;
    } else if (arg == "--version") {
      const std::string* v = value();
      char* end = nullptr;
      version = v ? std::strtoll(v->c_str(), &end, 10) : 0;
      if (!v || *end != '\0' || version < 1) return UsageError("--version needs a version number from 1");
    } else if (arg.starts_with("-")) {
      return UsageError("unknown option " + arg);
    } else if (file.empty()) {
      file = arg;
    } else {
      return UsageError("more than one workshop file given");
    }
  }
  if (file.empty() || out.empty()) return UsageError("give the workshop FILE and -o OUT");
  if (int(memo) + int(report) + int(json) != 1) return UsageError("give one of --memo, --report or --json");
  auto kind = FormatFromName(format);
  if (json && !format.empty()) return UsageError("--json takes no --format");
  if (!json && !kind) return UsageError("--format is md, html or pdf");
  if (paper != "a4" && paper != "letter") return UsageError("--paper is a4 or letter");
  PaperSize size = paper == "letter" ? PaperSize::Letter : PaperSize::A4;
  bool isSealed = Workshop::IsSealed(file);
  if (isSealed && (report || json) && !sealed.plaintext)
    return UsageError("refused: " + file + " is sealed, and " + (json ? "the JSON export" : "the internal report") +
                      " names every participant in plaintext. Nothing was written. Give --plaintext to "
                      "write it all the same, to a place only you can read");
  try {
    auto workshop = OpenForCommand(file, sealed);
    using Plaintext = Workshop::PlaintextExport;
    if (json) {
      ExportWorkshopJson(*workshop, out);
      if (isSealed) workshop->LogPlaintextExport(Plaintext::Json, out, Workshop::ConfirmedBy::CommandLine);
      std::printf("%s\n", out.c_str());
      return kExitDone;
    }
    if (report) {
      std::string written = ExportReport(*workshop, *kind, size, out);
      if (isSealed) workshop->LogPlaintextExport(Plaintext::Report, written, Workshop::ConfirmedBy::CommandLine);
      std::printf("%s\n", written.c_str());
      return kExitDone;
    }
    const auto& memos = workshop->Model().memos;
    if (memos.empty()) {
      std::fprintf(stderr, "parley export: %s has no memo yet.\n", file.c_str());
      return kExitFile;
    }
    if (memoNumber > memos.size()) {
      std::fprintf(stderr, "parley export: %s has %zu memo%s, not %zu:\n", file.c_str(), memos.size(),
                   memos.size() == 1 ? "" : "s", memoNumber);
      for (size_t m = 0; m < memos.size(); ++m) std::fprintf(stderr, "  %zu  %s\n", m + 1, memos[m].title.c_str());
      return kExitFile;
    }
    auto hits = ExportMemo(*workshop, {memos[memoNumber - 1].id, version, *kind, final, size, out});
    if (!hits.empty()) {
      std::fprintf(stderr, "parley export: refused: the memo names a participant. Nothing was written.\n");
      for (const ExportHit& hit : hits)
        std::fprintf(stderr, "  %s \"%s\" (%s) in: %s\n", hit.why.c_str(), hit.found.c_str(), hit.term.c_str(),
                     hit.paragraph.c_str());
      std::fprintf(stderr, "Fix the text, or accept a hit in Parley's export dialog if it names no one.\n");
      return kExitGuard;
    }
    std::printf("%s\n", out.c_str());
    return kExitDone;
  } catch (const Refusal& e) {
    std::fprintf(stderr, "parley export: refused: the memo is not ready. Nothing was written.\n%s\n%s\n", e.what(),
                 e.Advice().c_str());
    return kExitRefused;
  } catch (const Error& e) {
    std::fprintf(stderr, "parley export: %s\n%s\n", e.what(), e.Advice().c_str());
    return kExitFile;
  }
}

}  // namespace parley
