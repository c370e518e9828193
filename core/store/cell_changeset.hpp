#pragma once
// A text edit's undo record without the session extension. SQLite's session extension reads
// the table's schema and prepares a SELECT for every changeset it makes, which costs an edit
// several times its own UPDATE; typing into a field is the edit made most often, and it
// changes one column of one row, whose changeset is simple enough to write directly.
#include <string>
#include <string_view>
#include <vector>

#include "core/store/db.hpp"
#include "core/model/model.hpp"

namespace parley {

// A table's columns in declared order, as changesets number them, and which is its key.
struct TableColumns {
  std::vector<std::string> names;
  std::vector<bool> isKey;
};
TableColumns ColumnsOf(const db::Connection& db, std::string_view table);

// Sets `column` of the row `id` of `table` (whose columns are `columns`) to `text`, and returns
// the changeset of that UPDATE exactly as the session extension would record it (one table,
// one UPDATE change): empty when the row does not exist or already holds `text`. Runs inside
// the caller's transaction.
std::string UpdateCell(const db::Connection& db, std::string_view table, const TableColumns& columns,
                       std::string_view column, Id id, std::string_view text);

}  // namespace parley
