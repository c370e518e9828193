// Sealing a plain workshop file, unsealing a sealed one and changing a sealed one's passphrase
// (pitfall 11 of ../shared/design/sealed-workshops.md): never in place. The new file is written
// beside the old one, checked, synced and renamed over it, so that an interruption at any moment
// leaves one workshop that opens with the old passphrase or the new one.
//
// The pages travel by sqlite3_backup through an in-memory database, never a file: a sealed
// file's pages keep 40 reserved bytes (nonce and tag) that a plain file's pages do not have, and
// only a VACUUM can make room for them. In memory, the plain pages are vacuumed to the sealed
// layout; the backup into the new file's WAL-mode connection then writes pages the VFS accepts.
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "core/common/error.hpp"
#include "core/store/sealed_file.hpp"
#include "core/store/workshop_impl.hpp"

namespace parley {

namespace fs = std::filesystem;

namespace {

// The new file's name while it is being written: the workshop's own name and a suffix, so that
// nothing of the record is in it.
std::string NewFileOf(const std::string& path) { return path + ".resealing"; }

void RemoveWithCompanions(const std::string& path) {
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path + suffix, ec);
}

[[noreturn]] void ThrowIo(const std::string& what) {
  throw Error(what, "Check that the folder is writable and the disk has space. The workshop was left as it was.");
}

// fsync of the file or folder at `path`.
void Sync(const std::string& path, int flags) {
  int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) ThrowIo("Could not open " + path + " to sync it: " + std::strerror(errno) + ".");
  int rc = ::fsync(fd);
  ::close(fd);
  if (rc != 0) ThrowIo("Could not sync " + path + ": " + std::strerror(errno) + ".");
}

std::string FolderOf(const std::string& path) {
  std::string folder = fs::path(path).parent_path().string();
  return folder.empty() ? "." : folder;
}

// Every page of `from` into `to`, in one step (one transaction on `to`).
void Backup(db::Connection& from, db::Connection& to) {
  sqlite3_backup* backup = sqlite3_backup_init(to.Handle(), "main", from.Handle(), "main");
  if (!backup) db::Fail(to.Handle(), sqlite3_errcode(to.Handle()), "copying the workshop");
  int stepped = sqlite3_backup_step(backup, -1);
  int finished = sqlite3_backup_finish(backup);
  if (stepped != SQLITE_DONE) db::Fail(to.Handle(), stepped, "copying the workshop");
  if (finished != SQLITE_OK) db::Fail(to.Handle(), finished, "copying the workshop");
}

// The workshop behind `source` copied into the new file `target` (which must not exist), sealed
// through `targetVfs` or plain when it is null: owner-only, in WAL mode, closed.
void WriteCopy(db::Connection& source, const std::string& target,
               const std::shared_ptr<const sealed::SealedVfs>& targetVfs) {
  db::Connection memory(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  memory.Exec("PRAGMA temp_store = MEMORY", "copying the workshop");
  Backup(source, memory);
  if (targetVfs) {
    if (int rc = targetVfs->Prepare(memory.Handle()); rc != SQLITE_OK) db::Fail(memory.Handle(), rc, "copying the workshop");
    memory.Exec("VACUUM", "copying the workshop");  // the pages remade with the sealed layout's reserved bytes
    targetVfs->WriteNewFile(target);
  } else {
    int fd = ::open(target.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) ThrowIo("Could not make " + target + ": " + std::strerror(errno) + ".");
    ::close(fd);
  }
  db::Connection copy(target, SQLITE_OPEN_READWRITE, targetVfs);
  // WAL before the first page: a sealed file never has a rollback journal (sealed_vfs.hpp).
  copy.Exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL", "copying the workshop");
  Backup(memory, copy);
}

// Throws parley::Error with PassphraseProblem's message unless `passphrase` may be a new one.
void RequireNewPassphrase(std::string_view passphrase) {
  if (std::string problem = Workshop::PassphraseProblem(passphrase); !problem.empty())
    throw Error(problem, "Choose a longer passphrase. The workshop was left as it was.");
}

}  // namespace

std::string Workshop::PassphraseProblem(std::string_view passphrase) {
  // Characters, not bytes: a Georgian or Arabic passphrase is not twice as strong for its bytes.
  auto characters = size_t(std::count_if(passphrase.begin(), passphrase.end(),
                                         [](char c) { return (uint8_t(c) & 0xC0) != 0x80; }));
  if (characters >= kLeastPassphraseLength) return "";
  return "A passphrase needs at least " + std::to_string(kLeastPassphraseLength) +
         " characters: a short one is guessed in hours by whoever has the file. Several words "
         "that belong together only for you make a good one.";
}

void Workshop::Rewrite(const std::string& path, std::shared_ptr<const sealed::SealedVfs> sourceVfs,
                       std::shared_ptr<const sealed::SealedVfs> targetVfs) {
  std::string target = NewFileOf(path);
  RemoveWithCompanions(target);  // what an interrupted rewrite left: the workshop is still `path`
  try {
    {
      // Opening checks the whole file and brings an older one up to date before it is copied.
      std::unique_ptr<Workshop> source = Open(path, sourceVfs);
      WriteCopy(source->m_impl->db, target, targetVfs);
    }
    Open(target, targetVfs);  // the copy is checked as any workshop is opened, then closed
    for (const char* suffix : {"-wal", "-shm"})
      if (fs::exists(path + suffix) || fs::exists(target + suffix))
        throw Error(path + " is open in another Parley.",
                    "Close it there first, then try again. The workshop was left as it was.");
    Sync(target, O_RDONLY);
    if (std::rename(target.c_str(), path.c_str()) != 0)
      ThrowIo("Could not replace " + path + ": " + std::strerror(errno) + ".");
  } catch (...) {
    RemoveWithCompanions(target);
    throw;
  }
  Sync(FolderOf(path), O_RDONLY | O_DIRECTORY);
}

Workshop::SealedKey Workshop::Seal(const std::string& path, std::string_view passphrase) {
  RequireNewPassphrase(passphrase);
  if (IsSealed(path))
    throw Error(path + " is sealed already.", "To change its passphrase, use Change passphrase.");
  SealedKey key = sealed::SealNewFile(passphrase);
  Rewrite(path, nullptr, key);
  return key;
}

void Workshop::Unseal(const std::string& path, std::string_view passphrase) {
  Unseal(path, sealed::UnlockFile(path, passphrase));
}

void Workshop::Unseal(const std::string& path, SealedKey key) { Rewrite(path, std::move(key), nullptr); }

void Workshop::ChangePassphrase(const std::string& path, std::string_view passphrase,
                                std::string_view newPassphrase) {
  RequireNewPassphrase(newPassphrase);  // before the second it takes to check the current one
  ChangePassphrase(path, sealed::UnlockFile(path, passphrase), newPassphrase);
}

Workshop::SealedKey Workshop::ChangePassphrase(const std::string& path, SealedKey key, std::string_view newPassphrase) {
  RequireNewPassphrase(newPassphrase);
  SealedKey fresh = sealed::SealNewFile(newPassphrase);
  Rewrite(path, std::move(key), fresh);
  return fresh;
}

Workshop::SealedKey Workshop::CheckPassphrase(std::string_view passphrase) const {
  const SealedKey& open = m_impl->db.Sealed();
  if (!open) throw Error(m_path + " is not sealed.", "It has no passphrase to check.");
  return sealed::CheckPassphrase(open, m_path, passphrase);
}

}  // namespace parley
