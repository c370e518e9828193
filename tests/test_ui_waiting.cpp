// Typing while the disk refuses it, through the real views: what is typed stays in its field,
// which keeps the keyboard, and in memory; the window says what is not on disk yet and why,
// and it reaches the file as soon as the disk takes it again. It can be saved to a file of its
// own, and closing the workshop asks first.
#include <doctest/doctest.h>
#include <imgui_internal.h>
#include <sys/stat.h>

#include <chrono>
#include <fstream>
#include <sstream>

#include "full_disk.hpp"
#include "ui_window.hpp"
#include "workshop_probe.hpp"

namespace parley::test {

namespace {

// A new workshop on the set-up view, on a clock the test moves.
struct WaitingWindow : Window {
  std::chrono::system_clock::time_point now = std::chrono::system_clock::from_time_t(1791795600);

  WaitingWindow() {
    NewWorkshop("waiting.parley");
    W().SetClock([this] { return now; });
    ui.Frames(2);
  }
  // Lets the time between two tries to write pass, and draws a frame.
  void Later() {
    now += std::chrono::seconds(2);
    ui.Frame();
  }
  // The message above the screen while typing waits ("" when none), and its advice.
  std::string Waiting() const { return ui.LabelStartingWith("Not saved: "); }
  // Whether the `nth` field labelled `label` has the keyboard.
  bool HasKeyboard(const std::string& label, int nth = 0) const {
    return ImGui::GetActiveID() != 0 && ImGui::GetActiveID() == ui.Id(label, nth);
  }
  std::string TitleOnDisk() const {
    return RawDb(app.workshop->Path(), SQLITE_OPEN_READONLY).Text("SELECT title FROM workshop");
  }
};

constexpr const char* kTyped = "Διάλογος — диалог, דיאלוג";

// Types kTyped over the title, in three edits.
void TypeTitle(WaitingWindow& w) {
  w.ui.Click("Title");
  w.ui.Press('A', /*ctrl=*/true);
  w.ui.Type("Διάλογος");
  w.ui.Type(" — диалог");
  w.ui.Type(", דיאלוג");
}

}  // namespace

TEST_CASE(
    "typing while another program holds the file: kept in its field, written once the file is "
    "free") {
  WaitingWindow w;
  RawDb other(w.W().Path());
  other.Exec("BEGIN IMMEDIATE");  // another program writes to the file, and holds it
  TypeTitle(w);

  CHECK(w.app.errorWhat.empty());  // no dialog took the keyboard
  CHECK(w.HasKeyboard("Title"));
  CHECK(w.Live().info.title == kTyped);
  CHECK(w.TitleOnDisk() == "New workshop");
  CHECK(w.Waiting() ==
        std::string("Not saved: 3 edits are not on disk yet: the title \"") + kTyped + "\".");
  CHECK(w.ui.LabelStartingWith("Another program holds the workshop file locked") != "");
  CHECK(w.ui.Count("NOT SAVED: 3 edits waiting for the disk") == 1);
  w.Later();  // tried again: still held
  CHECK(w.TitleOnDisk() == "New workshop");
  CHECK(w.Live().info.title == kTyped);

  other.Exec("ROLLBACK");  // the other program lets go
  w.Later();
  CHECK(w.TitleOnDisk() == kTyped);
  CHECK(w.Waiting().empty());
  CHECK(w.ui.Count("NOT SAVED: 3 edits waiting for the disk") == 0);
  // The field still has the keyboard: typing goes on, straight to the file.
  CHECK(w.HasKeyboard("Title"));
  w.ui.Type("!");
  CHECK(w.TitleOnDisk() == std::string(kTyped) + "!");
  CHECK(w.OnDisk().info.title == std::string(kTyped) + "!");
}

TEST_CASE(
    "typing a new concern on a full disk: kept, called a full disk, written when there is room") {
  FullDisk disk;  // before the workshop opens, so that it writes through it
  WaitingWindow w;
  w.app.screen = ui::Screen::NeedsFears;
  w.ui.Frames(3);
  const DraftKey key{
      .kind = DraftKind::Concern, .session = w.app.sessionId, .party = w.Live().parties[0].id};
  w.ui.Click("##capture", 0);
  disk.Fill();
  w.ui.Type("Вода");
  w.ui.Type(" и доверие, წყალი");

  CHECK(w.app.errorWhat.empty());
  CHECK(w.HasKeyboard("##capture", 0));
  CHECK(w.Live().Draft(key) == "Вода и доверие, წყალი");
  CHECK(w.Waiting() ==
        "Not saved: 2 edits are not on disk yet: the new concern being typed \"Вода и доверие, "
        "წყალი\".");
  CHECK(w.ui.LabelStartingWith("The disk is full: free some space") != "");
  CHECK(w.ui.LabelStartingWith("The disk is full").find("Parley keeps your typing and retries") !=
        std::string::npos);
  CHECK(RawDb(w.W().Path(), SQLITE_OPEN_READONLY).Int("SELECT count(*) FROM draft") == 0);

  disk.Free();
  w.Later();
  CHECK(w.Waiting().empty());
  CHECK(RawDb(w.W().Path(), SQLITE_OPEN_READONLY).Text("SELECT text FROM draft") ==
        "Вода и доверие, წყალი");
  CHECK(w.HasKeyboard("##capture", 0));
  w.ui.Press(key::Enter);  // entered, as any concern
  Model onDisk = w.OnDisk();
  REQUIRE(onDisk.concerns.size() == 1);
  CHECK(onDisk.concerns[0].text == "Вода и доверие, წყალი");
  CHECK(onDisk.drafts.empty());
}

// Issue 17: a warning that comes and goes moves nothing under the pointer. It takes its room
// at the window's foot, from the screen's bottom up; its buttons stay in the window.
TEST_CASE("the warning that typing waits for the disk moves no field, and its buttons show") {
  WaitingWindow w;  // 2400 pixels high: the whole set-up view shows
  auto title = w.ui.Rect("Title"), addParty = w.ui.Rect("Add party");
  RawDb other(w.W().Path());
  other.Exec("BEGIN IMMEDIATE");
  TypeTitle(w);
  REQUIRE(w.Waiting() != "");
  for (int frame = 0; frame < 3; ++frame, w.ui.Frame()) {
    CHECK(w.ui.Rect("Title").first.y == title.first.y);
    CHECK(w.ui.Rect("Add party").first.y == addParty.first.y);
    CHECK(w.ui.Rect("Add party").first.x == addParty.first.x);
  }
  CHECK(w.HasKeyboard("Title"));
  // Below the screen, above the status bar, inside the window.
  auto tryAgain = w.ui.Rect("Try again now"), saveIt = w.ui.Rect("Save it to a file...");
  auto status = w.ui.Rect("NOT SAVED: 3 edits waiting for the disk");
  CHECK(tryAgain.first.y > addParty.second.y);
  CHECK(saveIt.first.y == tryAgain.first.y);
  CHECK(status.first.y >= tryAgain.second.y);
  CHECK(status.second.y <= 2400.0f);

  other.Exec("ROLLBACK");  // written: the warning goes, and again nothing moves
  w.Later();
  CHECK(w.Waiting().empty());
  CHECK(w.ui.Count("Try again now") == 0);
  CHECK(w.ui.Rect("Title").first.y == title.first.y);
  CHECK(w.ui.Rect("Add party").first.y == addParty.first.y);
}

TEST_CASE("typing not on disk is saved to a file of the facilitator's, readable by them only") {
  WaitingWindow w;
  RawDb other(w.W().Path());
  other.Exec("BEGIN IMMEDIATE");
  TypeTitle(w);
  std::string kept = w.dir.File("kept.txt");
  w.ChooseFile("Save unsaved typing to a file...", kept, "Save");
  std::ifstream in(kept);
  std::stringstream text;
  text << in.rdbuf();
  CHECK(text.str().find(std::string("== the title (3 edits)\n") + kTyped + "\n") !=
        std::string::npos);
  struct stat st = {};
  REQUIRE(stat(kept.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  // Still waiting to be written to the workshop too.
  CHECK(w.Live().info.title == kTyped);
  CHECK(w.TitleOnDisk() == "New workshop");
  other.Exec("ROLLBACK");
  w.Later();
  CHECK(w.TitleOnDisk() == kTyped);
}

TEST_CASE("closing the workshop while typing is not on disk asks first") {
  WaitingWindow w;
  std::string path = w.W().Path();
  RawDb other(path);
  other.Exec("BEGIN IMMEDIATE");
  TypeTitle(w);
  w.ui.Press('W', /*ctrl=*/true);
  w.ui.Frame();
  REQUIRE(w.app.workshop);  // not closed
  CHECK(w.ui.Count("Go on without it") == 1);
  CHECK(w.ui.LabelStartingWith("Not saved: ") != "");

  SUBCASE("cancelled (Escape): the workshop stays open with the typing") {
    w.ui.Press(key::Escape);
    w.ui.Frame();
    CHECK(w.ui.Count("Go on without it") == 0);
    REQUIRE(w.app.workshop);
    CHECK(w.Live().info.title == kTyped);
  }
  SUBCASE("tried again once the file is free: written, then closed") {
    other.Exec("ROLLBACK");
    w.ui.Click("Try again");
    w.ui.Frame();
    CHECK_FALSE(w.app.workshop);
    CHECK(Workshop::Open(path)->Model().info.title == kTyped);
  }
  SUBCASE("written by the retries while the question shows: closed as asked") {
    other.Exec("ROLLBACK");
    w.Later();
    CHECK_FALSE(w.app.workshop);
    CHECK(Workshop::Open(path)->Model().info.title == kTyped);
  }
  SUBCASE("the facilitator goes on without it: only then is it dropped") {
    w.ui.Click("Go on without it");
    w.ui.Frame();
    CHECK_FALSE(w.app.workshop);
    other.Exec("ROLLBACK");
    CHECK(Workshop::Open(path)->Model().info.title == "New workshop");
  }
}

}  // namespace parley::test
