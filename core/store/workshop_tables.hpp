#pragma once
// The workshop file as plain tables, for a format that carries a whole workshop (the JSON
// interchange): every table but the undo history, each row as typed cells in the schema's
// order of columns; the schema of any version; and a new file made from such rows.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

class Workshop;

enum class ColumnType { Integer, Text };  // the only types the schema declares

struct TableColumn {
  std::string name;
  ColumnType type = ColumnType::Text;
  bool nullable = false;  // may hold null
  bool required = false;  // given in every new row: the id, and NOT NULL columns without a default
};

struct TableSchema {
  std::string name;
  std::vector<TableColumn> columns;  // in the schema's order

  const TableColumn* Find(std::string_view column) const;  // nullptr when it has none
};

// One value of a row.
struct Cell {
  enum class Kind {
    Default,  // not given: a new row takes the column's default (never read from a file)
    Null,
    Integer,
    Text,
    Other,  // read only: a type the schema does not declare (the file was changed elsewhere)
  };
  Kind kind = Kind::Default;
  int64_t integer = 0;  // for Integer
  std::string text;     // for Text; for Other, SQLite's name of its type ("real", "blob")
};

// A table's rows, each with one cell for each column of `schema`.
struct TableRows {
  TableSchema schema;
  std::vector<std::vector<Cell>> rows;
};

// The undo history's table: SQLite changesets that mean something only in the file that
// recorded them, so it is none of the tables here.
constexpr std::string_view kUndoTableName = "undo_step";

// The tables of a workshop file, each after the tables its rows refer to (a table referring to
// itself, like option, excepted): the order in which rows can be written.
std::span<const std::string_view> WorkshopTableOrder();

// The tables a file of schema `version` (1 .. schema's current version) has, in
// WorkshopTableOrder(). Throws parley::Error when a table or a column type is not one this
// header can carry: then this build is out of step with its schema.
std::vector<TableSchema> WorkshopSchema(int64_t version);
int64_t CurrentWorkshopVersion();  // the version this build writes

// Every row of every table of the open `workshop`, ordered by id, as one moment of the file
// (also while Parley edits it), read through its own connection (a sealed one with the key it
// was opened with). Throws parley::Error.
std::vector<TableRows> ReadWorkshopTables(Workshop& workshop);

// Why MakeWorkshopFromTables refused the rows it was given.
struct TablesProblem {
  enum class Kind {
    RowRefused,   // the schema refuses row `row` of `table` (CHECK, UNIQUE): `detail` says why
    Reference,    // `column` of row `row` of `table` names a row of `parent` that is not there
    MissingRows,  // `table` was not given, and the rows a new workshop has there refer to
                  // rows of `parent`, which was given without them
    DoesNotOpen,  // the file was written but does not open: `detail` says why
  };
  Kind kind = Kind::RowRefused;
  std::string table;
  size_t row = 0;  // index in the rows given for `table`
  std::string column;
  std::string parent;
  std::string detail;
};

// Throws parley::Error when a file exists at `path`: a new workshop never replaces one.
void RefuseExistingFile(const std::string& path);

// Makes a new workshop file at `path` holding exactly `tables` (the current schema's, each with
// its ids; a table not given keeps what a new workshop has in it), in one transaction, its undo
// history empty. `path` appears only once the file is whole and opens. Returns the problem
// when the rows are refused; throws parley::Error when a file exists at `path` or the disk
// refuses. Either way, no file is left at `path` or beside it. With a `passphrase` the file is
// sealed with it from its first page (no plaintext of the rows ever on disk; a passphrase that
// Workshop::PassphraseProblem refuses is refused before anything is written); empty: plain.
std::optional<TablesProblem> MakeWorkshopFromTables(const std::string& path,
                                                    const std::vector<TableRows>& tables,
                                                    std::string_view passphrase = {});

}  // namespace parley
