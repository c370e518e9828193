// The start screen and the set-up view, driven by clicks and typing; every effect is checked
// in the workshop file, read back through a second opening.
#include <doctest/doctest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "core/store/demo.hpp"
#include "core/store/workshop.hpp"
#include "temp_dir.hpp"
#include "ui_window.hpp"

namespace parley::test {

namespace {

void SelectAllAndType(UiHarness& ui, const std::string& text) {
  ui.Press('A', /*ctrl=*/true);
  ui.Type(text);
}

}  // namespace

TEST_CASE("the start screen opens the demo workshop") {
  Window w;
  REQUIRE(w.app.workshop == nullptr);
  w.ui.Click("Open the demo workshop");
  REQUIRE(w.app.workshop != nullptr);
  CHECK(w.app.workshop->Path() == w.dir.File("demo.parley"));
  CHECK(w.app.screen == ui::Screen::Setup);
  CHECK(w.OnDisk().participants.size() == 12);
  CHECK(w.app.settings.recent.front() == w.dir.File("demo.parley"));
}

TEST_CASE("the start screen offers the aquifer workshop beside the demo, each a fresh copy of its own") {
  Window w;
  CHECK(w.ui.Count("Open the demo workshop") == 1);
  w.ui.Click("Open the aquifer workshop");
  REQUIRE(w.app.workshop != nullptr);
  CHECK(w.app.workshop->Path() == w.dir.File("demo-aquifer.parley"));
  Model disk = w.OnDisk();
  CHECK(disk.info.title == "الماء تحت التلال · המים שמתחת לגבעות · The water under the hills");
  REQUIRE(disk.participants.size() == 10);
  CHECK(disk.participants.front().name == "سلمى الخطيب");
  CHECK(disk.participants[5].name == "נועה ברגר");
  // The demo's copy is another file: opening one leaves the other as it was.
  w.app.CloseWorkshop();
  w.ui.Frame();
  w.ui.Click("Open the demo workshop");
  REQUIRE(w.app.workshop != nullptr);
  CHECK(w.app.workshop->Path() == w.dir.File("demo.parley"));
  CHECK(w.OnDisk().participants.size() == 12);
  CHECK(Workshop::Open(w.dir.File("demo-aquifer.parley"))->Model().participants.size() == 10);
}

TEST_CASE("the File menu opens either example workshop over the open one") {
  Window w;
  w.ui.Click("Open the demo workshop");
  w.ui.Frame();
  w.ui.Click("File");
  w.ui.Frame();
  // Where the submenu's item was before it opened: once open, BeginMenu's last item is the
  // submenu's window, not the item that opened it.
  w.ui.ClickAt(w.ui.Centre("Open an example workshop"));
  w.ui.Frames(2);
  w.ui.Click(FindDemo("aquifer")->description);
  w.ui.Frame();
  REQUIRE(w.app.workshop != nullptr);
  CHECK(w.app.workshop->Path() == w.dir.File("demo-aquifer.parley"));
  CHECK(w.OnDisk().participants.front().name == "سلمى الخطيب");
}

TEST_CASE("--screenshot's views beyond a screen: the rules read aloud, the memo's versions compared") {
  Window w;
  w.app.OpenDemo(*FindDemo("aquifer"));
  REQUIRE(w.app.workshop != nullptr);
  CHECK(ui::ShowView(w.app, "read-aloud"));
  w.ui.Frames(2);
  CHECK(w.app.screen == ui::Screen::GroundRules);
  CHECK(w.ui.Count("Close (Esc)") == 1);  // the rules large, for the room
  CHECK(ui::ScreenName(w.app.screen, w.app.options.mode) == "ground-rules");  // what a restart reopens

  CHECK(ui::ShowView(w.app, "memo-versions"));
  w.ui.Frames(2);
  CHECK(w.app.screen == ui::Screen::Memo);
  CHECK(w.ui.Count("Close (Esc)") == 0);
  const Model& model = w.app.workshop->Model();
  REQUIRE(model.versions.size() == 2);  // Draft 1 and Draft 2
  CHECK(w.app.memo.compareA == model.versions[0].id);
  CHECK(w.app.memo.compareB == model.versions[1].id);
  CHECK(w.ui.Count("##compare a") == 1);  // the Versions tab is in front
  CHECK(w.app.memo.changed.size() > 0);   // and the week's changes are drawn
  CHECK(ui::ScreenName(w.app.screen, w.app.options.mode) == "memo");

  CHECK_FALSE(ui::ShowView(w.app, "no-such-view"));
  CHECK(w.app.screen == ui::Screen::Memo);
}

TEST_CASE("set-up edits reach the workshop file as they are made") {
  Window w;
  w.ui.Click("Open the demo workshop");
  w.ui.Frame();

  SUBCASE("typing a title") {
    w.ui.Click("Title");
    SelectAllAndType(w.ui, "Water and trust");
    CHECK(w.OnDisk().info.title == "Water and trust");
  }
  SUBCASE("the context, read in full, opens as a field on a click") {
    w.ui.Click("Context");
    SelectAllAndType(w.ui, "Two towns, one river.");
    CHECK(w.OnDisk().info.context == "Two towns, one river.");
  }
  SUBCASE("adding a party and naming it") {
    w.ui.Click("Add party");
    Model disk = w.OnDisk();
    REQUIRE(disk.parties.size() == 3);
    CHECK(disk.parties[2].name == "Party C");
    w.ui.Frame();
    w.ui.Click("##party name", 2);
    SelectAllAndType(w.ui, "Valley farmers");
    CHECK(w.OnDisk().parties[2].name == "Valley farmers");
  }
  SUBCASE("adding a participant and typing their name in Georgian") {
    int before = w.ui.Count("##name");
    w.ui.Click("Add participant", 1);  // to the second party
    w.ui.Frame();
    REQUIRE(w.ui.Count("##name") == before + 1);
    w.ui.Click("##name", before);  // the new row is the last
    w.ui.Type("ლევან");
    Model disk = w.OnDisk();
    REQUIRE(disk.participants.size() == 13);
    CHECK(disk.participants.back().name == "ლევან");
    CHECK(disk.participants.back().pseudonym == "Participant B7");
  }
  SUBCASE("marking a participant absent from the session in use") {
    Id session = w.app.sessionId;
    Id first = w.app.workshop->Model().participants.front().id;
    REQUIRE(w.OnDisk().Attends(session, first));
    w.ui.Click("##present", 0);
    CHECK_FALSE(w.OnDisk().Attends(session, first));
  }
  SUBCASE("removing someone added by mistake, then Ctrl+Z brings them back") {
    w.ui.Click("Add participant", 0);
    REQUIRE(w.OnDisk().participants.size() == 13);
    w.ui.Click("Remove", 6);  // the new seventh row of the first party
    CHECK(w.OnDisk().participants.size() == 12);
    w.ui.Press('Z', /*ctrl=*/true);
    CHECK(w.OnDisk().participants.size() == 13);
    w.ui.Press('Z', /*ctrl=*/true, /*shift=*/true);
    CHECK(w.OnDisk().participants.size() == 12);
  }
  SUBCASE("someone who is part of the record cannot be removed") {
    w.ui.Click("Remove", 0);  // the demo has her consent and her story
    CHECK(w.app.errorWhat.find("part of the record") != std::string::npos);
    CHECK(w.OnDisk().participants.size() == 12);
  }
  SUBCASE("moving a participant down within their party") {
    Id first = w.app.workshop->Model().participants[0].id;
    w.ui.Click("Move down", int(w.app.workshop->Model().parties.size()));  // first participant row
    Model disk = w.OnDisk();
    CHECK(disk.participants[1].id == first);
  }
  SUBCASE("a refused edit shows its reason and changes nothing") {
    w.ui.Click("Add party");
    w.ui.Click("Remove party", 0);  // Kestrel Ford still has participants
    CHECK(w.app.errorWhat.find("still has participants") != std::string::npos);
    CHECK(w.OnDisk().parties.size() == 3);
    w.ui.Click("OK");
    CHECK(w.app.errorWhat.empty());
  }
}

TEST_CASE("set-up: opening the context or the confidentiality note as a field moves nothing below it") {
  Window w;
  w.ui.Click("Open the demo workshop");
  w.ui.Frame();
  float venue = w.ui.Centre("Venue").y, addParty = w.ui.Centre("Add party").y;
  w.ui.Click("Context");
  CHECK(w.ui.Centre("Venue").y == venue);
  w.ui.Click("Confidentiality note");
  CHECK(w.ui.Centre("Venue").y == venue);
  CHECK(w.ui.Centre("Add party").y == addParty);
}

TEST_CASE("opening a file that is not a workshop shows a message and leaves it alone") {
  Window w;
  std::string path = w.dir.File("notes.parley");
  WriteBytes(path, "these are not the minutes you are looking for");
  w.ui.Click("Open...");
  w.ui.Click("File name");
  w.ui.Type(path);
  w.ui.Click("Open");
  CHECK(w.app.workshop == nullptr);
  CHECK(w.app.errorWhat.find("not a Parley workshop") != std::string::npos);
  CHECK(ReadBytes(path) == "these are not the minutes you are looking for");
}

TEST_CASE("opening a workshop cut short says it is damaged, and leaves it and its folder as they were") {
  Window w;
  std::string path = w.dir.File("Διάλογος Тбилиси.parley");
  Workshop::Create(path, "Წყალი και νερό", "2026-12-07").reset();
  std::string whole = ReadBytes(path);
  WriteBytes(path, std::string_view(whole).substr(0, whole.size() - 7));
  std::string before = ReadBytes(path);
  w.ui.Click("Open...");
  w.ui.Click("File name");
  w.ui.Type(path);
  w.ui.Click("Open");
  CHECK(w.app.workshop == nullptr);
  CHECK(w.app.errorWhat.find("is damaged: it was cut short") != std::string::npos);
  CHECK(w.app.errorAdvice.find("did not change the file") != std::string::npos);
  CHECK(ReadBytes(path) == before);
  CHECK_FALSE(std::filesystem::exists(path + "-wal"));
  CHECK_FALSE(std::filesystem::exists(path + "-shm"));
}

TEST_CASE("a new workshop is created where the facilitator says") {
  Window w;
  w.ui.Click("New workshop...");
  w.ui.Click("File name");
  SelectAllAndType(w.ui, "Lakeside 2027");
  w.ui.Click("Create");
  w.ui.Click("Seal with a passphrase");  // a plain one here: tests/test_ui_sealed.cpp seals
  w.ui.Click("Create");
  REQUIRE(w.app.workshop != nullptr);
  CHECK(w.app.workshop->Path() == w.dir.File("Lakeside 2027.parley"));
  CHECK(w.OnDisk().parties.size() == 2);
}

TEST_CASE("a date typed a key at a time is written once it is a whole date") {
  Window w;
  w.ui.Click("Open the demo workshop");
  w.ui.Frame();
  Id session = w.app.sessionId;
  std::string before = w.OnDisk().FindSession(session)->date;
  int row = 0;
  for (const Session& s : w.Live().sessions)
    if (s.id == session) break; else ++row;
  w.ui.Click("##date", row);
  w.ui.Press(key::End);
  for (int i = 0; i < 12; ++i) w.ui.Press(key::Backspace);
  w.ui.Type("2027-02-2");  // not a date yet: nothing written, no error, the text stays
  CHECK(w.app.errorWhat.empty());
  CHECK(w.OnDisk().FindSession(session)->date == before);
  CHECK(w.app.setup.dates.size() == 1);
  w.ui.Type("8");
  CHECK(w.app.errorWhat.empty());
  CHECK(w.OnDisk().FindSession(session)->date == "2027-02-28");

  SUBCASE("a date that is no day of the calendar is kept as typed, and not written") {
    w.ui.Press(key::Backspace);
    w.ui.Press(key::Backspace);
    w.ui.Type("30");  // 30 February
    w.ui.Frame();
    CHECK(w.app.errorWhat.empty());
    CHECK(w.OnDisk().FindSession(session)->date == "2027-02-28");
    CHECK(w.app.setup.dates.size() == 1);
  }
}

// Forgetting someone who withdraws: from their details row, one dialog that says what will
// happen, one confirmation; the file checked after, its bytes included.
TEST_CASE("set-up: \"Forget this person...\" asks once, then forgets them everywhere in the file") {
  Window w;
  w.NewWorkshop("withdrawn.parley");
  w.AddParticipants(1);
  const Id her = w.Live().participants[0].id, him = w.Live().participants[1].id;
  const std::string pseudonym = w.Live().participants[0].pseudonym;
  w.W().SetText(Field::ParticipantName, her, "Нино Беридзе");
  w.W().SetText(Field::ParticipantContact, her, "+995 555 123 456, Rustaveli 12");
  w.W().SetText(Field::ParticipantName, him, "Νίκος Παπαδόπουλος");
  w.W().AddLogNote(w.app.sessionId, "Нино Беридзе arrived late; ნინო ბერიძე is her Georgian spelling.");
  w.ui.Frame();
  w.ui.Click("Participant details", 0);
  w.ui.Frame();
  w.ui.Click("Forget this person...");
  w.ui.Frames(2);
  REQUIRE(w.app.setup.forget.participant == her);
  CHECK(w.app.setup.forget.plan.reworded == 1);  // the log note
  CHECK(w.OnDisk().FindParticipant(her)->name == "Нино Беридзе");  // asked, not yet done

  SUBCASE("Cancel changes nothing") {
    std::string before = ReadBytes(w.W().Path());
    w.ui.Click("Cancel");
    w.ui.Frames(2);
    CHECK(w.app.setup.forget.participant == 0);
    CHECK(w.OnDisk().FindParticipant(her)->name == "Нино Беридзе");
    CHECK(ReadBytes(w.W().Path()) == before);
    CHECK(w.W().CanUndo());
  }
  SUBCASE("confirmed, their name and details are gone from the file; the others stay") {
    w.ui.Click("Forget them for good");
    w.ui.Frames(2);
    CHECK(w.app.errorWhat.empty());
    CHECK(w.app.setup.forget.done);
    Model disk = w.OnDisk();
    CHECK(disk.FindParticipant(her)->name == pseudonym);
    CHECK(disk.FindParticipant(her)->contact.empty());
    CHECK(disk.FindParticipant(him)->name == "Νίκος Παπαδόπουλος");
    std::vector<LogEntry> log = w.LogOnDisk();
    CHECK(log.back().kind == "forget");
    for (const char* suffix : {"", "-wal", "-shm"}) {
      std::string bytes = ReadBytes(w.W().Path() + suffix);
      CHECK(bytes.find("Нино Беридзе") == std::string::npos);
      CHECK(bytes.find("ნინო ბერიძე") == std::string::npos);
      CHECK(bytes.find("555 123 456") == std::string::npos);
    }
    w.ui.Click("OK");
    w.ui.Frames(2);
    CHECK(w.app.setup.forget.participant == 0);
    // Undo goes back over what came after her last step (his name), and no further.
    for (int i = 0; i < 5 && w.W().CanUndo(); ++i) w.ui.Press('Z', /*ctrl=*/true);
    CHECK_FALSE(w.W().CanUndo());
    CHECK(w.OnDisk().FindParticipant(her)->name == pseudonym);
    CHECK(w.OnDisk().FindParticipant(him)->name.empty());
  }
}

}  // namespace parley::test
