// Opening, creating, checking and migrating a workshop file.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <future>

#include "core/common/atomic_file.hpp"
#include "core/common/error.hpp"
#include "core/common/resources.hpp"
#include "core/common/text.hpp"
#include "core/model/palette.hpp"
#include "core/store/file_checks.hpp"
#include "core/store/model_loader.hpp"
#include "core/store/schema.hpp"
#include "core/store/sealed_file.hpp"
#include "core/store/sealed_testing.hpp"
#include "core/store/workshop_impl.hpp"
#include "core/store/workshop_tables.hpp"

namespace parley {

namespace fs = std::filesystem;

namespace {

void Configure(db::Connection& db) {
  sqlite3_busy_timeout(db.Handle(), 2000);
  // FULL: a commit is on the platter before the edit returns, so a power cut loses nothing.
  db.Exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;", "opening the workshop");
  db.Exec("PRAGMA secure_delete = ON", "opening the workshop");  // what is deleted is zeroed on disk
}

// The journal every workshop keeps. For a file in another journal mode this writes its header,
// so an opening sets it only once the file is accepted.
void UseWal(db::Connection& db) {
  db.Exec("PRAGMA journal_mode = WAL", "opening the workshop");
}

// The concern categories a file gets when it reaches kCategoriesVersion.
std::vector<std::string> StandardCategories() {
  return Lines(Resource("assets/concern_categories.txt"));
}

// Version 3 brought concern categories; a file reaching it gets the standard ones.
constexpr size_t kCategoriesVersion = 3;

// Brings a file of version `from` to the current schema. Runs inside the caller's transaction,
// so that a file refused after its update stays as it was.
void Migrate(db::Connection& db, int64_t from) {
  auto steps = schema::Migrations();
  if (from >= int64_t(steps.size())) return;
  for (size_t i = size_t(from); i < steps.size(); ++i) {
    db.Exec(steps[i], "updating the file");
    if (i + 1 == kCategoriesVersion) {
      db::Statement insert(db, "INSERT INTO concern_category (position, name) VALUES (?, ?)");
      int64_t position = 0;
      for (const std::string& name : StandardCategories())
        insert.Bind(1, ++position).Bind(2, name).Run();
    }
  }
  db.Exec("PRAGMA user_version = " + std::to_string(steps.size()), "updating the file");
}

// What SQLite's check of every page of the file finds wrong; "" when nothing.
std::string DamageOf(const std::string& path, std::shared_ptr<const sealed::SealedVfs> sealed) {
  db::Connection probe;
  try {
    probe = OpenForChecking(path, sealed);
    db::Statement check(probe, "PRAGMA quick_check");
    if (!check.Step()) return "SQLite could not check its pages";
    std::string found = check.Text(0);
    // A WAL frame of a sealed file that failed its check is dropped by SQLite's recovery as if
    // torn, without an error: the VFS tells when no crash explains it (sealed_vfs.cpp).
    if (found == "ok" && sealed && sealed->DamageFound()) return "a part of it failed its authentication check";
    if (found == "ok") return "";
    // Its first finding, for whoever helps recover the file, without SQLite's heading.
    constexpr std::string_view kHeading = "*** in database main ***\n";
    if (found.starts_with(kHeading)) found.erase(0, kHeading.size());
    return "some of its pages do not hold together (SQLite's check found: " +
           found.substr(0, found.find('\n')) + ")";
  } catch (const Error& e) {
    return std::string("SQLite cannot read its pages (") +
           (probe.Handle() ? sqlite3_errmsg(probe.Handle()) : e.what()) + ")";
  }
}

void ThrowIfDamaged(const std::string& path, const std::string& damage) {
  if (!damage.empty()) ThrowDamaged(path, damage);
}

// The -wal and -shm beside a file that an opening makes: those that were not there before are
// removed again when the file is refused (a reading connection leaves them, and a refused file
// is left as it was found), unless Keep() was called. Nothing was committed to a -wal this
// opening made: what it may hold is an update that was rolled back.
class SideFiles {
 public:
  explicit SideFiles(const std::string& path) : m_path(path) {
    std::error_code ec;
    m_hadWal = fs::exists(path + "-wal", ec);
    m_hadShm = fs::exists(path + "-shm", ec);
  }
  SideFiles(const SideFiles&) = delete;
  SideFiles& operator=(const SideFiles&) = delete;
  ~SideFiles() {
    if (m_kept) return;
    std::error_code ec;
    if (!m_hadWal) fs::remove(m_path + "-wal", ec);
    if (!m_hadShm) fs::remove(m_path + "-shm", ec);
  }
  void Keep() { m_kept = true; }

