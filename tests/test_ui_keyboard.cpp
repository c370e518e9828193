// Every control from the keyboard: arrows and Tab move the focus, Space and Enter press, and
// the focus shows; a phase run by keys alone; a new participant's row given the keyboard.
// Every effect on the record is checked in the workshop file, read back through a second
// opening.
#include <doctest/doctest.h>
#include <imgui_internal.h>

#include <set>
#include <string>

#include "core/store/workshop.hpp"
#include "ui_window.hpp"

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

}  // namespace parley::test
