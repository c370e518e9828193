#pragma once
// The Options view's Brainstorm screen (view_options_brainstorm.cpp): inventing options without
// judging them, clustering them and merging those that say much the same.
#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/model/model.hpp"
#include "views/derived_stamp.hpp"
#include "views/lazy_list.hpp"
#include "views/widgets.hpp"

namespace parley::ui {

struct Workbench;

// A brainstorm group: a cluster, or the options in none.
struct OptionGroup {
  Id clusterId = 0;             // 0: the options in no cluster
  size_t cluster = 0;           // index into Model::clusters, when clusterId is not 0
  std::vector<size_t> options;  // indexes into Model::options, not merged, brainstorm order
};

// A line of the brainstorm list as its LazyList draws it: a group's heading, or an option's row
// with the options merged into it.
struct BrainstormLine {
  size_t group = 0;      // index into BrainstormDerived::groups
  bool heading = false;  // the group's heading; else the row of `option`
  size_t option = 0;     // index into Model::options
  int number = 0;        // the option's number in the list, from 1
};

// What the screen derives from the Model: made from the options' places, clusters and merges
// and the clusters' places, so a wording typed does not make it again.
struct BrainstormDerived {
  std::vector<OptionGroup> groups;                         // clusters in order, then the rest
  std::unordered_map<Id, std::vector<size_t>> mergedInto;  // option -> options merged into it
  std::vector<size_t> topLevel;       // options not merged, brainstorm order (Model::options)
  std::vector<BrainstormLine> lines;  // the list: each group's heading, then its rows
  ItemIds lineIds;                    // their ids for the LazyList: an option's own, -(cluster
                                      //   id) for a cluster's heading, 0 for the options in none
};

// UI state of the screen; not model state.
struct BrainstormView {
  OpenText open;                 // the option wording open as a field
  Id proposer = 0;               // party recorded as proposing the next option (when recorded)
  Id newClusterFor = 0;          // option whose "New cluster" popup is open (or to open)
  bool openNewCluster = false;   // open that popup next frame
  std::string newClusterName;
  // The "Merge into" popup draws only the lines in view, so ImGui cannot size it to the widest
  // line: it is measured when the popup appears.
  float mergeListWidth = 0;
  LazyList list;  // the heights of the brainstorm lines on screen
  BrainstormDerived derived;
  DerivedStamp stamp;  // when `derived` was made
};

// Draws the screen below the Options view's mode switch.
void DrawBrainstorm(Workbench& app);

}  // namespace parley::ui
