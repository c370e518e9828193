// The stories phase: a speaking order that alternates between the parties, the warnings for a
// lopsided queue, floor time per turn and per party, the queue edits, the stories with their
// themes and who reflected them back, the phase's warnings, undo of each, and what
// RemoveParticipant then refuses.
//
// Sections: [order] ProposeSpeakingOrder  [imbalance] QueueImbalance  [floor] turns and time
//           [queue] queue edits  [stories]  [warnings] PhaseWarnings  [undo]
//           [record] RemoveParticipant
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

#include "core/common/error.hpp"
#include "core/method/speaking_order.hpp"
#include "core/store/workshop.hpp"
#include "room.hpp"
#include "temp_dir.hpp"
#include "workshop_probe.hpp"

using namespace parley;
using namespace parley::test;
using namespace std::chrono_literals;

namespace {

constexpr int64_t Minutes(int64_t n) { return n * 60 * 1000; }

const Turn& LastTurn(const Model& m) {
  REQUIRE_FALSE(m.turns.empty());
  return m.turns.back();
}

const Story* FindStory(const Model& m, Id id) {
  for (const Story& s : m.stories)
    if (s.id == id) return &s;
  return nullptr;
}

// The story `id` (the test fails, rather than crash, when there is none).
const Story& StoryOf(const Model& m, Id id) {
  const Story* story = FindStory(m, id);
  REQUIRE(story != nullptr);
  return *story;
}

std::vector<std::string> ThemesOf(const Model& m, Id story) {
  std::vector<std::string> themes;
  for (const StoryTheme& t : m.themes)
    if (t.storyId == story) themes.push_back(t.theme);
  return themes;
}

Id ThemeId(const Model& m, Id story, const std::string& theme) {
  for (const StoryTheme& t : m.themes)
    if (t.storyId == story && t.theme == theme) return t.id;
  return 0;
}

}  // namespace

// [order] -------------------------------------------------------------------------------------

TEST_CASE("ProposeSpeakingOrder alternates between the parties") {
  Room room(3, 2);

  SUBCASE("two parties: A A A B B becomes A B A B A, each party keeping its own order") {
    room.Queue({room.a1, room.a2, room.a3, room.b1, room.b2});
    CHECK(ProposeSpeakingOrder(room.M(), room.session) ==
          std::vector<Id>{room.a1, room.b1, room.a2, room.b2, room.a3});
  }

  SUBCASE("the order within a party is the queue's, not the list's") {
    room.Queue({room.a3, room.b2, room.a1, room.b1});
    CHECK(ProposeSpeakingOrder(room.M(), room.session) ==
          std::vector<Id>{room.a3, room.b2, room.a1, room.b1});
  }

  SUBCASE("three parties take places in turn") {
    Id third = room.W().AddParty();
    Id c1 = room.W().AddParticipant(third);
    Id c2 = room.W().AddParticipant(third);
    room.Queue({room.a1, room.a2, c1, c2, room.b1});
    CHECK(ProposeSpeakingOrder(room.M(), room.session) ==
          std::vector<Id>{room.a1, room.b1, c1, room.a2, c2});
  }

  SUBCASE("with equal places and no floor time yet, the earlier party goes first") {
    room.Queue({room.b1, room.a1});
    CHECK(ProposeSpeakingOrder(room.M(), room.session) == std::vector<Id>{room.a1, room.b1});
  }

  SUBCASE("a tie goes to the party that has held the floor less in the whole workshop") {
    room.Speak(room.session, room.a1, Minutes(5));  // the first party held the floor on day 1
    Id day2 = room.W().AddSession("2026-10-13", "Day 2");
    room.Queue(day2, {room.a2, room.b1, room.a3, room.b2});
    CHECK(ProposeSpeakingOrder(room.M(), day2) == std::vector<Id>{room.b1, room.a2, room.b2, room.a3});
  }

  SUBCASE("the turn at the floor right now counts for its party") {
    // The usual moment to order the queue: someone is speaking and others put their hands up.
    room.Queue({room.a1});
    room.W().NextSpeaker(room.session);
    room.now += 5min;
    room.Queue({room.a2, room.b1});
    REQUIRE(room.M().RunningTurn(room.session) != nullptr);
    CHECK_MESSAGE((ProposeSpeakingOrder(room.M(), room.session) == std::vector<Id>{room.b1, room.a2}),
                  "the first party has held the floor for 5 minutes and still holds it, the second "
                  "not at all, yet the proposal gives the first party the next place");
  }

  SUBCASE("a queue that alternates already is kept, though the other party has held the floor less") {
    room.Speak(room.session, room.b1, Minutes(5));
    Id day2 = room.W().AddSession("2026-10-13", "Day 2");
    room.Queue(day2, {room.b1, room.a1, room.b2});
    CHECK(ProposeSpeakingOrder(room.M(), day2) == std::vector<Id>{room.b1, room.a1, room.b2});
  }

  SUBCASE("the party with more waiting is not left to speak twice at the end") {
    room.Speak(room.session, room.a1, Minutes(5));  // the second party has held the floor less
    Id day2 = room.W().AddSession("2026-10-13", "Day 2");
    room.Queue(day2, {room.a1, room.a2, room.a3, room.b1, room.b2});
    CHECK(ProposeSpeakingOrder(room.M(), day2) == std::vector<Id>{room.a1, room.b1, room.a2, room.b2, room.a3});
  }

  SUBCASE("an empty queue proposes nothing") {
    CHECK(ProposeSpeakingOrder(room.M(), room.session).empty());
  }
}

