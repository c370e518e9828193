#pragma once
// The start screen (view_start.cpp), shown while no workshop is open.

namespace parley::ui {

struct Workbench;

// Draws the start screen: open or make a workshop, or look at the demo.
void DrawStartView(Workbench& app);

}  // namespace parley::ui
