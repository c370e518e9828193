// Workshop: the speaking queue, the speaker timer and the stories.
#include <algorithm>

#include "core/common/clock.hpp"
#include "core/common/error.hpp"
#include "core/common/text.hpp"
#include "core/store/workshop.hpp"
#include "core/store/workshop_order.hpp"

namespace parley {

namespace {

int64_t UnixMs(std::chrono::system_clock::time_point t) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

// Stops the clock of `turn`, adding the time since it last started to what it held.
void StopClock(db::Connection& db, const Turn& turn, int64_t nowMs) {
  db::Statement(db, "UPDATE turn SET held_ms = held_ms + ?, running_since_ms = 0 WHERE id = ?")
      .Bind(1, std::max<int64_t>(0, nowMs - turn.runningSinceMs)).Bind(2, turn.id).Run();
}

}  // namespace

void Workshop::QueueSpeaker(Id session, Id participant) {
  if (!m_model.FindSession(session) || !m_model.FindParticipant(participant)) return;
  int64_t position = 0;
  for (const QueueEntry& e : m_model.queue)
    if (e.sessionId == session) position = std::max(position, e.position);
  Edit("add to speaking queue", "", [&](db::Connection& db) {
    db::Statement(db, "INSERT OR IGNORE INTO speaking_queue (session_id, participant_id, position) VALUES (?, ?, ?)")
        .Bind(1, session).Bind(2, participant).Bind(3, position + 1).Run();
  });
}

void Workshop::Unqueue(Id entry) {
  Edit("remove from speaking queue", "", [&](db::Connection& db) {
    db::Statement(db, "DELETE FROM speaking_queue WHERE id = ?").Bind(1, entry).Run();
  });
}

void Workshop::MoveInQueue(Id entry, int delta) {
  auto it = std::find_if(m_model.queue.begin(), m_model.queue.end(), [&](const QueueEntry& e) { return e.id == entry; });
  if (it == m_model.queue.end()) return;
  Id session = it->sessionId;
  std::vector<Id> order;
  for (const QueueEntry& e : m_model.queue)
    if (e.sessionId == session) order.push_back(e.id);
  order = Reordered(order, entry, delta, [](Id) { return true; });
  if (order.empty()) return;
  Edit("reorder speaking queue", "", [&](db::Connection& db) { WriteOrder(db, "speaking_queue", m_model.queue, order); });
}

void Workshop::SetQueueOrder(Id session, const std::vector<Id>& participants) {
  std::vector<Id> order;
  for (Id participant : participants)
    for (const QueueEntry& e : m_model.queue)
      if (e.sessionId == session && e.participantId == participant) order.push_back(e.id);
  Edit("reorder speaking queue", "", [&](db::Connection& db) { WriteOrder(db, "speaking_queue", m_model.queue, order); });
}

void Workshop::NextSpeaker(Id session) {
  const Turn* current = m_model.CurrentTurn(session);
  const QueueEntry* next = nullptr;
  for (const QueueEntry& e : m_model.queue)
    if (e.sessionId == session) {
      next = &e;
      break;
    }
  if (!current && !next) return;
  int64_t nowMs = UnixMs(Now());
  Edit("next speaker", "", [&](db::Connection& db) {
    if (current) {
      if (current->runningSinceMs != 0) StopClock(db, *current, nowMs);
      db::Statement(db, "UPDATE turn SET ended = 1 WHERE id = ?").Bind(1, current->id).Run();
    }
    if (!next) {
      Log(db, session, "floor", "The floor is closed.");
      return;
    }
    db::Statement(db, "DELETE FROM speaking_queue WHERE id = ?").Bind(1, next->id).Run();
    db::Statement(db, "INSERT INTO turn (session_id, participant_id, started_at, held_ms, running_since_ms) "
                      "VALUES (?, ?, ?, 0, ?)")
        .Bind(1, session).Bind(2, next->participantId).Bind(3, IsoTime(Now())).Bind(4, nowMs).Run();
    Log(db, session, "floor", NameOf(next->participantId) + " has the floor.");
  });
}

void Workshop::PauseTimer(Id session) {
  const Turn* running = m_model.RunningTurn(session);
  if (!running) return;
  int64_t nowMs = UnixMs(Now());
  Edit("pause speaker timer", "", [&](db::Connection& db) { StopClock(db, *running, nowMs); });
}

void Workshop::ResumeTimer(Id session) {
  const Turn* turn = m_model.CurrentTurn(session);
  if (!turn || turn->runningSinceMs != 0) return;
  int64_t nowMs = UnixMs(Now());
  Edit("resume speaker timer", "", [&](db::Connection& db) {
    db::Statement(db, "UPDATE turn SET running_since_ms = ? WHERE id = ?").Bind(1, nowMs).Bind(2, turn->id).Run();
  });
}

Id Workshop::AddStory(Id session, Id teller, const std::string& summary,
                      const std::vector<std::string>& themes) {
  if (!m_model.FindSession(session)) throw Error("No session is in use.", "Start or choose a session first.");
  if (!m_model.FindParticipant(teller)) throw Error("The story has no teller.", "Choose who told it.");
  Id id = 0;
  Edit("add story", "", [&](db::Connection& db) {
    db::Statement(db, "INSERT INTO story (session_id, teller_id, summary) VALUES (?, ?, ?)")
        .Bind(1, session).Bind(2, teller).Bind(3, summary).Run();
    id = db.LastInsertId();
    EnterDraft(db, {.kind = DraftKind::Story, .session = session});
    db::Statement insert(db, "INSERT OR IGNORE INTO story_theme (story_id, theme) VALUES (?, ?)");
    for (const std::string& theme : themes)
      if (std::string tidy = Trim(theme); !tidy.empty()) insert.Bind(1, id).Bind(2, tidy).Run();
  });
  return id;
}

void Workshop::RemoveStory(Id story) {
  Edit("remove story", "", [&](db::Connection& db) {
    // A concern that came from the story stays, without the link.
    db::Statement(db, "UPDATE concern SET story_id = NULL WHERE story_id = ?").Bind(1, story).Run();
    db::Statement(db, "DELETE FROM story_theme WHERE story_id = ?").Bind(1, story).Run();
    db::Statement(db, "DELETE FROM story WHERE id = ?").Bind(1, story).Run();
  });
}

void Workshop::SetReflectedBy(Id story, Id participant) {
  auto it = std::find_if(m_model.stories.begin(), m_model.stories.end(), [&](const Story& s) { return s.id == story; });
  if (it == m_model.stories.end()) return;
  if (participant != 0) {
    const Participant* teller = m_model.FindParticipant(it->tellerId);
    const Participant* reflector = m_model.FindParticipant(participant);
    if (!reflector) return;
    if (teller && teller->partyId == reflector->partyId)
      throw Error(NameOf(participant) + " is of the same party as the teller.",
                  "A story is reflected back by someone from another party.");
  }
  Edit("set who reflected the story", "", [&](db::Connection& db) {
    db::Statement(db, "UPDATE story SET reflected_by_id = NULLIF(?, 0) WHERE id = ?").Bind(1, participant).Bind(2, story).Run();
  });
}

void Workshop::AddTheme(Id story, const std::string& theme) {
  std::string tidy = Trim(theme);
  if (tidy.empty()) return;
  Edit("tag story", "", [&](db::Connection& db) {
    db::Statement(db, "INSERT OR IGNORE INTO story_theme (story_id, theme) VALUES (?, ?)").Bind(1, story).Bind(2, tidy).Run();
  });
}

void Workshop::RemoveTheme(Id theme) {
  Edit("remove story tag", "", [&](db::Connection& db) {
    db::Statement(db, "DELETE FROM story_theme WHERE id = ?").Bind(1, theme).Run();
  });
}

}  // namespace parley
