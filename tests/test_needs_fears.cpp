// Needs and fears: the categories every workshop starts with, adding concerns at the end of
// their party's priorities, ranking them, acknowledgement and its restatement, common ground,
// rewording a position as the need beneath it, the story a concern came from, the choice for
// the options matrix, removing a concern with what hangs on it, the phase's warnings, and undo
// of every edit.
//
// Sections: [categories]  [add] AddConcern  [rank] RankConcern, PriorityPlaces  [acknowledged]
//           [common ground] SetHeldBy  [reword] RewordAsNeed  [links] LinkStory, SetInMatrix
//           [remove] RemoveConcern, RemoveParty  [warnings] PhaseWarnings  [undo]
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "core/common/error.hpp"
#include "core/store/schema.hpp"
#include "core/method/phase_checks.hpp"
#include "core/store/workshop.hpp"
#include "room.hpp"
#include "temp_dir.hpp"
#include "workshop_probe.hpp"

using namespace parley;
using namespace parley::test;

namespace {

// assets/concern_categories.txt, in the order of their shortcuts.
const std::vector<std::string> kStandardCategories = {"Security",
                                                      "Recognition and identity",
                                                      "Dignity",
                                                      "Economic well-being",
                                                      "Self-determination",
                                                      "Justice",
                                                      "Belonging",
                                                      "Other"};

std::vector<std::string> CategoryNames(const Model& m) {
  std::vector<std::string> names;
  for (const Category& c : m.categories) names.push_back(c.name);
  return names;
}

std::vector<int64_t> CategoryPositions(const Model& m) {
  std::vector<int64_t> positions;
  for (const Category& c : m.categories) positions.push_back(c.position);
  return positions;
}

// The id of the category called `name`, 0 when there is none.
Id CategoryId(const Model& m, const std::string& name) {
  for (const Category& c : m.categories)
    if (c.name == name) return c.id;
  return 0;
}

// The parties that hold `concern` besides its own.
std::vector<Id> HoldersOf(const Model& m, Id concern) {
  std::vector<Id> parties;
  for (const ConcernHolder& h : m.holders)
    if (h.concernId == concern) parties.push_back(h.partyId);
  return parties;
}

// The priority (position) of each concern of `party`, in priority order.
std::vector<int64_t> PositionsOf(const Model& m, Id party) {
  std::vector<int64_t> positions;
  for (const Concern& c : m.concerns)
    if (c.partyId == party) positions.push_back(c.position);
  return positions;
}

// A workshop file at `version` as that Parley would have left it: the first `version`
// migrations, a workshop record, two parties and a session, then what `fill` adds.
void MakeFileAtVersion(const std::string& path, int64_t version,
                       const std::function<void(RawDb&)>& fill = {}) {
  RawDb raw(path);
  raw.Exec("PRAGMA application_id = " + std::to_string(schema::kApplicationId) +
           "; PRAGMA journal_mode = WAL; BEGIN;");
  for (int64_t i = 0; i < version; ++i) raw.Exec(std::string(schema::Migrations()[size_t(i)]));
  raw.Exec("PRAGMA user_version = " + std::to_string(version));
  raw.Exec(
      "INSERT INTO workshop (id, title) VALUES (1, 'Older file');"
      "INSERT INTO party (id, position, name, colour) VALUES (1, 1, 'North', '#E69F00'),"
      "  (2, 2, 'South', '#56B4E9');"
      "INSERT INTO session (id, date, title) VALUES (1, '2026-01-05', 'Day 1');");
  if (fill) fill(raw);
  raw.Exec("COMMIT");
}

}  // namespace

// [categories] --------------------------------------------------------------------------------

