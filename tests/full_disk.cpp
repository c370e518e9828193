#include "full_disk.hpp"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <atomic>
#include <cerrno>

namespace parley::test {

namespace {

enum class Disk { Free, Full, FullAsIoError };
std::atomic<Disk> g_disk{Disk::Free};
std::atomic<int> g_writesLeft{-1};  // while the disk is free, writes until it is full; -1: no end
sqlite3_vfs* g_real = nullptr;      // the VFS this one writes through
sqlite3_vfs g_vfs;

// A file of this VFS: the real VFS's file follows it in the same allocation.
struct File {
  sqlite3_file base;
  sqlite3_file* real;
};
sqlite3_file* Real(sqlite3_file* file) {
  return reinterpret_cast<File*>(file)->real;
}

int Write(sqlite3_file* file, const void* data, int size, sqlite3_int64 offset) {
  if (g_disk.load() == Disk::Free && g_writesLeft.load() >= 0 && g_writesLeft-- == 0)
    g_disk = Disk::Full;
  switch (g_disk.load()) {
    case Disk::Full:
      return SQLITE_FULL;
    case Disk::FullAsIoError:
      errno = ENOSPC;
      return SQLITE_IOERR_WRITE;
    case Disk::Free:
      break;
  }
  return Real(file)->pMethods->xWrite(Real(file), data, size, offset);
}

const sqlite3_io_methods kMethods = {
    3,
    [](sqlite3_file* f) { return Real(f)->pMethods->xClose(Real(f)); },
    [](sqlite3_file* f, void* data, int size, sqlite3_int64 offset) {
      return Real(f)->pMethods->xRead(Real(f), data, size, offset);
    },
    Write,
    [](sqlite3_file* f, sqlite3_int64 size) { return Real(f)->pMethods->xTruncate(Real(f), size); },
    [](sqlite3_file* f, int flags) { return Real(f)->pMethods->xSync(Real(f), flags); },
    [](sqlite3_file* f, sqlite3_int64* size) {
      return Real(f)->pMethods->xFileSize(Real(f), size);
    },
    [](sqlite3_file* f, int lock) { return Real(f)->pMethods->xLock(Real(f), lock); },
    [](sqlite3_file* f, int lock) { return Real(f)->pMethods->xUnlock(Real(f), lock); },
    [](sqlite3_file* f, int* out) { return Real(f)->pMethods->xCheckReservedLock(Real(f), out); },
    [](sqlite3_file* f, int op, void* arg) {
      return Real(f)->pMethods->xFileControl(Real(f), op, arg);
    },
    [](sqlite3_file* f) { return Real(f)->pMethods->xSectorSize(Real(f)); },
    [](sqlite3_file* f) { return Real(f)->pMethods->xDeviceCharacteristics(Real(f)); },
    [](sqlite3_file* f, int page, int size, int extend, void volatile** out) {
      return Real(f)->pMethods->xShmMap(Real(f), page, size, extend, out);
    },
    [](sqlite3_file* f, int offset, int n, int flags) {
      return Real(f)->pMethods->xShmLock(Real(f), offset, n, flags);
    },
    [](sqlite3_file* f) { Real(f)->pMethods->xShmBarrier(Real(f)); },
    [](sqlite3_file* f, int deleteFlag) {
      return Real(f)->pMethods->xShmUnmap(Real(f), deleteFlag);
    },
    [](sqlite3_file* f, sqlite3_int64 offset, int size, void** out) {
      return Real(f)->pMethods->xFetch(Real(f), offset, size, out);
    },
    [](sqlite3_file* f, sqlite3_int64 offset, void* page) {
      return Real(f)->pMethods->xUnfetch(Real(f), offset, page);
    },
};

int Open(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags) {
  auto* own = reinterpret_cast<File*>(file);
  own->real = reinterpret_cast<sqlite3_file*>(own + 1);
  int rc = g_real->xOpen(g_real, name, own->real, flags, outFlags);
  file->pMethods = own->real->pMethods ? &kMethods : nullptr;
  return rc;
}

// SQLite asks the VFS for the errno of an I/O error it reports (sqlite3_system_errno).
int LastError(sqlite3_vfs*, int size, char* text) {
  if (g_disk.load() == Disk::FullAsIoError) return ENOSPC;
  return g_real->xGetLastError(g_real, size, text);
}

}  // namespace

FullDisk::FullDisk() {
  g_real = sqlite3_vfs_find(nullptr);
  REQUIRE(g_real);
  REQUIRE(g_real->iVersion >= 1);
  g_vfs = *g_real;
  g_vfs.zName = "parley-test-full-disk";
  g_vfs.szOsFile = int(sizeof(File)) + g_real->szOsFile;
  g_vfs.xOpen = Open;
  g_vfs.xGetLastError = LastError;
  g_disk = Disk::Free;
  REQUIRE(sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK);
}

FullDisk::~FullDisk() {
  g_writesLeft = -1;
  g_disk = Disk::Free;
  sqlite3_vfs_unregister(&g_vfs);
}

void FullDisk::Fill(bool asIoError) {
  g_disk = asIoError ? Disk::FullAsIoError : Disk::Full;
}
void FullDisk::FillAfter(int writes) {
  g_writesLeft = writes;
  g_disk = Disk::Free;
}
void FullDisk::Free() {
  g_writesLeft = -1;
  g_disk = Disk::Free;
}

}  // namespace parley::test
