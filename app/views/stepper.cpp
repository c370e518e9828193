// The phase stepper: each phase's status and warnings for the session in use, and moving on.
// Warnings never block; moving on despite them asks for a reason, which the log keeps.
#include <imgui.h>

#include "core/method/phase_checks.hpp"
#include "views/fonts.hpp"
#include "views/stepper.hpp"
#include "views/workbench.hpp"
#include "views/widgets.hpp"

namespace parley::ui {

namespace {

constexpr const char* kMoveOnPopup = "Move on despite warnings?";

const char* StatusGlyph(PhaseStatus status) {
  switch (status) {
    case PhaseStatus::NotStarted: return "\u25CB";  // ○
    case PhaseStatus::InProgress: return "\u25D0";  // ◐
    case PhaseStatus::Done: return "\u25CF";        // ●
  }
  return "";
}

const char* StatusName(PhaseStatus status) {
  static constexpr const char* kNames[] = {"not started", "in progress", "done"};
  return kNames[int(status)];
}

}  // namespace

Screen ScreenOf(Phase phase) { return Screen(int(Screen::GroundRules) + int(phase)); }

const StepperCache& Stepper(Workbench& app) {
  StepperCache& cache = app.stepper;
  const Model& model = app.workshop->Model();
  if (cache.revision == model.revision && cache.session == app.sessionId) return cache;
  for (int p = 0; p < kPhaseCount; ++p) {
    cache.warnings[size_t(p)] = PhaseWarnings(model, app.sessionId, Phase(p));
    cache.statuses[size_t(p)] = ShownStatus(model, app.sessionId, Phase(p));
    cache.labels[size_t(p)] =
        std::string(StatusGlyph(cache.statuses[size_t(p)])) + "  " + std::to_string(p + 1) + "  " + PhaseName(Phase(p));
  }
  cache.present = std::to_string(model.CountPresent(app.sessionId)) + " of " +
                  std::to_string(model.participants.size()) + " participants present";
  cache.partyLines.clear();
  for (const Party& party : model.parties) {
    int members = 0;
    for (const Participant& p : model.participants) members += p.partyId == party.id;
    cache.partyLines.push_back(party.name + "  (" + std::to_string(members) + ")");
  }
  cache.revision = model.revision;
  cache.session = app.sessionId;
  return cache;
}

const std::vector<std::string>& WarningsFor(Workbench& app, Phase phase) { return Stepper(app).warnings[size_t(phase)]; }

// Going from the phase shown to a later one in the phase list while warnings stand asks, as
// the view's own Move on button does, for the reason to move on, or lets the facilitator only
// look. Without warnings it only shows the phase: moving on is the button's.
// From a screen that is not a phase's (Set-up, the log, as a workshop opens after a restart),
// the phase left is the session's latest one started; none before any is.
void GoToPhase(Workbench& app, Phase to) {
  int shown = int(app.screen) - int(Screen::GroundRules);
  if (shown < 0 || shown >= kPhaseCount) {
    shown = -1;
    for (int p = 0; p < kPhaseCount; ++p)
      if (Stepper(app).statuses[size_t(p)] != PhaseStatus::NotStarted) shown = p;
  }
  if (shown >= 0 && shown < int(to) && Stepper(app).statuses[size_t(shown)] != PhaseStatus::Done) {
    const auto& warnings = WarningsFor(app, Phase(shown));
    if (!warnings.empty()) {
      app.moveOn = {true, Phase(shown), to, warnings, "", true};
      return;
    }
  }
  app.screen = ScreenOf(to);
}

void DrawStepper(Workbench& app) {
  // A phase not started shows its warnings once a later one has started: a step skipped.
  int started = -1;
  for (int p = 0; p < kPhaseCount; ++p)
    if (Stepper(app).statuses[size_t(p)] != PhaseStatus::NotStarted) started = p;
  for (int p = 0; p < kPhaseCount; ++p) {
    Phase phase = Phase(p);
    PhaseStatus status = Stepper(app).statuses[size_t(p)];
    ImGui::PushID(p);
    bool shown = app.screen == ScreenOf(phase);
    if (Selectable(Stepper(app).labels[size_t(p)].c_str(), shown) && !shown) GoToPhase(app, phase);
    Track(PhaseName(phase));
    // The warnings' count at the end of the phase's own line, in full in its tooltip: a line
    // that came and went under a phase would move the phases below it under the pointer.
    const auto& warnings = WarningsFor(app, phase);
    bool warn = !warnings.empty() && (status != PhaseStatus::NotStarted || p < started);
    if (warn) {
      std::string count = "! " + std::to_string(warnings.size());
      ImVec2 max = ImGui::GetItemRectMax(), min = ImGui::GetItemRectMin();
      float width = ImGui::CalcTextSize(count.c_str()).x;
      ImGui::GetWindowDrawList()->AddText(ImVec2(max.x - width - ImGui::GetStyle().FramePadding.x, min.y),
                                          ImGui::GetColorU32(WarningColour()), count.c_str());
    }
    if (ImGui::IsItemHovered()) {
      ImGui::BeginTooltip();
      ImGui::Text("%s: %s in this session", PhaseName(phase), StatusName(status));
      if (warn)
        for (const std::string& text : warnings) ImGui::TextColored(WarningColour(), "! %s", text.c_str());
      ImGui::EndTooltip();
    }
    ImGui::PopID();
  }
}

void DrawPhaseHeader(Workbench& app, Phase phase) {
  const Model& model = app.workshop->Model();
  ImGui::PushFont(LargeFont());
  ImGui::SetWindowFontScale(0.5f);
  ImGui::TextUnformatted(PhaseName(phase));
  ImGui::SetWindowFontScale(1.0f);
  ImGui::PopFont();
  PhaseStatus status = Stepper(app).statuses[size_t(phase)];
  const Session* session = model.FindSession(app.sessionId);
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  if (session)
    DisabledText(Joined(session->date, "  ", session->title, "  |  ", StatusName(status)));
  else
    DisabledText(Joined("no session  |  ", StatusName(status)));
  ImGui::SameLine();
  if (status != PhaseStatus::Done && SmallButton("Mark done"))
    app.Request([session = app.sessionId, phase](Workshop& w) { w.SetPhaseStatus(session, phase, PhaseStatus::Done); });
  if (status == PhaseStatus::Done && SmallButton("Reopen"))
    app.Request([session = app.sessionId, phase](Workshop& w) { w.SetPhaseStatus(session, phase, PhaseStatus::InProgress); });
  // The warnings on one line of their own, there with none too, cut at the edge, each in full
  // in the tooltip: warnings come and go as the work goes on, and the view below must not
  // move under the pointer when they do.
  const auto& warnings = WarningsFor(app, phase);
  ImU32 colour = ImGui::GetColorU32(warnings.empty() ? ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled)
                                                     : WarningColour());
  float em = ImGui::GetFontSize(), side = em * 0.3f;
  ImVec2 at = ImGui::GetCursorScreenPos();
  float top = at.y + (ImGui::GetTextLineHeight() - side) * 0.5f;
  if (!warnings.empty())
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x + em * 0.4f, top), ImVec2(at.x + em * 0.4f + side, top + side),
                                              colour);
  ImGui::Indent(em * 1.2f);
  std::string line = warnings.empty() ? std::string("No warnings") : warnings.front();
  for (size_t i = 1; i < warnings.size(); ++i) line += ";  " + warnings[i];
  LineText(line, colour, TextDirection::LeftToRight);  // English, with the parties' names in it
  Track("Phase warnings");
  if (!warnings.empty() && ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    for (const std::string& text : warnings) ImGui::BulletText("%s", text.c_str());
    ImGui::EndTooltip();
  }
  ImGui::Unindent(em * 1.2f);
  ImGui::Separator();
}

