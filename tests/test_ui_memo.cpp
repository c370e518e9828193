// The joint memo, driven as a drafter would: draft from the record, bracket a phrase, resolve
// it, freeze a version, export it; and an export that names a participant is stopped.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "core/store/workshop.hpp"
#include "temp_dir.hpp"
#include "ui_window.hpp"
#include "views/workbench.hpp"

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
  CHECK(w.app.notice == "Exported the memo to " + out);  // the status bar says what was written
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

TEST_CASE("a final export with brackets left is refused in the dialog, which leads to them") {
  MemoWindow w;
  w.ui.Click("Add paragraph", 2);  // shared analysis
  w.Retype("##text", 0, "The towns [shall/should] share what they measure.");
  Id paragraph = w.OnDisk().paragraphs.front().id;
  w.ui.Click("Export...");
  w.ui.Click("Markdown");
  std::string out = w.dir.File("final.md");
  w.Retype("Save as", 0, out);
  w.ui.Click("Final (refused while anything is in brackets)");
  w.ui.Click("Check and export");
  w.ui.Frame();

  CHECK_FALSE(std::filesystem::exists(out));
  CHECK(w.app.memo.exportDialog.open);
  CHECK(w.app.memo.exportDialog.refusal.find("open point") != std::string::npos);
  REQUIRE(w.app.memo.exportDialog.refused.size() == 1);
  CHECK(w.app.memo.exportDialog.refused.front().paragraph == paragraph);
  CHECK(w.ui.Count("Go to") == 1);
  CHECK(w.app.errorWhat.empty());

  SUBCASE("Go to closes the dialog and opens the paragraph, and the window answers again") {
    w.ui.Click("Go to");
    w.ui.Frames(2);
    CHECK_FALSE(w.app.memo.exportDialog.open);
    CHECK(w.app.memo.open.record == paragraph);
    w.ui.Press('A', /*ctrl=*/true);
    w.ui.Type("The towns should share what they measure.");
    w.ui.Click("Agreed", 0);
    Model disk = w.OnDisk();
    CHECK(disk.paragraphs.front().text == "The towns should share what they measure.");
    CHECK(disk.paragraphs.front().status == ParagraphStatus::Agreed);
  }
  SUBCASE("Close leaves the window answering") {
    w.ui.Click("Close");
    w.ui.Frames(2);
    w.ui.Click("Agreed", 0);
    CHECK(w.OnDisk().paragraphs.front().status == ParagraphStatus::Agreed);
  }
}

TEST_CASE("an error from a dialog shows over it, and the window answers after it") {
  MemoWindow w;
  w.ui.Click("Add paragraph", 2);
  w.ui.Click("Export...");
  w.ui.Click("Markdown");
  w.Retype("Save as", 0, w.dir.File("no such folder/memo.md"));
  w.ui.Click("Check and export");
  w.ui.Frames(2);
  REQUIRE_FALSE(w.app.errorWhat.empty());
  w.ui.Click("OK");
  w.ui.Frames(2);
  CHECK(w.app.errorWhat.empty());
  CHECK(w.app.memo.exportDialog.open);
  w.ui.Click("Close");
  w.ui.Frames(2);
  w.ui.Click("Agreed", 0);
  CHECK(w.OnDisk().paragraphs.front().status == ParagraphStatus::Agreed);
}

namespace {
// The relative luminance of WCAG 2 of a colour.
double Luminance(ImVec4 c) {
  auto linear = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * linear(c.x) + 0.7152 * linear(c.y) + 0.0722 * linear(c.z);
}
}  // namespace

TEST_CASE("a check box's edge stands out from the window and from a dialog in both themes") {
  MemoWindow w;  // a context to style
  for (bool dark : {false, true}) {
    CAPTURE(dark);
    ui::ApplyStyle(dark);
    const ImGuiStyle& style = ImGui::GetStyle();
    CHECK(style.FrameBorderSize >= 1.0f);
    for (ImGuiCol background : {ImGuiCol_WindowBg, ImGuiCol_PopupBg}) {
      ImVec4 bg = style.Colors[background], edge = style.Colors[ImGuiCol_Border];
      ImVec4 over(bg.x + (edge.x - bg.x) * edge.w, bg.y + (edge.y - bg.y) * edge.w, bg.z + (edge.z - bg.z) * edge.w, 1);
      double a = Luminance(bg), b = Luminance(over);
      CHECK((std::max(a, b) + 0.05) / (std::min(a, b) + 0.05) >= 3.0);
    }
  }
  ui::ApplyStyle(false);
}

TEST_CASE("Tab goes from a memo paragraph to the next, and from the last ends the edit") {
  MemoWindow w;
  w.ui.Click("Add paragraph", 2);
  w.ui.Click("Add paragraph", 2);
  std::vector<MemoParagraph> paragraphs = w.OnDisk().paragraphs;
  REQUIRE(paragraphs.size() == 2);
  w.ui.Click("##text", 0);
  w.ui.Type("First.");
  w.ui.Press(key::Tab);
  w.ui.Frame();
  CHECK(w.app.memo.open.record == paragraphs[1].id);
  w.ui.Type("Last.");
  w.ui.Press(key::Tab);
  w.ui.Frame();
  CHECK(w.app.memo.open.record == 0);
  w.ui.Type("typed after");  // lands nowhere: not in the memo's title
  Model disk = w.OnDisk();
  CHECK(disk.memos.front().title == "Joint memorandum");
  CHECK(disk.paragraphs[0].text == "First.");
  CHECK(disk.paragraphs[1].text == "Last.");
}

}  // namespace parley::test
