// The example workshops Parley carries (sessions/*.sql): each opens fresh by its name, from the
// command line as from code; the aquifer workshop is written in Arabic, Hebrew and English, as
// typed (logical order, nothing added), and its memo names no one and exports right to left.
#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "core/cli/command_line.hpp"
#include "core/cli/generator.hpp"
#include "core/exports/guarded_export.hpp"
#include "core/method/attribution_guard.hpp"
#include "core/method/memo.hpp"
#include "core/store/demo.hpp"
#include "logical_text.hpp"
#include "temp_dir.hpp"
#include "workshop_probe.hpp"

using namespace parley;
using namespace parley::test;

namespace {

enum Script { kArabic = 1, kHebrew = 2, kLatin = 4 };

// The scripts of `text`'s letters, of the three the aquifer workshop is written in.
int ScriptsOf(std::string_view text) {
  int scripts = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z')) scripts |= kLatin;
    // U+0600-06FF is lead byte D8-DB, U+0590-05FF is D6 (from 0x90) and D7.
    if (byte >= 0xD8 && byte <= 0xDB) scripts |= kArabic;
    if (byte == 0xD7 || (byte == 0xD6 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x90))
      scripts |= kHebrew;
  }
  return scripts;
}

const DemoWorkshop& Aquifer() {
  const DemoWorkshop* demo = FindDemo("aquifer");
  REQUIRE(demo != nullptr);
  return *demo;
}

}  // namespace

TEST_CASE("every example workshop opens as a fresh copy, found by its name") {
  TempDir dir;
  std::set<std::string> names, files;
  for (const DemoWorkshop& demo : DemoWorkshops()) {
    INFO("example: " << demo.name);
    CHECK(FindDemo(demo.name) == &demo);
    names.insert(demo.name);
    files.insert(demo.file);
    const std::string path = dir.File(demo.file);
    {
      auto workshop = CreateFreshDemo(path, demo);
      CHECK_FALSE(workshop->Model().participants.empty());
      workshop->SetText(Field::WorkshopTitle, 0, "spoilt");
    }
    // A second copy replaces the spoilt one.
    CHECK(CreateFreshDemo(path, demo)->Model().info.title != "spoilt");
  }
  CHECK(names.size() == DemoWorkshops().size());
  CHECK(files.size() == DemoWorkshops().size());  // one copy each: opening one keeps the other
  CHECK(std::string(DemoWorkshops().front().name) == "aldra");
  CHECK(FindDemo("Aquifer") == nullptr);
  CHECK(FindDemo("") == nullptr);
}

TEST_CASE("--demo takes an example's name, and a plain --demo stays the Aldra demo") {
  CHECK(ParseCommandLine({"--demo"}).demo == "aldra");
  CHECK(ParseCommandLine({"--demo", "aquifer"}).demo == "aquifer");
  CHECK(ParseCommandLine({"--demo", "aldra"}).demo == "aldra");
  CommandLine shot = ParseCommandLine({"--screenshot", "out.png", "--view", "memo", "--demo", "aquifer"});
  CHECK(shot.error.empty());
  CHECK(shot.demo == "aquifer");
  CHECK(shot.view == "memo");
  CommandLine before = ParseCommandLine({"--demo", "--view", "setup", "--screenshot", "out.png"});
  CHECK(before.error.empty());
  CHECK(before.demo == "aldra");
  CHECK(before.view == "setup");
  CHECK(ParseCommandLine({}).demo.empty());
  CHECK(ParseCommandLine({"aquifer"}).file == "aquifer");  // a file of that name, without --demo
  // A misspelt name reads as a file: the message names the examples there are.
  CommandLine typo = ParseCommandLine({"--demo", "aquafer"});
  CHECK(typo.error.find("aldra or aquifer") != std::string::npos);
  CHECK(std::string(Usage()).find("--demo [NAME]") != std::string::npos);
}

