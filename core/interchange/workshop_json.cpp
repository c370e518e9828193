// The workshop as a JSON document (see workshop_json.hpp and assets/json-format.md).
//
// Sections: [schema] what the format holds, read from the schema itself
//           [export] the file as a document
//           [checks] reading a document and checking it against the schema
//           [write]  the new workshop file
//           [import] the two entry points
#include "core/interchange/workshop_json.hpp"

#include <fcntl.h>  // AT_FDCWD
#include <stdio.h>  // renameat2, RENAME_NOREPLACE

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <random>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "core/common/atomic_file.hpp"
#include "core/store/db.hpp"
#include "core/common/error.hpp"
#include "core/store/schema.hpp"
#include "core/store/workshop.hpp"

namespace parley {

namespace fs = std::filesystem;
// Ordered: members keep the order they were written in, so that an export is byte for byte the
// same every time.
using Json = nlohmann::ordered_json;

namespace {

// Parents before children: the order a reader can insert the rows in with foreign keys on
// (but for option, which may refer to a later option).
constexpr std::string_view kTables[] = {
    "workshop", "party", "participant", "session", "attendance",                  // set-up
    "rule", "consent", "phase_progress", "session_log",                           // ground rules
    "speaking_queue", "turn", "story", "story_theme",                             // stories
    "concern_category", "concern", "concern_holder",                              // needs, fears
    "option_cluster", "option", "score", "option_constraint", "step",             // options
    "memo", "memo_section", "memo_paragraph", "memo_version", "version_paragraph",  // joint memo
    "distribution", "accepted_hit",
};

// Not workshop data: SQLite changesets that only mean something in the file that recorded them.
constexpr std::string_view kUndoTable = "undo_step";

constexpr const char* kImportAdvice =
    "Correct the JSON file and import it again; its format is described in Parley's "
    "assets/json-format.md. No workshop file was written.";

// [schema] ------------------------------------------------------------------------------------

enum class Type { Integer, Text };

struct Column {
  std::string name;
  Type type = Type::Text;
  bool nullable = false;  // may be JSON null
  bool required = false;  // in every row: the id, and NOT NULL columns without a default
};

struct Table {
  std::string name;
  std::vector<Column> columns;  // in the schema's order

