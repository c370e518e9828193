#pragma once
// The start screen (view_start.cpp), shown while no workshop is open.

namespace parley::ui {

struct Workbench;

// Draws the start screen: open or make a workshop, or a fresh copy of an example workshop.
void DrawStartView(Workbench& app);

}  // namespace parley::ui
