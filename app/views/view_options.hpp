#pragma once
// The Options view (view_options.cpp): the steps promised last time, then one of its three
// screens, each in its own file with its own UI state and derived data: Brainstorm, Weigh, and
// Constraints & steps.
#include <cstdint>
#include <vector>

#include "core/model/model.hpp"
#include "views/promised_steps.hpp"
#include "views/view_options_brainstorm.hpp"
#include "views/view_options_steps.hpp"
#include "views/view_options_weigh.hpp"

namespace parley::ui {

struct Workbench;

enum class OptionsMode { Brainstorm, Weigh, Steps };

// UI state of the Options view; not model state.
struct OptionsView {
  OptionsMode mode = OptionsMode::Brainstorm;
  // The "Promised last time" panel is unfolded: folded at first here, where it reminds; the
  // session opens with it unfolded at the ground rules.
  bool promisedOpen = false;
  std::vector<PromisedStep> promised;  // OpenStepsBefore the session in use...
  uint64_t promisedRevision = 0;       // ...as of this Model::revision (0: not yet)...
  Id promisedSession = 0;              // ...and this session
  BrainstormView brainstorm;
  WeighView weigh;
  StepsView steps;
};

// Draws the Options view of the open workshop.
void DrawOptionsView(Workbench& app);

}  // namespace parley::ui
