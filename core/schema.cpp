#include "core/schema.hpp"

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

constexpr std::string_view kMigrations[] = {kVersion1};

}  // namespace

std::span<const std::string_view> Migrations() { return kMigrations; }

}  // namespace parley::schema
