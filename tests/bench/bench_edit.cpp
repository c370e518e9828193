// Budget 1, edit to disk: one edit of a concern's text through Workshop (its transaction, undo
// record and Model update, committed with Parley's durability) against a bare SQLite UPDATE of
// one row and COMMIT with the same pragmas, on the same file system.
#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <string>

#include "benchmarks.hpp"
#include "core/workshop.hpp"

namespace parley::bench {

namespace {

// The text typed into the field: a different one each time, so that each edit writes.
std::string Typed(int64_t n) { return "Safe passage for the clinic's night staff, draft " + std::to_string(n); }

void EditConcern(benchmark::State& state, const std::string& path) {
  auto workshop = Workshop::Open(path);
  Id concern = workshop->Model().concerns.front().id;
  int64_t n = 0;
  for (auto _ : state) workshop->SetText(Field::ConcernText, concern, Typed(++n));
}

void BareUpdate(benchmark::State& state, const std::string& path) {
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_exec(db,
               "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
               "CREATE TABLE concern (id INTEGER PRIMARY KEY, text TEXT NOT NULL);"
               "INSERT INTO concern VALUES (1, '');",
               nullptr, nullptr, nullptr);
  sqlite3_stmt *begin = nullptr, *update = nullptr, *commit = nullptr;
  sqlite3_prepare_v2(db, "BEGIN", -1, &begin, nullptr);
  sqlite3_prepare_v2(db, "UPDATE concern SET text = ? WHERE id = 1", -1, &update, nullptr);
  sqlite3_prepare_v2(db, "COMMIT", -1, &commit, nullptr);
  int64_t n = 0;
  for (auto _ : state) {
    std::string text = Typed(++n);
    sqlite3_step(begin);
    sqlite3_bind_text(update, 1, text.data(), int(text.size()), SQLITE_TRANSIENT);
    sqlite3_step(update);
    if (sqlite3_step(commit) != SQLITE_DONE) state.SkipWithError("the bare COMMIT failed");
    for (sqlite3_stmt* s : {begin, update, commit}) sqlite3_reset(s);
  }
  for (sqlite3_stmt* s : {begin, update, commit}) sqlite3_finalize(s);
  sqlite3_close(db);
}

}  // namespace

void RegisterEditBenchmarks(const Workloads& work) {
  Add("edit/bare sqlite", Clock::Real, BareUpdate, work.folder + "/bare.sqlite");
  Add("edit/typical", Clock::Real, EditConcern, work.typical);
  Add("edit/large", Clock::Real, EditConcern, work.large);
}

}  // namespace parley::bench