TEST_CASE("Concern categories") {
  SUBCASE("a new workshop has the standard categories, in the order of their shortcuts") {
    Room room;
    CHECK(CategoryNames(room.M()) == kStandardCategories);
    CHECK(CategoryPositions(room.M()) == std::vector<int64_t>{1, 2, 3, 4, 5, 6, 7, 8});
    room.Reopen();
    CHECK(CategoryNames(room.M()) == kStandardCategories);
  }

  SUBCASE("a version-2 file gets the standard categories when it is brought up to date") {
    TempDir dir;
    std::string path = dir.File("v2.parley");
    MakeFileAtVersion(path, 2);
    auto workshop = Workshop::Open(path);
    CHECK(CategoryNames(workshop->Model()) == kStandardCategories);
    CHECK(CategoryPositions(workshop->Model()) == std::vector<int64_t>{1, 2, 3, 4, 5, 6, 7, 8});
    CHECK_FALSE(workshop->CanUndo());  // the update is not an edit to undo
    workshop.reset();
    workshop = Workshop::Open(path);  // and only once
    CHECK(CategoryNames(workshop->Model()) == kStandardCategories);
  }

  SUBCASE("a file that already had categories is not given them again") {
    if (schema::CurrentVersion() <= 3) return;  // no later version to update a version-3 file to
    TempDir dir;
    std::string path = dir.File("v3.parley");
    MakeFileAtVersion(path, 3, [](RawDb& raw) {
      raw.Exec(
          "INSERT INTO concern_category (id, position, name) VALUES (1, 1, 'Water'), (2, 2, "
          "'Land')");
    });
    auto workshop = Workshop::Open(path);
    CHECK(CategoryNames(workshop->Model()) == std::vector<std::string>{"Water", "Land"});
  }

  SUBCASE("AddCategory adds one after the others, with the next shortcut") {
    Room room;
    Id added = room.W().AddCategory("Water");
    CHECK(room.M().categories.back().id == added);
    CHECK(room.M().categories.back().name == "Water");
    CHECK(room.M().categories.back().position == 9);
    std::vector<std::string> expected = kStandardCategories;
    expected.push_back("Water");
    CHECK(CategoryNames(room.M()) == expected);
    room.Reopen();
    CHECK(CategoryNames(room.M()) == expected);
    room.W().Undo();
    CHECK(CategoryNames(room.M()) == kStandardCategories);
    room.W().Redo();
    CHECK(CategoryNames(room.M()) == expected);
  }

  SUBCASE("SetText(CategoryName) renames one, keeping its place") {
    Room room;
    Id other = CategoryId(room.M(), "Other");
    room.W().SetText(Field::CategoryName, other, "Something else");
    room.Reopen();
    CHECK(room.M().categories.back().id == other);
    CHECK(room.M().categories.back().name == "Something else");
  }
}

// [add] ---------------------------------------------------------------------------------------

TEST_CASE("AddConcern") {
  Room room;
  const Id security = CategoryId(room.M(), "Security");
  REQUIRE(security != 0);

  SUBCASE("records the party, kind, wording, category and session") {
    Id day2 = room.W().AddSession("2026-10-13", "Day 2");
    room.session = day2;
    Id fear = room.Fear(Room::kPartyB, "That the dam fails again in spring", security);
    const Concern& c = room.ConcernOf(fear);
    CHECK(c.partyId == Room::kPartyB);
    CHECK(c.kind == ConcernKind::Fear);
    CHECK(c.text == "That the dam fails again in spring");
    CHECK(c.categoryId == security);
    CHECK(c.sessionId == day2);
    CHECK(c.statedPosition.empty());
    CHECK_FALSE(c.acknowledged);
    CHECK(c.inMatrix == -1);
    CHECK(room.W().UndoLabel() == "add fear");
    room.Reopen();
    CHECK(room.ConcernOf(fear).categoryId == security);
    CHECK(room.ConcernOf(fear).sessionId == day2);
    CHECK(room.ConcernOf(fear).kind == ConcernKind::Fear);
  }

  SUBCASE("without a category") {
    Id need = room.Need(Room::kPartyA, "Work for the mill town");
    CHECK(room.ConcernOf(need).categoryId == 0);
    CHECK(room.ConcernOf(need).kind == ConcernKind::Need);
  }

  SUBCASE("puts it last in its own party's priorities, whatever the other party has") {
    Id a1 = room.Need(Room::kPartyA, "Safe drinking water");
    Id b1 = room.Need(Room::kPartyB, "Recognition of the flooded villages");
    Id b2 = room.Fear(Room::kPartyB, "Being blamed for the spill");
    Id b3 = room.Need(Room::kPartyB, "Jobs at the plant");
    Id a2 = room.Fear(Room::kPartyA, "Losing the fishing grounds");
    CHECK(room.Priorities(Room::kPartyA) == std::vector<Id>{a1, a2});
    CHECK(room.Priorities(Room::kPartyB) == std::vector<Id>{b1, b2, b3});
    CHECK(PositionsOf(room.M(), Room::kPartyA) == std::vector<int64_t>{1, 2});
    room.Reopen();
    CHECK(room.Priorities(Room::kPartyA) == std::vector<Id>{a1, a2});
    CHECK(room.Priorities(Room::kPartyB) == std::vector<Id>{b1, b2, b3});
  }

  SUBCASE("after the last one even when an earlier one was removed") {
    Id a1 = room.Need(Room::kPartyA, "One");
    Id a2 = room.Need(Room::kPartyA, "Two");
    room.W().RemoveConcern(a1);
    Id a3 = room.Need(Room::kPartyA, "Three");
    CHECK(room.Priorities(Room::kPartyA) == std::vector<Id>{a2, a3});
  }

  SUBCASE("in a session or for a party that does not exist is refused") {
    room.CheckRefused(
        [](Workshop& w) { w.AddConcern(42, Room::kPartyA, ConcernKind::Need, "x", 0); });
    room.CheckRefused([](Workshop& w) { w.AddConcern(1, 42, ConcernKind::Need, "x", 0); });
  }

  SUBCASE("SetConcernKind and SetConcernCategory change one concern") {
    Id need = room.Need(Room::kPartyA, "Safe drinking water");
    Id justice = CategoryId(room.M(), "Justice");
    room.W().SetConcernKind(need, ConcernKind::Fear);
    room.W().SetConcernCategory(need, justice);
    room.Reopen();
    CHECK(room.ConcernOf(need).kind == ConcernKind::Fear);
    CHECK(room.ConcernOf(need).categoryId == justice);
    room.W().SetConcernCategory(need, 0);
    CHECK(room.ConcernOf(need).categoryId == 0);
  }
}

