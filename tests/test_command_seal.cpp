// The command line on sealed workshops, through the CLI entry point (ParseCommandLine and
// RunCommand): `parley seal`, `unseal`, `passphrase`, `generate --sealed` and `import --sealed`; the passphrase read
// only from a file its owner alone can read (no terminal in the tests), never from an argument;
// export, forget and import-participants reading a sealed workshop; and the report and JSON
// export of a sealed workshop written only with --plaintext, and logged.
#include <doctest/doctest.h>
#include <poll.h>
#include <pty.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "captured_output.hpp"
#include "core/cli/command_line.hpp"
#include "core/common/error.hpp"
#include "core/store/sealed_testing.hpp"
#include "core/store/workshop.hpp"
#include "sealed_sentinels.hpp"
#include "temp_dir.hpp"

namespace {

using parley::Field;
using parley::Workshop;
using namespace parley::test;
namespace fs = std::filesystem;

const std::string kOld = "Тбилиси · თბილისი · Αθήνα";
const std::string kNew = "ירושלים · القدس · Jerusalem";

struct Run {
  int status = -1;
  std::string out, err;
};

// `parley <args>` in this process, as main runs a command.
Run Parley(const std::vector<std::string>& args) {
  TempDir captureDir;
  CapturedOutput capture(captureDir);
  int status = parley::RunCommand(parley::ParseCommandLine(args));
  auto [out, err] = capture.Finish();
  return {status, out, err};
}

struct Desk {
  TempDir dir;
  std::string file = dir.File("სემინარი.parley");
  std::string oldFile = dir.File("old.pass");
  std::string newFile = dir.File("new.pass");
  Desk() {
    parley::sealed::SetCreationCostForTests(parley::sealed::kLeastCost);
    WriteSecret(oldFile, kOld + "\n");
    WriteSecret(newFile, kNew + "\n");
    auto workshop = Workshop::Create(file, "Reconciliation of Tskhinvali", "2026-10-12");
    for (size_t i = 0; i < 4; ++i) {
      parley::Id p = workshop->AddParticipant(1);
      workshop->SetText(Field::ParticipantName, p, kSentinels[i]);
      workshop->SetText(Field::ParticipantPseudonym, p, "P" + std::to_string(i + 1));
    }
  }
  static void WriteSecret(const std::string& path, const std::string& text) {
    WriteBytes(path, text);
    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write);
  }
  void Seal() { REQUIRE(Parley({"seal", file, "--new-passphrase-file", oldFile}).status == 0); }
  bool OpensWith(const std::string& passphrase) const {
    try {
      return Workshop::OpenSealed(file, passphrase)->Model().participants.size() == 4;
    } catch (const parley::Error&) {
      return false;
    }
  }
  std::vector<std::string> LogTexts() const {
    std::vector<std::string> texts;
    auto workshop = Workshop::OpenSealed(file, kOld);
    for (const auto& entry : workshop->SessionLog()) texts.push_back(entry.text);
    return texts;
  }
};

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Why the sealed workshop at `path` does not open with `passphrase` ("" when it opens).
std::string Refusal(const std::string& path, const std::string& passphrase) {
  try {
    Workshop::OpenSealed(path, passphrase);
  } catch (const parley::Error& e) {
    return e.what();
  }
  return "";
}

// A line to type on the terminal once it shows `prompt` (after the prompt of the line before).
struct Typed {
  std::string prompt, line;
};

// `parley <args>` in a child process whose terminal is a pseudo-terminal, `typed` typed on it in
// turn. Returns the exit status and everything the terminal showed.
std::pair<int, std::string> OnTerminal(const std::vector<std::string>& args, const std::vector<Typed>& typed) {
  int terminal = -1;
  pid_t pid = forkpty(&terminal, nullptr, nullptr, nullptr);
  REQUIRE(pid >= 0);
  if (pid == 0) _exit(parley::RunCommand(parley::ParseCommandLine(args)));
  std::string shown;
  size_t answered = 0, seen = 0;  // `seen`: where the last prompt answered ends in `shown`
  for (;;) {
    pollfd ready{terminal, POLLIN, 0};
    if (::poll(&ready, 1, 20000) <= 0) break;  // a command that hangs fails the checks below
    char buffer[512];
    ssize_t n = ::read(terminal, buffer, sizeof buffer);
    if (n <= 0) break;  // the child closed the terminal
    shown.append(buffer, size_t(n));
    for (; answered < typed.size(); ++answered) {
      size_t at = shown.find(typed[answered].prompt, seen);
      if (at == std::string::npos) break;
      seen = at + typed[answered].prompt.size();
      std::string line = typed[answered].line + "\n";
      if (::write(terminal, line.data(), line.size()) < 0) break;
    }
  }
  ::close(terminal);
  int status = 0;
  ::waitpid(pid, &status, 0);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, shown};
}

}  // namespace

