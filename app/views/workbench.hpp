#pragma once
// The app object: the open workshop, what Parley remembers, and the state of every screen.
// DrawWorkbench() draws one frame of the whole window; main.cpp owns only the platform.
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/common/settings.hpp"
#include "core/store/demo.hpp"
#include "core/store/workshop.hpp"
#include "views/file_dialog.hpp"
#include "views/passphrase_dialog.hpp"
#include "views/plaintext_export.hpp"
#include "views/sidebar.hpp"
#include "views/stepper.hpp"
#include "views/view_ground_rules.hpp"
#include "views/view_import_participants.hpp"
#include "views/view_log.hpp"
#include "views/view_memo.hpp"
#include "views/view_needs_fears.hpp"
#include "views/view_options.hpp"
#include "views/view_setup.hpp"
#include "views/view_stories.hpp"

namespace parley::ui {

enum class Screen { Start, Setup, GroundRules, Stories, NeedsFears, Options, Memo, Log };

struct Workbench {
  std::unique_ptr<Workshop> workshop;  // null on the start screen
  Settings settings;
  std::string configDir;  // where settings are saved; empty in tests that must not save
  std::string dataDir;    // default folder for workshops

  Screen screen = Screen::Start;
  Id sessionId = 0;  // the session in use; the latest one when a workshop opens
  FileDialog fileDialog;
  PassphraseDialog passphraseDialog;
  MoveOnDialog moveOn;
  NewSessionDialog newSession;
  StepperCache stepper;
  SetupView setup;
  GroundRulesView groundRules;
  StoriesView stories;
  NeedsFearsView needsFears;
  OptionsView options;
  MemoView memo;
  LogView log;
  ImportParticipantsDialog importParticipants;
  PlaintextExport plaintextExport;  // a file that names everyone, asked for from a sealed workshop
  std::string notice;       // what the last file command did, in the status bar; "" none
  std::string errorWhat;    // the message shown in the error dialog, "" when none
  std::string errorAdvice;
  bool errorShownInModal = false;  // this frame, over a dialog (EndModal): not over the window
  // The blocks of Unicode of the text on screen that is not the record's: typed, pasted, file
  // names, messages. With the record's own, what the screen font must hold (ScreenScripts).
  Scripts scripts = kBasicLatin;
  void Saw(std::string_view text) { scripts |= ScriptsIn(text); }
  bool quitRequested = false;

  // Runs `action`, turning a parley::Error into the error dialog: the one place where the
  // views' errors are caught. Returns false when it failed.
  bool Try(const std::function<void()>& action);
  // Asks for an edit of the open workshop. Edits run after the frame is drawn, so that no view
  // sees the Model change under the loop that draws it; capture what they need by value.
  // Opening another workshop or closing this one drops those not yet made: their ids are this
  // workshop's.
  void Request(std::function<void(Workshop&)> edit) { pending.push_back(std::move(edit)); }
  std::vector<std::function<void(Workshop&)>> pending;  // requested this frame

  // Each closes the open workshop first, once nothing typed waits for the disk
  // (WhenWorkshopMayGo); each shows a failure in the error dialog. A sealed workshop asks for
  // its passphrase first (passphrase_dialog.hpp). NewWorkshop makes a plain one.
  void OpenWorkshop(const std::string& path);
  void NewWorkshop(const std::string& path);
  void OpenDemo(const DemoWorkshop& demo = DemoWorkshops().front());  // a fresh copy of it
  void CloseWorkshop();  // also on quitting: the workshop's place is no longer marked open
  // Makes `opened` the open workshop, in place of the one open (which must have nothing
  // waiting for the disk), at the place where it was left.
  void Adopt(std::unique_ptr<Workshop> opened);

