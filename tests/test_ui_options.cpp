// The Options view, driven by keys and clicks: brainstorming without scores, weighing options in
// the matrix (each party scoring its own concerns) and reading the ranking, merging and
// clustering options, constraints and steps, and the steps promised last time. Every effect on
// the record is checked in the workshop file, read back through a second opening.
#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "core/method/option_ranking.hpp"
#include "core/store/workshop.hpp"
#include "temp_dir.hpp"
#include "ui_window.hpp"
#include "views/stepper.hpp"

namespace parley::test {

namespace {

// A new workshop (two parties, two participants each, one session) on the Options view.
struct OptionsWindow : Window {
  explicit OptionsWindow(ImVec2 display = ImVec2(1440, 2400)) : Window(display) {
    NewWorkshop("options.parley");
    AddParticipants(2);
    ui.Frame();
    ui.Click("Options");
    REQUIRE(app.screen == ui::Screen::Options);
  }

  const Party& PartyAt(size_t n) const { return Live().parties.at(n); }

  // Concerns come from the Needs & fears phase: recorded here through core, as if stated earlier.
  // Each is followed by a frame, so that the next click aims at the screen as it now is.
  Id Need(size_t party, const std::string& text) {
    return Drawn(W().AddConcern(app.sessionId, PartyAt(party).id, ConcernKind::Need, text, 0));
  }
  Id Fear(size_t party, const std::string& text) {
    return Drawn(W().AddConcern(app.sessionId, PartyAt(party).id, ConcernKind::Fear, text, 0));
  }
  Id Propose(const std::string& text) { return Drawn(W().AddOption(app.sessionId, text, 0)); }
  Id Drawn(Id id) {
    ui.Frame();
    return id;
  }

  // Clicks the score `value` in the cell of `option` under `concern`, which `party` scores.
  void Score(size_t party, const std::string& option, const std::string& concern, int value) {
    ui.Click(ui::ScoreButtonLabel(PartyAt(party).name, value, option, concern));
  }
  // Scores every concern of `party` in `concerns` for `option`, in order.
  void ScoreAll(size_t party, const std::string& option, const std::vector<std::string>& concerns,
                const std::vector<int>& values) {
    REQUIRE(concerns.size() == values.size());
    for (size_t i = 0; i < concerns.size(); ++i) Score(party, option, concerns[i], values[i]);
  }
  // Shows only the columns `party` scores (the matrix toolbar's "<A> only").
  void ShowColumnsOf(size_t party) { ui.Click("Columns of " + PartyAt(party).name); }

