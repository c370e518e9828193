#pragma once
// Reads the Model from a workshop file: all of it on open, and only the rows an edit changed
// afterwards, so that an edit costs the same in a small workshop and a large one.
#include <string>

#include "core/db.hpp"
#include "core/model.hpp"

namespace parley {

// Reads every table of the Model. Throws parley::Error.
Model LoadModel(const db::Connection& db);

// Appends the session log entries newer than the last one `model` holds. The log is
// append-only and outside the undo history, so this is how it is kept in step.
void LoadLogTail(const db::Connection& db, Model& model);

// Brings `model` in step with the rows that `changeset` (an SQLite session changeset already
// applied to `db`) inserted, updated or deleted, keeping each list in screen order.
void ApplyChangeset(const db::Connection& db, const std::string& changeset, Model& model);

}  // namespace parley