  const Column* Find(std::string_view column) const {
    for (const Column& c : columns)
      if (c.name == column) return &c;
    return nullptr;
  }
};

bool InFormat(std::string_view table) {
  return std::find(std::begin(kTables), std::end(kTables), table) != std::end(kTables);
}

std::string Quoted(std::string_view identifier) { return "\"" + std::string(identifier) + "\""; }

// The tables of the format that `db` has, in the format's order, with their columns as the
// schema declares them. Throws parley::Error for a table or a column type the format does not
// know: then this build's format is out of step with its schema.
std::vector<Table> ReadSchema(const db::Connection& db) {
  db::Statement list(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
  std::vector<std::string> names;
  while (list.Step()) {
    names.push_back(list.Text(0));
    if (names.back() != kUndoTable && !InFormat(names.back()))
      throw Error("Parley's JSON format does not cover the table " + names.back() + ".",
                  "This is a mistake in Parley: please report it. Nothing was written.");
  }
  std::vector<Table> tables;
  db::Statement info(db, "SELECT name, type, \"notnull\", dflt_value IS NOT NULL, pk "
                         "FROM pragma_table_info(?)");
  for (std::string_view name : kTables) {
    if (std::find(names.begin(), names.end(), name) == names.end()) continue;
    Table table{std::string(name), {}};
    info.Bind(1, name);
    while (info.Step()) {
      Column column;
      column.name = info.Text(0);
      std::string type = info.Text(1);
      if (type != "INTEGER" && type != "TEXT")
        throw Error("Parley's JSON format cannot carry the column " + table.name + "." +
                        column.name + " (" + type + ").",
                    "This is a mistake in Parley: please report it. Nothing was written.");
      column.type = type == "INTEGER" ? Type::Integer : Type::Text;
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

// The tables a file of schema `version` has: those its migrations make, in a database in memory.
std::vector<Table> SchemaOfVersion(int64_t version) {
  db::Connection db(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  auto steps = schema::Migrations();
  for (int64_t i = 0; i < version; ++i) db.Exec(steps[size_t(i)], "reading the workshop format");
  return ReadSchema(db);
}

// [export] ------------------------------------------------------------------------------------

// Where in `doc` a string is not UTF-8 (nlohmann refuses to write it), for the message.
std::string PathOfBadText(const Json& doc) {
  for (const auto& [table, rows] : doc.at("tables").items())
    for (size_t i = 0; i < rows.size(); ++i)
      for (const auto& [column, value] : rows[i].items()) {
        if (!value.is_string()) continue;
        try {
          (void)value.dump();
        } catch (const Json::type_error&) {
          return "/tables/" + table + "/" + std::to_string(i) + "/" + column;
        }
      }
  return "/tables";
}

}  // namespace

std::span<const std::string_view> WorkshopJsonTables() { return kTables; }

std::string WorkshopToJson(const std::string& workshopPath) {
  Workshop::Open(workshopPath).reset();  // refuses what Parley refuses, updates an older file
  db::Connection db(workshopPath, SQLITE_OPEN_READONLY);
  // One read transaction: the document is one moment of the file, even while Parley edits it.
  db.Exec("BEGIN", "reading the workshop");
  Json tables = Json::object();
  for (const Table& table : ReadSchema(db)) {
    // typeof() beside each value: a value of another type than its column's (SQLite allows it
    // in a file changed outside Parley) is refused rather than silently converted.
    std::string sql = "SELECT ";
    for (size_t i = 0; i < table.columns.size(); ++i) {
      std::string name = Quoted(table.columns[i].name);
      sql += (i ? ", typeof(" : "typeof(") + name + "), " + name;
    }
    db::Statement rows(db, sql + " FROM " + Quoted(table.name) + " ORDER BY id");
    Json list = Json::array();
    while (rows.Step()) {
      Json row = Json::object();
      for (size_t i = 0; i < table.columns.size(); ++i) {
        const Column& column = table.columns[i];
        int at = int(2 * i);
        std::string type = rows.Text(at);
        if (type == "null")
          row[column.name] = nullptr;
        else if (type == "integer" && column.type == Type::Integer)
          row[column.name] = rows.Int(at + 1);
        else if (type == "text" && column.type == Type::Text)
          row[column.name] = rows.Text(at + 1);
        else
          throw Error("The workshop holds a value the JSON format cannot carry: at /tables/" +
                          table.name + "/" + std::to_string(list.size()) + "/" + column.name +
                          ", " + type + " where Parley keeps " +
                          (column.type == Type::Integer ? "a whole number." : "text."),
                      "The file was changed outside Parley. Correct that value with an SQLite "
                      "tool; Parley itself still opens the file. Nothing was written.");
      }
      list.push_back(std::move(row));
    }
    tables[table.name] = std::move(list);
  }
  db.Exec("COMMIT", "reading the workshop");

  Json doc = Json::object();
  doc["format"] = kWorkshopJsonFormat;
  doc["version"] = schema::CurrentVersion();
  doc["tables"] = std::move(tables);
  try {
    return doc.dump(2) + "\n";
  } catch (const Json::type_error&) {
    throw Error("The workshop holds text that is not UTF-8, at " + PathOfBadText(doc) + ".",
                "The file was changed outside Parley. Correct that text with an SQLite tool; "
                "nothing was written.");
  }
}

void ExportWorkshopJson(const std::string& workshopPath, const std::string& jsonPath) {
  WriteFileAtomically(jsonPath, WorkshopToJson(workshopPath));
}

// [checks] ------------------------------------------------------------------------------------

namespace {

[[noreturn]] void Refuse(const std::string& path, const std::string& problem) {
  throw Error("The JSON file cannot be imported: at " + path + ", " + problem + ".", kImportAdvice);
}

// A member name of the document as a JSON Pointer token fit for a message: ~ and / escaped,
// control characters shown as '?', cut short when long.
std::string Token(std::string_view key) {
  constexpr size_t kShown = 40;
  std::string out;
  for (char c : key) {
    bool startsCharacter = (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    if (out.size() >= kShown && startsCharacter) return out + "...";
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else if (static_cast<unsigned char>(c) < 0x20)
      out += '?';
    else
      out += c;
  }
  return out;
}

// What a value is, in the words of a message.
std::string Kind(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::boolean: return value.get<bool>() ? "true" : "false";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return "the number " + value.dump();
    case Json::value_t::number_float: return "the number " + value.dump();
    case Json::value_t::string: return "text";
    case Json::value_t::array: return "an array";
    case Json::value_t::object: return "an object";
    default: return "something else";
  }
}

// Line and column (both from 1, the column in characters) of the byte at `offset`.
std::pair<size_t, size_t> LineAndColumn(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  size_t line = 1, column = 1;
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return {line, column};
}

[[noreturn]] void RefuseSize(uint64_t bytes) {
  throw Error("The JSON file is " + std::to_string(bytes >> 20) + " MB: too large for a workshop "
              "(Parley reads up to " + std::to_string(kMaxWorkshopJsonBytes >> 20) + " MB).",
              "Check that it is the right file. No workshop file was written.");
}

// Where `text` nests arrays and objects deeper than a workshop document ever does (document,
// tables, rows, row: four levels), std::string_view::npos when it does not. Checked before
// parsing: megabytes of "[[[[" would take hundreds of megabytes as a parsed tree.
constexpr int kMaxJsonDepth = 8;
size_t TooDeep(std::string_view text) {
  int depth = 0;
  bool inString = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (inString) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        inString = false;
    } else if (c == '"') {
      inString = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxJsonDepth) return i;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return std::string_view::npos;
}

Json Parse(std::string_view text) {
  if (text.size() > kMaxWorkshopJsonBytes) RefuseSize(text.size());
  if (size_t deep = TooDeep(text); deep != std::string_view::npos) {
    auto [line, column] = LineAndColumn(text, deep);
    throw Error("The file is not a workshop document: at line " + std::to_string(line) + ", column " +
                    std::to_string(column) + " it nests arrays and objects more than " +
                    std::to_string(kMaxJsonDepth) + " deep, where a workshop document nests 4.",
                "Check that it is the right file. No workshop file was written.");
  }
  try {
    return Json::parse(text.data(), text.data() + text.size());
  } catch (const Json::parse_error& e) {
    // e.byte counts from 1 and points at the last character read: the one in error.
    auto [line, column] = LineAndColumn(text, e.byte == 0 ? 0 : e.byte - 1);
    // nlohmann's message is "[json.exception...] parse error at line L, column C: <what>; last
    // read: '<bytes>'". The bytes may be anything, so only <what> is kept.
    std::string detail = e.what();
    size_t start = detail.find(": ");
    detail = start == std::string::npos ? "" : detail.substr(start + 2);
    detail = detail.substr(0, detail.find("; last read"));
    throw Error("The file is not valid JSON: line " + std::to_string(line) + ", column " +
                    std::to_string(column) + ": " + detail + ".",
                "Correct the file there (or export it again from Parley) and import it again. "
                "No workshop file was written.");
  } catch (const Json::exception& e) {  // e.g. a number too large for any type
    std::string detail = e.what();
    throw Error("The file is not valid JSON: " + detail.substr(detail.find(']') + 1) + ".",
                "Correct the file (or export it again from Parley) and import it again. "
                "No workshop file was written.");
  }
}

void CheckValue(const Column& column, const Json& value, const std::string& path) {
  if (value.is_null()) {
    if (!column.nullable) Refuse(path, "null, where " + column.name + " needs a value");
    return;
  }
  if (column.type == Type::Integer) {
    if (!value.is_number_integer())
      Refuse(path, Kind(value) + ", where Parley expects a whole number");
    if (value.is_number_unsigned() && value.get<uint64_t>() > uint64_t(std::numeric_limits<int64_t>::max()))
      Refuse(path, "the number " + value.dump() + ", which is too large");
    return;
  }
  if (!value.is_string()) Refuse(path, Kind(value) + ", where Parley expects text (a string)");
  size_t size = value.get_ref<const Json::string_t&>().size();
  if (size > kMaxJsonTextBytes)
    Refuse(path, "text of " + std::to_string(size) + " bytes, where a field holds at most " +
                     std::to_string(kMaxJsonTextBytes) + " bytes");
}

using RowOfId = std::unordered_map<int64_t, size_t>;  // a table's row index by id

// Checks the rows of `table`; returns the index of each row by its id.
RowOfId CheckRows(const Table& table, const Json& rows) {
  std::string path = "/tables/" + table.name;
  if (!rows.is_array()) Refuse(path, Kind(rows) + ", where a table is an array of rows");
  RowOfId rowOfId;
  for (size_t i = 0; i < rows.size(); ++i) {
    const Json& row = rows[i];
    std::string rowPath = path + "/" + std::to_string(i);
    if (!row.is_object()) Refuse(rowPath, Kind(row) + ", where a row is an object");
    for (const auto& [key, value] : row.items()) {
      const Column* column = table.Find(key);
      if (!column) Refuse(rowPath + "/" + Token(key), table.name + " has no such column");
      CheckValue(*column, value, rowPath + "/" + key);
    }
    for (const Column& column : table.columns)
      if (column.required && !row.contains(column.name))
        Refuse(rowPath, "the column " + column.name + " is missing");
    int64_t id = row.at("id").get<int64_t>();
    if (id < 1) Refuse(rowPath + "/id", "the id " + std::to_string(id) + ": ids are whole numbers from 1");
    auto [other, added] = rowOfId.emplace(id, i);
    if (!added)
      Refuse(rowPath + "/id", "the id " + std::to_string(id) + ", which " + path + "/" +
                                  std::to_string(other->second) + " has already");
  }
  return rowOfId;
}

// A document that passed the checks, with what writing it needs.
struct Checked {
  std::vector<Table> tables;                        // this build's schema
  std::map<std::string, RowOfId, std::less<>> rows;  // the tables the document holds
};

Checked CheckDocument(const Json& doc) {
  if (!doc.is_object())
    Refuse("the top", Kind(doc) + ", where a workshop document is an object");
  for (const auto& [key, value] : doc.items())
    if (key != "format" && key != "version" && key != "tables")
      Refuse("/" + Token(key), "a member a workshop document does not have (it has format, version "
                               "and tables)");

  auto format = doc.find("format");
  if (format == doc.end()) Refuse("/format", "nothing: this is not a Parley workshop document");
  if (!format->is_string() || format->get_ref<const Json::string_t&>() != kWorkshopJsonFormat)
    Refuse("/format", (format->is_string() ? "\"" + Token(format->get<std::string>()) + "\"" : Kind(*format)) +
                          ", a format Parley does not read (it reads \"" +
                          std::string(kWorkshopJsonFormat) + "\")");

  auto version = doc.find("version");
  if (version == doc.end()) Refuse("/version", "nothing, where the format's version belongs");
  if (!version->is_number_integer()) Refuse("/version", Kind(*version) + ", where a version is a whole number");
  int64_t current = schema::CurrentVersion();
  if (version->is_number_unsigned() ? version->get<uint64_t>() > uint64_t(current)
                                    : version->get<int64_t>() > current)
    throw Error("The JSON file was made by a newer Parley (workshop format version " +
                    version->dump() + "; this Parley reads versions 1 to " + std::to_string(current) + ").",
                "Import it with a newer Parley. No workshop file was written.");
  if (version->get<int64_t>() < 1) Refuse("/version", version->dump() + ": versions start at 1");

  auto tables = doc.find("tables");
  if (tables == doc.end()) Refuse("/tables", "nothing, where the workshop's tables belong");
  if (!tables->is_object()) Refuse("/tables", Kind(*tables) + ", where the tables are an object");

  Checked checked{SchemaOfVersion(current), {}};
  for (const auto& item : tables->items()) {
    const std::string& name = item.key();
    if (name == kUndoTable)
      Refuse("/tables/" + name, "the undo history, which is not part of a workshop document");
    auto table = std::find_if(checked.tables.begin(), checked.tables.end(),
                              [&](const Table& t) { return t.name == name; });
    if (table == checked.tables.end()) Refuse("/tables/" + Token(name), "a table Parley does not have");
    checked.rows.emplace(name, CheckRows(*table, item.value()));
  }
  // A document of an older version may lack what came later: those tables stay as a new file has
  // them, as a migration would leave them (the standard concern categories, say).
  int64_t documentVersion = version->get<int64_t>();
  for (const Table& table : documentVersion == current ? checked.tables : SchemaOfVersion(documentVersion))
    if (!checked.rows.contains(table.name))
      Refuse("/tables/" + table.name, "nothing: a document of version " + std::to_string(documentVersion) +
                                          " lists this table, [] when it has no rows");
  if (tables->at("workshop").size() != 1)
    Refuse("/tables/workshop", std::to_string(tables->at("workshop").size()) +
                                   " rows, where a workshop document has exactly one");
  return checked;
}

// [write] -------------------------------------------------------------------------------------

// Inserts the document's rows, replacing what the new file was made with in the tables the
// document holds. A row the schema refuses (a CHECK or UNIQUE constraint) is named by its path.
void WriteRows(db::Connection& db, const Json& tables, const Checked& checked) {
  for (const Table& table : checked.tables) {
    auto rows = tables.find(table.name);
    if (rows == tables.end()) continue;
    db.Exec("DELETE FROM " + Quoted(table.name), "making the workshop");
    // One statement for each set of columns the rows give; the others take their defaults.
    std::map<std::string, std::unique_ptr<db::Statement>> statements;
    for (size_t i = 0; i < rows->size(); ++i) {
      const Json& row = (*rows)[i];
      std::string given;
      for (const Column& column : table.columns) given += row.contains(column.name) ? '1' : '0';
      auto& insert = statements[given];
      if (!insert) {
        std::string names, values;
        for (size_t c = 0; c < table.columns.size(); ++c) {
          if (given[c] == '0') continue;
          names += (names.empty() ? "" : ", ") + Quoted(table.columns[c].name);
          values += values.empty() ? "?" : ", ?";
        }
        insert = std::make_unique<db::Statement>(
            db, "INSERT INTO " + Quoted(table.name) + " (" + names + ") VALUES (" + values + ")");
      }
      int index = 0;
      for (const Column& column : table.columns) {
        auto value = row.find(column.name);
        if (value == row.end()) continue;
        ++index;
        if (value->is_null())
          insert->BindNull(index);
        else if (column.type == Type::Integer)
          insert->Bind(index, value->get<int64_t>());
        else
          insert->Bind(index, std::string_view(value->get_ref<const Json::string_t&>()));
      }
      try {
        insert->Run();
      } catch (const Error&) {
        if ((sqlite3_errcode(db.Handle()) & 0xff) != SQLITE_CONSTRAINT) throw;
        Refuse("/tables/" + table.name + "/" + std::to_string(i),
               std::string("a row the workshop file refuses (") + sqlite3_errmsg(db.Handle()) + ")");
      }
    }
  }
}

// Refuses the first reference (in the format's order of tables and rows) to a row that does not
// exist, naming the column that holds it.
void CheckReferences(const db::Connection& db, const Json& tables, const Checked& checked) {
  struct Broken {
    size_t table;  // index in the format's order
    size_t row;    // index in the document's table
    std::string name, parent;
    int64_t key;  // the foreign key's id in pragma_foreign_key_list
  };
  std::vector<Broken> broken;
  db::Statement check(db, "PRAGMA foreign_key_check");
  while (check.Step()) {
    std::string name = check.Text(0), parent = check.Text(2);
    auto rows = checked.rows.find(name);
    // A table an older document lacks keeps the rows a new file starts with; they can refer only
    // to rows the document was to give.
    if (rows == checked.rows.end())
      Refuse("/tables/" + parent, "a table without the rows a new workshop's " + name + " refers to");
    size_t order = size_t(std::find(std::begin(kTables), std::end(kTables), name) - std::begin(kTables));
    broken.push_back({order, rows->second.at(check.Int(1)), name, parent, check.Int(3)});
  }
  if (broken.empty()) return;
  const Broken& first = *std::min_element(broken.begin(), broken.end(), [](const Broken& a, const Broken& b) {
    return std::tie(a.table, a.row) < std::tie(b.table, b.row);
  });
  db::Statement key(db, "SELECT \"from\" FROM pragma_foreign_key_list(?) WHERE id = ?");
  key.Bind(1, first.name).Bind(2, first.key);
  std::string column = key.Step() ? key.Text(0) : "?";
  const Json& row = tables.at(first.name).at(first.row);
  std::string value = row.contains(column) ? row.at(column).dump() : "(the column's default)";
  Refuse("/tables/" + first.name + "/" + std::to_string(first.row) + "/" + column,
         "a reference to " + first.parent + " " + value + ", which is not in /tables/" + first.parent);
}

void RemoveWorkshopFiles(const std::string& path) {
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(path + suffix, ec);
}

[[noreturn]] void RefuseExisting(const std::string& path) {
  throw Error("A file already exists at " + path + ".",
              "Choose another name for the new workshop: Parley never overwrites a file.");
}

// Renames the finished file to `path` unless a file appeared there meanwhile.
void MoveInPlace(const std::string& temp, const std::string& path) {
  if (renameat2(AT_FDCWD, temp.c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE) == 0) return;
  int error = errno;
  if (error == EEXIST) RefuseExisting(path);
  if (error == EINVAL || error == ENOSYS) {  // a file system without no-replace renames
    if (fs::exists(path)) RefuseExisting(path);
    if (std::rename(temp.c_str(), path.c_str()) == 0) return;
    error = errno;
  }
  throw Error("Could not put the new workshop at " + path + ": " + std::strerror(error) + ".",
              "Check that the folder can be written to, then import again.");
}

// Makes the workshop at `path` through a temporary file beside it, so that `path` appears only
// once it is whole; removes the temporary file on any failure.
void MakeWorkshop(const Json& doc, const Checked& checked, const std::string& path) {
  std::random_device random;
  std::string temp = path + "." + std::to_string(random()) + ".partial";
  try {
    // Made as every new workshop is (schema, application id, journal), with a placeholder
    // workshop row that the document's replaces.
    Workshop::CreateFromSql(temp, "INSERT INTO workshop (id, title) VALUES (1, '')").reset();
    {
      db::Connection db(temp, SQLITE_OPEN_READWRITE);
      // Foreign keys stay off (a new connection's default) while the rows go in, so that a
      // reference to a missing id is found by CheckReferences and named by its JSON path.
      db.Exec("PRAGMA synchronous = FULL", "making the workshop");
      db::Transaction tx(db);
      WriteRows(db, doc.at("tables"), checked);
      CheckReferences(db, doc.at("tables"), checked);
      tx.Commit();
    }
    try {
      Workshop::Open(temp).reset();
    } catch (const Error& e) {
      throw Error("The workshop made from the JSON file does not open: " + std::string(e.what()), kImportAdvice);
    }
    MoveInPlace(temp, path);
  } catch (...) {
    RemoveWorkshopFiles(temp);
    throw;
  }
}

}  // namespace

// [import] ------------------------------------------------------------------------------------

void WorkshopFromJson(std::string_view json, const std::string& workshopPath) {
  if (fs::exists(workshopPath)) RefuseExisting(workshopPath);
  Json doc = Parse(json);
  Checked checked = CheckDocument(doc);
  MakeWorkshop(doc, checked, workshopPath);
}

void ImportWorkshopJson(const std::string& jsonPath, const std::string& workshopPath) {
  std::error_code ec;
  auto status = fs::status(jsonPath, ec);
  if (!fs::is_regular_file(status))
    throw Error("There is no file at " + jsonPath + ".", "Check the folder and the name.");
  // Refused unread: a 2 GB file is not loaded only to be refused.
  uint64_t size = fs::file_size(jsonPath, ec);
  if (!ec && size > kMaxWorkshopJsonBytes) RefuseSize(size);
  std::ifstream in(jsonPath, std::ios::binary);
  if (!in)
    throw Error("Could not read " + jsonPath + ": " + std::strerror(errno) + ".",
                "Check that the file can be read, then import again.");
  std::string text(std::istreambuf_iterator<char>(in), {});
  WorkshopFromJson(text, workshopPath);
}

}  // namespace parley