TEST_CASE("the aquifer workshop is written in Arabic, Hebrew and English") {
  TempDir dir;
  auto workshop = CreateFreshDemo(dir.File("aquifer.parley"), Aquifer());
  const Model& m = workshop->Model();
  REQUIRE(m.parties.size() == 2);
  const Id arabicTown = m.parties[0].id, hebrewTown = m.parties[1].id;

  int names = 0;
  for (const Participant& p : m.participants) names |= ScriptsOf(p.name);
  CHECK(names == (kArabic | kHebrew | kLatin));
  // Concerns in each town's own words; restatements in the other town's.
  for (const Concern& c : m.concerns) {
    INFO("concern: " << c.text);
    CHECK(ScriptsOf(c.text) == (c.partyId == arabicTown ? kArabic : kHebrew));
    if (c.acknowledged) CHECK(ScriptsOf(c.restatement) == (c.partyId == hebrewTown ? kArabic : kHebrew));
  }
  int stories = 0, options = 0, paragraphs = 0;
  for (const Story& s : m.stories) stories |= ScriptsOf(s.summary);
  for (const Option& o : m.options) options |= ScriptsOf(o.text);
  for (const MemoParagraph& p : m.paragraphs) {
    const int scripts = ScriptsOf(p.text);
    // One language a paragraph (an Arabic paragraph may carry a date's digits, not Latin words).
    CHECK((scripts == kArabic || scripts == kHebrew || scripts == kLatin));
    paragraphs |= scripts;
  }
  CHECK(stories == (kArabic | kHebrew | kLatin));
  CHECK(options == (kArabic | kHebrew | kLatin));
  CHECK(paragraphs == (kArabic | kHebrew | kLatin));
  CHECK(ScriptsOf(m.info.language) == (kArabic | kLatin));
}

TEST_CASE("the example workshops hold only logical text: no presentation forms, no bidi controls") {
  TempDir dir;
  for (const DemoWorkshop& demo : DemoWorkshops()) {
    INFO("example: " << demo.name);
    const std::string path = dir.File(demo.file);
    CreateFreshDemo(path, demo).reset();
    RawDb raw(path, SQLITE_OPEN_READONLY);
    // Every text cell of every table, one per line.
    std::vector<std::string> tables;
    for (std::string list = raw.Text("SELECT group_concat(name, ' ') FROM sqlite_schema WHERE type = 'table'");
         !list.empty();) {
      const size_t space = list.find(' ');
      tables.push_back(list.substr(0, space));
      list = space == std::string::npos ? "" : list.substr(space + 1);
    }
    size_t cells = 0;
    for (const std::string& table : tables) {
      const std::string columns = raw.Text(
          "SELECT group_concat('ifnull(CAST(' || name || ' AS TEXT), '''')', ' || char(10) || ') "
          "FROM pragma_table_info('" + table + "') WHERE type = 'TEXT'");
      if (columns.empty()) continue;
      const std::string text = raw.Text("SELECT group_concat(" + columns + ", char(10)) FROM " + table);
      INFO("table: " << table);
      CHECK(FirstNotLogical(text) == 0);
      cells += text.size();
    }
    CHECK(cells > 10000);  // the scan read the record, not an empty file
  }
}

