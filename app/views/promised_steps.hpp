#pragma once
// Steps promised in earlier sessions and still open: what the group said it would do, shown
// where a session starts (Ground rules) and beside the options (Options), so that the group
// picks up where it left off.
#include <string>
#include <vector>

#include "core/model/model.hpp"

namespace parley::ui {

struct Workbench;  // views/workbench.hpp, which holds each view's state and so this file's

// A step promised in an earlier session and still open. The pointers are into the Model the
// list was derived from: it is derived again whenever that changes.
struct PromisedStep {
  size_t step = 0;                  // index into Model::steps
  const Option* option = nullptr;   // the option it is for
  const Session* agreed = nullptr;  // the session it was agreed in
  const Party* party = nullptr;     // the party that is to take it, if a party is
  std::string who;                  // else who is: a participant, or the group
};

// The steps still open from the sessions before `session`, oldest first.
std::vector<PromisedStep> PromisedSteps(const Model& model, Id session);

// Who is to take a step: a participant (with their party), a party, or the group.
std::string WhoText(const Model& model, const Step& step);

// The "Promised last time" panel: a header that folds (`*open`), and a table of the steps with
// Done and Dropped for each. Draws nothing when nothing is promised.
void DrawPromised(Workbench& app, const std::vector<PromisedStep>& promised, bool* open);

}  // namespace parley::ui
