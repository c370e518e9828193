// The open workshop's own state beside its edits: the session log, the clock, durability.
#include "core/store/workshop.hpp"

#include "core/common/clock.hpp"
#include "core/store/model_loader.hpp"
#include "core/store/workshop_impl.hpp"

namespace parley {

using Clock = std::chrono::system_clock;

Workshop::Workshop(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Workshop::~Workshop() = default;

const std::vector<LogEntry>& Workshop::SessionLog() {
  if (!m_logRead) {
    LoadLogTail(m_impl->db, m_log, m_model.scripts);
    m_logRead = true;
  }
  return m_log;
}

void Workshop::SetDurable(bool durable) {
  m_impl->db.Exec(durable ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = OFF");
}

bool Workshop::CheckpointWhenIdle() {
  if (!m_impl->db.Sealed() || !m_lastWrite || m_checkpointed == m_lastWrite) return false;
  if (Now() - *m_lastWrite < kIdleCheckpoint) return false;
  m_checkpointed = m_lastWrite;
  // No busy handler: a reader that holds the -wal would make the window wait.
  sqlite3* db = m_impl->db.Handle();
  sqlite3_busy_timeout(db, 0);
  int rc = sqlite3_wal_checkpoint_v2(db, "main", SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
  sqlite3_busy_timeout(db, Impl::kEditBusyMs);
  return rc == SQLITE_OK;
}

void Workshop::SetClock(std::function<Clock::time_point()> clock) {
  m_impl->clock = std::move(clock);
}
Clock::time_point Workshop::Now() const {
  return m_impl->clock();
}

void Workshop::Log(db::Connection& db, Id session, const char* kind, const std::string& text) {
  db::Statement s(db, "INSERT INTO session_log (session_id, at, kind, text) VALUES (?, ?, ?, ?)");
  if (session != 0)
    s.Bind(1, session);
  else
    s.BindNull(1);
  s.Bind(2, IsoTime(Now())).Bind(3, kind).Bind(4, text).Run();
  m_impl->logged = true;
}

std::string Workshop::NameOf(Id participant) const {
  const Participant* p = m_model.FindParticipant(participant);
  return p ? PersonName(*p) : "(someone removed)";
}

}  // namespace parley
