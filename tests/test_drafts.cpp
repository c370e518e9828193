// Drafts: text typed into an entry field for something new, on disk as it is typed, dropped
// in the same transaction as the entry that takes it, and never an undo step.
#include <doctest/doctest.h>

#include "core/store/schema.hpp"
#include "room.hpp"
#include "workshop_probe.hpp"

namespace parley::test {

namespace {
DraftKey ConcernDraft(const Room& room) {
  return {.kind = DraftKind::Concern, .session = room.session, .party = Room::kPartyA};
}
int64_t DraftRows(const std::string& path) {
  return RawDb(path, SQLITE_OPEN_READONLY).Int("SELECT count(*) FROM draft");
}
}  // namespace

TEST_CASE("drafts: what is typed is on disk at once, and comes back on reopening") {
  Room room;
  const DraftKey key = ConcernDraft(room);
  room.W().SetDraft(key, "Water we can");
  room.W().SetDraft(key, "Water we can trust");  // each key: the same draft, overwritten
  CHECK(room.M().Draft(key) == "Water we can trust");
  CHECK(DraftRows(room.W().Path()) == 1);
  room.Reopen();
  CHECK(room.M().Draft(key) == "Water we can trust");
  CHECK(room.M().Draft({.kind = DraftKind::Concern, .session = room.session, .party = Room::kPartyB}).empty());

  SUBCASE("an empty draft is dropped") {
    room.W().SetDraft(key, "");
    CHECK(room.M().drafts.empty());
    CHECK(DraftRows(room.W().Path()) == 0);
  }
}

TEST_CASE("drafts: a draft is not an undo step, and leaves the undo history as it was") {
  Room room;
  room.W().AddRule("We listen");
  std::string label = room.W().UndoLabel();
  room.W().SetDraft({.kind = DraftKind::Rule}, "We speak for");
  CHECK(room.W().UndoLabel() == label);
  room.W().Undo();  // takes back the rule, not the typing
  CHECK(room.M().Draft({.kind = DraftKind::Rule}) == "We speak for");
}

TEST_CASE("drafts: entering the text drops its draft in the same transaction") {
  Room room;
  const DraftKey concern = ConcernDraft(room);
  room.W().SetDraft(concern, "Water we can trust");
  room.W().SetDraft({.kind = DraftKind::Option, .session = room.session}, "A joint authority");
  room.W().SetDraft({.kind = DraftKind::LogNote, .session = room.session}, "Tea at four");
  room.W().AddConcern(room.session, Room::kPartyA, ConcernKind::Need, "Water we can trust", 0);
  CHECK(room.M().Draft(concern).empty());
  CHECK(room.M().drafts.size() == 2);  // the others stay
  room.Reopen();
  CHECK(room.M().Draft(concern).empty());
  CHECK(room.M().concerns.size() == 1);

  SUBCASE("undoing the entry does not bring its draft back") {
    room.W().Undo();
    CHECK(room.M().concerns.empty());
    CHECK(room.M().Draft(concern).empty());
  }
  SUBCASE("each entry drops its own field's draft") {
    Id option = room.W().AddOption(room.session, "A joint authority", 0);
    room.W().AddLogNote(room.session, "Tea at four");
    CHECK(room.M().drafts.empty());
    const DraftKey constraint{.kind = DraftKind::Constraint, .place = option, .party = Room::kPartyB,
                              .variant = int(ConstraintKind::Psychological)};
    const DraftKey step{.kind = DraftKind::Step, .place = option};
    const DraftKey story{.kind = DraftKind::Story, .session = room.session};
    room.W().SetDraft(constraint, "Fear of");
    room.W().SetDraft(step, "Visit the");
    room.W().SetDraft(story, "Her orchard");
    room.W().SetDraft({.kind = DraftKind::Rule}, "No");
    room.W().AddConstraint(option, Room::kPartyB, ConstraintKind::Psychological, "Fear of losing face");
    room.W().AddStep(option, room.session, "Visit the wells");
    room.W().AddStory(room.session, room.a1, "Her orchard flooded.", {});
    room.W().AddRule("No phones");
    CHECK(room.M().drafts.empty());
    CHECK(DraftRows(room.W().Path()) == 0);
  }
}

TEST_CASE("drafts: an entry refused keeps its draft") {
  Room room;
  const DraftKey option{.kind = DraftKind::Option, .session = 99};
  room.W().SetDraft(option, "A joint authority");
  CHECK_THROWS_AS(room.W().AddOption(99, "A joint authority", 0), Error);
  CHECK(room.M().Draft(option) == "A joint authority");
}

TEST_CASE("drafts: a file of version 5 gains the draft table on opening") {
  TempDir dir;
  std::string path = dir.File("v5.parley");
  Workshop::Create(path, "Water and trust", "2026-11-23");
  {
    RawDb raw(path);
    raw.Exec("DROP TABLE draft; ALTER TABLE session DROP COLUMN reaffirm; PRAGMA user_version = 5;");
  }
  auto workshop = Workshop::Open(path);
  CHECK(RawDb(path, SQLITE_OPEN_READONLY).Int("PRAGMA user_version") == schema::CurrentVersion());
  workshop->SetDraft({.kind = DraftKind::Rule}, "We listen");
  workshop.reset();
  CHECK(Workshop::Open(path)->Model().Draft({.kind = DraftKind::Rule}) == "We listen");
}

}  // namespace parley::test
