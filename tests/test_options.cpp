// Options: the brainstorm (who proposed, merging, clusters), each party's scores, the concerns of
// the matrix, the ranking by the worst-off party, constraints and steps, the steps carried over
// to the next session, the warnings of the options phase, and undo of every edit.
//
// Sections: [brainstorm] AddOption, RemoveOption  [merge]  [clusters]  [scores]
//           [matrix] MatrixConcerns, TopConcerns  [ranking] RankOptions  [constraints]
//           [steps]  [carry-over] OpenStepsBefore  [warnings]  [undo]
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "core/common/error.hpp"
#include "core/method/option_ranking.hpp"
#include "core/method/phase_checks.hpp"
#include "core/store/workshop.hpp"
#include "room.hpp"
#include "temp_dir.hpp"
#include "workshop_probe.hpp"

using namespace parley;
using namespace parley::test;
using namespace std::chrono_literals;

namespace {

// The options RankOptions ranks, best first.
std::vector<Id> Ranked(const Model& m) {
  std::vector<Id> ids;
  for (const OptionStanding& s : RankOptions(m)) ids.push_back(s.optionId);
  return ids;
}

// The standing of `option` (the test fails, rather than crash, when it is not ranked).
OptionStanding StandingOf(const Model& m, Id option) {
  for (const OptionStanding& s : RankOptions(m))
    if (s.optionId == option) return s;
  FAIL("option " << option << " is not ranked");
  return {};
}

std::vector<Id> Ids(const std::vector<const Step*>& steps) {
  std::vector<Id> ids;
  for (const Step* s : steps) ids.push_back(s->id);
  return ids;
}

const Step& StepOf(const Model& m, Id id) {
  auto it = std::find_if(m.steps.begin(), m.steps.end(), [&](const Step& s) { return s.id == id; });
  REQUIRE_MESSAGE(it != m.steps.end(), "no step " << id);
  return *it;
}

const Constraint* FindConstraint(const Model& m, Id id) {
  for (const Constraint& c : m.constraints)
    if (c.id == id) return &c;
  return nullptr;
}

// The score of `option` on `concern`, if any.
std::optional<int> ScoreOf(const Model& m, Id option, Id concern) {
  for (const Score& s : m.scores)
    if (s.optionId == option && s.concernId == concern) return s.value;
  return std::nullopt;
}

// A room for the matrix: each of the two parties has three concerns (a[0..2], b[0..2], most
// important first), and the matrix starts from each party's top two, so a[2] and b[2] are not
// top concerns.
struct MatrixRoom : Room {
  Id a[3] = {}, b[3] = {};
  MatrixRoom() {
    a[0] = Need(kPartyA, "Safe drinking water");
    a[1] = Fear(kPartyA, "Losing the fishing grounds");
    a[2] = Need(kPartyA, "A say in the river commission");
    b[0] = Need(kPartyB, "Jobs at the plant");
    b[1] = Fear(kPartyB, "Being blamed for the spill");
    b[2] = Need(kPartyB, "Recognition of the flooded villages");
    W().SetMatrixTop(2);
  }
  void Score(Id option, Id concern, int value) { W().SetScore(option, concern, value); }
  // Scores `option` on both top concerns of party A with `forA` and of party B with `forB`,
  // so that the party means are exactly those values.
  void ScoreBoth(Id option, int forA, int forB) {
    Score(option, a[0], forA);
    Score(option, a[1], forA);
    Score(option, b[0], forB);
    Score(option, b[1], forB);
  }
};

}  // namespace

// [brainstorm] --------------------------------------------------------------------------------

TEST_CASE("AddOption records an option in brainstorm order") {
  Room room;

  SUBCASE("without a proposer: nobody is named") {
    Id first = room.Propose("A joint water authority");
    Id second = room.Propose("An independent study of the spill");
    const Option& o = room.OptionOf(first);
    CHECK(o.text == "A joint water authority");
    CHECK(o.sessionId == room.session);
    CHECK(o.proposedByPartyId == 0);
    CHECK(o.clusterId == 0);
    CHECK(o.mergedIntoId == 0);
    CHECK(room.M().options.size() == 2);
    CHECK(room.M().options[0].id == first);
    CHECK(room.M().options[1].id == second);
    room.Reopen();
    CHECK(room.M().options[0].id == first);
    CHECK(room.M().options[1].id == second);
    CHECK(room.OptionOf(first).proposedByPartyId == 0);
  }

  SUBCASE("with a proposer, once the facilitators chose to record it") {
    CHECK_FALSE(room.M().info.recordProposer);
    room.W().SetRecordProposer(true);
    CHECK(room.M().info.recordProposer);
    Id option = room.W().AddOption(room.session, "Seasonal fishing permits", Room::kPartyB);
    CHECK(room.OptionOf(option).proposedByPartyId == Room::kPartyB);
    room.Reopen();
    CHECK(room.M().info.recordProposer);
    CHECK(room.OptionOf(option).proposedByPartyId == Room::kPartyB);
  }

  SUBCASE("SetRecordProposer switches back off, and to what it is is no edit") {
    room.W().SetRecordProposer(true);
    room.W().SetRecordProposer(false);
    CHECK_FALSE(room.M().info.recordProposer);
    std::string undoLabel = room.W().UndoLabel();
    room.W().SetRecordProposer(false);
    CHECK(room.W().UndoLabel() == undoLabel);
    room.Reopen();
    CHECK_FALSE(room.M().info.recordProposer);
  }

  SUBCASE("in a session that does not exist is refused") {
    room.CheckRefused([](Workshop& w) { w.AddOption(42, "Anything", 0); });
  }

  SUBCASE("SetText(OptionText) rewords it") {
    Id option = room.Propose("A joint water authority");
    room.W().SetText(Field::OptionText, option, "A joint authority for the whole basin");
    room.Reopen();
    CHECK(room.OptionOf(option).text == "A joint authority for the whole basin");
  }
}

