// Opening what is not a healthy workshop: each damaged, foreign or unreachable file is made by
// the test, most from a real workshop, and Open must refuse it in words a facilitator can act
// on, leave every byte as it was and leave no -wal or -shm beside it. A workshop whose last
// edits are only in its -wal (a crash) is not refused, and every file Parley makes is readable
// by its owner only.
#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/cli/generator.hpp"
#include "core/common/error.hpp"
#include "core/common/settings.hpp"
#include "core/interchange/workshop_json.hpp"
#include "core/store/demo.hpp"
#include "core/store/schema.hpp"
#include "core/store/sealed_testing.hpp"
#include "core/store/workshop.hpp"
#include "temp_dir.hpp"
#include "workshop_probe.hpp"

using namespace parley;
using namespace parley::test;
namespace fs = std::filesystem;

namespace {

// A title in the scripts of the workshops Parley is for, and a file name with the characters
// a URI must escape.
constexpr const char* kTitle =
    "Წყალი და ნდობა · Νερό · Вода и доверие · מים · ماء "
    "· "
    "water";
constexpr const char* kFileName = "Вода #2 ?100% ნდობა.parley";

// The demo workshop (names in several scripts) at `path` under kTitle, closed again.
void MakeRealWorkshop(const std::string& path) {
  auto workshop = CreateFreshDemo(path);
  workshop->SetText(Field::WorkshopTitle, 0, kTitle);
}

// What and advice of the error Open throws for `path`, or nothing when it opens.
std::optional<std::string> OpenFailure(const std::string& path) {
  try {
    Workshop::Open(path);
  } catch (const Error& e) {
    return std::string(e.what()) + "\n" + e.Advice();
  }
  return std::nullopt;
}

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// Opens `path`, which must be refused; checks that no byte of it changed and that no -wal or
// -shm appeared or went; returns the message.
std::string RefusalOf(const std::string& path) {
  std::string before = ReadBytes(path);
  bool hadWal = fs::exists(path + "-wal"), hadShm = fs::exists(path + "-shm");
  std::optional<std::string> message = OpenFailure(path);
  REQUIRE_MESSAGE(message.has_value(), "Open accepted the file");
  INFO("message: " << *message);
  CHECK_MESSAGE((ReadBytes(path) == before), "the file's bytes changed");
  CHECK(fs::exists(path + "-wal") == hadWal);
  CHECK(fs::exists(path + "-shm") == hadShm);
  return *message;
}

// The words of a damaged file: that it is, that it was not changed, what to do; no SQL.
void CheckSaysDamaged(const std::string& message) {
  INFO("message: " << message);
  CHECK(Contains(message, " is damaged: "));
  CHECK(Contains(message, "did not change the file"));
  CHECK(Contains(message, "backup"));
  CHECK_FALSE(Contains(message, "SQLite failed"));
}

void Truncate(const std::string& path, size_t bytes) {
  std::string whole = ReadBytes(path);
  REQUIRE(whole.size() > bytes);
  WriteBytes(path, std::string_view(whole).substr(0, whole.size() - bytes));
}

size_t PageSizeOf(const std::string& path) {
  return size_t(RawDb(path, SQLITE_OPEN_READONLY).Int("PRAGMA page_size"));
}

// The page numbers of the frames of the -wal `wal` (its bytes), in their order.
std::vector<uint32_t> WalFramePages(const std::string& wal, size_t pageSize) {
  std::vector<uint32_t> pages;
  auto byte = [&](size_t at) { return uint32_t(static_cast<unsigned char>(wal[at])); };
  for (size_t at = 32; at + 24 + pageSize <= wal.size(); at += 24 + pageSize)
    pages.push_back(byte(at) << 24 | byte(at + 1) << 16 | byte(at + 2) << 8 | byte(at + 3));
  return pages;
}

fs::perms PermissionsOf(const std::string& path) {
  return fs::status(path).permissions() & fs::perms::mask;
}

constexpr fs::perms kOwnerOnly = fs::perms::owner_read | fs::perms::owner_write;

// The message Open gives for `path` to someone who neither owns it nor is root: this process
// when it is not root, else a child process that becomes `nobody` (uid 65534). Checks, as
// RefusalOf does, that nothing changed.
std::string RefusalToAnotherUser(const std::string& path) {
  if (::geteuid() != 0) return RefusalOf(path);
  std::string before = ReadBytes(path);
  int pipeEnds[2];
  REQUIRE(::pipe(pipeEnds) == 0);
  pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    ::close(pipeEnds[0]);
    std::string message = "(could not become nobody)";
    if (::setgid(65534) == 0 && ::setuid(65534) == 0) {
      try {
        message = OpenFailure(path).value_or("(opened)");
      } catch (...) {
        message = "(another exception)";
      }
    }
    ssize_t written = ::write(pipeEnds[1], message.data(), message.size());
    ::_exit(written == ssize_t(message.size()) ? 0 : 1);
  }
  ::close(pipeEnds[1]);
  std::string message;
  char buffer[512];
  for (ssize_t n; (n = ::read(pipeEnds[0], buffer, sizeof buffer)) > 0;)
    message.append(buffer, size_t(n));
  ::close(pipeEnds[0]);
  int status = 0;
  ::waitpid(child, &status, 0);
  INFO("message: " << message);
  CHECK(WIFEXITED(status));
  CHECK(message.front() != '(');
  CHECK_MESSAGE((ReadBytes(path) == before), "the file's bytes changed");
  CHECK_FALSE(fs::exists(path + "-wal"));
  CHECK_FALSE(fs::exists(path + "-shm"));
  return message;
}

}  // namespace

