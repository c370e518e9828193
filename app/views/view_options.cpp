// Options: inventing options without judging them, weighing each against the top concerns of
// every party (each party scores its own), and the constraints and steps around an option, one
// screen each (view_options_brainstorm, view_options_weigh, view_options_steps). Steps still
// open from earlier sessions head the view: what was promised last time.
#include "views/view_options.hpp"

#include <imgui.h>

#include <algorithm>
#include <utility>

#include "views/stepper.hpp"
#include "views/widgets.hpp"
#include "views/workbench.hpp"

namespace parley::ui {

namespace {

void DrawModeSwitch(OptionsView& view) {
  static constexpr std::pair<OptionsMode, const char*> kModes[] = {
      {OptionsMode::Brainstorm, "Brainstorm"},
      {OptionsMode::Weigh, "Weigh"},
      {OptionsMode::Steps, "Constraints & steps"}};
  float em = ImGui::GetFontSize();
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(2.0f, ImGui::GetStyle().ItemSpacing.y));
  bool first = true;
  for (const auto& [mode, label] : kModes) {
    if (!first) ImGui::SameLine();
    first = false;
    if (Choice(label, view.mode == mode, nullptr,
               std::max(em * 9.0f, ImGui::CalcTextSize(label).x + em * 1.5f)))
      view.mode = mode;
  }
  ImGui::PopStyleVar();
}

}  // namespace

void DrawOptionsView(Workbench& app) {
  DrawPhaseHeader(app, Phase::Options);
  OptionsView& view = app.options;
  const Model& model = app.workshop->Model();
  if (view.promisedRevision != model.revision || view.promisedSession != app.sessionId) {
    view.promised = PromisedSteps(model, app.sessionId);
    view.promisedRevision = model.revision;
    view.promisedSession = app.sessionId;
  }
  DrawPromised(app, view.promised, &view.promisedOpen);
  DrawModeSwitch(view);
  ImGui::Spacing();
  switch (view.mode) {
    case OptionsMode::Brainstorm:
      DrawBrainstorm(app);
      break;
    case OptionsMode::Weigh:
      DrawWeigh(app);
      break;
    case OptionsMode::Steps:
      DrawSteps(app);
      break;
  }
  DrawMoveOnButton(app, Phase::Options);
}

}  // namespace parley::ui