void DrawMoveOnButton(Workbench& app, Phase phase) {
  if (int(phase) + 1 >= kPhaseCount) return;
  Phase next = Phase(int(phase) + 1);
  std::string label = std::string("Move on to ") + PhaseName(next);
  ImGui::Spacing();
  if (!Button(label.c_str())) return;
  const auto& warnings = WarningsFor(app, phase);
  if (warnings.empty()) {
    app.Request([session = app.sessionId, phase, next](Workshop& w) { w.MoveOn(session, phase, next, {}, ""); });
    app.screen = ScreenOf(next);
    return;
  }
  app.moveOn = {true, phase, next, warnings, "", false};
}

void DrawMoveOnDialog(Workbench& app) {
  MoveOnDialog& dialog = app.moveOn;
  if (!dialog.open) return;
  if (!ImGui::IsPopupOpen(kMoveOnPopup)) ImGui::OpenPopup(kMoveOnPopup);
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 38, 0));  // three buttons on a line
  if (!ImGui::BeginPopupModal(kMoveOnPopup, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  ImGui::TextWrapped("The method expects more before leaving %s:", PhaseName(dialog.from));
  ImGui::PushStyleColor(ImGuiCol_Text, WarningColour());
  for (const std::string& warning : dialog.warnings) ImGui::BulletText("%s", warning.c_str());
  ImGui::PopStyleColor();
  ImGui::TextWrapped("You can move on. The reason you give is kept in the session log.");
  std::string typed;
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  if (TextField("##reason", dialog.reason, &typed, "reason, e.g. two participants arrive this afternoon"))
    dialog.reason = typed;
  Track("Reason");
  std::string label = std::string("Move on to ") + PhaseName(dialog.to) + " anyway";
  if (Button(label.c_str())) {
    app.Request([session = app.sessionId, d = dialog](Workshop& w) { w.MoveOn(session, d.from, d.to, d.warnings, d.reason); });
    app.screen = ScreenOf(dialog.to);
    dialog.open = false;
    ImGui::CloseCurrentPopup();
  }
  if (dialog.mayLook) {
    ImGui::SameLine();
    std::string look = std::string("Only look at ") + PhaseName(dialog.to);
    if (Button(look.c_str())) {
      app.screen = ScreenOf(dialog.to);
      dialog.open = false;
      ImGui::CloseCurrentPopup();
    }
  }
  ImGui::SameLine();
  if (Button("Stay")) {
    dialog.open = false;
    ImGui::CloseCurrentPopup();
  }
  EndModal(app);
}

}  // namespace parley::ui
