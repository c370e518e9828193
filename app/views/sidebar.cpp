// The left sidebar: the workshop at a glance, the session in use, and the phases.
#include <imgui.h>

#include <string>

#include "core/common/clock.hpp"
#include "views/rtl_text.hpp"
#include "views/sidebar.hpp"
#include "views/stepper.hpp"
#include "views/widgets.hpp"
#include "views/workbench.hpp"

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
  if (UserCombo("##session", current ? SessionLabel(*current).c_str() : "(none)")) {
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
  if (SmallButton("Start a new session..."))
    app.newSession = {true, LocalDate(), "Session " + std::to_string(model.sessions.size() + 1), {}};
}

void DrawNewSessionDialog(Workbench& app) {
  NewSessionDialog& dialog = app.newSession;
  constexpr const char* kTitle = "Start a new session";
  if (!dialog.open) return;
  if (!ImGui::IsPopupOpen(kTitle)) ImGui::OpenPopup(kTitle);
  float em = ImGui::GetFontSize();
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(em * 28, 0));
  if (!ImGui::BeginPopupModal(kTitle, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  Hint("The session starts with everyone who sat in the last one, on the ground rules.");
  std::string typed;
  ImGui::SetNextItemWidth(em * 8);
  if (DateField("Date", dialog.date, dialog.dates, false, &typed)) dialog.date = typed;
  ImGui::SetNextItemWidth(-em * 4);
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  if (TextField("Title", dialog.title, &typed, "e.g. Day 2, morning")) dialog.title = typed;
  bool whole = dialog.dates.empty();  // no date typed that is not one
  ImGui::BeginDisabled(!whole);
  if (Button("Start the session")) {
    // A session opens with the ground rules, and what was promised last time.
    app.Request([&app, date = dialog.date, title = dialog.title](Workshop& w) {
      app.sessionId = w.AddSession(date, title);
      app.screen = Screen::GroundRules;
    });
    dialog.open = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (Button("Cancel")) {
    dialog.open = false;
    ImGui::CloseCurrentPopup();
  }
  EndModal(app);
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
  UserText(model.info.title.empty() ? "(untitled workshop)" : model.info.title);
  ImGui::PopTextWrapPos();
  if (!model.info.startDate.empty())
    ImGui::TextDisabled("%s to %s", model.info.startDate.c_str(), model.info.endDate.c_str());
  ImGui::Separator();
  DrawSessionPicker(app);
  ImGui::Separator();
  DrawNavigation(app);
  ImGui::Separator();
  DrawParties(app);
  DrawNewSessionDialog(app);
}

}  // namespace parley::ui
