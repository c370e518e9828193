// A sealed workshop through Workshop: made, edited, closed and opened again with its passphrase;
// refused with the file untouched for a wrong passphrase, a damaged header, page or WAL frame;
// and nothing of the record readable in the file, its WAL or its shared memory.
#include <doctest/doctest.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/common/error.hpp"
#include "core/store/sealed_file.hpp"
#include "core/store/sealed_testing.hpp"
#include "core/store/workshop.hpp"
#include "sealed_sentinels.hpp"
#include "temp_dir.hpp"

namespace {

using parley::Error;
using parley::Field;
using parley::Id;
using parley::Workshop;
using namespace parley::test;
namespace fs = std::filesystem;

const std::string kPassphrase = "ნინოს ბაღი · Κήπος · сад · גן · حديقة";

struct SealedRoom {
  TempDir dir;
  std::string path = dir.File("sealed.parley");
  std::unique_ptr<Workshop> workshop;
  std::vector<Id> people;

  SealedRoom() {
    parley::sealed::SetCreationCostForTests(parley::sealed::kLeastCost);
    workshop = Workshop::CreateSealed(path, kPassphrase, "Reconciliation of Tskhinvali", "2026-10-12");
    for (size_t i = 0; i < 6; ++i) {
      Id p = workshop->AddParticipant(i % 2 ? 2 : 1);
      workshop->SetText(Field::ParticipantName, p, kSentinels[i]);
      workshop->SetText(Field::ParticipantNotes, p, "SENTINEL-7f3a " + kSentinels[i]);
      people.push_back(p);
    }
  }

  std::vector<std::string> Names() const {
    std::vector<std::string> names;
    for (const auto& p : workshop->Model().participants) names.push_back(p.name);
    return names;
  }
};

// A connection to a sealed file through its VFS, as the store makes one: for the checks of
// SQLite itself on the file.
struct SealedDb {
  std::shared_ptr<const parley::sealed::SealedVfs> vfs;
  sqlite3* db = nullptr;
  SealedDb(const std::string& path, const std::string& passphrase)
      : vfs(parley::sealed::UnlockFile(path, passphrase)) {
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, vfs->Name()) == SQLITE_OK);
    REQUIRE(vfs->Prepare(db) == SQLITE_OK);
  }
  ~SealedDb() { sqlite3_close(db); }
  std::string Text(const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) return sqlite3_errmsg(db);
    std::string out;
    int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW && sqlite3_column_text(stmt, 0))
      out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    else if (rc != SQLITE_ROW && rc != SQLITE_DONE)
      out = sqlite3_errmsg(db);
    sqlite3_finalize(stmt);
    return out;
  }
  int Exec(const char* sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr); }
};

// The message of the parley::Error that `open` throws ("" when it throws none).
template <typename F>
std::string Refusal(F open) {
  try {
    open();
  } catch (const Error& e) {
    return std::string(e.what()) + " | " + e.Advice();
  }
  return "";
}

void FlipByte(const std::string& path, size_t at) {
  std::string bytes = ReadBytes(path);
  REQUIRE(at < bytes.size());
  bytes[at] = char(bytes[at] ^ 0x10);
  WriteBytes(path, bytes);
}

}  // namespace

