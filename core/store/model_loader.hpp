#pragma once
// Reads the Model from a workshop file: all of it on open, and only the rows an edit changed
// afterwards, so that an edit costs the same in a small workshop and a large one.
#include <string>

#include "core/store/db.hpp"
#include "core/model/model.hpp"

namespace parley {

// Reads every table of the Model (the session log is not in it: see LoadLogTail). Throws
// parley::Error.
Model LoadModel(const db::Connection& db);

// Appends to `log` the session log entries newer than the last one it holds, adding the
// blocks of Unicode their text uses to `scripts`. The log is append-only and outside the undo
// history, so this is how it is read first and kept in step after.
void LoadLogTail(const db::Connection& db, std::vector<LogEntry>& log, Scripts& scripts);

// Brings `model` in step with the rows that `changeset` (an SQLite session changeset already
// applied to `db`) inserted, updated or deleted, keeping each list in screen order.
void ApplyChangeset(const db::Connection& db, const std::string& changeset, Model& model);

// A Model's next revision (Model::revision), for a change made to it in memory.
uint64_t NextRevision();

}  // namespace parley