TEST_CASE("RemoveOption") {
  Room room;
  Id need = room.Need(Room::kPartyA, "Safe drinking water");
  Id option = room.Propose("A joint water authority");
  Id other = room.Propose("An independent study of the spill");

  SUBCASE("removes an option nobody has weighed yet") {
    room.W().RemoveOption(option);
    CHECK(room.M().FindOption(option) == nullptr);
    CHECK(room.M().options.size() == 1);
    room.Reopen();
    CHECK(room.M().FindOption(option) == nullptr);
  }

  SUBCASE("is refused once scored") {
    room.W().SetScore(option, need, 1);
    room.CheckRefused([&](Workshop& w) { w.RemoveOption(option); });
  }

  SUBCASE("is refused with a step, a constraint or an option merged into it") {
    Id step = room.W().AddStep(option, room.session, "Draft the charter");
    room.CheckRefused([&](Workshop& w) { w.RemoveOption(option); });
    room.W().RemoveStep(step);
    Id constraint =
        room.W().AddConstraint(option, Room::kPartyB, ConstraintKind::Political, "Elections");
    room.CheckRefused([&](Workshop& w) { w.RemoveOption(option); });
    room.W().RemoveConstraint(constraint);
    room.W().MergeOption(other, option);
    room.CheckRefused([&](Workshop& w) { w.RemoveOption(option); });
  }

  SUBCASE("is allowed again once the score is cleared") {
    room.W().SetScore(option, need, 1);
    room.W().ClearScore(option, need);
    room.W().RemoveOption(option);
    CHECK(room.M().FindOption(option) == nullptr);
  }
}

// [merge] -------------------------------------------------------------------------------------

TEST_CASE("Merging options") {
  Room room;
  Id authority = room.Propose("A joint water authority");
  Id commission = room.Propose("A river commission with both towns");
  Id board = room.Propose("A shared board for the dam");

  SUBCASE("MergeOption keeps both texts and shows the merged one under the other") {
    room.W().MergeOption(commission, authority);
    CHECK(room.OptionOf(commission).mergedIntoId == authority);
    CHECK(room.OptionOf(commission).text == "A river commission with both towns");
    CHECK(room.OptionOf(authority).text == "A joint water authority");
    CHECK(room.OptionOf(authority).mergedIntoId == 0);
    CHECK(Ranked(room.M()) == std::vector<Id>{authority, board});
    room.Reopen();
    CHECK(room.OptionOf(commission).mergedIntoId == authority);
  }

  SUBCASE("merging an option that others were merged into takes them along: no chains") {
    room.W().MergeOption(commission, authority);
    room.W().MergeOption(authority, board);
    CHECK(room.OptionOf(authority).mergedIntoId == board);
    CHECK(room.OptionOf(commission).mergedIntoId == board);
    CHECK(Ranked(room.M()) == std::vector<Id>{board});
    room.Reopen();
    CHECK(room.OptionOf(commission).mergedIntoId == board);
    room.W().Undo();
    CHECK(room.OptionOf(authority).mergedIntoId == 0);
    CHECK(room.OptionOf(commission).mergedIntoId == authority);
  }

  SUBCASE("merging into an option that is itself merged is refused") {
    room.W().MergeOption(commission, authority);
    room.CheckRefused([&](Workshop& w) { w.MergeOption(board, commission); });
    // Nor can the option merged into be merged into what was merged into it.
    room.CheckRefused([&](Workshop& w) { w.MergeOption(authority, commission); });
  }

  SUBCASE("merging an option into itself changes nothing") {
    std::string before = Record(room.M());
    room.W().MergeOption(authority, authority);
    CHECK(Record(room.M()) == before);
  }

  SUBCASE("UnmergeOption shows it on its own again") {
    room.W().MergeOption(commission, authority);
    room.W().UnmergeOption(commission);
    CHECK(room.OptionOf(commission).mergedIntoId == 0);
    CHECK(Ranked(room.M()) == std::vector<Id>{authority, commission, board});
    room.Reopen();
    CHECK(room.OptionOf(commission).mergedIntoId == 0);
    room.W().Undo();
    CHECK(room.OptionOf(commission).mergedIntoId == authority);
  }
}

// [clusters] ----------------------------------------------------------------------------------

