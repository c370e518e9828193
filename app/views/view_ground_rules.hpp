#pragma once
// UI state of the Ground rules view (view_ground_rules.cpp); not model state.
#include <string>

namespace parley::ui {

struct GroundRulesView {
  bool readAloud = false;  // the rules large on screen, one at a time, for the room
  int readAloudIndex = 0;  // the rule shown in read-aloud mode
  std::string newRule;     // text typed into "Add a rule"
  bool templateSaved = false;  // "Save as my template" succeeded this opening
};

}  // namespace parley::ui