 private:
  std::string m_path;
  bool m_hadWal = false, m_hadShm = false;
  bool m_kept = false;  // the file was accepted: its -wal and -shm are in use
};

// Makes the -wal and -shm beside an accepted workshop readable by their owner only. SQLite
// gives them the file's own permissions, and a file from an earlier Parley may be 0644.
void KeepSideFilesPrivate(const std::string& path) {
  std::error_code ec;
  for (const char* suffix : {"-wal", "-shm"})
    fs::permissions(path + suffix, fs::perms::group_all | fs::perms::others_all,
                    fs::perm_options::remove, ec);
}

}  // namespace

void RefuseExistingFile(const std::string& path) {
  if (fs::exists(path))
    throw Error("A file already exists at " + path + ".",
                "Choose another name for the new workshop: Parley never overwrites a file.");
}

void CreateWorkshopFile(const std::string& path, const std::function<void(db::Connection&)>& fill,
                        std::shared_ptr<const sealed::SealedVfs> sealed) {
  RefuseExistingFile(path);
  if (fs::path(path).has_parent_path()) MakePrivateFolders(fs::path(path).parent_path().string());
  if (sealed) {
    sealed->WriteNewFile(path);  // the header, 0600, before SQLite writes its first page
  } else {
    // Made here, readable by its owner only, before SQLite opens it: SQLite would make it 0644,
    // and makes the -wal and -shm with the permissions of the file.
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
      if (errno == EEXIST) RefuseExistingFile(path);
      throw Error("Could not make " + path + ": " + std::strerror(errno) + ".",
                  "Check that the folder exists and can be written to, and that the disk has space.");
    }
    ::close(fd);
  }
  try {
    db::Connection db(path, SQLITE_OPEN_READWRITE, sealed);
    // WAL before the first write: a sealed file never has a rollback journal (sealed_vfs.hpp).
    Configure(db);
    UseWal(db);
    db.Exec("PRAGMA application_id = " + std::to_string(schema::kApplicationId),
            "creating the workshop");
    db::Transaction tx(db);
    Migrate(db, 0);
    fill(db);
    tx.Commit();
  } catch (...) {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path + suffix, ec);
    throw;
  }
}

std::unique_ptr<Workshop> Workshop::Create(const std::string& path, const std::string& title,
                                           const std::string& today,
                                           const std::vector<std::string>& rules) {
  if (const std::string* passphrase = sealed::PassphraseForTests())
    return CreateSealed(path, *passphrase, title, today, rules);
  return Create(path, title, today, rules, nullptr);
}

std::unique_ptr<Workshop> Workshop::CreateSealed(const std::string& path, std::string_view passphrase,
                                                 const std::string& title, const std::string& today,
                                                 const std::vector<std::string>& rules) {
  RequireDate(today, false);  // before the key derivation's second
  return Create(path, title, today, rules, sealed::SealNewFile(passphrase));
}

