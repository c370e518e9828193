// The encrypting VFS (sealed_vfs.hpp). Offsets: the database file is the header (kHeaderSize
// bytes) and then SQLite's pages; the WAL is SQLite's own layout, a 32-byte header and frames
// of a 24-byte frame header and a page, of which only the pages are encrypted (the headers
// hold page numbers, salts and checksums; pitfall 9 keeps the checksums from lasting).
#include "core/store/sealed_vfs.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <optional>

#include <sodium.h>

#include "core/common/error.hpp"

namespace parley::sealed {

namespace {

constexpr int64_t kHeader = int64_t(kHeaderSize);
constexpr int64_t kPage = int64_t(kPageSize);
constexpr int64_t kWalHeader = 32;
constexpr int64_t kFrameHeader = 24;
constexpr int64_t kFrame = kFrameHeader + kPage;

enum class Kind { Database, Wal, Journal };

std::atomic<int> g_vfsCount{0};

}  // namespace

struct SealedVfs::File {
  sqlite3_file base;  // first: what SQLite holds
  const SealedVfs* owner;
  Kind kind;
  sqlite3_file* real;  // the default VFS's file, in the same allocation after this one

  static File* Of(sqlite3_file* f) { return reinterpret_cast<File*>(f); }
  const sqlite3_io_methods* Real() const { return real->pMethods; }
  PagePlace Place(PageHome home, uint64_t location) const {
    return {owner->m_header.fileId, home, location};
  }

  static int Close(sqlite3_file* f) { return Of(f)->Real()->xClose(Of(f)->real); }

  // SQLite calls these from C: the cipher's exception (memory) becomes an error code here.
  static int Read(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset) try {
    File& file = *Of(f);
    auto* out = static_cast<uint8_t*>(buffer);
    switch (file.kind) {
      case Kind::Database: return file.ReadDatabase(out, amount, offset);
      case Kind::Wal: return file.ReadWal(out, amount, offset);
      case Kind::Journal: break;
    }
    return file.Real()->xRead(file.real, buffer, amount, offset);
  } catch (const std::exception&) {
    return SQLITE_IOERR_NOMEM;
  }

  // Pitfall 2: SQLite reads parts of pages (100 bytes at 0, 16 at 24): the whole page is read
  // and decrypted, and the part asked for copied out. A whole page, as nearly every read is,
  // is decrypted straight into SQLite's buffer.
  int ReadDatabase(uint8_t* out, int amount, int64_t offset) {
    int64_t page = offset / kPage, within = offset % kPage;
    if (within + amount > kPage) return SQLITE_IOERR_READ;
    uint8_t sealed[kPageSize], part[kPageSize];
    uint8_t* plain = amount == kPage ? out : part;
    int rc = Real()->xRead(real, sealed, int(kPage), kHeader + page * kPage);
    if (rc == SQLITE_IOERR_SHORT_READ) {
      sqlite3_int64 size = 0;
      if (Real()->xFileSize(real, &size) == SQLITE_OK && size <= kHeader + page * kPage) {
        std::memset(out, 0, size_t(amount));  // past the end: SQLite expects zeros
        return SQLITE_IOERR_SHORT_READ;
      }
      owner->m_damage = true;  // a page cut short
      return SQLITE_IOERR_DATA;
    }
    if (rc != SQLITE_OK) return rc;
    if (!OpenPage(owner->m_key, Place(PageHome::Database, uint64_t(page + 1)), sealed, plain)) {
      owner->m_damage = true;  // `out` holds zeros (OpenPage), never the page's bytes
      return SQLITE_IOERR_DATA;
    }
    if (plain != out) std::memcpy(out, plain + within, size_t(amount));
    return SQLITE_OK;
  }

