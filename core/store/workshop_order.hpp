#pragma once
// Reordering rows that carry a `position` (parties, participants, rules, the speaking queue),
// shared by the edit files of Workshop.
#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "core/store/db.hpp"
#include "core/model/model.hpp"

namespace parley {

// `order` with `id` swapped with its nearest neighbour `delta` (-1 or +1) places away for
// which `sameGroup` holds; empty when there is none (already first or last).
std::vector<Id> Reordered(std::vector<Id> order, Id id, int delta,
                          const std::function<bool(Id)>& sameGroup);

// Writes position = 1, 2, ... in the order of `ids` to `table`, for the rows of `rows` (the
// Model's copy of that table) whose position differs.
template <class Row>
void WriteOrder(db::Connection& db, const char* table, const std::vector<Row>& rows,
                const std::vector<Id>& ids) {
  db::Statement update(db, std::string("UPDATE ") + table + " SET position = ? WHERE id = ?");
  for (size_t i = 0; i < ids.size(); ++i) {
    auto it = std::find_if(rows.begin(), rows.end(), [&](const Row& r) { return r.id == ids[i]; });
    if (it != rows.end() && it->position != int64_t(i + 1))
      update.Bind(1, int64_t(i + 1)).Bind(2, ids[i]).Run();
  }
}

}  // namespace parley