TEST_CASE("Clusters of options") {
  Room room;
  Id option = room.Propose("A joint water authority");

  SUBCASE("AddCluster adds them in order, SetOptionCluster puts an option in one, 0 takes it out") {
    Id institutions = room.W().AddCluster("Institutions");
    Id economy = room.W().AddCluster("Economy");
    REQUIRE(room.M().clusters.size() == 2);
    CHECK(room.M().clusters[0].id == institutions);
    CHECK(room.M().clusters[1].id == economy);
    CHECK(room.M().clusters[1].position > room.M().clusters[0].position);
    room.W().SetOptionCluster(option, institutions);
    CHECK(room.OptionOf(option).clusterId == institutions);
    room.Reopen();
    CHECK(room.OptionOf(option).clusterId == institutions);
    room.W().SetOptionCluster(option, 0);
    CHECK(room.OptionOf(option).clusterId == 0);
    room.W().Undo();
    CHECK(room.OptionOf(option).clusterId == institutions);
  }

  SUBCASE("SetText(ClusterName) renames one") {
    Id cluster = room.W().AddCluster("Institutions");
    room.W().SetText(Field::ClusterName, cluster, "Shared institutions");
    room.Reopen();
    CHECK(room.M().clusters.front().name == "Shared institutions");
  }
}

// [scores] ------------------------------------------------------------------------------------

TEST_CASE("Scores of options") {
  Room room;
  Id need = room.Need(Room::kPartyA, "Safe drinking water");
  Id option = room.Propose("A joint water authority");

  SUBCASE("every value from -2 to +2 is kept") {
    for (int value = -2; value <= 2; ++value) {
      CAPTURE(value);
      room.W().SetScore(option, need, value);
      CHECK(ScoreOf(room.M(), option, need) == value);
      room.Reopen();
      CHECK(ScoreOf(room.M(), option, need) == value);
    }
  }

  SUBCASE("3 and -3 are refused, changing nothing") {
    room.CheckRefused([&](Workshop& w) { w.SetScore(option, need, 3); });
    room.CheckRefused([&](Workshop& w) { w.SetScore(option, need, -3); });
    room.W().SetScore(option, need, 1);
    room.CheckRefused([&](Workshop& w) { w.SetScore(option, need, 3); });
    CHECK(ScoreOf(room.M(), option, need) == 1);
  }

  SUBCASE("a new score replaces the old one; undo brings the old one back") {
    room.W().SetScore(option, need, 2);
    room.W().SetScore(option, need, -1);
    CHECK(room.M().scores.size() == 1);
    CHECK(ScoreOf(room.M(), option, need) == -1);
    room.Reopen();
    CHECK(room.M().scores.size() == 1);
    room.W().Undo();
    CHECK(ScoreOf(room.M(), option, need) == 2);
    room.W().Redo();
    CHECK(ScoreOf(room.M(), option, need) == -1);
  }

  SUBCASE("the score it already has is no edit") {
    room.W().SetScore(option, need, 1);
    room.W().SetAcknowledged(need, true);
    std::string before = Record(room.M());
    room.W().SetScore(option, need, 1);
    CHECK(Record(room.M()) == before);
    CHECK(room.W().UndoLabel() == "mark acknowledged");
  }

  SUBCASE("ClearScore removes it; undo brings it back") {
    room.W().SetScore(option, need, -2);
    room.W().ClearScore(option, need);
    CHECK_FALSE(ScoreOf(room.M(), option, need).has_value());
    room.Reopen();
    CHECK_FALSE(ScoreOf(room.M(), option, need).has_value());
    room.W().Undo();
    CHECK(ScoreOf(room.M(), option, need) == -2);
  }

  SUBCASE("SetText(ScoreNote) keeps a note with the score") {
    room.W().SetScore(option, need, 1);
    Id score = room.M().scores.front().id;
    room.W().SetText(Field::ScoreNote, score, "Only if the authority has a budget");
    room.W().SetScore(option, need, 2);
    room.Reopen();
    REQUIRE(room.M().scores.size() == 1);
    CHECK(room.M().scores.front().note == "Only if the authority has a budget");
    CHECK(room.M().scores.front().value == 2);
  }
}

// [matrix] ------------------------------------------------------------------------------------

