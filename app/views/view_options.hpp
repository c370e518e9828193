#pragma once
// UI state of the Options view (view_options.cpp); not model state. What the facilitator has
// typed but not yet added lives here, and so do the view's cached lists: the ranking, the
// matrix columns and the score lookup are recomputed only when Model::revision changes.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/model.hpp"
#include "core/option_ranking.hpp"

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
};

// A brainstorm group: a cluster, or the options in none.
struct OptionGroup {
  Id clusterId = 0;             // 0: the options in no cluster
  std::vector<size_t> options;  // indexes into Model::options, not merged, brainstorm order
};

struct OptionConcernHash {
  size_t operator()(const std::pair<Id, Id>& key) const {
    return std::hash<Id>()(key.first) * 1000003u ^ std::hash<Id>()(key.second);
  }
};

// What the view derives from the Model, recomputed when Model::revision or the session in use
// changes, never per frame.
struct OptionsDerived {
  uint64_t revision = 0;  // Model::revision these were computed from; 0 before the first time
  Id sessionId = 0;       // the session in use they were computed for
  Id shownParty = 0;      // the party whose columns they show, 0 for every party
  std::vector<OptionStanding> ranking;  // RankOptions: the matrix rows, best first
  std::unordered_map<Id, size_t> standingOf;  // option -> index into `ranking`
  std::vector<MatrixColumn> columns;          // MatrixConcerns, at most kMaxMatrixConcerns
  size_t concernsLeftOff = 0;                 // matrix concerns beyond the table's limit
  std::unordered_map<std::pair<Id, Id>, size_t, OptionConcernHash> scoreAt;  // (option, concern)
                                                                            //   -> Model::scores
  std::unordered_map<Id, std::string> dreadedWhy;  // option -> who dreads it on what, one a line
  std::unordered_map<Id, size_t> partyIndex;       // party -> index into Model::parties
  std::unordered_map<Id, size_t> concernIndex;     // concern -> index into Model::concerns
  std::unordered_map<Id, int> concernPriority;     // concern -> place within its party, 0 first
  std::unordered_map<Id, bool> inMatrix;           // concern -> shown in the matrix
  std::vector<OptionGroup> groups;                 // clusters in order, then the unclustered
  std::unordered_map<Id, std::vector<size_t>> mergedInto;  // option -> options merged into it
  std::vector<size_t> topLevel;     // options not merged, brainstorm order (Model::options)
  std::vector<Id> promised;         // OpenStepsBefore the session in use: step ids
  std::unordered_map<Id, size_t> stepIndex;  // step -> index into Model::steps
};

struct OptionsView {
  OptionsMode mode = OptionsMode::Brainstorm;
  bool promisedOpen = true;   // the "Promised last time" panel is unfolded
  std::string editing;        // the wording open as a field ("option 12", "step 3"), "" none
  bool focusEditing = false;  // give that field the keyboard next frame
  // Brainstorm.
  std::string newOption;      // typed into the brainstorm field, not yet added
  bool newOptionActive = false;  // the field had the keyboard last frame
  Id proposer = 0;            // party recorded as proposing the next option (when recorded)
  Id newClusterFor = 0;       // option whose "New cluster" popup is open (or to open)
  bool openNewCluster = false;  // open that popup next frame
  std::string newClusterName;
  // Weigh.
  Id shownParty = 0;          // the matrix shows only this party's columns; 0: every party's
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
