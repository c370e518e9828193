// Every control from the keyboard: arrows and Tab move the focus, Space and Enter press, and
// the focus shows; a phase run by keys alone; a new participant's row given the keyboard.
// Every effect on the record is checked in the workshop file, read back through a second
// opening.
#include <doctest/doctest.h>
#include <imgui_internal.h>

#include <optional>
#include <set>
#include <string>

#include "core/store/workshop.hpp"
#include "ui_window.hpp"
#include "views/keyboard.hpp"
#include "views/view_options_weigh.hpp"

namespace parley::test {

namespace {

// Whether the keyboard's focus is on the `nth` control labelled `label`, and shows.
bool Focused(const UiHarness& ui, const std::string& label, int nth = 0) {
  return ui.Count(label) > nth && GImGui->NavId == ui.Id(label, nth) &&
         !GImGui->NavDisableHighlight;
}

// Presses `keyCode` until the focus is on the control, as a person looking at the screen
// would; fails when `most` presses do not get there.
void PressUntilFocused(UiHarness& ui, int keyCode, const std::string& label, int nth = 0,
                       int most = 80) {
  std::string path;
  for (int i = 0; i < most && !Focused(ui, label, nth); ++i) {
    ui.Press(keyCode);
    path += " > " + ui.LabelOf(GImGui->NavId);
  }
  REQUIRE_MESSAGE(Focused(ui, label, nth),
                  "the keyboard did not reach \"" << label << "\":" << path);
}

}  // namespace

TEST_CASE("Needs & fears run from the keyboard alone: the phase, a concern, its category") {
  Window w;
  w.NewWorkshop("keys.parley");
  w.ui.Frame();
  ImGui::GetIO().MousePos = ImVec2(-1, -1);  // no mouse: nothing hovered

  // The phase list, left of the view, is reached by arrows, and Enter opens the phase.
  w.ui.Press(key::Down);
  for (int i = 0; i < 4; ++i) w.ui.Press(key::Left);
  PressUntilFocused(w.ui, key::Down, "Needs & fears", 0, 30);
  w.ui.Press(key::Enter);
  w.ui.Frames(2);
  REQUIRE(w.app.screen == ui::Screen::NeedsFears);

  // Tab goes on from the phase list to the first party's capture field, which takes typing.
  PressUntilFocused(w.ui, key::Tab, "##capture", 0, 10);
  w.ui.Type("Safe passage to the fields");
  w.ui.Press(key::Enter);
  Model disk = w.OnDisk();
  REQUIRE(disk.concerns.size() == 1);
  CHECK(disk.concerns[0].text == "Safe passage to the fields");
  CHECK(disk.concerns[0].categoryId == 0);

  // Leaving the field, arrows go to the concern's details, Space opens them; then to its
  // category: Space opens its list, an arrow chooses, Enter takes it.
  w.ui.Press(key::Escape);
  PressUntilFocused(w.ui, key::Down, "Concern kind", 0, 30);
  PressUntilFocused(w.ui, key::Right, "Details", 0, 6);
  w.ui.Press(key::Space);
  w.ui.Frames(2);
  PressUntilFocused(w.ui, key::Down, "Category", 0, 30);
  w.ui.Press(key::Space);
  w.ui.Frames(2);
  w.ui.Press(key::Down);  // from "(none)", where the list opens, to the first category
  w.ui.Press(key::Enter);
  w.ui.Frames(2);
  disk = w.OnDisk();
  REQUIRE(disk.concerns.size() == 1);
  CHECK(disk.concerns[0].categoryId == disk.categories.at(0).id);
}

TEST_CASE("arrows move the focus to buttons and Space and Enter press them; the focus shows") {
  Window w;
  w.NewWorkshop("press.parley");
  w.ui.Frame();
  ImGui::GetIO().MousePos = ImVec2(-1, -1);
  size_t parties = w.Live().parties.size();

  PressUntilFocused(w.ui, key::Down, "Add party");
  // The focus frame is drawn in a colour of its own, strong against the paper.
  ImVec4 frame = ImGui::GetStyleColorVec4(ImGuiCol_NavHighlight);
  CHECK(frame.w == 1.0f);
  w.ui.Press(key::Space);
  CHECK(w.OnDisk().parties.size() == parties + 1);
  w.ui.Frames(2);
  PressUntilFocused(w.ui, key::Down, "Add party");
  w.ui.Press(key::Enter);
  CHECK(w.OnDisk().parties.size() == parties + 2);
}

TEST_CASE("Tab from a button goes to the next field after it, not back to the first") {
  Window w;
  w.NewWorkshop("tab.parley");
  w.ui.Frame();
  ImGui::GetIO().MousePos = ImVec2(-1, -1);
  PressUntilFocused(w.ui, key::Down, "Add party");
  w.ui.Press(key::Tab);
  w.ui.Frames(2);
  // The first field after "Add party" (no participant yet) is the first session's date.
  CHECK(GImGui->ActiveId == w.ui.Id("##date", 0));
  CHECK(GImGui->ActiveId != w.ui.Id("Title"));
}

TEST_CASE("Up and Down in a text field being typed in stay in it") {
  Window w;
  w.NewWorkshop("arrows.parley");
  w.ui.Frame();
  w.ui.Click("Title");
  ImGuiID title = w.ui.Id("Title");
  REQUIRE(GImGui->ActiveId == title);
  w.ui.Press(key::Down);
  w.ui.Press(key::Up);
  CHECK(GImGui->ActiveId == title);
  w.ui.Type("Still here");
  CHECK(w.OnDisk().info.title.find("Still here") != std::string::npos);
}

TEST_CASE("a new participant's name field gets the keyboard and is scrolled into view") {
  Window w(ImVec2(1280, 800));
  w.NewWorkshop("people.parley");
  w.AddParticipants(1);
  w.ui.Frames(3);
  std::set<Id> before;
  for (const Participant& p : w.Live().participants) before.insert(p.id);
  w.ui.Wheel(ImVec2(800, 400), -5);  // down to the participants
  w.ui.Click("Add participant", 0);
  w.ui.Frames(3);
  Id added = 0;
  for (const Participant& p : w.OnDisk().participants)
    if (!before.count(p.id)) added = p.id;
  REQUIRE(added != 0);
  // Typing goes straight into the new row's name, with no click on it.
  w.ui.Type("Ana");
  const Model disk = w.OnDisk();
  const Participant* person = disk.FindParticipant(added);
  REQUIRE(person);
  CHECK(person->name == "Ana");
  // And the field is inside the view's visible part.
  ImGuiID field = GImGui->ActiveId;
  REQUIRE(field != 0);
  REQUIRE(GImGui->ActiveIdWindow);
  ImRect shown = GImGui->ActiveIdWindow->InnerClipRect;
  bool found = false;
  for (int nth = 0; nth < w.ui.Count("##name"); ++nth)
    if (w.ui.Id("##name", nth) == field) {
      found = true;
      CHECK(shown.Contains(w.ui.Centre("##name", nth)));
    }
  CHECK(found);
}

TEST_CASE("a score given from the keyboard: Space on a cell asks which, arrows choose, Enter gives it; the rows stay put") {
  Window w;
  w.NewWorkshop("weigh-keys.parley");
  w.AddParticipants(2);
  const std::vector<Party> parties = w.Live().parties;
  const std::string water = "Безопасная питьевая вода (safe water)", land = "მიწაზე დაბრუნება";
  Id waterId = w.W().AddConcern(w.app.sessionId, parties[0].id, ConcernKind::Need, water, 0);
  w.W().AddConcern(w.app.sessionId, parties[1].id, ConcernKind::Need, land, 0);
  const std::string board = "Κοινό συμβούλιο νερού, a joint water board",
                    monitors = "مراقبون دوليون / international monitors";
  w.W().AddOption(w.app.sessionId, board, 0);
  w.W().AddOption(w.app.sessionId, monitors, 0);
  w.ui.Frame();
  w.ui.Click("Options");
  w.ui.Click("Weigh");
  w.ui.Frames(2);
  ImGui::GetIO().MousePos = ImVec2(-1, -1);  // no mouse from here on

  // The cell of the option in the lower row: a score ranks it first, and the rows must not move.
  auto cell = [&](const std::string& option) {
    return ui::ScoreButtonLabel(parties[0].name, 0, option, water);
  };
  bool boardLower = w.ui.Centre(cell(board)).y > w.ui.Centre(cell(monitors)).y;
  const std::string lower = boardLower ? board : monitors, upper = boardLower ? monitors : board;
  const ImVec2 lowerAt = w.ui.Centre(cell(lower)), upperAt = w.ui.Centre(cell(upper));
  Id lowerId = 0;
  for (const Option& o : w.Live().options)
    if (o.text == lower) lowerId = o.id;
  auto scoreOnDisk = [&]() -> std::optional<int> {
    for (const Score& s : w.OnDisk().scores)
      if (s.optionId == lowerId && s.concernId == waterId) return s.value;
    return std::nullopt;
  };

  // Into the matrix (Space enters it), then to the cell.
  PressUntilFocused(w.ui, key::Down, "Matrix", 0, 40);
  w.ui.Press(key::Space);
  w.ui.Frames(2);
  PressUntilFocused(w.ui, key::Down, cell(lower), 0, 20);

  // Space asks which score: the five values, 0 with the focus in an empty cell.
  w.ui.Press(key::Space);
  w.ui.Frames(2);
  CHECK(Focused(w.ui, "Give 0"));
  w.ui.Press(key::Right);
  w.ui.Press(key::Right);
  CHECK(Focused(w.ui, "Give +2"));
  w.ui.Press(key::Enter);
  w.ui.Frames(2);
  CHECK(scoreOnDisk() == 2);
  CHECK(w.ui.Count("Give +2") == 0);  // the choice is gone, the focus back on the cell
  CHECK(Focused(w.ui, cell(lower)));
  // The rows stay where they were: the order is stale, not changed under the keyboard.
  CHECK(w.ui.Count("Re-rank") == 1);
  CHECK(w.ui.Centre(cell(lower)).y == lowerAt.y);
  CHECK(w.ui.Centre(cell(upper)).y == upperAt.y);

  // Enter asks too, with the score given in focus; Escape leaves it as it was.
  w.ui.Press(key::Enter);
  w.ui.Frames(2);
  CHECK(Focused(w.ui, "Give +2"));
  w.ui.Press(key::Left);
  w.ui.Press(key::Escape);
  w.ui.Frames(2);
  CHECK(w.ui.Count("Give -2") == 0);
  CHECK(scoreOnDisk() == 2);

  // "No score" takes it back.
  CHECK(Focused(w.ui, cell(lower)));
  w.ui.Press(key::Space);
  w.ui.Frames(2);
  PressUntilFocused(w.ui, key::Right, "No score", 0, 6);
  w.ui.Press(key::Space);
  w.ui.Frames(2);
  CHECK(scoreOnDisk() == std::nullopt);
}

TEST_CASE("a key pressed and released between two frames is seen down in one frame") {
  // Key events passed as the window's key callback passes them (app/main.cpp): to io.KeysDown
  // at once, but for the releases KeyTaps holds until the frame of a press is drawn.
  constexpr int kCtrl = 341, kV = 86;
  ui::KeyTaps<std::pair<int, bool>> taps;
  auto pass = [](std::pair<int, bool> e) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[e.first] = e.second;
    io.KeyCtrl = io.KeysDown[kCtrl];
  };
  auto event = [&](int code, bool press) {
    if (taps.PassNow(press, {code, press})) pass({code, press});
  };
  std::string field;
  int enters = 0;
  bool focus = true;
  UiHarness ui{[&] {
    if (ImGui::IsKeyPressed(key::Enter, false)) ++enters;
    ImGui::Begin("keys");
    if (focus) ImGui::SetKeyboardFocusHere();
    focus = false;
    char buffer[64] = {};
    field.copy(buffer, sizeof buffer - 1);
    if (ImGui::InputText("##field", buffer, sizeof buffer)) field = buffer;
    ImGui::End();
  }};
  // A frame, then the releases held for it, as the window passes them once a frame is drawn.
  auto frames = [&](int count) {
    for (int i = 0; i < count; ++i) {
      ui.Frame();
      for (const auto& e : taps.TakeWaiting()) pass(e);
    }
  };
  frames(2);
  REQUIRE(ImGui::GetActiveID() != 0);

