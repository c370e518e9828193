// The undo history, kept in the file: each edit's changes recorded as one step, undone and
// redone as SQLite changesets, and the one door every edit goes through.
#include <cstring>

#include "core/common/clock.hpp"
#include "core/common/error.hpp"
#include "core/store/model_loader.hpp"
#include "core/store/workshop_impl.hpp"

namespace parley {

namespace {

// Consecutive edits of one field within this time are one undo step, so that undo takes back
// a burst of typing, not one keystroke.
constexpr auto kMergeWindow = std::chrono::seconds(3);
// Undo steps kept in the file.
constexpr int kUndoDepth = 1000;

// Records every change made through the connection while it lives, except to the tables
// that must not be undone (the undo history itself).
class ChangeRecorder {
 public:
  explicit ChangeRecorder(const db::Connection& db) {
    if (sqlite3session_create(db.Handle(), "main", &m_session) != SQLITE_OK)
      db::Fail(db.Handle(), SQLITE_NOMEM, "recording an edit");
    sqlite3session_table_filter(
        m_session,
        [](void*, const char* table) {
          // The undo history, the append-only session log and drafts (typing, not the record:
          // see SetDraft) are never undone.
          return std::strcmp(table, "undo_step") != 0 && std::strcmp(table, "session_log") != 0 &&
                         std::strcmp(table, "draft") != 0
                     ? 1
                     : 0;
        },
        nullptr);
    sqlite3session_attach(m_session, nullptr);
  }
  ChangeRecorder(const ChangeRecorder&) = delete;
  ChangeRecorder& operator=(const ChangeRecorder&) = delete;
  ~ChangeRecorder() { sqlite3session_delete(m_session); }

  std::string Changeset() {
    int size = 0;
    void* bytes = nullptr;
    int rc = sqlite3session_changeset(m_session, &size, &bytes);
    std::string out(static_cast<char*>(bytes), size_t(size));
    sqlite3_free(bytes);
    if (rc != SQLITE_OK) throw Error("An edit could not be recorded.", "Try the edit again.");
    return out;
  }