// [rank] --------------------------------------------------------------------------------------

TEST_CASE("PriorityPlaces gives each concern its place among its own party's concerns") {
  Room room;
  Id a[3];
  for (int i = 0; i < 3; ++i) a[i] = room.Need(Room::kPartyA, "A need " + std::to_string(i + 1));
  room.Fear(Room::kPartyB, "B fear 1");
  room.Fear(Room::kPartyB, "B fear 2");
  room.W().RankConcern(a[2], 0);  // places follow priority, not the order of adding
  const Model& model = room.M();
  const std::vector<int> places = model.PriorityPlaces();
  REQUIRE(places.size() == model.concerns.size());
  for (size_t i = 0; i < model.concerns.size(); ++i) {
    const std::vector<Id> order = room.Priorities(model.concerns[i].partyId);
    auto place = std::find(order.begin(), order.end(), model.concerns[i].id) - order.begin();
    CHECK(places[i] == place);
  }
}

TEST_CASE("RankConcern moves a concern among its own party's concerns") {
  Room room;
  Id a[4], b[3];
  for (int i = 0; i < 4; ++i) a[i] = room.Need(Room::kPartyA, "A need " + std::to_string(i + 1));
  for (int i = 0; i < 3; ++i) b[i] = room.Fear(Room::kPartyB, "B fear " + std::to_string(i + 1));
  // Ranking one party's concerns leaves the other party's priorities as they were.
  const std::vector<Id> orderB = room.Priorities(Room::kPartyB);
  const std::vector<int64_t> positionsB = PositionsOf(room.M(), Room::kPartyB);
  auto partyBUntouched = [&] {
    return room.Priorities(Room::kPartyB) == orderB &&
           PositionsOf(room.M(), Room::kPartyB) == positionsB;
  };

  SUBCASE("to the top") {
    room.W().RankConcern(a[2], 0);
    CHECK(room.Priorities(Room::kPartyA) == std::vector<Id>{a[2], a[0], a[1], a[3]});
    CHECK(PositionsOf(room.M(), Room::kPartyA) == std::vector<int64_t>{1, 2, 3, 4});
    CHECK(partyBUntouched());
    room.Reopen();
    CHECK(room.Priorities(Room::kPartyA) == std::vector<Id>{a[2], a[0], a[1], a[3]});
    CHECK(partyBUntouched());
  }

  SUBCASE("to the bottom") {
    room.W().RankConcern(a[0], 3);
    CHECK(room.Priorities(Room::kPartyA) == std::vector<Id>{a[1], a[2], a[3], a[0]});
    CHECK(partyBUntouched());
  }

  SUBCASE("to a place in between") {
    room.W().RankConcern(a[3], 1);
    CHECK(room.Priorities(Room::kPartyA) == std::vector<Id>{a[0], a[3], a[1], a[2]});
  }

  SUBCASE("beyond the end is the bottom, before the start the top") {
    room.W().RankConcern(a[1], 99);
    CHECK(room.Priorities(Room::kPartyA) == std::vector<Id>{a[0], a[2], a[3], a[1]});
    room.W().RankConcern(a[3], -5);
    CHECK(room.Priorities(Room::kPartyA) == std::vector<Id>{a[3], a[0], a[2], a[1]});
    CHECK(room.Priorities(Room::kPartyB) == std::vector<Id>{b[0], b[1], b[2]});
    CHECK(partyBUntouched());
  }

  SUBCASE("a concern of the other party, to the top of its own") {
    room.W().RankConcern(b[2], 0);
    CHECK(room.Priorities(Room::kPartyB) == std::vector<Id>{b[2], b[0], b[1]});
    CHECK(room.Priorities(Room::kPartyA) == std::vector<Id>{a[0], a[1], a[2], a[3]});
  }

  SUBCASE("to the place it has changes nothing and leaves no undo step") {
    std::string before = Record(room.M());
    std::string undoLabel = room.W().UndoLabel();
    room.W().RankConcern(a[1], 1);
    room.W().RankConcern(a[3], 99);
    CHECK(Record(room.M()) == before);
    CHECK(room.W().UndoLabel() == undoLabel);
  }

  SUBCASE("undo puts the old priorities back, redo the new") {
    room.W().RankConcern(a[3], 0);
    room.Reopen();
    room.W().Undo();
    CHECK(room.Priorities(Room::kPartyA) == std::vector<Id>{a[0], a[1], a[2], a[3]});
    room.W().Redo();
    CHECK(room.Priorities(Room::kPartyA) == std::vector<Id>{a[3], a[0], a[1], a[2]});
  }
}

