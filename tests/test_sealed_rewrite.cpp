// Sealing a plain workshop, unsealing a sealed one and changing a passphrase
// (core/store/workshop_seal.cpp): the record whole after each, nothing of it readable in a
// sealed result, the old passphrase refused after a change, and a change killed (SIGKILL) at
// random moments leaving a workshop that opens with the old passphrase or the new one.
#include <doctest/doctest.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "core/common/error.hpp"
#include "core/store/sealed_header.hpp"
#include "core/store/sealed_testing.hpp"
#include "core/store/workshop.hpp"
#include "sealed_sentinels.hpp"
#include "temp_dir.hpp"

namespace {

using parley::Error;
using parley::Field;
using parley::Workshop;
using namespace parley::test;
namespace fs = std::filesystem;

const std::string kOld = "ძველი ფრაზა · Παλιά · старая";
const std::string kNew = "חדשה · جديدة · new phrase";

// A plain workshop at `path` whose participants are named with the sentinels.
void MakePlain(const std::string& path) {
  auto workshop = Workshop::Create(path, "Reconciliation of Tskhinvali", "2026-10-12");
  for (size_t i = 0; i < 6; ++i) {
    parley::Id p = workshop->AddParticipant(i % 2 ? 2 : 1);
    workshop->SetText(Field::ParticipantName, p, kSentinels[i]);
    workshop->SetText(Field::ParticipantNotes, p, "SENTINEL-7f3a " + kSentinels[i]);
  }
}

std::vector<std::string> NamesOf(const Workshop& workshop) {
  std::vector<std::string> names;
  for (const auto& p : workshop.Model().participants) names.push_back(p.name);
  return names;
}

const std::vector<std::string> kNames(kSentinels.begin(), kSentinels.begin() + 6);

template <typename F>
std::string Refusal(F act) {
  try {
    act();
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

bool OpensWith(const std::string& path, const std::string& passphrase) {
  try {
    return NamesOf(*Workshop::OpenSealed(path, passphrase)) == kNames;
  } catch (const Error&) {
    return false;
  }
}

unsigned ModeOf(const std::string& path) {
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  return st.st_mode & 0777;
}

// The file's id in its sealed header: a new one means a new data key was made with it.
std::string FileIdOf(const std::string& path) {
  std::string bytes = ReadBytes(path).substr(0, parley::sealed::kHeaderSize);
  auto reading = parley::sealed::ReadHeader(
      std::span(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()));
  REQUIRE(reading.finding == parley::sealed::HeaderFinding::Good);
  return std::string(reinterpret_cast<const char*>(reading.header.fileId), sizeof reading.header.fileId);
}

struct Folder {
  TempDir dir;
  std::string path = dir.File("ქუთაისი-workshop.parley");
  Folder() { parley::sealed::SetCreationCostForTests(parley::sealed::kLeastCost); }
  // Every file in the folder: nothing but the workshop may be left beside it.
  std::vector<std::string> Files() const {
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(fs::path(path).parent_path()))
      files.push_back(entry.path().filename().string());
    return files;
  }
};

}  // namespace

TEST_CASE("sealing a plain workshop leaves a sealed file with the whole record and nothing of it readable") {
  Folder folder;
  MakePlain(folder.path);
  REQUIRE(!SentinelsOnDisk(folder.path).empty());  // the scan finds the names in a plain file

  Workshop::Seal(folder.path, kOld);
  CHECK(Workshop::IsSealed(folder.path));
  CHECK(SentinelsOnDisk(folder.path).empty());
  CHECK(ModeOf(folder.path) == 0600);
  CHECK(folder.Files() == std::vector<std::string>{"ქუთაისი-workshop.parley"});
  CHECK(Refusal([&] { Workshop::Open(folder.path); }).find("sealed workshop") != std::string::npos);
  auto workshop = Workshop::OpenSealed(folder.path, kOld);
  CHECK(NamesOf(*workshop) == kNames);
  CHECK(workshop->Model().info.title == "Reconciliation of Tskhinvali");
  workshop->SetText(Field::ParticipantNotes, workshop->Model().participants[0].id, "after sealing");
  workshop.reset();
  CHECK(Workshop::OpenSealed(folder.path, kOld)->Model().participants[0].notes == "after sealing");
  CHECK(SentinelsOnDisk(folder.path).empty());
}

TEST_CASE("sealing is refused, the file unchanged, for a short passphrase or a sealed file") {
  Folder folder;
  MakePlain(folder.path);
  std::string before = ReadBytes(folder.path);
  CHECK(Refusal([&] { Workshop::Seal(folder.path, "ნინო12345"); }).find("at least 10 characters") != std::string::npos);
  CHECK(ReadBytes(folder.path) == before);
  CHECK(Workshop::PassphraseProblem("ნინო123456").empty());  // ten characters, more bytes
  Workshop::Seal(folder.path, kOld);
  std::string sealedBytes = ReadBytes(folder.path);
  CHECK(Refusal([&] { Workshop::Seal(folder.path, kNew); }).find("sealed already") != std::string::npos);
  CHECK(ReadBytes(folder.path) == sealedBytes);
}

TEST_CASE("unsealing leaves a plain file with every record, and a wrong passphrase changes nothing") {
  Folder folder;
  MakePlain(folder.path);
  Workshop::Seal(folder.path, kOld);
  std::string sealedBytes = ReadBytes(folder.path);
  CHECK(Refusal([&] { Workshop::Unseal(folder.path, kNew); }).find("Wrong passphrase") != std::string::npos);
  CHECK(ReadBytes(folder.path) == sealedBytes);

  Workshop::Unseal(folder.path, kOld);
  CHECK_FALSE(Workshop::IsSealed(folder.path));
  CHECK(ModeOf(folder.path) == 0600);
  CHECK(folder.Files() == std::vector<std::string>{"ქუთაისი-workshop.parley"});
  auto workshop = Workshop::Open(folder.path);
  CHECK(NamesOf(*workshop) == kNames);
  CHECK(workshop->Model().participants[1].notes == "SENTINEL-7f3a " + kSentinels[1]);
  workshop->Undo();  // the undo history came along: the last note edit is undone
  CHECK(workshop->Model().participants[5].notes.empty());
}

TEST_CASE("changing the passphrase: the old no longer opens, the new does, under a new data key") {
  Folder folder;
  MakePlain(folder.path);
  Workshop::Seal(folder.path, kOld);
  std::string idBefore = FileIdOf(folder.path);
  CHECK(Refusal([&] { Workshop::ChangePassphrase(folder.path, kOld, "short"); }).find("at least") != std::string::npos);
  CHECK(OpensWith(folder.path, kOld));

  Workshop::ChangePassphrase(folder.path, kOld, kNew);
  CHECK_FALSE(OpensWith(folder.path, kOld));
  CHECK(Refusal([&] { Workshop::OpenSealed(folder.path, kOld); }).find("Wrong passphrase") != std::string::npos);
  CHECK(OpensWith(folder.path, kNew));
  CHECK(FileIdOf(folder.path) != idBefore);
  CHECK(SentinelsOnDisk(folder.path).empty());
  CHECK(ModeOf(folder.path) == 0600);
  CHECK(folder.Files() == std::vector<std::string>{"ქუთაისი-workshop.parley"});
}

TEST_CASE("sealing returns the key that opens the sealed file, derived once") {
  Folder folder;
  MakePlain(folder.path);
  Workshop::SealedKey key = Workshop::Seal(folder.path, kOld);
  REQUIRE(key);
  CHECK(NamesOf(*Workshop::OpenUnlocked(folder.path, key)) == kNames);
  CHECK(OpensWith(folder.path, kOld));
}

TEST_CASE("the open workshop's passphrase is checked against its key, which then rewrites the file") {
  Folder folder;
  MakePlain(folder.path);
  Workshop::Seal(folder.path, kOld);
  std::string idBefore = FileIdOf(folder.path);

  SUBCASE("a wrong one is refused and changes nothing") {
    auto open = Workshop::OpenSealed(folder.path, kOld);
    std::string before = ReadBytes(folder.path);
    for (const std::string& wrong : {kNew, std::string(), kOld + " "}) {
      CAPTURE(wrong);
      CHECK(Refusal([&] { open->CheckPassphrase(wrong); }).find("Wrong passphrase") != std::string::npos);
    }
    CHECK(ReadBytes(folder.path) == before);
    CHECK(NamesOf(*open) == kNames);
    open.reset();
    CHECK(OpensWith(folder.path, kOld));
    CHECK(FileIdOf(folder.path) == idBefore);
  }
  SUBCASE("the right one gives the key that changes the passphrase or unseals, once the workshop is closed") {
    Workshop::SealedKey key = Workshop::OpenSealed(folder.path, kOld)->CheckPassphrase(kOld);
    REQUIRE(key);
    SUBCASE("change: the new key opens the new file") {
      CHECK(Refusal([&] { Workshop::ChangePassphrase(folder.path, key, "short"); }).find("at least") != std::string::npos);
      CHECK(OpensWith(folder.path, kOld));
      Workshop::SealedKey fresh = Workshop::ChangePassphrase(folder.path, key, kNew);
      CHECK(NamesOf(*Workshop::OpenUnlocked(folder.path, fresh)) == kNames);
      CHECK_FALSE(OpensWith(folder.path, kOld));
      CHECK(OpensWith(folder.path, kNew));
      CHECK(FileIdOf(folder.path) != idBefore);
      CHECK(SentinelsOnDisk(folder.path).empty());
    }
    SUBCASE("unseal") {
      Workshop::Unseal(folder.path, key);
      CHECK_FALSE(Workshop::IsSealed(folder.path));
      CHECK(NamesOf(*Workshop::Open(folder.path)) == kNames);
    }
    CHECK(folder.Files() == std::vector<std::string>{"ქუთაისი-workshop.parley"});
  }
  SUBCASE("a plain workshop has no passphrase to check") {
    Workshop::Unseal(folder.path, kOld);
    CHECK(Refusal([&] { Workshop::Open(folder.path)->CheckPassphrase(kOld); }).find("not sealed") != std::string::npos);
  }
}

TEST_CASE("a passphrase change killed at random moments leaves a workshop that opens with the old or the new one") {
  Folder folder;
  MakePlain(folder.path);
  Workshop::Seal(folder.path, kOld);
  // How long one change takes here, so that the kills fall before, inside and after it.
  auto start = std::chrono::steady_clock::now();
  Workshop::ChangePassphrase(folder.path, kOld, kNew);
  Workshop::ChangePassphrase(folder.path, kNew, kOld);
  auto span = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start) / 2;

