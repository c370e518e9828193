#include "core/store/db.hpp"

#include <cerrno>

#include "core/common/error.hpp"
#include "core/store/sealed_vfs.hpp"

namespace parley::db {

void Fail(sqlite3* db, int code, std::string_view doing) {
  // SQLite reports a full disk met while syncing or growing a file as an I/O error ("disk I/O
  // error"); the errno it saw tells it apart. sqlite3_system_errno does not always hold it (a
  // failed commit leaves it unset), errno still does right after the call that failed.
  int errnoNow = errno;
  bool full = (code & 0xff) == SQLITE_IOERR && ((db && sqlite3_system_errno(db) == ENOSPC) || errnoNow == ENOSPC);
  // A page of a sealed workshop that fails its check (sealed_vfs.cpp) is damage, not a disk error.
  bool unauthentic = code == SQLITE_IOERR_DATA;
  code = full ? SQLITE_FULL : code & 0xff;
  std::string what = "SQLite failed while " + std::string(doing) + ": " +
                     (db && !full ? sqlite3_errmsg(db) : sqlite3_errstr(code));
  if (unauthentic)
    throw Failure(SQLITE_CORRUPT, what + " (a page failed its authentication check: the file is damaged)",
                  "Open a backup copy; Parley left this file as it was and did not try to repair it.");
  switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      throw Failure(code, what, "Another program (perhaps another Parley window) is using this workshop. "
                        "Close it there, then try again.");
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      throw Failure(code, what, "The file or its folder cannot be written. Check its permissions, or "
                        "copy the workshop to a folder you can write to.");
    case SQLITE_FULL:
      throw Failure(code, what, "The disk is full: free some space, then try again.");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      throw Failure(code, what, "The file is damaged or is not a workshop. Open a backup copy; Parley "
                        "left this file as it was.");
    case SQLITE_IOERR:
      throw Failure(code, what, "The disk reported an error. Check the drive, then try again.");
    default:
      throw Failure(code, what, "Try again; if it keeps happening, keep a copy of the file and report it.");
  }
}

Connection::Connection(const std::string& path, int flags,
                       std::shared_ptr<const sealed::SealedVfs> sealed)
    : m_sealed(std::move(sealed)) {
  // A connection is used by one thread at a time (opening checks the file on a connection of
  // its own), so SQLite need not lock a mutex around every call: a fifth of the time it takes
  // to open a large workshop.
  int rc = sqlite3_open_v2(path.c_str(), &m_db, flags | SQLITE_OPEN_NOMUTEX,
                           m_sealed ? m_sealed->Name() : nullptr);
  if (rc == SQLITE_OK && m_sealed) rc = m_sealed->Prepare(m_db);
  if (rc != SQLITE_OK) {
    std::string msg = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
    sqlite3_close(m_db);
    m_db = nullptr;
    Fail(nullptr, rc, "opening " + path + " (" + msg + ")");
  }
  sqlite3_extended_result_codes(m_db, 1);
}

Connection::Connection(Connection&& other) noexcept
    : m_db(other.m_db), m_idle(std::move(other.m_idle)), m_sealed(std::move(other.m_sealed)) {
  other.m_db = nullptr;
  other.m_idle.clear();
}

Connection& Connection::operator=(Connection&& other) noexcept {
  if (this != &other) {
    Close();
    m_db = other.m_db;
    m_idle = std::move(other.m_idle);
    m_sealed = std::move(other.m_sealed);
    other.m_db = nullptr;
    other.m_idle.clear();
  }
  return *this;
}

Connection::~Connection() { Close(); }

void Connection::Close() noexcept {
  for (auto& [sql, stmt] : m_idle) sqlite3_finalize(stmt);
  m_idle.clear();
  // Pitfall 9 of sealed workshops: a WAL frame header keeps a checksum of the plaintext; the
  // WAL is emptied before a writer lets go of the file.
  if (m_sealed && m_db && sqlite3_db_readonly(m_db, "main") == 0)
    sqlite3_exec(m_db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
  sqlite3_close(m_db);
  m_db = nullptr;
  m_sealed.reset();
}

void Connection::Exec(std::string_view sql, std::string_view doing) {
  std::string text(sql);
  int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) Fail(m_db, rc, doing);
}

int64_t Connection::QueryInt(const char* sql) {
  Statement stmt(*this, sql);
  return stmt.Step() ? stmt.Int(0) : 0;
}

namespace {
// Enough for every statement an edit or an opening runs; SQL made for one occasion (a list of
// ids) is not kept beyond it.
constexpr size_t kMaxIdleStatements = 64;
}  // namespace

Statement::Statement(const Connection& db, std::string_view sql)
    : m_connection(db), m_db(db.Handle()), m_sql(sql) {
  if (auto idle = db.m_idle.find(m_sql); idle != db.m_idle.end()) {
    m_stmt = idle->second;
    db.m_idle.erase(idle);
    return;
  }
  int rc = sqlite3_prepare_v3(m_db, m_sql.data(), int(m_sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
  if (rc != SQLITE_OK) Fail(m_db, rc, "reading the workshop");
}

Statement::~Statement() {
  sqlite3_reset(m_stmt);
  sqlite3_clear_bindings(m_stmt);
  auto& idle = m_connection.m_idle;
  if (m_stmt && idle.size() < kMaxIdleStatements && idle.emplace(m_sql, m_stmt).second) return;
  sqlite3_finalize(m_stmt);
}

Statement& Statement::Bind(int index, int64_t value) {
  sqlite3_bind_int64(m_stmt, index, value);
  return *this;
}

Statement& Statement::Bind(int index, std::string_view value) {
  sqlite3_bind_text(m_stmt, index, value.data(), int(value.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::BindBlob(int index, std::string_view value) {
  sqlite3_bind_blob(m_stmt, index, value.data(), int(value.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::BindNull(int index) {
  sqlite3_bind_null(m_stmt, index);
  return *this;
}

bool Statement::Step() {
  int rc = sqlite3_step(m_stmt);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  Fail(m_db, rc, "writing the workshop");
}

void Statement::Run() {
  while (Step()) {
  }
  Reset();
}

void Statement::Reset() {
  sqlite3_reset(m_stmt);
  sqlite3_clear_bindings(m_stmt);
}

int Statement::Type(int column) const { return sqlite3_column_type(m_stmt, column); }

int64_t Statement::Int(int column) const { return sqlite3_column_int64(m_stmt, column); }

double Statement::Real(int column) const { return sqlite3_column_double(m_stmt, column); }

std::string Statement::Text(int column) const { return std::string(TextView(column)); }

std::string_view Statement::TextView(int column) const {
  auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
  return text ? std::string_view(text, size_t(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
}

std::string Statement::Blob(int column) const {
  auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
  return bytes ? std::string(bytes, size_t(sqlite3_column_bytes(m_stmt, column))) : std::string();
}

// BEGIN and COMMIT as kept statements: every edit is a transaction, and parsing them anew
// cost each keystroke more than its own UPDATE.
Transaction::Transaction(Connection& db) : m_db(db) { Statement(db, "BEGIN IMMEDIATE").Run(); }

Transaction::~Transaction() {
  if (!m_done) sqlite3_exec(m_db.Handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::Commit() {
  Statement(m_db, "COMMIT").Run();
  m_done = true;
}

}  // namespace parley::db