// [acknowledged] ------------------------------------------------------------------------------

TEST_CASE("Acknowledging a concern and how the other side restated it") {
  Room room;
  Id fear = room.Fear(Room::kPartyA, "That our language disappears from the schools");
  const std::string restated = "You fear your children will be taught only in ours.";

  SUBCASE("SetAcknowledged and the restatement are kept together") {
    room.W().SetAcknowledged(fear, true);
    room.W().SetText(Field::ConcernRestatement, fear, restated);
    CHECK(room.ConcernOf(fear).acknowledged);
    CHECK(room.ConcernOf(fear).restatement == restated);
    room.Reopen();
    CHECK(room.ConcernOf(fear).acknowledged);
    CHECK(room.ConcernOf(fear).restatement == restated);
  }

  SUBCASE("taking the acknowledgement back keeps what was said") {
    room.W().SetText(Field::ConcernRestatement, fear, restated);
    room.W().SetAcknowledged(fear, true);
    room.W().SetAcknowledged(fear, false);
    room.Reopen();
    CHECK_FALSE(room.ConcernOf(fear).acknowledged);
    CHECK(room.ConcernOf(fear).restatement == restated);
  }

  SUBCASE("undo takes back the acknowledgement, not the restatement typed before it") {
    room.W().SetText(Field::ConcernRestatement, fear, restated);
    room.W().SetAcknowledged(fear, true);
    room.W().Undo();
    CHECK_FALSE(room.ConcernOf(fear).acknowledged);
    CHECK(room.ConcernOf(fear).restatement == restated);
    room.W().Redo();
    CHECK(room.ConcernOf(fear).acknowledged);
  }

  SUBCASE("the other text fields of a concern") {
    room.W().SetText(Field::ConcernText, fear, "That our language is lost");
    room.W().SetText(Field::ConcernStatedPosition, fear, "Schools must teach in our language only");
    room.W().SetText(Field::ConcernNotes, fear, "Raised twice, strongly.");
    room.Reopen();
    CHECK(room.ConcernOf(fear).text == "That our language is lost");
    CHECK(room.ConcernOf(fear).statedPosition == "Schools must teach in our language only");
    CHECK(room.ConcernOf(fear).notes == "Raised twice, strongly.");
  }
}

// [common ground] -----------------------------------------------------------------------------

