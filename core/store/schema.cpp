#include "core/store/schema.hpp"

namespace parley::schema {

namespace {

// Version 1: the workshop, its parties, participants, sessions and attendance, and the undo
// history. Every table has an INTEGER PRIMARY KEY `id`: the session extension that records
// each edit for undo needs a primary key, and the model is kept in step row by row by id.
constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE workshop (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  title TEXT NOT NULL,
  context TEXT NOT NULL DEFAULT '',
  venue TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT '',
  start_date TEXT NOT NULL DEFAULT '',
  end_date TEXT NOT NULL DEFAULT '',
  confidentiality TEXT NOT NULL DEFAULT ''
);
CREATE TABLE party (
  id INTEGER PRIMARY KEY,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  short_name TEXT NOT NULL DEFAULT '',
  colour TEXT NOT NULL
);
CREATE TABLE participant (
  id INTEGER PRIMARY KEY,
  position INTEGER NOT NULL,
  party_id INTEGER NOT NULL REFERENCES party(id),
  name TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT '',
  pseudonym TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE session (
  id INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT ''
);
CREATE TABLE attendance (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES session(id),
  participant_id INTEGER NOT NULL REFERENCES participant(id),
  UNIQUE (session_id, participant_id)
);
CREATE TABLE undo_step (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL,
  changeset BLOB NOT NULL,
  undone INTEGER NOT NULL DEFAULT 0,
  at TEXT NOT NULL
);
)sql";

// Version 2: ground rules and consent, the phase stepper, the session log, the speaking
// queue and floor time, and stories with their themes.
constexpr std::string_view kVersion2 = R"sql(
ALTER TABLE workshop ADD COLUMN rules_revision INTEGER NOT NULL DEFAULT 1;
CREATE TABLE rule (
  id INTEGER PRIMARY KEY,
  position INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE TABLE consent (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES session(id),
  participant_id INTEGER NOT NULL REFERENCES participant(id),
  agreed_at TEXT NOT NULL,
  rules_revision INTEGER NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  UNIQUE (session_id, participant_id)
);
CREATE TABLE phase_progress (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES session(id),
  phase INTEGER NOT NULL CHECK (phase BETWEEN 0 AND 4),
  status INTEGER NOT NULL CHECK (status BETWEEN 0 AND 2),
  UNIQUE (session_id, phase)
);
CREATE TABLE session_log (
  id INTEGER PRIMARY KEY,
  session_id INTEGER REFERENCES session(id),
  at TEXT NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE TRIGGER session_log_is_append_only_update BEFORE UPDATE ON session_log
  BEGIN SELECT RAISE(ABORT, 'the session log is append-only'); END;
CREATE TRIGGER session_log_is_append_only_delete BEFORE DELETE ON session_log
  BEGIN SELECT RAISE(ABORT, 'the session log is append-only'); END;
CREATE TABLE speaking_queue (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES session(id),
  participant_id INTEGER NOT NULL REFERENCES participant(id),
  position INTEGER NOT NULL,
  UNIQUE (session_id, participant_id)
);
CREATE TABLE turn (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES session(id),
  participant_id INTEGER NOT NULL REFERENCES participant(id),
  started_at TEXT NOT NULL,
  held_ms INTEGER NOT NULL DEFAULT 0,
  running_since_ms INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE story (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES session(id),
  teller_id INTEGER NOT NULL REFERENCES participant(id),
  summary TEXT NOT NULL DEFAULT '',
  reflected_by_id INTEGER REFERENCES participant(id),
  restatement TEXT NOT NULL DEFAULT '',
  internal INTEGER NOT NULL DEFAULT 1 CHECK (internal = 1)
);
CREATE TABLE story_theme (
  id INTEGER PRIMARY KEY,
  story_id INTEGER NOT NULL REFERENCES story(id),
  theme TEXT NOT NULL,
  UNIQUE (story_id, theme)
);
)sql";

// Version 3: a turn at the floor can end (the floor closed, not just paused); needs and fears
// (concerns), their categories, acknowledgement and common ground;
// options, clusters, each party's scores, constraints and steps. The standard categories are
// inserted after this step from assets/concern_categories.txt (see Workshop's Migrate).
constexpr std::string_view kVersion3 = R"sql(
ALTER TABLE workshop ADD COLUMN matrix_top INTEGER NOT NULL DEFAULT 3;
ALTER TABLE turn ADD COLUMN ended INTEGER NOT NULL DEFAULT 0 CHECK (ended IN (0, 1));
ALTER TABLE workshop ADD COLUMN record_proposer INTEGER NOT NULL DEFAULT 0;
CREATE TABLE concern_category (
  id INTEGER PRIMARY KEY,
  position INTEGER NOT NULL,
  name TEXT NOT NULL
);
CREATE TABLE concern (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES session(id),
  party_id INTEGER NOT NULL REFERENCES party(id),
  kind INTEGER NOT NULL CHECK (kind IN (0, 1)),
  text TEXT NOT NULL,
  stated_position TEXT NOT NULL DEFAULT '',
  category_id INTEGER REFERENCES concern_category(id),
  position INTEGER NOT NULL,
  story_id INTEGER REFERENCES story(id),
  notes TEXT NOT NULL DEFAULT '',
  acknowledged INTEGER NOT NULL DEFAULT 0 CHECK (acknowledged IN (0, 1)),
  restatement TEXT NOT NULL DEFAULT '',
  in_matrix INTEGER CHECK (in_matrix IN (0, 1))
);
CREATE TABLE concern_holder (
  id INTEGER PRIMARY KEY,
  concern_id INTEGER NOT NULL REFERENCES concern(id),
  party_id INTEGER NOT NULL REFERENCES party(id),
  UNIQUE (concern_id, party_id)
);
CREATE TABLE option_cluster (
  id INTEGER PRIMARY KEY,
  position INTEGER NOT NULL,
  name TEXT NOT NULL
);
CREATE TABLE option (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES session(id),
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  cluster_id INTEGER REFERENCES option_cluster(id),
  proposed_by_party_id INTEGER REFERENCES party(id),
  merged_into_id INTEGER REFERENCES option(id)
);
CREATE TABLE score (
  id INTEGER PRIMARY KEY,
  option_id INTEGER NOT NULL REFERENCES option(id),
  concern_id INTEGER NOT NULL REFERENCES concern(id),
  value INTEGER NOT NULL CHECK (value BETWEEN -2 AND 2),
  note TEXT NOT NULL DEFAULT '',
  UNIQUE (option_id, concern_id)
);
CREATE TABLE option_constraint (
  id INTEGER PRIMARY KEY,
  option_id INTEGER NOT NULL REFERENCES option(id),
  party_id INTEGER NOT NULL REFERENCES party(id),
  kind INTEGER NOT NULL CHECK (kind IN (0, 1)),
  text TEXT NOT NULL
);
CREATE TABLE step (
  id INTEGER PRIMARY KEY,
  option_id INTEGER NOT NULL REFERENCES option(id),
  session_id INTEGER NOT NULL REFERENCES session(id),
  text TEXT NOT NULL,
  who_participant_id INTEGER REFERENCES participant(id),
  who_party_id INTEGER REFERENCES party(id),
  due TEXT NOT NULL DEFAULT '',
  status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 2)
);
CREATE INDEX score_by_option ON score(option_id);
CREATE INDEX concern_by_party ON concern(party_id, position);
)sql";

// Version 4: the joint memorandum (memos, sections, paragraphs, frozen versions and who received
// them, accepted guard hits), and what the guard and the "who met" paragraph need of a
// participant: contact details and a role in general terms.
constexpr std::string_view kVersion4 = R"sql(
ALTER TABLE participant ADD COLUMN contact TEXT NOT NULL DEFAULT '';
ALTER TABLE participant ADD COLUMN general_role TEXT NOT NULL DEFAULT '';
CREATE TABLE memo (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  date TEXT NOT NULL DEFAULT '',
  show_place INTEGER NOT NULL DEFAULT 0 CHECK (show_place IN (0, 1)),
  show_dates INTEGER NOT NULL DEFAULT 0 CHECK (show_dates IN (0, 1))
);
CREATE TABLE memo_section (
  id INTEGER PRIMARY KEY,
  memo_id INTEGER NOT NULL REFERENCES memo(id),
  position INTEGER NOT NULL,
  kind INTEGER NOT NULL,
  title TEXT NOT NULL
);
CREATE TABLE memo_paragraph (
  id INTEGER PRIMARY KEY,
  section_id INTEGER NOT NULL REFERENCES memo_section(id),
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  status INTEGER NOT NULL DEFAULT 1 CHECK (status BETWEEN 0 AND 2),
  source_kind TEXT NOT NULL DEFAULT '',
  source_id INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE memo_version (
  id INTEGER PRIMARY KEY,
  memo_id INTEGER NOT NULL REFERENCES memo(id),
  number INTEGER NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  frozen_at TEXT NOT NULL,
  title TEXT NOT NULL,
  date TEXT NOT NULL,
  UNIQUE (memo_id, number)
);
CREATE TABLE version_paragraph (
  id INTEGER PRIMARY KEY,
  version_id INTEGER NOT NULL REFERENCES memo_version(id),
  position INTEGER NOT NULL,
  section_title TEXT NOT NULL,
  text TEXT NOT NULL,
  status INTEGER NOT NULL CHECK (status BETWEEN 0 AND 2)
);
CREATE TRIGGER frozen_versions_do_not_change BEFORE UPDATE ON memo_version
  BEGIN SELECT RAISE(ABORT, 'a frozen memo version cannot change'); END;
CREATE TRIGGER frozen_paragraphs_do_not_change BEFORE UPDATE ON version_paragraph
  BEGIN SELECT RAISE(ABORT, 'a frozen memo version cannot change'); END;
CREATE TABLE distribution (
  id INTEGER PRIMARY KEY,
  version_id INTEGER NOT NULL REFERENCES memo_version(id),
  recipient TEXT NOT NULL,
  sent_on TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE accepted_hit (
  id INTEGER PRIMARY KEY,
  memo_id INTEGER NOT NULL REFERENCES memo(id),
  term TEXT NOT NULL,
  paragraph_key TEXT NOT NULL,
  accepted_at TEXT NOT NULL,
  UNIQUE (memo_id, term, paragraph_key)
);
CREATE INDEX paragraph_by_section ON memo_paragraph(section_id, position);
CREATE INDEX version_paragraph_by_version ON version_paragraph(version_id, position);
)sql";

// Version 5: an accepted guard hit holds for the wording it was accepted in, frozen memo
// versions cannot be deleted either (a freeze closes the undo history), and a concern can be
// marked as stated as a position before it is reworded. Hits accepted before
// version 5 did not record their wording: they no longer hold, and the guard asks again. An
// undo history with a freeze in it could no longer be undone past it: it is closed too.
constexpr std::string_view kVersion5 = R"sql(
CREATE TABLE accepted_hit_5 (
  id INTEGER PRIMARY KEY,
  memo_id INTEGER NOT NULL REFERENCES memo(id),
  term TEXT NOT NULL,
  paragraph_key TEXT NOT NULL,
  accepted_at TEXT NOT NULL,
  text TEXT NOT NULL DEFAULT '',
  UNIQUE (memo_id, term, paragraph_key, text)
);
INSERT INTO accepted_hit_5 (id, memo_id, term, paragraph_key, accepted_at)
  SELECT id, memo_id, term, paragraph_key, accepted_at FROM accepted_hit;
DROP TABLE accepted_hit;
ALTER TABLE accepted_hit_5 RENAME TO accepted_hit;
CREATE TRIGGER frozen_versions_stay BEFORE DELETE ON memo_version
  BEGIN SELECT RAISE(ABORT, 'a frozen memo version cannot be deleted'); END;
CREATE TRIGGER frozen_paragraphs_stay BEFORE DELETE ON version_paragraph
  BEGIN SELECT RAISE(ABORT, 'a frozen memo version cannot be deleted'); END;
DELETE FROM undo_step WHERE EXISTS (SELECT 1 FROM undo_step WHERE label = 'freeze memo version');
ALTER TABLE concern ADD COLUMN position_open INTEGER NOT NULL DEFAULT 0 CHECK (position_open IN (0, 1));
)sql";

// Version 6: drafts, the text typed into an entry field for something new and not yet entered,
// one per field, so that a crash loses none of it. The ids say which field (see DraftKey); they
// are plain numbers, 0 for none, not references: a draft of a removed option is still typing,
// and a key with a NULL in it would not be unique.
constexpr std::string_view kVersion6 = R"sql(
CREATE TABLE draft (
  id INTEGER PRIMARY KEY,
  kind INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 6),
  session_id INTEGER NOT NULL DEFAULT 0,
  place_id INTEGER NOT NULL DEFAULT 0,
  party_id INTEGER NOT NULL DEFAULT 0,
  variant INTEGER NOT NULL DEFAULT 0,
  text TEXT NOT NULL,
  UNIQUE (kind, session_id, place_id, party_id, variant)
);
)sql";

// Version 7: a consent holds across the workshop's sessions; a session can ask the room to
// reaffirm the rules, and then only consents given in it hold in it.
constexpr std::string_view kVersion7 = R"sql(
ALTER TABLE session ADD COLUMN reaffirm INTEGER NOT NULL DEFAULT 0 CHECK (reaffirm IN (0, 1));
)sql";

constexpr std::string_view kMigrations[] = {kVersion1, kVersion2, kVersion3, kVersion4,
                                            kVersion5, kVersion6, kVersion7};

}  // namespace

std::span<const std::string_view> Migrations() { return kMigrations; }

}  // namespace parley::schema
