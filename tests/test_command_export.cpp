// `parley export`: the joint memo and the confidential report written from a copy of the demo
// workshop through RunExport, as the command line runs it, with its exit statuses: 0 written,
// 2 usage, 3 refused by the non-attribution guard, 4 a file that cannot be read or written,
// 5 refused because the memo is not ready (bracketed text in a final export).
//
// Sections: [helpers]  [memo] the memo in each format  [guard] the demo memo names no one,
//           a memo that does is refused  [versions]  [final]  [usage]  [files]  [report]
#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "core/method/attribution_guard.hpp"
#include "core/cli/command_line.hpp"
#include "core/cli/commands.hpp"
#include "core/store/db.hpp"
#include "core/store/demo.hpp"
#include "core/exports/guarded_export.hpp"
#include "core/method/memo.hpp"
#include "core/exports/memo_formats.hpp"
#include "core/store/workshop.hpp"
#include "captured_output.hpp"
#include "sealed_run.hpp"
#include "temp_dir.hpp"
#include "workshop_probe.hpp"

using namespace parley;
using namespace parley::test;
namespace fs = std::filesystem;

namespace {

// [helpers] -----------------------------------------------------------------------------------

// What one run of the command gave: its exit status and what it printed.
struct ExportRun {
  int status = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs `parley export <args>` in this process.
ExportRun Export(const std::vector<std::string>& args) {
  TempDir captureDir;
  CapturedOutput capture(captureDir);
  int status = RunExport(WithSealedRunPassphrase(args));
  auto [out, err] = capture.Finish();
  return {status, out, err};
}

// A fresh copy of the demo workshop in a temporary folder, closed, as the command finds it.
struct DemoCopy {
  TempDir dir;
  std::string file = dir.File("demo.parley");
  DemoCopy() { CreateFreshDemo(file).reset(); }

