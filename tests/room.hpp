#pragma once
// The room the core tests of the phases work in (test_ground_rules.cpp, test_stories.cpp,
// test_phases.cpp, test_needs_fears.cpp, test_options.cpp): a new workshop with a few
// participants on a clock only the test moves, shortcuts for what those tests add, and the
// record written out as text, so that "nothing changed" and "undo brought it back" are one
// CHECK each.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "core/common/error.hpp"
#include "core/method/phase_checks.hpp"
#include "core/model/model.hpp"
#include "core/store/workshop.hpp"
#include "temp_dir.hpp"
#include "workshop_probe.hpp"

namespace parley::test {

// A new workshop, dir.File("room.parley") (parties 1 "First party" and 2 "Second party",
// session 1 dated 2026-10-12), with `inA` participants of the first party (a1, a2, a3) and
// `inB` of the second (b1, b2), added in that order and all present in session 1, on a clock
// that only the test moves. At most three of the first party and two of the second: more are
// not added.
struct Room {
  static constexpr Id kPartyA = 1, kPartyB = 2;
  // 2026-10-12T09:00:00Z, the morning of a first workshop day.
  static std::chrono::system_clock::time_point Morning() {
    return std::chrono::system_clock::from_time_t(1791795600);
  }

  TempDir dir;
  std::chrono::system_clock::time_point now = Morning();
  std::unique_ptr<Workshop> workshop;
  Id session = 1;
  Id a1 = 0, a2 = 0, a3 = 0, b1 = 0, b2 = 0;

  explicit Room(int inA = 2, int inB = 2) {
    workshop = Workshop::Create(dir.File("room.parley"), "Room", "2026-10-12");
    UseTestClock();
    for (Id* id : {&a1, &a2, &a3})
      if (inA-- > 0) *id = W().AddParticipant(kPartyA);
    for (Id* id : {&b1, &b2})
      if (inB-- > 0) *id = W().AddParticipant(kPartyB);
    REQUIRE(M().CountPresent(session) == int(M().participants.size()));
  }
  Room(const Room&) = delete;
  Room& operator=(const Room&) = delete;

  Workshop& W() { return *workshop; }
  const Model& M() const { return workshop->Model(); }
  // The test clock's time in milliseconds since 1970, as turns record it.
  int64_t NowMs() const {
    return std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
  }
  void UseTestClock() {
    workshop->SetClock([this] { return now; });
  }
  // Closes the workshop and opens the file again, on the same clock.
  void Reopen() {
    parley::test::Reopen(workshop);
    UseTestClock();
  }
  // The warnings of `phase` in `inSession` (0: the room's session).
  std::vector<std::string> Warnings(Phase phase, Id inSession = 0) const {
    return PhaseWarnings(M(), inSession ? inSession : session, phase);
  }

  // Stories: the speaking queue and the floor.
  void Queue(Id inSession, std::initializer_list<Id> participants) {
    for (Id p : participants) W().QueueSpeaker(inSession, p);
  }
  void Queue(std::initializer_list<Id> participants) { Queue(session, participants); }
  // The participants waiting in `inSession`, in speaking order.
  std::vector<Id> Waiting(Id inSession) const {
    std::vector<Id> ids;
    for (const QueueEntry& e : M().queue)
      if (e.sessionId == inSession) ids.push_back(e.participantId);
    return ids;
  }
  std::vector<Id> Waiting() const { return Waiting(session); }
  Id EntryOf(Id participant) const {
    for (const QueueEntry& e : M().queue)
      if (e.sessionId == session && e.participantId == participant) return e.id;
    return 0;
  }
  // Lets `participant`, alone in the queue, hold the floor of `inSession` for `ms`, then closes it.
  void Speak(Id inSession, Id participant, int64_t ms) {
    W().QueueSpeaker(inSession, participant);
    W().NextSpeaker(inSession);
    now += std::chrono::milliseconds(ms);
    W().NextSpeaker(inSession);
  }

  // Needs and fears, and options.
  Id Need(Id party, const std::string& text, Id category = 0) {
    return W().AddConcern(session, party, ConcernKind::Need, text, category);
  }
  Id Fear(Id party, const std::string& text, Id category = 0) {
    return W().AddConcern(session, party, ConcernKind::Fear, text, category);
  }
  Id Propose(const std::string& text) { return W().AddOption(session, text, 0); }  // unattributed

  // The concern `id` (the test fails, rather than crash, when there is none).
  const Concern& ConcernOf(Id id) const {
    const Concern* concern = M().FindConcern(id);
    REQUIRE_MESSAGE(concern != nullptr, "no concern " << id);
    return *concern;
  }
  // The option `id` (the test fails, rather than crash, when there is none).
  const Option& OptionOf(Id id) const {
    const Option* option = M().FindOption(id);
    REQUIRE_MESSAGE(option != nullptr, "no option " << id);
    return *option;
  }
  // The concerns of `party`, most important first.
  std::vector<Id> Priorities(Id party) const {
    std::vector<Id> ids;
    for (const Concern& c : M().concerns)
      if (c.partyId == party) ids.push_back(c.id);
    return ids;
  }

