// Participants from CSV (see participants_csv.hpp).
//
// Sections: [csv] records and cells  [header] columns to fields  [rows] checks against the
//           workshop  [import]
#include "core/interchange/participants_csv.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

#include "core/common/error.hpp"
#include "core/common/text.hpp"
#include "core/common/unicode_text.hpp"
#include "core/store/workshop.hpp"

namespace parley {

namespace {

// [csv] ---------------------------------------------------------------------------------------

struct Record {
  int64_t row = 0;                 // from 1; a record with line breaks in quotes is one row
  std::vector<std::string> cells;  // as written, quotes taken off
  std::string problem;             // why the record is malformed, "" when it is not
};

// The delimiter the header line uses most, outside quotes: ',' when it uses none.
char DetectDelimiter(std::string_view text) {
  size_t commas = 0, semicolons = 0, tabs = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;  // a doubled quote toggles twice: no change
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    commas += c == ',';
    semicolons += c == ';';
    tabs += c == '\t';
  }
  if (semicolons > commas && semicolons >= tabs) return ';';
  if (tabs > commas && tabs > semicolons) return '\t';
  return ',';
}

bool IsBlank(const Record& record) { return record.cells.size() == 1 && record.cells[0].empty(); }

// A file's records, or the limit of import_limits.hpp it goes beyond.
struct Records {
  std::vector<Record> records;  // cut short where the file went beyond a limit
  std::string refused;          // the problem of the whole file that says which, "" when none
};

// Splits `text` into records as RFC 4180 has them: cells in double quotes may hold delimiters,
// line breaks and doubled quotes. Line breaks are CRLF, LF or CR; a CRLF inside quotes is kept as
// LF. A quote inside an unquoted cell is kept as text, as spreadsheets read it. Stops at the
// first cell over kMaxFieldBytes, or beyond kMaxParticipantsCsvRows rows (blank lines aside) or
// kMaxParticipantsCsvCells cells: nothing of such a file is checked or imported.
Records ReadRecords(std::string_view text, char delimiter) {
  enum class State { CellStart, Unquoted, Quoted, AfterQuote };
  Records out;
  std::vector<Record>& records = out.records;
  Record record{1, {}, {}};
  std::string cell;
  State state = State::CellStart;
  size_t cells = 0, rows = 0;  // so far, rows counting the header
  auto refuse = [&](std::string problem) {
    if (out.refused.empty()) out.refused = std::move(problem);
  };
  auto endCell = [&] {
    if (cell.size() > kMaxFieldBytes)
      refuse("Row " + std::to_string(record.row) + ", cell " +
             std::to_string(record.cells.size() + 1) + " holds more than " +
             Grouped(kMaxFieldBytes) + " bytes (1 MB) of text, more than a " +
             "field of a workshop holds. Shorten it, or check the file (a quote left open makes " +
             "the rest of the file one cell), and import again.");
    if (++cells > kMaxParticipantsCsvCells)
      refuse("The file has more than " + Grouped(kMaxParticipantsCsvCells) + " cells, more than " +
             "Parley imports from one file (" +
             Grouped(kMaxParticipantsCsvCells / kMaxParticipantsCsvRows) + " columns of " + Grouped(kMaxParticipantsCsvRows) + " rows). Remove the columns " +
             "Parley does not import, or split the file, and import each part.");
    record.cells.push_back(std::move(cell));
    cell.clear();
    state = State::CellStart;
  };
  auto endRecord = [&] {
    endCell();
    if (!IsBlank(record) && ++rows > kMaxParticipantsCsvRows + 1)
      refuse("The file has more than " + Grouped(kMaxParticipantsCsvRows) + " rows of " +
             "participants, more than Parley imports from one file. Split it into files of up " +
             "to " + Grouped(kMaxParticipantsCsvRows) + " rows, each with the header row, and " +
             "import each.");
    int64_t next = record.row + 1;
    records.push_back(std::move(record));
    record = Record{next, {}, {}};
  };
  for (size_t i = 0; i < text.size() && out.refused.empty(); ++i) {
    char c = text[i];
    bool crlf = c == '\r' && i + 1 < text.size() && text[i + 1] == '\n';
    if (state == State::Quoted) {
      if (c != '"') {
        if (!crlf) cell += c;
      } else if (i + 1 < text.size() && text[i + 1] == '"') {
        cell += '"';
        ++i;
      } else {
        state = State::AfterQuote;
      }
    } else if (c == delimiter) {
      endCell();
    } else if (c == '\n' || c == '\r') {
      if (crlf) ++i;
      endRecord();
    } else if (c == '"' && state == State::CellStart) {
      state = State::Quoted;
    } else {
      if (state == State::AfterQuote && record.problem.empty())
        record.problem = "text after the closing quote of cell " + std::to_string(record.cells.size() + 1);
      if (state == State::CellStart) state = State::Unquoted;
      cell += c;
    }
  }
  if (state == State::Quoted)
    record.problem = "a quote opened in cell " + std::to_string(record.cells.size() + 1) +
                     " is never closed, so the rest of the file is read as that cell";
  // A last line without a line break still counts; the empty line after a final break does not.
  if (out.refused.empty() && (state != State::CellStart || !record.cells.empty())) endRecord();
  return out;
}

// The code point of the UTF-8 sequence at text[i], moving `i` past it; -1, moving one byte on,
// where the bytes are not well-formed UTF-8 (overlong forms, surrogates, beyond U+10FFFF) or NUL.
int32_t NextCodePoint(std::string_view text, size_t& i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char lead = byte(i);
  size_t length = lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : (lead & 0xF8) == 0xF0 ? 4 : 0;
  uint32_t code = length <= 1 ? lead : lead & (0x7F >> length);
  bool good = lead != 0 && length != 0 && i + length <= text.size();
  for (size_t k = 1; good && k < length; ++k) {
    good = (byte(i + k) & 0xC0) == 0x80;
    code = code << 6 | (byte(i + k) & 0x3F);
  }
  constexpr uint32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (!good || code < kSmallest[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
    ++i;
    return -1;
  }
  i += length;
  return int32_t(code);
}

bool IsUtf8(std::string_view text) {
  for (size_t i = 0; i < text.size();)
    if (NextCodePoint(text, i) < 0) return false;
  return true;
}

// `text` for comparing names and parties, as the non-attribution guard compares them: however
// it is written (case, accents, composed or not, spacing) one spelling is the same name.
std::string Folded(std::string_view text) { return Trim(NormaliseForMatching(text)); }

// [header] ------------------------------------------------------------------------------------

// Parley's fields as the preview names them; first and last name make the name when the file has
// no column for the whole name.
constexpr const char* kName = "name";
constexpr const char* kFirstName = "first name";
constexpr const char* kLastName = "last name";
constexpr const char* kParty = "party";
constexpr const char* kRole = "role or affiliation";
constexpr const char* kPseudonym = "pseudonym";
constexpr const char* kNotes = "notes";
constexpr const char* kContact = "contact";
constexpr const char* kGeneralRole = "general role";

}  // namespace

const std::vector<std::string>& ParticipantFields() {
  static const std::vector<std::string> fields = {kName,      kFirstName, kLastName, kParty,      kRole,
                                                  kPseudonym, kNotes,     kContact,  kGeneralRole};
  return fields;
}

namespace {

// A header name reduced to lower-case ASCII words: "E-Mail" and "e_mail" both "e mail".
std::string HeaderKey(std::string_view name) {
  std::string out;
  for (char c : name) {
    bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
                (static_cast<unsigned char>(c) >= 0x80);
    if (word)
      out += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    else if (!out.empty() && out.back() != ' ')
      out += ' ';
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

const char* FieldOf(std::string_view headerName) {
  static const std::map<std::string, const char*, std::less<>> kSynonyms = {
      {"name", kName}, {"full name", kName}, {"participant", kName}, {"participant name", kName},
      {"first name", kFirstName}, {"given name", kFirstName}, {"forename", kFirstName},
      {"last name", kLastName}, {"family name", kLastName}, {"surname", kLastName},
      {"party", kParty}, {"side", kParty}, {"community", kParty}, {"delegation", kParty},
      {"role", kRole}, {"affiliation", kRole}, {"role or affiliation", kRole},
      {"role affiliation", kRole}, {"organisation", kRole}, {"organization", kRole},
      {"occupation", kRole},
      {"pseudonym", kPseudonym}, {"code", kPseudonym}, {"code name", kPseudonym},
      {"codename", kPseudonym}, {"alias", kPseudonym},
      {"notes", kNotes}, {"note", kNotes}, {"comment", kNotes}, {"comments", kNotes},
      {"remarks", kNotes},
      {"contact", kContact}, {"contact details", kContact}, {"email", kContact},
      {"e mail", kContact}, {"email address", kContact}, {"e mail address", kContact},
      {"general role", kGeneralRole}, {"role in general terms", kGeneralRole},
  };
  auto it = kSynonyms.find(HeaderKey(headerName));
  return it == kSynonyms.end() ? "" : it->second;
}

// [rows] --------------------------------------------------------------------------------------

const Party* FindParty(const Model& model, std::string_view written) {
  std::string key = Folded(written);
  for (const Party& party : model.parties)
    if (Folded(party.name) == key || (!party.shortName.empty() && Folded(party.shortName) == key))
      return &party;
  return nullptr;
}

std::string PartyList(const Model& model) {
  std::string out;
  for (const Party& party : model.parties) out += (out.empty() ? "" : ", ") + party.name;
  return out;
}

// Checks one data row; `names` and `pseudonyms` hold what the workshop and the earlier rows
// have, by folded name, with a description of who has it.
PreviewRow CheckRow(const Record& record, const ParticipantsPreview& preview, const Model& model,
                    std::map<std::string, std::string>& names,
                    std::map<std::string, std::string>& pseudonyms) {
  PreviewRow row;
  row.row = record.row;
  if (!record.problem.empty()) row.problems.push_back(record.problem);
  size_t columns = preview.header.size();
  bool extraText = std::any_of(record.cells.begin() + std::min(columns, record.cells.size()),
                               record.cells.end(), [](const std::string& c) { return !Trim(c).empty(); });
  if (record.cells.size() < columns || extraText)
    row.problems.push_back(std::to_string(record.cells.size()) + " cells where the header has " +
                           std::to_string(columns));

  std::string first, last;
  NewParticipant& p = row.participant;
  for (size_t i = 0; i < std::min(columns, record.cells.size()); ++i) {
    const std::string& cell = record.cells[i];
    if (!IsUtf8(cell)) {
      row.problems.push_back("cell " + std::to_string(i + 1) + " (" + preview.header[i] +
                             ") is not UTF-8 text: save the file as \"CSV UTF-8\"");
      continue;
    }
    std::string_view field = preview.fields[i];
    std::string value = Trim(cell);
    if (field == kName) p.name = value;
    else if (field == kFirstName) first = value;
    else if (field == kLastName) last = value;
    else if (field == kParty) row.party = value;
    else if (field == kRole) p.role = value;
    else if (field == kPseudonym) p.pseudonym = value;
    else if (field == kNotes) p.notes = value;
    else if (field == kContact) p.contact = value;
    else if (field == kGeneralRole) p.generalRole = value;
  }
  if (p.name.empty()) p.name = Trim(first + " " + last);
  // Each cell is within kMaxFieldBytes, but a name made of two may not be.
  if (p.name.size() > kMaxFieldBytes)
    row.problems.push_back("the name (first and last name together) is longer than the " +
                           Grouped(kMaxFieldBytes) + " bytes a field holds");

  if (p.name.empty()) row.problems.push_back("no name");
  if (row.party.empty()) {
    row.problems.push_back("no party");
  } else if (const Party* party = FindParty(model, row.party)) {
    p.partyId = party->id;
  } else {
    row.problems.push_back("no party called \"" + row.party + "\" (the parties are " + PartyList(model) + ")");
  }
  if (!p.name.empty()) {
    auto [other, added] = names.emplace(Folded(p.name), "row " + std::to_string(row.row));
    if (!added) row.problems.push_back("a duplicate of " + other->second);
  }
  if (!p.pseudonym.empty()) {
    auto [other, added] = pseudonyms.emplace(Folded(p.pseudonym), "row " + std::to_string(row.row));
    if (!added) row.problems.push_back("the pseudonym \"" + p.pseudonym + "\" is already used by " + other->second);
  }
  return row;
}

}  // namespace

size_t ParticipantsPreview::GoodRows() const {
  return size_t(std::count_if(rows.begin(), rows.end(), [](const PreviewRow& r) { return r.problems.empty(); }));
}

ParticipantsPreview PreviewParticipants(std::string_view csv, const Model& model,
                                        const std::vector<std::string>& chosen) {
  ParticipantsPreview preview;
  if (csv.starts_with("\xFF\xFE") || csv.starts_with("\xFE\xFF")) {
    preview.problems.push_back("The file is UTF-16 text. Save it as \"CSV UTF-8\" and try again.");
    return preview;
  }
  if (csv.starts_with("\xEF\xBB\xBF")) csv.remove_prefix(3);
  preview.scripts = ScriptsIn(csv);
  preview.delimiter = DetectDelimiter(csv);
  Records read = ReadRecords(csv, preview.delimiter);
  if (!read.refused.empty()) {
    preview.problems.push_back(std::move(read.refused));
    return preview;
  }
  const std::vector<Record>& records = read.records;
  auto header = std::find_if(records.begin(), records.end(), [](const Record& r) { return !IsBlank(r); });
  if (header == records.end()) {
    preview.problems.push_back("The file is empty: it has no header row.");
    return preview;
  }
  if (!header->problem.empty()) preview.problems.push_back("The header row is malformed: " + header->problem + ".");
  bool choice = chosen.size() == header->cells.size();
  for (size_t column = 0; column < header->cells.size(); ++column) {
    const std::string& name = header->cells[column];
    std::string field = choice ? chosen[column] : IsUtf8(name) ? FieldOf(name) : "";
    if (std::find(ParticipantFields().begin(), ParticipantFields().end(), field) == ParticipantFields().end())
      field.clear();
    // The first column for a field fills it; a second one is not imported.
    if (std::find(preview.fields.begin(), preview.fields.end(), field) != preview.fields.end()) field.clear();
    preview.header.push_back(IsUtf8(name) ? Trim(name) : "?");
    preview.fields.push_back(field);
  }
  auto has = [&](const char* field) {
    return std::find(preview.fields.begin(), preview.fields.end(), field) != preview.fields.end();
  };
  if (!has(kName) && !has(kFirstName) && !has(kLastName))
    preview.problems.push_back("No column is the name (Parley looks for \"name\", \"full name\", or "
                               "\"first name\" and \"last name\"): choose the column that is.");
  if (!has(kParty))
    preview.problems.push_back("No column is the party (Parley looks for \"party\", \"side\" or "
                               "\"community\"): choose the column that is.");

  std::map<std::string, std::string> names, pseudonyms;
  for (const Participant& p : model.participants) {
    std::string who = p.pseudonym + " in the workshop";
    if (!p.name.empty()) names.emplace(Folded(p.name), who);
    if (!p.pseudonym.empty()) pseudonyms.emplace(Folded(p.pseudonym), who);
  }
  for (auto record = header + 1; record != records.end(); ++record)
    if (!IsBlank(*record)) preview.rows.push_back(CheckRow(*record, preview, model, names, pseudonyms));
  return preview;
}

ParticipantsPreview PreviewParticipantsFile(const std::string& path, const Model& model,
                                            const std::vector<std::string>& chosen) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec))
    throw Error("There is no file at " + path + ".", "Check the folder and the name.");
  uint64_t size = std::filesystem::file_size(path, ec);
  if (!ec && size > kMaxParticipantsCsvBytes)
    throw Error(path + " is " + Grouped(size >> 20) + " MB: too large for a list of participants " +
                    "(Parley imports up to " + Grouped(kMaxParticipantsCsvBytes >> 20) +
                    " MB from one file).",
                "Check that it is the right file, or split it into smaller files and import each. "
                "Nothing was imported.");
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw Error("Could not read " + path + ": " + std::strerror(errno) + ".",
                "Check that the file can be read, then try again.");
  std::string text(std::istreambuf_iterator<char>(in), {});
  return PreviewParticipants(text, model, chosen);
}

// [import] ------------------------------------------------------------------------------------

ParticipantWriter WriterFor(Workshop& workshop) {
  return [&workshop](const std::vector<NewParticipant>& people) { return workshop.AddParticipants(people); };
}

std::vector<Id> ImportParticipants(const ParticipantsPreview& preview, const ParticipantWriter& write) {
  std::vector<NewParticipant> people;
  for (const PreviewRow& row : preview.rows)
    if (row.problems.empty()) people.push_back(row.participant);
  if (people.empty()) return {};
  return write(people);
}

}  // namespace parley
