#pragma once
// Where each row of a Model table is, by id, for loops that look up an id per row of another
// table (each of 60,000 scores its option and its concern): a look-up is one array read.
//
// Ids are SQLite rowids, handed out in order, so a table's ids are few and close together and a
// vector indexed by id holds them all with few holes. A table whose ids lie far apart (rows
// deleted by the thousand) is kept in a hash map instead, so that memory follows the rows.
#include <algorithm>
#include <cstdint>
#include <limits>
#include <unordered_map>
#include <vector>

#include "core/model/model.hpp"

namespace parley {

class IdIndex {
 public:
  static constexpr size_t npos = std::numeric_limits<size_t>::max();

  template <class Row>
  explicit IdIndex(const std::vector<Row>& rows) {
    if (rows.empty()) return;
    Id low = rows.front().id, high = low;
    for (const Row& row : rows) {
      low = std::min(low, row.id);
      high = std::max(high, row.id);
    }
    if (uint64_t(high - low) <= 4 * uint64_t(rows.size()) + 64) {
      m_first = low;
      m_slots.assign(size_t(high - low) + 1, kNone);
      for (size_t i = 0; i < rows.size(); ++i) m_slots[size_t(rows[i].id - low)] = uint32_t(i);
    } else {
      m_sparse.reserve(rows.size());
      for (size_t i = 0; i < rows.size(); ++i) m_sparse.emplace(rows[i].id, uint32_t(i));
    }
  }

  // The position in the table of the row with `id`; npos when there is none.
  size_t Find(Id id) const {
    if (m_slots.empty()) return FindSparse(id);
    uint64_t slot = uint64_t(id - m_first);  // below m_first wraps round to a large number
    return slot < m_slots.size() && m_slots[slot] != kNone ? m_slots[slot] : npos;
  }

 private:
  static constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();

  size_t FindSparse(Id id) const {
    auto it = m_sparse.find(id);
    return it == m_sparse.end() ? npos : it->second;
  }

  Id m_first = 0;
  std::vector<uint32_t> m_slots;              // dense: position by id - m_first
  std::unordered_map<Id, uint32_t> m_sparse;  // else
};

}  // namespace parley