TEST_CASE("SetHeldBy marks a concern as common ground") {
  Room room;
  Id need = room.Need(Room::kPartyA, "Safe drinking water");

  SUBCASE("another party holds it too") {
    room.W().SetHeldBy(need, Room::kPartyB, true);
    CHECK(HoldersOf(room.M(), need) == std::vector<Id>{Room::kPartyB});
    CHECK(room.W().UndoLabel() == "mark common ground");
    room.Reopen();
    CHECK(HoldersOf(room.M(), need) == std::vector<Id>{Room::kPartyB});
  }

  SUBCASE("marking it twice holds it once, and the second is no edit") {
    room.W().SetHeldBy(need, Room::kPartyB, true);
    room.W().SetAcknowledged(need, true);
    std::string before = Record(room.M());
    room.W().SetHeldBy(need, Room::kPartyB, true);
    CHECK(HoldersOf(room.M(), need) == std::vector<Id>{Room::kPartyB});
    CHECK(Record(room.M()) == before);
    CHECK(room.W().UndoLabel() == "mark acknowledged");
  }

  SUBCASE("the concern's own party is ignored") {
    std::string before = Record(room.M());
    std::string undoLabel = room.W().UndoLabel();
    room.W().SetHeldBy(need, Room::kPartyA, true);
    CHECK(HoldersOf(room.M(), need).empty());
    CHECK(Record(room.M()) == before);
    CHECK(room.W().UndoLabel() == undoLabel);
  }

  SUBCASE("with three parties, each other party separately") {
    Id third = room.W().AddParty();
    room.W().SetHeldBy(need, third, true);
    room.W().SetHeldBy(need, Room::kPartyB, true);
    CHECK(HoldersOf(room.M(), need) == std::vector<Id>{third, Room::kPartyB});
    room.W().SetHeldBy(need, third, false);
    CHECK(HoldersOf(room.M(), need) == std::vector<Id>{Room::kPartyB});
  }

  SUBCASE("unmarking removes it, undo brings it back") {
    room.W().SetHeldBy(need, Room::kPartyB, true);
    room.W().SetHeldBy(need, Room::kPartyB, false);
    CHECK(HoldersOf(room.M(), need).empty());
    CHECK(room.W().UndoLabel() == "unmark common ground");
    room.Reopen();
    CHECK(HoldersOf(room.M(), need).empty());
    room.W().Undo();
    CHECK(HoldersOf(room.M(), need) == std::vector<Id>{Room::kPartyB});
  }
}

// [reword] ------------------------------------------------------------------------------------

TEST_CASE("RewordAsNeed keeps the position the concern was stated as") {
  Room room;
  const std::string position = "The dam must be torn down";
  Id concern = room.Fear(Room::kPartyB, position);

  SUBCASE("the first wording becomes the stated position, the need the text, and it is a need") {
    room.W().RewordAsNeed(concern, "Safety from floods");
    const Concern& c = room.ConcernOf(concern);
    CHECK(c.text == "Safety from floods");
    CHECK(c.statedPosition == position);
    CHECK(c.kind == ConcernKind::Need);
    room.Reopen();
    CHECK(room.ConcernOf(concern).statedPosition == position);
    CHECK(room.ConcernOf(concern).text == "Safety from floods");
    CHECK(room.ConcernOf(concern).kind == ConcernKind::Need);
  }

  SUBCASE("rewording again keeps the original position, not the need in between") {
    room.W().RewordAsNeed(concern, "Safety from floods");
    room.W().RewordAsNeed(concern, "Homes that stay dry in spring");
    CHECK(room.ConcernOf(concern).text == "Homes that stay dry in spring");
    CHECK(room.ConcernOf(concern).statedPosition == position);
    room.Reopen();
    CHECK(room.ConcernOf(concern).statedPosition == position);
  }

  SUBCASE("undo gives back the position as it was stated, a fear again") {
    room.W().RewordAsNeed(concern, "Safety from floods");
    room.Reopen();
    room.W().Undo();
    CHECK(room.ConcernOf(concern).text == position);
    CHECK(room.ConcernOf(concern).statedPosition.empty());
    CHECK(room.ConcernOf(concern).kind == ConcernKind::Fear);
    room.W().Redo();
    CHECK(room.ConcernOf(concern).statedPosition == position);
  }

  SUBCASE("marked as a position first, it is kept as said until reworded, and the phase says so") {
    auto warned = [&] {
      auto warnings = PhaseWarnings(room.M(), room.session, Phase::NeedsFears);
      return std::any_of(warnings.begin(), warnings.end(), [](const std::string& w) {
        return w == "1 position has not been reworded as the need beneath yet";
      });
    };
    CHECK_FALSE(warned());
    room.W().MarkAsPosition(concern);
    CHECK(room.ConcernOf(concern).positionOpen);
    CHECK(room.ConcernOf(concern).text == position);
    CHECK(warned());
    // A typo put right is still a position, not yet reworded.
    room.W().SetText(Field::ConcernText, concern, position + "!");
    CHECK(room.ConcernOf(concern).positionOpen);
    CHECK(warned());
    room.W().Undo();
    room.W().RewordAsNeed(concern, "Safety from floods");
    CHECK(room.ConcernOf(concern).statedPosition == position);
    CHECK_FALSE(room.ConcernOf(concern).positionOpen);
    CHECK_FALSE(warned());
  }

  SUBCASE("a concern that does not exist is refused") {
    room.CheckRefused([](Workshop& w) { w.RewordAsNeed(42, "Anything"); });
    room.CheckRefused([](Workshop& w) { w.MarkAsPosition(42); });
  }
}

