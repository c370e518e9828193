#pragma once
// What the workshop tests use to look at a workshop from outside Workshop: a raw SQLite
// connection to the file, and the whole Model written out as text so that two models compare
// with one CHECK and a readable difference.
#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>

#include "core/model/model.hpp"
#include "core/store/sealed_file.hpp"
#include "core/store/sealed_testing.hpp"
#include "core/store/workshop.hpp"

namespace parley::test {

// The VFS through which a connection of the tests' own reaches `path`: in the suite's sealed run
// (tests/sealed_run.cpp) a sealed file's, unlocked with the run's passphrase; else null.
inline std::shared_ptr<const sealed::SealedVfs> SealedRunVfs(const std::string& path) {
  const std::string* passphrase = sealed::PassphraseForTests();
  return passphrase && sealed::IsSealedFile(path) ? sealed::UnlockFile(path, *passphrase) : nullptr;
}

// A plain SQLite connection, as another program would open the file (through SealedRunVfs).
class RawDb {
 public:
  explicit RawDb(const std::string& path, int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
      : m_sealed(SealedRunVfs(path)) {
    if (sqlite3_open_v2(path.c_str(), &m_db, flags, m_sealed ? m_sealed->Name() : nullptr) != SQLITE_OK ||
        (m_sealed && m_sealed->Prepare(m_db) != SQLITE_OK)) {
      std::string message = sqlite3_errmsg(m_db);
      sqlite3_close(m_db);
      throw std::runtime_error("raw open of " + path + ": " + message);
    }
  }
  RawDb(const RawDb&) = delete;
  RawDb& operator=(const RawDb&) = delete;
  ~RawDb() {
    sqlite3_close(m_db);
    m_sealed.reset();  // after the connection through it
  }

  void Exec(const std::string& sql) {
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      std::string text = message ? message : "?";
      sqlite3_free(message);
      throw std::runtime_error("raw exec of \"" + sql + "\": " + text);
    }
  }
  // The first column of the first row as text ("" when there is no row).
  std::string Text(const std::string& sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
      throw std::runtime_error("raw prepare of \"" + sql + "\": " + sqlite3_errmsg(m_db));
    std::string out;
    if (sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_text(stmt, 0))
      out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    return out;
  }
  int64_t Int(const std::string& sql) { return std::stoll("0" + Text(sql)); }

 private:
  std::shared_ptr<const sealed::SealedVfs> m_sealed;  // null for a plain file
  sqlite3* m_db = nullptr;
};

// The schema a file holds, one "type name sql" line per object, in name order.
inline std::string SchemaOf(const std::string& path) {
  RawDb raw(path, SQLITE_OPEN_READONLY);
  return raw.Text(
      "SELECT group_concat(type || ' ' || name || ' ' || ifnull(sql, ''), char(10)) "
      "FROM (SELECT * FROM sqlite_schema ORDER BY name)");
}

// Every row of the Model, one per line.
inline std::string Dump(const Model& m) {
  std::ostringstream out;
  const WorkshopInfo& i = m.info;
  out << "workshop|" << i.title << "|" << i.context << "|" << i.venue << "|" << i.language << "|"
      << i.startDate << "|" << i.endDate << "|" << i.confidentiality << "\n";
  for (const Party& p : m.parties)
    out << "party|" << p.id << "|" << p.position << "|" << p.name << "|" << p.shortName << "|"
        << p.colour << "\n";
  for (const Participant& p : m.participants)
    out << "participant|" << p.id << "|" << p.position << "|" << p.partyId << "|" << p.name << "|"
        << p.role << "|" << p.pseudonym << "|" << p.notes << "\n";
  for (const Session& s : m.sessions) out << "session|" << s.id << "|" << s.date << "|" << s.title << "\n";
  for (const Attendance& a : m.attendance)
    out << "attendance|" << a.id << "|" << a.sessionId << "|" << a.participantId << "\n";
  return out.str();
}

// The Model of the file at `path` as a fresh Open reads it.
inline std::string DumpFile(const std::string& path) { return Dump(Workshop::Open(path)->Model()); }

// Closes `workshop` and opens its file again.
inline void Reopen(std::unique_ptr<Workshop>& workshop) {
  std::string path = workshop->Path();
  workshop.reset();
  workshop = Workshop::Open(path);
}

}  // namespace parley::test