  // Checks that `refused` throws parley::Error with advice, saying what stands in the way in the
  // facilitator's terms (not a failure of SQLite's), and changes neither the record, nor the
  // undo history, nor the file (as a reopen reads it).
  void CheckRefused(const std::function<void(Workshop&)>& refused);
};

// What Dump leaves out and the tests of the phases are about: the rules and consents, the
// queue, turns, stories and their themes, the matrix settings, categories, concerns and who
// else holds them, clusters, options, scores, constraints and steps.
inline std::string Record(const Model& m) {
  std::ostringstream out;
  out << Dump(m) << "rules revision|" << m.info.rulesRevision << "\n";
  for (const Rule& r : m.rules)
    out << "rule|" << r.id << "|" << r.position << "|" << r.text << "\n";
  for (const Consent& c : m.consents)
    out << "consent|" << c.id << "|" << c.sessionId << "|" << c.participantId << "|" << c.agreedAt
        << "|" << c.rulesRevision << "|" << c.note << "\n";
  for (const QueueEntry& q : m.queue)
    out << "queue|" << q.id << "|" << q.sessionId << "|" << q.participantId << "|" << q.position
        << "\n";
  for (const Turn& t : m.turns)
    out << "turn|" << t.id << "|" << t.sessionId << "|" << t.participantId << "|" << t.startedAt
        << "|" << t.heldMs << "|" << t.runningSinceMs << "\n";
  for (const Story& s : m.stories)
    out << "story|" << s.id << "|" << s.sessionId << "|" << s.tellerId << "|" << s.summary << "|"
        << s.reflectedById << "|" << s.restatement << "\n";
  for (const StoryTheme& t : m.themes)
    out << "theme|" << t.id << "|" << t.storyId << "|" << t.theme << "\n";
  out << "matrix top|" << m.info.matrixTop << "|record proposer|" << m.info.recordProposer << "\n";
  for (const Category& c : m.categories)
    out << "category|" << c.id << "|" << c.position << "|" << c.name << "\n";
  for (const Concern& c : m.concerns)
    out << "concern|" << c.id << "|" << c.sessionId << "|" << c.partyId << "|" << int(c.kind) << "|"
        << c.text << "|" << c.statedPosition << "|" << c.categoryId << "|" << c.position << "|"
        << c.storyId << "|" << c.notes << "|" << c.acknowledged << "|" << c.restatement << "|"
        << c.inMatrix << "\n";
  for (const ConcernHolder& h : m.holders)
    out << "holder|" << h.id << "|" << h.concernId << "|" << h.partyId << "\n";
  for (const Cluster& c : m.clusters)
    out << "cluster|" << c.id << "|" << c.position << "|" << c.name << "\n";
  for (const Option& o : m.options)
    out << "option|" << o.id << "|" << o.sessionId << "|" << o.position << "|" << o.text << "|"
        << o.clusterId << "|" << o.proposedByPartyId << "|" << o.mergedIntoId << "\n";
  for (const Score& s : m.scores)
    out << "score|" << s.id << "|" << s.optionId << "|" << s.concernId << "|" << s.value << "|"
        << s.note << "\n";
  for (const Constraint& c : m.constraints)
    out << "constraint|" << c.id << "|" << c.optionId << "|" << c.partyId << "|" << int(c.kind)
        << "|" << c.text << "\n";
  for (const Step& s : m.steps)
    out << "step|" << s.id << "|" << s.optionId << "|" << s.sessionId << "|" << s.text << "|"
        << s.whoParticipantId << "|" << s.whoPartyId << "|" << s.due << "|" << int(s.status)
        << "\n";
  return out.str();
}

inline void Room::CheckRefused(const std::function<void(Workshop&)>& refused) {
  std::string before = Record(M());
  std::string undoLabel = W().UndoLabel();
  try {
    refused(W());
    FAIL("the edit was not refused");
  } catch (const Error& e) {
    std::string what = e.what();
    INFO("what: " << what << "\nadvice: " << e.Advice());
    CHECK_FALSE(e.Advice().empty());
    CHECK_MESSAGE(what.find("SQLite") == std::string::npos,
                  "refused by the database, not by a rule of Parley's that explains why");
  }
  CHECK(Record(M()) == before);
  CHECK(W().UndoLabel() == undoLabel);
  Reopen();
  CHECK(Record(M()) == before);
  CHECK(W().UndoLabel() == undoLabel);
}

// One edit for the undo tables of the tests of the phases.
struct EditCase {
  const char* name;
  std::function<void(Room&)> prepare;  // edits before the one under test
  std::function<void(Room&)> edit;
};

// Checks, in `room` (a fresh one), that `c.edit` changes the record, that undo and redo take it
// back and forth, and that the change and the history are in the file: they survive a reopen.
inline void CheckUndoRedo(const EditCase& c, Room&& room = Room()) {
  if (c.prepare) c.prepare(room);
  std::string before = Record(room.M());
  c.edit(room);
  std::string after = Record(room.M());
  REQUIRE(after != before);
  REQUIRE(room.W().CanUndo());
  std::string label = room.W().UndoLabel();
  CHECK_FALSE(label.empty());

  room.Reopen();  // the edit reached the file
  CHECK(Record(room.M()) == after);
  CHECK(room.W().UndoLabel() == label);
  room.W().Undo();
  CHECK(Record(room.M()) == before);
  CHECK(room.W().RedoLabel() == label);
  room.W().Redo();
  CHECK(Record(room.M()) == after);

  room.W().Undo();
  room.Reopen();
  CHECK(Record(room.M()) == before);
  CHECK(room.W().RedoLabel() == label);
  room.W().Redo();
  CHECK(Record(room.M()) == after);
  room.Reopen();
  CHECK(Record(room.M()) == after);
}

// The newest entry of the session log (the test fails, rather than crash, when there is none).
inline const LogEntry& LastLog(Workshop& w) {
  REQUIRE_FALSE(w.SessionLog().empty());
  return w.SessionLog().back();
}

// `list` on one line, for a failure message.
inline std::string Join(const std::vector<std::string>& list) {
  std::string text;
  for (const std::string& item : list) text += (text.empty() ? "" : " | ") + item;
  return text;
}

}  // namespace parley::test
