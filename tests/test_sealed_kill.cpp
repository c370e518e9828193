// A sealed workshop killed (SIGKILL) in the middle of edits, twenty times: every acknowledged
// edit is there after each, SQLite's check finds nothing wrong, and nothing of the record is
// readable in the file, its WAL or its shared memory. The edits are made by a helper process
// through the store (sealed_edit_helper.cpp), killed at a random moment.
#include <doctest/doctest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "core/store/sealed_file.hpp"
#include "core/store/sealed_testing.hpp"
#include "core/store/workshop.hpp"
#include "temp_dir.hpp"

namespace {

const std::string kPassphrase = "ბაღი · Κήπος · сад · גן · حديقة";

// Starts the helper on `path` for `round`; returns its pid and the read end of its output.
pid_t StartHelper(const std::string& path, int round, FILE*& out) {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    dup2(fds[1], STDOUT_FILENO);
    close(fds[0]);
    close(fds[1]);
    std::string label = std::to_string(round);
    execl(SEALED_EDIT_HELPER, SEALED_EDIT_HELPER, path.c_str(), kPassphrase.c_str(), label.c_str(), nullptr);
    _exit(127);
  }
  close(fds[1]);
  out = fdopen(fds[0], "r");
  return pid;
}

// What SQLite's full check says of the sealed file, through its VFS.
std::string IntegrityOf(const std::string& path) {
  auto vfs = parley::sealed::UnlockFile(path, kPassphrase);
  sqlite3* db = nullptr;
  std::string found = "could not open";
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, vfs->Name()) == SQLITE_OK &&
      vfs->Prepare(db) == SQLITE_OK) {
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr);
    found = sqlite3_step(stmt) == SQLITE_ROW ? reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)) : sqlite3_errmsg(db);
    sqlite3_finalize(stmt);
  }
  sqlite3_close(db);
  return found;
}

// The words of the record found in the file, its WAL or its shared memory.
std::vector<std::string> WordsOnDisk(const std::string& path) {
  std::vector<std::string> found;
  for (const char* suffix : {"", "-wal", "-shm"})
    for (const char* word : {"Олена", "Гринюк", "Kill test"})
      if (parley::test::ReadBytes(path + suffix).find(word) != std::string::npos)
        found.push_back(path + suffix + ": " + word);
  return found;
}

}  // namespace

TEST_CASE("a sealed workshop killed in the middle of edits, twenty times: nothing acknowledged lost, nothing leaked") {
  parley::sealed::SetCreationCostForTests(parley::sealed::kLeastCost);
  parley::test::TempDir dir;
  const std::string path = dir.File("killed.parley");
  parley::Workshop::CreateSealed(path, kPassphrase, "Kill test", "2026-10-12").reset();
  std::mt19937 random(20);  // a fixed seed: a failure can be run again
  for (int round = 1; round <= 20; ++round) {
    CAPTURE(round);
    FILE* out = nullptr;
    pid_t pid = StartHelper(path, round, out);
    // Killed after a random number of acknowledged edits (1 to 12) and a random moment more.
    int wanted = std::uniform_int_distribution<int>(1, 12)(random);
    int acknowledged = 0, n = 0;
    while (acknowledged < wanted && std::fscanf(out, "%d", &n) == 1) acknowledged = n;
    std::this_thread::sleep_for(std::chrono::microseconds(std::uniform_int_distribution<int>(0, 3000)(random)));
    kill(pid, SIGKILL);
    while (std::fscanf(out, "%d", &n) == 1) acknowledged = n;  // printed before it died
    std::fclose(out);
    int status = 0;
    waitpid(pid, &status, 0);
    REQUIRE(acknowledged >= wanted);  // the helper ran: it did not fail to open the file

    CHECK(WordsOnDisk(path) == std::vector<std::string>{});
    {
      auto workshop = parley::Workshop::OpenSealed(path, kPassphrase);
      std::set<std::string> names;
      for (const auto& p : workshop->Model().participants) names.insert(p.name);
      for (int k = 1; k <= acknowledged; ++k)
        CHECK(names.count("Олена Гринюк " + std::to_string(round) + "." + std::to_string(k)) == 1);
    }
    CHECK(IntegrityOf(path) == "ok");
  }
}
