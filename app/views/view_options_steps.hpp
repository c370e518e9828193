#pragma once
// The Options view's Constraints & steps screen (view_options_steps.cpp): for one option, what
// stands in the way on each side, and the steps that could overcome it (what, who, by when).
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/model/model.hpp"
#include "views/derived_stamp.hpp"
#include "views/option_standing.hpp"
#include "views/widgets.hpp"

namespace parley::ui {

struct Workbench;

// What the screen derives from the Model: made from the ranking's inputs (AddRankingInputs),
// the participants and who attends the session in use; an option's wording typed does not make
// it again.
struct StepsDerived {
  RankedOptions ranked;       // the options to choose from, best first
  std::vector<bool> present;  // per Model::participants: attends the session in use
};

// UI state of the screen; not model state.
struct StepsView {
  OpenText open;  // the constraint or step wording open as a field
  Id option = 0;  // the option worked on; 0: the best ranked
  // The "Option" list draws only the lines in view, so ImGui cannot size it to the widest
  // line: it is measured when the list appears.
  float optionListWidth = 0;
  DateDrafts dueDrafts;  // due dates typed that are not (yet) dates
  StepsDerived derived;
  DerivedStamp stamp;  // when `derived` was made
};

// Draws the screen below the Options view's mode switch.
void DrawSteps(Workbench& app);

}  // namespace parley::ui
