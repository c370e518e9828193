// The start screen, shown when no workshop is open: new, open, the example workshops, recent.
#include <imgui.h>

#include "views/view_start.hpp"
#include "views/file_dialog.hpp"
#include "views/workbench.hpp"
#include "views/widgets.hpp"

namespace parley::ui {

void DrawStartView(Workbench& app) {
  float width = ImGui::GetFontSize() * 34;
  ImGui::SetCursorPosX(std::max(0.0f, (ImGui::GetContentRegionAvail().x - width) * 0.5f));
  ImGui::BeginGroup();
  ImGui::Dummy(ImVec2(width, ImGui::GetFontSize() * 2));
  ImGui::SetWindowFontScale(1.8f);
  ImGui::TextUnformatted("Parley");
  ImGui::SetWindowFontScale(1.0f);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  ImGui::TextUnformatted("A workbench for the facilitators of unofficial dialogue: ground rules, "
                         "stories, needs and fears, options and the joint memo, kept in one "
                         "private file on this computer.");
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  if (Button("New workshop...")) StartFileDialog(app, FileDialog::Purpose::New);
  ImGui::SameLine();
  if (Button("Open...")) StartFileDialog(app, FileDialog::Purpose::Open);
  ImGui::Spacing();
  ImGui::Separator();
  DisabledText("EXAMPLE WORKSHOPS");
  // One row each, the buttons in a column of their own so that the descriptions line up.
  const DemoWorkshop* chosenDemo = nullptr;
  if (ImGui::BeginTable("##demos", 2, 0, ImVec2(width, 0))) {
    ImGui::TableSetupColumn("##open", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("##what", ImGuiTableColumnFlags_WidthStretch);
    for (const DemoWorkshop& demo : DemoWorkshops()) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      if (Button(demo.button)) chosenDemo = &demo;
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      Hint(demo.description);
    }
    ImGui::EndTable();
  }
  if (chosenDemo) app.OpenDemo(*chosenDemo);
  ImGui::Spacing();
  ImGui::Separator();
  DisabledText("RECENT WORKSHOPS");
  if (app.settings.recent.empty()) Hint("Workshops you open will be listed here.");
  std::string chosen;
  for (size_t i = 0; i < app.settings.recent.size(); ++i) {
    const std::string& path = app.settings.recent[i];
    PushId(int64_t(i));  // two sealed entries may show the same file name
    if (Selectable(RecentLabel(app.settings, path).c_str(), false)) chosen = path;
    ImGui::PopID();
  }
  if (!chosen.empty()) app.OpenWorkshop(chosen);
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  Hint("Everything stays on this computer: Parley uses no network. Each workshop is one file, "
       "yours to copy, move and destroy; every edit reaches it the moment you make it.");
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
}

}  // namespace parley::ui
