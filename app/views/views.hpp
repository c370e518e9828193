#pragma once
// The screens and panels of the window, each drawn by its own file.
#include "views/workbench.hpp"

namespace parley::ui {

void DrawStartView(Workbench& app);   // view_start.cpp: no workshop open
void DrawSetupView(Workbench& app);   // view_setup.cpp: workshop, parties, participants, sessions
void DrawSidebar(Workbench& app);     // sidebar.cpp: workshop at a glance, session, phases
void DrawFileDialog(Workbench& app);  // file_dialog.cpp: New and Open
void StartFileDialog(Workbench& app, FileDialog::Purpose purpose);

}  // namespace parley::ui
