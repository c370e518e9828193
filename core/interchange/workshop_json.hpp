#pragma once
// A whole workshop as one JSON document, the "parley-workshop" format of assets/json-format.md:
// every table of the workshop file except the undo history, each row with its id, tables in
// the order of WorkshopJsonTables() and columns in the schema's order. Export then import then
// export gives the same bytes.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "core/interchange/import_limits.hpp"

namespace parley {

class Workshop;

// The document's "format" member.
constexpr std::string_view kWorkshopJsonFormat = "parley-workshop";

// The tables of the format in the order a document lists them: each after the tables its rows
// refer to (a table referring to itself, like option, excepted).
std::span<const std::string_view> WorkshopJsonTables();

// The workshop file at `workshopPath` as a document: two-space indented UTF-8 ending in a
// newline. Opens the file as Parley does (an older one is brought up to date first). Throws
// parley::Error when it cannot be opened, or holds a value the format cannot carry (text that
// is not UTF-8, a value of another type than its column's), or more than the import reads again
// (import_limits.hpp: a text over kMaxFieldBytes, a table over kMaxTableRows, a document over
// kMaxWorkshopJsonBytes), naming where.
std::string WorkshopToJson(const std::string& workshopPath);
// The same of the open `workshop`: a sealed one is read with the key it was opened with, and
// the document is plaintext all the same.
std::string WorkshopToJson(Workshop& workshop);

// Writes WorkshopToJson(...) to `jsonPath` through a temporary file in the same folder,
// replacing any file there. Throws parley::Error, leaving `jsonPath` as it was.
void ExportWorkshopJson(const std::string& workshopPath, const std::string& jsonPath);
void ExportWorkshopJson(Workshop& workshop, const std::string& jsonPath);

// Makes a new workshop file at `workshopPath` holding exactly the rows of `json` (with their
// ids), the undo history empty. Before parsing, refuses a document beyond its shape's limits
// (import_limits.hpp: nested deeper than kMaxJsonDepth, an object of more than kMaxJsonMembers
// members, a table of more than kMaxTableRows rows; with line and column), so that the time
// taken stays in proportion to the file. Then checks the whole document and refuses, naming the
// JSON path of the problem (e.g. /tables/participant/3/name): malformed JSON (line and column),
// another format or a newer version, a missing table (of a document of this version), an
// unknown table or column, a value of the wrong type, a missing required column, a string over
// kMaxFieldBytes, a duplicate id, a reference to an id that does not exist, a row the schema
// refuses. Refuses when a file exists at `workshopPath`: it never overwrites. With a
// `passphrase` the new workshop is sealed with it (empty: plain), the document checked before
// the key is derived. Throws parley::Error; then no file is left at `workshopPath` or beside it.
void WorkshopFromJson(std::string_view json, const std::string& workshopPath, std::string_view passphrase = {});

// Reads the document at `jsonPath` (refusing one over kMaxWorkshopJsonBytes unread) and makes
// the workshop `workshopPath` from it as WorkshopFromJson does. Throws parley::Error.
void ImportWorkshopJson(const std::string& jsonPath, const std::string& workshopPath,
                        std::string_view passphrase = {});

}  // namespace parley
