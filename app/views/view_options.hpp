#pragma once
// UI state of the Options view (view_options.cpp); not model state. What the facilitator has
// typed but not yet added lives here, and so do the view's cached lists: the ranking, the
// matrix columns, the brainstorm list and the lookups are recomputed only when Model::revision
// (or the session in use, or the columns shown) changes.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/model/model.hpp"
#include "core/method/option_ranking.hpp"
#include "views/lazy_list.hpp"
#include "views/promised_steps.hpp"
#include "views/widgets.hpp"

namespace parley::ui {

enum class OptionsMode { Brainstorm, Weigh, Steps };

// An ImGui table holds at most 64 columns; two of them are the rank and the option.
constexpr size_t kMaxMatrixConcerns = 62;

// A concern column of the matrix.
struct MatrixColumn {
  Id concernId = 0;
  size_t concern = 0;        // index into Model::concerns
  size_t party = 0;          // index into Model::parties: the party that scores this column
  int priority = 0;          // place among the party's concerns, 0 = its first
  bool top = false;          // one of the party's top concerns (TopConcerns)
  bool firstOfParty = false; // the party's band starts here
  std::string caption;       // over the wording: "NEED 1", "FEAR 4, picked"
  std::string scoredBy;      // under it: "scored by A"
};

// A brainstorm group: a cluster, or the options in none.
struct OptionGroup {
  Id clusterId = 0;             // 0: the options in no cluster
  size_t cluster = 0;           // index into Model::clusters, when clusterId is not 0
  std::vector<size_t> options;  // indexes into Model::options, not merged, brainstorm order
};

// A line of the brainstorm list as its LazyList draws it: a group's heading, or an option's row
// with the options merged into it.
struct BrainstormLine {
  size_t group = 0;      // index into OptionsDerived::groups
  bool heading = false;  // the group's heading; else the row of `option`
  size_t option = 0;     // index into Model::options
  int number = 0;        // the option's number in the list, from 1
};

// A line of the "Choose concerns" list: a party's heading, or one of its concerns.
struct ChooserLine {
  size_t party = 0;      // index into Model::parties
  bool heading = false;  // the party's heading (with "no concerns yet" when it has none)
  size_t concern = 0;    // index into Model::concerns
};

// What the view derives from the Model, recomputed when Model::revision, the session in use or
// the party whose columns show changes, never per frame.
struct OptionsDerived {
  uint64_t revision = 0;  // Model::revision these were computed from; 0 before the first time
  Id sessionId = 0;       // the session in use they were computed for
  Id shownParty = 0;      // the party whose columns they show, 0 for every party
  std::vector<OptionStanding> ranking;  // RankOptions: the matrix rows, best first
  std::vector<size_t> rankedOption;     // per row of `ranking`: index into Model::options
  std::unordered_map<Id, size_t> standingOf;  // option -> index into `ranking`
  std::vector<MatrixColumn> columns;          // MatrixConcerns, at most kMaxMatrixConcerns
  size_t concernsLeftOff = 0;                 // matrix concerns beyond the table's limit
  std::unordered_map<Id, size_t> columnOf;    // concern -> index into `columns`
  std::vector<int> cellScore;  // the matrix's cells row by row, `columns` to a row: index into
                               //   Model::scores, -1 unscored
  std::unordered_map<Id, std::string> dreadedWhy;  // option -> who dreads it on what, one a line
  std::unordered_map<Id, size_t> partyIndex;       // party -> index into Model::parties
  std::vector<int> priority;                       // per Model::concerns: place within its
                                                   //   party, 0 first
  std::vector<bool> inMatrix;                      // per Model::concerns: shown in the matrix
  std::vector<OptionGroup> groups;                 // clusters in order, then the unclustered
  std::unordered_map<Id, std::vector<size_t>> mergedInto;  // option -> options merged into it
  std::vector<size_t> topLevel;     // options not merged, brainstorm order (Model::options)
  std::vector<BrainstormLine> lines;  // the brainstorm list: each group's heading, then its rows
  ItemIds lineIds;                    // their ids for the LazyList: an option's own, -(cluster
                                      //   id) for a cluster's heading, 0 for the options in none
  std::vector<ChooserLine> chooser;   // the "Choose concerns" list, party by party
  ItemIds chooserIds;                 // their ids for the LazyList: a concern's own, -(party id)
                                      //   for a party's heading
  std::vector<PromisedStep> promised;  // OpenStepsBefore the session in use
  std::vector<bool> present;           // per Model::participants: attends the session in use
};

// The wordings the view opens as fields, for OptionsView::open.
constexpr int kOptionWording = 1, kConstraintWording = 2, kStepWording = 3;

struct OptionsView {
  OptionsMode mode = OptionsMode::Brainstorm;
  // The "Promised last time" panel is unfolded: folded at first here, where it reminds; the
  // session opens with it unfolded at the ground rules.
  bool promisedOpen = false;
  OpenText open;              // the wording open as a field (kOptionWording, ...)
  // A long list in a popup (merge into, option worked on) draws only the lines in view, so
  // ImGui cannot size the popup to the widest line: it is measured when the popup appears.
  float popupListWidth = 0;
  // Brainstorm.
  std::string newOption;      // typed into the brainstorm field, not yet added
  bool newOptionActive = false;  // the field had the keyboard last frame
  Id proposer = 0;            // party recorded as proposing the next option (when recorded)
  Id newClusterFor = 0;       // option whose "New cluster" popup is open (or to open)
  bool openNewCluster = false;  // open that popup next frame
  std::string newClusterName;
  LazyList brainstormList;    // the heights of the brainstorm lines on screen
  // Weigh.
  Id shownParty = 0;          // the matrix shows only this party's columns; 0: every party's
  LazyList chooserList;       // the heights of the "Choose concerns" lines on screen
  float chooserWidth = 0;     // the width the whole "Choose concerns" list needs, measured...
  uint64_t chooserRevision = 0;  // ...for this Model::revision; 0 not yet
  Id noteOption = 0;          // the cell whose note popup is open (or to open)
  Id noteConcern = 0;
  bool openNote = false;      // open that popup next frame
  // Constraints & steps.
  Id stepsOption = 0;         // the option worked on; 0: the best ranked
  std::map<std::pair<Id, int>, std::string> newConstraint;  // (party, kind) -> typed text
  std::string newStep;
  std::map<Id, std::string> dueDraft;  // step -> a due date typed that is not (yet) a date

  OptionsDerived derived;
};

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
