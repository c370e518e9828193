#pragma once
// File > Import participants: a CSV file's rows as they will be imported, each row's problem,
// and the import of the good rows at once. Nothing is written before the facilitator confirms.
// The file is chosen in the file dialog first, which opens this one.
#include <string>
#include <vector>

#include "core/interchange/participants_csv.hpp"

namespace parley::ui {

struct Workbench;

struct ImportParticipantsDialog {
  bool open = false;
  std::string path;             // the CSV file, as typed
  std::string previewed;        // the file `preview` was read from, "" before the first preview
  ParticipantsPreview preview;  // its rows, checked against the workshop
  size_t good = 0;              // preview.GoodRows(), counted once: a file may have 100,000 rows
  std::vector<std::string> chosen;  // the field each column fills, as the facilitator chose it;
                                    //   empty: as Parley read the header
};

// Reads the file at `dialog.path` into `dialog.preview`, its columns mapped as `dialog.chosen`
// says; a file that cannot be read goes to the error dialog.
void PreviewParticipantsCsv(Workbench& app, ImportParticipantsDialog& dialog);

// Draws the dialog while `dialog.open`: the file's name, Preview, the table of rows with their
// problems, and Import (the rows without problems, as one request) or Cancel.
void DrawImportParticipantsDialog(Workbench& app, ImportParticipantsDialog& dialog);

}  // namespace parley::ui