TEST_CASE("MatrixConcerns and TopConcerns") {
  Room room;
  Id a[4], b[2];
  for (int i = 0; i < 4; ++i) a[i] = room.Need(Room::kPartyA, "A need " + std::to_string(i + 1));
  for (int i = 0; i < 2; ++i) b[i] = room.Fear(Room::kPartyB, "B fear " + std::to_string(i + 1));

  SUBCASE("each party's top three by priority, party by party") {
    CHECK(room.M().info.matrixTop == 3);
    CHECK(MatrixConcerns(room.M()) == std::vector<Id>{a[0], a[1], a[2], b[0], b[1]});
    CHECK(TopConcerns(room.M()) == std::vector<Id>{a[0], a[1], a[2], b[0], b[1]});
  }

  SUBCASE("SetMatrixTop changes how many of each party's concerns are top") {
    room.W().SetMatrixTop(2);
    CHECK(room.M().info.matrixTop == 2);
    CHECK(MatrixConcerns(room.M()) == std::vector<Id>{a[0], a[1], b[0], b[1]});
    CHECK(TopConcerns(room.M()) == std::vector<Id>{a[0], a[1], b[0], b[1]});
    room.Reopen();
    CHECK(room.M().info.matrixTop == 2);
    room.W().Undo();
    CHECK(room.M().info.matrixTop == 3);
  }

  SUBCASE("SetMatrixTop keeps to 1..10, and to what it is is no edit") {
    room.W().SetMatrixTop(0);
    CHECK(room.M().info.matrixTop == 1);
    CHECK(MatrixConcerns(room.M()) == std::vector<Id>{a[0], b[0]});
    room.W().SetMatrixTop(11);
    CHECK(room.M().info.matrixTop == 10);
    room.W().RankConcern(a[3], 0);  // another edit, so that a new step would show
    room.W().SetMatrixTop(10);
    CHECK(room.W().UndoLabel() == "change priority");
  }

  SUBCASE("a concern picked by hand joins the matrix, but is no top concern") {
    room.W().SetMatrixTop(2);
    room.W().SetInMatrix(a[3], 1);
    CHECK(MatrixConcerns(room.M()) == std::vector<Id>{a[0], a[1], a[3], b[0], b[1]});
    CHECK(TopConcerns(room.M()) == std::vector<Id>{a[0], a[1], b[0], b[1]});
  }

  SUBCASE("a concern left out leaves the matrix, and its place stays empty") {
    room.W().SetMatrixTop(2);
    room.W().SetInMatrix(a[0], 0);
    CHECK(MatrixConcerns(room.M()) == std::vector<Id>{a[1], b[0], b[1]});
    CHECK(TopConcerns(room.M()) == std::vector<Id>{a[0], a[1], b[0], b[1]});
    room.W().SetInMatrix(a[0], -1);
    CHECK(MatrixConcerns(room.M()) == std::vector<Id>{a[0], a[1], b[0], b[1]});
  }

  SUBCASE("ranking a concern up brings it into the top") {
    room.W().RankConcern(a[3], 0);
    CHECK(MatrixConcerns(room.M()) == std::vector<Id>{a[3], a[0], a[1], b[0], b[1]});
    CHECK(TopConcerns(room.M()) == std::vector<Id>{a[3], a[0], a[1], b[0], b[1]});
  }

  SUBCASE("parties come in their screen order") {
    room.W().MoveParty(Room::kPartyB, -1);
    CHECK(MatrixConcerns(room.M()) == std::vector<Id>{b[0], b[1], a[0], a[1], a[2]});
  }
}

// [ranking] -----------------------------------------------------------------------------------

TEST_CASE("RankOptions with two parties") {
  MatrixRoom room;

  SUBCASE("a party's mean is over its scored matrix concerns only") {
    Id option = room.Propose("A joint water authority");
    room.Score(option, room.a[0], 2);
    room.Score(option, room.a[1], 0);
    room.Score(option, room.a[2], -2);  // not in the matrix
    room.Score(option, room.b[0], 1);   // b[1] not scored yet
    OptionStanding s = StandingOf(room.M(), option);
    REQUIRE(s.byParty.size() == 2);
    CHECK(s.byParty[0] == 1.0);
    CHECK(s.byParty[1] == 1.0);
    CHECK(s.worst == 1.0);
    CHECK(s.total == 2.0);
    CHECK(s.rank == 1);
  }

  SUBCASE("the option the worst-off party fares best with ranks first, whatever the total") {
    Id lopsided = room.Propose("Move the plant upstream");  // A +2, B 0: total 2, worst 0
    Id balanced = room.Propose("A joint water authority");  // A +1, B +0.5: total 1.5, worst 0.5
    room.ScoreBoth(lopsided, 2, 0);
    room.ScoreBoth(balanced, 1, 1);
    room.Score(balanced, room.b[1], 0);
    CHECK(StandingOf(room.M(), balanced).worst == 0.5);
    CHECK(Ranked(room.M()) == std::vector<Id>{balanced, lopsided});
    CHECK(StandingOf(room.M(), balanced).rank == 1);
    CHECK(StandingOf(room.M(), lopsided).rank == 2);
  }

  SUBCASE("with equal worst-off means, the higher total first") {
    Id low = room.Propose("A study");  // A 0, B 0
    Id high = room.Propose("A fund");  // A 0, B +2
    room.ScoreBoth(low, 0, 0);
    room.ScoreBoth(high, 0, 2);
    CHECK(Ranked(room.M()) == std::vector<Id>{high, low});
  }

  SUBCASE("full ties keep the brainstorm order") {
    // More options than a sort handles by insertion, so that an unstable sort would show.
    std::vector<Id> brainstorm;
    for (int i = 0; i < 20; ++i)
      brainstorm.push_back(room.Propose("Option " + std::to_string(i + 1)));
    for (auto it = brainstorm.rbegin(); it != brainstorm.rend(); ++it) room.ScoreBoth(*it, 1, -1);
    CHECK(Ranked(room.M()) == brainstorm);
    std::vector<int> ranks;
    for (const OptionStanding& s : RankOptions(room.M())) ranks.push_back(s.rank);
    CHECK(ranks.front() == 1);
    CHECK(ranks.back() == 20);
  }

  SUBCASE("options not scored by every party come after those that are, by total") {
    Id onlyA = room.Propose("Liked by A, B not asked");          // A +2 only
    Id onlyB = room.Propose("Liked by B, A not asked");          // B +1 only
    Id outsideMatrix = room.Propose("A scored off the matrix");  // A on a[2] only, B 0
    Id scored = room.Propose("Disliked by both");                // A -1, B -1
    room.Score(onlyA, room.a[0], 2);
    room.Score(onlyB, room.b[0], 1);
    room.Score(outsideMatrix, room.a[2], 2);
    room.Score(outsideMatrix, room.b[0], 0);
    room.ScoreBoth(scored, -1, -1);
    CHECK(Ranked(room.M()) == std::vector<Id>{scored, onlyA, onlyB, outsideMatrix});
    OptionStanding a = StandingOf(room.M(), onlyA);
    CHECK_FALSE(a.worst.has_value());
    CHECK(a.byParty[0] == 2.0);
    CHECK_FALSE(a.byParty[1].has_value());
    CHECK_FALSE(StandingOf(room.M(), outsideMatrix).byParty[0].has_value());
    CHECK(StandingOf(room.M(), scored).worst == -1.0);
  }

  SUBCASE("meets every party: each party +1 or more on one of its top concerns") {
    Id option = room.Propose("A joint water authority");
    room.Score(option, room.a[1], 1);
    room.Score(option, room.a[0], -1);
    room.Score(option, room.b[0], 2);
    CHECK(StandingOf(room.M(), option).meetsEveryParty);
  }

  SUBCASE("a +2 on a concern that is not a top one does not meet the party") {
    Id option = room.Propose("A joint water authority");
    room.W().SetInMatrix(room.b[2], 1);  // in the matrix, but not a top concern
    room.Score(option, room.a[0], 1);
    room.Score(option, room.b[2], 2);
    room.Score(option, room.b[0], 0);
    OptionStanding s = StandingOf(room.M(), option);
    CHECK(s.byParty[1] == 1.0);      // it counts in the mean ...
    CHECK_FALSE(s.meetsEveryParty);  // ... not as meeting B
  }

  SUBCASE("0 does not meet a party, and one party met is not every party") {
    Id option = room.Propose("A joint water authority");
    room.ScoreBoth(option, 2, 0);
    CHECK_FALSE(StandingOf(room.M(), option).meetsEveryParty);
  }

  SUBCASE("a party's -2 on a top concern marks the option dreaded") {
    Id option = room.Propose("Move the plant upstream");
    room.ScoreBoth(option, 2, 2);
    CHECK_FALSE(StandingOf(room.M(), option).dreaded);
    room.Score(option, room.b[1], -2);
    CHECK(StandingOf(room.M(), option).dreaded);
  }

  SUBCASE("a -2 on a concern that is not a top one does not") {
    Id option = room.Propose("Move the plant upstream");
    room.W().SetInMatrix(room.a[2], 1);
    room.ScoreBoth(option, 1, 1);
    room.Score(option, room.a[2], -2);
    room.Score(option, room.b[0], -1);
    CHECK_FALSE(StandingOf(room.M(), option).dreaded);
  }

  SUBCASE("merged options are not ranked, nor their scores counted for the other") {
    Id kept = room.Propose("A joint water authority");
    Id merged = room.Propose("A river commission");
    room.ScoreBoth(merged, 2, 2);
    room.W().MergeOption(merged, kept);
    CHECK(Ranked(room.M()) == std::vector<Id>{kept});
    CHECK_FALSE(StandingOf(room.M(), kept).worst.has_value());
  }
}

