// `parley import IN.json [--sealed [--new-passphrase-file FILE]] -o NEW.parley`: a new workshop
// from a workshop document, sealed as `parley generate --sealed` seals one.
// `parley import-participants FILE IN.csv [--dry-run]`: participants from a spreadsheet.
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "core/cli/commands.hpp"
#include "core/cli/passphrase.hpp"
#include "core/common/error.hpp"
#include "core/interchange/participants_csv.hpp"
#include "core/store/workshop.hpp"
#include "core/interchange/workshop_json.hpp"

namespace parley {

namespace {

constexpr const char* kImportUsage = "usage: parley import IN.json [--sealed [--new-passphrase-file FILE]] -o NEW.parley\n";
constexpr const char* kParticipantsUsage = "usage: parley import-participants FILE IN.csv [--dry-run] [--passphrase-file FILE]\n";

int UsageError(const char* command, const std::string& what, const char* usage) {
  std::fprintf(stderr, "parley %s: %s\n%s", command, what.c_str(), usage);
  return kExitUsage;
}

int Failed(const char* command, const Error& e) {
  std::fprintf(stderr, "parley %s: %s\n%s\n", command, e.what(), e.Advice().c_str());
  return kExitFile;
}

// "row 5  Marta Kovač (Kestrel Ford)" as the report lists a row.
std::string Describe(const PreviewRow& row) {
  std::string who = row.participant.name.empty() ? "(no name)" : row.participant.name;
  if (!row.party.empty()) who += " (" + row.party + ")";
  return "row " + std::to_string(row.row) + "  " + who;
}

}  // namespace

int RunImport(const std::vector<std::string>& given) {
  std::vector<std::string> args = given;
  SealedOptions options;
  if (std::string wrong = TakeSealedOptions(args, options); !wrong.empty())
    return UsageError("import", wrong, kImportUsage);
  bool sealed = std::erase(args, "--sealed") > 0;
  std::string in, out;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "-o") {
      if (i + 1 == args.size()) return UsageError("import", "-o needs the new workshop's name", kImportUsage);
      out = args[++i];
    } else if (args[i].starts_with("-")) {
      return UsageError("import", "unknown option " + args[i], kImportUsage);
    } else if (in.empty()) {
      in = args[i];
    } else {
      return UsageError("import", "more than one JSON file given", kImportUsage);
    }
  }
  if (in.empty() || out.empty()) return UsageError("import", "give the JSON file and -o NEW.parley", kImportUsage);
  try {
    std::optional<Passphrase> passphrase;
    if (sealed) passphrase.emplace(GetNewPassphrase(options.newPassphraseFile));
    ImportWorkshopJson(in, out, passphrase ? std::string_view(passphrase->Text()) : std::string_view());
  } catch (const Error& e) {
    return Failed("import", e);
  }
  std::printf("%s\n", out.c_str());
  return kExitDone;
}

// Lists every row: imported (or, with --dry-run, to be imported) or skipped with its problems.
// Exit status 0 when rows were imported or the file has a header and no rows; 4 when none could
// be imported, or a file could not be read or written.
int RunImportParticipants(const std::vector<std::string>& given) {
  std::vector<std::string> args = given;
  SealedOptions sealed;
  if (std::string wrong = TakeSealedOptions(args, sealed); !wrong.empty())
    return UsageError("import-participants", wrong, kParticipantsUsage);
  std::vector<std::string> files;
  bool dryRun = false;
  for (const std::string& arg : args) {
    if (arg == "--dry-run")
      dryRun = true;
    else if (arg.starts_with("-"))
      return UsageError("import-participants", "unknown option " + arg, kParticipantsUsage);
    else
      files.push_back(arg);
  }
  if (files.size() != 2)
    return UsageError("import-participants", "give the workshop FILE and the IN.csv", kParticipantsUsage);
  const std::string& file = files[0];
  const std::string& csv = files[1];
  try {
    auto workshop = OpenForCommand(file, sealed);
    ParticipantsPreview preview = PreviewParticipantsFile(csv, workshop->Model());
    for (const std::string& problem : preview.problems) std::printf("%s\n", problem.c_str());
    size_t good = preview.GoodRows();
    if (!dryRun) ImportParticipants(preview, WriterFor(*workshop));
    for (const PreviewRow& row : preview.rows) {
      const char* label = !row.problems.empty() ? "skipped  " : dryRun ? "to import" : "imported ";
      std::printf("%s %s%s", label, Describe(row).c_str(), row.problems.empty() ? "" : ":");
      for (size_t i = 0; i < row.problems.size(); ++i)
        std::printf("%s %s", i ? ";" : "", row.problems[i].c_str());
      std::printf("\n");
    }
    size_t skipped = preview.rows.size() - good;
    std::printf("%s %zu participant%s into %s; %s %zu row%s.%s\n", dryRun ? "Would import" : "Imported", good,
                good == 1 ? "" : "s", file.c_str(), dryRun ? "would skip" : "skipped", skipped,
                skipped == 1 ? "" : "s", dryRun ? " Nothing was changed (--dry-run)." : "");
    bool nothingToImport = preview.rows.empty() && preview.problems.empty();  // a header alone
    return good > 0 || nothingToImport ? kExitDone : kExitFile;
  } catch (const Error& e) {
    return Failed("import-participants", e);
  }
}

}  // namespace parley