  std::unique_ptr<Workshop> Open() const { return Workshop::Open(file); }
};

const Memo& FirstMemo(const Model& model) {
  REQUIRE_FALSE(model.memos.empty());
  return model.memos.front();
}

// The text of the memo's "who met" paragraph as it stands.
std::string WhoMetParagraph(const Model& model) {
  for (const MemoParagraph& p : model.paragraphs)
    if (p.sourceKind == "who-met") return p.text;
  FAIL("the demo memo has no \"who met\" paragraph");
  return "";
}

Id SectionOfKind(const Model& model, MemoSectionKind kind) {
  for (const MemoSection& s : model.sections)
    if (s.memoId == FirstMemo(model).id && s.kind == kind) return s.id;
  FAIL("the demo memo has no section of kind " << int(kind));
  return 0;
}

// The session log's entries of `kind`, oldest first, as the file holds them now.
std::vector<LogEntry> LogEntries(const std::string& file, const std::string& kind) {
  auto workshop = Workshop::Open(file);
  std::vector<LogEntry> entries;
  for (const LogEntry& e : workshop->SessionLog())
    if (e.kind == kind) entries.push_back(e);
  return entries;
}

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// Neither `path` nor its partial file is there.
void CheckNothingAt(const std::string& path) {
  CHECK_MESSAGE(!fs::exists(path), path << " was written");
  CHECK_MESSAGE(!fs::exists(path + ".partial"), path << ".partial was left behind");
}

std::string Quote(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// `text` without white space, so that text wrapped by a PDF reader compares with the original.
std::string Squeezed(const std::string& text) {
  std::string out;
  for (char c : text)
    if (!std::isspace(static_cast<unsigned char>(c))) out += c;
  return out;
}

// The text poppler's pdftotext reads from the PDF at `path`, white space removed.
std::string PdfText(const TempDir& dir, const std::string& path) {
  if (std::system("command -v pdftotext >/dev/null 2>&1") != 0)
    FAIL("pdftotext is missing: install the Debian package poppler-utils (make test installs it).");
  std::string text = dir.File("pdf.txt");
  int raw = std::system(("pdftotext " + Quote(path) + " " + Quote(text) + " 2>/dev/null").c_str());
  REQUIRE(WIFEXITED(raw));
  REQUIRE(WEXITSTATUS(raw) == 0);
  return Squeezed(ReadBytes(text));
}

struct FormatCase {
  const char* name;       // as --format takes it
  const char* extension;  // of the file the test writes
};
constexpr FormatCase kFormats[] = {{"md", "md"}, {"html", "html"}, {"pdf", "pdf"}};

// [memo] --------------------------------------------------------------------------------------

TEST_CASE("parley export --memo writes the demo's memo, as a draft, in each format") {
  DemoCopy demo;
  auto workshop = demo.Open();
  const std::string title = FirstMemo(workshop->Model()).title;
  const std::string whoMet = WhoMetParagraph(workshop->Model());
  workshop.reset();

  for (const FormatCase& format : kFormats) {
    SUBCASE(format.name) {
      std::string out = demo.dir.File(std::string("memo.") + format.extension);
      ExportRun run = Export({demo.file, "--memo", "--format", format.name, "-o", out});
      CHECK(run.status == kExitDone);
      CHECK(run.out == out + "\n");
      CHECK(run.err == "");
      REQUIRE(fs::exists(out));
      CHECK_FALSE(fs::exists(out + ".partial"));
      std::string bytes = ReadBytes(out);
      if (std::string(format.name) == "pdf") {
        CHECK(bytes.rfind("%PDF-", 0) == 0);
        std::string text = PdfText(demo.dir, out);
        CHECK(Contains(text, Squeezed(title)));
        CHECK(Contains(text, Squeezed(whoMet)));
        CHECK(Contains(text, "DRAFT"));
      } else {
        CHECK(Contains(bytes, title));
        CHECK(Contains(bytes, whoMet));
        CHECK(Contains(bytes, "DRAFT"));
      }
    }
  }
}

TEST_CASE("every export is recorded in the session log; a refused one is not") {
  DemoCopy demo;
  const size_t before = LogEntries(demo.file, "export").size();
  std::string out = demo.dir.File("memo.md");

  REQUIRE(Export({demo.file, "--memo", "--format", "md", "-o", out}).status == kExitDone);
  std::vector<LogEntry> entries = LogEntries(demo.file, "export");
  REQUIRE(entries.size() == before + 1);
  CHECK(Contains(entries.back().text, out));
  CHECK(Contains(entries.back().text, "Draft memo"));

  REQUIRE(Export({demo.file, "--memo", "--final", "--format", "md", "-o", demo.dir.File("final.md")}).status ==
          kExitRefused);
  CHECK(LogEntries(demo.file, "export").size() == before + 1);

  REQUIRE(Export({demo.file, "--report", "--format", "md", "-o", demo.dir.File("r.md")}).status == kExitDone);
  entries = LogEntries(demo.file, "export");
  // In the sealed run the report is plaintext from a sealed workshop: logged as such, once.
  REQUIRE(entries.size() == before + 2);
  CHECK(Contains(entries.back().text, "report"));
  CHECK(Contains(entries.back().text, ConfidentialPath(demo.dir.File("r.md"))));
}

// [guard] -------------------------------------------------------------------------------------

TEST_CASE("the demo's memo and every frozen version of it name no participant") {
  DemoCopy demo;
  auto workshop = demo.Open();
  const Model& model = workshop->Model();
  const Id memo = FirstMemo(model).id;
  std::vector<int64_t> versions{0};
  for (const MemoVersion& v : model.versions)
    if (v.memoId == memo) versions.push_back(v.number);
  REQUIRE(versions.size() >= 3);  // the memo as it stands and at least two drafts

  SUBCASE("the guard finds nothing in what an export would write") {
    AttributionGuard guard(model);
    for (int64_t version : versions) {
      CAPTURE(version);
      std::vector<std::string> texts;
      for (const GuardedText& t : MemoTexts(model, memo, version)) texts.push_back(t.text);
      for (const GuardHit& hit : guard.Check(texts))
        FAIL_CHECK(hit.why << " \"" << hit.found << "\" (" << hit.term << ") in: " << texts[hit.paragraph]);
    }
  }

  SUBCASE("nor in the internal notes, which never leave Parley") {
    AttributionGuard guard(model);
    std::vector<std::string> texts;
    for (const MemoParagraph& p : model.paragraphs) texts.push_back(p.text);
    for (const VersionParagraph& p : model.versionParagraphs) texts.push_back(p.text);
    for (const GuardHit& hit : guard.Check(texts))
      FAIL_CHECK(hit.why << " \"" << hit.found << "\" (" << hit.term << ") in: " << texts[hit.paragraph]);
  }

  SUBCASE("so the command writes each of them without --final") {
    workshop.reset();
    for (int64_t version : versions) {
      CAPTURE(version);
      std::string out = demo.dir.File("memo-" + std::to_string(version) + ".md");
      std::vector<std::string> args{demo.file, "--memo", "--format", "md", "-o", out};
      if (version > 0) args.insert(args.end(), {"--version", std::to_string(version)});
      ExportRun run = Export(args);
      CHECK_MESSAGE(run.status == kExitDone, run.err);
      CHECK(fs::exists(out));
    }
  }
}

TEST_CASE("the memo's exports leave the stories out; only the confidential report has them") {
  DemoCopy demo;
  std::vector<std::string> summaries;
  {
    auto workshop = demo.Open();
    for (const Story& story : workshop->Model().stories) summaries.push_back(story.summary.substr(0, 40));
  }
  REQUIRE_FALSE(summaries.empty());
  std::string memo = demo.dir.File("memo.md"), report = demo.dir.File("report.md");
  REQUIRE(Export({demo.file, "--memo", "--format", "md", "-o", memo}).status == kExitDone);
  REQUIRE(Export({demo.file, "--report", "--format", "md", "-o", ConfidentialPath(report)}).status == kExitDone);
  std::string memoText = ReadBytes(memo), reportText = ReadBytes(ConfidentialPath(report));
  for (const std::string& summary : summaries) {
    CAPTURE(summary);
    CHECK_FALSE(Contains(memoText, summary));
    CHECK(Contains(reportText, summary));
  }
}

TEST_CASE("a memo that names a participant is refused with status 3 and nothing is written") {
  DemoCopy demo;
  std::string name;
  {
    auto workshop = demo.Open();
    const Model& model = workshop->Model();
    REQUIRE_FALSE(model.participants.empty());
    name = model.participants.front().name;
    workshop->AddParagraph(SectionOfKind(model, MemoSectionKind::SharedAnalysis),
                           "As " + name + " put it, the river belongs to both towns.", ParagraphStatus::Agreed, "", 0);
  }
  const size_t exportsBefore = LogEntries(demo.file, "export").size();

  for (const FormatCase& format : kFormats) {
    SUBCASE(format.name) {
      std::string out = demo.dir.File(std::string("memo.") + format.extension);
      ExportRun run = Export({demo.file, "--memo", "--format", format.name, "-o", out});
      CHECK(run.status == kExitGuard);
      CHECK(run.out == "");
      CHECK(Contains(run.err, "names a participant"));
      CHECK(Contains(run.err, name));
      CheckNothingAt(out);
      CHECK(LogEntries(demo.file, "export").size() == exportsBefore);
    }
  }

  SUBCASE("a file already at the output path is left as it was") {
    std::string out = demo.dir.File("memo.md");
    WriteBytes(out, "the previous export");
    CHECK(Export({demo.file, "--memo", "--format", "md", "-o", out}).status == kExitGuard);
    CHECK(ReadBytes(out) == "the previous export");
    CHECK_FALSE(fs::exists(out + ".partial"));
  }

  SUBCASE("a frozen version without the name still goes out") {
    std::string out = demo.dir.File("draft2.md");
    CHECK(Export({demo.file, "--memo", "--version", "2", "--format", "md", "-o", out}).status == kExitDone);
    CHECK(fs::exists(out));
  }
}

// A participant whose first name is a common word ("Hope"): the hit the guard asks about.
TEST_CASE("a hit accepted as naming no one holds for the wording it was accepted in, and no other") {
  DemoCopy demo;
  auto workshop = demo.Open();
  const Model& model = workshop->Model();
  auto hope = std::find_if(model.participants.begin(), model.participants.end(),
                           [](const Participant& p) { return p.name.rfind("Hope ", 0) == 0; });
  REQUIRE_MESSAGE(hope != model.participants.end(), "the demo has a participant called Hope");
  const Id memo = FirstMemo(model).id;
  std::string out = demo.dir.File("memo.md");
  MemoExportRequest request{memo, 0, ExportFormat::Markdown, false, PaperSize::A4, out};
  // Exports, and returns the hits that stopped it (none: the file was written).
  auto exportMemo = [&] {
    fs::remove(out);
    std::vector<ExportHit> hits = ExportMemo(*workshop, request);
    CHECK(fs::exists(out) == hits.empty());
    return hits;
  };

  SUBCASE("a paragraph") {
    Id paragraph = workshop->AddParagraph(SectionOfKind(model, MemoSectionKind::SharedAnalysis),
                                          "We hope the valley heals.", ParagraphStatus::Agreed, "", 0);
    std::vector<ExportHit> hits = exportMemo();
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].paragraphKey == "p" + std::to_string(paragraph));
    workshop->AcceptHit(memo, hits[0].term, hits[0].paragraphKey, hits[0].paragraph);
    CHECK(exportMemo().empty());

    // The same paragraph, now naming her: the acceptance does not carry over.
    workshop->SetText(Field::ParagraphText, paragraph, "As Hope told us on the last night, the valley heals.");
    hits = exportMemo();
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].found == "Hope");
    CHECK_FALSE(Contains(ReadBytes(demo.dir.File("memo.md")), "As Hope"));