TEST_CASE("RankOptions with three parties") {
  MatrixRoom room;
  Id third = room.W().AddParty();
  Id c0 = room.Need(third, "Fishing rights at the delta");
  Id c1 = room.Fear(third, "Being left out of the deal");
  Id both = room.Propose("Scored by the first two only");
  Id all = room.Propose("Scored by all three");
  room.ScoreBoth(both, 2, 2);
  room.ScoreBoth(all, 1, 2);
  room.Score(all, c0, 0);
  room.Score(all, c1, 0);

  SUBCASE("an option the third party has not scored comes after one it has") {
    CHECK(Ranked(room.M()) == std::vector<Id>{all, both});
    CHECK_FALSE(StandingOf(room.M(), both).worst.has_value());
    REQUIRE(StandingOf(room.M(), all).byParty.size() == 3);
    CHECK(StandingOf(room.M(), all).byParty[2] == 0.0);
  }

  SUBCASE("the worst-off of the three decides") {
    room.Score(both, c0, -1);
    room.Score(both, c1, 1);  // the third party's mean: 0; A's and B's: 2
    room.Score(all, c1, -2);  // the third party's mean: -1
    CHECK(StandingOf(room.M(), both).worst == 0.0);
    CHECK(StandingOf(room.M(), all).worst == -1.0);
    CHECK(Ranked(room.M()) == std::vector<Id>{both, all});
    CHECK(StandingOf(room.M(), all).dreaded);
  }

  SUBCASE("meeting every party includes the third") {
    CHECK_FALSE(StandingOf(room.M(), all).meetsEveryParty);
    room.Score(all, c1, 1);
    CHECK(StandingOf(room.M(), all).meetsEveryParty);
  }
}

// [constraints] -------------------------------------------------------------------------------

