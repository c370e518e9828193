// The workshop as a JSON document (see workshop_json.hpp and assets/json-format.md).
//
// The store reads and writes the file's tables (core/store/workshop_tables.hpp); this file only
// converts between them and the document.
//
// Sections: [export] the file as a document
//           [checks] reading a document and checking it against the schema
//           [import] the document as the store's rows, and the two entry points
#include "core/interchange/workshop_json.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>
#include <vector>

#include "core/common/atomic_file.hpp"
#include "core/common/error.hpp"
#include "core/store/workshop.hpp"
#include "core/store/workshop_tables.hpp"

namespace parley {

namespace fs = std::filesystem;
// Ordered: members keep the order they were written in, so that an export is byte for byte the
// same every time.
using Json = nlohmann::ordered_json;

namespace {

constexpr const char* kImportAdvice =
    "Correct the JSON file and import it again; its format is described in Parley's "
    "assets/json-format.md. No workshop file was written.";

// [export] ------------------------------------------------------------------------------------

// SQLite's name of the type of what `cell` holds, for a message.
std::string TypeName(const Cell& cell) {
  switch (cell.kind) {
    case Cell::Kind::Default:
    case Cell::Kind::Null: return "null";
    case Cell::Kind::Integer: return "integer";
    case Cell::Kind::Text: return "text";
    case Cell::Kind::Other: return cell.text;
  }
  return "?";
}

// Refuses to write a document that the import would refuse: `why` says where it is beyond a
// limit of import_limits.hpp, `fix` what the facilitator can change.
[[noreturn]] void RefuseExport(const std::string& why, const std::string& fix) {
  throw Error(
      "The workshop cannot be exported as JSON that Parley could import again: " + why + ".",
      fix + ", then export again. Nothing was written; the workshop is as it was.");
}

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

std::span<const std::string_view> WorkshopJsonTables() { return WorkshopTableOrder(); }

std::string WorkshopToJson(const std::string& workshopPath) { return WorkshopToJson(*Workshop::Open(workshopPath)); }

std::string WorkshopToJson(Workshop& workshop) {
  Json tables = Json::object();
  for (TableRows& table : ReadWorkshopTables(workshop)) {
    if (table.rows.size() > kMaxTableRows)
      RefuseExport("its table " + table.schema.name + " has " + Grouped(table.rows.size()) +
                       " rows, where a document carries at most " + Grouped(kMaxTableRows),
                   "Remove rows the workshop no longer needs from that table");
    Json list = Json::array();
    for (std::vector<Cell>& cells : table.rows) {
      Json row = Json::object();
      for (size_t i = 0; i < cells.size(); ++i) {
        const TableColumn& column = table.schema.columns[i];
        Cell& cell = cells[i];
        // A value of another type than its column's (SQLite allows it in a file changed
        // outside Parley) is refused rather than silently converted.
        if (cell.kind == Cell::Kind::Null)
          row[column.name] = nullptr;
        else if (cell.kind == Cell::Kind::Integer && column.type == ColumnType::Integer)
          row[column.name] = cell.integer;
        else if (cell.kind == Cell::Kind::Text && column.type == ColumnType::Text &&
                 cell.text.size() > kMaxFieldBytes)
          RefuseExport("at /tables/" + table.schema.name + "/" + std::to_string(list.size()) + "/" +
                           column.name + " it holds text of " + Grouped(cell.text.size()) +
                           " bytes, where a field of a document holds at most " +
                           Grouped(kMaxFieldBytes) + " (1 MB)",
                       "Shorten that text in Parley (or split it in two)");
        else if (cell.kind == Cell::Kind::Text && column.type == ColumnType::Text)
          row[column.name] = std::move(cell.text);
        else
          throw Error("The workshop holds a value the JSON format cannot carry: at /tables/" +
                          table.schema.name + "/" + std::to_string(list.size()) + "/" + column.name +
                          ", " + TypeName(cell) + " where Parley keeps " +
                          (column.type == ColumnType::Integer ? "a whole number." : "text."),
                      "The file was changed outside Parley. Correct that value with an SQLite "
                      "tool; Parley itself still opens the file. Nothing was written.");
      }
      list.push_back(std::move(row));
    }
    tables[table.schema.name] = std::move(list);
  }

  Json doc = Json::object();
  doc["format"] = kWorkshopJsonFormat;
  doc["version"] = CurrentWorkshopVersion();
  doc["tables"] = std::move(tables);
  std::string text;
  try {
    text = doc.dump(2) + "\n";
  } catch (const Json::type_error&) {
    throw Error("The workshop holds text that is not UTF-8, at " + PathOfBadText(doc) + ".",
                "The file was changed outside Parley. Correct that text with an SQLite tool; "
                "nothing was written.");
  }
  if (text.size() > kMaxWorkshopJsonBytes)
    RefuseExport("its document would be " + Grouped(text.size() >> 20) +
                     " MB, where Parley imports at most " + Grouped(kMaxWorkshopJsonBytes >> 20) +
                     " MB",
                 "Remove what the workshop no longer needs (a long session log, old drafts)");
  return text;
}

void ExportWorkshopJson(const std::string& workshopPath, const std::string& jsonPath) {
  WriteFileAtomically(jsonPath, WorkshopToJson(workshopPath));
}

void ExportWorkshopJson(Workshop& workshop, const std::string& jsonPath) {
  WriteFileAtomically(jsonPath, WorkshopToJson(workshop));
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
  throw Error("The JSON file is " + Grouped(bytes >> 20) + " MB: too large for a workshop (Parley " +
                  "imports up to " + Grouped(kMaxWorkshopJsonBytes >> 20) + " MB).",
              "Check that it is the right file. No workshop file was written.");
}

// Where `text` goes beyond the shape of a workshop document (document, tables, rows, row: four
// levels of a few dozen members, tables of up to kMaxTableRows rows), and how, in one pass
// before parsing. The parser then never builds what would be refused: megabytes of "[[[[" take
// hundreds of megabytes as a parsed tree, and nlohmann's ordered objects find each new member by
// a linear search through the earlier ones (an object of 100,000 members took 36 s to parse).
struct ShapeProblem {
  size_t offset = std::string_view::npos;  // of the bracket or comma that goes beyond a limit
  std::string what;                        // which limit, in the words of a message
};

ShapeProblem CheckShape(std::string_view text) {
  struct Level {
    bool object;    // an object; else an array
    size_t commas;  // between its members so far
  };
  std::vector<Level> levels;
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
      if (levels.size() == size_t(kMaxJsonDepth))
        return {i, "it nests arrays and objects more than " + std::to_string(kMaxJsonDepth) +
                       " deep, where a workshop document nests 4"};
      levels.push_back({c == '{', 0});
    } else if (c == ']' || c == '}') {
      if (!levels.empty()) levels.pop_back();
    } else if (c == ',' && !levels.empty()) {
      Level& level = levels.back();
      if (++level.commas < (level.object ? kMaxJsonMembers : kMaxTableRows)) continue;
      return {i, level.object ? "an object has more than " + Grouped(kMaxJsonMembers) +
                                    " members, where a workshop document's objects (its tables, "
                                    "a row's columns) have fewer"
                              : "an array has more than " + Grouped(kMaxTableRows) +
                                    " rows, more than Parley imports into one table of a workshop"};
    }
  }
  return {};
}

