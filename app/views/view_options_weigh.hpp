#pragma once
// The Options view's Weigh screen (view_options_weigh.cpp): the matrix in which each party
// scores the options against its own top concerns, and the ranking it makes.
#include <imgui.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/model/model.hpp"
#include "views/derived_stamp.hpp"
#include "views/lazy_list.hpp"
#include "views/option_standing.hpp"

namespace parley::ui {

struct Workbench;

// An ImGui table holds at most 64 columns; two of them are the rank and the option.
constexpr size_t kMaxMatrixConcerns = 62;

// A concern column of the matrix.
struct MatrixColumn {
  Id concernId = 0;
  size_t concern = 0;    // index into Model::concerns
  size_t party = 0;      // index into Model::parties: the party that scores this column
  int priority = 0;      // place among the party's concerns, 0 = its first
  bool top = false;      // one of the party's top concerns (TopConcerns)
  std::string caption;   // over the wording: "NEED 1", "FEAR 4, picked"
  std::string scoredBy;  // under it: "scored by A"
};

// A line of the "Choose concerns" list: a party's heading, or one of its concerns.
struct ChooserLine {
  size_t party = 0;      // index into Model::parties
  bool heading = false;  // the party's heading (with "no concerns yet" when it has none)
  size_t concern = 0;    // index into Model::concerns
};

// What the screen derives from the Model: made from the ranking's inputs (AddRankingInputs),
// the parties' names and the concerns' kinds and wordings, and the party shown; an option's
// wording typed does not make it again.
struct WeighDerived {
  RankedOptions ranked;                     // the ranking, best first
  std::vector<size_t> rows;  // the matrix rows top to bottom: index into ranked.ranking, in the
                             //   order kept while scoring (ArrangeRows)
  bool orderStale = false;   // `rows` is not the ranking's order: scores changed it since
  std::vector<MatrixColumn> columns;        // MatrixConcerns, at most kMaxMatrixConcerns
  size_t concernsLeftOff = 0;               // matrix concerns beyond the table's limit
  std::unordered_map<Id, size_t> columnOf;  // concern -> index into `columns`
  std::vector<int> cellScore;   // the matrix's cells row by row, `columns` to a row: index into
                                //   Model::scores, -1 unscored
  std::vector<ImU32> cellTint;  // per Model::parties: the faint fill of its columns' cells
  std::unordered_map<Id, std::string> dreadedWhy;  // option -> who dreads it on what, one a line
  std::unordered_map<Id, size_t> partyIndex;       // party -> index into Model::parties
  std::vector<int> priority;         // per Model::concerns: place within its party, 0 first
  std::vector<bool> inMatrix;        // per Model::concerns: shown in the matrix
  std::vector<ChooserLine> chooser;  // the "Choose concerns" list, party by party
  ItemIds chooserIds;  // their ids for the LazyList: a concern's own, -(party id) for a party's
                       //   heading
};

// UI state of the screen; not model state.
struct WeighView {
  Id shownParty = 0;          // the matrix shows only this party's columns; 0: every party's
  LazyList chooserList;       // the heights of the "Choose concerns" lines on screen
  float chooserWidth = 0;     // the width the whole "Choose concerns" list needs, measured...
  uint64_t chooserBuild = 0;  // ...for this DerivedStamp::Builds() of `stamp`; 0 not yet
  Id popupOption = 0;         // the cell whose popup (its note, or its score given from the
  Id popupConcern = 0;        //   keyboard) is open or to open
  const char* popupToOpen = nullptr;  // that popup's name, to open next frame
  std::vector<Id> rowOrder;  // the options in the order the rows show: kept while scoring, so
                             //   that a row stays under the pointer; ranked again on "Re-rank"
                             //   and when the matrix is shown again
  int drawnFrame = -1;       // ImGui's frame count when the matrix was last drawn
  WeighDerived derived;
  DerivedStamp stamp;  // when `derived` was made
};

// Draws the screen below the Options view's mode switch: the toolbar, then the matrix.
void DrawWeigh(Workbench& app);

// The labels the matrix reports to the test recorder (widgets.hpp), so that a test can find a
// cell by what a person sees: the option, the concern and the party that scores it.
// "Second party scores +2 | Shared water board | Safe drinking water"
std::string ScoreButtonLabel(std::string_view party, int value, std::string_view option,
                             std::string_view concern);
// "Note | Shared water board | Safe drinking water"
std::string ScoreNoteLabel(std::string_view option, std::string_view concern);
// "Safe drinking water (scored by Second party)": a concern's column header.
std::string ConcernHeaderLabel(std::string_view party, std::string_view concern);

}  // namespace parley::ui
