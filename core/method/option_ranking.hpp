#pragma once
// Weighing options against every party's concerns. Each party scores for itself; Parley shows
// how an option fares for each party separately and ranks by how the worst-off party fares.
#include <optional>
#include <vector>

#include "core/model/model.hpp"

namespace parley {

// The concerns of the options matrix, by party (model order), then priority: each party's
// top `info.matrixTop` concerns by priority, plus those picked by hand, minus those left out.
std::vector<Id> MatrixConcerns(const Model& model);

// Each party's top concerns by priority (the first `info.matrixTop`), whatever the matrix shows.
std::vector<Id> TopConcerns(const Model& model);

struct OptionStanding {
  Id optionId = 0;
  std::vector<std::optional<double>> byParty;  // mean score over the party's scored matrix
                                               // concerns, in model.parties order; empty: unscored
  std::optional<double> worst;  // the lowest party mean, once every party has scored
  double total = 0.0;           // the sum of the party means
  bool meetsEveryParty = false; // each party scored +1 or more on one of its top concerns
  bool dreaded = false;         // some party scored -2 on one of its top concerns
  int rank = 0;                 // 1 for the best; options not scored by every party come last
};

// Every option that is not merged into another, ranked: first those every party has scored,
// by the worst-off party's mean, then the total; then the others by total. Ties keep the
// brainstorm order.
std::vector<OptionStanding> RankOptions(const Model& model);

// Steps still open that were agreed in sessions before `session`: what was promised last time.
std::vector<const Step*> OpenStepsBefore(const Model& model, Id session);

}  // namespace parley