TEST_CASE("the aquifer workshop's memo names no one and exports right to left, as typed") {
  TempDir dir;
  auto workshop = CreateFreshDemo(dir.File("aquifer.parley"), Aquifer());
  const Model& m = workshop->Model();
  REQUIRE(m.memos.size() == 1);
  const Id memo = m.memos.front().id;

  for (int64_t version : {int64_t(0), int64_t(1)}) {
    std::vector<std::string> texts;
    for (const GuardedText& t : MemoTexts(m, memo, version)) texts.push_back(t.text);
    std::vector<GuardHit> hits = AttributionGuard(m).Check(texts);
    for (const GuardHit& hit : hits)
      FAIL_CHECK("the memo names a participant: " << hit.found << " (" << hit.term << ", " << hit.why << ") in " << texts[hit.paragraph]);
  }

  const std::string html = dir.File("memo.html");
  std::vector<ExportHit> hits = ExportMemo(*workshop, {memo, 0, ExportFormat::Html, false, PaperSize::A4, html});
  CHECK(hits.empty());
  const std::string page = ReadBytes(html);
  CHECK(page.find("<html lang=\"ar\" dir=\"rtl\">") != std::string::npos);
  CHECK(FirstNotLogical(page) == 0);
  // Each paragraph as it was typed, in its own direction.
  CHECK(page.find("<p dir=\"auto\">שתי הקהילות זקוקות לביטחון בכביש העמק") != std::string::npos);
  CHECK(page.find("<p dir=\"auto\">Both towns acknowledge") != std::string::npos);

  const std::string markdown = dir.File("memo.md");
  CHECK(ExportMemo(*workshop, {memo, 0, ExportFormat::Markdown, false, PaperSize::A4, markdown}).empty());
  CHECK(FirstNotLogical(ReadBytes(markdown)) == 0);
}

TEST_CASE("parley generate --script arabic-hebrew writes a workshop in Arabic and Hebrew that opens") {
  TempDir dir;
  const std::string path = dir.File("generated.parley");
  auto run = [](std::vector<std::string> args) { return RunCommand(ParseCommandLine(args)); };
  REQUIRE(run({"generate", "--size", "typical", "--seed", "3", "--script", "arabic-hebrew", "-o", path}) == 0);
  auto workshop = Workshop::Open(path);
  const Model& m = workshop->Model();
  const WorkshopShape shape = ShapeOf(WorkshopSize::Typical);
  CHECK(int(m.participants.size()) == shape.participants);
  CHECK(int(m.concerns.size()) == shape.concerns);

  // Each party writes in one script, the two alternating; no Latin letter in what is typed.
  std::vector<int> scriptOfParty;
  for (size_t i = 0; i < m.parties.size(); ++i) scriptOfParty.push_back(i % 2 == 0 ? kArabic : kHebrew);
  auto partyIndex = [&](Id party) {
    for (size_t i = 0; i < m.parties.size(); ++i)
      if (m.parties[i].id == party) return i;
    FAIL("no party " << party);
    return size_t(0);
  };
  for (const Participant& p : m.participants) {
    INFO("participant: " << p.name << ", " << p.role);
    CHECK(ScriptsOf(p.name) == scriptOfParty[partyIndex(p.partyId)]);
    CHECK(ScriptsOf(p.role) == scriptOfParty[partyIndex(p.partyId)]);
  }
  for (const Concern& c : m.concerns) CHECK(ScriptsOf(c.text) == scriptOfParty[partyIndex(c.partyId)]);
  int options = 0, paragraphs = 0;
  for (const Option& o : m.options) options |= ScriptsOf(o.text);
  for (const MemoParagraph& p : m.paragraphs) paragraphs |= ScriptsOf(p.text);
  CHECK(options == (kArabic | kHebrew));
  CHECK(paragraphs == (kArabic | kHebrew));
  CHECK(ScriptsOf(m.info.title) == (kArabic | kHebrew));
  RawDb raw(path, SQLITE_OPEN_READONLY);
  CHECK(FirstNotLogical(raw.Text("SELECT group_concat(text, char(10)) FROM concern")) == 0);

  SUBCASE("the Latin one is as before, and an unknown script is a usage error") {
    GenerateWorkshop(dir.File("latin.parley"), WorkshopSize::Typical, 3);
    auto latin = Workshop::Open(dir.File("latin.parley"));
    for (const Participant& p : latin->Model().participants) CHECK(ScriptsOf(p.name) == kLatin);
    CHECK(run({"generate", "--size", "typical", "--seed", "3", "--script", "hebrew", "-o", dir.File("x.parley")}) == 2);
    CHECK_FALSE(std::filesystem::exists(dir.File("x.parley")));
  }
}