    // Undone, the text reads as it did when accepted, and so the acceptance holds again.
    workshop->Undo();
    CHECK(exportMemo().empty());
  }

  SUBCASE("the same wording frozen as a version") {
    workshop->AddParagraph(SectionOfKind(model, MemoSectionKind::SharedAnalysis), "We hope the valley heals.",
                           ParagraphStatus::Agreed, "", 0);
    std::vector<ExportHit> hits = exportMemo();
    REQUIRE(hits.size() == 1);
    workshop->AcceptHit(memo, hits[0].term, hits[0].paragraphKey, hits[0].paragraph);
    request.version = workshop->FreezeVersion(memo, "");
    CHECK(exportMemo().empty());
  }

  SUBCASE("the memo's title") {
    workshop->SetText(Field::MemoTitle, memo, "New hope for the valley");
    std::vector<ExportHit> hits = exportMemo();
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].paragraph == "New hope for the valley");
    workshop->AcceptHit(memo, hits[0].term, hits[0].paragraphKey, hits[0].paragraph);
    CHECK(exportMemo().empty());
    workshop->SetText(Field::MemoTitle, memo, "Hope and the valley");
    CHECK(exportMemo().size() == 1);
  }
}

// [versions] ----------------------------------------------------------------------------------

TEST_CASE("a frozen version exports the same bytes every time, whatever happens to the memo") {
  DemoCopy demo;
  auto workshop = demo.Open();
  const Id memo = FirstMemo(workshop->Model()).id;
  const MemoDocument draft1 = BuildMemoDocument(workshop->Model(), memo, 1, false);
  workshop.reset();

  for (const FormatCase& format : kFormats) {
    SUBCASE(format.name) {
      auto exportDraft1 = [&](const std::string& name) {
        std::string out = demo.dir.File(name + "." + format.extension);
        ExportRun run = Export({demo.file, "--memo", "--version", "1", "--format", format.name, "-o", out});
        REQUIRE_MESSAGE(run.status == kExitDone, run.err);
        return ReadBytes(out);
      };
      std::string first = exportDraft1("first");
      CHECK(first == exportDraft1("second"));
      if (std::string(format.name) == "pdf") {
        CHECK(Contains(PdfText(demo.dir, demo.dir.File("first.pdf")), Squeezed(draft1.title)));
      } else {
        // The same text as the export functions make of Draft 1.
        CHECK(first == (std::string(format.name) == "md" ? MemoToMarkdown(draft1) : MemoToHtml(draft1)));
        CHECK(Contains(first, draft1.title));
        CHECK(Contains(first, "Draft 1"));
      }

      // The live memo moves on; Draft 1 does not.
      {
        auto edit = demo.Open();
        const Model& model = edit->Model();
        edit->SetText(Field::MemoTitle, memo, "A new title for the memo");
        edit->AddParagraph(SectionOfKind(model, MemoSectionKind::NextSteps), "Meet again in the spring.",
                           ParagraphStatus::Agreed, "", 0);
      }
      CHECK(exportDraft1("third") == first);
    }
  }

  SUBCASE("a version that does not exist is a file error, and nothing is written") {
    std::string out = demo.dir.File("draft99.md");
    ExportRun run = Export({demo.file, "--memo", "--version", "99", "--format", "md", "-o", out});
    CHECK(run.status == kExitFile);
    CHECK(Contains(run.err, "Draft 99"));
    CheckNothingAt(out);
  }
}