  std::mt19937 random(20);
  std::string current = kOld;
  int changed = 0, interrupted = 0;
  for (int round = 0; round < 24; ++round) {
    std::string next = current == kOld ? kNew : kOld;
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      try {
        Workshop::ChangePassphrase(folder.path, current, next);
      } catch (...) {
        _exit(1);
      }
      _exit(0);
    }
    // Up to three times a change's time: a forked child on a loaded machine may take longer.
    std::this_thread::sleep_for(std::chrono::microseconds(random() % (span.count() * 3 + 1)));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    REQUIRE((WIFSIGNALED(status) || (WIFEXITED(status) && WEXITSTATUS(status) == 0)));
    bool old = OpensWith(folder.path, current), fresh = OpensWith(folder.path, next);
    INFO("round " << round);
    CHECK(old != fresh);  // exactly one of the two
    if (fresh) {
      current = next;
      ++changed;
    } else {
      ++interrupted;
    }
  }
  MESSAGE(changed << " changes completed, " << interrupted << " interrupted");
  CHECK(changed > 0);
  CHECK(interrupted > 0);
  // What an interrupted change left beside the workshop goes with the next change.
  Workshop::ChangePassphrase(folder.path, current, current == kOld ? kNew : kOld);
  CHECK(folder.Files() == std::vector<std::string>{"ქუთაისი-workshop.parley"});
}
