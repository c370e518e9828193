// Needs & fears: each party's needs and fears in equal columns, common ground, acknowledgement.
#include <imgui.h>

#include "views/views.hpp"

namespace parley::ui {

void DrawNeedsFearsView(Workbench& app) {
  DrawPhaseHeader(app, Phase::NeedsFears);
}

}  // namespace parley::ui
