// When the window must be drawn though nobody touches it (views/workbench.hpp,
// UntilScreenChanges): main.cpp waits for input until then, so a moment missed here is a clock
// or a status line that stands still on screen, and one too many is a frame drawn for nothing.
#include <doctest/doctest.h>

#include <chrono>
#include <optional>

#include "core/store/workshop.hpp"
#include "temp_dir.hpp"
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

}  // namespace parley::test