  int ReadWal(uint8_t* out, int amount, int64_t offset) {
    int64_t frameAt = offset < kWalHeader ? -1 : offset - (offset - kWalHeader) % kFrame;
    bool header = offset == 0 && amount == kWalHeader;
    bool frameHeader = offset == frameAt && amount == kFrameHeader;
    if (header || frameHeader) return Real()->xRead(real, out, amount, offset);
    bool page = offset == frameAt + kFrameHeader && amount == kPage;
    bool frame = offset == frameAt && amount == kFrame;  // recovery reads whole frames
    if (!page && !frame) return SQLITE_IOERR_READ;
    int rc = Real()->xRead(real, out, amount, offset);
    if (rc != SQLITE_OK) return rc;  // a short read is zero-filled: SQLite drops such a frame
    uint8_t* sealed = frame ? out + kFrameHeader : out;
    // Decrypted in place: zeros when it failed.
    bool good = OpenPage(owner->m_key, Place(PageHome::Wal, uint64_t(frameAt)), sealed, sealed);
    if (good) return SQLITE_OK;
    // Pitfall 3: in recovery (whole frames) a frame that fails reads as zeros, so that SQLite's
    // own checksum drops it as the torn last write of a crash; outside recovery it is damage.
    if (!frame) {
      owner->m_damage = true;
      return SQLITE_IOERR_DATA;
    }
    if (FollowedByItsOwn(out, frameAt)) owner->m_damage = true;
    return SQLITE_OK;
  }

  // Whether the frame at `frameAt` (its header in `frameHeader`) belongs to the WAL's current
  // run and another frame of that run follows it. A crash tears only the last frame written,
  // so a failing frame that is followed by one of its own run was damaged afterwards, not torn.
  bool FollowedByItsOwn(const uint8_t* frameHeader, int64_t frameAt) {
    uint8_t walHeader[kWalHeader], next[kFrameHeader];
    if (Real()->xRead(real, walHeader, int(kWalHeader), 0) != SQLITE_OK) return false;
    auto ofThisRun = [&](const uint8_t* h) { return std::memcmp(h + 8, walHeader + 16, 8) == 0; };
    if (!ofThisRun(frameHeader)) return false;
    if (Real()->xRead(real, next, int(kFrameHeader), frameAt + kFrame) != SQLITE_OK) return false;
    return ofThisRun(next);
  }

  static int Write(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset) try {
    File& file = *Of(f);
    // Once damage is found, nothing more is written: SQLite's closing checkpoint would empty
    // the WAL of the damaged frame and of every commit after it.
    if (file.owner->DamageFound()) return SQLITE_IOERR_WRITE;
    auto* in = static_cast<const uint8_t*>(buffer);
    switch (file.kind) {
      case Kind::Database: return file.WriteDatabase(in, amount, offset);
      case Kind::Wal: return file.WriteWal(in, amount, offset);
      case Kind::Journal: return file.WriteJournal(in, amount, offset);
    }
    return SQLITE_IOERR_WRITE;
  } catch (const std::exception&) {
    return SQLITE_IOERR_NOMEM;
  }

  int WriteDatabase(const uint8_t* in, int amount, int64_t offset) {
    if (amount != kPage || offset % kPage != 0) return SQLITE_IOERR_WRITE;  // pitfall 4
    // Pitfall 6: page 1 holds the page size (big-endian at 16) and the reserved bytes (at 20).
    if (offset == 0 && ((in[16] << 8 | in[17]) != kPage || in[20] != kReserve)) return SQLITE_IOERR_WRITE;
    uint8_t sealed[kPageSize];
    SealPageFresh(owner->m_key, Place(PageHome::Database, uint64_t(offset / kPage + 1)), in, sealed);
    return Real()->xWrite(real, sealed, amount, kHeader + offset);
  }

  int WriteWal(const uint8_t* in, int amount, int64_t offset) {
    int64_t frameAt = offset < kWalHeader ? -1 : offset - (offset - kWalHeader) % kFrame;
    if ((offset == 0 && amount == kWalHeader) || (offset == frameAt && amount == kFrameHeader))
      return Real()->xWrite(real, in, amount, offset);
    if (offset != frameAt + kFrameHeader || amount != kPage) return SQLITE_IOERR_WRITE;  // pitfall 4
    uint8_t sealed[kPageSize];
    SealPageFresh(owner->m_key, Place(PageHome::Wal, uint64_t(frameAt)), in, sealed);
    return Real()->xWrite(real, sealed, amount, offset);
  }