std::unique_ptr<Workshop> Workshop::Create(const std::string& path, const std::string& title,
                                           const std::string& today,
                                           const std::vector<std::string>& rules,
                                           std::shared_ptr<const sealed::SealedVfs> sealed) {
  RequireDate(today, false);
  CreateWorkshopFile(path, [&](db::Connection& db) {
    db::Statement(db, "INSERT INTO workshop (id, title, confidentiality) VALUES (1, ?, ?)")
        .Bind(1, title)
        .Bind(2,
              "Confidential: the record of a private workshop. Nothing in it is to be "
              "attributed to any participant outside the room.")
        .Run();
    db::Statement party(
        db, "INSERT INTO party (position, name, short_name, colour) VALUES (?, ?, ?, ?)");
    party.Bind(1, 1).Bind(2, "First party").Bind(3, "A").Bind(4, kPartyPalette[0]).Run();
    party.Bind(1, 2).Bind(2, "Second party").Bind(3, "B").Bind(4, kPartyPalette[1]).Run();
    db::Statement(db, "INSERT INTO session (date, title) VALUES (?, 'Session 1')")
        .Bind(1, today)
        .Run();
    db::Statement rule(db, "INSERT INTO rule (position, text) VALUES (?, ?)");
    for (size_t i = 0; i < rules.size(); ++i) rule.Bind(1, int64_t(i + 1)).Bind(2, rules[i]).Run();
  }, sealed);
  return Open(path, sealed);
}

std::unique_ptr<Workshop> Workshop::CreateFromSql(const std::string& path, std::string_view sql) {
  const std::string* passphrase = sealed::PassphraseForTests();
  auto sealed = passphrase ? sealed::SealNewFile(*passphrase) : nullptr;
  CreateWorkshopFile(path, [&](db::Connection& db) { db.Exec(sql, "filling the new workshop"); }, sealed);
  return Open(path, sealed);
}

bool Workshop::IsSealed(const std::string& path) { return sealed::IsSealedFile(path); }

std::unique_ptr<Workshop> Workshop::OpenSealed(const std::string& path, std::string_view passphrase) {
  return OpenUnlocked(path, sealed::UnlockFile(path, passphrase));
}

std::unique_ptr<Workshop> Workshop::OpenUnlocked(const std::string& path,
                                                 std::shared_ptr<const sealed::SealedVfs> unlocked) {
  return Open(path, std::move(unlocked));
}

std::unique_ptr<Workshop> Workshop::Open(const std::string& path) {
  if (const std::string* passphrase = sealed::PassphraseForTests(); passphrase && IsSealed(path))
    return OpenSealed(path, *passphrase);
  return Open(path, nullptr);
}

std::unique_ptr<Workshop> Workshop::Open(const std::string& path,
                                         std::shared_ptr<const sealed::SealedVfs> sealed) {
  CheckFileHeader(path, sealed.get());
  SideFiles sideFiles(path);
  // The check of every page and the load of the Model each read all of the file: they run side
  // by side, and nothing is written nor the Model kept until the check has passed. (On a large
  // workshop the check alone takes as long as the load.)
  std::shared_future<std::string> damage = std::async(std::launch::async, DamageOf, path, sealed).share();
  try {
    int64_t version = 0;
    {
      db::Connection check = OpenForChecking(path, sealed);
      version = CheckContents(check, path);
    }
    db::Connection db(path, SQLITE_OPEN_READWRITE, sealed);
    // Closing the last connection folds the -wal into the file: not for a file refused below.
    sqlite3_db_config(db.Handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    Configure(db);
    if (version < schema::CurrentVersion())
      ThrowIfDamaged(path, damage.get());  // before the update
    parley::Model model;
    {
      db::Transaction tx(db);
      Migrate(db, version);
      model = LoadModel(db);
      ThrowIfDamaged(path, damage.get());
      tx.Commit();
    }
    UseWal(db);
    sqlite3_db_config(db.Handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);
    sideFiles.Keep();
    KeepSideFilesPrivate(path);
    std::unique_ptr<Workshop> workshop(new Workshop(std::make_unique<Impl>(std::move(db))));
    workshop->m_path = path;
    workshop->m_model = std::move(model);
    workshop->Refresh();
    // A sealed workshop's -wal left by a crash (pitfall 9) is emptied as an edit's is, once the
    // reopened workshop is idle: not only after its next edit.
    std::error_code ec;
    if (sealed && fs::file_size(path + "-wal", ec) > 0 && !ec) workshop->m_lastWrite = workshop->Now();
    return workshop;
  } catch (...) {
    // A check or load that failed on a damaged page says less than the check of every page:
    // its finding comes first.
    ThrowIfDamaged(path, damage.get());
    throw;
  }
}

}  // namespace parley
