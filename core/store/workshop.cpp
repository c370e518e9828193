#include "core/store/workshop.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <future>
#include <map>
#include <set>

#include "core/store/cell_changeset.hpp"
#include "core/common/clock.hpp"
#include "core/store/db.hpp"
#include "core/common/error.hpp"
#include "core/store/model_loader.hpp"
#include "core/model/palette.hpp"
#include "core/store/schema.hpp"
#include "core/common/text.hpp"
#include "core/common/resources.hpp"
#include "core/store/workshop_order.hpp"

namespace parley {

namespace fs = std::filesystem;
using Clock = std::chrono::system_clock;

namespace {

// Consecutive edits of one field within this time are one undo step, so that undo takes back
// a burst of typing, not one keystroke.
constexpr auto kMergeWindow = std::chrono::seconds(3);
// Undo steps kept in the file.
constexpr int kUndoDepth = 1000;

struct FieldInfo {
  const char* table;
  const char* column;
  const char* label;  // what Undo names
};

FieldInfo Describe(Field field) {
  switch (field) {
    case Field::WorkshopTitle: return {"workshop", "title", "edit title"};
    case Field::WorkshopContext: return {"workshop", "context", "edit context"};
    case Field::WorkshopVenue: return {"workshop", "venue", "edit venue"};
    case Field::WorkshopLanguage: return {"workshop", "language", "edit language"};
    case Field::WorkshopStartDate: return {"workshop", "start_date", "edit start date"};
    case Field::WorkshopEndDate: return {"workshop", "end_date", "edit end date"};
    case Field::WorkshopConfidentiality:
      return {"workshop", "confidentiality", "edit confidentiality note"};
    case Field::PartyName: return {"party", "name", "rename party"};
    case Field::PartyShortName: return {"party", "short_name", "edit party short name"};
    case Field::PartyColour: return {"party", "colour", "change party colour"};
    case Field::ParticipantName: return {"participant", "name", "edit participant name"};
    case Field::ParticipantRole: return {"participant", "role", "edit participant role"};
    case Field::ParticipantPseudonym: return {"participant", "pseudonym", "edit pseudonym"};
    case Field::ParticipantNotes: return {"participant", "notes", "edit participant notes"};
    case Field::ParticipantContact: return {"participant", "contact", "edit contact details"};
    case Field::ParticipantGeneralRole: return {"participant", "general_role", "edit role in general terms"};
    case Field::SessionDate: return {"session", "date", "edit session date"};
    case Field::SessionTitle: return {"session", "title", "edit session title"};
    case Field::RuleText: return {"rule", "text", "edit ground rule"};
    case Field::ConsentNote: return {"consent", "note", "edit consent note"};
    case Field::StorySummary: return {"story", "summary", "edit story"};
    case Field::StoryRestatement: return {"story", "restatement", "edit restatement"};
    case Field::ConcernText: return {"concern", "text", "edit concern"};
    case Field::ConcernStatedPosition: return {"concern", "stated_position", "edit stated position"};
    case Field::ConcernNotes: return {"concern", "notes", "edit concern notes"};
    case Field::ConcernRestatement: return {"concern", "restatement", "edit restatement"};
    case Field::CategoryName: return {"concern_category", "name", "rename category"};
    case Field::OptionText: return {"option", "text", "edit option"};
    case Field::ClusterName: return {"option_cluster", "name", "rename cluster"};
    case Field::ScoreNote: return {"score", "note", "edit score note"};
    case Field::ConstraintText: return {"option_constraint", "text", "edit constraint"};
    case Field::StepText: return {"step", "text", "edit step"};
    case Field::StepDue: return {"step", "due", "edit step date"};
    case Field::MemoTitle: return {"memo", "title", "edit memo title"};
    case Field::MemoDate: return {"memo", "date", "edit memo date"};
    case Field::SectionTitle: return {"memo_section", "title", "edit section title"};
    case Field::ParagraphText: return {"memo_paragraph", "text", "edit paragraph"};
  }
  return {"", "", ""};
}

void Configure(db::Connection& db) {
  sqlite3_busy_timeout(db.Handle(), 2000);
  // FULL: a commit is on the platter before the edit returns, so a power cut loses nothing.
  db.Exec("PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;",
          "opening the workshop");
}

// Runs inside the caller's transaction, so that a file refused after its update stays as it was.
std::vector<std::string> StandardCategories() { return Lines(Resource("assets/concern_categories.txt")); }

// Version 3 brought concern categories; a file reaching it gets the standard ones.
constexpr size_t kCategoriesVersion = 3;

void Migrate(db::Connection& db, int64_t from) {
  auto steps = schema::Migrations();
  if (from >= int64_t(steps.size())) return;
  for (size_t i = size_t(from); i < steps.size(); ++i) {
    db.Exec(steps[i], "updating the file");
    if (i + 1 == kCategoriesVersion) {
      db::Statement insert(db, "INSERT INTO concern_category (position, name) VALUES (?, ?)");
      int64_t position = 0;
      for (const std::string& name : StandardCategories()) insert.Bind(1, ++position).Bind(2, name).Run();
    }
  }
  db.Exec("PRAGMA user_version = " + std::to_string(steps.size()), "updating the file");
}

// Refuses, without writing a byte, any file that is not a Parley workshop of a version this
// build can read. Whether it is healthy is DamageOf's question.
void CheckIsWorkshop(const std::string& path) {
  std::error_code ec;
  auto status = fs::status(path, ec);
  if (!fs::exists(status))
    throw Error("There is no file at " + path + ".",
                "Check the folder and the name, or pick the file from the list.");
  if (!fs::is_regular_file(status))
    throw Error(path + " is not a file.", "Choose a .parley workshop file.");
  if (fs::file_size(path, ec) == 0)
    throw Error(path + " is empty: it is not a Parley workshop.",
                "Choose another file. Parley left this one as it was.");
  // The SQLite header tells a foreign or newer file without opening it, so that refusing one
  // leaves not even a -wal or -shm file beside it. user_version and application_id are
  // big-endian at offsets 60 and 68.
  unsigned char header[100] = {};
  std::ifstream(path, std::ios::binary).read(reinterpret_cast<char*>(header), sizeof header);
  if (std::memcmp(header, "SQLite format 3", 16) != 0)
    throw Error(path + " is not a Parley workshop (it is not an SQLite file at all).",
                "Choose a .parley workshop file. Parley left this one as it was.");
  auto field = [&](int offset) {
    return int64_t(header[offset]) << 24 | int64_t(header[offset + 1]) << 16 |
           int64_t(header[offset + 2]) << 8 | int64_t(header[offset + 3]);
  };
  if (field(68) != schema::kApplicationId)
    throw Error(path + " is an SQLite database of another program, not a Parley workshop.",
                "Choose a .parley workshop file. Parley left this one as it was.");
  if (field(60) > schema::CurrentVersion())
    throw Error(path + " was written by a newer version of Parley (file format " +
                    std::to_string(field(60)) + ", this Parley reads up to " +
                    std::to_string(schema::CurrentVersion()) + ").",
                "Open it with a newer Parley. This file was left as it was.");
}

// What SQLite's check of every page of the file finds wrong; "" when nothing.
std::string DamageOf(const std::string& path) {
  db::Connection probe(path, SQLITE_OPEN_READONLY);
  // It runs while the opening connection sets the file up: it waits out that moment's lock.
  sqlite3_busy_timeout(probe.Handle(), 2000);
  db::Statement check(probe, "PRAGMA quick_check");
  if (!check.Step()) return "it could not be checked";
  std::string found = check.Text(0);
  return found == "ok" ? "" : found;
}

void ThrowIfDamaged(const std::string& path, const std::string& damage) {
  if (!damage.empty())
    throw Error(path + " is damaged: " + damage + ".",
                "Open a backup copy. Parley left this file as it was and did not try to repair it.");
}

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
          // The undo history and the append-only session log are never undone.
          return std::strcmp(table, "undo_step") != 0 && std::strcmp(table, "session_log") != 0 ? 1 : 0;
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
  db::Statement s(db, undo ? "SELECT id, changeset FROM undo_step WHERE undone = 0 ORDER BY id DESC LIMIT 1"
                           : "SELECT id, changeset FROM undo_step WHERE undone = 1 ORDER BY id ASC LIMIT 1");
  if (!s.Step()) return {0, {}};
  return {s.Int(0), s.Blob(1)};
}

}  // namespace

