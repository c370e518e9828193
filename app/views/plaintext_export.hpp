#pragma once
// Files that name everyone, written from the window (File > Export internal report, File >
// Export the whole workshop as JSON): from a sealed workshop only once the facilitator has
// confirmed that the file written is not sealed, and then logged (Workshop::LogPlaintextExport,
// the command line's wording with "in the window" for "with --plaintext").
#include <functional>
#include <string>

#include "core/store/workshop.hpp"

namespace parley::ui {

struct Workbench;

// A file that names everyone, waiting for the facilitator to confirm it from a sealed workshop.
struct PlaintextExport {
  Workshop::PlaintextExport what = Workshop::PlaintextExport::Report;
  std::string path;                      // the file as it will be written; "" when none waits
  std::function<void(Workshop&)> write;  // writes it to `path`; throws parley::Error
};

// Writes the file at `path` with `write` once this frame is drawn: at once from a plain
// workshop; from a sealed one after the facilitator confirms it (DrawPlaintextConfirmation),
// then logged.
void WriteNamingEveryone(Workbench& app, Workshop::PlaintextExport what, const std::string& path,
                         std::function<void(Workshop&)> write);
// Draws the confirmation while one waits. Called inside the dialog that asked for it, before
// that dialog's EndModal: a modal opened at the top level would close the one open below it.
// Returns true in the frame the write was confirmed (it runs after the frame), false otherwise
// (also when cancelled: then nothing is written).
bool DrawPlaintextConfirmation(Workbench& app);

}  // namespace parley::ui