TEST_CASE("A damaged workshop is refused in plain words and left as it was") {
  sealed::PlainWorkshopsForTests plain;  // these files\' bytes are SQLite\'s own layout
  TempDir dir;
  std::string path = dir.File(kFileName);
  MakeRealWorkshop(path);
  const std::string older = std::to_string(schema::CurrentVersion() - 1);

  SUBCASE("a table dropped") {
    RawDb(path).Exec("DROP TABLE draft");
    std::string message = RefusalOf(path);
    CheckSaysDamaged(message);
    CHECK(Contains(message, "the table draft"));
  }

  SUBCASE("a column dropped") {
    RawDb(path).Exec("ALTER TABLE participant DROP COLUMN notes");
    std::string message = RefusalOf(path);
    CheckSaysDamaged(message);
    CHECK(Contains(message, "the column notes of the table participant"));
  }

  SUBCASE("an older file format than its tables") {
    RawDb(path).Exec("PRAGMA user_version = " + older);
    std::string message = RefusalOf(path);
    CheckSaysDamaged(message);
    CHECK(Contains(message, "file format " + older + " but holds"));
  }

  SUBCASE("in a rollback journal, with a table dropped or an older file format") {
    RawDb(path).Exec("PRAGMA journal_mode = DELETE");
    REQUIRE(ReadBytes(path)[18] == 1);  // the header's "rollback journal"
    SUBCASE("table") {
      RawDb(path).Exec("DROP TABLE draft");
    }
    SUBCASE("format") {
      RawDb(path).Exec("PRAGMA user_version = " + older);
    }
    CheckSaysDamaged(RefusalOf(path));
    CHECK_FALSE(fs::exists(path + "-journal"));
  }

  SUBCASE("a garbled file format number") {
    RawDb(path).Exec("PRAGMA user_version = -3");
    CheckSaysDamaged(RefusalOf(path));
  }

  SUBCASE("its workshop record gone") {
    RawDb(path).Exec("DELETE FROM workshop");
    std::string message = RefusalOf(path);
    CheckSaysDamaged(message);
    CHECK(Contains(message, "workshop record"));
  }

  for (size_t cut : {size_t(1), size_t(7), size_t(100)}) {
    SUBCASE(("cut short by " + std::to_string(cut) + " bytes").c_str()) {
      Truncate(path, cut);
      std::string message = RefusalOf(path);
      CheckSaysDamaged(message);
      CHECK(Contains(message, "cut short"));
    }
  }

  SUBCASE("cut short by one page") {
    Truncate(path, PageSizeOf(path));
    std::string message = RefusalOf(path);
    CheckSaysDamaged(message);
    CHECK(Contains(message, "cut short"));
  }

  SUBCASE("a garbled page size") {
    std::string bytes = ReadBytes(path);
    bytes[16] = 0x12;
    bytes[17] = 0x34;
    WriteBytes(path, bytes);
    CheckSaysDamaged(RefusalOf(path));
  }

  SUBCASE("a healthy workshop in a rollback journal opens, and keeps a -wal from then on") {
    RawDb(path).Exec("PRAGMA journal_mode = DELETE");
    REQUIRE(ReadBytes(path)[18] == 1);
    CHECK(Workshop::Open(path)->Model().info.title == kTitle);
    CHECK(ReadBytes(path)[18] == 2);
  }

  SUBCASE("a page scribbled over") {
    std::string bytes = ReadBytes(path);
    size_t page = PageSizeOf(path);
    REQUIRE(bytes.size() >= 4 * page);
    for (size_t i = 2 * page; i < 3 * page; ++i) bytes[i] = char((i * 7919 + 13) % 256);
    WriteBytes(path, bytes);
    std::string message = RefusalOf(path);
    CheckSaysDamaged(message);
  }
}