TEST_CASE("a frozen version is for good: the undo history closes and the file refuses to delete it") {
  DemoCopy demo;
  auto workshop = demo.Open();
  const Id memo = FirstMemo(workshop->Model()).id;
  workshop->SetText(Field::MemoTitle, memo, "Before the freeze");
  REQUIRE(workshop->CanUndo());
  const size_t versions = workshop->Model().versions.size();
  const int64_t number = workshop->FreezeVersion(memo, "for the mayors");
  REQUIRE(workshop->Model().versions.size() == versions + 1);
  // What came before may be what the version was made from: it can no longer be undone.
  CHECK_FALSE(workshop->CanUndo());

  // What comes after is undone as ever, and leaves the version.
  workshop->SetText(Field::MemoTitle, memo, "After the freeze");
  workshop->Undo();
  CHECK(FirstMemo(workshop->Model()).title == "Before the freeze");
  CHECK_FALSE(workshop->CanUndo());
  CHECK(workshop->Model().versions.size() == versions + 1);
  workshop.reset();
  CHECK_FALSE(Workshop::Open(demo.file)->CanUndo());
  CHECK(Workshop::Open(demo.file)->Model().versions.back().number == number);

  db::Connection raw(demo.file, SQLITE_OPEN_READWRITE, SealedRunVfs(demo.file));
  CHECK_THROWS(raw.Exec("DELETE FROM version_paragraph"));
  CHECK_THROWS(raw.Exec("DELETE FROM memo_version WHERE number = " + std::to_string(number)));
  CHECK(Workshop::Open(demo.file)->Model().versions.size() == versions + 1);
}

