// The phase stepper: the status of each phase in a session, moving on (with the warnings the
// facilitator overrode and why), notes in the session log, the warnings of the ground rules and
// stories phases, and the demo workshop's record of them.
//
// Sections: [status] SetPhaseStatus and ShownStatus  [move] MoveOn  [notes] AddLogNote
//           [warnings] PhaseWarnings  [demo] the demo workshop
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iterator>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/store/demo.hpp"
#include "core/method/phase_checks.hpp"
#include "core/method/speaking_order.hpp"
#include "core/store/workshop.hpp"
#include "temp_dir.hpp"
#include "workshop_probe.hpp"

using namespace parley;
using namespace parley::test;
using Clock = std::chrono::system_clock;
using namespace std::chrono_literals;

namespace {

// 2026-10-12T09:00:00Z, the morning of a first workshop day.
const Clock::time_point kMorning = Clock::from_time_t(1791795600);

// A new workshop (parties 1 "First party" and 2 "Second party", session 1, the standard rules)
// with a1 and a2 of the first party and b1 of the second, all present in session 1, on a clock
// that only the test moves.
struct Room {
  TempDir dir;
  Clock::time_point now = kMorning;
  std::unique_ptr<Workshop> workshop;
  Id session = 1;
  Id a1 = 0, a2 = 0, b1 = 0;

  Room() {
    workshop = Workshop::Create(dir.File("phases.parley"), "Phases", "2026-10-12");
    UseTestClock();
    a1 = W().AddParticipant(1);
    a2 = W().AddParticipant(1);
    b1 = W().AddParticipant(2);
    REQUIRE(M().CountPresent(session) == 3);
  }
  Room(const Room&) = delete;
  Room& operator=(const Room&) = delete;