TEST_CASE("parley seal seals with the passphrase of an owner-only file, and says a lost one is a lost workshop") {
  Desk desk;
  Run run = Parley({"seal", desk.file, "--new-passphrase-file", desk.oldFile});
  CHECK(run.status == 0);
  CHECK(Has(run.err, "lost passphrase means a lost workshop"));
  CHECK(Workshop::IsSealed(desk.file));
  CHECK(SentinelsOnDisk(desk.file).empty());
  CHECK(desk.OpensWith(kOld));
  run = Parley({"seal", desk.file, "--new-passphrase-file", desk.newFile});
  CHECK(run.status == 4);
  CHECK(Has(run.err, "sealed already"));
}

TEST_CASE("a passphrase is refused from an argument, from a file others can read, and when short") {
  Desk desk;
  std::string before = ReadBytes(desk.file);
  Run run = Parley({"seal", desk.file, "--passphrase", kOld});
  CHECK(run.status == 2);
  CHECK(Has(run.err, "never given on the command line"));
  CHECK(Parley({"seal", desk.file, "--passphrase=" + kOld}).status == 2);

  fs::permissions(desk.oldFile, fs::perms::group_read, fs::perm_options::add);
  run = Parley({"seal", desk.file, "--new-passphrase-file", desk.oldFile});
  CHECK(run.status == 4);
  CHECK(Has(run.err, "can be read by others than its owner"));
  CHECK(Has(run.err, "chmod 600"));

  std::string shortFile = desk.dir.File("short.pass");
  Desk::WriteSecret(shortFile, "ნინო1234\n");
  run = Parley({"seal", desk.file, "--new-passphrase-file", shortFile});
  CHECK(run.status == 4);
  CHECK(Has(run.err, "at least 10 characters"));
  CHECK(ReadBytes(desk.file) == before);
}

TEST_CASE("parley passphrase changes it: the old one no longer opens the workshop, the new one does") {
  Desk desk;
  desk.Seal();
  Run run = Parley({"passphrase", desk.file, "--passphrase-file", desk.newFile, "--new-passphrase-file", desk.oldFile});
  CHECK(run.status == 4);
  CHECK(Has(run.err, "Wrong passphrase"));
  CHECK(desk.OpensWith(kOld));

  run = Parley({"passphrase", desk.file, "--passphrase-file", desk.oldFile, "--new-passphrase-file", desk.newFile});
  CHECK(run.status == 0);
  CHECK_FALSE(desk.OpensWith(kOld));
  CHECK(desk.OpensWith(kNew));
}

TEST_CASE("parley unseal warns, then leaves a plain workshop with every record") {
  Desk desk;
  desk.Seal();
  Run run = Parley({"unseal", desk.file, "--passphrase-file", desk.oldFile});
  CHECK(run.status == 0);
  CHECK(Has(run.err, "Warning: once unsealed"));
  CHECK_FALSE(Workshop::IsSealed(desk.file));
  auto workshop = Workshop::Open(desk.file);
  REQUIRE(workshop->Model().participants.size() == 4);
  CHECK(workshop->Model().participants[3].name == kSentinels[3]);
}