  SUBCASE("Enter, tapped between frames") {
    event(key::Enter, true);
    event(key::Enter, false);
    frames(2);
    CHECK(enters == 1);
  }
  SUBCASE("Ctrl+V, all four events between frames: the paste happens once") {
    ImGui::SetClipboardText("Ελένη Παπαδοπούλου");
    event(kCtrl, true);
    event(kV, true);
    event(kV, false);
    event(kCtrl, false);
    frames(3);
    CHECK(field == "Ελένη Παπαδοπούλου");
    CHECK_FALSE(ImGui::GetIO().KeysDown[kV]);
    CHECK_FALSE(ImGui::GetIO().KeyCtrl);
  }
  SUBCASE("Ctrl+V whose Ctrl goes down a frame before and up in the V's frame: pasted") {
    // As xdotool's ctrl+v was seen: Ctrl, a frame, then V down, Ctrl up and V up together.
    ImGui::SetClipboardText("ნინო ბერიძე");
    event(kCtrl, true);
    frames(1);
    event(kV, true);
    event(kCtrl, false);
    event(kV, false);
    frames(3);
    CHECK(field == "ნინო ბერიძე");
    CHECK_FALSE(ImGui::GetIO().KeyCtrl);
  }
  SUBCASE("a key down over frames is released at once") {
    event(key::Enter, true);
    frames(1);
    event(key::Enter, false);
    CHECK_FALSE(ImGui::GetIO().KeysDown[key::Enter]);
    CHECK(taps.TakeWaiting().empty());
  }
}

}  // namespace parley::test
