// Forgetting a participant who withdraws: their identifying fields, their whole names in every
// text of the file, the undo steps that hold anything of theirs, and the deleted pages that
// could still hold it (issue 18, "At rest").
//
// Their names are found as the non-attribution guard finds them in a memo (one way of telling
// whether a text names someone): a whole name, also written together or spelt in Latin
// letters, is replaced by the pseudonym; what the guard finds short of a whole name (a first
// name alone, an affiliation, a phone number) is left for the facilitator and reported, since
// a word of a name can be a word of the text too.
#include <algorithm>
#include <map>
#include <set>

#include "core/common/error.hpp"
#include "core/method/attribution_guard.hpp"
#include "core/store/model_loader.hpp"
#include "core/store/workshop_impl.hpp"

namespace parley {

namespace {

// The participant's columns that say who they are; all but the name are emptied.
constexpr const char* kIdentifying[] = {"name", "role", "notes", "contact", "general_role"};
// Tables that cannot change (triggers refuse it): a frozen memo version is what was sent.
constexpr std::string_view kFrozen[] = {"memo_version", "version_paragraph"};
// Guard hits kept for the wording they were accepted in: about someone forgotten they hold
// nothing any more, and they quote the text.
constexpr std::string_view kAcceptedHits = "accepted_hit";

// Where a table's text is, in the facilitator's words.
std::string PlaceOf(std::string_view table) {
  static const std::map<std::string_view, std::string_view> kPlaces = {
      {"workshop", "the workshop's details"},
      {"party", "a party's name"},
      {"participant", "another participant's notes or contact"},
      {"session", "a session's title"},
      {"rule", "a ground rule"},
      {"consent", "a consent's note"},
      {"session_log", "the session log (append-only: it cannot be reworded)"},
      {"story", "a story"},
      {"story_theme", "a story's theme"},
      {"concern_category", "a concern category"},
      {"concern", "a need or fear"},
      {"option_cluster", "an option cluster"},
      {"option", "an option"},
      {"score", "a score's note"},
      {"option_constraint", "a constraint"},
      {"step", "a step"},
      {"memo", "a memo's title"},
      {"memo_section", "a memo section's title"},
      {"memo_paragraph", "the memo"},
      {"memo_version", "a frozen memo version (it cannot change)"},
      {"version_paragraph", "a frozen memo version (it cannot change)"},
      {"distribution", "a memo's distribution list"},
      {"draft", "text being typed, not yet entered"},
  };
  auto it = kPlaces.find(table);
  return std::string(it == kPlaces.end() ? table : it->second);
}

// Who is being forgotten, as the file knows them: now, and in the undo history.
struct Person {
  Id id = 0;
  std::string pseudonym;
  std::set<std::string> names, roles, contacts;  // every value they had, "" left out
};

// Calls `visit(table, rowId, column, value)` for every value, old and new, that `changeset`
// holds (every table of the file has its id as column 0).
template <class Visit>
void ForEachValue(const std::string& changeset, Visit visit) {
  sqlite3_changeset_iter* it = nullptr;
  if (sqlite3changeset_start(&it, int(changeset.size()), const_cast<char*>(changeset.data())) != SQLITE_OK)
    throw Error("An undo step could not be read.", "Reopen the workshop. Nothing was changed.");
  while (sqlite3changeset_next(it) == SQLITE_ROW) {
    const char* table = nullptr;
    int columns = 0, op = 0, indirect = 0;
    sqlite3changeset_op(it, &table, &columns, &op, &indirect);
    sqlite3_value* key = nullptr;
    (op == SQLITE_INSERT ? sqlite3changeset_new : sqlite3changeset_old)(it, 0, &key);
    Id row = key ? sqlite3_value_int64(key) : 0;
    for (int c = 0; c < columns; ++c)
      for (auto value : {sqlite3changeset_old, sqlite3changeset_new}) {
        sqlite3_value* v = nullptr;
        if ((op == SQLITE_INSERT && value == sqlite3changeset_old) ||
            (op == SQLITE_DELETE && value == sqlite3changeset_new))
          continue;
        if (value(it, c, &v) == SQLITE_OK && v) visit(std::string_view(table), row, c, v);
      }
  }
  sqlite3changeset_finalize(it);
}

std::string TextOf(sqlite3_value* v) {
  const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(v));
  return text ? std::string(text, size_t(sqlite3_value_bytes(v))) : std::string();
}

// The columns of the participant table that say who they are, by their number in a changeset.
std::map<int, std::string_view> IdentifyingColumns(const db::Connection& db) {
  TableColumns columns = ColumnsOf(db, "participant");
  std::map<int, std::string_view> out;
  for (size_t c = 0; c < columns.names.size(); ++c)
    for (const char* name : kIdentifying)
      if (columns.names[c] == name) out[int(c)] = name;
  return out;
}

Person ReadPerson(const db::Connection& db, Id participant,
                  const std::map<int, std::string_view>& identifying) {
  Person person;
  db::Statement s(db, "SELECT pseudonym, name, role, contact FROM participant WHERE id = ?");
  if (!s.Bind(1, participant).Step())
    throw Error("That participant is no longer in the workshop.", "Nothing was changed.");
  person.id = participant;
  person.pseudonym = s.Text(0);
  auto keep = [](std::set<std::string>& into, std::string value) {
    if (!value.empty()) into.insert(std::move(value));
  };
  keep(person.names, s.Text(1));
  keep(person.roles, s.Text(2));
  keep(person.contacts, s.Text(3));
  // What they were called, and did, before: the undo history keeps it.
  db::Statement steps(db, "SELECT changeset FROM undo_step");
  while (steps.Step())
    ForEachValue(steps.Blob(0), [&](std::string_view table, Id row, int column, sqlite3_value* v) {
      auto it = identifying.find(column);
      if (table != "participant" || row != participant || it == identifying.end()) return;
      if (it->second == "name") keep(person.names, TextOf(v));
      if (it->second == "role") keep(person.roles, TextOf(v));
      if (it->second == "contact") keep(person.contacts, TextOf(v));
    });
  person.names.erase(person.pseudonym);  // a name never filled in: the pseudonym stood for it
  return person;
}

// The guard over this person's every name, affiliation and contact and nobody else's.
AttributionGuard GuardOf(const Person& person) {
  Model model;
  auto add = [&](const std::string& name, const std::string& role, const std::string& contact) {
    Participant p;
    p.id = person.id;
    p.pseudonym = person.pseudonym;
    p.name = name;
    p.role = role;
    p.contact = contact;
    model.participants.push_back(p);
  };
  for (const std::string& name : person.names) add(name, "", "");
  for (const std::string& role : person.roles) add("", role, "");
  for (const std::string& contact : person.contacts) add("", "", contact);
  return AttributionGuard(model);
}

// `text` with the whole names among `hits` (its own, by offset, longer first) replaced by
// `pseudonym`; what else the guard found is added to `remaining`.
std::string Reworded(const std::string& text, const std::vector<const GuardHit*>& hits,
                     const std::string& pseudonym, const std::string& place,
                     std::vector<Mention>& remaining) {
  std::string out;
  size_t done = 0;
  for (const GuardHit* hit : hits) {
    if (hit->offset < done) continue;  // inside a name already replaced
    if (hit->why != "name") {
      remaining.push_back({place, hit->found, hit->why});
      continue;
    }
    out.append(text, done, hit->offset - done).append(pseudonym);
    done = hit->offset + hit->found.size();
  }
  return out.append(text, done);
}

struct TextColumn {
  std::string table, column;
};

// Every column of text of every table of the record (the undo history is read apart).
std::vector<TextColumn> TextColumns(const db::Connection& db) {
  std::vector<TextColumn> out;
  db::Statement tables(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                           "'sqlite_%' AND name <> 'undo_step' ORDER BY name");
  while (tables.Step()) {
    std::string table = tables.Text(0);
    db::Statement info(db, "PRAGMA table_info(" + table + ")");
    while (info.Step())
      if (info.Text(2) == "TEXT") out.push_back({table, info.Text(1)});
  }
  return out;
}

bool IsFrozen(std::string_view table) {
  return std::find(std::begin(kFrozen), std::end(kFrozen), table) != std::end(kFrozen);
}

// Finds (and with `write`, does) what forgetting `participant` means, inside the caller's
// transaction. The participant's own row is left to the caller.
ForgetReport Sweep(db::Connection& db, Id participant, bool write) {
  const auto identifying = IdentifyingColumns(db);
  const Person person = ReadPerson(db, participant, identifying);
  const AttributionGuard guard = GuardOf(person);
  ForgetReport report;
  report.pseudonym = person.pseudonym;
  report.names.assign(person.names.begin(), person.names.end());

  // The undo history: the newest step that holds anything of theirs goes, and every step before
  // it (undoing a later step without an earlier one could make a record nobody made). The redo
  // steps go too, as after any edit.
  Id newest = 0;
  {
    db::Statement steps(db, "SELECT id, changeset FROM undo_step ORDER BY id");
    while (steps.Step()) {
      bool theirs = false;
      std::vector<std::string> texts;
      ForEachValue(steps.Blob(1), [&](std::string_view table, Id row, int column, sqlite3_value* v) {
        if (table == "participant" && row == participant && identifying.count(column)) theirs = true;
        if (sqlite3_value_type(v) == SQLITE_TEXT) texts.push_back(TextOf(v));
      });
      if (theirs || !guard.Check(texts).empty()) newest = steps.Int(0);
    }
  }
  {
    db::Statement count(db, "SELECT count(*) FROM undo_step WHERE id <= ? OR undone = 1");
    count.Bind(1, newest).Step();
    report.undoSteps = int(count.Int(0));
  }
  if (write) db::Statement(db, "DELETE FROM undo_step WHERE id <= ? OR undone = 1").Bind(1, newest).Run();

  // Every text of the file. The session log is append-only: its triggers stand aside while
  // names in it are replaced, and are made again from their own text.
  std::vector<std::string> logTriggers;
  if (write) {
    std::vector<std::string> names;
    db::Statement s(db, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'session_log'");
    while (s.Step()) {
      names.push_back(s.Text(0));
      logTriggers.push_back(s.Text(1));
    }
    for (const std::string& name : names) db.Exec("DROP TRIGGER " + name, "forgetting a participant");
  }
  for (const TextColumn& c : TextColumns(db)) {
    // Other people's names and roles are theirs, whatever they share with this person's (a
    // surname, "Nurse at the town hall"); their notes and contact may speak of this person.
    if (c.table == "participant" && c.column != "notes" && c.column != "contact") continue;
    std::vector<Id> ids;
    std::vector<std::string> texts;
    {
      db::Statement rows(db, "SELECT id, " + c.column + " FROM " + c.table + " WHERE " + c.column +
                                 " <> ''" + (c.table == "participant" ? " AND id <> ?" : ""));
      if (c.table == "participant") rows.Bind(1, participant);
      while (rows.Step()) {
        ids.push_back(rows.Int(0));
        texts.push_back(rows.Text(1));
      }
    }
    std::vector<GuardHit> hits = guard.Check(texts);
    const std::string place = PlaceOf(c.table);
    for (size_t begin = 0; begin < hits.size();) {
      size_t end = begin, paragraph = hits[begin].paragraph;
      std::vector<const GuardHit*> own;
      for (; end < hits.size() && hits[end].paragraph == paragraph; ++end) own.push_back(&hits[end]);
      begin = end;
      const std::string& text = texts[paragraph];
      Id id = ids[paragraph];
      if (c.table == kAcceptedHits) {
        if (write) db::Statement(db, "DELETE FROM accepted_hit WHERE id = ?").Bind(1, id).Run();
        continue;
      }
      if (IsFrozen(c.table)) {
        for (const GuardHit* hit : own) report.remaining.push_back({place, hit->found, hit->why});
        continue;
      }
      std::string reworded = Reworded(text, own, person.pseudonym, place, report.remaining);
      if (reworded == text) continue;
      ++report.reworded;
      if (write)
        db::Statement(db, "UPDATE " + c.table + " SET " + c.column + " = ? WHERE id = ?")
            .Bind(1, reworded)
            .Bind(2, id)
            .Run();
    }
  }
  for (const std::string& sql : logTriggers) db.Exec(sql, "forgetting a participant");
  return report;
}

}  // namespace

ForgetReport Workshop::PlanForget(Id participant) {
  // Read in a transaction that is rolled back: the sweep is the same one Forget makes.
  db::Transaction tx(m_impl->db);
  return Sweep(m_impl->db, participant, false);
}

ForgetReport Workshop::Forget(Id participant) {
  auto& db = m_impl->db;
  ForgetReport report;
  {
    db::Transaction tx(db);
    report = Sweep(db, participant, true);
    db::Statement(db,
                  "UPDATE participant SET name = pseudonym, role = '', notes = '', contact = '', "
                  "general_role = '' WHERE id = ?")
        .Bind(1, participant)
        .Run();
    Log(db, 0, "forget",
        report.pseudonym + " withdrew: their name and details were forgotten everywhere in the file.");
    tx.Commit();
  }
  m_impl->lastMergeKey.clear();
  m_lastWrite = Now();
  m_model = LoadModel(db);
  m_log.clear();
  if (m_logRead) LoadLogTail(db, m_log, m_model.scripts);
  Refresh();
  // secure_delete zeroes what an edit frees inside the file, but not what earlier versions of
  // Parley left in free pages, nor the old pages in the -wal: the file is rebuilt from what it
  // holds now, in memory (a temporary file would keep the name on the disk after it is
  // deleted), and the -wal is emptied.
  try {
    db.Exec("PRAGMA temp_store = MEMORY; VACUUM;", "rebuilding the file");
    int rc = sqlite3_wal_checkpoint_v2(db.Handle(), "main", SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    if (rc != SQLITE_OK) db::Fail(db.Handle(), rc, "emptying the file's -wal");
  } catch (const Error& e) {
    throw Error(std::string(e.what()) + ". " + report.pseudonym +
                    " is forgotten in the record, but the file's free space may still hold an old "
                    "copy of their name.",
                "Close the workshop in every other Parley window and free some disk space, then "
                "choose Forget this person again: it finishes the job.");
  }
  return report;
}

}  // namespace parley