  Workshop& W() { return *workshop; }
  const Model& M() const { return workshop->Model(); }
  void UseTestClock() {
    workshop->SetClock([this] { return now; });
  }
  void Reopen() {
    parley::test::Reopen(workshop);
    UseTestClock();
  }
  std::vector<std::string> Warnings(Phase phase, Id inSession = 0) const {
    return PhaseWarnings(M(), inSession ? inSession : session, phase);
  }
};

// The newest entry of the session log (the test fails, rather than crash, when there is none).
const LogEntry& LastLog(Workshop& w) {
  REQUIRE_FALSE(w.SessionLog().empty());
  return w.SessionLog().back();
}

std::string Join(const std::vector<std::string>& list) {
  std::string text;
  for (const std::string& item : list) text += (text.empty() ? "" : " | ") + item;
  return text;
}

// The log entries after the first `from`.
std::vector<LogEntry> LogSince(Workshop& w, size_t from) {
  const std::vector<LogEntry>& log = w.SessionLog();
  return std::vector<LogEntry>(log.begin() + long(std::min(from, log.size())), log.end());
}

const LogEntry* FindLog(const std::vector<LogEntry>& log, const std::string& kind) {
  for (const LogEntry& e : log)
    if (e.kind == kind) return &e;
  return nullptr;
}

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

// [status] ------------------------------------------------------------------------------------

TEST_CASE("The status of a phase in a session") {
  Room room;

  SUBCASE("a phase nobody has touched is not started") {
    for (int p = 0; p < kPhaseCount; ++p) CHECK(ShownStatus(room.M(), room.session, Phase(p)) == PhaseStatus::NotStarted);
    CHECK(ShownStatus(room.M(), 42, Phase::GroundRules) == PhaseStatus::NotStarted);
  }

  SUBCASE("SetPhaseStatus sets one phase of one session, logged") {
    Id day2 = room.W().AddSession("2026-10-13", "Day 2");
    room.now += 20min;
    room.W().SetPhaseStatus(room.session, Phase::Stories, PhaseStatus::InProgress);
    CHECK(ShownStatus(room.M(), room.session, Phase::Stories) == PhaseStatus::InProgress);
    CHECK(ShownStatus(room.M(), room.session, Phase::GroundRules) == PhaseStatus::NotStarted);
    CHECK(ShownStatus(room.M(), day2, Phase::Stories) == PhaseStatus::NotStarted);
    const LogEntry& entry = LastLog(room.W());
    CHECK(entry.kind == "phase");
    CHECK(entry.sessionId == room.session);
    CHECK(entry.at == "2026-10-12T09:20:00Z");
    CHECK(entry.text == "Stories marked in progress.");
    room.Reopen();
    CHECK(ShownStatus(room.M(), room.session, Phase::Stories) == PhaseStatus::InProgress);
    CHECK(ShownStatus(room.M(), day2, Phase::Stories) == PhaseStatus::NotStarted);
  }

  SUBCASE("setting it again replaces the status") {
    room.W().SetPhaseStatus(room.session, Phase::Stories, PhaseStatus::InProgress);
    room.W().SetPhaseStatus(room.session, Phase::Stories, PhaseStatus::Done);
    CHECK(ShownStatus(room.M(), room.session, Phase::Stories) == PhaseStatus::Done);
    CHECK(room.M().progress.size() == 1);
    room.W().SetPhaseStatus(room.session, Phase::Stories, PhaseStatus::NotStarted);
    CHECK(ShownStatus(room.M(), room.session, Phase::Stories) == PhaseStatus::NotStarted);
  }

  SUBCASE("undo brings the earlier status back and keeps the log entry") {
    room.W().SetPhaseStatus(room.session, Phase::GroundRules, PhaseStatus::Done);
    size_t logged = room.W().SessionLog().size();
    room.W().Undo();
    CHECK(ShownStatus(room.M(), room.session, Phase::GroundRules) == PhaseStatus::NotStarted);
    CHECK(room.W().SessionLog().size() == logged + 1);
    CHECK(room.W().SessionLog()[logged - 1].kind == "phase");
    room.W().Redo();
    CHECK(ShownStatus(room.M(), room.session, Phase::GroundRules) == PhaseStatus::Done);
  }

  SUBCASE("a phase nobody set shows in progress once the session has a record of it") {
    room.W().SetConsent(room.session, room.a1, true);
    CHECK(ShownStatus(room.M(), room.session, Phase::GroundRules) == PhaseStatus::InProgress);
    CHECK(ShownStatus(room.M(), room.session, Phase::Stories) == PhaseStatus::NotStarted);
    room.W().AddStory(room.session, room.b1, "Her orchard flooded.", {});
    CHECK(ShownStatus(room.M(), room.session, Phase::Stories) == PhaseStatus::InProgress);
    Id day2 = room.W().AddSession("2026-10-13", "Day 2");
    CHECK(ShownStatus(room.M(), day2, Phase::GroundRules) == PhaseStatus::NotStarted);
    CHECK(ShownStatus(room.M(), day2, Phase::Stories) == PhaseStatus::NotStarted);
  }

  SUBCASE("what the facilitators set wins over the record") {
    room.W().SetConsent(room.session, room.a1, true);
    room.W().SetPhaseStatus(room.session, Phase::GroundRules, PhaseStatus::Done);
    CHECK(ShownStatus(room.M(), room.session, Phase::GroundRules) == PhaseStatus::Done);
    room.W().SetPhaseStatus(room.session, Phase::GroundRules, PhaseStatus::NotStarted);
    CHECK(ShownStatus(room.M(), room.session, Phase::GroundRules) == PhaseStatus::NotStarted);
  }

  SUBCASE("SetPhaseStatus of a session that does not exist changes nothing") {
    size_t logged = room.W().SessionLog().size();
    room.W().SetPhaseStatus(42, Phase::Stories, PhaseStatus::Done);
    CHECK(room.M().progress.empty());
    CHECK(room.W().SessionLog().size() == logged);
  }
}

// [move] --------------------------------------------------------------------------------------

TEST_CASE("MoveOn") {
  Room room;

  SUBCASE("marks the phase left done and the next in progress, logged as a phase entry") {
    room.W().SetPhaseStatus(room.session, Phase::GroundRules, PhaseStatus::InProgress);
    size_t logged = room.W().SessionLog().size();
    room.now += 45min;
    room.W().MoveOn(room.session, Phase::GroundRules, Phase::Stories, {}, "");
    CHECK(ShownStatus(room.M(), room.session, Phase::GroundRules) == PhaseStatus::Done);
    CHECK(ShownStatus(room.M(), room.session, Phase::Stories) == PhaseStatus::InProgress);
    std::vector<LogEntry> added = LogSince(room.W(), logged);
    REQUIRE(added.size() == 1);
    CHECK(added[0].kind == "phase");
    CHECK(added[0].sessionId == room.session);
    CHECK(added[0].at == "2026-10-12T09:45:00Z");
    CHECK(Contains(added[0].text, "Ground rules"));
    CHECK(Contains(added[0].text, "Stories"));
    room.Reopen();
    CHECK(ShownStatus(room.M(), room.session, Phase::GroundRules) == PhaseStatus::Done);
    CHECK(ShownStatus(room.M(), room.session, Phase::Stories) == PhaseStatus::InProgress);
  }

  SUBCASE("despite warnings, logs an override with each warning and the reason") {
    room.W().SetConsent(room.session, room.a1, true);
    std::vector<std::string> warnings = room.Warnings(Phase::GroundRules);
    REQUIRE(warnings.size() == 1);
    warnings.push_back("1 participant agreed to an earlier wording of the rules");
    const std::string reason = "Both will agree after the break; the group asked to begin.";
    size_t logged = room.W().SessionLog().size();
    room.W().MoveOn(room.session, Phase::GroundRules, Phase::Stories, warnings, reason);
    std::vector<LogEntry> added = LogSince(room.W(), logged);
    const LogEntry* overrideEntry = FindLog(added, "override");
    REQUIRE(overrideEntry != nullptr);
    CHECK(overrideEntry->sessionId == room.session);
    CHECK(overrideEntry->at == "2026-10-12T09:00:00Z");
    for (const std::string& warning : warnings) CHECK(Contains(overrideEntry->text, warning));
    CHECK(Contains(overrideEntry->text, reason));
    CHECK(FindLog(added, "phase") != nullptr);
    CHECK(ShownStatus(room.M(), room.session, Phase::Stories) == PhaseStatus::InProgress);
  }

  SUBCASE("an override without a reason says that none was given") {
    room.W().MoveOn(room.session, Phase::GroundRules, Phase::Stories, {"No ground rules are written down"}, "");
    const LogEntry* overrideEntry = FindLog(room.W().SessionLog(), "override");
    REQUIRE(overrideEntry != nullptr);
    CHECK(Contains(overrideEntry->text, "No ground rules are written down"));
    CHECK(Contains(overrideEntry->text, "none given"));
  }

  SUBCASE("undo puts both statuses back and keeps the log entries") {
    room.W().SetPhaseStatus(room.session, Phase::GroundRules, PhaseStatus::InProgress);
    room.W().MoveOn(room.session, Phase::GroundRules, Phase::Stories, {"a warning"}, "a reason");
    std::vector<LogEntry> before = room.W().SessionLog();
    room.W().Undo();
    CHECK(ShownStatus(room.M(), room.session, Phase::GroundRules) == PhaseStatus::InProgress);
    CHECK(ShownStatus(room.M(), room.session, Phase::Stories) == PhaseStatus::NotStarted);
    CHECK(room.W().SessionLog().size() == before.size() + 1);
    CHECK(FindLog(room.W().SessionLog(), "override") != nullptr);
  }
}

// [notes] -------------------------------------------------------------------------------------

TEST_CASE("Notes in the session log") {
  Room room;

  SUBCASE("AddLogNote writes a note entry at the clock's time") {
    room.now += 90min;
    room.W().AddLogNote(room.session, "Coffee break moved up: interpreters need a rest.");
    const LogEntry& entry = LastLog(room.W());
    CHECK(entry.kind == "note");
    CHECK(entry.sessionId == room.session);
    CHECK(entry.at == "2026-10-12T10:30:00Z");
    CHECK(entry.text == "Coffee break moved up: interpreters need a rest.");
    room.Reopen();
    CHECK(LastLog(room.W()).text == "Coffee break moved up: interpreters need a rest.");
  }

  SUBCASE("a note about the whole workshop has session 0") {
    room.W().AddLogNote(0, "Venue confirmed for the spring.");
    CHECK(LastLog(room.W()).sessionId == 0);
    room.Reopen();
    CHECK(LastLog(room.W()).sessionId == 0);
  }

  SUBCASE("a note is no undo step: undo takes back the edit before it, and the note stays") {
    room.W().SetPhaseStatus(room.session, Phase::GroundRules, PhaseStatus::InProgress);
    std::string undoLabel = room.W().UndoLabel();
    room.W().AddLogNote(room.session, "Started late.");
    CHECK(room.W().UndoLabel() == undoLabel);
    CHECK_FALSE(room.W().CanRedo());
    room.W().Undo();
    CHECK(ShownStatus(room.M(), room.session, Phase::GroundRules) == PhaseStatus::NotStarted);
    CHECK(FindLog(room.W().SessionLog(), "note") != nullptr);
  }

  SUBCASE("a note leaves what could be redone") {
    room.W().SetPhaseStatus(room.session, Phase::GroundRules, PhaseStatus::InProgress);
    room.W().Undo();
    std::string redoLabel = room.W().RedoLabel();
    REQUIRE(room.W().CanRedo());
    room.W().AddLogNote(room.session, "Started late.");
    CHECK(room.W().RedoLabel() == redoLabel);
  }

  SUBCASE("a note in a new workshop leaves nothing to undo") {
    TempDir dir;
    auto fresh = Workshop::Create(dir.File("fresh.parley"), "Fresh", "2026-10-12");
    REQUIRE_FALSE(fresh->CanUndo());
    fresh->AddLogNote(1, "Started late.");
    CHECK_FALSE(fresh->CanUndo());
    CHECK(fresh->SessionLog().size() == 1);
  }

  SUBCASE("an empty note writes nothing") {
    size_t logged = room.W().SessionLog().size();
    room.W().AddLogNote(room.session, "");
    CHECK(room.W().SessionLog().size() == logged);
  }
}

// [warnings] ----------------------------------------------------------------------------------

TEST_CASE("Phase warnings for the ground rules") {
  Room room;

  SUBCASE("count those present who have not agreed") {
    room.W().SetConsent(room.session, room.a1, true);
    CHECK(room.Warnings(Phase::GroundRules) ==
          std::vector<std::string>{"2 participants present have not agreed to the ground rules"});
    room.W().SetConsent(room.session, room.b1, true);
    CHECK(room.Warnings(Phase::GroundRules) ==
          std::vector<std::string>{"1 participant present has not agreed to the ground rules"});
  }

  SUBCASE("everyone present agreed: no warning") {
    room.W().SetAttendance(room.session, room.a2, false);
    room.W().SetConsent(room.session, room.a1, true);
    room.W().SetConsent(room.session, room.b1, true);
    CHECK(room.Warnings(Phase::GroundRules).empty());
  }

  SUBCASE("consent in an earlier session does not count for this one") {
    for (Id p : {room.a1, room.a2, room.b1}) room.W().SetConsent(room.session, p, true);
    Id day2 = room.W().AddSession("2026-10-13", "Day 2");
    CHECK(room.Warnings(Phase::GroundRules, day2) ==
          std::vector<std::string>{"3 participants present have not agreed to the ground rules"});
  }

  SUBCASE("no rules written down") {
    for (Id p : {room.a1, room.a2, room.b1}) room.W().SetConsent(room.session, p, true);
    std::vector<Id> rules;
    for (const Rule& r : room.M().rules) rules.push_back(r.id);
    for (Id r : rules) room.W().RemoveRule(r);
    std::vector<std::string> warnings = room.Warnings(Phase::GroundRules);
    INFO("warnings: " << Join(warnings));
    CHECK(std::find(warnings.begin(), warnings.end(), "No ground rules are written down") != warnings.end());
  }
}

TEST_CASE("Phase warnings for the stories") {
  Room room;

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

// [demo] --------------------------------------------------------------------------------------

TEST_CASE("The demo workshop has a record of the ground rules and stories phases") {
  TempDir dir;
  auto demo = CreateFreshDemo(dir.File("demo.parley"));
  const Model& m = demo->Model();
  const Id day1 = 1, day2 = 2;
  REQUIRE(m.FindSession(day1) != nullptr);
  REQUIRE(m.FindSession(day2) != nullptr);
  auto partyOf = [&](Id participant) { return m.FindParticipant(participant)->partyId; };

  SUBCASE("seven ground rules, at their second wording") {
    CHECK(m.rules.size() == 7);
    CHECK(m.info.rulesRevision == 2);
  }

  SUBCASE("on day 1 everyone agreed, one of them to an earlier wording, and one consent has a note") {
    for (const Participant& p : m.participants) {
      CAPTURE(p.name);
      CHECK(m.FindConsent(day1, p.id) != nullptr);
    }
    CHECK(PhaseWarnings(m, day1, Phase::GroundRules) ==
          std::vector<std::string>{"1 participant agreed to an earlier wording of the rules"});
    CHECK(std::any_of(m.consents.begin(), m.consents.end(), [](const Consent& c) { return !c.note.empty(); }));
  }

  SUBCASE("on day 2 two of those present have not agreed yet") {
    CHECK(PhaseWarnings(m, day2, Phase::GroundRules) ==
          std::vector<std::string>{"2 participants present have not agreed to the ground rules"});
  }

  SUBCASE("day 1 has both phases done, day 2 both in progress") {
    CHECK(ShownStatus(m, day1, Phase::GroundRules) == PhaseStatus::Done);
    CHECK(ShownStatus(m, day1, Phase::Stories) == PhaseStatus::Done);
    CHECK(ShownStatus(m, day2, Phase::GroundRules) == PhaseStatus::InProgress);
    CHECK(ShownStatus(m, day2, Phase::Stories) == PhaseStatus::InProgress);
  }

  SUBCASE("the log has entries of every kind the facilitators meet, dated on their session's day") {
    std::set<std::string> kinds;
    for (const LogEntry& e : demo->SessionLog()) {
      kinds.insert(e.kind);
      if (const Session* s = m.FindSession(e.sessionId)) {
        CAPTURE(e.text);
        CHECK(e.at.rfind(s->date + "T", 0) == 0);
      }
    }
    CHECK(demo->SessionLog().size() >= 12);
    for (const char* kind : {"phase", "consent", "override", "floor", "note"}) {
      CAPTURE(kind);
      CHECK(kinds.count(kind) == 1);
    }
  }

  SUBCASE("on day 1 every participant held the floor for 3 to 9 minutes and told a story") {
    for (const Participant& p : m.participants) {
      CAPTURE(p.name);
      auto turn = std::find_if(m.turns.begin(), m.turns.end(),
                               [&](const Turn& t) { return t.sessionId == day1 && t.participantId == p.id; });
      REQUIRE(turn != m.turns.end());
      CHECK(turn->heldMs >= 3 * 60'000);
      CHECK(turn->heldMs <= 9 * 60'000);
      CHECK(turn->runningSinceMs == 0);
      CHECK(std::any_of(m.stories.begin(), m.stories.end(),
                        [&](const Story& s) { return s.sessionId == day1 && s.tellerId == p.id; }));
    }
    std::vector<int64_t> floor = FloorTimeByParty(m, day1, 0);
    REQUIRE(floor.size() == 2);
    CHECK(floor[0] != floor[1]);
    CHECK(std::abs(floor[0] - floor[1]) * 10 < std::max(floor[0], floor[1]));  // within 10%
  }

  SUBCASE("stories share themes across the parties, and about half were reflected back") {
    std::set<std::string> themesOf[2];
    int reflected = 0;
    for (const Story& s : m.stories) {
      CAPTURE(s.summary);
      CHECK(std::any_of(m.themes.begin(), m.themes.end(), [&](const StoryTheme& t) { return t.storyId == s.id; }));
      for (const StoryTheme& t : m.themes)
        if (t.storyId == s.id) themesOf[partyOf(s.tellerId) == 1 ? 0 : 1].insert(t.theme);
      if (s.reflectedById != 0) {
        ++reflected;
        CHECK(partyOf(s.reflectedById) != partyOf(s.tellerId));
        CHECK_FALSE(s.restatement.empty());
      }
    }
    std::vector<std::string> shared;
    std::set_intersection(themesOf[0].begin(), themesOf[0].end(), themesOf[1].begin(), themesOf[1].end(),
                          std::back_inserter(shared));
    CHECK(shared.size() >= 3);
    CHECK(reflected * 2 >= int(m.stories.size()) - 2);
    CHECK(reflected * 2 <= int(m.stories.size()) + 2);
  }

  SUBCASE("story summaries and restatements name no participant") {
    for (const Story& s : m.stories)
      for (const Participant& p : m.participants) {
        std::string firstName = p.name.substr(0, p.name.find(' '));
        CAPTURE(s.summary);
        CHECK(s.summary.find(firstName) == std::string::npos);
        CHECK(s.restatement.find(firstName) == std::string::npos);
      }
  }

  SUBCASE("three present participants wait to speak on day 2") {
    std::vector<Id> waiting;
    for (const QueueEntry& e : m.queue)
      if (e.sessionId == day2) waiting.push_back(e.participantId);
    CHECK(waiting.size() == 3);
    for (Id p : waiting) CHECK(m.Attends(day2, p));
    CHECK(QueueImbalance(m, day2).empty());
  }
}
