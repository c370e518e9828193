// When the window must be drawn though nobody touches it (views/workbench.hpp,
// UntilScreenChanges): main.cpp waits for input until then, so a moment missed here is a clock
// or a status line that stands still on screen, and one too many is a frame drawn for nothing.
#include <doctest/doctest.h>
#include <imgui_internal.h>

#include <chrono>
#include <optional>

#include "core/store/workshop.hpp"
#include "temp_dir.hpp"
#include "ui_window.hpp"
#include "views/workbench.hpp"

namespace parley::test {

namespace {

using namespace std::chrono_literals;
using SystemClock = std::chrono::system_clock;

// The demo open on a clock that moves only when the test says so.
struct Rest {
  TempDir dir;
  ui::Workbench app;
  SystemClock::time_point start = SystemClock::time_point(1'800'000'000s);
  SystemClock::time_point now = start;

  Rest() {
    app.dataDir = dir.Path();
    app.OpenDemo();
    REQUIRE(app.workshop != nullptr);
    app.workshop->SetClock([this] { return now; });
  }
  // The first participant present in the session in use gets the floor: the clock starts (and
  // the status bar's "saved" line with it) at `start`.
  void StartClock() {
    const Model& model = app.workshop->Model();
    for (const Participant& p : model.participants)
      if (model.Attends(app.sessionId, p.id)) {
        app.workshop->QueueSpeaker(app.sessionId, p.id);
        break;
      }
    app.workshop->NextSpeaker(app.sessionId);
    REQUIRE(model.CurrentTurn(app.sessionId) != nullptr);
  }
};

}  // namespace

TEST_CASE("with nothing written and no clock running, nothing is drawn until there is input") {
  ui::Workbench none;
  CHECK_FALSE(ui::UntilScreenChanges(none).has_value());
  Rest rest;
  CHECK_FALSE(ui::UntilScreenChanges(rest.app).has_value());
  rest.app.screen = ui::Screen::Stories;
  CHECK_FALSE(ui::UntilScreenChanges(rest.app).has_value());
}

TEST_CASE("a running speaker clock asks for a frame at each new second it shows, on the Stories view") {
  Rest rest;
  rest.StartClock();
  rest.app.screen = ui::Screen::Stories;
  rest.now = rest.start + 150'300ms;
  CHECK(ui::UntilScreenChanges(rest.app) == 700ms);  // 02:30 becomes 02:31
  rest.now = rest.start + 151'000ms;
  CHECK(ui::UntilScreenChanges(rest.app) == 1000ms);

  SUBCASE("elsewhere only the status bar's minutes since the write move") {
    rest.app.screen = ui::Screen::Setup;
    rest.now = rest.start + 150'300ms;
    CHECK(ui::UntilScreenChanges(rest.app) == 29'700ms);  // "2 min ago" becomes "3 min ago"
  }
  SUBCASE("paused, it stands still: the status bar's seconds move") {
    rest.app.workshop->PauseTimer(rest.app.sessionId);  // written at start + 151 s
    rest.now = rest.start + 151'500ms;
    CHECK(ui::UntilScreenChanges(rest.app) == 1500ms);  // "just now" until 2 s
    rest.now = rest.start + 155'200ms;
    CHECK(ui::UntilScreenChanges(rest.app) == 800ms);   // "4 s ago" becomes "5 s ago"
  }
}

namespace {

// What main.cpp does with no input: draws the next frame at once while UntilScreenChanges says
// so. Returns the frames drawn; fails the test when the screen never settles.
int DrawUntilSettled(Window& w) {
  int frames = 0;
  while (ui::UntilScreenChanges(w.app) == 0ms && frames < 40) {
    w.ui.Frame();
    ++frames;
  }
  CHECK(frames < 40);
  return frames;
}

// The frames main.cpp draws after a click whose press and release came in one batch of
// events: the release's frame (UiHarness::Click draws it), one more to settle, then those
// UntilScreenChanges asks for.
void AfterClick(Window& w) {
  w.ui.Frame();
  DrawUntilSettled(w);
}

// Whether the window `title` (a dialog) is on screen: drawn, and not hidden while it takes its
// size.
bool Shown(const char* title) {
  const ImGuiWindow* window = ImGui::FindWindowByName(title);
  return window && window->Active && !window->Hidden;
}

// Whether the dialog `title` stays as it is over one frame more: a screen that settled does.
bool StaysPut(Window& w, const char* title) {
  const ImGuiWindow* window = ImGui::FindWindowByName(title);
  REQUIRE(window);
  ImVec2 pos = window->Pos, size = window->Size;
  w.ui.Frame();
  return pos.x == window->Pos.x && pos.y == window->Pos.y && size.x == window->Size.x && size.y == window->Size.y;
}

}  // namespace

TEST_CASE("a dialog opened by a click, or by an edit the click asked for, is drawn with no input after it") {
  constexpr const char* kForget = "Forget this person";
  Window w;
  w.NewWorkshop("forget.parley");
  w.AddParticipants(1);
  const Id her = w.Live().participants[0].id;
  w.W().SetText(Field::ParticipantName, her, "ნინო Берідзе Νίκη");
  w.ui.Frames(2);
  w.ui.Click("Participant details", 0);
  AfterClick(w);

  // The click opens the dialog: the frames that size it and show it follow by themselves.
  w.ui.Click("Forget this person...");
  AfterClick(w);
  CHECK(Shown(kForget));
  CHECK(w.ui.Count("Forget them for good") == 1);
  CHECK(StaysPut(w, kForget));

  // Confirmed: the edit runs after the click's frame, and its result fills the dialog, which
  // takes the size of what it now says.
  w.ui.Click("Forget them for good");
  CHECK(ui::UntilScreenChanges(w.app) == 0ms);
  AfterClick(w);
  CHECK(w.OnDisk().FindParticipant(her)->name != "ნინო Берідзе Νίκη");
  CHECK(Shown(kForget));
  CHECK(w.ui.Count("OK") == 1);
  CHECK(w.ui.Count("Forget them for good") == 0);
  CHECK(StaysPut(w, kForget));

  // Settled, the window waits for input again: no frame at rest.
  CHECK(ui::UntilScreenChanges(w.app) != 0ms);
  w.ui.Click("OK");
  AfterClick(w);
  CHECK_FALSE(Shown(kForget));
  CHECK(ui::UntilScreenChanges(w.app) != 0ms);
}

TEST_CASE("at rest, with a dialog open or not, no frame is drawn until there is input") {
  Window w;
  w.ui.Click("Open the demo workshop");
  DrawUntilSettled(w);
  w.ui.Frames(3);
  CHECK_FALSE(ui::UntilScreenChanges(w.app).has_value());
  w.ui.Click("File");
  w.ui.Frame();
  w.ui.Click("Import participants from CSV...");
  DrawUntilSettled(w);
  w.ui.Frames(3);
  CHECK(w.app.fileDialog.purpose != ui::FileDialog::Purpose::None);
  CHECK_FALSE(ui::UntilScreenChanges(w.app).has_value());
}

}  // namespace parley::test
