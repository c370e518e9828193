#pragma once
// A disk that fills up when a test says so: an SQLite VFS over the default one, made the
// default while a FullDisk lives, whose writes fail as a full disk's do until it is freed. A
// workshop opened while it lives writes through it.

namespace parley::test {

class FullDisk {
 public:
  FullDisk();
  ~FullDisk();
  FullDisk(const FullDisk&) = delete;
  FullDisk& operator=(const FullDisk&) = delete;

  // From now on every write fails: with SQLITE_FULL, as a write SQLite sees run short does, or
  // (`asIoError`) with an I/O error whose errno is ENOSPC, as a sync or a growing file reports it.
  void Fill(bool asIoError = false);
  // Lets `writes` more writes (of pages, to any file) through, then fills the disk: a disk that
  // fills up in the middle of what is being written.
  void FillAfter(int writes);
  void Free();  // writes succeed again
};

}  // namespace parley::test
