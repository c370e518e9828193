#pragma once
// The checks a file passes before Parley writes a byte to it: first its header and its place
// on disk, read as plain bytes; then, through a connection that cannot write, its identity,
// structure, workshop record and length. Each throws parley::Error with the facilitator's
// words for what is wrong, and says the file was left as it was.
#include <cstdint>
#include <memory>
#include <string>

#include "core/store/db.hpp"

namespace parley {

// Refuses, without opening it through SQLite, a path that is missing, not a file, unreadable,
// empty, not an SQLite file, of another program, from a newer Parley, with a garbled page
// size, shorter than its pages (those a -wal beside it holds aside), or that Parley could not
// write (the file, or the folder where SQLite keeps its -wal and -shm beside it). A sealed
// workshop's header is read through `sealed` (decrypted); without it, a sealed file is refused
// as one that needs its passphrase.
void CheckFileHeader(const std::string& path, const sealed::SealedVfs* sealed = nullptr);

// Opens `path` for the checks: reading only, and leaving no -wal or -shm behind when none was
// there (with one beside it, SQLite must read it, and may add a -shm: the caller removes it).
db::Connection OpenForChecking(const std::string& path,
                               std::shared_ptr<const sealed::SealedVfs> sealed = nullptr);

// Refuses a file that `CheckFileHeader` passed but that is no healthy workshop, read through
// `db` (from OpenForChecking): another program's or a newer Parley's by what SQLite reads
// (a -wal may hold a newer first page than the file), no workshop in it (version 0), a table,
// column, index or trigger of its version missing, a part of a later version than it says,
// no workshop record, or unreadable to SQLite. Returns its version (`PRAGMA user_version`).
int64_t CheckContents(db::Connection& db, const std::string& path);

// Throws the error of a damaged file at `path`: `what` says what is wrong, in plain words.
[[noreturn]] void ThrowDamaged(const std::string& path, const std::string& what);

}  // namespace parley
