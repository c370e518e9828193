// The session log, as a facilitator keeps it: read from the file the first time it is shown,
// a note typed there reaches the file, and a log that cannot be read says so once.
#include <doctest/doctest.h>

#include <sqlite3.h>

#include <fstream>

#include "core/store/workshop.hpp"
#include "temp_dir.hpp"
#include "ui_window.hpp"

namespace parley::test {

namespace {

// A workshop file with two notes in its log, closed: nothing of it is in memory.
std::string WorkshopWithNotes(TempDir& dir) {
  std::string path = dir.File("log.parley");
  auto w = Workshop::Create(path, "Log", "2026-10-12");
  Id session = w->Model().sessions.front().id;
  w->AddLogNote(session, "Started late: the bus from the border was held.");
  w->AddLogNote(session, "Agreed to break at eleven.");
  return path;
}

// The window with the workshop file at `path` open.
struct LogWindow : Window {
  explicit LogWindow(const std::string& path) {
    app.OpenWorkshop(path);
    REQUIRE(app.workshop);
    ui.Frame();
  }
};

// Overwrites the first bytes of the session log's table in the file with zeros.
void DamageLogTable(const std::string& path) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* s = nullptr;
  sqlite3_prepare_v2(db, "SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_schema "
                         "WHERE name = 'session_log'", -1, &s, nullptr);
  REQUIRE(sqlite3_step(s) == SQLITE_ROW);
  std::streamoff offset = (sqlite3_column_int64(s, 0) - 1) * sqlite3_column_int64(s, 1);
  sqlite3_finalize(s);
  sqlite3_close(db);
  std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
  file.seekp(offset);
  const char zeros[64] = {};
  file.write(zeros, sizeof zeros);
}

}  // namespace

TEST_CASE("the session log is read when first shown, and a note added there reaches the file") {
  TempDir files;
  LogWindow w(WorkshopWithNotes(files));
  w.ui.Click("Session log");
  w.ui.Frame();
  REQUIRE(w.app.screen == ui::Screen::Log);
  CHECK(w.app.log.lines.size() == 2);

  w.ui.Click("##note");
  w.ui.Type("Resumed with both delegations.");
  w.ui.Click("Add note");
  w.ui.Frame();
  auto disk = Workshop::Open(w.app.workshop->Path());
  REQUIRE(disk->SessionLog().size() == 3);
  CHECK(disk->SessionLog().back().text == "Resumed with both delegations.");
  // The log read on first showing is kept in step: the note is a line of the view, once.
  CHECK(w.app.log.lines.size() == 3);
  CHECK(w.app.workshop->SessionLog().size() == 3);
}

TEST_CASE("a note typed in the session log is added by Enter, on the keyboard or the keypad") {
  TempDir files;
  LogWindow w(WorkshopWithNotes(files));
  int enter = key::Enter;
  SUBCASE("Enter") {}
  SUBCASE("Enter on the keypad") { enter = key::KeyPadEnter; }
  w.ui.Click("Session log");
  w.ui.Frame();
  w.ui.Click("##note");
  w.ui.Type("Resumed with both delegations.");
  w.ui.Press(enter);
  w.ui.Frame();
  auto disk = Workshop::Open(w.app.workshop->Path());
  REQUIRE(disk->SessionLog().size() == 3);
  CHECK(disk->SessionLog().back().text == "Resumed with both delegations.");
}

TEST_CASE("a session log that cannot be read gives a message once, and the rest of the record stays") {
  TempDir files;
  std::string path = WorkshopWithNotes(files);
  LogWindow w(path);
  DamageLogTable(path);  // after the open's check: the log is read only when shown

  w.ui.Click("Session log");
  w.ui.Frame();
  CHECK(w.app.errorAdvice.find("damaged") != std::string::npos);
  CHECK(w.app.log.unreadable);
  w.app.errorWhat.clear();
  w.ui.Frames(3);
  CHECK(w.app.errorWhat.empty());  // not tried again every frame

  w.ui.Click("Set-up");
  w.ui.Frame();
  CHECK(w.app.screen == ui::Screen::Setup);
  CHECK(w.app.workshop->Model().sessions.size() == 1);
}

}  // namespace parley::test