  // Sealed workshops. Whether the open one is sealed (read from its file when it opened).
  bool sealed = false;
  // Asks to lock the open sealed workshop: once this frame's edits are written, it is closed
  // (after the question of WhenWorkshopMayGo, if typing waits for the disk) and its passphrase
  // asked again. Locking also happens by itself after settings.lockAfterMinutes without input.
  void Lock() { lockRequested = workshop && sealed; }
  bool lockRequested = false;
  // The last input (mouse, keys, typing) on the workshop's clock, for locking when idle.
  std::optional<std::chrono::system_clock::time_point> lastInput;
  void SaveSettings();  // keeps quiet on failure: settings are not the record
  // Reads the settings in configDir. A recent workshop sealed since it was last opened here
  // (`parley seal`, another Parley) is noted as sealed from its file's header, so that the
  // recent list shows its file name only from the start.
  void LoadSettings();

  // Typing the disk refused (Workshop::Waiting): Parley tries to write it again every
  // kRetryWaiting, and the facilitator can save it to a text file of their own.
  std::optional<std::chrono::system_clock::time_point> waitingTriedAt;  // on the workshop's clock
  std::string waitingSavedTo;  // the file the waiting typing was last saved to, "" none
  // Runs `then` (closing the workshop, opening another, quitting) once the open workshop has
  // nothing waiting for the disk; while it has, asks the facilitator first (write it, save it
  // to a file, or go without it) and keeps `then` in `afterWaiting` until they answer.
  void WhenWorkshopMayGo(std::function<void()> then);
  std::function<void()> afterWaiting;  // what waits on that question; empty when none
  // Writes what waits for the disk, as text, to `path` (readable by its owner only).
  void SaveWaitingTo(const std::string& path);

  // Whether the last frame left the screen still moving (UntilScreenChanges): it ran edits, or
  // its windows and dialogs stood otherwise than in the frame before.
  bool unsettled = false;
  uint64_t layoutMark = 0;  // what the windows and dialogs of the last frame were, hashed
  int unsettledFrames = 0;  // frames drawn one after the other while unsettled
};

// The title of a workshop made from the window, until the facilitator gives it one.
constexpr const char* kNewWorkshopTitle = "New workshop";

// The idle times after which a sealed workshop may lock by itself (View > Lock when idle).
constexpr int kLockAfterMinutesChoices[] = {2, 5, 10, 15, 30, 60};

// How often Parley tries again to write typing the disk refused.
constexpr std::chrono::seconds kRetryWaiting{1};

// The screen of a phase.
Screen ScreenOf(Phase phase);

// The screen called `name` on the command line ("setup", "ground-rules", "options-weigh", ...),
// with the mode the Options screen shows; false when there is none by that name.
bool ScreenFromName(const std::string& name, Screen* screen, OptionsMode* mode);
// Shows the view called `name` on the command line: its screen, and for "read-aloud" the ground
// rules read aloud from the first, for "memo-versions" the first memo's Versions tab comparing
// its first version with its last. False when there is no view by that name.
bool ShowView(Workbench& app, const std::string& name);
// The name ScreenFromName takes for `screen` (and `mode`, on the Options screen).
std::string ScreenName(Screen screen, OptionsMode mode);

// The scripts of everything on screen: main.cpp adds to the font those it does not hold yet.
Scripts ScreenScripts(const Workbench& app);

// Ends a modal dialog begun with ImGui::BeginPopupModal, first showing over it the error of
// what was asked from it. Every modal ends with it: an error dialog opened over the window
// while a modal is open takes the modal's place in ImGui's popup stack, the modal opens itself
// again in its place, and the two leave an invisible modal that takes every click and key.
void EndModal(Workbench& app);

// Draws one frame of the whole window into the current ImGui context.
void DrawWorkbench(Workbench& app);

// How long from now, on the workshop's clock, until what DrawWorkbench draws changes with no
// input: at once while the screen has not settled (an edit asked for in a frame ran after it,
// a dialog opens or takes its size); while a key is derived, soon (the dialog's bar moves, and
// the workshop opens once it is done); else the next second of a running speaker clock on the
// Stories view, the status bar's next "saved ... ago", or the moment an idle sealed workshop
// locks. nullopt when nothing changes until there is input: main.cpp then draws nothing until
// there is.
std::optional<std::chrono::milliseconds> UntilScreenChanges(const Workbench& app);

// Sets Parley's style: light or dark colours, with Parley's rounding and spacing.
void ApplyStyle(bool dark);

}  // namespace parley::ui
