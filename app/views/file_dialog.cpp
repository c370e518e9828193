// The in-app file chooser for every file Parley asks for (New, Open, JSON export and import,
// participants from CSV): type a path or pick from the folder.
#include <imgui.h>

#include <filesystem>

#include "core/common/atomic_file.hpp"
#include "core/interchange/workshop_json.hpp"
#include "views/file_dialog.hpp"
#include "views/widgets.hpp"
#include "views/workbench.hpp"

namespace parley::ui {

namespace {

namespace fs = std::filesystem;
using Purpose = FileDialog::Purpose;

constexpr const char* kPopup = "Choose a file";

// What the dialog lists and asks for each purpose.
struct Kind {
  const char* extension;  // of the files listed, and added to a new file's name without one
  bool creates;           // the file chosen is to be written
  const char* button;
};

Kind KindOf(Purpose purpose) {
  switch (purpose) {
    case Purpose::New: return {".parley", true, "Create"};
    case Purpose::ExportJson: return {".json", true, "Export"};
    case Purpose::ImportJson: return {".json", false, "Next"};
    case Purpose::ImportJsonTo: return {".parley", true, "Import"};
    case Purpose::ParticipantsCsv: return {".csv", false, "Preview"};
    case Purpose::SaveTyping: return {".txt", true, "Save"};
    case Purpose::Open:
    case Purpose::None: break;
  }
  return {".parley", false, "Open"};
}

std::string Question(const FileDialog& dialog) {
  switch (dialog.purpose) {
    case Purpose::New: return "New workshop: where should its file be kept?";
    case Purpose::ExportJson:
      return "Export the whole workshop as JSON. It names every participant: keep it as safe as the "
             "workshop file.";
    case Purpose::ImportJson: return "Import a workshop from a JSON export: choose the export.";
    case Purpose::ImportJsonTo:
      return "Import " + fs::path(dialog.source).filename().string() +
             ": where should the new workshop file be kept? An existing file is never replaced.";
    case Purpose::ParticipantsCsv:
      return "Import participants: choose a spreadsheet saved as CSV. Nothing is added before you "
             "have seen the preview.";
    case Purpose::SaveTyping:
      return "Save the typing not yet on disk to a text file of its own (Parley still writes it to "
             "the workshop when it can). It may name participants: keep it as safe as the workshop.";
    case Purpose::Open:
    case Purpose::None: break;
  }
  return "Open a workshop";
}

void ShowFolder(Workbench& app, const std::string& folder) {
  FileDialog& dialog = app.fileDialog;
  dialog.folder = folder;
  dialog.entries = ListFolder(folder, KindOf(dialog.purpose).extension);
  app.Saw(folder);
  for (const FileEntry& entry : dialog.entries) app.Saw(entry.name);
}

// `path` with the extension of `purpose` instead of its own.
std::string Renamed(const std::string& path, Purpose purpose) {
  return fs::path(path).stem().string() + KindOf(purpose).extension;
}

void Begin(Workbench& app, Purpose purpose, const std::string& folder, const std::string& name) {
  FileDialog& dialog = app.fileDialog;
  dialog.purpose = purpose;
  dialog.name = name;
  ShowFolder(app, folder);
}

std::string ChosenPath(const FileDialog& dialog) {
  fs::path name(dialog.name);
  fs::path path = name.is_absolute() ? name : fs::path(dialog.folder) / name;
  Kind kind = KindOf(dialog.purpose);
  if (kind.creates && path.extension() != kind.extension) path += kind.extension;
  return path.string();
}

void Close(FileDialog& dialog) {
  dialog.purpose = Purpose::None;
  ImGui::CloseCurrentPopup();
}

// Does what the dialog was for with the file chosen, and closes it; but a JSON export from a
// sealed workshop is confirmed first, over the dialog, which closes once it is.
void Complete(Workbench& app, const std::string& path) {
  FileDialog& dialog = app.fileDialog;
  Purpose purpose = dialog.purpose;
  if (purpose == Purpose::ExportJson) {
    WriteNamingEveryone(app, Workshop::PlaintextExport::Json, path, [&app, path](Workshop& w) {
      ExportWorkshopJson(w, path);
      app.notice = "Exported the whole workshop to " + path;
    });
    if (app.sealed) return;
  }
  Close(dialog);
  switch (purpose) {
    case Purpose::Open: app.OpenWorkshop(path); break;
    case Purpose::New: app.WhenWorkshopMayGo([&app, path] { AskNewWorkshop(app, path); }); break;
    case Purpose::ExportJson: break;  // written after the frame
    case Purpose::ImportJson:
      Begin(app, Purpose::ImportJsonTo, dialog.folder, Renamed(path, Purpose::ImportJsonTo));
      dialog.source = path;
      break;
    case Purpose::ImportJsonTo:
      if (app.Try([&] { ImportWorkshopJson(dialog.source, path); })) app.OpenWorkshop(path);
      break;
    case Purpose::ParticipantsCsv:
      app.importParticipants = ImportParticipantsDialog{};
      app.importParticipants.open = true;
      app.importParticipants.path = path;
      PreviewParticipantsCsv(app, app.importParticipants);
      break;
    case Purpose::SaveTyping: app.SaveWaitingTo(path); break;
    case Purpose::None: break;
  }
}

}  // namespace

void StartFileDialog(Workbench& app, Purpose purpose) {
  std::string folder = app.dataDir;
  std::string name;
  if (app.workshop) folder = fs::path(app.workshop->Path()).parent_path().string();
  if (purpose == Purpose::New) name = "New workshop.parley";
  if (purpose == Purpose::ExportJson) name = Renamed(app.workshop->Path(), purpose);
  if (purpose == Purpose::SaveTyping) name = fs::path(app.workshop->Path()).stem().string() + " - typing not saved.txt";
  MakePrivateFolders(app.dataDir);
  Begin(app, purpose, folder, name);
}

void DrawFileDialog(Workbench& app) {
  FileDialog& dialog = app.fileDialog;
  if (dialog.purpose == Purpose::None) return;
  if (!ImGui::IsPopupOpen(kPopup)) ImGui::OpenPopup(kPopup);
  ImVec2 centre = ImGui::GetMainViewport()->GetCenter();
  ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  float em = ImGui::GetFontSize();
  ImGui::SetNextWindowSize(ImVec2(em * 36, em * 26), ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal(kPopup, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;

  Kind kind = KindOf(dialog.purpose);
  WrappedText(Question(dialog), ImGui::GetColorU32(ImGuiCol_Text));
  // A folder named in Arabic or Hebrew reads as it is written, within the path's left-to-right order.
  LineText("Folder: " + dialog.folder, ImGui::GetColorU32(ImGuiCol_TextDisabled), TextDirection::LeftToRight);
  if (SmallButton("Up one folder")) ShowFolder(app, fs::path(dialog.folder).parent_path().string());

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
  if (dialog.entries.empty()) Hint((std::string("No ") + kind.extension + " files or folders here.").c_str());
  ImGui::EndChild();
  if (!enter.empty()) ShowFolder(app, (fs::path(dialog.folder) / enter).string());

  std::string typed;
  ImGui::SetNextItemWidth(em * 22);
  if (TextField("File name", dialog.name, &typed, kind.creates ? "name" : "name or full path")) dialog.name = typed;
  bool submitted = ImGui::IsItemDeactivated() && EnterPressed();
  if ((Button(kind.button) || submitted) && !dialog.name.empty()) Complete(app, ChosenPath(dialog));
  ImGui::SameLine();
  bool asking = !app.plaintextExport.path.empty();  // Escape is the confirmation's then
  if (Button("Cancel") || (!asking && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))) Close(dialog);
  if (DrawPlaintextConfirmation(app)) Close(dialog);
  EndModal(app);
}

}  // namespace parley::ui
