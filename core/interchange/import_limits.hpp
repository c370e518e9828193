#pragma once
// What Parley reads at most from a file made outside it: one table for both importers and the
// JSON export, so that they agree. Whatever the participants CSV import accepts fits a workshop
// document, so the workshop's own JSON export always imports again (the JSON export refuses,
// naming the place, what the JSON import would refuse). Each limit is checked before the work it
// bounds: an absurd file is refused at once, with the limit and what to do, and nothing written.
// README.md ("Import limits") and assets/json-format.md list them for the facilitator.
#include <cstddef>
#include <cstdint>
#include <string>

namespace parley {

// One text field of the record: a JSON string, a CSV cell, a name made of first and last name.
constexpr size_t kMaxFieldBytes = size_t(1) << 20;

// A workshop document (the JSON import and export).
constexpr uint64_t kMaxWorkshopJsonBytes = uint64_t(256) << 20;  // the whole file
// Rows of one table: the bench's large workshop has 60,000 scores and 50,000 lines of log.
constexpr size_t kMaxTableRows = 1'000'000;
constexpr size_t kMaxJsonMembers = 64;  // members of one object: the tables, a row's columns
constexpr int kMaxJsonDepth = 8;        // a workshop document nests 4 deep

// A participants file (the CSV import).
constexpr uint64_t kMaxParticipantsCsvBytes = uint64_t(16) << 20;  // the whole file
constexpr size_t kMaxParticipantsCsvRows = 100'000;                // data rows, the header aside
constexpr size_t kMaxParticipantsCsvCells = 2'000'000;             // 20 columns of 100,000 rows

// The CSV import's participants, and their attendance in one session, are rows of a document.
static_assert(kMaxParticipantsCsvRows <= kMaxTableRows);
// Its text grows at most sixfold as JSON (a control character is written \u0001) and a row's
// names and brackets take under a kilobyte: a full participants file fits a document.
static_assert(6 * kMaxParticipantsCsvBytes + kMaxParticipantsCsvRows * 1024 <
              kMaxWorkshopJsonBytes);

// `n` with its thousands grouped, as a message shows a limit: "100,000".
std::string Grouped(uint64_t n);

}  // namespace parley
