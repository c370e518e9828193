// Workshop: ground rules and consent.
#include <algorithm>

#include "core/common/clock.hpp"
#include "core/common/error.hpp"
#include "core/store/workshop.hpp"
#include "core/store/workshop_order.hpp"

namespace parley {

void Workshop::RulesChanged(db::Connection& db) {
  // Only the first change after a consent opens a new wording; further edits refine it.
  db.Exec("UPDATE workshop SET rules_revision = rules_revision + 1 WHERE EXISTS "
          "(SELECT 1 FROM consent WHERE consent.rules_revision = workshop.rules_revision)");
  if (sqlite3_changes(db.Handle()) > 0)
    Log(db, 0, "rules",
        "The ground rules changed after participants had agreed to them; their consent is now "
        "to an earlier wording.");
}

Id Workshop::AddRule(const std::string& text) {
  int64_t position = m_model.rules.empty() ? 1 : m_model.rules.back().position + 1;
  Id id = 0;
  Edit("add ground rule", "", [&](db::Connection& db) {
    db::Statement(db, "INSERT INTO rule (position, text) VALUES (?, ?)").Bind(1, position).Bind(2, text).Run();
    id = db.LastInsertId();
    RulesChanged(db);
    EnterDraft(db, {.kind = DraftKind::Rule});
  });
  return id;
}

void Workshop::AddRules(const std::vector<std::string>& texts) {
  int64_t position = m_model.rules.empty() ? 0 : m_model.rules.back().position;
  Edit("add the standard ground rules", "", [&](db::Connection& db) {
    db::Statement insert(db, "INSERT INTO rule (position, text) VALUES (?, ?)");
    for (const std::string& text : texts) insert.Bind(1, ++position).Bind(2, text).Run();
    RulesChanged(db);
  });
}

void Workshop::RemoveRule(Id rule) {
  Edit("remove ground rule", "", [&](db::Connection& db) {
    db::Statement(db, "DELETE FROM rule WHERE id = ?").Bind(1, rule).Run();
    if (sqlite3_changes(db.Handle()) > 0) RulesChanged(db);
  });
}

void Workshop::MoveRule(Id rule, int delta) {
  std::vector<Id> order;
  for (const Rule& r : m_model.rules) order.push_back(r.id);
  order = Reordered(order, rule, delta, [](Id) { return true; });
  if (order.empty()) return;
  Edit("reorder ground rules", "", [&](db::Connection& db) {
    WriteOrder(db, "rule", m_model.rules, order);
    RulesChanged(db);
  });
}

void Workshop::SetConsent(Id session, Id participant, bool agreed) {
  if (!m_model.FindSession(session) || !m_model.FindParticipant(participant)) return;
  std::string name = NameOf(participant);
  Edit(agreed ? "record consent" : "withdraw consent", "", [&](db::Connection& db) {
    if (agreed) {
      db::Statement(db, "INSERT INTO consent (session_id, participant_id, agreed_at, rules_revision) "
                        "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (session_id, participant_id) DO UPDATE "
                        "SET agreed_at = ?3, rules_revision = ?4 WHERE rules_revision <> ?4")
          .Bind(1, session).Bind(2, participant).Bind(3, IsoTime(Now())).Bind(4, m_model.info.rulesRevision)
          .Run();
      if (sqlite3_changes(db.Handle()) > 0) Log(db, session, "consent", name + " agreed to the ground rules.");
    } else {
      db::Statement(db, "DELETE FROM consent WHERE session_id = ? AND participant_id = ?")
          .Bind(1, session).Bind(2, participant).Run();
      if (sqlite3_changes(db.Handle()) > 0)
        Log(db, session, "consent", "Consent of " + name + " withdrawn.");
    }
  });
}

void Workshop::SetReaffirm(Id session, bool reaffirm) {
  const Session* s = m_model.FindSession(session);
  if (!s || s->reaffirm == reaffirm) return;
  Edit(reaffirm ? "ask to reaffirm the rules" : "keep earlier consents", "", [&](db::Connection& db) {
    db::Statement(db, "UPDATE session SET reaffirm = ? WHERE id = ?").Bind(1, int64_t(reaffirm)).Bind(2, session).Run();
    Log(db, session,
        "consent", reaffirm ? "The room is asked to agree to the ground rules again in this session."
                            : "Consents given in earlier sessions hold in this session again.");
  });
}

}  // namespace parley
