#pragma once
// The session log view (view_log.cpp): what happened in a session, and notes added to it.
#include <cstddef>
#include <string>
#include <vector>

#include "core/model/model.hpp"

namespace parley::ui {

struct Workbench;

// UI state of the session log view; not model state.
struct LogView {
  bool showAll = false;       // every session, not just the one in use
  bool unreadable = false;    // reading the log from the file failed; not tried again
  std::vector<size_t> lines;  // indexes into the session log of the lines shown
  // For each of `lines`: a line Parley wrote (all but notes: English sentences) that carries
  // Arabic or Hebrew (a name, a memo's title), with a left-to-right mark (U+200E, not drawn)
  // before it, so that it reads as the English sentence it is and not from the right as its
  // first letter would have it; empty for the others, drawn as stored.
  std::vector<std::string> sentences;
  Id session = 0;             // what `lines` was computed for
  bool shownAll = false;
  size_t scanned = 0;  // how many of the log's lines `lines` has looked at...
  Id lastScanned = 0;  // ... and the id of the last of them
};

void DrawLogView(Workbench& app);

}  // namespace parley::ui