class Workshop::Impl {
 public:
  explicit Impl(db::Connection connection) : db(std::move(connection)) {}

  db::Connection db;
  std::function<Clock::time_point()> clock = [] { return Clock::now(); };
  bool logged = false;  // the edit being made wrote to the session log
  std::string lastMergeKey;  // field and row of the last edit, "" when it may not be merged
  Clock::time_point lastMergeAt;
  std::map<std::string, TableColumns, std::less<>> columns;  // by table, read once per opening

  const TableColumns& ColumnsOf(std::string_view table) {
    auto it = columns.find(table);
    if (it == columns.end()) it = columns.emplace(std::string(table), parley::ColumnsOf(db, table)).first;
    return it->second;
  }
};

Workshop::Workshop(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Workshop::~Workshop() = default;

namespace {

// Makes a workshop file at `path` with the current schema and the rows `fill` writes, in one
// transaction. Throws parley::Error; leaves no file behind on failure.
void CreateFile(const std::string& path, const std::function<void(db::Connection&)>& fill) {
  if (fs::exists(path))
    throw Error("A file already exists at " + path + ".",
                "Choose another name: Parley never overwrites a file.");
  std::error_code ec;
  if (fs::path(path).has_parent_path()) fs::create_directories(fs::path(path).parent_path(), ec);
  try {
    db::Connection db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    db.Exec("PRAGMA application_id = " + std::to_string(schema::kApplicationId),
            "creating the workshop");
    Configure(db);
    db::Transaction tx(db);
    Migrate(db, 0);
    fill(db);
    tx.Commit();
  } catch (...) {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path + suffix, ec);
    throw;
  }
}

}  // namespace

