// The in-app file chooser for New workshop and Open: type a path or pick from the folder.
#include <imgui.h>

#include <filesystem>

#include "views/views.hpp"
#include "views/widgets.hpp"

namespace parley::ui {

namespace {

constexpr const char* kPopup = "Choose a workshop file";

void ShowFolder(FileDialog& dialog, const std::string& folder) {
  dialog.folder = folder;
  dialog.entries = ListWorkshopFolder(folder);
}

std::string ChosenPath(const FileDialog& dialog) {
  std::filesystem::path name(dialog.name);
  if (name.is_absolute()) return name.string();
  std::filesystem::path path = std::filesystem::path(dialog.folder) / name;
  if (dialog.purpose == FileDialog::Purpose::New && path.extension() != ".parley")
    path += ".parley";
  return path.string();
}

}  // namespace

void StartFileDialog(Workbench& app, FileDialog::Purpose purpose) {
  FileDialog& dialog = app.fileDialog;
  dialog.purpose = purpose;
  dialog.name = purpose == FileDialog::Purpose::New ? "New workshop.parley" : "";
  std::string folder = app.dataDir;
  if (app.workshop) folder = std::filesystem::path(app.workshop->Path()).parent_path().string();
  std::error_code ec;
  std::filesystem::create_directories(app.dataDir, ec);
  ShowFolder(dialog, folder);
}

void DrawFileDialog(Workbench& app) {
  FileDialog& dialog = app.fileDialog;
  if (dialog.purpose == FileDialog::Purpose::None) return;
  if (!ImGui::IsPopupOpen(kPopup)) ImGui::OpenPopup(kPopup);
  ImVec2 centre = ImGui::GetMainViewport()->GetCenter();
  ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  float em = ImGui::GetFontSize();
  ImGui::SetNextWindowSize(ImVec2(em * 36, em * 26), ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal(kPopup, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;

  bool isNew = dialog.purpose == FileDialog::Purpose::New;
  ImGui::TextUnformatted(isNew ? "New workshop: where should its file be kept?" : "Open a workshop");
  ImGui::TextDisabled("Folder: %s", dialog.folder.c_str());
  if (SmallButton("Up one folder"))
    ShowFolder(dialog, std::filesystem::path(dialog.folder).parent_path().string());

  ImGui::BeginChild("entries", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() * 2.2f), true);
  std::string enter;
  for (const FileEntry& entry : dialog.entries) {
    std::string label = entry.isFolder ? entry.name + "/" : entry.name;
    if (Selectable(label.c_str(), dialog.name == entry.name, ImGuiSelectableFlags_AllowDoubleClick)) {
      if (entry.isFolder)
        enter = entry.name;
      else
        dialog.name = entry.name;
    }
  }
  if (dialog.entries.empty()) Hint("No workshops or folders here.");
  ImGui::EndChild();
  if (!enter.empty()) ShowFolder(dialog, (std::filesystem::path(dialog.folder) / enter).string());

  std::string typed;
  bool submitted = false;
  ImGui::SetNextItemWidth(em * 22);
  if (TextField("File name", dialog.name, &typed, isNew ? "name.parley" : "name or full path"))
    dialog.name = typed;
  submitted = ImGui::IsItemDeactivated() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter));
  if (Button(isNew ? "Create" : "Open") || submitted) {
    std::string path = ChosenPath(dialog);
    dialog.purpose = FileDialog::Purpose::None;
    ImGui::CloseCurrentPopup();
    if (isNew)
      app.NewWorkshop(path);
    else
      app.OpenWorkshop(path);
  }
  ImGui::SameLine();
  if (Button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
    dialog.purpose = FileDialog::Purpose::None;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace parley::ui
