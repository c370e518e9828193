#pragma once
// Thin RAII wrappers over the SQLite C API. Only the store's files include this header.
#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/common/error.hpp"

namespace parley::sealed {
class SealedVfs;
}

namespace parley::db {

// What Fail throws: a parley::Error that keeps the SQLite result code it was made from, so
// that the store can tell a write the disk refused for now (a lock, a full disk) from an edit
// refused for good.
class Failure : public Error {
 public:
  Failure(int code, std::string what, std::string advice) : Error(std::move(what), std::move(advice)), m_code(code) {}
  // The primary result code (SQLITE_BUSY, SQLITE_FULL, ...); a write that failed for want of
  // space is SQLITE_FULL whichever code SQLite reported it with.
  int Code() const { return m_code; }

 private:
  int m_code;
};

// Throws a Failure for an SQLite result code, with advice that fits the code (busy, read-only,
// full disk, damaged file).
[[noreturn]] void Fail(sqlite3* db, int code, std::string_view doing);

// One connection. Closes on destruction.
class Connection {
 public:
  Connection() = default;
  // Opens `path` with SQLITE_OPEN_* `flags`, through `sealed` when it is a sealed workshop (kept
  // alive until the connection closes); throws parley::Error when it cannot.
  Connection(const std::string& path, int flags,
             std::shared_ptr<const sealed::SealedVfs> sealed = nullptr);
  Connection(Connection&& other) noexcept;
  Connection& operator=(Connection&& other) noexcept;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  ~Connection();

  sqlite3* Handle() const { return m_db; }
  // The sealed file's VFS it was opened through; null for a plain file.
  const std::shared_ptr<const sealed::SealedVfs>& Sealed() const { return m_sealed; }
  // Runs one or more statements without results; throws parley::Error.
  void Exec(std::string_view sql, std::string_view doing = "writing the workshop");
  // Returns the first column of the first row of `sql` as an integer (0 when no row).
  int64_t QueryInt(const char* sql);
  int64_t LastInsertId() const { return sqlite3_last_insert_rowid(m_db); }

 private:
  friend class Statement;
  void Close() noexcept;

  sqlite3* m_db = nullptr;
  // Statements prepared before and now idle, by their SQL, for the next Statement of the same
  // SQL: an edit runs the same few statements each time, and preparing one can cost more than
  // running it.
  mutable std::unordered_map<std::string, sqlite3_stmt*> m_idle;
  std::shared_ptr<const sealed::SealedVfs> m_sealed;  // a sealed file's VFS, null for a plain file
};

// A prepared statement. Bind with 1-based indexes, step, read with 0-based columns. It is
// taken from its connection's idle statements when one of the same SQL is there, and goes back
// to them, reset, when destroyed.
class Statement {
 public:
  Statement(const Connection& db, std::string_view sql);
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  Statement& Bind(int index, int64_t value);
  Statement& Bind(int index, std::string_view value);
  Statement& BindBlob(int index, std::string_view value);
  Statement& BindNull(int index);
  // Advances to the next row; returns false when done. Throws parley::Error.
  bool Step();
  // Steps a statement that returns no rows, then resets it for reuse.
  void Run();
  void Reset();

  int Type(int column) const;  // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB, SQLITE_NULL
  int64_t Int(int column) const;
  double Real(int column) const;
  std::string Text(int column) const;
  std::string_view TextView(int column) const;  // valid until the next Step or Reset
  std::string Blob(int column) const;

 private:
  const Connection& m_connection;
  sqlite3* m_db;
  std::string m_sql;
  sqlite3_stmt* m_stmt = nullptr;
};

// BEGIN IMMEDIATE on construction; rolls back on destruction unless Commit() was called.
class Transaction {
 public:
  explicit Transaction(Connection& db);
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();
  void Commit();

 private:
  Connection& m_db;
  bool m_done = false;  // true once committed or rolled back
};

}  // namespace parley::db
