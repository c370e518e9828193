#pragma once
// The sidebar (sidebar.cpp): the workshop at a glance, the session in use, and the phases.

namespace parley::ui {

struct Workbench;

void DrawSidebar(Workbench& app);

}  // namespace parley::ui
