#include "core/store/model_loader.hpp"

#include <algorithm>
#include <atomic>
#include <map>
#include <set>

#include "core/common/error.hpp"
#include "core/common/scripts.hpp"

namespace parley {

namespace {

// A row of a statement as the mappings read it: each text read adds its scripts to the
// Model's (core/scripts.hpp), so that the text is looked at once, as it is copied.
class RowReader {
 public:
  RowReader(const db::Statement& s, Scripts& scripts) : m_s(s), m_scripts(scripts) {}
  int64_t Int(int column) const { return m_s.Int(column); }
  std::string Text(int column) const {
    std::string_view text = m_s.TextView(column);
    m_scripts |= ScriptsIn(text);
    return std::string(text);
  }

 private:
  const db::Statement& m_s;
  Scripts& m_scripts;
};

// How one table's rows map to one list of the Model.
template <class Row>
struct Mapping {
  const char* table;
  const char* columns;  // first column is id
  void (*read)(const RowReader&, Row&);
  std::vector<Row> Model::*rows;
  bool (*before)(const Row&, const Row&);  // screen order
};

template <class Row>
bool ByPosition(const Row& a, const Row& b) {
  return a.position != b.position ? a.position < b.position : a.id < b.id;
}

const Mapping<Party> kParties{
    "party", "id, position, name, short_name, colour",
    [](const RowReader& s, Party& p) {
      p = {s.Int(0), s.Int(1), s.Text(2), s.Text(3), s.Text(4)};
    },
    &Model::parties, ByPosition<Party>};

const Mapping<Participant> kParticipants{
    "participant", "id, position, party_id, name, role, pseudonym, notes, contact, general_role",
    [](const RowReader& s, Participant& p) {
      p = {s.Int(0), s.Int(1), s.Int(2), s.Text(3), s.Text(4), s.Text(5), s.Text(6), s.Text(7), s.Text(8)};
    },
    &Model::participants, ByPosition<Participant>};

const Mapping<Session> kSessions{
    "session", "id, date, title, reaffirm",
    [](const RowReader& s, Session& r) { r = {s.Int(0), s.Text(1), s.Text(2), s.Int(3) != 0}; },
    &Model::sessions,
    [](const Session& a, const Session& b) {
      return a.date != b.date ? a.date < b.date : a.id < b.id;
    }};

const Mapping<Attendance> kAttendance{
    "attendance", "id, session_id, participant_id",
    [](const RowReader& s, Attendance& r) { r = {s.Int(0), s.Int(1), s.Int(2)}; },
    &Model::attendance,
    [](const Attendance& a, const Attendance& b) { return a.id < b.id; }};

const Mapping<Rule> kRules{
    "rule", "id, position, text",
    [](const RowReader& s, Rule& r) { r = {s.Int(0), s.Int(1), s.Text(2)}; },
    &Model::rules, ByPosition<Rule>};

template <class Row>
bool ById(const Row& a, const Row& b) {
  return a.id < b.id;
}

const Mapping<Consent> kConsents{
    "consent", "id, session_id, participant_id, agreed_at, rules_revision, note",
    [](const RowReader& s, Consent& r) {
      r = {s.Int(0), s.Int(1), s.Int(2), s.Text(3), s.Int(4), s.Text(5)};
    },
    &Model::consents, ById<Consent>};

const Mapping<PhaseProgress> kProgress{
    "phase_progress", "id, session_id, phase, status",
    [](const RowReader& s, PhaseProgress& r) {
      r = {s.Int(0), s.Int(1), Phase(s.Int(2)), PhaseStatus(s.Int(3))};
    },
    &Model::progress, ById<PhaseProgress>};

const Mapping<QueueEntry> kQueue{
    "speaking_queue", "id, session_id, participant_id, position",
    [](const RowReader& s, QueueEntry& r) { r = {s.Int(0), s.Int(1), s.Int(2), s.Int(3)}; },
    &Model::queue, ByPosition<QueueEntry>};

const Mapping<Turn> kTurns{
    "turn", "id, session_id, participant_id, started_at, held_ms, running_since_ms, ended",
    [](const RowReader& s, Turn& r) {
      r = {s.Int(0), s.Int(1), s.Int(2), s.Text(3), s.Int(4), s.Int(5), s.Int(6) != 0};
    },
    &Model::turns, ById<Turn>};

const Mapping<Story> kStories{
    "story", "id, session_id, teller_id, summary, ifnull(reflected_by_id, 0), restatement",
    [](const RowReader& s, Story& r) {
      r = {s.Int(0), s.Int(1), s.Int(2), s.Text(3), s.Int(4), s.Text(5)};
    },
    &Model::stories, ById<Story>};

const Mapping<StoryTheme> kThemes{
    "story_theme", "id, story_id, theme",
    [](const RowReader& s, StoryTheme& r) { r = {s.Int(0), s.Int(1), s.Text(2)}; },
    &Model::themes, ById<StoryTheme>};

const Mapping<Category> kCategories{
    "concern_category", "id, position, name",
    [](const RowReader& s, Category& r) { r = {s.Int(0), s.Int(1), s.Text(2)}; },
    &Model::categories, ByPosition<Category>};

const Mapping<Concern> kConcerns{
    "concern",
    "id, session_id, party_id, kind, text, stated_position, ifnull(category_id, 0), position, "
    "ifnull(story_id, 0), notes, acknowledged, restatement, ifnull(in_matrix, -1), position_open",
    [](const RowReader& s, Concern& r) {
      r = {s.Int(0), s.Int(1), s.Int(2), ConcernKind(s.Int(3)), s.Text(4), s.Text(5), s.Int(6),
           s.Int(7), s.Int(8), s.Text(9), s.Int(10) != 0, s.Text(11), int(s.Int(12)), s.Int(13) != 0};
    },
    &Model::concerns,
    [](const Concern& a, const Concern& b) {
      if (a.partyId != b.partyId) return a.partyId < b.partyId;
      return a.position != b.position ? a.position < b.position : a.id < b.id;
    }};

const Mapping<ConcernHolder> kHolders{
    "concern_holder", "id, concern_id, party_id",
    [](const RowReader& s, ConcernHolder& r) { r = {s.Int(0), s.Int(1), s.Int(2)}; },
    &Model::holders, ById<ConcernHolder>};

const Mapping<Cluster> kClusters{
    "option_cluster", "id, position, name",
    [](const RowReader& s, Cluster& r) { r = {s.Int(0), s.Int(1), s.Text(2)}; },
    &Model::clusters, ByPosition<Cluster>};

const Mapping<Option> kOptions{
    "option",
    "id, session_id, position, text, ifnull(cluster_id, 0), ifnull(proposed_by_party_id, 0), "
    "ifnull(merged_into_id, 0)",
    [](const RowReader& s, Option& r) {
      r = {s.Int(0), s.Int(1), s.Int(2), s.Text(3), s.Int(4), s.Int(5), s.Int(6)};
    },
    &Model::options, ByPosition<Option>};

const Mapping<Score> kScores{
    "score", "id, option_id, concern_id, value, note",
    [](const RowReader& s, Score& r) { r = {s.Int(0), s.Int(1), s.Int(2), int(s.Int(3)), s.Text(4)}; },
    &Model::scores, ById<Score>};

const Mapping<Constraint> kConstraints{
    "option_constraint", "id, option_id, party_id, kind, text",
    [](const RowReader& s, Constraint& r) {
      r = {s.Int(0), s.Int(1), s.Int(2), ConstraintKind(s.Int(3)), s.Text(4)};
    },
    &Model::constraints, ById<Constraint>};

const Mapping<Step> kSteps{
    "step",
    "id, option_id, session_id, text, ifnull(who_participant_id, 0), ifnull(who_party_id, 0), due, status",
    [](const RowReader& s, Step& r) {
      r = {s.Int(0), s.Int(1), s.Int(2), s.Text(3), s.Int(4), s.Int(5), s.Text(6), StepStatus(s.Int(7))};
    },
    &Model::steps, ById<Step>};

const Mapping<Memo> kMemos{
    "memo", "id, title, date, show_place, show_dates",
    [](const RowReader& s, Memo& r) { r = {s.Int(0), s.Text(1), s.Text(2), s.Int(3) != 0, s.Int(4) != 0}; },
    &Model::memos, ById<Memo>};

const Mapping<MemoSection> kSections{
    "memo_section", "id, memo_id, position, kind, title",
    [](const RowReader& s, MemoSection& r) {
      r = {s.Int(0), s.Int(1), s.Int(2), MemoSectionKind(s.Int(3)), s.Text(4)};
    },
    &Model::sections,
    [](const MemoSection& a, const MemoSection& b) {
      if (a.memoId != b.memoId) return a.memoId < b.memoId;
      return a.position != b.position ? a.position < b.position : a.id < b.id;
    }};

const Mapping<MemoParagraph> kParagraphs{
    "memo_paragraph", "id, section_id, position, text, status, source_kind, source_id",
    [](const RowReader& s, MemoParagraph& r) {
      r = {s.Int(0), s.Int(1), s.Int(2), s.Text(3), ParagraphStatus(s.Int(4)), s.Text(5), s.Int(6)};
    },
    &Model::paragraphs,
    [](const MemoParagraph& a, const MemoParagraph& b) {
      if (a.sectionId != b.sectionId) return a.sectionId < b.sectionId;
      return a.position != b.position ? a.position < b.position : a.id < b.id;
    }};

const Mapping<MemoVersion> kVersions{
    "memo_version", "id, memo_id, number, note, frozen_at, title, date",
    [](const RowReader& s, MemoVersion& r) {
      r = {s.Int(0), s.Int(1), s.Int(2), s.Text(3), s.Text(4), s.Text(5), s.Text(6)};
    },
    &Model::versions,
    [](const MemoVersion& a, const MemoVersion& b) {
      return a.memoId != b.memoId ? a.memoId < b.memoId : a.number < b.number;
    }};

const Mapping<VersionParagraph> kVersionParagraphs{
    "version_paragraph", "id, version_id, position, section_title, text, status",
    [](const RowReader& s, VersionParagraph& r) {
      r = {s.Int(0), s.Int(1), s.Int(2), s.Text(3), s.Text(4), ParagraphStatus(s.Int(5))};
    },
    &Model::versionParagraphs,
    [](const VersionParagraph& a, const VersionParagraph& b) {
      return a.versionId != b.versionId ? a.versionId < b.versionId : a.position < b.position;
    }};

const Mapping<Distribution> kDistribution{
    "distribution", "id, version_id, recipient, sent_on, note",
    [](const RowReader& s, Distribution& r) { r = {s.Int(0), s.Int(1), s.Text(2), s.Text(3), s.Text(4)}; },
    &Model::distribution, ById<Distribution>};

const Mapping<AcceptedHit> kAcceptedHits{
    "accepted_hit", "id, memo_id, term, paragraph_key, accepted_at, text",
    [](const RowReader& s, AcceptedHit& r) { r = {s.Int(0), s.Int(1), s.Text(2), s.Text(3), s.Text(4), s.Text(5)}; },
    &Model::acceptedHits, ById<AcceptedHit>};

void LoadInfo(const db::Connection& db, Model& model) {
  db::Statement statement(db,
                          "SELECT title, context, venue, language, start_date, end_date, confidentiality, "
                          "rules_revision, matrix_top, record_proposer FROM workshop WHERE id = 1");
  if (!statement.Step())
    throw Error("The workshop file has no workshop record.",
                "The file is damaged. Open a backup copy; Parley left this file as it was.");
  RowReader s(statement, model.scripts);
  model.info = {s.Text(0), s.Text(1), s.Text(2), s.Text(3), s.Text(4), s.Text(5),
                s.Text(6), s.Int(7),  s.Int(8),  s.Int(9) != 0};
}

// Drafts are a map by field, not a list of rows, and no changeset carries them (SetDraft keeps
// the Model in step itself): they are read once, on open.
void LoadDrafts(const db::Connection& db, Model& model) {
  db::Statement statement(db, "SELECT kind, session_id, place_id, party_id, variant, text FROM draft");
  RowReader s(statement, model.scripts);
  while (statement.Step())
    model.drafts[{DraftKind(s.Int(0)), s.Int(1), s.Int(2), s.Int(3), int(s.Int(4))}] = s.Text(5);
}

template <class Row>
void LoadAll(const db::Connection& db, const Mapping<Row>& m, Model& model) {
  auto& rows = model.*m.rows;
  rows.clear();
  db::Statement s(db, std::string("SELECT ") + m.columns + " FROM " + m.table);
  RowReader reader(s, model.scripts);
  while (s.Step()) m.read(reader, rows.emplace_back());
  // A table read whole comes in id order, which is most lists' order already.
  if (!std::is_sorted(rows.begin(), rows.end(), m.before)) std::sort(rows.begin(), rows.end(), m.before);
}

// Re-reads the rows `ids` of one table (a deleted row is dropped) keeping screen order without
// sorting the whole list: an edit costs the same in a small workshop and in a large one.
template <class Row>
void Reload(const db::Connection& db, const Mapping<Row>& m, const std::set<Id>& ids, Model& model) {
  auto& rows = model.*m.rows;
  db::Statement s(db, std::string("SELECT ") + m.columns + " FROM " + m.table + " WHERE id = ?");
  auto fetch = [&](Id id, Row& row) {
    s.Bind(1, id);
    bool found = s.Step();
    if (found) m.read(RowReader(s, model.scripts), row);
    s.Reset();
    return found;
  };
  auto insert = [&](Row&& row) { rows.insert(std::upper_bound(rows.begin(), rows.end(), row, m.before), std::move(row)); };

  if (ids.size() == 1) {
    // The usual edit: one row typed into, scored, added or removed.
    Id id = *ids.begin();
    auto it = m.before == ById<Row> ? std::lower_bound(rows.begin(), rows.end(), id, [](const Row& r, Id x) { return r.id < x; })
                                    : std::find_if(rows.begin(), rows.end(), [&](const Row& r) { return r.id == id; });
    if (it != rows.end() && it->id != id) it = rows.end();
    Row row;
    if (!fetch(id, row)) {
      if (it != rows.end()) rows.erase(it);
      return;
    }
    if (it != rows.end()) {
      size_t i = size_t(it - rows.begin());
      bool stays = (i == 0 || !m.before(row, rows[i - 1])) && (i + 1 == rows.size() || !m.before(rows[i + 1], row));
      if (stays) {
        *it = std::move(row);
        return;
      }
      rows.erase(it);
    }
    insert(std::move(row));
    return;
  }
  // Several rows (a reorder, an undo): take them all out, then put each back in its place.
  std::erase_if(rows, [&](const Row& r) { return ids.count(r.id) != 0; });
  for (Id id : ids) {
    Row row;
    if (fetch(id, row)) insert(std::move(row));
  }
}

// Calls `fn` with each table's mapping.
template <class Fn>
void ForEachMapping(Fn&& fn) {
  fn(kParties);
  fn(kParticipants);
  fn(kSessions);
  fn(kAttendance);
  fn(kRules);
  fn(kConsents);
  fn(kProgress);
  fn(kQueue);
  fn(kTurns);
  fn(kStories);
  fn(kThemes);
  fn(kCategories);
  fn(kConcerns);
  fn(kHolders);
  fn(kClusters);
  fn(kOptions);
  fn(kScores);
  fn(kConstraints);
  fn(kSteps);
  fn(kMemos);
  fn(kSections);
  fn(kParagraphs);
  fn(kVersions);
  fn(kVersionParagraphs);
  fn(kDistribution);
  fn(kAcceptedHits);
}

}  // namespace

// Revisions are unique across every Model of the process, so that a view's cache keyed on one
// can never mistake another workshop (or a reopening) for the one it cached.
uint64_t NextRevision() {
  static std::atomic<uint64_t> counter{0};
  return ++counter;
}

Model LoadModel(const db::Connection& db) {
  Model model;
  model.revision = NextRevision();
  LoadInfo(db, model);
  ForEachMapping([&](const auto& mapping) { LoadAll(db, mapping, model); });
  LoadDrafts(db, model);
  return model;
}

void LoadLogTail(const db::Connection& db, std::vector<LogEntry>& log, Scripts& scripts) {
  db::Statement s(db, "SELECT id, ifnull(session_id, 0), at, kind, text FROM session_log WHERE id > ? ORDER BY id");
  s.Bind(1, log.empty() ? 0 : log.back().id);
  RowReader row(s, scripts);
  while (s.Step()) log.push_back({row.Int(0), row.Int(1), row.Text(2), row.Text(3), row.Text(4)});
}

void ApplyChangeset(const db::Connection& db, const std::string& changeset, Model& model) {
  std::map<std::string, std::set<Id>> changed;  // table -> ids of changed rows
  sqlite3_changeset_iter* it = nullptr;
  if (sqlite3changeset_start(&it, int(changeset.size()), const_cast<char*>(changeset.data())) !=
      SQLITE_OK)
    throw Error("An edit record could not be read.", "Reopen the workshop.");
  while (sqlite3changeset_next(it) == SQLITE_ROW) {
    const char* table = nullptr;
    int columns = 0, op = 0, indirect = 0;
    sqlite3changeset_op(it, &table, &columns, &op, &indirect);
    sqlite3_value* key = nullptr;
    if (op == SQLITE_INSERT)
      sqlite3changeset_new(it, 0, &key);
    else
      sqlite3changeset_old(it, 0, &key);
    if (key) changed[table].insert(sqlite3_value_int64(key));
  }
  sqlite3changeset_finalize(it);

  for (const auto& [table, ids] : changed) {
    if (table == "workshop") LoadInfo(db, model);
    // Captured by name: clang 14 (the fuzz build) cannot capture a structured binding.
    ForEachMapping([&, &table = table, &ids = ids](const auto& mapping) {
      if (table == mapping.table) Reload(db, mapping, ids, model);
    });
  }
  model.revision = NextRevision();
}

}  // namespace parley
