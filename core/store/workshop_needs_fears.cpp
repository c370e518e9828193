// Workshop: needs and fears.
#include <algorithm>

#include "core/common/error.hpp"
#include "core/store/workshop.hpp"
#include "core/store/workshop_order.hpp"

namespace parley {

namespace {
void RequireConcern(const Model& model, Id concern) {
  if (!model.FindConcern(concern)) throw Error("That concern no longer exists.", "Choose another concern.");
}
}  // namespace

Id Workshop::AddConcern(Id session, Id party, ConcernKind kind, const std::string& text, Id category) {
  if (!m_model.FindSession(session)) throw Error("No session is in use.", "Start or choose a session first.");
  if (!m_model.FindParty(party)) throw Error("That party no longer exists.", "Choose another party.");
  int64_t position = 0;
  for (const Concern& c : m_model.concerns)
    if (c.partyId == party) position = std::max(position, c.position);
  Id id = 0;
  Edit(kind == ConcernKind::Need ? "add need" : "add fear", "", [&](db::Connection& db) {
    db::Statement(db, "INSERT INTO concern (session_id, party_id, kind, text, category_id, position) "
                      "VALUES (?, ?, ?, ?, NULLIF(?, 0), ?)")
        .Bind(1, session).Bind(2, party).Bind(3, int64_t(kind)).Bind(4, text).Bind(5, category).Bind(6, position + 1)
        .Run();
    id = db.LastInsertId();
    EnterDraft(db, {.kind = DraftKind::Concern, .session = session, .party = party});
  });
  return id;
}

void Workshop::RemoveConcern(Id concern) {
  Edit("remove concern", "", [&](db::Connection& db) {
    for (const char* sql : {"DELETE FROM score WHERE concern_id = ?", "DELETE FROM concern_holder WHERE concern_id = ?",
                            "DELETE FROM concern WHERE id = ?"})
      db::Statement(db, sql).Bind(1, concern).Run();
  });
}

void Workshop::SetConcernKind(Id concern, ConcernKind kind) {
  Edit(kind == ConcernKind::Need ? "make it a need" : "make it a fear", "", [&](db::Connection& db) {
    db::Statement(db, "UPDATE concern SET kind = ? WHERE id = ?").Bind(1, int64_t(kind)).Bind(2, concern).Run();
  });
}

void Workshop::SetConcernCategory(Id concern, Id category) {
  if (category != 0 && !m_model.FindCategory(category)) return;
  Edit("set category", "", [&](db::Connection& db) {
    db::Statement(db, "UPDATE concern SET category_id = NULLIF(?, 0) WHERE id = ?").Bind(1, category).Bind(2, concern).Run();
  });
}

void Workshop::RankConcern(Id concern, int index) {
  const Concern* moving = m_model.FindConcern(concern);
  if (!moving) return;
  std::vector<Id> order;
  for (const Concern& c : m_model.concerns)
    if (c.partyId == moving->partyId && c.id != concern) order.push_back(c.id);
  index = std::clamp(index, 0, int(order.size()));
  order.insert(order.begin() + index, concern);
  Edit("change priority", "", [&](db::Connection& db) { WriteOrder(db, "concern", m_model.concerns, order); });
}

void Workshop::SetAcknowledged(Id concern, bool acknowledged) {
  Edit(acknowledged ? "mark acknowledged" : "mark not acknowledged", "", [&](db::Connection& db) {
    db::Statement(db, "UPDATE concern SET acknowledged = ? WHERE id = ?").Bind(1, acknowledged ? 1 : 0).Bind(2, concern).Run();
  });
}

void Workshop::SetHeldBy(Id concern, Id party, bool holds) {
  const Concern* c = m_model.FindConcern(concern);
  if (!c || !m_model.FindParty(party) || party == c->partyId) return;
  Edit(holds ? "mark common ground" : "unmark common ground", "", [&](db::Connection& db) {
    if (holds)
      db::Statement(db, "INSERT OR IGNORE INTO concern_holder (concern_id, party_id) VALUES (?, ?)").Bind(1, concern).Bind(2, party).Run();
    else
      db::Statement(db, "DELETE FROM concern_holder WHERE concern_id = ? AND party_id = ?").Bind(1, concern).Bind(2, party).Run();
  });
}

void Workshop::RewordAsNeed(Id concern, const std::string& need) {
  RequireConcern(m_model, concern);
  Edit("reword position as need", "", [&](db::Connection& db) {
    // The first wording stays the stated position, however often the need is reworded.
    db::Statement(db, "UPDATE concern SET stated_position = CASE stated_position WHEN '' THEN text "
                      "ELSE stated_position END, text = ?, kind = 0, position_open = 0 WHERE id = ?")
        .Bind(1, need).Bind(2, concern).Run();
  });
}

void Workshop::MarkAsPosition(Id concern) {
  RequireConcern(m_model, concern);
  Edit("mark as a position", "", [&](db::Connection& db) {
    db::Statement(db, "UPDATE concern SET stated_position = text, position_open = 1 "
                      "WHERE id = ? AND stated_position = ''")
        .Bind(1, concern).Run();
  });
}

void Workshop::LinkStory(Id concern, Id story) {
  Edit("link concern to story", "", [&](db::Connection& db) {
    db::Statement(db, "UPDATE concern SET story_id = NULLIF(?, 0) WHERE id = ?").Bind(1, story).Bind(2, concern).Run();
  });
}

void Workshop::SetInMatrix(Id concern, int choice) {
  Edit("choose matrix concerns", "", [&](db::Connection& db) {
    db::Statement s(db, "UPDATE concern SET in_matrix = ? WHERE id = ?");
    if (choice < 0)
      s.BindNull(1);
    else
      s.Bind(1, int64_t(choice != 0));
    s.Bind(2, concern).Run();
  });
}

Id Workshop::AddCategory(const std::string& name) {
  int64_t position = m_model.categories.empty() ? 1 : m_model.categories.back().position + 1;
  Id id = 0;
  Edit("add category", "", [&](db::Connection& db) {
    db::Statement(db, "INSERT INTO concern_category (position, name) VALUES (?, ?)").Bind(1, position).Bind(2, name).Run();
    id = db.LastInsertId();
  });
  return id;
}

}  // namespace parley
