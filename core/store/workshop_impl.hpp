#pragma once
// What the files of Workshop share and nothing else sees: the open connection with the state
// of the edit being made, the making of a new workshop file, and the rule of dates.
#include <chrono>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/store/cell_changeset.hpp"
#include "core/store/db.hpp"
#include "core/store/workshop.hpp"

namespace parley {

class Workshop::Impl {
 public:
  explicit Impl(db::Connection connection) : db(std::move(connection)) {}

  db::Connection db;
  std::function<std::chrono::system_clock::time_point()> clock = [] {
    return std::chrono::system_clock::now();
  };
  bool logged = false;       // the edit being made wrote to the session log
  std::string lastMergeKey;  // field and row of the last edit, "" when it may not be merged
  std::chrono::system_clock::time_point lastMergeAt;
  std::map<std::string, TableColumns, std::less<>> columns;  // by table, read once per opening
  std::vector<DraftKey> enteredDrafts;  // drafts the edit being made dropped (EnterDraft)

  const TableColumns& ColumnsOf(std::string_view table) {
    auto it = columns.find(table);
    if (it == columns.end())
      it = columns.emplace(std::string(table), parley::ColumnsOf(db, table)).first;
    return it->second;
  }
};

// Makes a workshop file at `path` (which must not exist) with the current schema and the rows
// `fill` writes, in one transaction, sealed through `sealed` unless it is null. Throws
// parley::Error; leaves no file behind on failure.
void CreateWorkshopFile(const std::string& path, const std::function<void(db::Connection&)>& fill,
                        std::shared_ptr<const sealed::SealedVfs> sealed = nullptr);

// Throws parley::Error, saying what to type, unless `value` is a date (IsIsoDate), or empty
// where `mayBeEmpty`: the rule of every date the workshop keeps.
void RequireDate(std::string_view value, bool mayBeEmpty);

}  // namespace parley
