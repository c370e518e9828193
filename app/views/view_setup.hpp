#pragma once
// UI state of the Set-up view (view_setup.cpp); not model state.
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "core/model/model.hpp"
#include "core/store/workshop.hpp"
#include "views/lazy_list.hpp"
#include "views/widgets.hpp"

namespace parley::ui {

// One row of a party's participants table: a participant, or the details row open under them.
struct SetupRow {
  size_t participant = 0;  // index into Model::participants
  bool details = false;    // the second row: general role, contact, notes
};

// The parts of the view above the sessions, as ids for its LazyList: these three, then each
// party's participants table as its party's id.
constexpr Id kDetailsPart = -1, kPartiesPart = -2, kParticipantsPart = -3;

// What the view derives from the Model, recomputed only when Model::revision, the session in
// use or the open details rows change (never per frame): a frame then draws only the parts and
// rows in view without searching the Model.
struct SetupDerived {
  uint64_t revision = 0;  // Model::revision these were computed from; 0 before the first time
  Id sessionId = 0;       // the session in use, and the open rows, they were computed for
  std::set<Id> expanded;
  ItemIds parts;                            // the parts above the sessions, top to bottom
  std::vector<std::vector<SetupRow>> rows;  // per party in Model::parties: its table's rows
  std::vector<std::string> addLabels;       // per party: "Add participant to <short name>"
  std::vector<int> partyOf;                 // per participant: index into Model::parties, -1 none
  std::vector<bool> present;                // per participant: attends the session in use
  std::vector<int> presentCount;            // per session in Model::sessions: participants present
};

// "Forget this person...": what forgetting them will do, read once when asked, shown for
// confirmation, then what it did.
struct ForgetDialog {
  Id participant = 0;  // whom; 0 while closed
  std::string name;    // as the facilitators know them, for the question only
  ForgetReport plan;   // what Forget will do, or, once `done`, what it did
  bool done = false;
};

struct SetupView {
  std::set<Id> expanded;  // participants whose details row (general role, contact, notes) is open
  LazyList parts;         // the heights of the parts above the sessions on screen
  OpenText open;          // the workshop's context or confidentiality note open as a field
  DateDrafts dates;       // the workshop's and sessions' dates typed that are not (yet) dates
  Id added = 0;           // a participant just added: their name field is scrolled into view
                          //   and gets the keyboard once their row is drawn
  ForgetDialog forget;
  SetupDerived derived;
};

struct Workbench;

// Draws the Setup view: the workshop, its parties, participants and sessions.
void DrawSetupView(Workbench& app);

}  // namespace parley::ui