// [links] -------------------------------------------------------------------------------------

TEST_CASE("The story a concern came from, and its place in the options matrix") {
  Room room;
  Id concern = room.Need(Room::kPartyB, "Recognition of the flooded villages");

  SUBCASE("LinkStory links a story, and 0 unlinks it") {
    Id story =
        room.W().AddStory(room.session, room.b1, "Her village was flooded in 2019.", {"water"});
    room.W().LinkStory(concern, story);
    CHECK(room.ConcernOf(concern).storyId == story);
    room.Reopen();
    CHECK(room.ConcernOf(concern).storyId == story);
    room.W().LinkStory(concern, 0);
    CHECK(room.ConcernOf(concern).storyId == 0);
    room.W().Undo();
    CHECK(room.ConcernOf(concern).storyId == story);
  }

  SUBCASE("removing the story a concern came from keeps the concern") {
    // Either refused, saying why, or the story goes and the concern stays, unlinked; never a
    // database failure.
    Id story = room.W().AddStory(room.session, room.b1, "Her village was flooded in 2019.", {});
    room.W().LinkStory(concern, story);
    std::string before = Record(room.M());
    try {
      room.W().RemoveStory(story);
      CHECK(room.ConcernOf(concern).storyId == 0);
      CHECK(room.ConcernOf(concern).text == "Recognition of the flooded villages");
    } catch (const Error& e) {
      std::string what = e.what();
      INFO("what: " << what << "\nadvice: " << e.Advice());
      CHECK_MESSAGE(what.find("SQLite") == std::string::npos,
                    "refused by the database, not by a rule of Parley's that explains why");
      CHECK(Record(room.M()) == before);
    }
  }

  SUBCASE("SetInMatrix picks, leaves out, and goes back to by priority") {
    room.W().SetInMatrix(concern, 1);
    CHECK(room.ConcernOf(concern).inMatrix == 1);
    room.Reopen();
    CHECK(room.ConcernOf(concern).inMatrix == 1);
    room.W().SetInMatrix(concern, 0);
    CHECK(room.ConcernOf(concern).inMatrix == 0);
    room.Reopen();
    CHECK(room.ConcernOf(concern).inMatrix == 0);
    room.W().SetInMatrix(concern, -1);
    CHECK(room.ConcernOf(concern).inMatrix == -1);
    room.Reopen();
    CHECK(room.ConcernOf(concern).inMatrix == -1);
    room.W().Undo();
    CHECK(room.ConcernOf(concern).inMatrix == 0);
  }
}

// [remove] ------------------------------------------------------------------------------------