// [imbalance] ---------------------------------------------------------------------------------

TEST_CASE("QueueImbalance says how the queue is lopsided") {
  Room room(3, 2);

  SUBCASE("a balanced queue: nothing to say") {
    room.Queue({room.a1, room.b1, room.a2, room.b2});
    CHECK(QueueImbalance(room.M(), room.session).empty());
  }

  SUBCASE("an empty queue: nothing to say") { CHECK(QueueImbalance(room.M(), room.session).empty()); }

  SUBCASE("counts that differ by more than one") {
    room.Queue({room.b1, room.a1, room.a2, room.a3});
    CHECK(QueueImbalance(room.M(), room.session) ==
          std::vector<std::string>{"3 waiting from First party, 1 from Second party"});
  }

  SUBCASE("a party present with nobody waiting counts as zero") {
    room.Queue({room.b1, room.b2});
    CHECK(QueueImbalance(room.M(), room.session) ==
          std::vector<std::string>{"2 waiting from Second party, 0 from First party"});
  }

  SUBCASE("a difference of one is not lopsided") {
    room.Queue({room.b1, room.a1, room.a2});
    CHECK(QueueImbalance(room.M(), room.session).empty());
  }

  SUBCASE("a party with nobody present is left out") {
    room.W().AddParty();  // no members, so nobody of it is present
    room.Queue({room.a1, room.b1, room.a2, room.b2});
    CHECK(QueueImbalance(room.M(), room.session).empty());
  }

  SUBCASE("three parties present: the most waiting against the fewest") {
    Id third = room.W().AddParty();
    Id c1 = room.W().AddParticipant(third);
    room.W().AddParticipant(third);
    room.Queue({room.a1, room.b1, room.a2, c1, room.a3});
    CHECK(QueueImbalance(room.M(), room.session) ==
          std::vector<std::string>{"3 waiting from First party, 1 from Second party"});
  }

  SUBCASE("the same party twice in a row while another party still waits") {
    room.Queue({room.a1, room.a2, room.b1});
    CHECK(QueueImbalance(room.M(), room.session) ==
          std::vector<std::string>{"First party speaks twice in a row while another party waits"});
  }

  SUBCASE("the same party twice in a row at the end, when no other party waits, is fine") {
    room.Queue({room.b1, room.a1, room.a2});
    CHECK(QueueImbalance(room.M(), room.session).empty());
  }

  SUBCASE("both problems at once") {
    room.Queue({room.a1, room.a2, room.a3, room.b1});
    std::vector<std::string> problems = QueueImbalance(room.M(), room.session);
    INFO("problems: " << Join(problems));
    REQUIRE(problems.size() == 2);
    CHECK(problems[0] == "3 waiting from First party, 1 from Second party");
    CHECK(problems[1] == "First party speaks twice in a row while another party waits");
  }
}

