#include "core/store/file_checks.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <string_view>
#include <vector>

#include "core/common/error.hpp"
#include "core/store/schema.hpp"
#include "core/store/sealed_file.hpp"
#include "core/store/sealed_header.hpp"
#include "core/store/sealed_vfs.hpp"

namespace parley {

namespace fs = std::filesystem;

namespace {

const char* const kLeftAsItWas = "Choose a .parley workshop file. Parley left this one as it was.";

// The big-endian number of `size` bytes at `at`.
uint32_t BigEndian(const unsigned char* at, int size) {
  uint32_t value = 0;
  for (int i = 0; i < size; ++i) value = value << 8 | at[i];
  return value;
}

// Refuses a file of another program or of a newer Parley, by its application id and
// `PRAGMA user_version`.
void CheckIdentity(const std::string& path, int64_t applicationId, int64_t version) {
  if (applicationId != schema::kApplicationId)
    throw Error(path + " is an SQLite database of another program, not a Parley workshop.",
                kLeftAsItWas);
  if (version > schema::CurrentVersion())
    throw Error(path + " was written by a newer version of Parley (file format " +
                    std::to_string(version) + ", this Parley reads up to " +
                    std::to_string(schema::CurrentVersion()) + ").",
                "Open it with a newer Parley. This file was left as it was.");
}

// The pages a -wal holds for the database at `walPath`'s main file, up to its last commit, and
// the database's length in pages at that commit (0 when the -wal holds no commit). Frames of
// an earlier run of the -wal (another salt) are left out, as SQLite leaves them; checksums are
// not verified, which can only count a page as held that SQLite would read from the file.
struct WalPages {
  std::set<uint32_t> pages;
  uint32_t length = 0;
};

WalPages PagesInWal(const std::string& walPath, uint32_t pageSize) {
  WalPages found;
  std::ifstream wal(walPath, std::ios::binary);
  unsigned char header[32] = {};
  if (!wal.read(reinterpret_cast<char*>(header), sizeof header)) return found;
  if ((BigEndian(header, 4) & ~1u) != 0x377f0682 || BigEndian(header + 8, 4) != pageSize)
    return found;
  std::set<uint32_t> pending;  // pages of frames after the last commit seen so far
  unsigned char frame[24];
  for (std::streamoff at = 32;
       wal.seekg(at) && wal.read(reinterpret_cast<char*>(frame), sizeof frame);
       at += 24 + std::streamoff(pageSize)) {
    if (std::memcmp(frame + 8, header + 16, 8) != 0) break;  // a frame of an earlier run
    pending.insert(BigEndian(frame, 4));
    if (uint32_t length = BigEndian(frame + 4, 4)) {  // a commit
      found.pages.merge(pending);
      pending.clear();
      found.length = length;
    }
  }
  return found;
}

// Refuses a file shorter than the pages it has: the header's count (bytes 28-31, valid while
// the change counter, bytes 24-27, equals the version-valid-for number, bytes 92-95), or the
// -wal's at its last commit, less the pages the -wal holds (a workshop that crashed, or whose
// last edits SQLite has not yet copied into it). SQLite itself reads the missing end of a last
// page as zeros, without a word.
void CheckLength(const std::string& path, const unsigned char* header, uint32_t pageSize,
                 uintmax_t size) {
  const bool countValid =
      std::memcmp(header + 24, header + 92, 4) == 0 && BigEndian(header + 28, 4) != 0;
  uint64_t pages = countValid ? BigEndian(header + 28, 4) : (size + pageSize - 1) / pageSize;
  WalPages wal = PagesInWal(path + "-wal", pageSize);
  if (wal.length != 0) pages = wal.length;
  while (pages > 0 && wal.pages.count(uint32_t(pages))) --pages;
  if (size < pages * pageSize)
    ThrowDamaged(path, "it was cut short (its pages take " + std::to_string(pages * pageSize) +
                           " bytes, and it has " + std::to_string(size) +
                           ": perhaps a copy or a download that did not finish)");
}

// Every table, column, index, trigger and view of a database, as "table party",
// "column party.colour", ...; SQLite's own objects left out.
std::set<std::string> StructureOf(const db::Connection& db) {
  std::set<std::string> found;
  db::Statement objects(
      db, "SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
  while (objects.Step()) found.insert(objects.Text(0) + " " + objects.Text(1));
  db::Statement columns(
      db,
      "SELECT t.name, c.name FROM sqlite_schema AS t, pragma_table_info(t.name) AS c "
      "WHERE t.type = 'table' AND t.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
  while (columns.Step()) found.insert("column " + columns.Text(0) + "." + columns.Text(1));
  return found;
}

// What the migrations make of an empty database after each step: [v] is version v's. Made once
// a process, as it is the same every time and takes a few milliseconds (SQLite reads its whole
// schema again after each change), more than the rest of the checks of a typical workshop.
const std::vector<std::set<std::string>>& StructureByVersion() {
  static const std::vector<std::set<std::string>> byVersion = [] {
    db::Connection memory(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY);
    std::vector<std::set<std::string>> made{StructureOf(memory)};
    for (std::string_view step : schema::Migrations()) {
      memory.Exec(step, "checking the file");
      made.push_back(StructureOf(memory));
    }
    return made;
  }();
  return byVersion;
}

// "column party.colour" as "the column colour of the table party".
std::string Described(const std::string& part) {
  size_t space = part.find(' ');
  std::string kind = part.substr(0, space), name = part.substr(space + 1);
  if (kind != "column") return "the " + kind + " " + name;
  size_t dot = name.find('.');
  return "the column " + name.substr(dot + 1) + " of the table " + name.substr(0, dot);
}

// What the checks read of a file through SQLite.
struct Contents {
  int64_t applicationId = 0, version = 0;
  std::set<std::string> structure;  // as StructureOf
  bool hasWorkshopRecord = false;
};

// Reads what the checks need; a file SQLite cannot read through is damaged.
Contents ReadContents(db::Connection& db, const std::string& path) {
  try {
    Contents read;
    read.applicationId = db.QueryInt("PRAGMA application_id");
    read.version = db.QueryInt("PRAGMA user_version");
    read.structure = StructureOf(db);
    read.hasWorkshopRecord = read.structure.count("column workshop.id") &&
                             db.QueryInt("SELECT count(*) FROM workshop WHERE id = 1") == 1;
    return read;
  } catch (const Error&) {
    ThrowDamaged(path, std::string("SQLite cannot read it (") + sqlite3_errmsg(db.Handle()) + ")");
  }
}

// Refuses a file that lacks a part its version has, or has a part of a later version than it
// says it is (its version number was set back: updating it would fail half-way).
void CheckStructure(const Contents& file, const std::string& path) {
  const std::vector<std::set<std::string>>& byVersion = StructureByVersion();
  const std::set<std::string>& atVersion = byVersion.at(size_t(file.version));
  for (const std::string& part : atVersion)
    if (!file.structure.count(part))
      ThrowDamaged(path,
                   "part of the workshop's structure is missing from it (" + Described(part) + ")");
  for (const std::string& part : byVersion.back())
    if (!atVersion.count(part) && file.structure.count(part))
      ThrowDamaged(path, "it says it is of file format " + std::to_string(file.version) +
                             " but holds " + Described(part) + ", which only a later format has");
}

}  // namespace

void ThrowDamaged(const std::string& path, const std::string& what) {
  throw Error(
      path + " is damaged: " + what + ".",
      "Parley did not change the file and did not try to repair it. Open your latest backup "
      "copy of the workshop instead (Parley keeps none of its own), and keep this file: "
      "whoever helps you recover it will need it.");
}

void CheckFileHeader(const std::string& path, const sealed::SealedVfs* sealed) {
  std::error_code ec;
  auto status = fs::status(path, ec);
  if (!fs::exists(status))
    throw Error("There is no file at " + path + ".",
                "Check the folder and the name, or pick the file from the list.");
  if (!fs::is_regular_file(status))
    throw Error(path + " is not a file.", "Choose a .parley workshop file.");
  if (::access(path.c_str(), R_OK) != 0)
    throw Error(
        "Parley may not read " + path + ": its permissions do not let you.",
        "Ask whoever owns the file to let you read and write it, or open a copy of it. Parley "
        "left it as it was.");
  uintmax_t size = fs::file_size(path, ec);
  if (size == 0) throw Error(path + " is empty: it is not a Parley workshop.", kLeftAsItWas);
  // The header tells a foreign, newer or cut file without SQLite, so that refusing one leaves
  // not even a -wal or -shm beside it.
  unsigned char header[100] = {};
  if (sealed) {
    if (!sealed->ReadStart(path, header, sizeof header))
      ThrowDamaged(path, "its first page failed its authentication check");
    size -= std::min<uintmax_t>(size, sealed::kHeaderSize);  // the pages follow the sealed header
  } else if (sealed::IsSealedFile(path)) {
    throw Error(path + " is a sealed workshop: it opens only with its passphrase.",
                "Open it from Parley's window, which asks for the passphrase.");
  } else {
    std::ifstream in(path, std::ios::binary);
    in.read(reinterpret_cast<char*>(header), sizeof header);
    if (std::memcmp(header, "SQLite format 3", 16) == 0 && in.gcount() < std::streamsize(sizeof header))
      ThrowDamaged(path, "it was cut short (it has only " + std::to_string(size) + " bytes)");
  }
  if (std::memcmp(header, "SQLite format 3", 16) != 0)
    throw Error(
        path +
            " is not a Parley workshop, or its beginning is damaged: it does not begin as an "
            "SQLite file does.",
        kLeftAsItWas);
  // user_version is signed, as SQLite reads it.
  CheckIdentity(path, BigEndian(header + 68, 4), int32_t(BigEndian(header + 60, 4)));
  // Bytes 16-17, a power of two from 512 to 65536 (written as 1).
  uint32_t pageSize = BigEndian(header + 16, 2) == 1 ? 65536 : BigEndian(header + 16, 2);
  if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
    ThrowDamaged(path, "its header is garbled");
  CheckLength(path, header, pageSize, size);
  // SQLite would say "read-only database" only at the first edit, or "unable to open" when it
  // cannot make the -wal and -shm beside the file.
  const char* const writable =
      "Parley writes every edit the moment it is made, and keeps its latest edits in a journal "
      "beside the workshop, so it needs a file and a folder it can write. Copy the workshop to a "
      "folder of yours and open the copy, or change the permissions. Parley left it as it was.";
  if (::access(path.c_str(), W_OK) != 0) throw Error(path + " is read-only.", writable);
  std::string folder = fs::path(path).parent_path().string();
  if (::access(folder.empty() ? "." : folder.c_str(), W_OK | X_OK) != 0)
    throw Error("The folder " + folder + " of the workshop is read-only.", writable);
}

db::Connection OpenForChecking(const std::string& path,
                               std::shared_ptr<const sealed::SealedVfs> sealed) {
  std::error_code ec;
  if (fs::exists(path + "-wal", ec)) {
    db::Connection db(path, SQLITE_OPEN_READONLY, sealed);
    // Two checks read the file side by side, and the first to read a -wal left by a crash
    // recovers it, holding a lock meanwhile (long for a sealed file, whose frames it decrypts).
    sqlite3_busy_timeout(db.Handle(), 2000);
    return db;
  }
  // immutable: SQLite takes no lock and makes no -wal or -shm (a reading connection otherwise
  // makes both, and leaves them, since it may not fold them back into the file).
  std::string uri = "file:";
  for (char c : fs::absolute(path, ec).string()) {
    if (c == '?' || c == '#' || c == '%') {
      char escaped[4];
      std::snprintf(escaped, sizeof escaped, "%%%02X", unsigned(static_cast<unsigned char>(c)));
      uri += escaped;
    } else {
      uri += c;
    }
  }
  return db::Connection(uri + "?immutable=1", SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, sealed);
}

int64_t CheckContents(db::Connection& db, const std::string& path) {
  // Read again through SQLite: a -wal may hold a newer first page than the file's.
  Contents file = ReadContents(db, path);
  CheckIdentity(path, file.applicationId, file.version);
  if (file.version < 0) ThrowDamaged(path, "its file format number is garbled");
  if (file.version == 0)
    throw Error(path + " holds no workshop: it was left empty when its making was interrupted.",
                kLeftAsItWas);
  CheckStructure(file, path);
  if (!file.hasWorkshopRecord)
    ThrowDamaged(path, "its workshop record (the title, venue and dates) is missing");
  return file.version;
}

}  // namespace parley
