#include "core/store/workshop_tables.hpp"

#include <fcntl.h>  // AT_FDCWD
#include <stdio.h>  // renameat2, RENAME_NOREPLACE

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <map>
#include <memory>
#include <random>
#include <tuple>
#include <unordered_map>

#include "core/common/error.hpp"
#include "core/store/db.hpp"
#include "core/store/schema.hpp"
#include "core/store/sealed_file.hpp"
#include "core/store/workshop_impl.hpp"

namespace parley {

namespace fs = std::filesystem;

namespace {

// WorkshopTableOrder().
// clang-format off
constexpr std::string_view kTables[] = {
    "workshop", "party", "participant", "session", "attendance",                  // set-up
    "rule", "consent", "phase_progress", "session_log",                           // ground rules
    "speaking_queue", "turn", "story", "story_theme",                             // stories
    "concern_category", "concern", "concern_holder",                              // needs, fears
    "option_cluster", "option", "score", "option_constraint", "step",             // options
    "memo", "memo_section", "memo_paragraph", "memo_version", "version_paragraph",  // joint memo
    "distribution", "accepted_hit",
    "draft",                                                                      // typing
};
// clang-format on

// The place of `table` in kTables; kTables' size when it is not there.
size_t OrderOf(std::string_view table) {
  return size_t(std::find(std::begin(kTables), std::end(kTables), table) - std::begin(kTables));
}

std::string Quoted(std::string_view identifier) {
  return "\"" + std::string(identifier) + "\"";
}

// The tables of `db` in kTables' order, with their columns as the schema declares them.
std::vector<TableSchema> ReadSchema(const db::Connection& db) {
  db::Statement list(
      db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
  std::vector<std::string> names;
  while (list.Step()) {
    names.push_back(list.Text(0));
    if (names.back() != kUndoTableName && OrderOf(names.back()) == std::size(kTables))
      throw Error("Parley's list of workshop tables does not cover the table " + names.back() + ".",
                  "This is a mistake in Parley: please report it. Nothing was written.");
  }
  std::vector<TableSchema> tables;
  db::Statement info(db,
                     "SELECT name, type, \"notnull\", dflt_value IS NOT NULL, pk "
                     "FROM pragma_table_info(?)");
  for (std::string_view name : kTables) {
    if (std::find(names.begin(), names.end(), name) == names.end()) continue;
    TableSchema table{std::string(name), {}};
    info.Bind(1, name);
    while (info.Step()) {
      TableColumn column;
      column.name = info.Text(0);
      std::string type = info.Text(1);
      if (type != "INTEGER" && type != "TEXT")
        throw Error("Parley cannot carry the column " + table.name + "." + column.name + " (" +
                        type + ") from one workshop file to another.",
                    "This is a mistake in Parley: please report it. Nothing was written.");
      column.type = type == "INTEGER" ? ColumnType::Integer : ColumnType::Text;
      bool notNull = info.Int(2) != 0, hasDefault = info.Int(3) != 0, key = info.Int(4) != 0;
      column.nullable = !notNull && !key;
      column.required = key || (notNull && !hasDefault);
      table.columns.push_back(std::move(column));
    }
    info.Reset();
    tables.push_back(std::move(table));
  }
  return tables;
}

// Inserts the rows of `tables`, replacing what the new file was made with in those tables.
// Returns the first row the schema refuses.
std::optional<TablesProblem> WriteRows(db::Connection& db, const std::vector<TableRows>& tables) {
  for (const TableRows& table : tables) {
    const std::vector<TableColumn>& columns = table.schema.columns;
    db.Exec("DELETE FROM " + Quoted(table.schema.name), "making the workshop");
    // One statement for each set of columns the rows give; the others take their defaults.
    std::map<std::string, std::unique_ptr<db::Statement>> statements;
    for (size_t i = 0; i < table.rows.size(); ++i) {
      const std::vector<Cell>& row = table.rows[i];
      std::string given;
      for (const Cell& cell : row) given += cell.kind == Cell::Kind::Default ? '0' : '1';
      auto& insert = statements[given];
      if (!insert) {
        std::string names, values;
        for (size_t c = 0; c < columns.size(); ++c) {
          if (given[c] == '0') continue;
          names += (names.empty() ? "" : ", ") + Quoted(columns[c].name);
          values += values.empty() ? "?" : ", ?";
        }
        insert =
            std::make_unique<db::Statement>(db, "INSERT INTO " + Quoted(table.schema.name) + " (" +
                                                    names + ") VALUES (" + values + ")");
      }
      int index = 0;
      for (const Cell& cell : row) {
        switch (cell.kind) {
          case Cell::Kind::Default:
            continue;
          case Cell::Kind::Null:
            insert->BindNull(++index);
            break;
          case Cell::Kind::Integer:
            insert->Bind(++index, cell.integer);
            break;
          case Cell::Kind::Text:
            insert->Bind(++index, std::string_view(cell.text));
            break;
          case Cell::Kind::Other:
            throw Error("A value of type " + cell.text + " cannot be written to a workshop.",
                        "This is a mistake in Parley: please report it. Nothing was written.");
        }
      }
      try {
        insert->Run();
      } catch (const Error&) {
        if ((sqlite3_errcode(db.Handle()) & 0xff) != SQLITE_CONSTRAINT) throw;
        return TablesProblem{TablesProblem::Kind::RowRefused, table.schema.name, i, "", "",
                             sqlite3_errmsg(db.Handle())};
      }
    }
  }
  return std::nullopt;
}

// The first reference (in kTables' order of tables, then in the order rows were given) to a row
// that does not exist.
std::optional<TablesProblem> BrokenReference(const db::Connection& db,
                                             const std::vector<TableRows>& tables) {
  std::vector<TablesProblem> broken;
  std::vector<int64_t> keys;  // of each broken reference: its id in pragma_foreign_key_list
  std::map<std::string, std::unordered_map<int64_t, size_t>, std::less<>> rowOfId;
  db::Statement check(db, "PRAGMA foreign_key_check");
  while (check.Step()) {
    std::string name = check.Text(0), parent = check.Text(2);
    auto given = std::find_if(tables.begin(), tables.end(),
                              [&](const TableRows& t) { return t.schema.name == name; });
    // A table not given keeps the rows a new file starts with; they can refer only to rows
    // that were to be given.
    if (given == tables.end())
      return TablesProblem{TablesProblem::Kind::MissingRows, name, 0, "", parent, ""};
    auto& index = rowOfId[name];
    if (index.empty()) {  // the row's id is its rowid, which the check names
      const auto& columns = given->schema.columns;
      size_t id = size_t(std::find_if(columns.begin(), columns.end(),
                                      [](const TableColumn& c) { return c.name == "id"; }) -
                         columns.begin());
      for (size_t i = 0; i < given->rows.size(); ++i)
        index.emplace(given->rows[i].at(id).integer, i);
    }
    broken.push_back(
        {TablesProblem::Kind::Reference, name, index.at(check.Int(1)), "", parent, ""});
    keys.push_back(check.Int(3));
  }
  if (broken.empty()) return std::nullopt;
  size_t first = 0;
  for (size_t i = 1; i < broken.size(); ++i)
    if (std::tuple(OrderOf(broken[i].table), broken[i].row) <
        std::tuple(OrderOf(broken[first].table), broken[first].row))
      first = i;
  db::Statement key(db, "SELECT \"from\" FROM pragma_foreign_key_list(?) WHERE id = ?");
  key.Bind(1, broken[first].table).Bind(2, keys[first]);
  broken[first].column = key.Step() ? key.Text(0) : "?";
  return broken[first];
}

void RemoveWorkshopFiles(const std::string& path) {
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(path + suffix, ec);
}

// Renames the finished file to `path` unless a file appeared there meanwhile.
void MoveInPlace(const std::string& temp, const std::string& path) {
  if (renameat2(AT_FDCWD, temp.c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE) == 0) return;
  int error = errno;
  if (error == EEXIST) RefuseExistingFile(path);
  if (error == EINVAL || error == ENOSYS) {  // a file system without no-replace renames
    RefuseExistingFile(path);
    if (std::rename(temp.c_str(), path.c_str()) == 0) return;
    error = errno;
  }
  throw Error("Could not put the new workshop at " + path + ": " + std::strerror(error) + ".",
              "Check that the folder can be written to, then import again.");
}

}  // namespace

const TableColumn* TableSchema::Find(std::string_view column) const {
  for (const TableColumn& c : columns)
    if (c.name == column) return &c;
  return nullptr;
}

std::span<const std::string_view> WorkshopTableOrder() {
  return kTables;
}

std::vector<TableSchema> WorkshopSchema(int64_t version) {
  db::Connection db(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  auto steps = schema::Migrations();
  for (int64_t i = 0; i < version; ++i) db.Exec(steps[size_t(i)], "reading the workshop format");
  return ReadSchema(db);
}

int64_t CurrentWorkshopVersion() {
  return schema::CurrentVersion();
}

std::vector<TableRows> ReadWorkshopTables(Workshop& workshop) {
  db::Connection& db = workshop.m_impl->db;
  // One read transaction: the rows are one moment of the file, even while Parley edits it.
  // Not db::Transaction, which takes the write lock; ended here on failure too, for the
  // workshop's next edit.
  db.Exec("BEGIN", "reading the workshop");
  std::vector<TableRows> tables;
  try {
    for (TableSchema& schema : ReadSchema(db)) {
      std::string sql = "SELECT ";
      for (size_t i = 0; i < schema.columns.size(); ++i)
        sql += (i ? ", " : "") + Quoted(schema.columns[i].name);
      db::Statement select(db, sql + " FROM " + Quoted(schema.name) + " ORDER BY id");
      TableRows table{std::move(schema), {}};
      while (select.Step()) {
        std::vector<Cell>& row = table.rows.emplace_back(table.schema.columns.size());
        for (size_t i = 0; i < row.size(); ++i) {
          Cell& cell = row[i];
          switch (select.Type(int(i))) {
            case SQLITE_NULL:
              cell.kind = Cell::Kind::Null;
              break;
            case SQLITE_INTEGER:
              cell.kind = Cell::Kind::Integer;
              cell.integer = select.Int(int(i));
              break;
            case SQLITE_TEXT:
              cell.kind = Cell::Kind::Text;
              cell.text = select.Text(int(i));
              break;
            default:
              cell.kind = Cell::Kind::Other;
              cell.text = select.Type(int(i)) == SQLITE_FLOAT ? "real" : "blob";
          }
        }
      }
      tables.push_back(std::move(table));
    }
  } catch (...) {
    sqlite3_exec(db.Handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
  db.Exec("COMMIT", "reading the workshop");
  return tables;
}

std::optional<TablesProblem> MakeWorkshopFromTables(const std::string& path,
                                                    const std::vector<TableRows>& tables,
                                                    std::string_view passphrase) {
  RefuseExistingFile(path);
  // The key is derived once (a second by design) and serves every connection to the new file.
  auto sealed = passphrase.empty() ? nullptr : sealed::SealNewFile(passphrase);
  // Made through a temporary file beside `path`, so that `path` appears only once it is whole.
  std::random_device random;
  std::string temp = path + "." + std::to_string(random()) + ".partial";
  try {
    // Made as every new workshop is (schema, application id, journal), with a placeholder
    // workshop row that the given one replaces.
    CreateWorkshopFile(temp, [](db::Connection& db) {
      db.Exec("INSERT INTO workshop (id, title) VALUES (1, '')");
    }, sealed);
    std::optional<TablesProblem> problem;
    {
      db::Connection db(temp, SQLITE_OPEN_READWRITE, sealed);
      // Foreign keys stay off (a new connection's default) while the rows go in, so that a
      // reference to a missing id is found afterwards and named by its row and column.
      db.Exec("PRAGMA synchronous = FULL", "making the workshop");
      db::Transaction tx(db);
      problem = WriteRows(db, tables);
      if (!problem) problem = BrokenReference(db, tables);
      if (!problem) tx.Commit();
    }
    if (!problem) {
      try {
        (sealed ? Workshop::OpenUnlocked(temp, sealed) : Workshop::Open(temp)).reset();
      } catch (const Error& e) {
        problem = TablesProblem{TablesProblem::Kind::DoesNotOpen, "", 0, "", "", e.what()};
      }
    }
    if (problem) {
      RemoveWorkshopFiles(temp);
      return problem;
    }
    MoveInPlace(temp, path);
  } catch (...) {
    RemoveWorkshopFiles(temp);
    throw;
  }
  return std::nullopt;
}

}  // namespace parley
