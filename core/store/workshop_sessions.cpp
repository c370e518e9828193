// Workshop: the phase stepper and the session log.
#include "core/store/workshop.hpp"

#include "core/store/db.hpp"

namespace parley {

namespace {
void WriteStatus(db::Connection& db, Id session, Phase phase, PhaseStatus status) {
  db::Statement(db, "INSERT INTO phase_progress (session_id, phase, status) VALUES (?1, ?2, ?3) "
                    "ON CONFLICT (session_id, phase) DO UPDATE SET status = ?3")
      .Bind(1, session).Bind(2, int64_t(phase)).Bind(3, int64_t(status)).Run();
}
}  // namespace

void Workshop::SetPhaseStatus(Id session, Phase phase, PhaseStatus status) {
  if (!m_model.FindSession(session)) return;
  Edit("change phase status", "", [&](db::Connection& db) {
    WriteStatus(db, session, phase, status);
    static constexpr const char* kStatus[] = {"not started", "in progress", "done"};
    Log(db, session, "phase", std::string(PhaseName(phase)) + " marked " + kStatus[int(status)] + ".");
  });
}

void Workshop::MoveOn(Id session, Phase from, Phase to, const std::vector<std::string>& warnings,
                      const std::string& reason) {
  if (!m_model.FindSession(session)) return;
  Edit("move to " + std::string(PhaseName(to)), "", [&](db::Connection& db) {
    WriteStatus(db, session, from, PhaseStatus::Done);
    WriteStatus(db, session, to, PhaseStatus::InProgress);
    if (!warnings.empty()) {
      std::string text = "Moved on from " + std::string(PhaseName(from)) + " despite: ";
      for (size_t i = 0; i < warnings.size(); ++i) text += (i ? "; " : "") + warnings[i];
      text += ". Reason: " + (reason.empty() ? std::string("(none given)") : reason);
      Log(db, session, "override", text);
    }
    Log(db, session, "phase", std::string(PhaseName(from)) + " done; now " + PhaseName(to) + ".");
  });
}

void Workshop::AddLogNote(Id session, const std::string& text) {
  if (text.empty()) return;
  // A note changes no table that undo knows, so it is written directly, in its own transaction.
  Edit("add log note", "", [&](db::Connection& db) {
    Log(db, session, "note", text);
    EnterDraft(db, {.kind = DraftKind::LogNote, .session = session});
  });
}

}  // namespace parley
