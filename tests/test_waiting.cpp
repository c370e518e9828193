// Typing the disk refuses (the file locked by another program, a full disk) waits in memory
// and in the Model, is written in order as soon as the disk takes it again, and a full disk is
// called a full disk.
#include <doctest/doctest.h>

#include <chrono>

#include "full_disk.hpp"
#include "room.hpp"

namespace parley::test {

namespace {
DraftKey ConcernDraft(const Room& room) {
  return {.kind = DraftKind::Concern, .session = room.session, .party = Room::kPartyA};
}
// The labels of the last three undo steps in the file, oldest first, one a line.
std::string LastUndoSteps(const std::string& path) {
  return RawDb(path, SQLITE_OPEN_READONLY)
      .Text(
          "SELECT group_concat(label, char(10)) FROM (SELECT label FROM (SELECT id, label FROM "
          "undo_step "
          "ORDER BY id DESC LIMIT 3) ORDER BY id)");
}
}  // namespace

TEST_CASE("a full disk is called a full disk, not a disk I/O error") {
  FullDisk disk;
  Room room;
  for (bool asIoError : {false, true}) {
    CAPTURE(asIoError);
    disk.Fill(asIoError);
    std::string what, advice;
    try {
      room.W().AddParty();
    } catch (const Error& e) {
      what = e.what();
      advice = e.Advice();
    }
    disk.Free();
    CHECK(advice.find("The disk is full") == 0);
    CHECK(advice.find("nothing was lost") == std::string::npos);
    CHECK(what.find("disk I/O error") == std::string::npos);
    CHECK(room.M().parties.size() == 2);

    // Typing waits instead, and says the same.
    disk.Fill(asIoError);
    std::string venue = asIoError ? "Tbilisi, Тбилиси, თბილისი" : "Ереван, Երևան";
    room.W().SetText(Field::WorkshopVenue, 0, venue);
    CHECK(room.W().WaitingBecause() == DiskRefusal::Full);
    CHECK(room.W().WaitingAdvice().find("The disk is full: free some space") == 0);
    CHECK(room.W().WaitingAdvice().find("Parley keeps your typing and retries") !=
          std::string::npos);
    disk.Free();
    CHECK(room.W().WriteWaiting());
    CHECK(room.W().WaitingBecause() == DiskRefusal::None);
    CHECK(RawDb(room.W().Path(), SQLITE_OPEN_READONLY).Text("SELECT venue FROM workshop") == venue);
  }
}

TEST_CASE(
    "typing the disk refuses waits in the Model, and is written in order once the lock goes") {
  Room room;
  const std::string path = room.W().Path();
  Id concern = room.Need(Room::kPartyA, "Water");
  room.now += std::chrono::minutes(1);  // what follows is not merged into adding the concern
  RawDb other(path);
  other.Exec("BEGIN IMMEDIATE");  // another program holds the file for writing

  auto started = std::chrono::steady_clock::now();
  room.W().SetText(Field::WorkshopTitle, 0, "Διάλογος για το νερό");
  room.W().SetText(Field::ConcernText, concern, "Water we");
  room.W().SetText(Field::ConcernText, concern, "Water we can trust, מים, ماء");
  room.W().SetDraft(ConcernDraft(room), "შიში: წყალი");
  // Every keystroke returns at once; before, each waited the two seconds of the busy timeout.
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(2));

  // On screen (the Model) as typed; nothing thrown, nothing on disk.
  CHECK(room.M().info.title == "Διάλογος για το νερό");
  CHECK(room.ConcernOf(concern).text == "Water we can trust, מים, ماء");
  CHECK(room.M().Draft(ConcernDraft(room)) == "შიში: წყალი");
  CHECK(room.W().WaitingBecause() == DiskRefusal::Locked);
  REQUIRE(room.W().Waiting().size() == 3);  // the concern's two keystrokes as its latest text
  CHECK(room.W().WaitingEdits() == 4);
  CHECK(room.W().WaitingSummary() ==
        "4 edits in 3 fields are not on disk yet: the title \"Διάλογος για το νερό\", the concern "
        "\"Water we "
        "can trust, מים, ماء\" and the new concern being typed \"შიში: წყალი\".");
  CHECK(room.W().WaitingAdvice().find("Another program holds the workshop file") == 0);
  CHECK(RawDb(path, SQLITE_OPEN_READONLY).Text("SELECT title FROM workshop") == "Room");