TEST_CASE("Opening refuses what is not a workshop and leaves it as it was") {
  sealed::PlainWorkshopsForTests plain;  // these files\' bytes are SQLite\'s own layout
  TempDir dir;
  std::string path = dir.File(kFileName);
  const std::string appId = std::to_string(schema::kApplicationId);

  SUBCASE("garbage bytes") {
    std::string garbage;
    for (int i = 0; i < 5000; ++i) garbage += char((i * 7919 + 13) % 256);
    WriteBytes(path, garbage);
    CHECK(Contains(RefusalOf(path), "not a Parley workshop"));
  }

  SUBCASE("a workshop whose first 100 bytes are garbage") {
    MakeRealWorkshop(path);
    std::string bytes = ReadBytes(path);
    for (size_t i = 0; i < 100; ++i) bytes[i] = char((i * 7919 + 13) % 256);
    WriteBytes(path, bytes);
    CHECK(Contains(RefusalOf(path), "its beginning is damaged"));
  }

  SUBCASE("a workshop cut in half") {
    MakeRealWorkshop(path);
    Truncate(path, ReadBytes(path).size() / 2);
    CheckSaysDamaged(RefusalOf(path));
  }

  SUBCASE("an empty file") {
    WriteBytes(path, "");
    CHECK(Contains(RefusalOf(path), "is empty"));
  }

  SUBCASE("an SQLite database of another program") {
    RawDb(path).Exec(
        "CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO recipe (name) VALUES "
        "('хлеб');");
    CHECK(Contains(RefusalOf(path), "of another program"));
  }

  SUBCASE("another program's database that carries Parley's application id") {
    RawDb(path).Exec("PRAGMA application_id = " + appId +
                     "; PRAGMA journal_mode = WAL;"
                     "CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO recipe "
                     "(name) VALUES ('ψωμί');");
    SUBCASE("at file format 0") {
      CHECK(Contains(RefusalOf(path), "holds no workshop"));
    }
    SUBCASE("at the current file format") {
      RawDb(path).Exec("PRAGMA user_version = " + std::to_string(schema::CurrentVersion()));
      std::string message = RefusalOf(path);
      CheckSaysDamaged(message);
      CHECK(Contains(message, "is missing"));
    }
  }

  // A workshop whose making stopped before its schema was written.
  SUBCASE("an empty workshop at file format 0") {
    RawDb(path).Exec("PRAGMA application_id = " + appId + "; PRAGMA journal_mode = WAL;");
    CHECK(Contains(RefusalOf(path), "holds no workshop"));
  }

  SUBCASE("a workshop from a newer Parley") {
    MakeRealWorkshop(path);
    RawDb(path).Exec("PRAGMA user_version = " + std::to_string(schema::CurrentVersion() + 1));
    CHECK(Contains(RefusalOf(path), "newer version of Parley"));
  }

  SUBCASE("a folder") {
    fs::create_directory(path);
    std::optional<std::string> message = OpenFailure(path);
    REQUIRE(message.has_value());
    CHECK(Contains(*message, "is not a file"));
    CHECK(fs::is_directory(path));
    CHECK(fs::is_empty(path));
    CHECK_FALSE(fs::exists(path + "-wal"));
  }

  SUBCASE("a missing file, without making one") {
    std::optional<std::string> message = OpenFailure(path);
    REQUIRE(message.has_value());
    CHECK(Contains(*message, "There is no file"));
    CHECK_FALSE(fs::exists(path));
  }
}

