// Drafts through the real views: what is typed into a field for something new is on disk as it
// is typed and back in its field when the file is opened again without it having been entered;
// a run that ended without closing the workshop is noticed; Escape keeps what was typed.
#include <doctest/doctest.h>

#include <functional>

#include "core/common/settings.hpp"
#include "ui_window.hpp"

namespace parley::test {

namespace {

// How to reach one field for something new: the screen to show, and the field's label.
struct NewEntryField {
  const char* label;
  int nth;
  std::function<void(Window&)> show;  // brings the field on screen
  std::function<DraftKey(Window&)> key;
};

void Show(Window& w, ui::Screen screen, ui::OptionsMode mode = ui::OptionsMode::Brainstorm) {
  w.app.screen = screen;
  w.app.options.mode = mode;
  w.ui.Frames(3);
}

std::vector<NewEntryField> Fields() {
  auto session = [](Window& w) { return w.app.sessionId; };
  auto party = [](Window& w, size_t n) { return w.Live().parties.at(n).id; };
  auto option = [](Window& w) { return w.Live().options.at(0).id; };
  return {
      {"Summary", 0, [](Window& w) { Show(w, ui::Screen::Stories); },
       [=](Window& w) { return DraftKey{.kind = DraftKind::Story, .session = session(w)}; }},
      {"##capture", 1, [](Window& w) { Show(w, ui::Screen::NeedsFears); },
       [=](Window& w) { return DraftKey{.kind = DraftKind::Concern, .session = session(w), .party = party(w, 1)}; }},
      {"##new option", 0, [](Window& w) { Show(w, ui::Screen::Options); },
       [=](Window& w) { return DraftKey{.kind = DraftKind::Option, .session = session(w)}; }},
      {"##new psychological constraint", 0,
       [](Window& w) { Show(w, ui::Screen::Options, ui::OptionsMode::Steps); },
       [=](Window& w) {
         return DraftKey{.kind = DraftKind::Constraint, .place = option(w), .party = party(w, 0),
                         .variant = int(ConstraintKind::Psychological)};
       }},
      {"##new step", 0, [](Window& w) { Show(w, ui::Screen::Options, ui::OptionsMode::Steps); },
       [=](Window& w) { return DraftKey{.kind = DraftKind::Step, .place = option(w)}; }},
      {"##note", 0, [](Window& w) { Show(w, ui::Screen::Log); },
       [=](Window& w) { return DraftKey{.kind = DraftKind::LogNote, .session = session(w)}; }},
      {"##new rule", 0, [](Window& w) { Show(w, ui::Screen::GroundRules); },
       [](Window&) { return DraftKey{.kind = DraftKind::Rule}; }},
  };
}

}  // namespace

TEST_CASE("drafts: text typed into a field for something new is back in it after a reopening") {
  for (const NewEntryField& field : Fields()) {
    CAPTURE(field.label);
    Window first;
    first.NewWorkshop("drafts.parley");
    first.AddParticipants(2);
    first.W().AddOption(first.app.sessionId, "International monitors", 0);
    first.ui.Frames(2);
    field.show(first);
    first.ui.Click(field.label, field.nth);
    first.ui.Type("Water we can trust, Вода");
    // Not entered, and the first window never closes the workshop: as after a crash.
    CHECK(first.OnDisk().Draft(field.key(first)) == "Water we can trust, Вода");
    CHECK(first.OnDisk().drafts.size() == 1);

    Window again;
    again.app.OpenWorkshop(first.app.workshop->Path());
    REQUIRE(again.app.workshop);
    again.ui.Frames(2);
    field.show(again);
    // The field holds the text: typing at its end continues it.
    again.ui.Click(field.label, field.nth);
    again.ui.Press(key::End);
    again.ui.Type(" again");
    CHECK(again.OnDisk().Draft(field.key(again)) == "Water we can trust, Вода again");
    again.ui.Press(key::Enter);  // entered now (a summary is saved with Ctrl+Enter instead)
  }
}

TEST_CASE("drafts: entering the text empties the field and drops the draft") {
  Window w;
  w.NewWorkshop("drafts.parley");
  w.AddParticipants(1);
  Show(w, ui::Screen::NeedsFears);
  w.ui.Click("##capture", 0);
  w.ui.Type("Water we can trust");
  w.ui.Press(key::Enter);
  Model disk = w.OnDisk();
  REQUIRE(disk.concerns.size() == 1);
  CHECK(disk.concerns[0].text == "Water we can trust");
  CHECK(disk.drafts.empty());
}

TEST_CASE("drafts: a run that ended without closing the workshop is noticed, and back where it was") {
  TempDir config;
  Window first;
  first.app.configDir = config.Path();
  first.NewWorkshop("crash.parley");
  Id day1 = first.app.sessionId;
  first.W().AddSession("2026-10-13", "Day 2");
  first.app.sessionId = day1;  // Day 1, not the latest
  Show(first, ui::Screen::NeedsFears);
  first.ui.Click("##capture", 0);
  first.ui.Type("Half a sentence");
  std::string path = first.app.workshop->Path();

  // A second run of Parley, with the settings the first left, opening the same workshop.
  Window again;
  again.app.configDir = config.Path();
  auto reopen = [&] {
    again.app.settings = LoadSettings(config.Path());
    again.app.OpenWorkshop(path);
    REQUIRE(again.app.workshop);
  };

  SUBCASE("killed: the first window never closes it") {
    reopen();
    CHECK(again.app.screen == ui::Screen::NeedsFears);
    CHECK(again.app.sessionId == day1);
    CHECK(again.app.notice.find("did not close properly") != std::string::npos);
    CHECK(again.Live().Draft({.kind = DraftKind::Concern, .session = day1, .party = again.Live().parties[0].id}) ==
          "Half a sentence");
  }
  SUBCASE("closed: no notice, and the usual first screen") {
    first.app.CloseWorkshop();
    reopen();
    CHECK(again.app.screen == ui::Screen::Setup);
    CHECK(again.app.notice.empty());
  }
  SUBCASE("another workshop opened in its place: the first counts as closed") {
    first.NewWorkshop("other.parley");
    reopen();
    CHECK(again.app.screen == ui::Screen::Setup);
    CHECK(again.app.notice.empty());
  }
}

TEST_CASE("Escape in a text field keeps what was typed, on screen and on disk") {
  Window w;
  w.NewWorkshop("escape.parley");
  w.ui.Frames(2);
  SUBCASE("a field of the record") {
    w.ui.Click("Title");
    w.ui.Press(key::End);
    w.ui.Type(" on water");
    w.ui.Press(key::Escape);
    w.ui.Frames(2);
    CHECK(w.OnDisk().info.title == "New workshop on water");
    CHECK(w.Live().info.title == "New workshop on water");
  }
  SUBCASE("a field for something new") {
    Show(w, ui::Screen::Options);
    w.ui.Click("##new option");
    w.ui.Type("A joint authority");
    w.ui.Press(key::Escape);
    w.ui.Frames(2);
    CHECK(w.OnDisk().Draft({.kind = DraftKind::Option, .session = w.app.sessionId}) == "A joint authority");
    CHECK(w.OnDisk().options.empty());
  }
}

}  // namespace parley::test