TEST_CASE("Constraints on an option") {
  Room room;
  Id option = room.Propose("A joint water authority");

  SUBCASE("AddConstraint records the party, kind and text") {
    Id constraint = room.W().AddConstraint(option, Room::kPartyB, ConstraintKind::Psychological,
                                           "Trusting officials from across the river");
    const Constraint* c = FindConstraint(room.M(), constraint);
    REQUIRE(c != nullptr);
    CHECK(c->optionId == option);
    CHECK(c->partyId == Room::kPartyB);
    CHECK(c->kind == ConstraintKind::Psychological);
    CHECK(c->text == "Trusting officials from across the river");
    room.Reopen();
    REQUIRE(FindConstraint(room.M(), constraint) != nullptr);
    CHECK(FindConstraint(room.M(), constraint)->kind == ConstraintKind::Psychological);
  }

  SUBCASE("SetText(ConstraintText) edits it, RemoveConstraint removes it") {
    Id constraint =
        room.W().AddConstraint(option, Room::kPartyA, ConstraintKind::Political, "Elections");
    room.W().SetText(Field::ConstraintText, constraint, "Municipal elections in May");
    room.Reopen();
    CHECK(FindConstraint(room.M(), constraint)->text == "Municipal elections in May");
    room.W().RemoveConstraint(constraint);
    CHECK(FindConstraint(room.M(), constraint) == nullptr);
    room.Reopen();
    CHECK(FindConstraint(room.M(), constraint) == nullptr);
    room.W().Undo();
    REQUIRE(FindConstraint(room.M(), constraint) != nullptr);
    CHECK(FindConstraint(room.M(), constraint)->text == "Municipal elections in May");
  }

  SUBCASE("for an option or party that does not exist is refused") {
    room.CheckRefused(
        [](Workshop& w) { w.AddConstraint(42, Room::kPartyA, ConstraintKind::Political, "x"); });
    room.CheckRefused(
        [&](Workshop& w) { w.AddConstraint(option, 42, ConstraintKind::Political, "x"); });
  }
}

// [steps] -------------------------------------------------------------------------------------

TEST_CASE("Steps: what, who, by when") {
  Room room;
  Id option = room.Propose("A joint water authority");
  Id step = room.W().AddStep(option, room.session, "Draft a charter for the authority");

  SUBCASE("AddStep records an open step of the group, without a date") {
    const Step& s = StepOf(room.M(), step);
    CHECK(s.optionId == option);
    CHECK(s.sessionId == room.session);
    CHECK(s.text == "Draft a charter for the authority");
    CHECK(s.whoParticipantId == 0);
    CHECK(s.whoPartyId == 0);
    CHECK(s.due.empty());
    CHECK(s.status == StepStatus::Open);
    room.Reopen();
    CHECK(StepOf(room.M(), step).text == "Draft a charter for the authority");
  }

  SUBCASE("for an option or session that does not exist is refused") {
    room.CheckRefused([](Workshop& w) { w.AddStep(42, 1, "x"); });
    room.CheckRefused([&](Workshop& w) { w.AddStep(option, 42, "x"); });
  }

  SUBCASE("SetStepWho: a participant clears the party, a party clears the participant") {
    room.W().SetStepWho(step, 0, Room::kPartyB);
    CHECK(StepOf(room.M(), step).whoPartyId == Room::kPartyB);
    CHECK(StepOf(room.M(), step).whoParticipantId == 0);
    room.W().SetStepWho(step, room.a2, 0);
    CHECK(StepOf(room.M(), step).whoParticipantId == room.a2);
    CHECK(StepOf(room.M(), step).whoPartyId == 0);
    room.Reopen();
    CHECK(StepOf(room.M(), step).whoParticipantId == room.a2);
    CHECK(StepOf(room.M(), step).whoPartyId == 0);
    room.W().SetStepWho(step, 0, Room::kPartyA);
    CHECK(StepOf(room.M(), step).whoParticipantId == 0);
    CHECK(StepOf(room.M(), step).whoPartyId == Room::kPartyA);
  }

  SUBCASE("SetStepWho with both given keeps only the participant") {
    room.W().SetStepWho(step, room.b1, Room::kPartyA);
    CHECK(StepOf(room.M(), step).whoParticipantId == room.b1);
    CHECK(StepOf(room.M(), step).whoPartyId == 0);
  }

  SUBCASE("SetStepWho with neither gives it back to the group") {
    room.W().SetStepWho(step, room.b1, 0);
    room.W().SetStepWho(step, 0, 0);
    CHECK(StepOf(room.M(), step).whoParticipantId == 0);
    CHECK(StepOf(room.M(), step).whoPartyId == 0);
    room.Reopen();
    CHECK(StepOf(room.M(), step).whoParticipantId == 0);
    room.W().Undo();
    CHECK(StepOf(room.M(), step).whoParticipantId == room.b1);
  }

  SUBCASE("SetStepStatus marks it done or dropped, and open again") {
    room.W().SetStepStatus(step, StepStatus::Done);
    CHECK(StepOf(room.M(), step).status == StepStatus::Done);
    room.Reopen();
    CHECK(StepOf(room.M(), step).status == StepStatus::Done);
    room.W().SetStepStatus(step, StepStatus::Dropped);
    CHECK(StepOf(room.M(), step).status == StepStatus::Dropped);
    room.W().SetStepStatus(step, StepStatus::Open);
    CHECK(StepOf(room.M(), step).status == StepStatus::Open);
    room.W().Undo();
    CHECK(StepOf(room.M(), step).status == StepStatus::Dropped);
  }

  SUBCASE("the due date and the wording are text fields") {
    room.W().SetText(Field::StepDue, step, "2026-11-30");
    room.W().SetText(Field::StepText, step, "Draft and circulate a charter");
    room.Reopen();
    CHECK(StepOf(room.M(), step).due == "2026-11-30");
    CHECK(StepOf(room.M(), step).text == "Draft and circulate a charter");
  }

  SUBCASE("RemoveStep removes it") {
    room.W().RemoveStep(step);
    CHECK(room.M().steps.empty());
    room.Reopen();
    CHECK(room.M().steps.empty());
  }
}

