#pragma once
// How each option stands, as the Weigh and the Constraints & steps screens of the Options view
// show it: the ranking, and the bars of how an option fares with each party.
#include <imgui.h>

#include <cstddef>
#include <unordered_map>
#include <vector>

#include "core/method/option_ranking.hpp"
#include "core/model/model.hpp"
#include "views/derived_stamp.hpp"

namespace parley::ui {

struct RankedOptions {
  std::vector<OptionStanding> ranking;        // RankOptions: best first
  std::vector<size_t> rankedOption;           // per row of `ranking`: index into Model::options
  std::unordered_map<Id, size_t> standingOf;  // option -> index into `ranking`
  std::vector<ImU32> partyColour;             // per Model::parties: its colour, parsed
};

// The ranking of `model`'s options, with the parties' colours.
RankedOptions Ranked(const Model& model);
// Adds to `inputs` all that Ranked reads of `model`: the options' places and merges, the
// parties, the concerns' places and choice for the matrix, the scores' values.
void AddRankingInputs(const Model& model, DerivedInputs& inputs);

// The width DrawStanding gives each party when it has the room: the bar and the mean.
float StandingWidth();
// How `standing` fares with each party: a bar from the middle (0) towards -2 or +2 in the
// party's colour, and the mean, in the parties' order, each party in the same space, `width`
// for them all (StandingWidth() each when 0); the mean is left to the tooltip where it does
// not fit. The bars are one item; its tooltip names the party under the mouse.
void DrawStanding(const Model& model, const RankedOptions& ranked, const OptionStanding& standing,
                  float width = 0);

}  // namespace parley::ui