std::unique_ptr<Workshop> Workshop::Create(const std::string& path, const std::string& title,
                                           const std::string& today,
                                           const std::vector<std::string>& rules) {
  CreateFile(path, [&](db::Connection& db) {
    db::Statement(db, "INSERT INTO workshop (id, title, confidentiality) VALUES (1, ?, ?)")
        .Bind(1, title)
        .Bind(2, "Confidential: the record of a private workshop. Nothing in it is to be "
                 "attributed to any participant outside the room.")
        .Run();
    db::Statement party(db, "INSERT INTO party (position, name, short_name, colour) VALUES (?, ?, ?, ?)");
    party.Bind(1, 1).Bind(2, "First party").Bind(3, "A").Bind(4, kPartyPalette[0]).Run();
    party.Bind(1, 2).Bind(2, "Second party").Bind(3, "B").Bind(4, kPartyPalette[1]).Run();
    db::Statement(db, "INSERT INTO session (date, title) VALUES (?, 'Session 1')").Bind(1, today).Run();
    db::Statement rule(db, "INSERT INTO rule (position, text) VALUES (?, ?)");
    for (size_t i = 0; i < rules.size(); ++i) rule.Bind(1, int64_t(i + 1)).Bind(2, rules[i]).Run();
  });
  return Open(path);
}

std::unique_ptr<Workshop> Workshop::CreateFromSql(const std::string& path, std::string_view sql) {
  CreateFile(path, [&](db::Connection& db) { db.Exec(sql, "filling the new workshop"); });
  return Open(path);
}

