// Options: brainstorm, weigh against every party's concerns, constraints and steps.
#include <imgui.h>

#include "views/views.hpp"

namespace parley::ui {

void DrawOptionsView(Workbench& app) {
  DrawPhaseHeader(app, Phase::Options);
}

}  // namespace parley::ui
