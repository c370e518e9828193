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
  // An edit waits for a lock at most kEditBusyMs, not the opening's two seconds: a keystroke
  // typed while another program holds the file must not freeze the window; it waits in memory
  // instead (Workshop::Waiting).
  static constexpr int kEditBusyMs = 100;
  explicit Impl(db::Connection connection) : db(std::move(connection)) {
    sqlite3_busy_timeout(db.Handle(), kEditBusyMs);
  }

  db::Connection db;
  std::function<std::chrono::system_clock::time_point()> clock = [] {
    return std::chrono::system_clock::now();
  };
  bool logged = false;       // the edit being made wrote to the session log
  std::string lastMergeKey;  // field and row of the last edit, "" when it may not be merged
  std::chrono::system_clock::time_point lastMergeAt;
  std::map<std::string, TableColumns, std::less<>> columns;  // by table, read once per opening
  std::vector<DraftKey> enteredDrafts;  // drafts the edit being made dropped (EnterDraft)
  std::vector<WaitingEdit> waiting;     // Workshop::Waiting()
  DiskRefusal refusal = DiskRefusal::None;  // why the last write of typing failed
  bool writingWaiting = false;          // WriteWaiting is writing them: no edit goes first

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

// Throws parley::Error when `value` breaks the rule of `field` (a date, a colour).
void CheckFieldText(Field field, std::string_view value);
// What the undo history calls an edit of `field` ("edit concern").
const char* FieldLabel(Field field);

}  // namespace parley