std::unique_ptr<Workshop> Workshop::Open(const std::string& path) {
  CheckIsWorkshop(path);
  // The check of the file and the load of the Model each read all of it: they run side by
  // side, and nothing is written nor the Model kept until the check has passed. (On a large
  // workshop the check alone takes as long as the load.)
  std::shared_future<std::string> damage = std::async(std::launch::async, DamageOf, path).share();
  try {
    db::Connection db(path, SQLITE_OPEN_READWRITE);
    if (sqlite3_db_readonly(db.Handle(), "main") == 1)
      throw Error(path + " is read-only.",
                  "Parley writes every edit the moment it is made, so it needs a file it can "
                  "write. Copy the workshop to a folder of yours, or change its permissions.");
    Configure(db);
    int64_t version = db.QueryInt("PRAGMA user_version");
    if (version < schema::CurrentVersion()) ThrowIfDamaged(path, damage.get());  // before the update writes
    parley::Model model;
    {
      db::Transaction tx(db);
      Migrate(db, version);
      model = LoadModel(db);  // throws for a file without a workshop record: the update rolls back
      ThrowIfDamaged(path, damage.get());
      tx.Commit();
    }
    std::unique_ptr<Workshop> workshop(new Workshop(std::make_unique<Impl>(std::move(db))));
    workshop->m_path = path;
    workshop->m_model = std::move(model);
    workshop->Refresh();
    return workshop;
  } catch (...) {
    // A load that failed on a damaged page says less than the check: its finding comes first.
    ThrowIfDamaged(path, damage.get());
    throw;
  }
}

void Workshop::Refresh() {
  auto label = [&](const char* sql) {
    db::Statement s(m_impl->db, sql);
    return s.Step() ? s.Text(0) : std::string();
  };
  m_undoLabel = label("SELECT label FROM undo_step WHERE undone = 0 ORDER BY id DESC LIMIT 1");
  m_redoLabel = label("SELECT label FROM undo_step WHERE undone = 1 ORDER BY id ASC LIMIT 1");
}

// ---------------------------------------------------------------------------------------------
// The one door for edits.

namespace {

// Adds `changeset` to the undo history as a new step, or folds it into the latest step when
// `merge` (the same field typed into a moment ago). A new step ends the redo history, if there
// is one (`dropRedo`: looking for it would read the whole history on every keystroke).
void RecordUndoStep(db::Connection& db, const std::string& label, const std::string& changeset,
                    bool merge, bool dropRedo, const std::string& at) {
  StoredStep top = LatestStep(db, true);
  if (merge && top.id != 0) {
    std::string merged = CallChangeset([&](int* n, void** out) {
      return sqlite3changeset_concat(int(top.changeset.size()), top.changeset.data(), int(changeset.size()),
                                     const_cast<char*>(changeset.data()), n, out);
    });
    db::Statement(db, "UPDATE undo_step SET changeset = ?, at = ? WHERE id = ?")
        .BindBlob(1, merged).Bind(2, at).Bind(3, top.id).Run();
    return;
  }
  if (dropRedo) db.Exec("DELETE FROM undo_step WHERE undone = 1");
  db::Statement(db, "INSERT INTO undo_step (label, changeset, at) VALUES (?, ?, ?)")
      .Bind(1, label).BindBlob(2, changeset).Bind(3, at).Run();
  db::Statement(db, "DELETE FROM undo_step WHERE id <= ?").Bind(1, db.LastInsertId() - kUndoDepth).Run();
}

}  // namespace

void Workshop::Edit(const std::string& label, const std::string& mergeKey,
                    const std::function<void(db::Connection&)>& body) {
  Record(label, mergeKey, [&](db::Connection& db) {
    ChangeRecorder recorder(db);
    body(db);
    return recorder.Changeset();
  });
}

void Workshop::Keep(const std::function<void(db::Connection&)>& body) {
  Record("", "", [&](db::Connection& db) {
    ChangeRecorder recorder(db);
    body(db);
    return recorder.Changeset();
  }, false);
}