// [final] -------------------------------------------------------------------------------------

TEST_CASE("--final is refused while the memo has text in brackets") {
  DemoCopy demo;
  auto workshop = demo.Open();
  const Model& model = workshop->Model();
  const Id memo = FirstMemo(model).id;
  REQUIRE(OpenCount(model, memo) > 0);  // the demo memo still has an open point
  workshop.reset();

  for (const FormatCase& format : kFormats) {
    SUBCASE(format.name) {
      std::string out = demo.dir.File(std::string("final.") + format.extension);
      ExportRun run = Export({demo.file, "--memo", "--final", "--format", format.name, "-o", out});
      CHECK(run.status == kExitRefused);
      CHECK(Contains(run.err, "open point"));
      CheckNothingAt(out);
    }
  }

  SUBCASE("an old draft with brackets is refused as final too") {
    std::string out = demo.dir.File("final1.md");
    CHECK(Export({demo.file, "--memo", "--version", "1", "--final", "--format", "md", "-o", out}).status ==
          kExitRefused);
    CheckNothingAt(out);
  }

  SUBCASE("once the brackets are resolved it is written, without the DRAFT mark") {
    {
      auto edit = demo.Open();
      for (const MemoParagraph& p : edit->Model().paragraphs) {
        if (p.status == ParagraphStatus::Bracketed) edit->SetParagraphStatus(p.id, ParagraphStatus::Agreed);
        if (BracketSpans(p.text).empty()) continue;
        std::string text = p.text;
        for (char c : {'[', ']'}) text.erase(std::remove(text.begin(), text.end(), c), text.end());
        edit->SetText(Field::ParagraphText, p.id, text);
      }
      REQUIRE(IsClean(edit->Model(), memo));
    }
    std::string out = demo.dir.File("final.md");
    ExportRun run = Export({demo.file, "--memo", "--final", "--format", "md", "-o", out});
    CHECK_MESSAGE(run.status == kExitDone, run.err);
    CHECK_FALSE(Contains(ReadBytes(out), "DRAFT"));
    CHECK(Contains(LogEntries(demo.file, "export").back().text, "Final memo"));
  }
}