TEST_CASE("the report and the JSON export of a sealed workshop are written only with --plaintext, and logged") {
  Desk desk;
  desk.Seal();
  std::string report = desk.dir.File("report.md"), json = desk.dir.File("all.json");
  Run run = Parley({"export", desk.file, "--report", "--format", "md", "-o", report, "--passphrase-file", desk.oldFile});
  CHECK(run.status == 2);
  CHECK(Has(run.err, "names every participant in plaintext"));
  CHECK(Has(run.err, "--plaintext"));
  CHECK(fs::directory_iterator(desk.dir.File("")) != fs::directory_iterator());
  for (const auto& entry : fs::directory_iterator(desk.dir.File("")))
    CHECK_FALSE(Has(entry.path().filename().string(), "report"));
  run = Parley({"export", desk.file, "--json", "-o", json, "--passphrase-file", desk.oldFile});
  CHECK(run.status == 2);
  CHECK_FALSE(fs::exists(json));

  run = Parley({"export", desk.file, "--report", "--format", "md", "-o", report, "--passphrase-file", desk.oldFile,
                "--plaintext"});
  CHECK(run.status == 0);
  std::string written = run.out.substr(0, run.out.find('\n'));  // the report's name says CONFIDENTIAL
  CHECK(Has(ReadBytes(written), kSentinels[0]));
  run = Parley({"export", desk.file, "--json", "-o", json, "--passphrase-file", desk.oldFile, "--plaintext"});
  CHECK(run.status == 0);
  CHECK(Has(ReadBytes(json), kSentinels[2]));
  std::vector<std::string> log = desk.LogTexts();
  size_t plaintext = 0, reports = 0;
  for (const std::string& text : log) {
    plaintext += Has(text, "Plaintext export from the sealed workshop");
    reports += Has(text, written);
  }
  CHECK(plaintext == 2);
  CHECK(reports == 1);  // one line for the report, the plaintext one
  CHECK(SentinelsOnDisk(desk.file).empty());
}

TEST_CASE("forget and import-participants read a sealed workshop with its passphrase") {
  Desk desk;
  desk.Seal();
  Run run = Parley({"forget", desk.file, "--participant", "P2", "--passphrase-file", desk.oldFile});
  CHECK(run.status == 0);
  CHECK(Has(run.out, "Forgot P2"));
  CHECK(Workshop::OpenSealed(desk.file, kOld)->Model().participants[1].name != kSentinels[1]);

  std::string csv = desk.dir.File("people.csv");
  WriteBytes(csv, "name,party\nΕλένη Γεωργίου,First party\n");
  run = Parley({"import-participants", desk.file, csv, "--passphrase-file", desk.oldFile});
  CHECK(run.status == 0);
  CHECK(Workshop::OpenSealed(desk.file, kOld)->Model().participants.size() == 5);
  CHECK(SentinelsOnDisk(desk.file).empty());
  CHECK_FALSE(Has(ReadBytes(desk.file), "Ελένη"));
}

TEST_CASE("parley generate --sealed writes a sealed generated workshop") {
  Desk desk;
  std::string out = desk.dir.File("generated.parley");
  Run run = Parley({"generate", "--size", "typical", "--seed", "3", "--sealed", "--new-passphrase-file", desk.newFile,
                    "-o", out});
  CHECK(run.status == 0);
  CHECK(Workshop::IsSealed(out));
  auto workshop = Workshop::OpenSealed(out, kNew);
  REQUIRE(!workshop->Model().participants.empty());
  CHECK_FALSE(Has(ReadBytes(out), workshop->Model().participants[0].name));
}

// The Desk's plain workshop exported as a JSON document, for `parley import`.
std::string ExportedJson(Desk& desk) {
  std::string json = desk.dir.File("workshop.json");
  REQUIRE(Parley({"export", desk.file, "--json", "-o", json}).status == 0);
  return json;
}

// The files in `folder`, by name: what an import left behind.
std::vector<std::string> FilesIn(const std::string& folder) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