// [floor] -------------------------------------------------------------------------------------

TEST_CASE("Turns at the floor and floor time") {
  Room room(3, 2);
  const int64_t start = room.NowMs();

  SUBCASE("NextSpeaker gives the floor to the first in the queue and starts their clock, logged") {
    room.Queue({room.a1, room.b1});
    room.W().NextSpeaker(room.session);
    const Turn& turn = LastTurn(room.M());
    CHECK(turn.participantId == room.a1);
    CHECK(turn.sessionId == room.session);
    CHECK(turn.startedAt == "2026-10-12T09:00:00Z");
    CHECK(turn.heldMs == 0);
    CHECK(turn.runningSinceMs == start);
    CHECK(room.M().RunningTurn(room.session) == &turn);
    CHECK(room.Waiting() == std::vector<Id>{room.b1});
    CHECK(LastLog(room.W()).kind == "floor");
    CHECK(LastLog(room.W()).text.find("Participant A1") != std::string::npos);
  }

  SUBCASE("NextSpeaker ends the turn at the floor, counting its time, and starts the next") {
    room.Queue({room.a1, room.b1});
    room.W().NextSpeaker(room.session);
    room.now += 4min;
    room.W().NextSpeaker(room.session);
    REQUIRE(room.M().turns.size() == 2);
    CHECK(room.M().turns[0].heldMs == Minutes(4));
    CHECK(room.M().turns[0].runningSinceMs == 0);
    CHECK(room.M().turns[1].participantId == room.b1);
    CHECK(room.M().turns[1].runningSinceMs == start + Minutes(4));
    CHECK(room.Waiting().empty());
  }

  SUBCASE("NextSpeaker with nobody waiting closes the floor, logged") {
    room.Queue({room.a1});
    room.W().NextSpeaker(room.session);
    room.now += 3min;
    room.W().NextSpeaker(room.session);
    CHECK(room.M().RunningTurn(room.session) == nullptr);
    CHECK(LastTurn(room.M()).heldMs == Minutes(3));
    CHECK(LastLog(room.W()).kind == "floor");
    CHECK(LastLog(room.W()).text == "The floor is closed.");
  }

  SUBCASE("NextSpeaker with nobody at the floor and nobody waiting does nothing") {
    size_t logged = room.W().SessionLog().size();
    std::string undoLabel = room.W().UndoLabel();
    room.W().NextSpeaker(room.session);
    CHECK(room.M().turns.empty());
    CHECK(room.W().SessionLog().size() == logged);
    CHECK(room.W().UndoLabel() == undoLabel);
  }

  SUBCASE("time while paused is not counted") {
    room.Queue({room.a1, room.b1});
    room.W().NextSpeaker(room.session);
    room.now += 2min;
    room.W().PauseTimer(room.session);
    CHECK(LastTurn(room.M()).heldMs == Minutes(2));
    CHECK(LastTurn(room.M()).runningSinceMs == 0);
    CHECK(room.M().RunningTurn(room.session) == nullptr);
    room.now += 10min;
    CHECK(TurnMs(LastTurn(room.M()), room.NowMs()) == Minutes(2));
    room.W().ResumeTimer(room.session);
    CHECK(LastTurn(room.M()).runningSinceMs == room.NowMs());
    room.now += 3min;
    room.W().NextSpeaker(room.session);
    REQUIRE(room.M().turns.size() == 2);
    CHECK(room.M().turns[0].heldMs == Minutes(5));
  }

  SUBCASE("pausing twice or resuming a running clock changes nothing") {
    room.Queue({room.a1});
    room.W().NextSpeaker(room.session);
    room.now += 1min;
    room.W().ResumeTimer(room.session);
    CHECK(LastTurn(room.M()).runningSinceMs == start);
    room.W().PauseTimer(room.session);
    room.now += 1min;
    room.W().PauseTimer(room.session);
    CHECK(LastTurn(room.M()).heldMs == Minutes(1));
  }

  SUBCASE("a running clock counts up to nowMs") {
    room.Queue({room.a1});
    room.W().NextSpeaker(room.session);
    const Turn& turn = LastTurn(room.M());
    CHECK(TurnMs(turn, start + Minutes(7)) == Minutes(7));
    CHECK(TurnMs(turn, start - 1000) == 0);  // a clock set back never counts backwards
    CHECK(FloorTimeByParty(room.M(), room.session, start + Minutes(7)) == std::vector<int64_t>{Minutes(7), 0});
    CHECK(FloorTimeByParty(room.M(), 0, start + Minutes(7)) == std::vector<int64_t>{Minutes(7), 0});
  }

  SUBCASE("FloorTimeByParty counts one session, or the whole workshop for session 0") {
    room.Speak(room.session, room.a1, Minutes(3));
    room.Speak(room.session, room.b1, Minutes(2));
    room.Speak(room.session, room.a2, Minutes(4));
    Id day2 = room.W().AddSession("2026-10-13", "Day 2");
    room.Speak(day2, room.b2, Minutes(6));
    room.Speak(day2, room.a1, Minutes(1));
    int64_t now = room.NowMs();
    CHECK(FloorTimeByParty(room.M(), room.session, now) == std::vector<int64_t>{Minutes(7), Minutes(2)});
    CHECK(FloorTimeByParty(room.M(), day2, now) == std::vector<int64_t>{Minutes(1), Minutes(6)});
    CHECK(FloorTimeByParty(room.M(), 0, now) == std::vector<int64_t>{Minutes(8), Minutes(8)});
  }

  SUBCASE("floor time is in the file") {
    room.Queue({room.a1, room.b1});
    room.W().NextSpeaker(room.session);
    room.now += 4min + 30s;
    room.W().NextSpeaker(room.session);  // b1's clock runs on
    room.Reopen();
    REQUIRE(room.M().turns.size() == 2);
    CHECK(room.M().turns[0].heldMs == Minutes(4) + 30'000);
    CHECK(room.M().turns[0].runningSinceMs == 0);
    CHECK(room.M().turns[1].runningSinceMs == start + Minutes(4) + 30'000);
    room.now += 2min;
    room.W().NextSpeaker(room.session);
    CHECK(room.M().turns[1].heldMs == Minutes(2));
    room.workshop.reset();
    RawDb raw(room.dir.File("room.parley"));
    CHECK(raw.Int("SELECT sum(held_ms) FROM turn") == Minutes(6) + 30'000);
  }
}

TEST_CASE("the floor closes") {
  Room room;
  room.W().QueueSpeaker(room.session, room.a1);
  room.W().NextSpeaker(room.session);
  room.now += 3min;
  room.W().PauseTimer(room.session);
  room.now += 10min;
  REQUIRE(room.M().turns.size() == 1);
  const Id turn = room.M().turns.front().id;
  const int64_t held = 3 * 60 * 1000;

  room.W().NextSpeaker(room.session);  // the paused turn ends; nobody is waiting

  SUBCASE("NextSpeaker on a paused turn with nobody waiting ends it, keeping its time") {
    REQUIRE(room.M().turns.size() == 1);
    const Turn& t = room.M().turns.front();
    CHECK(t.id == turn);
    CHECK(t.ended);
    CHECK(t.heldMs == held);
    CHECK(t.runningSinceMs == 0);
    CHECK(room.M().CurrentTurn(room.session) == nullptr);
    CHECK(room.M().RunningTurn(room.session) == nullptr);
    room.Reopen();
    CHECK(room.M().turns.front().ended);
    CHECK(room.M().turns.front().heldMs == held);
    CHECK(room.M().CurrentTurn(room.session) == nullptr);
  }

  SUBCASE("ResumeTimer after the floor closed does nothing") {
    std::string undoLabel = room.W().UndoLabel();
    size_t logged = room.W().SessionLog().size();
    room.now += 1min;
    room.W().ResumeTimer(room.session);
    CHECK(room.M().CurrentTurn(room.session) == nullptr);
    CHECK(room.M().RunningTurn(room.session) == nullptr);
    CHECK(room.M().turns.front().runningSinceMs == 0);
    CHECK(room.M().turns.front().heldMs == held);
    CHECK(room.W().UndoLabel() == undoLabel);
    CHECK(room.W().SessionLog().size() == logged);
  }

  SUBCASE("the next in the queue gets a new turn, the ended one stays ended") {
    room.W().QueueSpeaker(room.session, room.b1);
    room.W().NextSpeaker(room.session);
    REQUIRE(room.M().turns.size() == 2);
    CHECK(room.M().turns.front().ended);
    CHECK(room.M().turns.front().heldMs == held);
    REQUIRE(room.M().CurrentTurn(room.session) != nullptr);
    CHECK(room.M().CurrentTurn(room.session)->participantId == room.b1);
  }

  SUBCASE("undo opens the floor again, paused as it was") {
    room.W().Undo();
    REQUIRE(room.M().CurrentTurn(room.session) != nullptr);
    CHECK(room.M().CurrentTurn(room.session)->id == turn);
    CHECK_FALSE(room.M().CurrentTurn(room.session)->ended);
    CHECK(room.M().CurrentTurn(room.session)->runningSinceMs == 0);
    room.W().ResumeTimer(room.session);
    CHECK(room.M().RunningTurn(room.session) != nullptr);
  }
}

// [queue] -------------------------------------------------------------------------------------

TEST_CASE("Editing the speaking queue") {
  Room room(3, 2);

  SUBCASE("QueueSpeaker adds at the end and ignores someone already waiting") {
    room.Queue({room.a1, room.b1});
    std::string undoLabel = room.W().UndoLabel();
    std::string before = Record(room.M());
    room.W().QueueSpeaker(room.session, room.a1);
    CHECK(room.Waiting() == std::vector<Id>{room.a1, room.b1});
    CHECK(Record(room.M()) == before);
    CHECK(room.W().UndoLabel() == undoLabel);
    room.W().QueueSpeaker(room.session, room.a2);
    CHECK(room.Waiting() == std::vector<Id>{room.a1, room.b1, room.a2});
    room.Reopen();
    CHECK(room.Waiting() == std::vector<Id>{room.a1, room.b1, room.a2});
  }

  SUBCASE("each session has its own queue") {
    Id day2 = room.W().AddSession("2026-10-13", "Day 2");
    room.Queue({room.a1});
    room.Queue(day2, {room.b1, room.a1});
    CHECK(room.Waiting() == std::vector<Id>{room.a1});
    CHECK(room.Waiting(day2) == std::vector<Id>{room.b1, room.a1});
  }

  SUBCASE("Unqueue removes one place") {
    room.Queue({room.a1, room.b1, room.a2});
    room.W().Unqueue(room.EntryOf(room.b1));
    CHECK(room.Waiting() == std::vector<Id>{room.a1, room.a2});
    room.Reopen();
    CHECK(room.Waiting() == std::vector<Id>{room.a1, room.a2});
  }

  SUBCASE("MoveInQueue swaps a place with its neighbour") {
    room.Queue({room.a1, room.a2, room.b1});
    room.W().MoveInQueue(room.EntryOf(room.b1), -1);
    CHECK(room.Waiting() == std::vector<Id>{room.a1, room.b1, room.a2});
    room.W().MoveInQueue(room.EntryOf(room.a1), +1);
    CHECK(room.Waiting() == std::vector<Id>{room.b1, room.a1, room.a2});
    room.Reopen();
    CHECK(room.Waiting() == std::vector<Id>{room.b1, room.a1, room.a2});
  }

  SUBCASE("MoveInQueue past either end changes nothing") {
    room.Queue({room.a1, room.b1});
    std::string before = Record(room.M());
    room.W().MoveInQueue(room.EntryOf(room.a1), -1);
    room.W().MoveInQueue(room.EntryOf(room.b1), +1);
    CHECK(Record(room.M()) == before);
  }

  SUBCASE("SetQueueOrder puts the queue in the proposed order") {
    room.Queue({room.a1, room.a2, room.a3, room.b1, room.b2});
    std::vector<Id> proposal = ProposeSpeakingOrder(room.M(), room.session);
    room.W().SetQueueOrder(room.session, proposal);
    CHECK(room.Waiting() == proposal);
    CHECK(QueueImbalance(room.M(), room.session).empty());
    room.Reopen();
    CHECK(room.Waiting() == proposal);
  }

  SUBCASE("the next speaker is the first in the reordered queue") {
    room.Queue({room.a1, room.a2, room.b1});
    room.W().SetQueueOrder(room.session, {room.b1, room.a1, room.a2});
    room.W().NextSpeaker(room.session);
    CHECK(LastTurn(room.M()).participantId == room.b1);
  }
}

// [stories] -----------------------------------------------------------------------------------

TEST_CASE("Stories") {
  Room room(3, 2);
  const std::string summary = "Her orchard flooded the spring the dam gave way; the pears are still unsold.";

  SUBCASE("AddStory keeps the summary and the themes, trimmed and without duplicates") {
    Id story = room.W().AddStory(room.session, room.b1, summary, {" livelihood ", "water", "livelihood", "", "  "});
    const Story* s = FindStory(room.M(), story);
    REQUIRE(s != nullptr);
    CHECK(s->sessionId == room.session);
    CHECK(s->tellerId == room.b1);
    CHECK(s->summary == summary);
    CHECK(s->reflectedById == 0);
    CHECK(ThemesOf(room.M(), story) == std::vector<std::string>{"livelihood", "water"});
    room.Reopen();
    CHECK(StoryOf(room.M(), story).summary == summary);
    CHECK(ThemesOf(room.M(), story) == std::vector<std::string>{"livelihood", "water"});
  }

  SUBCASE("AddStory without a session or a teller is refused, changing nothing") {
    std::string before = Record(room.M());
    CHECK_THROWS_AS(room.W().AddStory(42, room.b1, summary, {}), Error);
    CHECK_THROWS_AS(room.W().AddStory(room.session, 42, summary, {}), Error);
    CHECK(Record(room.M()) == before);
  }

  SUBCASE("AddTheme tags a story, trimmed; a tag it already has is no edit") {
    Id story = room.W().AddStory(room.session, room.b1, summary, {"water"});
    room.W().AddTheme(story, "  trust ");
    CHECK(ThemesOf(room.M(), story) == std::vector<std::string>{"water", "trust"});
    std::string undoLabel = room.W().UndoLabel();
    room.W().AddTheme(story, "water");
    room.W().AddTheme(story, "   ");
    CHECK(ThemesOf(room.M(), story) == std::vector<std::string>{"water", "trust"});
    CHECK(room.W().UndoLabel() == undoLabel);
  }

  SUBCASE("RemoveTheme removes one tag") {
    Id story = room.W().AddStory(room.session, room.b1, summary, {"water", "trust"});
    room.W().RemoveTheme(ThemeId(room.M(), story, "water"));
    CHECK(ThemesOf(room.M(), story) == std::vector<std::string>{"trust"});
    room.Reopen();
    CHECK(ThemesOf(room.M(), story) == std::vector<std::string>{"trust"});
  }

  SUBCASE("SetReflectedBy refuses someone of the teller's party, changing nothing") {
    Id story = room.W().AddStory(room.session, room.b1, summary, {});
    std::string before = Record(room.M());
    std::string undoLabel = room.W().UndoLabel();
    CHECK_THROWS_AS(room.W().SetReflectedBy(story, room.b2), Error);
    CHECK_THROWS_AS(room.W().SetReflectedBy(story, room.b1), Error);  // nor the teller
    CHECK(Record(room.M()) == before);
    CHECK(room.W().UndoLabel() == undoLabel);
    room.Reopen();
    CHECK(StoryOf(room.M(), story).reflectedById == 0);
  }

  SUBCASE("SetReflectedBy accepts someone of another party, and 0 clears it") {
    Id story = room.W().AddStory(room.session, room.b1, summary, {});
    room.W().SetReflectedBy(story, room.a2);
    CHECK(StoryOf(room.M(), story).reflectedById == room.a2);
    room.Reopen();
    CHECK(StoryOf(room.M(), story).reflectedById == room.a2);
    room.W().SetReflectedBy(story, 0);
    CHECK(StoryOf(room.M(), story).reflectedById == 0);
  }

  SUBCASE("SetText edits the summary and the restatement") {
    Id story = room.W().AddStory(room.session, room.b1, summary, {});
    room.W().SetText(Field::StorySummary, story, "Her orchard flooded.");
    room.W().SetText(Field::StoryRestatement, story, "I heard that the flood took her harvest.");
    room.Reopen();
    CHECK(StoryOf(room.M(), story).summary == "Her orchard flooded.");
    CHECK(StoryOf(room.M(), story).restatement == "I heard that the flood took her harvest.");
  }

  SUBCASE("RemoveStory removes the story and its themes, and leaves the others") {
    Id kept = room.W().AddStory(room.session, room.a1, "His shift was cut.", {"livelihood"});
    Id story = room.W().AddStory(room.session, room.b1, summary, {"water", "trust"});
    room.W().RemoveStory(story);
    CHECK(FindStory(room.M(), story) == nullptr);
    CHECK(ThemesOf(room.M(), story).empty());
    CHECK(ThemesOf(room.M(), kept) == std::vector<std::string>{"livelihood"});
    room.Reopen();
    CHECK(FindStory(room.M(), story) == nullptr);
    CHECK(room.M().themes.size() == 1);
  }
}

// [warnings] ----------------------------------------------------------------------------------

TEST_CASE("Phase warnings for the stories") {
  Room room(2, 1);

  SUBCASE("count those present who have not told their story") {
    room.W().AddStory(room.session, room.b1, "Her orchard flooded.", {"water"});
    CHECK(room.Warnings(Phase::Stories) ==
          std::vector<std::string>{"2 participants present have not told their story yet"});
    room.W().AddStory(room.session, room.a2, "His shift was cut.", {"livelihood"});
    CHECK(room.Warnings(Phase::Stories) ==
          std::vector<std::string>{"1 participant present has not told their story yet"});
  }

  SUBCASE("a lopsided queue") {
    for (Id p : {room.a1, room.a2, room.b1}) room.W().AddStory(room.session, p, "A story.", {});
    room.W().QueueSpeaker(room.session, room.a1);
    room.W().QueueSpeaker(room.session, room.a2);
    std::vector<std::string> expected;
    for (const std::string& problem : QueueImbalance(room.M(), room.session)) expected.push_back("Queue: " + problem);
    REQUIRE_FALSE(expected.empty());
    CHECK(room.Warnings(Phase::Stories) == expected);
  }

  SUBCASE("everyone present told a story and the queue is balanced: no warning") {
    for (Id p : {room.a1, room.a2, room.b1}) room.W().AddStory(room.session, p, "A story.", {});
    room.W().QueueSpeaker(room.session, room.a1);
    room.W().QueueSpeaker(room.session, room.b1);
    CHECK(room.Warnings(Phase::Stories).empty());
  }
}

// [undo] --------------------------------------------------------------------------------------

namespace {

Id FirstStory(const Room& r) { return r.M().stories.front().id; }

const std::vector<EditCase>& EditCases() {
  auto story = [](Room& r) { r.W().AddStory(r.session, r.b1, "The clinic saw twice the rashes.", {"health", "children"}); };
  auto speaking = [](Room& r) {
    r.Queue({r.a1, r.b1});
    r.W().NextSpeaker(r.session);
    r.now += 3min;
  };
  static const std::vector<EditCase> cases = {
      {"QueueSpeaker", {}, [](Room& r) { r.W().QueueSpeaker(r.session, r.a1); }},
      {"Unqueue", [](Room& r) { r.Queue({r.a1, r.b1}); }, [](Room& r) { r.W().Unqueue(r.EntryOf(r.a1)); }},
      {"MoveInQueue", [](Room& r) { r.Queue({r.a1, r.a2, r.b1}); },
       [](Room& r) { r.W().MoveInQueue(r.EntryOf(r.b1), -1); }},
      {"SetQueueOrder", [](Room& r) { r.Queue({r.a1, r.a2, r.a3, r.b1, r.b2}); },
       [](Room& r) { r.W().SetQueueOrder(r.session, ProposeSpeakingOrder(r.M(), r.session)); }},
      {"NextSpeaker opening the floor", [](Room& r) { r.Queue({r.a1, r.b1}); },
       [](Room& r) { r.W().NextSpeaker(r.session); }},
      {"NextSpeaker passing the floor", speaking, [](Room& r) { r.W().NextSpeaker(r.session); }},
      {"NextSpeaker closing the floor",
       [speaking](Room& r) {
         speaking(r);
         r.W().NextSpeaker(r.session);
         r.now += 2min;
       },
       [](Room& r) { r.W().NextSpeaker(r.session); }},
      {"PauseTimer", speaking, [](Room& r) { r.W().PauseTimer(r.session); }},
      {"ResumeTimer",
       [speaking](Room& r) {
         speaking(r);
         r.W().PauseTimer(r.session);
         r.now += 5min;
       },
       [](Room& r) { r.W().ResumeTimer(r.session); }},
      {"AddStory", {}, story},
      {"RemoveStory", story, [](Room& r) { r.W().RemoveStory(FirstStory(r)); }},
      {"SetReflectedBy", story, [](Room& r) { r.W().SetReflectedBy(FirstStory(r), r.a3); }},
      {"SetReflectedBy nobody",
       [story](Room& r) {
         story(r);
         r.W().SetReflectedBy(FirstStory(r), r.a3);
       },
       [](Room& r) { r.W().SetReflectedBy(FirstStory(r), 0); }},
      {"AddTheme", story, [](Room& r) { r.W().AddTheme(FirstStory(r), "water"); }},
      {"RemoveTheme", story, [](Room& r) { r.W().RemoveTheme(ThemeId(r.M(), FirstStory(r), "health")); }},
      {"SetText(StorySummary)", story,
       [](Room& r) { r.W().SetText(Field::StorySummary, FirstStory(r), "Rashes at the clinic."); }},
      {"SetText(StoryRestatement)", story,
       [](Room& r) { r.W().SetText(Field::StoryRestatement, FirstStory(r), "You saw the children fall ill."); }},
  };
  return cases;
}

}  // namespace

TEST_CASE("Undo and redo of every queue, floor and story edit, also after reopening") {
  for (const EditCase& c : EditCases()) {
    SUBCASE(c.name) {
      CheckUndoRedo(c, Room(3, 2));
    }
  }
}

// [record] ------------------------------------------------------------------------------------

TEST_CASE("RemoveParticipant is refused once the participant is part of the record") {
  Room room(3, 2);
  auto checkRefused = [&](Id participant) {
    std::string before = Record(room.M());
    std::string undoLabel = room.W().UndoLabel();
    CHECK_THROWS_AS(room.W().RemoveParticipant(participant), Error);
    CHECK(Record(room.M()) == before);
    CHECK(room.W().UndoLabel() == undoLabel);
    room.Reopen();
    CHECK(room.M().FindParticipant(participant) != nullptr);
  };

  SUBCASE("with a consent") {
    room.W().SetConsent(room.session, room.a1, true);
    checkRefused(room.a1);
  }

  SUBCASE("with a turn at the floor") {
    room.Speak(room.session, room.a1, Minutes(1));
    checkRefused(room.a1);
  }

  SUBCASE("with a story told") {
    room.W().AddStory(room.session, room.a1, "His shift was cut.", {});
    checkRefused(room.a1);
  }

  SUBCASE("with a story reflected back") {
    Id story = room.W().AddStory(room.session, room.b1, "Her orchard flooded.", {});
    room.W().SetReflectedBy(story, room.a1);
    checkRefused(room.a1);
  }

  SUBCASE("but someone only waiting in the queue is removed with their place") {
    room.Queue({room.a1, room.b1});
    room.W().RemoveParticipant(room.a1);
    CHECK(room.M().FindParticipant(room.a1) == nullptr);
    CHECK(room.Waiting() == std::vector<Id>{room.b1});
    room.Reopen();
    CHECK(room.Waiting() == std::vector<Id>{room.b1});
  }
}

TEST_CASE("QueueImbalance names every party present with no one waiting") {
  Room room(3, 2);
  Id third = room.W().AddParty();
  room.W().SetText(Field::PartyName, third, "Third party");
  room.W().AddParticipant(third);
  room.Queue({room.a1, room.a2, room.a3});
  CHECK(QueueImbalance(room.M(), room.session) ==
        std::vector<std::string>{"3 waiting from First party, 0 from Second party or Third party"});

  SUBCASE("one party with no one waiting is named alone, as before") {
    room.Queue({room.b1});
    CHECK(QueueImbalance(room.M(), room.session).front() == "3 waiting from First party, 0 from Third party");
  }
}