void Workshop::Record(const std::string& label, const std::string& mergeKey,
                      const std::function<std::string(db::Connection&)>& change, bool undoable) {
  auto& db = m_impl->db;
  std::string changeset;
  auto now = Now();
  bool merge = false;
  {
    db::Transaction tx(db);
    m_impl->logged = false;
    changeset = change(db);
    if (changeset.empty() && !m_impl->logged) return;  // nothing changed: write nothing
    if (changeset.empty()) {
      // a log entry alone has nothing to undo
    } else if (!undoable) {
      db.Exec("DELETE FROM undo_step");
    } else {
      merge = !mergeKey.empty() && mergeKey == m_impl->lastMergeKey && now - m_impl->lastMergeAt < kMergeWindow;
      RecordUndoStep(db, label, changeset, merge, CanRedo(), IsoTime(now));
    }
    tx.Commit();
  }
  m_impl->lastMergeKey = mergeKey;
  m_impl->lastMergeAt = now;
  m_lastWrite = now;
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

void Workshop::SetClock(std::function<Clock::time_point()> clock) { m_impl->clock = std::move(clock); }
Clock::time_point Workshop::Now() const { return m_impl->clock(); }

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

void Workshop::Undo() { Step(true); }
void Workshop::Redo() { Step(false); }

// Applies the latest undo step inverted (undo), or the earliest undone step again (redo).
void Workshop::Step(bool undo) {
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
      throw Error(std::string(undo ? "Undo" : "Redo") + " is not possible here: the record has "
                  "changed since that step.",
                  "Make the change by hand. Nothing was changed.");
    if (rc != SQLITE_OK) db::Fail(db.Handle(), rc, undo ? "undoing" : "redoing");
    db::Statement(db, "UPDATE undo_step SET undone = ? WHERE id = ?")
        .Bind(1, undo ? 1 : 0).Bind(2, step.id).Run();
    Log(db, 0, "undo", std::string(undo ? "Undone: " : "Redone: ") + (undo ? m_undoLabel : m_redoLabel));
    tx.Commit();
  }
  m_impl->lastMergeKey.clear();
  m_lastWrite = Now();
  ApplyChangeset(db, applied, m_model);
  if (m_logRead) LoadLogTail(db, m_log, m_model.scripts);
  Refresh();
}

// ---------------------------------------------------------------------------------------------
// Edits.

std::vector<Id> Reordered(std::vector<Id> order, Id id, int delta,
                          const std::function<bool(Id)>& sameGroup) {
  auto it = std::find(order.begin(), order.end(), id);
  if (it == order.end()) return {};
  // Indexes, not iterators: an iterator moved before begin() is undefined behaviour.
  for (ptrdiff_t target = (it - order.begin()) + delta;
       target >= 0 && target < ptrdiff_t(order.size()); target += delta) {
    if (sameGroup(order[size_t(target)])) {
      std::iter_swap(it, order.begin() + target);
      return order;
    }
  }
  return {};
}

