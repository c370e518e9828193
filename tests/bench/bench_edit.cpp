// Budget 1, edit to disk: one edit of a concern's text through Workshop (its transaction, undo
// record and Model update, committed with Parley's durability) against a bare SQLite UPDATE of
// one row and COMMIT with the same pragmas, on the same file system.
#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <string>

#include "benchmarks.hpp"
#include "core/store/workshop.hpp"

namespace parley::bench {

std::string Typed(int64_t n) { return "Safe passage for the clinic's night staff, draft " + std::to_string(n); }

namespace {

// The reference: one row of a table in a file of its own, updated and committed bare.
class BareTable {
 public:
  explicit BareTable(const std::string& path) {
    if (sqlite3_open(path.c_str(), &m_db) != SQLITE_OK ||
        sqlite3_exec(m_db,
                     "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                     "CREATE TABLE IF NOT EXISTS concern (id INTEGER PRIMARY KEY, text TEXT NOT NULL);"
                     "INSERT OR REPLACE INTO concern VALUES (1, '');",
                     nullptr, nullptr, nullptr) != SQLITE_OK)
      return;
    sqlite3_prepare_v2(m_db, "BEGIN", -1, &m_begin, nullptr);
    sqlite3_prepare_v2(m_db, "UPDATE concern SET text = ? WHERE id = 1", -1, &m_update, nullptr);
    sqlite3_prepare_v2(m_db, "COMMIT", -1, &m_commit, nullptr);
  }
  ~BareTable() {
    for (sqlite3_stmt* s : {m_begin, m_update, m_commit}) sqlite3_finalize(s);
    sqlite3_close(m_db);
  }
  BareTable(const BareTable&) = delete;
  BareTable& operator=(const BareTable&) = delete;

  bool Ready() const { return m_commit != nullptr; }

  // One UPDATE and its COMMIT; false when the COMMIT failed.
  bool Update(const std::string& text) {
    sqlite3_step(m_begin);
    sqlite3_bind_text(m_update, 1, text.data(), int(text.size()), SQLITE_TRANSIENT);
    sqlite3_step(m_update);
    bool committed = sqlite3_step(m_commit) == SQLITE_DONE;
    for (sqlite3_stmt* s : {m_begin, m_update, m_commit}) sqlite3_reset(s);
    return committed;
  }

 private:
  sqlite3* m_db = nullptr;
  sqlite3_stmt *m_begin = nullptr, *m_update = nullptr, *m_commit = nullptr;
};

void EditConcern(benchmark::State& state, const std::string& path, const std::string& barePath) {
  auto workshop = Workshop::Open(path);
  BareTable bare(barePath);
  if (!bare.Ready()) return state.SkipWithError("the bare table could not be made");
  Id concern = workshop->Model().concerns.front().id;
  int64_t n = 0;
  bool committed = true;
  Alternate(
      state, Clock::Real, [&] { workshop->SetText(Field::ConcernText, concern, Typed(++n)); },
      [&] { committed = bare.Update(Typed(n)) && committed; });
  if (!committed) state.SkipWithError("a bare COMMIT failed");
}

}  // namespace

void RegisterEditBenchmarks(const Workloads& work) {
  std::string bare = work.folder + "/bare.sqlite";
  Add("edit/typical", EditConcern, work.typical, bare);
  Add("edit/large", EditConcern, work.large, bare);
}

}  // namespace parley::bench