  SUBCASE("another edit is refused, not made before the typing") {
    std::string what;
    try {
      room.W().AddParty();
    } catch (const Error& e) {
      what = e.what();
    }
    CHECK(what.find("That was not done: 4 edits") == 0);
    CHECK(room.M().parties.size() == 2);
    CHECK_FALSE(room.W().WriteWaiting());  // still locked: tried, and still waiting
  }
  SUBCASE("saved as text for a file of the facilitator's") {
    std::string text = room.W().WaitingAsText();
    CHECK(text.find("== the title (1 edit)\nΔιάλογος για το νερό\n") != std::string::npos);
    CHECK(text.find("== the concern (2 edits)\nWater we can trust, מים, ماء\n") !=
          std::string::npos);
    CHECK(text.find("== the new concern being typed (1 edit)\nშიში: წყალი\n") != std::string::npos);
  }

  other.Exec("ROLLBACK");  // the lock goes
  CHECK(room.W().WriteWaiting());
  CHECK(room.W().Waiting().empty());
  // In order, each field's edit a step of its own.
  CHECK(LastUndoSteps(path) == "add need\nedit title\nedit concern");
  room.Reopen();
  CHECK(room.M().info.title == "Διάλογος για το νερό");
  CHECK(room.ConcernOf(concern).text == "Water we can trust, מים, ماء");
  CHECK(room.M().Draft(ConcernDraft(room)) == "შიში: წყალი");
}

TEST_CASE("a disk that fills up again halfway through: what still waits is what shows") {
  FullDisk disk;
  // However many pages a write takes, some number of them lets the first waiting field through
  // and not the second: found by trying.
  bool found = false;
  for (int writes = 1; writes < 60 && !found; ++writes) {
    Room room;
    disk.Fill();
    room.W().SetText(Field::WorkshopTitle, 0, "Խաղաղություն");
    room.W().SetText(Field::WorkshopVenue, 0, "Ереван");
    room.W().SetText(Field::WorkshopTitle, 0, "Խաղաղություն, Мир");
    REQUIRE(room.W().Waiting().size() == 3);
    disk.FillAfter(writes);
    CHECK_FALSE(room.W().WriteWaiting());
    disk.Free();
    if (room.W().Waiting().size() != 2) continue;
    found = true;
    // The title's first text is on disk and was read back; its later one waits, and shows.
    CHECK(RawDb(room.W().Path(), SQLITE_OPEN_READONLY).Text("SELECT title FROM workshop") ==
          "Խաղաղություն");
    CHECK(room.M().info.title == "Խաղաղություն, Мир");
    CHECK(room.M().info.venue == "Ереван");
    CHECK(room.W().WriteWaiting());
    room.Reopen();
    CHECK(room.M().info.title == "Խաղաղություն, Мир");
    CHECK(room.M().info.venue == "Ереван");
  }
  CHECK(found);
}

TEST_CASE("typing waits behind typing: a keystroke made while others wait is written after them") {
  FullDisk disk;
  Room room;
  disk.Fill();
  room.W().SetText(Field::WorkshopTitle, 0, "Первый");
  disk.Free();
  // The disk has room again: the next keystroke writes the one before it first, then itself.
  room.W().SetText(Field::WorkshopVenue, 0, "Ереван");
  CHECK(room.W().Waiting().empty());
  room.Reopen();
  CHECK(room.M().info.title == "Первый");
  CHECK(room.M().info.venue == "Ереван");
}

}  // namespace parley::test