TEST_CASE("parley import --sealed makes a sealed workshop that opens with its passphrase, nothing of it readable") {
  Desk desk;
  std::string json = ExportedJson(desk);
  std::string out = desk.dir.File("imported.parley");
  Run run = Parley({"import", json, "--sealed", "--new-passphrase-file", desk.newFile, "-o", out});
  CHECK(run.status == 0);
  CHECK(Has(run.err, "lost passphrase means a lost workshop"));
  REQUIRE(Workshop::IsSealed(out));
  CHECK(SentinelsOnDisk(out).empty());
  CHECK_FALSE(fs::exists(out + "-wal"));
  CHECK((fs::status(out).permissions() & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none);
  {
    auto workshop = Workshop::OpenSealed(out, kNew);
    CHECK(workshop->Model().info.title == "Reconciliation of Tskhinvali");
    REQUIRE(workshop->Model().participants.size() == 4);
    for (size_t i = 0; i < 4; ++i) CHECK(workshop->Model().participants[i].name == kSentinels[i]);
    workshop->SetText(Field::ParticipantNotes, workshop->Model().participants[0].id, "SENTINEL-7f3a");
    REQUIRE(fs::exists(out + "-wal"));
    CHECK(SentinelsOnDisk(out).empty());  // the file, its -wal and -shm, open and edited
  }
  CHECK(SentinelsOnDisk(out).empty());
  CHECK(Has(Refusal(out, kOld), "Wrong passphrase"));
}

TEST_CASE("parley import --sealed asks the new passphrase twice on the terminal, without echo") {
  Desk desk;
  std::string json = ExportedJson(desk);
  std::string out = desk.dir.File("imported.parley");
  auto [status, shown] = OnTerminal({"import", json, "--sealed", "-o", out},
                                    {{"New passphrase: ", kNew}, {"again: ", kNew}});
  CHECK(status == 0);
  CHECK_FALSE(Has(shown, kNew));
  CHECK(Workshop::OpenSealed(out, kNew)->Model().participants.size() == 4);
  SUBCASE("two passphrases that differ: refused, no file made") {
    std::string other = desk.dir.File("other.parley");
    auto [refused, said] = OnTerminal({"import", json, "--sealed", "-o", other},
                                      {{"New passphrase: ", kNew}, {"again: ", kOld}});
    CHECK(refused == 4);
    CHECK(Has(said, "The two passphrases typed differ"));
    CHECK_FALSE(fs::exists(other));
  }
}

TEST_CASE("parley import --sealed of a bad document or with a short passphrase leaves no file behind") {
  Desk desk;
  std::string json = ExportedJson(desk);
  std::string out = desk.dir.File("imported.parley");
  std::vector<std::string> before = FilesIn(desk.dir.File(""));
  std::string text = ReadBytes(json);

  SUBCASE("malformed JSON, refused before the key is derived") {
    WriteBytes(json, text.substr(0, text.size() / 2));
    Run run = Parley({"import", json, "--sealed", "--new-passphrase-file", desk.newFile, "-o", out});
    CHECK(run.status == 4);
    CHECK(Has(run.err, "line"));
  }
  SUBCASE("a row the schema refuses, found once the sealed file is being written") {
    // A participant of a party that is not in the document: found by the store, after the
    // sealed file beside `out` has its rows.
    size_t at = text.find("\"party_id\": 1");
    REQUIRE(at != std::string::npos);
    WriteBytes(json, text.replace(at, 13, "\"party_id\": 77"));
    Run run = Parley({"import", json, "--sealed", "--new-passphrase-file", desk.newFile, "-o", out});
    CHECK(run.status == 4);
    CHECK(Has(run.err, "party"));
  }
  SUBCASE("a passphrase shorter than the rule") {
    std::string shortFile = desk.dir.File("short.pass");
    Desk::WriteSecret(shortFile, "Ελένη 123\n");
    before = FilesIn(desk.dir.File(""));
    Run run = Parley({"import", json, "--sealed", "--new-passphrase-file", shortFile, "-o", out});
    CHECK(run.status == 4);
    CHECK(Has(run.err, "at least 10 characters"));
  }
  CHECK_FALSE(fs::exists(out));
  CHECK(FilesIn(desk.dir.File("")) == before);
}

TEST_CASE("the passphrase is asked on the terminal without echo, and a command without one says how to give it") {
  Desk desk;
  desk.Seal();
  auto [status, shown] = OnTerminal({"unseal", desk.file}, {{"Passphrase: ", kOld}});
  CHECK(status == 0);
  CHECK(Has(shown, "Passphrase: "));
  CHECK_FALSE(Has(shown, kOld));  // not echoed
  CHECK_FALSE(Workshop::IsSealed(desk.file));

  desk.Seal();
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    ::setsid();  // no terminal at all
    Run run = Parley({"forget", desk.file, "--participant", "P1"});
    _exit(run.status == 4 && Has(run.err, "--passphrase-file FILE") ? 0 : 1);
  }
  int exit = -1;
  ::waitpid(pid, &exit, 0);
  CHECK((WIFEXITED(exit) && WEXITSTATUS(exit) == 0));
  CHECK(desk.OpensWith(kOld));
}