TEST_CASE("A workshop Parley may not read or write is refused with what to do") {
  sealed::PlainWorkshopsForTests plain;  // these files\' bytes are SQLite\'s own layout
  TempDir dir;
  fs::permissions(dir.Path(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                  fs::perms::others_read | fs::perms::others_exec);
  std::string folder = dir.File("kept");
  fs::create_directory(folder);
  std::string path = folder + "/" + kFileName;
  MakeRealWorkshop(path);
  fs::permissions(folder, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                              fs::perms::others_read | fs::perms::others_exec);

  SUBCASE("a read-only file") {
    fs::permissions(path, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    std::string message = RefusalToAnotherUser(path);
    CHECK(Contains(message, " is read-only."));
    CHECK(Contains(message, "Copy the workshop to a folder of yours"));
  }

  SUBCASE("a read-only folder") {
    if (::geteuid() == 0)
      REQUIRE(::chown(path.c_str(), 65534, 65534) == 0);
    else
      fs::permissions(folder,
                      fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write,
                      fs::perm_options::remove);
    std::string message = RefusalToAnotherUser(path);
    CHECK(Contains(message, "The folder " + folder + " of the workshop is read-only."));
    CHECK(Contains(message, "Copy the workshop to a folder of yours"));
  }

  SUBCASE("a file its permissions keep from being read") {
    fs::permissions(path, fs::perms::none);
    CHECK(Contains(RefusalToAnotherUser(path), "its permissions do not let you"));
  }
}

TEST_CASE("A workshop whose last edits are only in its -wal is not refused for it") {
  sealed::PlainWorkshopsForTests plain;  // these files\' bytes are SQLite\'s own layout
  TempDir dir;
  std::string path = dir.File("live.parley");
  MakeRealWorkshop(path);
  // Text long enough to need pages the file does not have yet: a crash leaves them in the -wal.
  std::string context;
  while (context.size() < 200'000)
    context += "Წყალი · Νερό · Вода · מים · ماء · water; ";
  std::string crashed = dir.File("crashed.parley");
  {
    RawDb live(path);
    live.Exec("PRAGMA wal_autocheckpoint = 0");
    live.Exec("UPDATE workshop SET context = '" + context + "'");
    for (const char* suffix : {"", "-wal", "-shm"}) fs::copy_file(path + suffix, crashed + suffix);
  }
  size_t pageSize = PageSizeOf(path);
  size_t pages = size_t(RawDb(crashed, SQLITE_OPEN_READONLY).Int("PRAGMA page_count"));
  REQUIRE(fs::file_size(crashed) < pages * pageSize);

  auto opensWithTheEdits = [&] {
    auto workshop = Workshop::Open(crashed);
    CHECK(workshop->Model().info.context == context);
    CHECK(workshop->Model().info.title == kTitle);
  };

  SUBCASE("as the crash left it") {
    opensWithTheEdits();
  }

  // The file is refused, and its -wal must stay a -wal: folding it into the file on closing, as
  // SQLite does, would change the file.
  SUBCASE("but one with a damaged page besides is refused, its -wal left as it was") {
    std::vector<uint32_t> inWal = WalFramePages(ReadBytes(crashed + "-wal"), pageSize);
    std::string file = ReadBytes(crashed);
    uint32_t page = 2;
    while (std::find(inWal.begin(), inWal.end(), page) != inWal.end()) ++page;
    REQUIRE(size_t(page) * pageSize <= file.size());
    for (size_t i = size_t(page - 1) * pageSize; i < size_t(page) * pageSize; ++i)
      file[i] = char((i * 7919 + 13) % 256);
    WriteBytes(crashed, file);
    std::string wal = ReadBytes(crashed + "-wal");
    CheckSaysDamaged(RefusalOf(crashed));
    CHECK_MESSAGE((ReadBytes(crashed + "-wal") == wal), "the -wal changed");
  }

  // As a crash in the middle of copying the -wal into the file leaves it: its first page
  // already copied, saying how many pages the file has, and the last ones not yet.
  SUBCASE("its first page already copied from the -wal") {
    std::string wal = ReadBytes(crashed + "-wal");
    std::string file = ReadBytes(crashed);
    std::vector<uint32_t> inWal = WalFramePages(wal, pageSize);
    std::string firstPage;
    for (size_t frame = 0; frame < inWal.size(); ++frame)
      if (inWal[frame] == 1) firstPage = wal.substr(32 + frame * (24 + pageSize) + 24, pageSize);
    REQUIRE(firstPage.size() == pageSize);
    WriteBytes(crashed, firstPage + file.substr(pageSize));
    auto byte = [&](size_t at) { return size_t(static_cast<unsigned char>(firstPage[at])); };
    size_t counted = byte(28) << 24 | byte(29) << 16 | byte(30) << 8 | byte(31);
    REQUIRE(fs::file_size(crashed) < counted * pageSize);
    opensWithTheEdits();
  }
}

TEST_CASE("Every file Parley makes is readable by its owner only") {
  sealed::PlainWorkshopsForTests plain;  // these files\' bytes are SQLite\'s own layout
  TempDir dir;

  SUBCASE("a new workshop, its -wal and -shm, and the folders made for it") {
    std::string path = dir.File("new/Ωμέγα/first.parley");
    auto workshop = Workshop::Create(path, kTitle, "2026-12-07");
    CHECK(PermissionsOf(path) == kOwnerOnly);
    CHECK(PermissionsOf(path + "-wal") == kOwnerOnly);
    CHECK(PermissionsOf(path + "-shm") == kOwnerOnly);
    CHECK(PermissionsOf(dir.File("new")) == fs::perms::owner_all);
    CHECK(PermissionsOf(dir.File("new/Ωμέγα")) == fs::perms::owner_all);
  }

  SUBCASE("the demo's copy") {
    std::string path = dir.File("demo.parley");
    CreateFreshDemo(path).reset();
    CHECK(PermissionsOf(path) == kOwnerOnly);
  }

  SUBCASE("a generated workshop") {
    std::string path = dir.File("generated.parley");
    GenerateWorkshop(path, WorkshopSize::Typical, 7);
    CHECK(PermissionsOf(path) == kOwnerOnly);
  }

  SUBCASE("a workshop imported from JSON") {
    std::string path = dir.File("original.parley");
    MakeRealWorkshop(path);
    std::string imported = dir.File("Импорт.parley");
    WorkshopFromJson(WorkshopToJson(path), imported);
    CHECK(PermissionsOf(imported) == kOwnerOnly);
  }

  SUBCASE("the settings and their folder") {
    std::string config = dir.File("config/parley");
    SaveSettings(config, Settings{});
    CHECK(PermissionsOf(config + "/settings.ini") == kOwnerOnly);
    CHECK(PermissionsOf(config) == fs::perms::owner_all);
  }

  SUBCASE("the -wal and -shm of a workshop an earlier Parley made readable by all") {
    std::string path = dir.File("earlier.parley");
    MakeRealWorkshop(path);
    fs::permissions(path, kOwnerOnly | fs::perms::group_read | fs::perms::others_read);
    auto workshop = Workshop::Open(path);
    CHECK(PermissionsOf(path + "-wal") == kOwnerOnly);
    CHECK(PermissionsOf(path + "-shm") == kOwnerOnly);
  }
}
