// IdIndex: a row's place in its table by id, whether the ids lie close together (a vector by
// id) or far apart (a hash map), and no place for an id the table lacks.
#include <doctest/doctest.h>

#include <vector>

#include "core/model/id_index.hpp"

using namespace parley;

namespace {
std::vector<Concern> Rows(const std::vector<Id>& ids) {
  std::vector<Concern> rows;
  for (Id id : ids) {
    Concern row;
    row.id = id;
    rows.push_back(row);
  }
  return rows;
}
}  // namespace

TEST_CASE("IdIndex finds each row by id, ids close together or far apart") {
  for (const std::vector<Id>& ids : {std::vector<Id>{7, 3, 4, 10, 5},                      // close: a vector
                                     std::vector<Id>{9'000'000'000, 2, 40'000, 1 << 30}}) {  // far: a hash map
    CAPTURE(ids.size());
    std::vector<Concern> rows = Rows(ids);
    IdIndex index(rows);
    for (size_t i = 0; i < rows.size(); ++i) CHECK(index.Find(rows[i].id) == i);
    for (Id missing : {Id(0), Id(1), Id(6), Id(11), Id(-5), Id(9'000'000'001)}) CHECK(index.Find(missing) == IdIndex::npos);
  }
}

TEST_CASE("IdIndex of an empty table finds nothing") {
  IdIndex index(std::vector<Concern>{});
  CHECK(index.Find(1) == IdIndex::npos);
  CHECK(index.Find(0) == IdIndex::npos);
}