TEST_CASE("a sealed workshop keeps its record through a close and an opening with its passphrase") {
  SealedRoom room;
  std::vector<std::string> names = room.Names();
  CHECK(names.size() == 6);
  CHECK(Workshop::IsSealed(room.path));

  SUBCASE("nothing of the record is on disk in the open, while edits are being made") {
    REQUIRE(fs::exists(room.path + "-wal"));
    CHECK(fs::file_size(room.path + "-wal") > 0);
    CHECK(SentinelsOnDisk(room.path) == std::vector<std::string>{});
  }
  SUBCASE("closed and opened again: every edit is there, nothing of it on disk") {
    room.workshop.reset();
    CHECK_FALSE(fs::exists(room.path + "-wal"));
    CHECK(SentinelsOnDisk(room.path) == std::vector<std::string>{});
    room.workshop = Workshop::OpenSealed(room.path, kPassphrase);
    CHECK(room.Names() == names);
    CHECK(room.workshop->Model().info.title == "Reconciliation of Tskhinvali");
    SUBCASE("undo works across the reopening") {
      REQUIRE(room.workshop->CanUndo());
      room.workshop->Undo();
      CHECK(room.workshop->Model().participants.back().notes == "");
    }
  }
  SUBCASE("SQLite's own check of every page through the VFS: ok") {
    room.workshop.reset();
    SealedDb db(room.path, kPassphrase);
    CHECK(db.Text("PRAGMA integrity_check") == "ok");
    CHECK(db.Text("SELECT name FROM participant ORDER BY id LIMIT 1") == kSentinels[0]);
  }
  SUBCASE("the file is its owner's only") {
    struct stat st {};
    REQUIRE(stat(room.path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
  }
}

TEST_CASE("a sealed workshop's -wal is emptied once no edit has been written for a while (pitfall 9)") {
  SealedRoom room;
  auto now = std::chrono::system_clock::now();
  room.workshop->SetClock([&now] { return now; });
  room.workshop->SetText(Field::ParticipantRole, room.people[0], "Олена's deputy · סגנית");
  auto walSize = [&] { return fs::file_size(room.path + "-wal"); };
  REQUIRE(walSize() > 0);

  now += Workshop::kIdleCheckpoint - std::chrono::seconds(1);
  CHECK_FALSE(room.workshop->CheckpointWhenIdle());  // typing may go on: not yet
  CHECK(walSize() > 0);
  now += std::chrono::seconds(1);
  CHECK(room.workshop->CheckpointWhenIdle());
  CHECK(walSize() == 0);  // no frame, and so no checksum of a plaintext page, left
  CHECK_FALSE(room.workshop->CheckpointWhenIdle());  // once per burst of edits

  room.workshop->SetText(Field::ParticipantRole, room.people[1], "Νίκος's adviser");
  CHECK(walSize() > 0);
  CHECK_FALSE(room.workshop->CheckpointWhenIdle());
  now += Workshop::kIdleCheckpoint;
  CHECK(room.workshop->CheckpointWhenIdle());
  CHECK(walSize() == 0);

  std::vector<std::string> names = room.Names();
  room.workshop.reset();
  CHECK(SentinelsOnDisk(room.path) == std::vector<std::string>{});
  auto reopened = Workshop::OpenSealed(room.path, kPassphrase);
  CHECK(reopened->Model().participants[1].role == "Νίκος's adviser");
  CHECK(reopened->Model().participants[0].name == names[0]);

  SUBCASE("a -wal a crash left is emptied once the reopened workshop is idle") {
    // A copy of the file and its -wal taken while edits wait in it: what a crash leaves.
    reopened->SetText(Field::ParticipantRole, reopened->Model().participants[2].id, "ნინო's aide");
    std::string crashed = room.dir.File("crashed.parley");
    fs::copy_file(room.path, crashed);
    fs::copy_file(room.path + "-wal", crashed + "-wal");
    auto afterCrash = Workshop::OpenSealed(crashed, kPassphrase);
    CHECK(afterCrash->Model().participants[2].role == "ნინო's aide");
    REQUIRE(fs::file_size(crashed + "-wal") > 0);
    now = std::chrono::system_clock::now();
    afterCrash->SetClock([&now] { return now; });
    CHECK_FALSE(afterCrash->CheckpointWhenIdle());  // just opened: not yet
    now += Workshop::kIdleCheckpoint;
    CHECK(afterCrash->CheckpointWhenIdle());
    CHECK(fs::file_size(crashed + "-wal") == 0);
  }
  SUBCASE("a plain workshop's -wal is left to SQLite") {
    parley::sealed::PlainWorkshopsForTests plain;
    std::string plainPath = room.dir.File("plain.parley");
    auto workshop = Workshop::Create(plainPath, "Plain", "2026-10-12");
    workshop->SetClock([&now] { return now; });
    workshop->SetText(Field::WorkshopVenue, 0, "Batumi");
    now += Workshop::kIdleCheckpoint * 2;
    CHECK_FALSE(workshop->CheckpointWhenIdle());
    CHECK(fs::file_size(plainPath + "-wal") > 0);
  }
}

TEST_CASE("a wrong passphrase is refused as such and changes nothing") {
  SealedRoom room;
  room.workshop.reset();
  std::string before = ReadBytes(room.path);
  for (std::string wrong : {std::string(""), kPassphrase + " ", std::string("ნინოს ბაღი")}) {
    CAPTURE(wrong);
    std::string message = Refusal([&] { Workshop::OpenSealed(room.path, wrong); });
    CHECK(message.find("Wrong passphrase") != std::string::npos);
    CHECK(message.find("damaged") == std::string::npos);
  }
  CHECK(ReadBytes(room.path) == before);
  CHECK_FALSE(fs::exists(room.path + "-wal"));
  CHECK_FALSE(fs::exists(room.path + "-shm"));
}

TEST_CASE("the store itself seals under no passphrase shorter than its rule allows") {
  parley::sealed::SetCreationCostForTests(parley::sealed::kLeastCost);
  TempDir dir;
  std::string path = dir.File("weak.parley");
  // Nine characters (eighteen bytes): short by the rule, whatever its bytes.
  const std::string nine = "ნინო ბაღი";
  REQUIRE_FALSE(Workshop::PassphraseProblem(nine).empty());
  SUBCASE("a new sealed workshop: refused, no file made") {
    CHECK(Refusal([&] { Workshop::CreateSealed(path, nine, "Weak", "2026-10-12"); }).find("at least 10 characters") !=
          std::string::npos);
    CHECK_FALSE(fs::exists(path));
    CHECK_FALSE(fs::exists(path + "-wal"));
  }
  SUBCASE("a new sealed key for any other door of the store") {
    CHECK(Refusal([&] { parley::sealed::SealNewFile(""); }).find("at least 10 characters") != std::string::npos);
    CHECK(Refusal([&] { parley::sealed::SealNewFile(nine); }).find("at least 10 characters") != std::string::npos);
  }
  SUBCASE("ten characters are enough") {
    CHECK(Workshop::CreateSealed(path, nine + "ს", "Enough", "2026-10-12")->Model().info.title == "Enough");
  }
}

TEST_CASE("a sealed workshop opened as a plain one is refused with what to do") {
  SealedRoom room;
  room.workshop.reset();
  std::string before = ReadBytes(room.path);
  std::string message = Refusal([&] { Workshop::Open(room.path); });
  CHECK(message.find("is a sealed workshop") != std::string::npos);
  CHECK(ReadBytes(room.path) == before);
  SUBCASE("and a plain workshop opened as a sealed one") {
    std::string plain = room.dir.File("plain.parley");
    Workshop::Create(plain, "Plain", "2026-10-12");
    CHECK(Refusal([&] { Workshop::OpenSealed(plain, kPassphrase); }).find("is not a sealed workshop") !=
          std::string::npos);
  }
}

TEST_CASE("one byte flipped in the header, a page or a WAL frame: reported as damaged, never read") {
  SealedRoom room;
  using parley::sealed::kHeaderSize;
  using parley::sealed::kPageSize;

  SUBCASE("in the header (its salt)") {
    room.workshop.reset();
    FlipByte(room.path, 45);
    std::string before = ReadBytes(room.path);
    std::string message = Refusal([&] { Workshop::OpenSealed(room.path, kPassphrase); });
    CHECK(message.find("is damaged") != std::string::npos);
    CHECK(message.find("Wrong passphrase") == std::string::npos);
    CHECK(ReadBytes(room.path) == before);
  }
  SUBCASE("in a page of the database, page 1 and a later one") {
    room.workshop.reset();
    for (size_t page : {size_t(1), size_t(3)}) {
      CAPTURE(page);
      TempDir copyDir;
      std::string copy = copyDir.File("copy.parley");
      fs::copy_file(room.path, copy);
      FlipByte(copy, kHeaderSize + (page - 1) * kPageSize + 1000);
      std::string before = ReadBytes(copy);
      std::string message = Refusal([&] { Workshop::OpenSealed(copy, kPassphrase); });
      CHECK(message.find("damaged") != std::string::npos);
      CHECK(ReadBytes(copy) == before);
    }
  }
  SUBCASE("in a WAL frame, as left by a crash") {
    // The file and its WAL copied while the workshop is open: what a kill -9 leaves behind.
    TempDir crashDir;
    std::string crashed = crashDir.File("crashed.parley");
    fs::copy_file(room.path, crashed);
    fs::copy_file(room.path + "-wal", crashed + "-wal");
    SUBCASE("whole, it opens with every acknowledged edit") {
      auto reopened = Workshop::OpenSealed(crashed, kPassphrase);
      std::vector<std::string> names;
      for (const auto& p : reopened->Model().participants) names.push_back(p.name);
      CHECK(names == room.Names());
    }
    SUBCASE("one byte of its first frame's page flipped: damaged, the WAL left as it was") {
      FlipByte(crashed + "-wal", 32 + 24 + 1000);
      std::string before = ReadBytes(crashed), walBefore = ReadBytes(crashed + "-wal");
      std::string message = Refusal([&] { Workshop::OpenSealed(crashed, kPassphrase); });
      CHECK(message.find("damaged") != std::string::npos);
      CHECK(ReadBytes(crashed) == before);
      CHECK(ReadBytes(crashed + "-wal") == walBefore);
    }
    SUBCASE("its last frame cut short, as a crash in the middle of a write leaves it: it opens") {
      std::string wal = ReadBytes(crashed + "-wal");
      WriteBytes(crashed + "-wal", wal.substr(0, wal.size() - 1000));
      auto reopened = Workshop::OpenSealed(crashed, kPassphrase);
      CHECK(reopened->Model().participants.size() >= 5);
    }
  }
}

TEST_CASE("the sealed VFS refuses what would write plaintext beside the file") {
  SealedRoom room;
  room.workshop.reset();
  SealedDb db(room.path, kPassphrase);
  SUBCASE("a temporary file (pitfall 7)") {
    // A small cache, so that the temporary table must go to a file.
    REQUIRE(db.Exec("PRAGMA temp_store = FILE; PRAGMA temp.cache_size = 2") == SQLITE_OK);
    CHECK(db.Exec("CREATE TEMP TABLE t(x); INSERT INTO t SELECT 'SENTINEL-7f3a' || zeroblob(2000) "
                  "FROM generate_series(1, 500)") != SQLITE_OK);
  }
  SUBCASE("a page written to a rollback journal (pitfall 8)") {
    // Leaving WAL writes page 1 through a journal: refused there already, or at the update.
    bool left = db.Text("PRAGMA journal_mode = DELETE") == "delete";
    CHECK_FALSE((left && db.Exec("UPDATE participant SET notes = 'SENTINEL-7f3a'") == SQLITE_OK));
    CHECK(db.Text("PRAGMA integrity_check") == "ok");
    CHECK_FALSE(ReadBytes(room.path + "-journal").find("SENTINEL") != std::string::npos);
  }
  SUBCASE("a plaintext copy with VACUUM INTO (pitfall 12)") {
    std::string copy = room.dir.File("copy.db");
    CHECK(db.Exec(("VACUUM INTO '" + copy + "'").c_str()) != SQLITE_OK);
    CHECK(SentinelsOnDisk(copy).empty());
  }
  SUBCASE("a VACUUM, its temporary database in memory (pitfall 7), keeps the file sealed and whole") {
    CHECK(db.Exec("VACUUM") == SQLITE_OK);
    CHECK(db.Text("PRAGMA integrity_check") == "ok");
    CHECK(db.Text("SELECT count(*) FROM participant") == "6");
  }
  SUBCASE("memory mapping (pitfall 5)") {
    db.Text("PRAGMA mmap_size = 1000000");
    CHECK(db.Text("SELECT count(*) FROM participant") == "6");
    CHECK(db.Text("PRAGMA integrity_check") == "ok");
  }
  CHECK(SentinelsOnDisk(room.path).empty());
}

TEST_CASE("the sealed VFS's file refuses writes SQLite must never make to it") {
  SealedRoom room;
  room.workshop.reset();
  std::string before = ReadBytes(room.path);
  SealedDb db(room.path, kPassphrase);
  REQUIRE(db.Text("SELECT count(*) FROM participant") == "6");  // the file is open and read
  sqlite3_file* file = nullptr;
  REQUIRE(sqlite3_file_control(db.db, "main", SQLITE_FCNTL_FILE_POINTER, &file) == SQLITE_OK);
  std::vector<uint8_t> page(parley::sealed::kPageSize, 0);
  REQUIRE(file->pMethods->xRead(file, page.data(), int(page.size()), 0) == SQLITE_OK);
  CHECK(std::string(page.begin(), page.begin() + 15) == "SQLite format 3");  // decrypted
  SUBCASE("a page 1 with other reserved bytes or another page size (pitfall 6)") {
    std::vector<uint8_t> other = page;
    other[20] = 0;
    CHECK(file->pMethods->xWrite(file, other.data(), int(other.size()), 0) == SQLITE_IOERR_WRITE);
    other = page;
    other[16] = 0x20;  // 8192
    CHECK(file->pMethods->xWrite(file, other.data(), int(other.size()), 0) == SQLITE_IOERR_WRITE);
  }
  SUBCASE("a part of a page (pitfall 4)") {
    CHECK(file->pMethods->xWrite(file, page.data(), 3872, 0) == SQLITE_IOERR_WRITE);
    CHECK(file->pMethods->xWrite(file, page.data(), int(page.size()), 100) == SQLITE_IOERR_WRITE);
  }
  SUBCASE("a memory map of the file (pitfall 5)") {
    void* mapped = &page;
    REQUIRE(file->pMethods->iVersion >= 3);
    CHECK(file->pMethods->xFetch(file, 0, int(page.size()), &mapped) == SQLITE_OK);
    CHECK(mapped == nullptr);
  }
  SUBCASE("a part of a page is read from the whole decrypted page (pitfall 2)") {
    uint8_t part[16] = {};
    REQUIRE(file->pMethods->xRead(file, part, sizeof part, 24) == SQLITE_OK);
    CHECK(std::equal(part, part + sizeof part, page.begin() + 24));
  }
  CHECK(ReadBytes(room.path) == before);
}

TEST_CASE("the sealed fixture made by an earlier Parley keeps opening") {
  // tests/sealed_fixture.parley, made once with Parley 0.1.0 at the least cost; its passphrase:
  const std::string fixturePassphrase = "ფიქსტურა Φ фикстура פ ف fixture";
  TempDir dir;
  std::string copy = dir.File("fixture.parley");
  fs::copy_file(PARLEY_SOURCE_DIR "/tests/sealed_fixture.parley", copy);
  auto workshop = Workshop::OpenSealed(copy, fixturePassphrase);
  std::vector<std::string> names;
  for (const auto& p : workshop->Model().participants) names.push_back(p.name);
  CHECK(names == std::vector<std::string>{"ნინო ბერიძე", "Νίκος Παπαδόπουλος", "Олена Гринюк", "שרה לוי", "ليلى حداد", "Marta Kovač"});
  CHECK(workshop->Model().info.title == "Sealed fixture · Φ · ф");
}
