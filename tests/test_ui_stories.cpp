// The Stories view, driven by clicks and keys: the speaking queue, the speaker timer with an
// injected clock, and stories recorded from the keyboard. Every effect is checked in the
// workshop file, read back through a second opening.
#include <doctest/doctest.h>
#include <imgui_internal.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

#include "core/method/speaking_order.hpp"
#include "core/store/workshop.hpp"
#include "temp_dir.hpp"
#include "ui_window.hpp"

namespace parley::test {

namespace {

using namespace std::chrono_literals;
using SystemClock = std::chrono::system_clock;

constexpr int kF5 = 294, kF6 = 295;  // GLFW's codes, as Parley's backend reports them

int64_t UnixMs(SystemClock::time_point t) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

// The whole window on the demo workshop, in a session of the test's own (so that whatever
// the demo records in its sessions stays out of the way), with the Stories view open and a
// clock that moves only when the test says so.
struct StoriesWindow : Window {
  SystemClock::time_point now = SystemClock::time_point(1'800'000'000s);

  StoriesWindow() {
    ui.Click("Open the demo workshop");
    REQUIRE(app.workshop != nullptr);
    app.workshop->SetClock([this] { return now; });
    Id before = app.sessionId;
    ui.Click("Start a new session...");
    ui.Click("Start the session");
    REQUIRE(app.sessionId != before);
    app.screen = ui::Screen::Stories;  // as the sidebar's phase list does
    ui.Frames(2);
  }

  // The `nth` participant of the `party`-th party present in the session in use.
  Participant Present(size_t party, int nth) const {
    for (const Participant& p : Live().participants)
      if (p.partyId == Live().parties.at(party).id && Live().Attends(app.sessionId, p.id) && nth-- == 0) return p;
    FAIL("no such participant");
    return {};
  }
  size_t PartyOf(Id participant) const {
    const Participant* p = Live().FindParticipant(participant);
    for (size_t i = 0; p && i < Live().parties.size(); ++i)
      if (Live().parties[i].id == p->partyId) return i;
    return Live().parties.size();
  }

  void Queue(const Participant& p) {
    ui.Click("Add to queue");
    ui.Click(p.name);
  }
  // Gives `p` the floor and types `summary` into the story form, not yet saved.
  void StartStory(const Participant& p, const std::string& summary) {
    Queue(p);
    ui.Click("Next speaker (F6)");
    ui.Click("Summary");
    ui.Type(summary);
  }
  std::vector<Id> QueueOnDisk() const {
    std::vector<Id> order;
    for (const QueueEntry& e : OnDisk().queue)
      if (e.sessionId == app.sessionId) order.push_back(e.participantId);
    return order;
  }
  std::vector<Story> StoriesOnDisk(Model* disk) const {
    *disk = OnDisk();
    std::vector<Story> stories;
    for (const Story& s : disk->stories)
      if (s.sessionId == app.sessionId) stories.push_back(s);
    return stories;
  }
  void Advance(std::chrono::seconds by) {
    now += by;
    ui.Frame();
  }
};

std::vector<std::string> ThemesOf(const Model& model, Id story) {
  std::vector<std::string> themes;
  for (const StoryTheme& t : model.themes)
    if (t.storyId == story) themes.push_back(t.theme);
  std::sort(themes.begin(), themes.end());
  return themes;
}

}  // namespace

TEST_CASE("a facilitator runs a queue of speakers with the timer") {
  StoriesWindow w;
  Participant a1 = w.Present(0, 0), a2 = w.Present(0, 1), b1 = w.Present(1, 0);
  std::vector<int64_t> workshopBefore = FloorTimeByParty(w.OnDisk(), 0, 0);
  w.Queue(a1);
  w.Queue(a2);
  w.Queue(b1);
  REQUIRE(w.QueueOnDisk() == std::vector<Id>{a1.id, a2.id, b1.id});

  w.ui.Click("Use proposed order");
  std::vector<Id> order = w.QueueOnDisk();
  REQUIRE(order.size() == 3);
  CHECK(w.PartyOf(order[0]) != w.PartyOf(order[1]));
  CHECK(w.PartyOf(order[1]) != w.PartyOf(order[2]));

  w.ui.Click("Next speaker (F6)");  // the first in the queue has the floor; the clock runs
  w.Advance(90s);
  w.ui.Click("Pause (F5)");
  w.Advance(30s);  // a pause does not count
  w.ui.Click("Resume (F5)");
  w.Advance(30s);
  w.ui.Click("Next speaker (F6)");
  w.Advance(45s);
  w.ui.Click("Next speaker (F6)");

  Model disk = w.OnDisk();
  std::vector<Turn> turns;
  for (const Turn& t : disk.turns)
    if (t.sessionId == w.app.sessionId) turns.push_back(t);
  REQUIRE(turns.size() == 3);
  CHECK(turns[0].participantId == order[0]);
  CHECK(turns[0].heldMs == 120000);
  CHECK(turns[0].runningSinceMs == 0);
  CHECK(turns[1].participantId == order[1]);
  CHECK(turns[1].heldMs == 45000);
  CHECK(turns[2].participantId == order[2]);
  CHECK(turns[2].runningSinceMs == UnixMs(w.now));  // the third speaker's clock has started

  // Floor time is part of the record: per party, for the session and for the workshop.
  std::vector<int64_t> expected(disk.parties.size(), 0);
  expected[w.PartyOf(order[0])] += 120000;
  expected[w.PartyOf(order[1])] += 45000;
  CHECK(FloorTimeByParty(disk, w.app.sessionId, UnixMs(w.now)) == expected);
  std::vector<int64_t> workshop = FloorTimeByParty(disk, 0, 0);
  for (size_t i = 0; i < expected.size(); ++i) CHECK(workshop[i] == workshopBefore[i] + expected[i]);
  CHECK(w.ui.Count("Floor time bar") == int(2 * disk.parties.size()));

  SUBCASE("the running clock counts into the floor time as it runs") {
    w.Advance(20s);
    Model live = w.Live();
    std::vector<int64_t> now = FloorTimeByParty(live, w.app.sessionId, UnixMs(w.now));
    CHECK(now[w.PartyOf(order[2])] == expected[w.PartyOf(order[2])] + 20000);
  }
  SUBCASE("F6 with an empty queue closes the floor") {
    w.Advance(10s);
    w.ui.Press(kF6);
    w.ui.Frame();
    Model closed = w.OnDisk();
    CHECK(closed.RunningTurn(w.app.sessionId) == nullptr);
    CHECK(closed.CurrentTurn(w.app.sessionId) == nullptr);  // closed: nobody holds the floor
    CHECK(closed.turns.back().ended);
    CHECK(closed.turns.back().heldMs == 10000);
    CHECK(w.ui.Count("Resume (F5)") == 0);  // closed, not paused
  }
}

TEST_CASE("a story is recorded with themes from the keyboard alone") {
  StoriesWindow w;
  Participant a1 = w.Present(0, 0), b1 = w.Present(1, 0);
  w.Queue(a1);
  w.Queue(b1);

  // From here on, no clicks: F6 gives the floor and the view puts the keyboard in Summary.
  w.ui.Press(kF6);
  w.ui.Type("Her orchard flooded twice; the insurers blamed the mine.");
  w.ui.Press(key::Tab);  // to Themes
  w.ui.Type("land");
  w.ui.Press(key::Enter);
  w.ui.Type("night shift memories, loss");  // a comma ends a theme too
  w.ui.Press(key::Enter);
  w.ui.Press(key::Enter, /*ctrl=*/true);  // save
  w.ui.Press(kF6);  // next speaker; the keyboard is back in Summary

  w.ui.Type("Worked nights at the mine for twenty years.");
  w.ui.Press(key::Tab);
  w.ui.Type("night sh");
  w.ui.Press(key::Tab);  // completes to "night shift memories", used before
  w.ui.Press(key::Enter);
  w.ui.Press(key::Enter, /*ctrl=*/true);

  Model disk;
  std::vector<Story> stories = w.StoriesOnDisk(&disk);
  REQUIRE(stories.size() == 2);
  CHECK(stories[0].tellerId == a1.id);
  CHECK(stories[0].summary == "Her orchard flooded twice; the insurers blamed the mine.");
  CHECK(ThemesOf(disk, stories[0].id) == std::vector<std::string>{"land", "loss", "night shift memories"});
  CHECK(stories[1].tellerId == b1.id);
  CHECK(stories[1].summary == "Worked nights at the mine for twenty years.");
  CHECK(ThemesOf(disk, stories[1].id) == std::vector<std::string>{"night shift memories"});
  const Turn* turn = disk.CurrentTurn(w.app.sessionId);
  REQUIRE(turn != nullptr);
  CHECK(turn->participantId == b1.id);
  // The form is empty again and ready for the next story.
  CHECK(w.Live().Draft({.kind = DraftKind::Story, .session = w.app.sessionId}).empty());
  CHECK(w.app.stories.pendingThemes.empty());
  CHECK(w.app.stories.summaryActive);

  SUBCASE("Ctrl+Z takes back the field's own typing first, then the story saved by mistake") {
    w.ui.Type("Al");
    w.ui.Press('Z', /*ctrl=*/true);  // ImGui takes back a typed character at a time
    w.ui.Press('Z', /*ctrl=*/true);
    CHECK(w.Live().Draft({.kind = DraftKind::Story, .session = w.app.sessionId}).empty());
    CHECK(w.StoriesOnDisk(&disk).size() == 2);
    w.ui.Press('Z', /*ctrl=*/true);
    CHECK(w.StoriesOnDisk(&disk).size() == 1);
    w.ui.Press('Z', /*ctrl=*/true, /*shift=*/true);  // and redo puts it back
    CHECK(w.StoriesOnDisk(&disk).size() == 2);
  }
}

TEST_CASE("the queue shows when it is lopsided and proposes an alternating order") {
  StoriesWindow w;
  Participant a1 = w.Present(0, 0), a2 = w.Present(0, 1), a3 = w.Present(0, 2), b1 = w.Present(1, 0);
  w.Queue(a1);
  CHECK(w.ui.Count("Queue warning") == 0);
  w.Queue(a2);
  CHECK(w.ui.Count("Queue warning") == 1);  // two waiting from one side, none from the other
  CHECK(w.app.stories.derived.imbalance.front().find("2 waiting from") != std::string::npos);

  w.Queue(a3);
  w.Queue(b1);
  CHECK(w.ui.Count("Queue warning") >= 1);
  w.ui.Click("Use proposed order");
  std::vector<Id> order = w.QueueOnDisk();
  REQUIRE(order.size() == 4);
  // The one speaker of the other side is not left until last.
  CHECK(w.PartyOf(order[0]) != w.PartyOf(order[1]));
  CHECK(order.back() != b1.id);
}

TEST_CASE("a story is reflected back by a participant of the other party") {
  StoriesWindow w;
  Participant a1 = w.Present(0, 0), a2 = w.Present(0, 1), b2 = w.Present(1, 1);
  w.Queue(a1);
  w.ui.Click("Next speaker (F6)");
  w.ui.Click("Summary");
  w.ui.Type("The road blockade cut her off from the hospital.");
  w.ui.Click("Save story (Ctrl+Enter)");

  w.ui.Click("Reflected back by");
  CHECK(w.ui.Count(a2.name) == 0);  // only the other side is offered
  w.ui.Click(b2.name);
  w.ui.Click("Restatement");
  w.ui.Type("You could not reach the doctor because of us.");

  Model disk;
  std::vector<Story> stories = w.StoriesOnDisk(&disk);
  REQUIRE(stories.size() == 1);
  CHECK(stories[0].tellerId == a1.id);
  CHECK(stories[0].reflectedById == b2.id);
  CHECK(stories[0].restatement == "You could not reach the doctor because of us.");
}

TEST_CASE("choosing who reflected a story back moves nothing below it") {
  StoriesWindow w;
  Participant a1 = w.Present(0, 0), b2 = w.Present(1, 1);
  w.Queue(a1);
  w.ui.Click("Next speaker (F6)");
  w.ui.Click("Summary");
  w.ui.Type("The road blockade cut her off from the hospital.");
  w.ui.Click("Save story (Ctrl+Enter)");
  const std::string moveOn = std::string("Move on to ") + PhaseName(Phase::NeedsFears);
  float y = w.ui.Centre(moveOn).y;
  w.ui.Click("Reflected back by");
  w.ui.Click(b2.name);
  REQUIRE(w.OnDisk().stories.back().reflectedById == b2.id);
  CHECK(w.ui.Centre(moveOn).y == y);
  w.ui.Click("Restatement");  // opening the field for what they said back moves nothing either
  CHECK(w.ui.Centre(moveOn).y == y);
}

TEST_CASE("Escape leaves the form without throwing away the story being typed") {
  StoriesWindow w;
  w.ui.Click("Summary");
  w.ui.Type("Half a story");
  w.ui.Press(key::Escape);
  CHECK(w.Live().Draft({.kind = DraftKind::Story, .session = w.app.sessionId}) == "Half a story");
  CHECK_FALSE(w.app.stories.summaryActive);
  w.ui.Click("Themes");
  w.ui.Type("half a theme");
  w.ui.Press(key::Escape);
  CHECK(w.app.stories.themeText == "half a theme");
}

TEST_CASE("stories of earlier sessions stay in the list; This session shows the session's own") {
  StoriesWindow w;
  REQUIRE_FALSE(w.Live().stories.empty());  // the demo's, all told in its earlier sessions
  CHECK(w.ui.Count("Story summary") > 0);
  w.ui.Click("This session");
  CHECK(w.ui.Count("Story summary") == 0);

  w.StartStory(w.Present(0, 0), "Told of the mine's last shift.");
  w.ui.Click("Save story (Ctrl+Enter)");
  CHECK(w.ui.Count("Story summary") == 1);
  w.ui.Click("All sessions");
  CHECK(w.ui.Count("Story summary") > 1);
}

TEST_CASE("a recorded story is corrected and tagged in the list") {
  StoriesWindow w;
  w.StartStory(w.Present(1, 0), "Lost the fish farm.");
  w.ui.Click("Themes");
  w.ui.Type("water");
  w.ui.Press(key::Enter);
  w.ui.Click("Save story (Ctrl+Enter)");
  Model disk;
  REQUIRE(w.StoriesOnDisk(&disk).size() == 1);
  Id story = w.StoriesOnDisk(&disk).front().id;
  CHECK(ThemesOf(disk, story) == std::vector<std::string>{"water"});

  SUBCASE("the summary opens as a field on a click") {
    w.ui.Click("Story summary");
    w.ui.Press('A', /*ctrl=*/true);
    w.ui.Type("Lost the fish farm his grandfather dug.");
    CHECK(w.StoriesOnDisk(&disk).front().summary == "Lost the fish farm his grandfather dug.");
  }
  SUBCASE("a theme is removed with its x and another added with Enter") {
    w.ui.Click("Remove theme");
    w.StoriesOnDisk(&disk);
    CHECK(ThemesOf(disk, story).empty());
    w.ui.Click("Add theme");
    w.ui.Type("livelihood");
    w.ui.Press(key::Enter);
    w.StoriesOnDisk(&disk);
    CHECK(ThemesOf(disk, story) == std::vector<std::string>{"livelihood"});
  }
  SUBCASE("removing the story, then Ctrl+Z brings it back") {
    w.ui.Click("Remove story");
    CHECK(w.StoriesOnDisk(&disk).empty());
    w.ui.Press('Z', /*ctrl=*/true);
    CHECK(w.StoriesOnDisk(&disk).size() == 1);
  }
}


TEST_CASE("a story's themes and the story itself are added by Enter on the keypad as by Enter") {
  StoriesWindow w;
  Participant a1 = w.Present(0, 0);
  w.Queue(a1);
  w.ui.Press(kF6);
  w.ui.Type("Her orchard flooded twice; the insurers blamed the mine.");
  w.ui.Press(key::Tab);
  w.ui.Type("land");
  w.ui.Press(key::KeyPadEnter);
  w.ui.Type("loss");
  w.ui.Press(key::KeyPadEnter);
  w.ui.Press(key::KeyPadEnter, /*ctrl=*/true);  // save
  Model disk;
  std::vector<Story> stories = w.StoriesOnDisk(&disk);
  REQUIRE(stories.size() == 1);
  CHECK(stories[0].summary == "Her orchard flooded twice; the insurers blamed the mine.");
  CHECK(ThemesOf(disk, stories[0].id) == std::vector<std::string>{"land", "loss"});
}

}  // namespace parley::test

namespace parley::test {

namespace {

// The lines the text field being typed in shows: ImGui 1.86's field breaks them only where
// its text holds a line break.
int FieldLines() {
  const ImGuiInputTextState& field = GImGui->InputTextState;
  REQUIRE(field.ID == GImGui->ActiveId);
  int lines = 1;
  for (int i = 0; i < field.CurLenW; ++i) lines += field.TextW[i] == '\n';
  return lines;
}

}  // namespace

TEST_CASE("a story's summary wraps at the field's width while it is typed, and is kept as typed") {
  StoriesWindow w;
  const std::string summary =
      "Her family left the valley when the dam was built, and she came back thirty years later to find "
      "the orchard under water and the village school turned into a storehouse for the company.";
  w.StartStory(w.Present(0, 0), summary);
  // The whole text wraps in the form's summary field, and more text typed wraps anew.
  CHECK(FieldLines() >= 3);
  w.ui.Type(" Nobody asked her.");
  CHECK(FieldLines() >= 3);
  w.ui.Press(key::Enter, /*ctrl=*/true);  // save
  Model disk;
  std::vector<Story> stories = w.StoriesOnDisk(&disk);
  REQUIRE(stories.size() == 1);
  CHECK(stories[0].summary == summary + " Nobody asked her.");  // spaces, not line breaks

  SUBCASE("opened in the list, the summary wraps too, and an edit in its middle is kept whole") {
    w.ui.Click("Story summary");
    CHECK(FieldLines() >= 3);
    w.ui.Press(key::Home, /*ctrl=*/true);
    w.ui.Type("Asked twice: ");
    CHECK(w.StoriesOnDisk(&disk).front().summary == "Asked twice: " + summary + " Nobody asked her.");
  }
}

}  // namespace parley::test
