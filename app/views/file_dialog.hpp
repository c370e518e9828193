#pragma once
// The in-app file chooser (file_dialog.cpp): a typed path and the folder's listing, for each
// file Parley asks for.
#include <string>
#include <vector>

#include "core/common/file_list.hpp"

namespace parley::ui {

struct Workbench;

// UI state of the file chooser.
struct FileDialog {
  enum class Purpose {
    None,
    Open,             // a workshop to open
    New,              // where a new workshop's file is to be kept
    ExportJson,       // where the open workshop's JSON goes
    ImportJson,       // a JSON export to make a workshop from...
    ImportJsonTo,     // ...and where that workshop's file is to be kept
    ParticipantsCsv,  // a CSV file of participants, for File > Import participants
    SaveTyping,       // where typing not yet on disk is saved as text
  } purpose = Purpose::None;
  std::string folder;              // the folder listed
  std::string name;                // the file name typed or picked
  std::string source;              // ImportJsonTo: the JSON file chosen first
  std::vector<FileEntry> entries;  // listing of `folder`, read when the folder changes
};

// Opens the file dialog for `purpose`, in the open workshop's folder (else the data folder).
void StartFileDialog(Workbench& app, FileDialog::Purpose purpose);
// Draws the dialog while a purpose is set, and does what it is for when a file is chosen.
void DrawFileDialog(Workbench& app);

}  // namespace parley::ui