  std::string Rank(int rank, const std::string& option) const {
    return "Rank " + std::to_string(rank) + ": " + option;
  }
  // The ranking shown equals RankOptions of the file, row by row from the top, once the rows
  // are ranked again (they keep their order while scoring).
  void CheckRankingShown(const Model& disk) {
    if (ui.Count("Re-rank") > 0) ui.Click("Re-rank");
    std::vector<OptionStanding> ranking = RankOptions(disk);
    float above = -1.0f;
    for (const OptionStanding& s : ranking) {
      const Option* option = disk.FindOption(s.optionId);
      REQUIRE(option);
      std::string label = Rank(s.rank, option->text);
      INFO(label);
      REQUIRE(ui.Count(label) == 1);
      float y = ui.Centre(label).y;
      CHECK(y > above);
      above = y;
    }
  }
};

const Score* ScoreOf(const Model& m, Id option, Id concern) {
  for (const Score& s : m.scores)
    if (s.optionId == option && s.concernId == concern) return &s;
  return nullptr;
}

Id OptionId(const Model& m, const std::string& text) {
  for (const Option& o : m.options)
    if (o.text == text) return o.id;
  return 0;
}

}  // namespace

TEST_CASE("options view: brainstorm: options typed one after another with Enter, no scores in sight") {
  OptionsWindow w;
  std::vector<std::string> concerns = {"Safe return of the displaced", "Security of the villages"};
  w.Need(0, concerns[0]);
  w.Need(1, concerns[1]);
  CHECK(w.app.options.mode == ui::OptionsMode::Brainstorm);
  const std::vector<std::string> ideas = {"A joint water board", "International monitors at the crossings",
                                          "Phased return with guarantees", "Shared school curriculum on the war"};
  w.ui.Click("##new option");  // one click; from here on the keyboard alone
  for (const std::string& idea : ideas) {
    w.ui.Type(idea);
    w.ui.Press(key::Enter);
  }
  Model disk = w.OnDisk();
  REQUIRE(disk.options.size() == 4);
  for (size_t i = 0; i < ideas.size(); ++i) {
    CHECK(disk.options[i].text == ideas[i]);
    CHECK(disk.options[i].proposedByPartyId == 0);  // nobody's idea: the group's
  }
  CHECK_FALSE(disk.info.recordProposer);
  CHECK(w.ui.Count("##option text") == 4);

  // Nothing to score or rank while inventing.
  CHECK(w.ui.Count("Score cell") == 0);
  for (size_t p = 0; p < 2; ++p)
    for (const std::string& idea : ideas) {
      for (int v = -2; v <= 2; ++v) CHECK(w.ui.Count(ui::ScoreButtonLabel(w.PartyAt(p).name, v, idea, concerns[p])) == 0);
      CHECK(w.ui.Count(w.Rank(1, idea)) == 0);
    }

  SUBCASE("the same options are scorable once the facilitator turns to weighing") {
    w.ui.Click("Weigh");
    CHECK(w.ui.Count("Score cell") == 8);
    CHECK(w.ui.Count(ui::ScoreButtonLabel(w.PartyAt(0).name, 2, ideas[0], concerns[0])) == 1);
  }
  SUBCASE("an option is reworded where it stands") {
    w.ui.Click("##option text", 1);
    w.ui.Press(key::End);
    w.ui.Type(", reporting to both councils");
    w.ui.Press(key::Enter);
    CHECK(w.OnDisk().options[1].text == ideas[1] + ", reporting to both councils");
  }
  SUBCASE("once switched on, who proposed is recorded for the next options") {
    w.ui.Click("Record who proposed");
    CHECK(w.OnDisk().info.recordProposer);
    w.ui.Click("Proposed by");
    w.ui.Click(w.PartyAt(1).name);
    w.ui.Click("##new option");
    w.ui.Type("Truth commission with both sides' historians");
    w.ui.Press(key::Enter);
    disk = w.OnDisk();
    REQUIRE(disk.options.size() == 5);
    CHECK(disk.options.back().proposedByPartyId == w.PartyAt(1).id);
    CHECK(disk.options.front().proposedByPartyId == 0);
  }
}

TEST_CASE("options view: weighing with two parties: each scores its own concerns; ranked by the worst-off party") {
  OptionsWindow w;
  const std::vector<std::string> a = {"Safe return of the displaced", "Losing the land titles",
                                      "Recognition of the 1994 losses"};
  const std::vector<std::string> b = {"Security of the villages", "Being outvoted in the council",
                                      "Economic survival of the port"};
  std::vector<Id> aIds = {w.Need(0, a[0]), w.Fear(0, a[1]), w.Need(0, a[2])};
  std::vector<Id> bIds = {w.Need(1, b[0]), w.Fear(1, b[1]), w.Need(1, b[2])};
  Id teaching = w.Need(0, "Teaching in the mother tongue");  // A's fourth: not top, not in the matrix
  const std::string board = "A joint water board", monitors = "International monitors",
                    phased = "Phased return with guarantees";
  w.Propose(board);
  w.Propose(monitors);
  w.Propose(phased);
  w.ui.Click("Weigh");

  // The columns are the top three of each party; each says who scores it.
  for (size_t i = 0; i < 3; ++i) {
    CHECK(w.ui.Count(ui::ConcernHeaderLabel(w.PartyAt(0).name, a[i])) == 1);
    CHECK(w.ui.Count(ui::ConcernHeaderLabel(w.PartyAt(1).name, b[i])) == 1);
  }
  CHECK(w.ui.Count(ui::ConcernHeaderLabel(w.PartyAt(0).name, "Teaching in the mother tongue")) == 0);
  CHECK(w.ui.Count("Score cell") == 3 * 6);
  // Under a party's concern, only that party's scores: the cell sits in the column headed
  // "scored by" that party, and there is no cell for the other party there.
  for (const auto& [party, list] : {std::pair{size_t(0), a}, std::pair{size_t(1), b}})
    for (const std::string& concern : list) {
      float header = w.ui.Centre(ui::ConcernHeaderLabel(w.PartyAt(party).name, concern)).x;
      float cell = w.ui.Centre(ui::ScoreButtonLabel(w.PartyAt(party).name, 0, board, concern)).x;
      CHECK(std::abs(header - cell) < 12.0f);
      for (int v = -2; v <= 2; ++v)
        CHECK(w.ui.Count(ui::ScoreButtonLabel(w.PartyAt(1 - party).name, v, board, concern)) == 0);
    }

  // The board is very good for A and bad for B; monitors fair for both; the phased return
  // best in total, but B dreads it on its first concern.
  w.ScoreAll(0, board, a, {2, 2, 2});
  w.ScoreAll(1, board, b, {-1, -1, -1});
  w.ScoreAll(0, monitors, a, {1, 1, 1});
  w.ScoreAll(1, monitors, b, {1, 1, 1});
  w.ScoreAll(0, phased, a, {2, 2, 2});
  w.ScoreAll(1, phased, b, {-2, 2, 2});

  Model disk = w.OnDisk();
  REQUIRE(disk.scores.size() == 18);
  Id boardId = OptionId(disk, board), monitorsId = OptionId(disk, monitors), phasedId = OptionId(disk, phased);
  for (Id concern : aIds) {
    REQUIRE(ScoreOf(disk, boardId, concern));
    CHECK(ScoreOf(disk, boardId, concern)->value == 2);
    CHECK(ScoreOf(disk, monitorsId, concern)->value == 1);
  }
  CHECK(ScoreOf(disk, phasedId, bIds[0])->value == -2);
  CHECK(ScoreOf(disk, phasedId, bIds[1])->value == 2);
  CHECK(ScoreOf(disk, boardId, bIds[2])->value == -1);

  // The ranking shown is Parley's: the monitors first (the worst-off party fares best), the
  // phased return second despite the best total, the board last.
  w.CheckRankingShown(disk);
  CHECK(w.ui.Count(w.Rank(1, monitors)) == 1);
  CHECK(w.ui.Count(w.Rank(2, phased)) == 1);
  CHECK(w.ui.Count(w.Rank(3, board)) == 1);
  CHECK(w.ui.Count("Dreaded: " + phased) == 1);
  CHECK(w.ui.Count("Dreaded: " + board) == 0);
  CHECK(w.ui.Count("Dreaded: " + monitors) == 0);
  const std::string& why = w.app.options.weigh.derived.dreadedWhy[phasedId];  // the flag's tooltip
  CHECK(why.find(w.PartyAt(1).name) != std::string::npos);
  CHECK(why.find(b[0]) != std::string::npos);
  CHECK(w.ui.Count("Meets every party: " + monitors) == 1);
  CHECK(w.ui.Count("Meets every party: " + board) == 0);

  SUBCASE("clicking the score a cell has clears it") {
    w.Score(0, monitors, a[0], 1);
    CHECK(ScoreOf(w.OnDisk(), monitorsId, aIds[0]) == nullptr);
  }
  SUBCASE("a note goes with a score") {
    w.ui.Click(ui::ScoreNoteLabel(monitors, b[1]));
    w.ui.Click("##score note");
    w.ui.Type("only if they report to both councils");
    disk = w.OnDisk();
    const Score* score = ScoreOf(disk, monitorsId, bIds[1]);
    REQUIRE(score);
    CHECK(score->note == "only if they report to both councils");
  }
  SUBCASE("one party's columns at a time") {
    w.ShowColumnsOf(1);
    CHECK(w.ui.Count("Score cell") == 3 * 3);
    CHECK(w.ui.Count(ui::ConcernHeaderLabel(w.PartyAt(0).name, a[0])) == 0);
    CHECK(w.ui.Count(ui::ConcernHeaderLabel(w.PartyAt(1).name, b[0])) == 1);
    w.CheckRankingShown(disk);  // the ranking stays that of every party
  }
  SUBCASE("a concern picked by hand joins the matrix; one left out leaves it") {
    w.ui.Click("Choose concerns...");
    w.ui.Click("In matrix: Teaching in the mother tongue");
    w.ui.Click("In matrix: " + b[2]);
    Model picked = w.OnDisk();
    CHECK(picked.FindConcern(teaching)->inMatrix == 1);
    CHECK(picked.FindConcern(bIds[2])->inMatrix == 0);
    w.ui.Press(key::Escape);
    CHECK(w.ui.Count(ui::ConcernHeaderLabel(w.PartyAt(0).name, "Teaching in the mother tongue")) == 1);
    CHECK(w.ui.Count(ui::ConcernHeaderLabel(w.PartyAt(1).name, b[2])) == 0);
  }
  SUBCASE("the matrix grows to each party's top four") {
    w.ui.Click("More top concerns");
    CHECK(w.OnDisk().info.matrixTop == 4);
    CHECK(w.ui.Count(ui::ConcernHeaderLabel(w.PartyAt(0).name, "Teaching in the mother tongue")) == 1);
  }
}

TEST_CASE("options view: weighing with three parties: the third party's scores can decide the ranking") {
  OptionsWindow w;
  w.Drawn(w.W().AddParty());
  REQUIRE(w.Live().parties.size() == 3);
  std::vector<std::vector<std::string>> concerns = {
      {"Safe return of the displaced", "Losing the land titles"},
      {"Security of the villages", "Being outvoted in the council"},
      {"Access to the port", "Being forgotten by both"}};
  for (size_t p = 0; p < 3; ++p) {
    w.Need(p, concerns[p][0]);
    w.Fear(p, concerns[p][1]);
  }
  const std::string crossing = "Open the crossings", council = "A rotating council chair",
                    corridor = "A trade corridor";
  w.Propose(crossing);
  w.Propose(council);
  w.Propose(corridor);
  w.ui.Click("Weigh");
  for (size_t p = 0; p < 3; ++p)
    for (const std::string& c : concerns[p]) CHECK(w.ui.Count(ui::ConcernHeaderLabel(w.PartyAt(p).name, c)) == 1);

  // Each party gives its scores in turn, with only its own columns shown.
  const std::map<std::string, std::vector<std::vector<int>>> scores = {
      {crossing, {{2, 2}, {2, 2}, {-1, -1}}},  // great for two, bad for the third
      {council, {{1, 1}, {1, 1}, {1, 1}}},     // fair for all three
      {corridor, {{0, 0}, {2, 2}, {-2, 2}}}};  // the third dreads it on its first concern
  for (size_t p = 0; p < 3; ++p) {
    w.ShowColumnsOf(p);
    for (size_t q = 0; q < 3; ++q)
      if (q != p) CHECK(w.ui.Count(ui::ConcernHeaderLabel(w.PartyAt(q).name, concerns[q][0])) == 0);
    for (const auto& [option, values] : scores) w.ScoreAll(p, option, concerns[p], values[p]);
  }
  w.ui.Click("Columns of all parties");

  Model disk = w.OnDisk();
  REQUIRE(disk.scores.size() == 18);
  for (const Score& s : disk.scores) {
    const Concern* concern = disk.FindConcern(s.concernId);
    REQUIRE(concern);
    const Option* option = disk.FindOption(s.optionId);
    REQUIRE(option);
    size_t p = 0;
    while (disk.parties[p].id != concern->partyId) ++p;
    size_t i = concern->text == concerns[p][0] ? 0 : 1;
    CHECK(s.value == scores.at(option->text)[p][i]);
  }
  w.CheckRankingShown(disk);
  CHECK(w.ui.Count(w.Rank(1, council)) == 1);
  CHECK(w.ui.Count(w.Rank(2, corridor)) == 1);
  CHECK(w.ui.Count(w.Rank(3, crossing)) == 1);
  CHECK(w.ui.Count("Dreaded: " + corridor) == 1);
  CHECK(w.ui.Count("Dreaded: " + crossing) == 0);
  const std::string& why = w.app.options.weigh.derived.dreadedWhy[OptionId(disk, corridor)];
  CHECK(why.find(w.PartyAt(2).name) != std::string::npos);
  CHECK(why.find(concerns[2][0]) != std::string::npos);
  CHECK(w.ui.Count("Meets every party: " + council) == 1);
  CHECK(w.ui.Count("Meets every party: " + crossing) == 0);
}

TEST_CASE("options view: weigh: the rows stay put while scoring, so a click lands on the row aimed at") {
  OptionsWindow w;
  const std::string a = "Safe return of the displaced", b = "Security of the villages";
  Id aId = w.Need(0, a), bId = w.Need(1, b);
  const std::string board = "A joint water board", monitors = "International monitors",
                    phased = "Phased return with guarantees";
  w.Propose(board);
  w.Propose(monitors);
  w.Propose(phased);
  w.ui.Click("Weigh");
  CHECK(w.ui.Count("Re-rank") == 0);
  // The pointer rests on the monitors' row while the phased return is scored by both parties:
  // it ranks first now, and the rows did move under the pointer before.
  const std::string aimed = ui::ScoreButtonLabel(w.PartyAt(0).name, 1, monitors, a);
  ImVec2 at = w.ui.Centre(aimed);
  w.Score(0, phased, a, 2);
  w.Score(1, phased, b, 2);
  CHECK(w.ui.Centre(aimed).y == at.y);
  w.ui.ClickAt(at);
  Model disk = w.OnDisk();
  Id monitorsId = OptionId(disk, monitors), boardId = OptionId(disk, board);
  REQUIRE(ScoreOf(disk, monitorsId, aId));
  CHECK(ScoreOf(disk, monitorsId, aId)->value == 1);
  CHECK(ScoreOf(disk, boardId, aId) == nullptr);
  CHECK(ScoreOf(disk, OptionId(disk, phased), bId)->value == 2);

  // The screen says the order is stale, with the ranks beside the rows current.
  CHECK(w.ui.Count("Re-rank") == 1);
  CHECK(w.ui.Count(w.Rank(1, phased)) == 1);
  int boardRank = w.app.options.weigh.derived.ranked.ranking[w.app.options.weigh.derived.ranked.standingOf.at(boardId)].rank;
  CHECK(boardRank > 1);
  CHECK(w.ui.Centre(w.Rank(1, phased)).y > w.ui.Centre(w.Rank(boardRank, board)).y);
  SUBCASE("Re-rank orders the rows by the ranking") {
    float before = w.ui.Centre("Matrix").y;
    w.ui.Click("Re-rank");
    CHECK(w.ui.Count("Re-rank") == 0);
    CHECK(w.ui.Centre("Matrix").y == before);  // the notice's line stays: the matrix does not move
    w.CheckRankingShown(w.OnDisk());
  }
  SUBCASE("leaving the matrix and coming back ranks again") {
    w.ui.Click("Brainstorm");
    w.ui.Click("Weigh");
    CHECK(w.ui.Count("Re-rank") == 0);
    float above = -1.0f;
    for (const OptionStanding& s : RankOptions(w.OnDisk())) {
      float y = w.ui.Centre(w.Rank(s.rank, w.Live().FindOption(s.optionId)->text)).y;
      CHECK(y > above);
      above = y;
    }
  }
}

TEST_CASE("options view: weigh: a warning that comes or goes above the matrix does not move it") {
  OptionsWindow w;
  const std::string a = "Safe return of the displaced", b = "Security of the villages";
  w.Need(0, a);
  w.Need(1, b);
  const std::string board = "A joint water board", monitors = "International monitors";
  w.Propose(board);
  w.Propose(monitors);
  w.ui.Click("Weigh");
  auto warnings = [&] { return ui::WarningsFor(w.app, Phase::Options).size(); };
  const std::string cell = ui::ScoreButtonLabel(w.PartyAt(1).name, 0, monitors, b);
  float y = w.ui.Centre(cell).y;
  CHECK(warnings() == 1);  // neither scored by every party
  w.Score(0, board, a, 2);
  w.Score(1, board, b, -2);
  CHECK(warnings() == 2);  // and the board dreaded
  CHECK(w.ui.Centre(cell).y == y);
  w.Score(1, board, b, -2);  // cleared
  w.Score(1, board, b, 1);
  w.Score(0, monitors, a, 1);
  w.Score(1, monitors, b, 1);
  CHECK(warnings() == 0);
  CHECK(w.ui.Centre(cell).y == y);
}

TEST_CASE("options view: weigh: with three or four parties and three concerns each, every party as wide, all in a 1280x800 window") {
  for (size_t parties : {size_t(3), size_t(4)}) {
    CAPTURE(parties);
    OptionsWindow w(ImVec2(1280, 800));
    while (w.Live().parties.size() < parties) w.Drawn(w.W().AddParty());
    w.W().SetText(Field::PartyName, w.PartyAt(2).id, "Ελληνική κοινότητα του νησιού");
    std::vector<std::vector<std::string>> concerns(parties);
    for (size_t p = 0; p < parties; ++p)
      for (int i = 0; i < 3; ++i) {
        concerns[p].push_back("Concern " + std::to_string(i + 1) + " of party " + std::to_string(p + 1) +
                              ", worded at the length a party words it");
        w.Need(p, concerns[p].back());
      }
    const std::string board = "A joint water board with a seat for every community";
    w.Propose(board);
    w.Propose("International monitors");
    w.ui.Click("Weigh");
    auto [matrixMin, matrixMax] = w.ui.Rect("Matrix");
    float bandWidth = -1.0f;
    for (size_t p = 0; p < parties; ++p) {
      CAPTURE(p);
      float band = 0;
      for (const std::string& c : concerns[p]) {
        std::string header = ui::ConcernHeaderLabel(w.PartyAt(p).name, c);
        REQUIRE(w.ui.Count(header) == 1);  // drawn: its column is in view
        auto [min, max] = w.ui.Rect(header);
        CHECK(min.x >= matrixMin.x);
        CHECK(max.x <= matrixMax.x);
        CHECK(max.x <= 1280.0f);
        band += max.x - min.x;
        // Its score buttons too, and each clickable.
        auto [cellMin, cellMax] = w.ui.Rect(ui::ScoreButtonLabel(w.PartyAt(p).name, 2, board, c));
        CHECK(cellMax.x <= matrixMax.x);
        CHECK(cellMax.x - cellMin.x >= 8.0f);
      }
      if (bandWidth < 0) bandWidth = band;
      CHECK(band == bandWidth);  // every party the same width
      auto [onlyMin, onlyMax] = w.ui.Rect("Columns of " + w.PartyAt(p).name);
      CHECK(onlyMax.x <= 1280.0f);
    }
    // The last party's score lands where it was aimed, in a narrow cell.
    w.Score(parties - 1, board, concerns[parties - 1][2], 1);
    Model disk = w.OnDisk();
    REQUIRE(disk.scores.size() == 1);
    CHECK(disk.scores[0].value == 1);
    CHECK(disk.scores[0].optionId == OptionId(disk, board));
  }
}

TEST_CASE("options view: steps: with three or four parties each party's constraints are as wide, all in a 1280x800 window") {
  for (size_t parties : {size_t(3), size_t(4)}) {
    CAPTURE(parties);
    OptionsWindow w(ImVec2(1280, 800));
    while (w.Live().parties.size() < parties) w.Drawn(w.W().AddParty());
    w.W().SetText(Field::PartyName, w.PartyAt(2).id, "ერთობა ხეობაში");
    w.Propose("A joint water board with a seat for every community");
    w.ui.Click("Constraints & steps");
    for (const char* label : {"##new political constraint", "##new psychological constraint"}) {
      CAPTURE(label);
      REQUIRE(w.ui.Count(label) == int(parties));
      auto [firstMin, firstMax] = w.ui.Rect(label, 0);
      for (size_t p = 0; p < parties; ++p) {
        auto [min, max] = w.ui.Rect(label, int(p));
        CHECK(max.x - min.x == firstMax.x - firstMin.x);
        CHECK(max.x <= 1280.0f);
      }
    }
  }
}

TEST_CASE("options view: merging options keeps both wordings; clustering under a new named cluster") {
  OptionsWindow w;
  const std::string board = "A joint water board", authority = "A shared water authority",
                    monitors = "International monitors";
  w.Propose(board);
  w.Propose(authority);
  w.Propose(monitors);
  w.ui.Frame();

  w.ui.Click("Merge " + authority + " into...");
  w.ui.Click(board);  // in the list of options to merge into
  Model disk = w.OnDisk();
  REQUIRE(disk.options.size() == 3);
  Id boardId = OptionId(disk, board), authorityId = OptionId(disk, authority);
  CHECK(disk.FindOption(authorityId)->mergedIntoId == boardId);
  CHECK(disk.FindOption(boardId)->mergedIntoId == 0);
  CHECK(disk.FindOption(authorityId)->text == authority);  // both wordings kept
  CHECK(w.ui.Count("##option text") == 2);
  CHECK(w.ui.Count("##merged text") == 1);
  CHECK(w.ui.Count("Unmerge") == 1);

  w.ui.Click("Cluster of " + monitors);
  w.ui.Click("New cluster...");
  w.ui.Click("##new cluster name");
  w.ui.Type("Guarantees from outside");
  w.ui.Press(key::Enter);
  disk = w.OnDisk();
  REQUIRE(disk.clusters.size() == 1);
  CHECK(disk.clusters[0].name == "Guarantees from outside");
  CHECK(disk.FindOption(OptionId(disk, monitors))->clusterId == disk.clusters[0].id);
  CHECK(disk.FindOption(boardId)->clusterId == 0);
  CHECK(w.ui.Count("##cluster name") == 1);

  SUBCASE("the cluster is renamed in place") {
    w.ui.Click("##cluster name");
    w.ui.Press(key::End);
    w.ui.Type(" (third parties)");
    CHECK(w.OnDisk().clusters[0].name == "Guarantees from outside (third parties)");
  }
  SUBCASE("unmerging shows the option on its own again") {
    w.ui.Click("Unmerge");
    CHECK(w.OnDisk().FindOption(authorityId)->mergedIntoId == 0);
    CHECK(w.ui.Count("##option text") == 3);
  }
  SUBCASE("a weighed option is not removed: the facilitator is told why") {
    Id concern = w.Need(0, "Safe return of the displaced");
    w.W().SetScore(boardId, concern, 1);
    w.ui.Frame();
    w.ui.Click("Remove " + board);
    CHECK_FALSE(w.app.errorWhat.empty());
    CHECK(w.OnDisk().FindOption(boardId) != nullptr);
  }
}

TEST_CASE("options view: constraints and steps; open steps are what was promised at the next session") {
  OptionsWindow w;
  const std::string monitors = "International monitors";
  w.Propose(monitors);
  Id first = w.app.sessionId;
  w.ui.Click("Constraints & steps");

  w.ui.Click("##new political constraint", 0);  // the first party's column
  w.ui.Type("Hardliners call monitors an occupation");
  w.ui.Press(key::Enter);
  w.ui.Click("##new psychological constraint", 1);  // the second party's
  w.ui.Type("Distrust of anyone from outside");
  w.ui.Press(key::Enter);
  Model disk = w.OnDisk();
  REQUIRE(disk.constraints.size() == 2);
  CHECK(disk.constraints[0].partyId == w.PartyAt(0).id);
  CHECK(disk.constraints[0].kind == ConstraintKind::Political);
  CHECK(disk.constraints[0].text == "Hardliners call monitors an occupation");
  CHECK(disk.constraints[1].partyId == w.PartyAt(1).id);
  CHECK(disk.constraints[1].kind == ConstraintKind::Psychological);

  const std::string step = "Brief the mayors on both sides";
  w.ui.Click("##new step");
  w.ui.Type(step);
  w.ui.Press(key::Enter);
  w.ui.Click("##who");
  w.ui.Click(w.PartyAt(1).name);
  w.ui.Click("##due");
  w.ui.Type("2026-11-30");
  disk = w.OnDisk();
  REQUIRE(disk.steps.size() == 1);
  CHECK(disk.steps[0].text == step);
  CHECK(disk.steps[0].sessionId == first);
  CHECK(disk.steps[0].whoPartyId == w.PartyAt(1).id);
  CHECK(disk.steps[0].whoParticipantId == 0);
  CHECK(disk.steps[0].due == "2026-11-30");
  CHECK(disk.steps[0].status == StepStatus::Open);
  CHECK(w.ui.Count("Promised last time") == 0);  // agreed in this very session: nothing promised

  SUBCASE("a due date that is not a date is not written") {
    w.ui.Click("##due");
    w.ui.Press(key::End);
    w.ui.Press(key::Backspace);
    w.ui.Type("x");
    CHECK(w.OnDisk().steps[0].due == "2026-11-30");
  }
  SUBCASE("the next session opens with it, at the ground rules, and it is marked done there") {
    w.ui.Click("Start a new session...");
    w.ui.Click("Start the session");
    REQUIRE(w.app.sessionId != first);
    CHECK(w.app.screen == ui::Screen::GroundRules);
    CHECK(w.ui.Count("Promised: " + step) == 1);
    w.ui.Click("Done");
    disk = w.OnDisk();
    CHECK(disk.steps[0].status == StepStatus::Done);
    CHECK(w.ui.Count("Promised: " + step) == 0);
  }
  SUBCASE("it stands beside the options too, until it is done") {
    w.ui.Click("Start a new session...");
    w.ui.Click("Start the session");
    w.ui.Click("Options");
    w.ui.Click("Only look at Options");  // nobody has agreed to the ground rules yet
    REQUIRE(w.app.screen == ui::Screen::Options);
    REQUIRE(w.ui.Count("Promised last time") == 1);  // folded here: a reminder
    CHECK(w.ui.Count("Promised: " + step) == 0);
    w.ui.Click("Promised last time");
    CHECK(w.ui.Count("Promised: " + step) == 1);
  }
}


TEST_CASE("options view: typing an option's wording in the brainstorm rebuilds neither the ranking nor the score grid") {
  OptionsWindow w;
  w.Need(0, "Safe return of the displaced");
  w.Need(1, "Security of the villages");
  const std::string board = "A joint water board";
  w.Propose(board);
  w.ui.Click("Weigh");
  uint64_t weighBuilds = w.app.options.weigh.stamp.Builds();
  REQUIRE(weighBuilds > 0);
  w.ui.Click("Brainstorm");
  uint64_t brainstormBuilds = w.app.options.brainstorm.stamp.Builds();
  REQUIRE(brainstormBuilds > 0);

  w.ui.Click("##option text");
  w.ui.Press(key::End);
  w.ui.Type(" for the valley");
  w.ui.Press(key::Enter);
  const std::string reworded = board + " for the valley";
  REQUIRE(w.OnDisk().options[0].text == reworded);
  CHECK(w.app.options.brainstorm.stamp.Builds() == brainstormBuilds);  // no place, cluster or merge changed
  w.ui.Click("Weigh");
  CHECK(w.app.options.weigh.stamp.Builds() == weighBuilds);
  CHECK(w.ui.Count(w.Rank(1, reworded)) == 1);  // the matrix shows the new wording all the same

  SUBCASE("a score rebuilds them") {
    w.Score(0, reworded, "Safe return of the displaced", 2);
    w.ui.Frame();
    CHECK(w.app.options.weigh.stamp.Builds() == weighBuilds + 1);
  }
  SUBCASE("a new option is a new row of the brainstorm") {
    w.ui.Click("Brainstorm");
    w.ui.Click("##new option");
    w.ui.Type("International monitors");
    w.ui.Press(key::Enter);
    CHECK(w.app.options.brainstorm.stamp.Builds() == brainstormBuilds + 1);
    CHECK(w.ui.Count("##option text") == 2);
  }
}

TEST_CASE("options view: weigh: a score cell keeps its widget ID when the columns shown change") {
  OptionsWindow w;
  w.Need(0, "Safe return of the displaced");
  w.Need(1, "Security of the villages");
  const std::string board = "A joint water board";
  w.Propose(board);
  w.ui.Click("Weigh");
  const std::string cell = ui::ScoreButtonLabel(w.PartyAt(1).name, 1, board, "Security of the villages");
  ImGuiID withEveryParty = w.ui.Id(cell);
  w.ShowColumnsOf(1);
  REQUIRE(w.ui.Count(ui::ScoreButtonLabel(w.PartyAt(0).name, 1, board, "Safe return of the displaced")) == 0);
  CHECK(w.ui.Id(cell) == withEveryParty);  // the column is the concern's, wherever it stands
  w.Score(1, board, "Security of the villages", 1);
  CHECK(w.OnDisk().scores.size() == 1);
}

TEST_CASE("options view: Enter on the keypad adds as Enter does, in every field that takes Enter") {
  OptionsWindow w;
  SUBCASE("an option") {
    w.ui.Click("##new option");
    w.ui.Type("A joint water board");
    w.ui.Press(key::KeyPadEnter);
    REQUIRE(w.OnDisk().options.size() == 1);
    CHECK(w.OnDisk().options[0].text == "A joint water board");
  }
  SUBCASE("a cluster") {
    const std::string monitors = "International monitors";
    w.Propose(monitors);
    w.ui.Click("Cluster of " + monitors);
    w.ui.Click("New cluster...");
    w.ui.Click("##new cluster name");
    w.ui.Type("Guarantees from outside");
    w.ui.Press(key::KeyPadEnter);
    Model disk = w.OnDisk();
    REQUIRE(disk.clusters.size() == 1);
    CHECK(disk.clusters[0].name == "Guarantees from outside");
  }
  SUBCASE("a constraint and a step") {
    w.Propose("International monitors");
    w.ui.Click("Constraints & steps");
    w.ui.Click("##new political constraint", 0);
    w.ui.Type("Hardliners call monitors an occupation");
    w.ui.Press(key::KeyPadEnter);
    w.ui.Click("##new step");
    w.ui.Type("Brief the mayors on both sides");
    w.ui.Press(key::KeyPadEnter);
    Model disk = w.OnDisk();
    REQUIRE(disk.constraints.size() == 1);
    CHECK(disk.constraints[0].text == "Hardliners call monitors an occupation");
    REQUIRE(disk.steps.size() == 1);
    CHECK(disk.steps[0].text == "Brief the mayors on both sides");
  }  SUBCASE("the error dialog's OK") {
    Id option = w.Propose("A joint water board");
    w.W().SetScore(option, w.Need(0, "Safe return of the displaced"), 1);
    w.ui.Frame();
    w.ui.Click("Remove A joint water board");
    REQUIRE_FALSE(w.app.errorWhat.empty());
    w.ui.Press(key::KeyPadEnter);
    CHECK(w.app.errorWhat.empty());
  }
}

TEST_CASE("an edit asked for in the frame in which another workshop opens is not made on it") {
  OptionsWindow w;
  const std::string otherPath = w.dir.File("other.parley");
  {
    auto other = Workshop::Create(otherPath, "Other", "2026-10-12");
    other->AddOption(other->Model().sessions.front().id, "The other workshop's option", 0);
  }
  Id option = w.Propose("A joint water board");
  REQUIRE(Workshop::Open(otherPath)->Model().options.front().id == option);  // the same id there
  w.app.Request([option](Workshop& ws) { ws.SetText(Field::OptionText, option, "typed in the first"); });
  w.app.OpenWorkshop(otherPath);
  w.ui.Frame();
  REQUIRE(w.app.workshop->Path() == otherPath);
  CHECK(w.Live().options.front().text == "The other workshop's option");
  CHECK(Workshop::Open(otherPath)->Model().options.front().text == "The other workshop's option");
}

}  // namespace parley::test
