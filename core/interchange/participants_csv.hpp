#pragma once
// Participants from a spreadsheet: RFC 4180 CSV in UTF-8 (with or without a byte-order mark),
// separated by commas, or by semicolons as spreadsheets write it in many locales (or tabs),
// with a header row naming the columns. PreviewParticipants reads and checks every row without
// changing anything; ImportParticipants then adds the rows that have no problem, all at once.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/interchange/import_limits.hpp"
#include "core/model/model.hpp"
#include "core/store/workshop.hpp"

namespace parley {

// One data row of the file as it will be imported.
struct PreviewRow {
  int64_t row = 0;                    // its row in the spreadsheet: the header is row 1
  std::string party;                  // the party as the file names it
  NewParticipant participant;         // partyId 0 when the party is unknown
  std::vector<std::string> problems;  // why it will not be imported; empty when it will
};

// What a participants file holds, checked against the workshop it is to go into.
struct ParticipantsPreview {
  char delimiter = ',';
  std::vector<std::string> fields;    // for each column of the header: the field it fills, "" none
  std::vector<std::string> header;    // the header's names, as written
  std::vector<std::string> problems;  // of the file as a whole (no name column, UTF-16, ...)
  std::vector<PreviewRow> rows;       // every data row, blank lines left out
  Scripts scripts = kBasicLatin;      // of the file's text, for the screen font

  size_t GoodRows() const;  // the rows without problems: those ImportParticipants adds
};

// Reads `csv` and checks each row against `model`. A file beyond the limits of import_limits.hpp
// (more than kMaxParticipantsCsvRows rows or kMaxParticipantsCsvCells cells, a cell over
// kMaxFieldBytes) is refused whole before any row is checked: one problem of the file that says
// the limit and what to do, and no rows. Each row's problems: a missing name or party, a party
// the workshop does not have (matched by name or short name, ignoring case), a name the workshop
// or an earlier row already has, a pseudonym already in use, a quote never closed, more or fewer cells
// than the header, bytes that are not UTF-8. Header names are matched ignoring case, spaces and
// punctuation, with common synonyms: name (full name; or first name and last name), party (side,
// community), role (affiliation, organisation), pseudonym (code), notes (comment), contact
// (email), general role. `chosen`, when it names a field (or "" for none) for every column of
// the header, maps the columns instead: the facilitator's choice for headers in another language.
// Never throws for what the file holds.
ParticipantsPreview PreviewParticipants(std::string_view csv, const Model& model,
                                        const std::vector<std::string>& chosen = {});

// The fields a column can fill, as ParticipantsPreview::fields names them.
const std::vector<std::string>& ParticipantFields();

// Reads the file at `path` and previews it. Throws parley::Error when it cannot be read or is
// over kMaxParticipantsCsvBytes.
ParticipantsPreview PreviewParticipantsFile(const std::string& path, const Model& model,
                                            const std::vector<std::string>& chosen = {});

// Adds `people` to the workshop at the end of the list, present in the latest session, in one
// transaction; returns their ids in order. Throws parley::Error when refused.
using ParticipantWriter = std::function<std::vector<Id>(const std::vector<NewParticipant>&)>;

// The writer that adds participants to `workshop` as one edit (Workshop::AddParticipants).
ParticipantWriter WriterFor(Workshop& workshop);

// Adds the rows of `preview` that have no problem through `write`; returns their new ids. Throws
// what `write` throws.
std::vector<Id> ImportParticipants(const ParticipantsPreview& preview, const ParticipantWriter& write);

}  // namespace parley
