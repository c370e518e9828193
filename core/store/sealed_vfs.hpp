#pragma once
// The encrypting VFS of a sealed workshop: SQLite's default VFS wrapped so that every page of
// the file and of its WAL is encrypted and authenticated on its way to the disk
// (sealed_page.hpp), and the file's header (sealed_header.hpp) is hidden from SQLite. Every
// other line of the store (WAL, undo changesets, migrations) stays as it is.
//
// Each guard below names the pitfall of ../shared/design/sealed-workshops.md it answers:
//   1 reserved bytes zeroed after decrypting (OpenPage)
//   2 partial reads served from the whole decrypted page
//   3 a WAL frame that fails its check reads as zeros in recovery, as SQLITE_IOERR_DATA otherwise
//   4 partial-page writes refused
//   5 no memory mapping
//   6 the reserved bytes set before the first write; a page 1 of another layout refused
//   7 temp files refused (and temp_store=MEMORY on every connection)
//   8 no page written to a rollback journal
//   9 the WAL checkpointed with TRUNCATE when a connection closes (db.cpp) and once the open
//     workshop is idle (Workshop::CheckpointWhenIdle)
// One SealedVfs serves one file (its key, its header), under a name of its own: a connection
// selects it by name at sqlite3_open_v2 and keeps it alive (db::Connection).
#include <sqlite3.h>

#include <array>
#include <atomic>
#include <string>
#include <string_view>

#include "core/store/sealed_header.hpp"

namespace parley::sealed {

class SealedVfs {
 public:
  // Registers the VFS of the file that begins with `headerBytes` (read as `header`), whose
  // pages are sealed under `dataKey`. Throws parley::Error when SQLite refuses it.
  SealedVfs(const std::array<uint8_t, kHeaderSize>& headerBytes, const Header& header,
            SecretBytes dataKey);
  SealedVfs(const SealedVfs&) = delete;
  SealedVfs& operator=(const SealedVfs&) = delete;
  // Unregisters it: every connection through it is closed by then (they keep it alive).
  ~SealedVfs();

  // The name to give sqlite3_open_v2.
  const char* Name() const { return m_name.c_str(); }
  // Sets up a connection just opened through this VFS, before it reads or writes: temp files
  // in memory (pitfall 7), no memory mapping (5), the reserved bytes (6). Returns an SQLite code.
  int Prepare(sqlite3* db) const;
  // True once a page or WAL frame failed its check in a way no crash explains: the file is
  // damaged and nothing more of it may be trusted or written.
  bool DamageFound() const { return m_damage.load(); }
  // Makes the file at `path`, which must not exist, holding the header only (owner-only
  // permissions, synced with its folder), for SQLite to fill. Throws parley::Error.
  void WriteNewFile(const std::string& path) const;
  // The first `size` (at most a page) bytes of the database in the file at `path`, decrypted,
  // into `out`: for the checks made before SQLite opens it. False when there is no whole
  // first page, or it fails its check.
  bool ReadStart(const std::string& path, uint8_t* out, size_t size) const;
  // Whether `passphrase` is this file's: the data key it unseals from the header (derived once,
  // about a second) is this VFS's own, compared in constant time. Throws parley::Error (memory).
  bool Opens(std::string_view passphrase) const;

  struct File;  // an open file of this VFS (sealed_vfs.cpp)

 private:
  friend struct File;
  sqlite3_vfs m_vfs{};           // what SQLite calls; pAppData points back here
  sqlite3_vfs* m_real = nullptr; // the default VFS below
  std::string m_name;
  std::array<uint8_t, kHeaderSize> m_headerBytes;
  Header m_header;
  SecretBytes m_key;
  mutable std::atomic<bool> m_damage{false};
};

}  // namespace parley::sealed