  // Pitfall 8: a sealed workshop runs in WAL mode. The one rollback journal SQLite makes is
  // while a new file turns to WAL, before it has a page to save: only the journal's header is
  // written then, at its start. A page record lies after the header: never written.
  int WriteJournal(const uint8_t* in, int amount, int64_t offset) {
    if (offset != 0) return SQLITE_IOERR_WRITE;
    return Real()->xWrite(real, in, amount, offset);
  }

  static int Truncate(sqlite3_file* f, sqlite3_int64 size) {
    File& file = *Of(f);
    if (file.owner->DamageFound()) return SQLITE_IOERR_TRUNCATE;
    return file.Real()->xTruncate(file.real, file.kind == Kind::Database ? kHeader + size : size);
  }
  static int Sync(sqlite3_file* f, int flags) { return Of(f)->Real()->xSync(Of(f)->real, flags); }
  static int FileSize(sqlite3_file* f, sqlite3_int64* size) {
    File& file = *Of(f);
    int rc = file.Real()->xFileSize(file.real, size);
    if (rc == SQLITE_OK && file.kind == Kind::Database) *size = std::max<sqlite3_int64>(0, *size - kHeader);
    return rc;
  }
  static int Lock(sqlite3_file* f, int level) { return Of(f)->Real()->xLock(Of(f)->real, level); }
  static int Unlock(sqlite3_file* f, int level) { return Of(f)->Real()->xUnlock(Of(f)->real, level); }
  static int CheckReservedLock(sqlite3_file* f, int* out) {
    return Of(f)->Real()->xCheckReservedLock(Of(f)->real, out);
  }
  static int FileControl(sqlite3_file* f, int op, void* arg) {
    File& file = *Of(f);
    if (op == SQLITE_FCNTL_SIZE_HINT && file.kind == Kind::Database) {
      sqlite3_int64 size = *static_cast<sqlite3_int64*>(arg) + kHeader;
      return file.Real()->xFileControl(file.real, op, &size);
    }
    if (op == SQLITE_FCNTL_MMAP_SIZE) *static_cast<sqlite3_int64*>(arg) = 0;  // pitfall 5
    return file.Real()->xFileControl(file.real, op, arg);
  }
  static int SectorSize(sqlite3_file* f) { return Of(f)->Real()->xSectorSize(Of(f)->real); }
  static int DeviceCharacteristics(sqlite3_file* f) {
    return Of(f)->Real()->xDeviceCharacteristics(Of(f)->real);
  }
  static int ShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out) {
    return Of(f)->Real()->xShmMap(Of(f)->real, region, size, extend, out);
  }
  static int ShmLock(sqlite3_file* f, int offset, int n, int flags) {
    return Of(f)->Real()->xShmLock(Of(f)->real, offset, n, flags);
  }
  static void ShmBarrier(sqlite3_file* f) { Of(f)->Real()->xShmBarrier(Of(f)->real); }
  static int ShmUnmap(sqlite3_file* f, int deleteFlag) {
    return Of(f)->Real()->xShmUnmap(Of(f)->real, deleteFlag);
  }
  // Pitfall 5: a mapped page would be read as it lies on disk, encrypted: never mapped.
  static int Fetch(sqlite3_file*, sqlite3_int64, int, void** out) {
    *out = nullptr;
    return SQLITE_OK;
  }
  static int Unfetch(sqlite3_file*, sqlite3_int64, void*) { return SQLITE_OK; }

  static const sqlite3_io_methods kMethods;
  static sqlite3_vfs* RealVfs(sqlite3_vfs* vfs) { return static_cast<const SealedVfs*>(vfs->pAppData)->m_real; }