TEST_CASE("RemoveConcern removes a concern with its scores and holders") {
  Room room;
  Id removed = room.Need(Room::kPartyA, "Safe drinking water");
  Id kept = room.Need(Room::kPartyA, "Work for the mill town");
  Id other = room.Fear(Room::kPartyB, "Being blamed for the spill");
  Id option1 = room.Propose("A joint water authority");
  Id option2 = room.Propose("An independent study of the spill");
  room.W().SetScore(option1, removed, 2);
  room.W().SetScore(option2, removed, -1);
  room.W().SetScore(option1, kept, 1);
  room.W().SetScore(option1, other, 1);
  room.W().SetHeldBy(removed, Room::kPartyB, true);
  room.W().SetHeldBy(other, Room::kPartyA, true);
  const std::string before = Record(room.M());

  room.W().RemoveConcern(removed);
  const std::string after = Record(room.M());

  SUBCASE("the concern, its scores and its holders are gone; the rest stays") {
    CHECK(room.M().FindConcern(removed) == nullptr);
    CHECK(room.Priorities(Room::kPartyA) == std::vector<Id>{kept});
    CHECK(room.M().scores.size() == 2);
    for (const Score& s : room.M().scores) CHECK(s.concernId != removed);
    CHECK(HoldersOf(room.M(), removed).empty());
    CHECK(HoldersOf(room.M(), other) == std::vector<Id>{Room::kPartyA});
    room.Reopen();
    CHECK(Record(room.M()) == after);
  }

  SUBCASE("undo brings back the concern, its scores and its holders, also after reopening") {
    room.W().Undo();
    CHECK(Record(room.M()) == before);
    room.W().Redo();
    CHECK(Record(room.M()) == after);
    room.Reopen();
    room.W().Undo();
    CHECK(Record(room.M()) == before);
    room.Reopen();
    CHECK(Record(room.M()) == before);
  }
}

TEST_CASE("RemoveParty is refused while the party has concerns on record") {
  Room room;
  Id third = room.W().AddParty();
  Id concern = room.Need(third, "A say in the river commission");

  SUBCASE("refused, changing nothing") {
    room.CheckRefused([&](Workshop& w) { w.RemoveParty(third); });
    CHECK(room.M().FindParty(third) != nullptr);
  }

  SUBCASE("also while it holds another party's concern as common ground") {
    room.W().RemoveConcern(concern);
    Id shared = room.Need(Room::kPartyA, "Clean water downstream");
    room.W().SetHeldBy(shared, third, true);
    room.CheckRefused([&](Workshop& w) { w.RemoveParty(third); });
    CHECK(HoldersOf(room.M(), shared) == std::vector<Id>{third});
  }

  SUBCASE("allowed once its concerns are removed") {
    room.W().RemoveConcern(concern);
    room.W().RemoveParty(third);
    CHECK(room.M().FindParty(third) == nullptr);
  }
}

// [warnings] ----------------------------------------------------------------------------------

TEST_CASE("Warnings of the needs and fears phase: concerns stated and restated") {
  Room room;
  auto warnings = [&] { return PhaseWarnings(room.M(), room.session, Phase::NeedsFears); };

  SUBCASE("each party that has stated nothing yet is named, and the phase is not started") {
    std::vector<std::string> w = warnings();
    INFO("warnings: " << Join(w));
    REQUIRE(w.size() == 2);
    CHECK(w[0].find("First party has stated no") == 0);
    CHECK(w[1].find("Second party has stated no") == 0);
    CHECK(ShownStatus(room.M(), room.session, Phase::NeedsFears) == PhaseStatus::NotStarted);
  }

  SUBCASE("a party with needs but no fears, and one with fears but no needs") {
    room.Need(Room::kPartyA, "Safe drinking water");
    room.Fear(Room::kPartyB, "Being blamed for the spill");
    std::vector<std::string> w = warnings();
    INFO("warnings: " << Join(w));
    REQUIRE(w.size() >= 2);
    CHECK(w[0] == "First party has stated no fears yet");
    CHECK(w[1] == "Second party has stated no needs yet");
    CHECK(ShownStatus(room.M(), room.session, Phase::NeedsFears) == PhaseStatus::InProgress);
  }

  SUBCASE("how many concerns the other side has not restated yet") {
    Id a1 = room.Need(Room::kPartyA, "Safe drinking water");
    Id a2 = room.Fear(Room::kPartyA, "Losing the fishing grounds");
    Id b1 = room.Need(Room::kPartyB, "Jobs at the plant");
    Id b2 = room.Fear(Room::kPartyB, "Being blamed for the spill");
    CHECK(warnings() ==
          std::vector<std::string>{"4 concerns have not been restated by the other side yet"});
    for (Id c : {a1, a2, b1}) room.W().SetAcknowledged(c, true);
    CHECK(warnings() ==
          std::vector<std::string>{"1 concern has not been restated by the other side yet"});
    room.W().SetAcknowledged(b2, true);
    CHECK(warnings().empty());
  }
}