// [usage] -------------------------------------------------------------------------------------

TEST_CASE("usage errors exit with status 2, print the usage and write nothing") {
  DemoCopy demo;
  const std::string bytes = ReadBytes(demo.file);
  const std::string out = demo.dir.File("memo.md");
  struct UsageCase {
    const char* what;
    std::vector<std::string> args;
  };
  const UsageCase cases[] = {
      {"no -o", {demo.file, "--memo", "--format", "md"}},
      {"-o without its value", {demo.file, "--memo", "--format", "md", "-o"}},
      {"no workshop file", {"--memo", "--format", "md", "-o", out}},
      {"two workshop files", {demo.file, demo.file, "--memo", "--format", "md", "-o", out}},
      {"no --format", {demo.file, "--memo", "-o", out}},
      {"a format Parley does not write", {demo.file, "--memo", "--format", "docx", "-o", out}},
      {"--format in capitals", {demo.file, "--memo", "--format", "MD", "-o", out}},
      {"--version 0", {demo.file, "--memo", "--version", "0", "--format", "md", "-o", out}},
      {"--version -1", {demo.file, "--memo", "--version", "-1", "--format", "md", "-o", out}},
      {"--version that is no number", {demo.file, "--memo", "--version", "two", "--format", "md", "-o", out}},
      {"--version without its value", {demo.file, "--memo", "--format", "md", "-o", out, "--version"}},
      {"an unknown option", {demo.file, "--memo", "--force", "--format", "md", "-o", out}},
      {"both --memo and --report", {demo.file, "--memo", "--report", "--format", "md", "-o", out}},
      {"neither --memo nor --report", {demo.file, "--format", "md", "-o", out}},
      {"a paper size Parley does not know", {demo.file, "--memo", "--paper", "a3", "--format", "pdf", "-o", out}},
  };
  for (const UsageCase& c : cases) {
    CAPTURE(c.what);
    ExportRun run = Export(c.args);
    CHECK(run.status == kExitUsage);
    CHECK(run.out == "");
    CHECK(Contains(run.err, "usage: parley export"));
    CheckNothingAt(out);
    CheckNothingAt(ConfidentialPath(out));
  }
  CHECK(ReadBytes(demo.file) == bytes);
}

// [files] -------------------------------------------------------------------------------------

TEST_CASE("a workshop file that cannot be read exits with status 4 and writes nothing") {
  TempDir dir;
  const std::string out = dir.File("memo.md");

  SUBCASE("garbage bytes") {
    std::string garbage = dir.File("garbage.parley");
    WriteBytes(garbage, std::string("not a workshop\0\xff\xfe garbage", 24));
    const std::string bytes = ReadBytes(garbage);
    for (const char* kind : {"--memo", "--report"}) {
      CAPTURE(kind);
      ExportRun run = Export({garbage, kind, "--format", "md", "-o", out});
      CHECK(run.status == kExitFile);
      CHECK(Contains(run.err, garbage));
      CheckNothingAt(out);
      CheckNothingAt(ConfidentialPath(out));
    }
    CHECK(ReadBytes(garbage) == bytes);
  }

  SUBCASE("no file at all") {
    ExportRun run = Export({dir.File("missing.parley"), "--memo", "--format", "md", "-o", out});
    CHECK(run.status == kExitFile);
    CheckNothingAt(out);
    CHECK_FALSE(fs::exists(dir.File("missing.parley")));
  }
}