  static int Open(sqlite3_vfs* vfs, sqlite3_filename name, sqlite3_file* f, int flags, int* outFlags) {
    auto* owner = static_cast<const SealedVfs*>(vfs->pAppData);
    File& file = *Of(f);
    file.base.pMethods = nullptr;
    file.owner = owner;
    // Pitfall 7: the main database, its WAL and its journal (pitfall 8) only: a temporary
    // file would hold the record in plaintext.
    if (flags & SQLITE_OPEN_MAIN_DB)
      file.kind = Kind::Database;
    else if (flags & SQLITE_OPEN_WAL)
      file.kind = Kind::Wal;
    else if (flags & SQLITE_OPEN_MAIN_JOURNAL)
      file.kind = Kind::Journal;
    else
      return SQLITE_CANTOPEN;
    file.real = reinterpret_cast<sqlite3_file*>(&file + 1);
    int rc = owner->m_real->xOpen(owner->m_real, name, file.real, flags, outFlags);
    if (rc != SQLITE_OK) return rc;
    if (file.kind == Kind::Database) {
      // The file must begin with this VFS's header: its key is no other file's.
      uint8_t header[kHeaderSize];
      rc = file.Real()->xRead(file.real, header, int(kHeader), 0);
      if (rc != SQLITE_OK || std::memcmp(header, owner->m_headerBytes.data(), kHeaderSize) != 0) {
        file.Real()->xClose(file.real);
        return SQLITE_NOTADB;
      }
    }
    file.base.pMethods = &kMethods;
    return SQLITE_OK;
  }
};

const sqlite3_io_methods SealedVfs::File::kMethods = {
    3,        Close,     Read,          Write,    Truncate,   Sync,      FileSize,
    Lock,     Unlock,    CheckReservedLock, FileControl, SectorSize, DeviceCharacteristics,
    ShmMap,   ShmLock,   ShmBarrier,    ShmUnmap, Fetch,      Unfetch};

namespace {

// The rest of the VFS is the default VFS's.
sqlite3_vfs* RealOf(sqlite3_vfs* vfs) { return SealedVfs::File::RealVfs(vfs); }
int Delete(sqlite3_vfs* v, const char* name, int syncDir) {
  // A damaged file's WAL stays, as the rest of it does (File::Write).
  if (static_cast<const SealedVfs*>(v->pAppData)->DamageFound()) return SQLITE_IOERR_DELETE;
  return RealOf(v)->xDelete(RealOf(v), name, syncDir);
}
int Access(sqlite3_vfs* v, const char* name, int flags, int* out) { return RealOf(v)->xAccess(RealOf(v), name, flags, out); }
int FullPathname(sqlite3_vfs* v, const char* name, int size, char* out) { return RealOf(v)->xFullPathname(RealOf(v), name, size, out); }
void* DlOpen(sqlite3_vfs* v, const char* name) { return RealOf(v)->xDlOpen(RealOf(v), name); }
void DlError(sqlite3_vfs* v, int size, char* out) { RealOf(v)->xDlError(RealOf(v), size, out); }
void (*DlSym(sqlite3_vfs* v, void* lib, const char* symbol))(void) { return RealOf(v)->xDlSym(RealOf(v), lib, symbol); }
void DlClose(sqlite3_vfs* v, void* lib) { RealOf(v)->xDlClose(RealOf(v), lib); }
int Randomness(sqlite3_vfs* v, int size, char* out) { return RealOf(v)->xRandomness(RealOf(v), size, out); }
int Sleep(sqlite3_vfs* v, int micros) { return RealOf(v)->xSleep(RealOf(v), micros); }
int CurrentTime(sqlite3_vfs* v, double* out) { return RealOf(v)->xCurrentTime(RealOf(v), out); }
int GetLastError(sqlite3_vfs* v, int size, char* out) { return RealOf(v)->xGetLastError(RealOf(v), size, out); }
int CurrentTimeInt64(sqlite3_vfs* v, sqlite3_int64* out) { return RealOf(v)->xCurrentTimeInt64(RealOf(v), out); }

void ThrowIo(const std::string& what) {
  throw Error(what, "Check that the folder can be written and the disk has room, then try again.");
}

}  // namespace

