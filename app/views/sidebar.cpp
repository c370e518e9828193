// The left sidebar: the workshop at a glance, the session in use, and the phases.
#include <imgui.h>

#include <string>

#include "core/common/clock.hpp"
#include "views/sidebar.hpp"
#include "views/stepper.hpp"
#include "views/workbench.hpp"
#include "views/widgets.hpp"

namespace parley::ui {

namespace {

std::string SessionLabel(const Session& s) {
  return s.date + "  " + (s.title.empty() ? std::string("(untitled)") : s.title);
}

void DrawSessionPicker(Workbench& app) {
  const Model& model = app.workshop->Model();
  DisabledText("SESSION IN USE");
  const Session* current = model.FindSession(app.sessionId);
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::BeginCombo("##session", current ? SessionLabel(*current).c_str() : "(none)")) {
    for (const Session& s : model.sessions) {
      PushId(s.id);
      if (Selectable(SessionLabel(s).c_str(), s.id == app.sessionId)) app.sessionId = s.id;
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  Track("Session in use");
  if (current)
    DisabledText(Stepper(app).present.c_str());
  if (SmallButton("Start a new session")) {
    std::string title = "Session " + std::to_string(model.sessions.size() + 1);
    // A session opens with the ground rules, and what was promised last time.
    app.Request([&app, title](Workshop& w) {
      app.sessionId = w.AddSession(LocalDate(), title);
      app.screen = Screen::GroundRules;
    });
  }
}

void DrawParties(Workbench& app) {
  const Model& model = app.workshop->Model();
  const std::vector<std::string>& lines = Stepper(app).partyLines;
  DisabledText("PARTIES");
  for (size_t i = 0; i < model.parties.size(); ++i) {
    const Party& party = model.parties[i];
    PushId(party.id);
    ColourSwatch(party.colour);
    ImGui::SameLine();
    WrappedText(lines[i], ImGui::GetColorU32(ImGuiCol_Text));
    ImGui::PopID();
  }
}

void DrawNavigation(Workbench& app) {
  DisabledText("WORKSHOP");
  if (Selectable("Set-up", app.screen == Screen::Setup)) app.screen = Screen::Setup;
  if (Selectable("Session log", app.screen == Screen::Log)) app.screen = Screen::Log;
  ImGui::Spacing();
  DisabledText("PHASES");
  DrawStepper(app);
}

}  // namespace

void DrawSidebar(Workbench& app) {
  const Model& model = app.workshop->Model();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(model.info.title.empty() ? "(untitled workshop)" : model.info.title.c_str());
  ImGui::PopTextWrapPos();
  if (!model.info.startDate.empty())
    ImGui::TextDisabled("%s to %s", model.info.startDate.c_str(), model.info.endDate.c_str());
  ImGui::Separator();
  DrawSessionPicker(app);
  ImGui::Separator();
  DrawNavigation(app);
  ImGui::Separator();
  DrawParties(app);
}

}  // namespace parley::ui
