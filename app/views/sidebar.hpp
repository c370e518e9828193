#pragma once
// The sidebar (sidebar.cpp): the workshop at a glance, the session in use, and the phases.
#include <string>

#include "views/widgets.hpp"

namespace parley::ui {

struct Workbench;

// "Start a new session" asks for its date and title first, both filled in to be changed.
struct NewSessionDialog {
  bool open = false;
  std::string date;   // a whole date, YYYY-MM-DD
  std::string title;
  DateDrafts dates;   // the date typed that is not (yet) one
};

void DrawSidebar(Workbench& app);

}  // namespace parley::ui