TEST_CASE("Removing a party or participant the options record names") {
  // The record keeps who proposed an option and who takes a step: removing them is refused in
  // the facilitator's terms, like removing a party with concerns, never a database failure.
  Room room;
  Id third = room.W().AddParty();
  Id c1 = room.W().AddParticipant(third);
  Id option = room.Propose("A joint water authority");

  SUBCASE("a party that proposed an option") {
    room.W().SetRecordProposer(true);
    room.W().AddOption(room.session, "Seasonal fishing permits", third);
    room.W().RemoveParticipant(c1);
    room.CheckRefused([&](Workshop& w) { w.RemoveParty(third); });
  }

  SUBCASE("a party that is to take a step") {
    Id step = room.W().AddStep(option, room.session, "Ask the ministry");
    room.W().SetStepWho(step, 0, third);
    room.W().RemoveParticipant(c1);
    room.CheckRefused([&](Workshop& w) { w.RemoveParty(third); });
  }

  SUBCASE("a participant who is to take a step") {
    Id step = room.W().AddStep(option, room.session, "Ask the ministry");
    room.W().SetStepWho(step, c1, 0);
    room.CheckRefused([&](Workshop& w) { w.RemoveParticipant(c1); });
  }
}

// [carry-over] --------------------------------------------------------------------------------

TEST_CASE("OpenStepsBefore lists what earlier sessions promised and is still open") {
  Room room;  // session 1 is dated 2026-10-12
  Id option = room.Propose("A joint water authority");
  Id open = room.W().AddStep(option, room.session, "Draft a charter");
  Id done = room.W().AddStep(option, room.session, "Ask the mayors");
  Id dropped = room.W().AddStep(option, room.session, "Visit the dam together");
  room.W().SetStepStatus(done, StepStatus::Done);
  room.W().SetStepStatus(dropped, StepStatus::Dropped);
  Id day2 = room.W().AddSession("2026-10-13", "Day 2");
  Id ofDay2 = room.W().AddStep(option, day2, "Share the charter draft");

  SUBCASE("open steps of earlier sessions, not done or dropped ones, not the session's own") {
    CHECK(Ids(OpenStepsBefore(room.M(), day2)) == std::vector<Id>{open});
  }

  SUBCASE("nothing is carried back to an earlier session") {
    CHECK(OpenStepsBefore(room.M(), room.session).empty());
  }

  SUBCASE("a later session gets the open steps of every earlier one") {
    Id day3 = room.W().AddSession("2026-10-20", "Day 3");
    CHECK(Ids(OpenStepsBefore(room.M(), day3)) == std::vector<Id>{open, ofDay2});
    room.W().SetStepStatus(open, StepStatus::Done);
    room.W().SetStepStatus(done, StepStatus::Open);
    CHECK(Ids(OpenStepsBefore(room.M(), day3)) == std::vector<Id>{done, ofDay2});
    room.Reopen();
    CHECK(Ids(OpenStepsBefore(room.M(), day3)) == std::vector<Id>{done, ofDay2});
  }

  SUBCASE("sessions are ordered by date, then by when they were added") {
    Id afternoon = room.W().AddSession("2026-10-13", "Day 2, afternoon");
    CHECK(Ids(OpenStepsBefore(room.M(), afternoon)) == std::vector<Id>{open, ofDay2});
    Id preparatory = room.W().AddSession("2026-10-05", "Preparatory meeting");
    CHECK(OpenStepsBefore(room.M(), preparatory).empty());
    Id ofPreparatory = room.W().AddStep(option, preparatory, "Agree on the venue");
    CHECK(Ids(OpenStepsBefore(room.M(), room.session)) == std::vector<Id>{ofPreparatory});
  }

  SUBCASE("a session that does not exist has nothing carried over") {
    CHECK(OpenStepsBefore(room.M(), 42).empty());
  }
}

// [warnings] ----------------------------------------------------------------------------------

TEST_CASE("Warnings of the options phase") {
  MatrixRoom room;
  auto warnings = [&] { return PhaseWarnings(room.M(), room.session, Phase::Options); };

  SUBCASE("no options, nothing to say, and the phase is not started") {
    CHECK(warnings().empty());
    CHECK(ShownStatus(room.M(), room.session, Phase::Options) == PhaseStatus::NotStarted);
  }

  SUBCASE("options not yet scored by every party") {
    Id first = room.Propose("A joint water authority");
    CHECK(ShownStatus(room.M(), room.session, Phase::Options) == PhaseStatus::InProgress);
    CHECK(warnings() == std::vector<std::string>{"1 option is not yet scored by every party"});
    Id second = room.Propose("A study");
    room.Score(second, room.a[0], 1);  // one party is not every party
    CHECK(warnings() == std::vector<std::string>{"2 options are not yet scored by every party"});
    room.ScoreBoth(first, 1, 1);
    room.ScoreBoth(second, 1, 1);
    INFO("warnings: " << Join(warnings()));
    CHECK(warnings().empty());
  }

  SUBCASE("options dreaded by a party on a top concern") {
    Id option = room.Propose("Move the plant upstream");
    room.ScoreBoth(option, 2, 1);
    room.Score(option, room.b[2], -2);  // not a top concern
    CHECK(warnings().empty());
    room.Score(option, room.b[0], -2);
    CHECK(warnings() ==
          std::vector<std::string>{"1 option is dreaded by a party on a top concern"});
  }

  SUBCASE("a merged option is not counted") {
    Id kept = room.Propose("A joint water authority");
    Id merged = room.Propose("A river commission");
    room.ScoreBoth(kept, 1, 1);
    room.W().MergeOption(merged, kept);
    CHECK(warnings().empty());
  }
}

