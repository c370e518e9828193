#include "core/store/cell_changeset.hpp"

#include <algorithm>
#include <bit>
#include <cassert>
#include <vector>

namespace parley {

namespace {

// The changeset format (sqlite3session.h, "CHANGESET FORMAT"): a table header ('T', the
// number of columns as a varint, a byte per column that is 1 for the primary key, the name
// and a NUL), then each change: its operation, an "indirect" byte, and records of one field
// per column, each a type byte and its value; "undefined" (0) stands for a column the change
// leaves alone.
constexpr char kTableHeader = 'T';
constexpr char kUpdate = SQLITE_UPDATE;
enum FieldType : char { kUndefined = 0, kInteger = 1, kFloat = 2, kText = 3, kBlob = 4, kNull = 5 };

// SQLite's varint: seven bits a byte, the most significant first, the high bit set on every
// byte but the last (lengths here stay far below the nine-byte form).
void AppendVarint(std::string& out, uint64_t value) {
  assert(value < (uint64_t{1} << 56));
  char bytes[9];
  int n = 0;
  do {
    bytes[n++] = char(value & 0x7F);
    value >>= 7;
  } while (value != 0);
  while (n > 1) out += char(bytes[--n] | 0x80);
  out += bytes[0];
}

void AppendBigEndian(std::string& out, uint64_t value) {
  for (int shift = 56; shift >= 0; shift -= 8) out += char((value >> shift) & 0xFF);
}

// A text or blob field: its type, its length as a varint, its bytes.
void AppendBytes(std::string& out, FieldType type, std::string_view bytes) {
  out += type;
  AppendVarint(out, bytes.size());
  out += bytes;
}

// Column `column` of the row `s` stands on, as a changeset field.
void AppendField(std::string& out, const db::Statement& s, int column) {
  switch (s.Type(column)) {
    case SQLITE_INTEGER:
      out += kInteger;
      AppendBigEndian(out, uint64_t(s.Int(column)));
      break;
    case SQLITE_FLOAT:
      out += kFloat;
      AppendBigEndian(out, std::bit_cast<uint64_t>(s.Real(column)));
      break;
    case SQLITE_TEXT:
      AppendBytes(out, kText, s.Text(column));
      break;
    case SQLITE_BLOB:
      AppendBytes(out, kBlob, s.Blob(column));
      break;
    default:
      out += kNull;
  }
}

}  // namespace

TableColumns ColumnsOf(const db::Connection& db, std::string_view table) {
  TableColumns columns;
  db::Statement info(db, "PRAGMA table_info(" + std::string(table) + ")");
  while (info.Step()) {
    columns.names.push_back(info.Text(1));
    columns.isKey.push_back(info.Int(5) > 0);
  }
  return columns;
}

std::string UpdateCell(const db::Connection& db, std::string_view table, const TableColumns& columns,
                       std::string_view column, Id id, std::string_view text) {
  const std::string name(table), field(column);
  const std::vector<bool>& isKey = columns.isKey;
  const auto& names = columns.names;
  const auto changed = size_t(std::find(names.begin(), names.end(), field) - names.begin());
  assert(changed < isKey.size() && !isKey[changed]);
  assert(std::count(isKey.begin(), isKey.end(), true) == 1);  // the id

  std::string was;  // the changed column's value before, as a field
  {
    db::Statement before(db, "SELECT " + field + " FROM " + name + " WHERE id = ?");
    if (!before.Bind(1, id).Step()) return {};  // no such row: nothing to change
    AppendField(was, before, 0);
  }
  db::Statement(db, "UPDATE " + name + " SET " + field + " = ?1 WHERE id = ?2 AND " + field +
                        " IS NOT ?1")
      .Bind(1, text).Bind(2, id).Run();
  if (sqlite3_changes(db.Handle()) == 0) return {};  // it already says that

  std::string out;
  out += kTableHeader;
  AppendVarint(out, isKey.size());
  for (bool key : isKey) out += char(key ? 1 : 0);
  out += name;
  out += '\0';
  out += kUpdate;
  out += char(0);  // a direct change
  for (size_t c = 0; c < isKey.size(); ++c) {  // old: the key and the changed column
    if (isKey[c]) {
      out += kInteger;
      AppendBigEndian(out, uint64_t(id));
    } else if (c == changed) {
      out += was;
    } else {
      out += kUndefined;
    }
  }
  for (size_t c = 0; c < isKey.size(); ++c) {  // new: the changed column
    if (c == changed)
      AppendBytes(out, kText, text);
    else
      out += kUndefined;
  }
  return out;
}

}  // namespace parley
