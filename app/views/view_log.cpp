// The session log: phase changes, consents, overrides and notes, as they happened. The log is
// append-only; the facilitator adds notes but never edits or removes a line.
#include <imgui.h>

#include "views/views.hpp"
#include "views/widgets.hpp"

namespace parley::ui {

namespace {

// The log lines shown: those of the session in use, or all; recomputed when the Model changes.
const std::vector<size_t>& VisibleLines(Workbench& app) {
  LogView& view = app.log;
  const Model& model = app.workshop->Model();
  if (view.revision != model.revision || view.session != app.sessionId || view.shownAll != view.showAll) {
    view.lines.clear();
    for (size_t i = 0; i < model.log.size(); ++i)
      if (view.showAll || model.log[i].sessionId == app.sessionId || model.log[i].sessionId == 0)
        view.lines.push_back(i);
    view.revision = model.revision;
    view.session = app.sessionId;
    view.shownAll = view.showAll;
  }
  return view.lines;
}

}  // namespace

void DrawLogView(Workbench& app) {
  LogView& view = app.log;
  const Model& model = app.workshop->Model();
  ImGui::TextUnformatted("Session log");
  ImGui::SameLine();
  Checkbox("All sessions", &view.showAll);
  Hint("What happened, when: phase changes, consents, overrides of the stepper's warnings, who "
       "held the floor, your notes. Lines are never changed or removed.");

  std::string typed;
  ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 7);
  if (TextField("##note", view.note, &typed, "a note for the log, then Enter")) view.note = typed;
  bool entered = ImGui::IsItemDeactivated() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter));
  ImGui::SameLine();
  if ((Button("Add note") || entered) && !view.note.empty()) {
    app.Request([session = app.sessionId, text = view.note](Workshop& w) { w.AddLogNote(session, text); });
    view.note.clear();
  }

  const auto& lines = VisibleLines(app);
  ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH |
                          ImGuiTableFlags_SizingStretchProp;
  if (ImGui::BeginTable("log", 3, flags)) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Time (UTC)", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 10);
    ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 5);
    ImGui::TableSetupColumn("What happened", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(int(lines.size()));
    while (clipper.Step()) {
      for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
        const LogEntry& entry = model.log[lines[size_t(row)]];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextDisabled("%.10s %.5s", entry.at.c_str(), entry.at.size() > 11 ? entry.at.c_str() + 11 : "");
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(entry.kind.c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", entry.text.c_str());
      }
    }
    // Follow new lines as they arrive, unless the facilitator scrolled up to read.
    if (ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - 1.0f) ImGui::SetScrollHereY(1.0f);
    ImGui::EndTable();
  }
}

}  // namespace parley::ui
