// The phase stepper: the status of each phase in a session, moving on (with the warnings the
// facilitator overrode and why), and notes in the session log. The warnings of each phase are
// tested in that phase's file.
//
// Sections: [status] SetPhaseStatus and ShownStatus  [move] MoveOn  [notes] AddLogNote
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

#include "core/method/phase_checks.hpp"
#include "core/store/workshop.hpp"
#include "room.hpp"
#include "temp_dir.hpp"
#include "workshop_probe.hpp"

using namespace parley;
using namespace parley::test;
using namespace std::chrono_literals;

namespace {

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
  Room room(2, 1);

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
  Room room(2, 1);

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
  Room room(2, 1);

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
