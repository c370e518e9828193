#pragma once
// The stepper (stepper.cpp): the phases' status and warnings, and moving on from one phase to
// the next.
#include <array>
#include <string>
#include <vector>

#include "core/model/model.hpp"

namespace parley::ui {

struct Workbench;

// "Move on" with warnings asks for the reason first.
struct MoveOnDialog {
  bool open = false;
  Phase from = Phase::GroundRules;
  Phase to = Phase::Stories;
  std::vector<std::string> warnings;
  std::string reason;
  bool mayLook = false;  // asked from the phase list: the facilitator may only want to look
};

// What the sidebar and the stepper show of the session in use, recomputed when the Model or
// the session changes: each needs a pass over the record, too much for every frame.
struct StepperCache {
  uint64_t revision = 0;  // Model::revision they were computed for
  Id session = 0;
  std::array<std::vector<std::string>, kPhaseCount> warnings;
  std::array<PhaseStatus, kPhaseCount> statuses{};
  std::array<std::string, kPhaseCount> labels;  // "◐  3  Needs & fears", as the stepper lists it
  std::string present;                          // "11 of 12 participants present" in the session
  std::vector<std::string> partyLines;          // per party, in Model::parties order: its name and
                                                //   members, as the sidebar shows them
};

void DrawStepper(Workbench& app);                    // the sidebar's phase list
void DrawPhaseHeader(Workbench& app, Phase phase);   // title, status and warnings of a view
void DrawMoveOnButton(Workbench& app, Phase phase);  // "Move on to <next phase>"
void DrawMoveOnDialog(Workbench& app);               // asks the reason when warnings stand
const std::vector<std::string>& WarningsFor(Workbench& app, Phase phase);
const StepperCache& Stepper(Workbench& app);  // brought up to date first

}  // namespace parley::ui
