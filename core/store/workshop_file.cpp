// Opening, creating, checking and migrating a workshop file.
#include <cstring>
#include <filesystem>
#include <fstream>
#include <future>

#include "core/common/error.hpp"
#include "core/common/resources.hpp"
#include "core/common/text.hpp"
#include "core/model/palette.hpp"
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
  db.Exec("PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;",
          "opening the workshop");
  db.Exec("PRAGMA secure_delete = ON", "opening the workshop");  // what is deleted is zeroed on disk
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

// Refuses, without writing a byte, any file that is not a Parley workshop of a version this
// build can read (a sealed one read through `sealed`). Whether it is healthy is DamageOf's question.
void CheckIsWorkshop(const std::string& path, const sealed::SealedVfs* sealed) {
  std::error_code ec;
  auto status = fs::status(path, ec);
  if (!fs::exists(status))
    throw Error("There is no file at " + path + ".",
                "Check the folder and the name, or pick the file from the list.");
  if (!fs::is_regular_file(status))
    throw Error(path + " is not a file.", "Choose a .parley workshop file.");
  if (fs::file_size(path, ec) == 0)
    throw Error(path + " is empty: it is not a Parley workshop.",
                "Choose another file. Parley left this one as it was.");
  // The SQLite header tells a foreign or newer file without opening it, so that refusing one
  // leaves not even a -wal or -shm file beside it. user_version and application_id are
  // big-endian at offsets 60 and 68.
  unsigned char header[100] = {};
  if (sealed && !sealed->ReadStart(path, header, sizeof header))
    throw Error(path + " is damaged: its first page failed its check.",
                "Open a backup copy. Parley left this file as it was and did not try to repair it.");
  if (!sealed && sealed::IsSealedFile(path))
    throw Error(path + " is a sealed workshop: it opens only with its passphrase.",
                "Open it from Parley's window, which asks for the passphrase.");
  if (!sealed) std::ifstream(path, std::ios::binary).read(reinterpret_cast<char*>(header), sizeof header);
  if (std::memcmp(header, "SQLite format 3", 16) != 0)
    throw Error(path + " is not a Parley workshop (it is not an SQLite file at all).",
                "Choose a .parley workshop file. Parley left this one as it was.");
  auto field = [&](int offset) {
    return int64_t(header[offset]) << 24 | int64_t(header[offset + 1]) << 16 |
           int64_t(header[offset + 2]) << 8 | int64_t(header[offset + 3]);
  };
  if (field(68) != schema::kApplicationId)
    throw Error(path + " is an SQLite database of another program, not a Parley workshop.",
                "Choose a .parley workshop file. Parley left this one as it was.");
  if (field(60) > schema::CurrentVersion())
    throw Error(path + " was written by a newer version of Parley (file format " +
                    std::to_string(field(60)) + ", this Parley reads up to " +
                    std::to_string(schema::CurrentVersion()) + ").",
                "Open it with a newer Parley. This file was left as it was.");
}

// What SQLite's check of every page of the file finds wrong; "" when nothing.
std::string DamageOf(const std::string& path, std::shared_ptr<const sealed::SealedVfs> sealed) {
  db::Connection probe(path, SQLITE_OPEN_READONLY, sealed);
  // It runs while the opening connection sets the file up: it waits out that moment's lock.
  sqlite3_busy_timeout(probe.Handle(), 2000);
  db::Statement check(probe, "PRAGMA quick_check");
  if (!check.Step()) return "it could not be checked";
  std::string found = check.Text(0);
  // A WAL frame of a sealed file that failed its check is dropped by SQLite's recovery as if
  // torn, without an error: the VFS tells when no crash explains it (sealed_vfs.cpp).
  if (found == "ok" && sealed && sealed->DamageFound()) return "a part of it failed its authentication check";
  return found == "ok" ? "" : found;
}

void ThrowIfDamaged(const std::string& path, const std::string& damage) {
  if (!damage.empty())
    throw Error(
        path + " is damaged: " + damage + ".",
        "Open a backup copy. Parley left this file as it was and did not try to repair it.");
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
  std::error_code ec;
  if (fs::path(path).has_parent_path()) fs::create_directories(fs::path(path).parent_path(), ec);
  if (sealed) sealed->WriteNewFile(path);  // the header, before SQLite writes its first page
  try {
    db::Connection db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, sealed);
    // WAL before the first write: a sealed file never has a rollback journal (sealed_vfs.hpp).
    Configure(db);
    db.Exec("PRAGMA application_id = " + std::to_string(schema::kApplicationId),
            "creating the workshop");
    db::Transaction tx(db);
    Migrate(db, 0);
    fill(db);
    tx.Commit();
  } catch (...) {
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
  CheckIsWorkshop(path, sealed.get());
  // The check of the file and the load of the Model each read all of it: they run side by
  // side, and nothing is written nor the Model kept until the check has passed. (On a large
  // workshop the check alone takes as long as the load.)
  std::shared_future<std::string> damage = std::async(std::launch::async, DamageOf, path, sealed).share();
  try {
    db::Connection db(path, SQLITE_OPEN_READWRITE, sealed);
    if (sqlite3_db_readonly(db.Handle(), "main") == 1)
      throw Error(path + " is read-only.",
                  "Parley writes every edit the moment it is made, so it needs a file it can "
                  "write. Copy the workshop to a folder of yours, or change its permissions.");
    Configure(db);
    int64_t version = db.QueryInt("PRAGMA user_version");
    if (version < schema::CurrentVersion())
      ThrowIfDamaged(path, damage.get());  // before the update writes
    parley::Model model;
    {
      db::Transaction tx(db);
      Migrate(db, version);
      model = LoadModel(db);  // throws for a file without a workshop record: the update rolls back
      ThrowIfDamaged(path, damage.get());
      tx.Commit();
    }
    std::unique_ptr<Workshop> workshop(new Workshop(std::make_unique<Impl>(std::move(db))));
    workshop->m_path = path;
    workshop->m_model = std::move(model);
    workshop->Refresh();
    return workshop;
  } catch (...) {
    // A load that failed on a damaged page says less than the check: its finding comes first.
    ThrowIfDamaged(path, damage.get());
    throw;
  }
}

}  // namespace parley
