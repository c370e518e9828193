// The joint memo, driven as a drafter would: draft from the record, bracket a phrase, resolve
// it, freeze a version, export it; and an export that names a participant is stopped.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "core/store/workshop.hpp"
#include "temp_dir.hpp"
#include "ui_window.hpp"

namespace parley::test {

namespace {

struct MemoWindow : Window {
  // A workshop with an acknowledged need of each party, a common fear, and a scored option.
  MemoWindow() {
    NewWorkshop("memo.parley");
    Workshop& w = *app.workshop;
    Id session = w.Model().sessions.front().id;
    Id a = w.Model().parties[0].id, b = w.Model().parties[1].id;
    Id person = w.AddParticipant(a);
    w.SetText(Field::ParticipantName, person, "Hope Lindqvist");
    w.AddParticipant(b);
    Id needA = w.AddConcern(session, a, ConcernKind::Need, "Work for the miners' families", 0);
    Id needB = w.AddConcern(session, b, ConcernKind::Need, "Clean water for the orchards", 0);
    Id fear = w.AddConcern(session, b, ConcernKind::Fear, "Another flood of tailings", 0);
    w.SetAcknowledged(needA, true);
    w.SetAcknowledged(needB, true);
    w.SetHeldBy(fear, a, true);
    Id option = w.AddOption(session, "A joint monitoring station below the dam", 0);
    w.SetScore(option, needA, 1);
    w.SetScore(option, needB, 2);
    ui.Frame();
    ui.Click("Joint memo");
    ui.Click("Start a joint memo");
  }

  void Retype(const std::string& label, int nth, const std::string& text) {
    ui.Click(label, nth);
    ui.Press('A', /*ctrl=*/true);
    ui.Type(text);
  }
};

}  // namespace

TEST_CASE("a drafter writes a memo from the record, resolves a bracket, freezes and exports it") {
  MemoWindow w;
  REQUIRE(w.OnDisk().memos.size() == 1);

  w.ui.Click("Insert from the record...");
  w.ui.Click("Insert");
  Model disk = w.OnDisk();
  auto from = [&](const char* kind) {
    return std::count_if(disk.paragraphs.begin(), disk.paragraphs.end(),
                         [&](const MemoParagraph& p) { return p.sourceKind == kind; });
  };
  CHECK(from("concern") == 3);  // two acknowledged needs and the common fear
  CHECK(from("option") == 1);
  CHECK(std::all_of(disk.paragraphs.begin(), disk.paragraphs.end(),
                    [](const MemoParagraph& p) { return p.status == ParagraphStatus::Bracketed; }));

  // The first paragraph: bracket a phrase, then resolve it and mark it agreed.
  w.Retype("##text", 0, "The two towns [shall/should] share what they measure.");
  CHECK(w.OnDisk().paragraphs.front().text == "The two towns [shall/should] share what they measure.");
  w.Retype("##text", 0, "The two towns should share what they measure.");
  w.ui.Click("Agreed", 0);
  disk = w.OnDisk();
  CHECK(disk.paragraphs.front().text == "The two towns should share what they measure.");
  CHECK(disk.paragraphs.front().status == ParagraphStatus::Agreed);

  // Agree everything else, freeze, export the frozen version as Markdown.
  int rows = w.ui.Count("Agreed");
  for (int i = 1; i < rows; ++i) w.ui.Click("Agreed", i);
  w.ui.Click("Versions");
  w.ui.Click("Freeze as Draft 1");
  disk = w.OnDisk();
  REQUIRE(disk.versions.size() == 1);
  CHECK(disk.versionParagraphs.size() == disk.paragraphs.size());

  w.ui.Click("Export...");
  w.ui.Click("Markdown");
  std::string out = w.dir.File("memo.md");
  w.Retype("Save as", 0, out);
  w.ui.Click("Final (refused while anything is in brackets)");
  w.ui.Click("Check and export");
  CHECK(w.app.errorWhat.empty());
  REQUIRE(std::filesystem::exists(out));
  CHECK(ReadBytes(out).find("The two towns should share what they measure.") != std::string::npos);
  disk = w.OnDisk();
  const std::vector<LogEntry> log = w.LogOnDisk();
  CHECK(std::any_of(log.begin(), log.end(), [](const LogEntry& e) { return e.kind == "export"; }));
}

TEST_CASE("an export that names a participant is stopped until the drafter fixes or accepts it") {
  MemoWindow w;
  w.ui.Click("Add paragraph", 2);  // shared analysis
  w.Retype("##text", 0, "We hope the valley can heal.");
  w.ui.Click("Export...");
  w.ui.Click("Markdown");
  std::string out = w.dir.File("leak.md");
  w.Retype("Save as", 0, out);
  w.ui.Click("Check and export");
  CHECK_FALSE(std::filesystem::exists(out));
  REQUIRE(w.app.memo.exportDialog.hits.size() == 1);
  CHECK(w.app.memo.exportDialog.hits.front().found == "hope");

  w.ui.Click("Not this person");
  CHECK(w.OnDisk().acceptedHits.size() == 1);
  w.ui.Click("Check and export");
  CHECK(std::filesystem::exists(out));
  Model disk = w.OnDisk();
  const std::vector<LogEntry> log = w.LogOnDisk();
  auto exported = std::find_if(log.begin(), log.end(), [](const LogEntry& e) { return e.kind == "export"; });
  REQUIRE(exported != log.end());
  CHECK(exported->text.find("\"hope\"") != std::string::npos);
}

}  // namespace parley::test