SealedVfs::SealedVfs(const std::array<uint8_t, kHeaderSize>& headerBytes, const Header& header,
                     SecretBytes dataKey)
    : m_real(sqlite3_vfs_find(nullptr)),
      m_name("parley-sealed-" + std::to_string(++g_vfsCount)),
      m_headerBytes(headerBytes),
      m_header(header),
      m_key(std::move(dataKey)) {
  if (!m_real) throw Error("SQLite has no file system to open files with.", "Reinstall Parley.");
  m_vfs = sqlite3_vfs{.iVersion = 2,
                      .szOsFile = int(sizeof(File)) + m_real->szOsFile,
                      .mxPathname = m_real->mxPathname,
                      .pNext = nullptr,
                      .zName = m_name.c_str(),
                      .pAppData = this,
                      .xOpen = File::Open,
                      .xDelete = Delete,
                      .xAccess = Access,
                      .xFullPathname = FullPathname,
                      .xDlOpen = DlOpen,
                      .xDlError = DlError,
                      .xDlSym = DlSym,
                      .xDlClose = DlClose,
                      .xRandomness = Randomness,
                      .xSleep = Sleep,
                      .xCurrentTime = CurrentTime,
                      .xGetLastError = GetLastError,
                      .xCurrentTimeInt64 = CurrentTimeInt64,
                      .xSetSystemCall = nullptr,  // iVersion 2: never asked for
                      .xGetSystemCall = nullptr,
                      .xNextSystemCall = nullptr};
  if (int rc = sqlite3_vfs_register(&m_vfs, 0); rc != SQLITE_OK)
    throw Error(std::string("SQLite refused the sealed file system: ") + sqlite3_errstr(rc),
                "Try again; if it keeps happening, report it.");
}

SealedVfs::~SealedVfs() { sqlite3_vfs_unregister(&m_vfs); }

int SealedVfs::Prepare(sqlite3* db) const {
  int reserve = int(kReserve);
  int rc = sqlite3_file_control(db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
  if (rc != SQLITE_OK) return rc;
  // A page read again from the file is decrypted again, where SQLite's own cache would have kept
  // it: a cache of 32 MiB (a large workshop's file is 11 MB) reads each page once. The record is
  // in this process's memory anyway, as the Model. Setting it reads the schema, which waits out
  // another connection's moment of setting the file up as the store's connections do (2 s).
  sqlite3_busy_timeout(db, 2000);
  return sqlite3_exec(db, "PRAGMA temp_store = MEMORY; PRAGMA mmap_size = 0; PRAGMA cache_size = -32768;",
                      nullptr, nullptr, nullptr);
}

void SealedVfs::WriteNewFile(const std::string& path) const {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) ThrowIo("Could not make " + path + ": " + std::strerror(errno) + ".");
  bool written = ::write(fd, m_headerBytes.data(), kHeaderSize) == ssize_t(kHeaderSize) && ::fsync(fd) == 0;
  ::close(fd);
  if (!written) {
    std::error_code ec;
    std::filesystem::remove(path, ec);
    ThrowIo("Could not write " + path + ".");
  }
  std::string folder = std::filesystem::path(path).parent_path().string();
  if (int dir = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
}

bool SealedVfs::ReadStart(const std::string& path, uint8_t* out, size_t size) const {
  if (size > kPageSize) return false;
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  uint8_t sealed[kPageSize], plain[kPageSize];
  bool whole = ::pread(fd, sealed, kPageSize, kHeader) == ssize_t(kPageSize);
  ::close(fd);
  if (!whole || !OpenPage(m_key, {m_header.fileId, PageHome::Database, 1}, sealed, plain)) return false;
  std::memcpy(out, plain, size);
  return true;
}

bool SealedVfs::Opens(std::string_view passphrase) const {
  std::optional<SecretBytes> key = OpenDataKey(m_header, passphrase);
  return key && sodium_memcmp(key->Data(), m_key.Data(), kKeySize) == 0;
}

}  // namespace parley::sealed
