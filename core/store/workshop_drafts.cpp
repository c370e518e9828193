// Workshop: drafts, the text of entry fields for something new, kept on disk as it is typed.
#include "core/common/error.hpp"
#include "core/store/workshop_impl.hpp"

namespace parley {

namespace {
void DeleteDraft(db::Connection& db, const DraftKey& key) {
  db::Statement(db, "DELETE FROM draft WHERE kind = ? AND session_id = ? AND place_id = ? AND "
                    "party_id = ? AND variant = ?")
      .Bind(1, int64_t(key.kind))
      .Bind(2, key.session)
      .Bind(3, key.place)
      .Bind(4, key.party)
      .Bind(5, int64_t(key.variant))
      .Run();
}
}  // namespace

void Workshop::WriteDraft(const DraftKey& key, std::string_view text) {
  auto& db = m_impl->db;
  {
    // Not through Edit: a draft is typing, not the record, so it makes no undo step, and the
    // undo step being typed into (merged a moment ago) stays open.
    db::Transaction tx(db);
    if (text.empty()) {
      DeleteDraft(db, key);
    } else {
      db::Statement(db, "INSERT INTO draft (kind, session_id, place_id, party_id, variant, text) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (kind, session_id, place_id, "
                        "party_id, variant) DO UPDATE SET text = ?6")
          .Bind(1, int64_t(key.kind))
          .Bind(2, key.session)
          .Bind(3, key.place)
          .Bind(4, key.party)
          .Bind(5, int64_t(key.variant))
          .Bind(6, text)
          .Run();
    }
    tx.Commit();
  }
  m_lastWrite = Now();
  if (text.empty())
    m_model.drafts.erase(key);
  else
    m_model.drafts[key] = std::string(text);
  m_model.scripts |= ScriptsIn(text);
}

void Workshop::EnterDraft(db::Connection& db, const DraftKey& key) {
  DeleteDraft(db, key);
  m_impl->enteredDrafts.push_back(key);
}

}  // namespace parley