 private:
  sqlite3_session* m_session = nullptr;
};

// Wraps a changeset function's output, freeing it with sqlite3_free.
template <class Fn>
std::string CallChangeset(Fn fn) {
  int size = 0;
  void* bytes = nullptr;
  int rc = fn(&size, &bytes);
  std::string out(static_cast<char*>(bytes), size_t(std::max(size, 0)));
  sqlite3_free(bytes);
  if (rc != SQLITE_OK) throw Error("An undo step could not be read.", "Reopen the workshop.");
  return out;
}

// The step Undo (`undo`) or Redo would take: its id (0 when none) and changeset.
struct StoredStep {
  Id id = 0;  // 0: there is none
  std::string changeset;
};

StoredStep LatestStep(const db::Connection& db, bool undo) {
  db::Statement s(
      db, undo ? "SELECT id, changeset FROM undo_step WHERE undone = 0 ORDER BY id DESC LIMIT 1"
               : "SELECT id, changeset FROM undo_step WHERE undone = 1 ORDER BY id ASC LIMIT 1");
  if (!s.Step()) return {0, {}};
  return {s.Int(0), s.Blob(1)};
}

// Adds `changeset` to the undo history as a new step, or folds it into the latest step when
// `merge` (the same field typed into a moment ago). A new step ends the redo history, if there
// is one (`dropRedo`: looking for it would read the whole history on every keystroke).
void RecordUndoStep(db::Connection& db, const std::string& label, const std::string& changeset,
                    bool merge, bool dropRedo, const std::string& at) {
  StoredStep top = LatestStep(db, true);
  if (merge && top.id != 0) {
    std::string merged = CallChangeset([&](int* n, void** out) {
      return sqlite3changeset_concat(int(top.changeset.size()), top.changeset.data(),
                                     int(changeset.size()), const_cast<char*>(changeset.data()), n,
                                     out);
    });
    db::Statement(db, "UPDATE undo_step SET changeset = ?, at = ? WHERE id = ?")
        .BindBlob(1, merged)
        .Bind(2, at)
        .Bind(3, top.id)
        .Run();
    return;
  }
  if (dropRedo) db.Exec("DELETE FROM undo_step WHERE undone = 1");
  db::Statement(db, "INSERT INTO undo_step (label, changeset, at) VALUES (?, ?, ?)")
      .Bind(1, label)
      .BindBlob(2, changeset)
      .Bind(3, at)
      .Run();
  db::Statement(db, "DELETE FROM undo_step WHERE id <= ?")
      .Bind(1, db.LastInsertId() - kUndoDepth)
      .Run();
}

}  // namespace

void Workshop::Refresh() {
  auto label = [&](const char* sql) {
    db::Statement s(m_impl->db, sql);
    return s.Step() ? s.Text(0) : std::string();
  };
  m_undoLabel = label("SELECT label FROM undo_step WHERE undone = 0 ORDER BY id DESC LIMIT 1");
  m_redoLabel = label("SELECT label FROM undo_step WHERE undone = 1 ORDER BY id ASC LIMIT 1");
}

void Workshop::Edit(const std::string& label, const std::string& mergeKey,
                    const std::function<void(db::Connection&)>& body) {
  Record(label, mergeKey, [&](db::Connection& db) {
    ChangeRecorder recorder(db);
    body(db);
    return recorder.Changeset();
  });
}

void Workshop::Keep(const std::function<void(db::Connection&)>& body) {
  Record(
      "", "",
      [&](db::Connection& db) {
        ChangeRecorder recorder(db);
        body(db);
        return recorder.Changeset();
      },
      false);
}

void Workshop::Record(const std::string& label, const std::string& mergeKey,
                      const std::function<std::string(db::Connection&)>& change, bool undoable) {
  WriteWaitingFirst();
  auto& db = m_impl->db;
  std::string changeset;
  auto now = Now();
  bool merge = false;
  {
    db::Transaction tx(db);
    m_impl->logged = false;
    m_impl->enteredDrafts.clear();
    changeset = change(db);
    if (changeset.empty() && !m_impl->logged) return;  // nothing changed: write nothing
    if (changeset.empty()) {
      // a log entry alone has nothing to undo
    } else if (!undoable) {
      db.Exec("DELETE FROM undo_step");
    } else {
      merge = !mergeKey.empty() && mergeKey == m_impl->lastMergeKey &&
              now - m_impl->lastMergeAt < kMergeWindow;
      RecordUndoStep(db, label, changeset, merge, CanRedo(), IsoTime(now));
    }
    tx.Commit();
  }
  m_impl->lastMergeKey = mergeKey;
  m_impl->lastMergeAt = now;
  m_lastWrite = now;
  for (const DraftKey& key : m_impl->enteredDrafts) m_model.drafts.erase(key);
  if (!changeset.empty()) {
    ApplyChangeset(db, changeset, m_model);
    // What Refresh() would read back: the step just recorded (a merged one keeps its label) is
    // the one to undo, or none once the history is closed; there is nothing left to redo.
    if (!undoable)
      m_undoLabel.clear();
    else if (!merge)
      m_undoLabel = label;
    m_redoLabel.clear();
  }
  if (m_logRead) LoadLogTail(db, m_log, m_model.scripts);
}

void Workshop::Undo() {
  Step(true);
}
void Workshop::Redo() {
  Step(false);
}

// Applies the latest undo step inverted (undo), or the earliest undone step again (redo).
void Workshop::Step(bool undo) {
  WriteWaitingFirst();
  auto& db = m_impl->db;
  std::string applied;
  {
    db::Transaction tx(db);
    StoredStep step = LatestStep(db, undo);
    if (step.id == 0) return;
    applied = undo ? CallChangeset([&](int* n, void** out) {
      return sqlite3changeset_invert(int(step.changeset.size()), step.changeset.data(), n, out);
    })
                   : step.changeset;
    // Any conflict means the record no longer is what the step expects: refuse the whole step
    // rather than leave a half-undone record.
    int rc = sqlite3changeset_apply(
        db.Handle(), int(applied.size()), applied.data(), nullptr,
        [](void*, int, sqlite3_changeset_iter*) { return SQLITE_CHANGESET_ABORT; }, nullptr);
    if (rc == SQLITE_ABORT || rc == SQLITE_CONSTRAINT)
      throw Error(std::string(undo ? "Undo" : "Redo") +
                      " is not possible here: the record has "
                      "changed since that step.",
                  "Make the change by hand. Nothing was changed.");
    if (rc != SQLITE_OK) db::Fail(db.Handle(), rc, undo ? "undoing" : "redoing");
    db::Statement(db, "UPDATE undo_step SET undone = ? WHERE id = ?")
        .Bind(1, undo ? 1 : 0)
        .Bind(2, step.id)
        .Run();
    Log(db, 0, "undo",
        std::string(undo ? "Undone: " : "Redone: ") + (undo ? m_undoLabel : m_redoLabel));
    tx.Commit();
  }
  m_impl->lastMergeKey.clear();
  m_lastWrite = Now();
  ApplyChangeset(db, applied, m_model);
  if (m_logRead) LoadLogTail(db, m_log, m_model.scripts);
  Refresh();
}

}  // namespace parley