// [undo] --------------------------------------------------------------------------------------

namespace {

Id FirstOption(const Room& r) {
  return r.M().options.front().id;
}
Id LastOption(const Room& r) {
  return r.M().options.back().id;
}
Id FirstStep(const Room& r) {
  return r.M().steps.front().id;
}

const std::vector<EditCase>& OptionEdits() {
  auto options = [](Room& r) {
    r.Need(Room::kPartyA, "Safe drinking water");
    r.Propose("A joint water authority");
    r.Propose("A river commission");
  };
  auto scored = [options](Room& r) {
    options(r);
    r.W().SetScore(FirstOption(r), r.M().concerns.front().id, 1);
  };
  auto step = [options](Room& r) {
    options(r);
    r.W().AddStep(FirstOption(r), r.session, "Draft a charter");
  };
  auto constraint = [options](Room& r) {
    options(r);
    r.W().AddConstraint(FirstOption(r), Room::kPartyB, ConstraintKind::Political, "Elections");
  };
  static const std::vector<EditCase> cases = {
      {"AddOption", options, [](Room& r) { r.Propose("An independent study"); }},
      {"AddOption with a proposer", [](Room& r) { r.W().SetRecordProposer(true); },
       [](Room& r) { r.W().AddOption(r.session, "Seasonal permits", Room::kPartyB); }},
      {"RemoveOption", options, [](Room& r) { r.W().RemoveOption(LastOption(r)); }},
      {"MergeOption", options, [](Room& r) { r.W().MergeOption(LastOption(r), FirstOption(r)); }},
      {"UnmergeOption",
       [options](Room& r) {
         options(r);
         r.W().MergeOption(LastOption(r), FirstOption(r));
       },
       [](Room& r) { r.W().UnmergeOption(LastOption(r)); }},
      {"AddCluster", {}, [](Room& r) { r.W().AddCluster("Institutions"); }},
      {"SetOptionCluster",
       [options](Room& r) {
         options(r);
         r.W().AddCluster("Institutions");
       },
       [](Room& r) { r.W().SetOptionCluster(FirstOption(r), r.M().clusters.front().id); }},
      {"SetScore", options,
       [](Room& r) { r.W().SetScore(FirstOption(r), r.M().concerns.front().id, -2); }},
      {"SetScore over another", scored,
       [](Room& r) { r.W().SetScore(FirstOption(r), r.M().concerns.front().id, 2); }},
      {"ClearScore", scored,
       [](Room& r) { r.W().ClearScore(FirstOption(r), r.M().concerns.front().id); }},
      {"SetMatrixTop", {}, [](Room& r) { r.W().SetMatrixTop(5); }},
      {"SetRecordProposer", {}, [](Room& r) { r.W().SetRecordProposer(true); }},
      {"AddConstraint", options,
       [](Room& r) {
         r.W().AddConstraint(FirstOption(r), Room::kPartyA, ConstraintKind::Psychological,
                             "Distrust");
       }},
      {"RemoveConstraint", constraint,
       [](Room& r) { r.W().RemoveConstraint(r.M().constraints.front().id); }},
      {"AddStep", options,
       [](Room& r) { r.W().AddStep(FirstOption(r), r.session, "Draft a charter"); }},
      {"SetStepWho participant", step, [](Room& r) { r.W().SetStepWho(FirstStep(r), r.b1, 0); }},
      {"SetStepWho party", step, [](Room& r) { r.W().SetStepWho(FirstStep(r), 0, Room::kPartyA); }},
      {"SetStepStatus", step, [](Room& r) { r.W().SetStepStatus(FirstStep(r), StepStatus::Done); }},
      {"RemoveStep", step, [](Room& r) { r.W().RemoveStep(FirstStep(r)); }},
      {"SetText(OptionText)", options,
       [](Room& r) { r.W().SetText(Field::OptionText, FirstOption(r), "A basin authority"); }},
      {"SetText(ClusterName)", [](Room& r) { r.W().AddCluster("Institutions"); },
       [](Room& r) {
         r.W().SetText(Field::ClusterName, r.M().clusters.front().id, "Shared bodies");
       }},
      {"SetText(ScoreNote)", scored,
       [](Room& r) { r.W().SetText(Field::ScoreNote, r.M().scores.front().id, "With a budget"); }},
      {"SetText(ConstraintText)", constraint,
       [](Room& r) {
         r.W().SetText(Field::ConstraintText, r.M().constraints.front().id, "May elections");
       }},
      {"SetText(StepText)", step,
       [](Room& r) { r.W().SetText(Field::StepText, FirstStep(r), "Circulate it"); }},
      {"SetText(StepDue)", step,
       [](Room& r) { r.W().SetText(Field::StepDue, FirstStep(r), "2026-11-30"); }},
  };
  return cases;
}

}  // namespace

TEST_CASE("Undo and redo of every option edit, also after reopening") {
  for (const EditCase& c : OptionEdits()) {
    SUBCASE(c.name) {
      CheckUndoRedo(c);
    }
  }
}