Json Parse(std::string_view text) {
  if (text.size() > kMaxWorkshopJsonBytes) RefuseSize(text.size());
  if (ShapeProblem shape = CheckShape(text); shape.offset != std::string_view::npos) {
    auto [line, column] = LineAndColumn(text, shape.offset);
    throw Error("The file is not a workshop document Parley can import: at line " +
                    std::to_string(line) + ", column " + std::to_string(column) + ", " +
                    shape.what + ".",
                "Check that it is the right file (a workshop exported by Parley stays within these "
                "limits). No workshop file was written.");
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

void CheckValue(const TableColumn& column, const Json& value, const std::string& path) {
  if (value.is_null()) {
    if (!column.nullable) Refuse(path, "null, where " + column.name + " needs a value");
    return;
  }
  if (column.type == ColumnType::Integer) {
    if (!value.is_number_integer())
      Refuse(path, Kind(value) + ", where Parley expects a whole number");
    if (value.is_number_unsigned() && value.get<uint64_t>() > uint64_t(std::numeric_limits<int64_t>::max()))
      Refuse(path, "the number " + value.dump() + ", which is too large");
    return;
  }
  if (!value.is_string()) Refuse(path, Kind(value) + ", where Parley expects text (a string)");
  size_t size = value.get_ref<const Json::string_t&>().size();
  if (size > kMaxFieldBytes)
    Refuse(path, "text of " + Grouped(size) + " bytes, where a field holds at most " +
                     Grouped(kMaxFieldBytes) + " bytes (1 MB)");
}

// Checks the rows of `table`.
void CheckRows(const TableSchema& table, const Json& rows) {
  std::string path = "/tables/" + table.name;
  if (!rows.is_array()) Refuse(path, Kind(rows) + ", where a table is an array of rows");
  std::unordered_map<int64_t, size_t> rowOfId;  // the index of each row by its id
  for (size_t i = 0; i < rows.size(); ++i) {
    const Json& row = rows[i];
    std::string rowPath = path + "/" + std::to_string(i);
    if (!row.is_object()) Refuse(rowPath, Kind(row) + ", where a row is an object");
    for (const auto& [key, value] : row.items()) {
      const TableColumn* column = table.Find(key);
      if (!column) Refuse(rowPath + "/" + Token(key), table.name + " has no such column");
      CheckValue(*column, value, rowPath + "/" + key);
    }
    for (const TableColumn& column : table.columns)
      if (column.required && !row.contains(column.name))
        Refuse(rowPath, "the column " + column.name + " is missing");
    int64_t id = row.at("id").get<int64_t>();
    if (id < 1) Refuse(rowPath + "/id", "the id " + std::to_string(id) + ": ids are whole numbers from 1");
    auto [other, added] = rowOfId.emplace(id, i);
    if (!added)
      Refuse(rowPath + "/id", "the id " + std::to_string(id) + ", which " + path + "/" +
                                  std::to_string(other->second) + " has already");
  }
}

// A document that passed the checks, with what writing it needs.
struct Checked {
  std::vector<TableSchema> tables;  // this build's schema
  std::set<std::string> given;      // the tables the document holds
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
  int64_t current = CurrentWorkshopVersion();
  if (version->is_number_unsigned() ? version->get<uint64_t>() > uint64_t(current)
                                    : version->get<int64_t>() > current)
    throw Error("The JSON file was made by a newer Parley (workshop format version " +
                    version->dump() + "; this Parley reads versions 1 to " + std::to_string(current) + ").",
                "Import it with a newer Parley. No workshop file was written.");
  if (version->get<int64_t>() < 1) Refuse("/version", version->dump() + ": versions start at 1");

  auto tables = doc.find("tables");
  if (tables == doc.end()) Refuse("/tables", "nothing, where the workshop's tables belong");
  if (!tables->is_object()) Refuse("/tables", Kind(*tables) + ", where the tables are an object");

  Checked checked{WorkshopSchema(current), {}};
  for (const auto& item : tables->items()) {
    const std::string& name = item.key();
    if (name == kUndoTableName)
      Refuse("/tables/" + name, "the undo history, which is not part of a workshop document");
    auto table = std::find_if(checked.tables.begin(), checked.tables.end(),
                              [&](const TableSchema& t) { return t.name == name; });
    if (table == checked.tables.end()) Refuse("/tables/" + Token(name), "a table Parley does not have");
    CheckRows(*table, item.value());
    checked.given.insert(name);
  }
  // A document of an older version may lack what came later: those tables stay as a new file has
  // them, as a migration would leave them (the standard concern categories, say).
  int64_t documentVersion = version->get<int64_t>();
  for (const TableSchema& table : documentVersion == current ? checked.tables : WorkshopSchema(documentVersion))
    if (!checked.given.contains(table.name))
      Refuse("/tables/" + table.name, "nothing: a document of version " + std::to_string(documentVersion) +
                                          " lists this table, [] when it has no rows");
  if (tables->at("workshop").size() != 1)
    Refuse("/tables/workshop", std::to_string(tables->at("workshop").size()) +
                                   " rows, where a workshop document has exactly one");
  return checked;
}

// [import] ------------------------------------------------------------------------------------

// The document's rows as the store writes them: the tables it holds, in the schema's order. The
// text moves out of `tables` (a document is up to 256 MB); the rest stays for the messages.
std::vector<TableRows> RowsOf(Json& tables, const Checked& checked) {
  std::vector<TableRows> out;
  for (const TableSchema& schema : checked.tables) {
    auto rows = tables.find(schema.name);
    if (rows == tables.end()) continue;
    TableRows& table = out.emplace_back(TableRows{schema, {}});
    table.rows.reserve(rows->size());
    for (Json& row : *rows) {
      std::vector<Cell>& cells = table.rows.emplace_back(schema.columns.size());
      for (size_t c = 0; c < schema.columns.size(); ++c) {
        auto value = row.find(schema.columns[c].name);
        if (value == row.end()) continue;  // Cell::Kind::Default
        if (value->is_null()) {
          cells[c].kind = Cell::Kind::Null;
        } else if (schema.columns[c].type == ColumnType::Integer) {
          cells[c].kind = Cell::Kind::Integer;
          cells[c].integer = value->get<int64_t>();
        } else {
          cells[c].kind = Cell::Kind::Text;
          cells[c].text = std::move(value->get_ref<Json::string_t&>());
        }
      }
    }
  }
  return out;
}

// Refuses, by its JSON path, what the store refused in the document's rows.
[[noreturn]] void RefuseRows(const TablesProblem& problem, const Json& tables) {
  std::string row = "/tables/" + problem.table + "/" + std::to_string(problem.row);
  switch (problem.kind) {
    case TablesProblem::Kind::RowRefused:
      Refuse(row, "a row the workshop file refuses (" + problem.detail + ")");
    case TablesProblem::Kind::Reference: {
      const Json& given = tables.at(problem.table).at(problem.row);
      std::string value = given.contains(problem.column) ? given.at(problem.column).dump()
                                                         : "(the column's default)";
      Refuse(row + "/" + problem.column, "a reference to " + problem.parent + " " + value +
                                             ", which is not in /tables/" + problem.parent);
    }
    case TablesProblem::Kind::MissingRows:
      Refuse("/tables/" + problem.parent,
             "a table without the rows a new workshop's " + problem.table + " refers to");
    case TablesProblem::Kind::DoesNotOpen:
      throw Error("The workshop made from the JSON file does not open: " + problem.detail, kImportAdvice);
  }
  throw Error("The JSON file cannot be imported.", kImportAdvice);
}

}  // namespace

void WorkshopFromJson(std::string_view json, const std::string& workshopPath, std::string_view passphrase) {
  RefuseExistingFile(workshopPath);  // before the work of reading the document
  Json doc = Parse(json);
  Checked checked = CheckDocument(doc);
  Json& tables = doc.at("tables");
  if (auto problem = MakeWorkshopFromTables(workshopPath, RowsOf(tables, checked), passphrase))
    RefuseRows(*problem, tables);
}

void ImportWorkshopJson(const std::string& jsonPath, const std::string& workshopPath,
                        std::string_view passphrase) {
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
  WorkshopFromJson(text, workshopPath, passphrase);
}

}  // namespace parley
