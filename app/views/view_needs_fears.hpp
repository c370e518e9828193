#pragma once
// UI state of the Needs & fears view (view_needs_fears.cpp); not model state. What the
// facilitator has typed but not yet added lives here, and so do the view's cached lists.
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/model/model.hpp"
#include "views/lazy_list.hpp"
#include "views/widgets.hpp"

namespace parley::ui {

enum class KindFilter { All, Needs, Fears };

constexpr Id kNoCategory = -1;  // the category filter's "no category yet"

// The texts of a concern shown wrapped that open as a field when clicked.
enum class ConcernBlock { Wording = 1, Restatement };

// A party's capture field: the concern being typed and what Enter adds it as.
struct ConcernCapture {
  ConcernKind kind = ConcernKind::Need;  // stays for the next concern (Ctrl+F switches)
  Id categoryId = 0;                     // 0: none; cleared after each concern (Ctrl+1..9)
  bool active = false;                   // the field had the keyboard last frame
  std::string hint;                      // the empty field's hint, made for
  ConcernKind hintKind = ConcernKind::Need;  //   this kind
  std::string hintParty;                 //   and this party's short name
};

// One party's column as the filters leave it.
struct PartyColumn {
  Id partyId = 0;
  std::vector<size_t> shown;  // indexes into Model::concerns, in priority order
  ItemIds shownIds;           // their ids, for the column's LazyList
  int needs = 0;              // the party's concerns in the session scope, before the
  int fears = 0;              //   category and type filters
  int acknowledged = 0;
};

// What the view derives from the Model, recomputed only when Model::revision, the session in
// use or a filter changes (never per frame).
struct NeedsFearsDerived {
  uint64_t revision = 0;  // Model::revision these were computed from; 0 before the first time
  Id sessionId = 0;       // the session, and the filters, they were computed for
  Id categoryFilter = 0;
  KindFilter kindFilter = KindFilter::All;
  bool thisSessionOnly = false;
  std::vector<PartyColumn> columns;      // one per party, in screen order
  std::vector<size_t> commonGround;      // concerns another party holds too, filtered, in the
                                         //   order they were found to be shared
  std::vector<int> rank;                 // by place in Model::concerns: the concern's place among
                                         //   all its party's concerns
  std::map<Id, std::vector<Id>> heldBy;  // concern -> the other parties holding it, screen order
  std::map<Id, std::vector<size_t>> storiesOf;  // party -> indexes into Model::stories told by
                                                //   its participants, in any session
};

struct NeedsFearsView {
  // Filters.
  Id categoryFilter = 0;  // 0: all categories; kNoCategory: those without one
  KindFilter kindFilter = KindFilter::All;
  bool thisSessionOnly = false;  // else every session's concerns: they carry over
  // Capture.
  std::map<Id, ConcernCapture> capture;  // per party
  Id focusCapture = 0;                   // give this party's field the keyboard next frame
  // The columns.
  std::map<Id, LazyList> columnLists;    // per party: the heights of its concerns on screen
  std::set<Id> expanded;                 // concerns whose details are open
  Id selected = 0;                       // concern picked by its priority handle: Alt+Up/Down
  OpenText open;                         // the concern text open as a field (a ConcernBlock)
  std::map<Id, std::string> reword;      // per concern: the need being typed beneath it
  bool addingCategory = false;           // the "new category" field is open
  bool focusNewCategory = false;         // give it the keyboard next frame
  std::string newCategory;

  NeedsFearsDerived derived;
};

struct Workbench;

// Draws the Needs & fears view: each party's concerns in columns of equal width.
void DrawNeedsFearsView(Workbench& app);

// The tooltip of "Reword as need" for `concern`. Not yet reworded, its wording is kept as the
// position it was stated as; once reworded, its wording is the need, which a new rewording
// replaces, and the position stays what it was.
std::string RewordTooltip(const Concern& concern);

}  // namespace parley::ui