// [undo] --------------------------------------------------------------------------------------

namespace {

Id FirstConcern(const Room& r) {
  return r.M().concerns.front().id;
}

const std::vector<EditCase>& ConcernEdits() {
  auto concern = [](Room& r) { r.Fear(Room::kPartyA, "The dam must be torn down"); };
  auto twoEach = [](Room& r) {
    r.Need(Room::kPartyA, "Safe drinking water");
    r.Fear(Room::kPartyA, "Losing the fishing grounds");
    r.Need(Room::kPartyB, "Jobs at the plant");
    r.Fear(Room::kPartyB, "Being blamed for the spill");
  };
  static const std::vector<EditCase> cases = {
      {"AddConcern need", {}, [](Room& r) { r.Need(Room::kPartyB, "Jobs at the plant", 4); }},
      {"AddConcern fear", concern,
       [](Room& r) { r.Fear(Room::kPartyA, "Losing the fishing grounds"); }},
      {"RemoveConcern", concern, [](Room& r) { r.W().RemoveConcern(FirstConcern(r)); }},
      {"SetConcernKind", concern,
       [](Room& r) { r.W().SetConcernKind(FirstConcern(r), ConcernKind::Need); }},
      {"SetConcernCategory", concern,
       [](Room& r) { r.W().SetConcernCategory(FirstConcern(r), 1); }},
      {"RankConcern", twoEach,
       [](Room& r) { r.W().RankConcern(r.Priorities(Room::kPartyA)[1], 0); }},
      {"SetAcknowledged", concern, [](Room& r) { r.W().SetAcknowledged(FirstConcern(r), true); }},
      {"SetHeldBy", concern,
       [](Room& r) { r.W().SetHeldBy(FirstConcern(r), Room::kPartyB, true); }},
      {"SetHeldBy unmark",
       [concern](Room& r) {
         concern(r);
         r.W().SetHeldBy(FirstConcern(r), Room::kPartyB, true);
       },
       [](Room& r) { r.W().SetHeldBy(FirstConcern(r), Room::kPartyB, false); }},
      {"RewordAsNeed", concern,
       [](Room& r) { r.W().RewordAsNeed(FirstConcern(r), "Safety from floods"); }},
      {"MarkAsPosition", concern, [](Room& r) { r.W().MarkAsPosition(FirstConcern(r)); }},
      {"LinkStory",
       [concern](Room& r) {
         concern(r);
         r.W().AddStory(r.session, r.a1, "The flood took his workshop.", {});
       },
       [](Room& r) { r.W().LinkStory(FirstConcern(r), r.M().stories.front().id); }},
      {"SetInMatrix pick", concern, [](Room& r) { r.W().SetInMatrix(FirstConcern(r), 1); }},
      {"SetInMatrix leave out", concern, [](Room& r) { r.W().SetInMatrix(FirstConcern(r), 0); }},
      {"AddCategory", {}, [](Room& r) { r.W().AddCategory("Water"); }},
      {"SetText(CategoryName)",
       {},
       [](Room& r) { r.W().SetText(Field::CategoryName, 8, "Anything else"); }},
      {"SetText(ConcernText)", concern,
       [](Room& r) { r.W().SetText(Field::ConcernText, FirstConcern(r), "No more floods"); }},
      {"SetText(ConcernStatedPosition)", concern,
       [](Room& r) {
         r.W().SetText(Field::ConcernStatedPosition, FirstConcern(r), "Tear it down");
       }},
      {"SetText(ConcernNotes)", concern,
       [](Room& r) { r.W().SetText(Field::ConcernNotes, FirstConcern(r), "Said with anger."); }},
      {"SetText(ConcernRestatement)", concern,
       [](Room& r) {
         r.W().SetText(Field::ConcernRestatement, FirstConcern(r), "You fear the water.");
       }},
  };
  return cases;
}

}  // namespace

TEST_CASE("Undo and redo of every concern edit, also after reopening") {
  for (const EditCase& c : ConcernEdits()) {
    SUBCASE(c.name) {
      CheckUndoRedo(c);
    }
  }
}
