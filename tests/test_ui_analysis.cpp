// The analytical heart of a workshop end to end, as a facilitator drives it, with two parties
// and with three: concerns captured from the keyboard, one acknowledged, options brainstormed,
// the matrix scored by each party for its own concerns, and the ranking read. Each step is
// checked in the workshop file, read back through a second opening.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/method/option_ranking.hpp"
#include "core/store/workshop.hpp"
#include "temp_dir.hpp"
#include "ui_harness.hpp"
#include "views/workbench.hpp"

namespace parley::test {

namespace {

constexpr int kCtrlF = 'F';  // GLFW's key code of a letter is its ASCII code

// Concerns said by each party, in order: two needs and a fear.
std::vector<std::string> ConcernsSaidBy(size_t party) {
  std::string who = "party " + std::to_string(party + 1);
  return {"Safety for the villages of " + who, "Work for the young of " + who, "Being forgotten, says " + who};
}

const std::vector<std::string> kOptions = {"A joint water board", "International monitors",
                                           "Open the crossings", "A rotating council chair"};

// The score `party` gives `option` on its concern `concern` (0 to 2): the monitors fair for all,
// the board good for the first party and bad for the rest, the crossings nothing to anyone, and
// the council chair dreaded by the last party on its first concern but good otherwise.
int ScoreFor(size_t parties, size_t party, size_t option, size_t concern) {
  switch (option) {
    case 0: return party == 0 ? 2 : -1;
    case 1: return 1;
    case 2: return 0;
    default: return party + 1 == parties && concern == 0 ? -2 : 2;
  }
}

void RunTheAnalysis(size_t parties) {
  TempDir dir;
  ui::Workbench app;
  UiHarness ui{[&] { ui::DrawWorkbench(app); }, ImVec2(1440, 2400)};
  app.dataDir = dir.Path();
  app.NewWorkshop(dir.File("analysis.parley"));
  REQUIRE(app.workshop);
  while (app.workshop->Model().parties.size() < parties) app.workshop->AddParty();
  auto onDisk = [&] { return Workshop::Open(app.workshop->Path())->Model(); };
  const std::vector<Party> party = app.workshop->Model().parties;
  REQUIRE(party.size() == parties);
  ui.Frame();

  // Needs and fears, captured as they are said: one click into a party's field, then keys.
  ui.Click("Needs & fears");
  REQUIRE(app.screen == ui::Screen::NeedsFears);
  for (size_t p = 0; p < parties; ++p) {
    const std::vector<std::string> said = ConcernsSaidBy(p);
    ui.Click("##capture", int(p));
    ui.Type(said[0]);
    ui.Press(key::Enter);
    ui.Type(said[1]);
    ui.Press(key::Enter);
    ui.Press(kCtrlF, /*ctrl=*/true);
    ui.Type(said[2]);
    ui.Press(key::Enter);
  }
  Model disk = onDisk();
  REQUIRE(disk.concerns.size() == 3 * parties);
  for (size_t p = 0; p < parties; ++p) {
    std::vector<const Concern*> own;
    for (const Concern& c : disk.concerns)
      if (c.partyId == party[p].id) own.push_back(&c);
    REQUIRE(own.size() == 3);
    for (size_t i = 0; i < 3; ++i) CHECK(own[i]->text == ConcernsSaidBy(p)[i]);
    CHECK(own[2]->kind == ConcernKind::Fear);
  }
  ui.Click("Acknowledged", 0);
  disk = onDisk();
  CHECK(std::count_if(disk.concerns.begin(), disk.concerns.end(), [](const Concern& c) { return c.acknowledged; }) == 1);

  // Options, invented without scores: typed one after another.
  ui.Click("Options");
  if (app.moveOn.open) ui.Click("Only look at Options");  // concerns not yet restated
  REQUIRE(app.screen == ui::Screen::Options);
  ui.Click("##new option");
  for (const std::string& option : kOptions) {
    ui.Type(option);
    ui.Press(key::Enter);
  }
  disk = onDisk();
  REQUIRE(disk.options.size() == kOptions.size());

  // Each party scores its own concerns, in the matrix of every party's top three, with only
  // its own columns shown while it does.
  ui.Click("Weigh");
  for (size_t p = 0; p < parties; ++p) {
    ui.Click("Columns of " + party[p].name);
    for (size_t o = 0; o < kOptions.size(); ++o)
      for (size_t c = 0; c < 3; ++c)
        ui.Click(ui::ScoreButtonLabel(party[p].name, ScoreFor(parties, p, o, c), kOptions[o], ConcernsSaidBy(p)[c]));
  }
  ui.Click("Columns of all parties");
  disk = onDisk();
  REQUIRE(disk.scores.size() == kOptions.size() * 3 * parties);
  for (const Score& s : disk.scores) {
    size_t o = 0, p = 0, c = 0;
    while (disk.options[o].id != s.optionId) ++o;
    const Concern* concern = disk.FindConcern(s.concernId);
    REQUIRE(concern);
    while (party[p].id != concern->partyId) ++p;
    while (ConcernsSaidBy(p)[c] != concern->text) ++c;
    CHECK(s.value == ScoreFor(parties, p, o, c));
  }

  // The ranking, by how the worst-off party fares: the monitors, the council chair (dreaded),
  // the crossings, the board; shown top to bottom as the file ranks it, once the rows (which
  // stay put while scoring) are ranked again.
  ui.Click("Re-rank");
  std::vector<OptionStanding> ranking = RankOptions(disk);
  REQUIRE(ranking.size() == kOptions.size());
  const std::vector<size_t> expected = {1, 3, 2, 0};
  float above = -1.0f;
  for (size_t r = 0; r < ranking.size(); ++r) {
    CHECK(disk.FindOption(ranking[r].optionId)->text == kOptions[expected[r]]);
    std::string label = "Rank " + std::to_string(ranking[r].rank) + ": " + kOptions[expected[r]];
    REQUIRE(ui.Count(label) == 1);
    CHECK(ui.Centre(label).y > above);
    above = ui.Centre(label).y;
  }
  CHECK(ui.Count("Dreaded: " + kOptions[3]) == 1);
  CHECK(ui.Count("Meets every party: " + kOptions[1]) == 1);
  CHECK(ui.Count("Meets every party: " + kOptions[0]) == 0);
}

}  // namespace

TEST_CASE("the analysis, end to end, with two parties") { RunTheAnalysis(2); }

TEST_CASE("the analysis, end to end, with three parties") { RunTheAnalysis(3); }

}  // namespace parley::test