namespace {

bool IsColour(std::string_view text) {
  return text.size() == 7 && text[0] == '#' &&
         std::all_of(text.begin() + 1, text.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
}

}  // namespace

void Workshop::SetText(Field field, Id id, std::string_view value) {
  FieldInfo info = Describe(field);
  if (field == Field::PartyColour && !IsColour(value))
    throw Error("\"" + std::string(value) + "\" is not a colour.", "Pick one of the party colours.");
  if (std::string_view(info.table) == "workshop") id = 1;
  // The table is part of the key: workshop title and session 1's title are different fields.
  std::string mergeKey = std::string(info.table) + "." + info.column + ":" + std::to_string(id);
  auto update = [&](db::Connection& db) {
    return UpdateCell(db, info.table, m_impl->ColumnsOf(info.table), info.column, id, value);
  };
  if (field != Field::RuleText) {  // one cell, nothing else: its changeset is written directly
    Record(info.label, mergeKey, update);
    return;
  }
  // A rule's wording also outdates the consents given to it, so the session records the edit.
  // Writing the wording a rule already has changes nothing, not even the consents.
  Edit(info.label, mergeKey, [&](db::Connection& db) {
    if (!update(db).empty()) RulesChanged(db);
  });
}

Id Workshop::AddParty() {
  const auto& parties = m_model.parties;
  if (int(parties.size()) >= kMaxParties)
    throw Error("A workshop has at most six parties.",
                "Parley gives every party an equal column; more than six would not stay readable.");
  std::string_view colour = kPartyPalette[0];
  for (auto candidate : kPartyPalette) {
    bool used = std::any_of(parties.begin(), parties.end(), [&](const Party& p) { return p.colour == candidate; });
    if (!used) { colour = candidate; break; }
  }
  int64_t position = parties.empty() ? 1 : parties.back().position + 1;
  // "Party C" for the third party, or the next letter no party uses yet.
  std::string letter(1, char('A' + parties.size()));
  while (std::any_of(parties.begin(), parties.end(),
                     [&](const Party& p) { return p.shortName == letter || p.name == "Party " + letter; }))
    ++letter[0];
  Id id = 0;
  Edit("add party", "", [&](db::Connection& db) {
    db::Statement(db, "INSERT INTO party (position, name, short_name, colour) VALUES (?, ?, ?, ?)")
        .Bind(1, position).Bind(2, "Party " + letter).Bind(3, letter).Bind(4, colour).Run();
    id = db.LastInsertId();
  });
  return id;
}

void Workshop::RemoveParty(Id party) {
  const Party* p = m_model.FindParty(party);
  if (!p) return;
  if (int(m_model.parties.size()) <= kMinParties)
    throw Error("A workshop needs at least two parties.", "Rename this party instead of removing it.");
  bool hasMembers = std::any_of(m_model.participants.begin(), m_model.participants.end(),
                                [&](const Participant& x) { return x.partyId == party; });
  if (hasMembers)
    throw Error(p->name + " still has participants.",
                "Move them to another party or remove them first.");
  auto names = [&](const auto& rows, auto member) {
    return std::any_of(rows.begin(), rows.end(), [&](const auto& r) { return r.*member == party; });
  };
  bool inRecord = names(m_model.concerns, &Concern::partyId) || names(m_model.holders, &ConcernHolder::partyId) ||
                  names(m_model.constraints, &Constraint::partyId) ||
                  names(m_model.options, &Option::proposedByPartyId) || names(m_model.steps, &Step::whoPartyId);
  if (inRecord)
    throw Error(p->name + " is part of the record (needs and fears, common ground, options, constraints or steps).",
                "The record keeps the party. Rename it instead.");
  Edit("remove party", "", [&](db::Connection& db) {
    db::Statement(db, "DELETE FROM party WHERE id = ?").Bind(1, party).Run();
  });
}

void Workshop::MoveParty(Id party, int delta) {
  std::vector<Id> order;
  for (const auto& p : m_model.parties) order.push_back(p.id);
  order = Reordered(order, party, delta, [](Id) { return true; });
  if (order.empty()) return;
  Edit("reorder parties", "", [&](db::Connection& db) { WriteOrder(db, "party", m_model.parties, order); });
}

Id Workshop::AddParticipant(Id party) {
  NewParticipant someone;
  someone.partyId = party;
  return AddParticipants({someone}).front();
}

std::vector<Id> Workshop::AddParticipants(const std::vector<NewParticipant>& people) {
  if (people.empty()) return {};
  std::set<std::string> taken;
  for (const Participant& x : m_model.participants) taken.insert(x.pseudonym);
  std::vector<std::string> pseudonyms;
  for (const NewParticipant& p : people) {
    auto party = std::find_if(m_model.parties.begin(), m_model.parties.end(),
                              [&](const Party& x) { return x.id == p.partyId; });
    if (party == m_model.parties.end()) throw Error("That party no longer exists.", "Choose another party.");
    std::string pseudonym = p.pseudonym;
    if (pseudonym.empty()) {
      // Pseudonyms are "Participant <party letter><n>", unique in the workshop.
      std::string prefix = "Participant " + std::string(1, char('A' + (party - m_model.parties.begin())));
      for (int n = 1; taken.count(pseudonym = prefix + std::to_string(n)); ++n) {
      }
    } else if (taken.count(pseudonym)) {
      throw Error("The pseudonym \"" + pseudonym + "\" is already in use.", "Give each participant their own.");
    }
    taken.insert(pseudonym);
    pseudonyms.push_back(pseudonym);
  }
  int64_t position = m_model.participants.empty() ? 1 : m_model.participants.back().position + 1;
  std::string label = people.size() == 1 ? "add participant" : "add " + std::to_string(people.size()) + " participants";
  std::vector<Id> ids;
  Edit(label, "", [&](db::Connection& db) {
    ids.clear();
    for (size_t i = 0; i < people.size(); ++i) {
      const NewParticipant& p = people[i];
      db::Statement(db,
                    "INSERT INTO participant (position, party_id, name, role, pseudonym, notes, contact, "
                    "general_role) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
          .Bind(1, position + int64_t(i)).Bind(2, p.partyId).Bind(3, p.name).Bind(4, p.role)
          .Bind(5, pseudonyms[i]).Bind(6, p.notes).Bind(7, p.contact).Bind(8, p.generalRole).Run();
      ids.push_back(db.LastInsertId());
      // Someone added during a session is taken to be present in it.
      if (!m_model.sessions.empty())
        db::Statement(db, "INSERT INTO attendance (session_id, participant_id) VALUES (?, ?)")
            .Bind(1, m_model.sessions.back().id).Bind(2, ids.back()).Run();
    }
  });
  return ids;
}

void Workshop::SetParticipantParty(Id participant, Id party) {
  if (!m_model.FindParty(party) || !m_model.FindParticipant(participant)) return;
  int64_t position = m_model.participants.back().position + 1;
  Edit("move participant to another party", "", [&](db::Connection& db) {
    db::Statement(db, "UPDATE participant SET party_id = ?, position = ? WHERE id = ? AND party_id <> ?")
        .Bind(1, party).Bind(2, position).Bind(3, participant).Bind(4, party).Run();
  });
}

void Workshop::RemoveParticipant(Id participant) {
  auto involves = [&](const auto& rows, auto member) {
    return std::any_of(rows.begin(), rows.end(), [&](const auto& r) { return r.*member == participant; });
  };
  bool inRecord = involves(m_model.consents, &Consent::participantId) ||
                  involves(m_model.turns, &Turn::participantId) ||
                  involves(m_model.stories, &Story::tellerId) ||
                  involves(m_model.stories, &Story::reflectedById) ||
                  involves(m_model.steps, &Step::whoParticipantId);
  if (inRecord)
    throw Error(NameOf(participant) + " is part of the record (consent, floor time, a story or a step).",
                "The record keeps them. Mark them absent from the session instead.");
  Edit("remove participant", "", [&](db::Connection& db) {
    db::Statement(db, "DELETE FROM speaking_queue WHERE participant_id = ?").Bind(1, participant).Run();
    db::Statement(db, "DELETE FROM attendance WHERE participant_id = ?").Bind(1, participant).Run();
    db::Statement(db, "DELETE FROM participant WHERE id = ?").Bind(1, participant).Run();
  });
}

void Workshop::MoveParticipant(Id participant, int delta) {
  const Participant* moving = m_model.FindParticipant(participant);
  if (!moving) return;
  std::vector<Id> order;
  for (const auto& p : m_model.participants) order.push_back(p.id);
  // The neighbour is the next participant of the same party in that direction.
  order = Reordered(order, participant, delta,
                    [&](Id other) { return m_model.FindParticipant(other)->partyId == moving->partyId; });
  if (order.empty()) return;
  Edit("reorder participants", "",
       [&](db::Connection& db) { WriteOrder(db, "participant", m_model.participants, order); });
}

Id Workshop::AddSession(const std::string& date, const std::string& title) {
  Id previous = m_model.sessions.empty() ? 0 : m_model.sessions.back().id;
  Id id = 0;
  Edit("start session", "", [&](db::Connection& db) {
    db::Statement(db, "INSERT INTO session (date, title) VALUES (?, ?)").Bind(1, date).Bind(2, title).Run();
    id = db.LastInsertId();
    // Most people who sat in the last session sit in the next: start from its attendance.
    db::Statement(db, "INSERT INTO attendance (session_id, participant_id) "
                      "SELECT ?, participant_id FROM attendance WHERE session_id = ?")
        .Bind(1, id).Bind(2, previous).Run();
  });
  return id;
}

void Workshop::SetAttendance(Id session, Id participant, bool present) {
  Edit(present ? "mark present" : "mark absent", "", [&](db::Connection& db) {
    if (present)
      db::Statement(db, "INSERT OR IGNORE INTO attendance (session_id, participant_id) VALUES (?, ?)")
          .Bind(1, session).Bind(2, participant).Run();
    else
      db::Statement(db, "DELETE FROM attendance WHERE session_id = ? AND participant_id = ?")
          .Bind(1, session).Bind(2, participant).Run();
  });
}

}  // namespace parley