TEST_CASE("an output folder that does not exist exits with status 4 and leaves no file") {
  DemoCopy demo;
  const std::string folder = demo.dir.File("no such folder");
  const size_t exportsBefore = LogEntries(demo.file, "export").size();
  for (const FormatCase& format : kFormats) {
    SUBCASE(format.name) {
      std::string out = folder + "/memo." + format.extension;
      ExportRun run = Export({demo.file, "--memo", "--format", format.name, "-o", out});
      CHECK(run.status == kExitFile);
      CHECK(Contains(run.err, folder));  // the message says which folder is missing
      CheckNothingAt(out);
      CHECK_MESSAGE(!fs::exists(folder), "the export made the folder " << folder);
      CHECK(LogEntries(demo.file, "export").size() == exportsBefore);
    }
  }

  SUBCASE("the report too") {
    std::string out = folder + "/report.md";
    ExportRun run = Export({demo.file, "--report", "--format", "md", "-o", out});
    CHECK(run.status == kExitFile);
    CheckNothingAt(ConfidentialPath(out));
    CHECK_MESSAGE(!fs::exists(folder), "the export made the folder " << folder);
    CHECK(LogEntries(demo.file, "export").size() == exportsBefore);
  }
}

// [report] ------------------------------------------------------------------------------------

TEST_CASE("ConfidentialPath marks the file name unless it already says confidential") {
  CHECK(ConfidentialPath("/tmp/x/report.md") == "/tmp/x/report.CONFIDENTIAL.md");
  CHECK(ConfidentialPath("report.pdf") == "report.CONFIDENTIAL.pdf");
  CHECK(ConfidentialPath("/tmp/x/report") == "/tmp/x/report.CONFIDENTIAL");
  CHECK(ConfidentialPath("/tmp/x/Confidential notes.html") == "/tmp/x/Confidential notes.html");
  CHECK(ConfidentialPath("/tmp/x/aldra-CONFIDENTIAL.md") == "/tmp/x/aldra-CONFIDENTIAL.md");
}

TEST_CASE("parley export --report writes the internal report, names included, to a CONFIDENTIAL file") {
  DemoCopy demo;
  std::vector<std::string> names;
  {
    auto workshop = demo.Open();
    for (const Participant& p : workshop->Model().participants) names.push_back(p.name);
  }
  REQUIRE(names.size() == 12);

  for (const FormatCase& format : kFormats) {
    SUBCASE(format.name) {
      std::string asked = demo.dir.File(std::string("report.") + format.extension);
      std::string written = demo.dir.File(std::string("report.CONFIDENTIAL.") + format.extension);
      ExportRun run = Export({demo.file, "--report", "--format", format.name, "-o", asked});
      CHECK(run.status == kExitDone);
      CHECK(run.out == written + "\n");
      CheckNothingAt(asked);
      REQUIRE(fs::exists(written));
      CHECK_FALSE(fs::exists(written + ".partial"));
      std::string text = std::string(format.name) == "pdf" ? PdfText(demo.dir, written) : ReadBytes(written);
      CHECK(Contains(text, "CONFIDENTIAL"));
      for (const std::string& name : names) {
        CAPTURE(name);
        CHECK(Contains(text, std::string(format.name) == "pdf" ? Squeezed(name) : name));
      }
    }
  }
}

}  // namespace

TEST_CASE("a final export refused for bracketed text exits with its own status, which --help lists") {
  DemoCopy demo;
  std::string out = demo.dir.File("final.md");
  ExportRun run = Export({demo.file, "--memo", "--final", "--format", "md", "-o", out});
  CHECK(run.status == 5);
  CHECK(kExitRefused != kExitFile);
  CHECK(kExitRefused != kExitGuard);
  CHECK(Contains(run.err, "refused: the memo is not ready. Nothing was written.\nThe memo still has "));
  CheckNothingAt(out);
  CHECK(Contains(Usage(), "5 refused: the memo is"));

  SUBCASE("a file that cannot be written is still status 4") {
    ExportRun unwritable = Export({demo.file, "--memo", "--format", "md", "-o", demo.dir.File("no/such/folder/memo.md")});
    CHECK(unwritable.status == kExitFile);
  }
}
