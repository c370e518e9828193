// The window's frame: menu bar, sidebar, the screen in use, status bar and dialogs.
//
// [SECTION] Workbench actions (open, new, close, errors)
// [SECTION] Typing the disk refused (retries, saving it elsewhere, leaving the workshop)
// [SECTION] Menu bar and shortcuts
// [SECTION] Status bar and error dialog
// [SECTION] DrawWorkbench
#include "views/workbench.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <bit>
#include <chrono>
#include <cstdio>

#include "core/common/atomic_file.hpp"
#include "core/common/clock.hpp"
#include "core/common/text.hpp"
#include "core/store/demo.hpp"
#include "core/common/error.hpp"
#include "core/method/speaking_order.hpp"
#include "views/sidebar.hpp"
#include "views/view_start.hpp"
#include "views/widgets.hpp"

namespace parley::ui {

// ---------------------------------------------------------------------------------------------
// [SECTION] Workbench actions

bool Workbench::Try(const std::function<void()>& action) {
  try {
    action();
    return true;
  } catch (const Error& e) {
    errorWhat = e.what();
    errorAdvice = e.Advice();
  } catch (const std::exception& e) {
    errorWhat = e.what();
    errorAdvice = "Nothing was changed. If it happens again, keep a copy of the workshop file.";
  }
  return false;
}

namespace {
// Every screen's state, and every edit asked for, belongs to the workshop it was made for: an
// edit asked of the workshop that goes would run on the next with the ids of the last.
void ResetScreens(Workbench& app) {
  app.pending.clear();
  app.setup = {};
  app.groundRules = {};
  app.stories = {};
  app.needsFears = {};
  app.options = {};
  app.memo = {};
  app.log = {};
  app.moveOn = {};
  app.newSession = {};
  app.stepper = {};
  app.importParticipants = {};
  app.plaintextExport = {};
  app.notice.clear();
  app.waitingTriedAt.reset();
  app.waitingSavedTo.clear();
}

// Keeps the screen and session in use as the open workshop's place, for a run that ends
// without closing it.
void KeepPlace(Workbench& app) {
  if (!app.workshop) return;
  WorkshopPlace& place = PlaceOf(app.settings, app.workshop->Path());
  std::string screen = ScreenName(app.screen, app.options.mode);
  if (place.open && place.screen == screen && place.session == app.sessionId) return;
  place = {place.path, screen, app.sessionId, true};
  app.SaveSettings();
}
}  // namespace

void Workbench::Adopt(std::unique_ptr<Workshop> opened) {
  // The workshop that goes is closed as it should be: only a run that ends without closing a
  // workshop leaves its place marked open.
  if (workshop) PlaceOf(settings, workshop->Path()).open = false;
  ResetScreens(*this);
  workshop = std::move(opened);
  sealed = Workshop::IsSealed(workshop->Path());
  lastInput.reset();
  const Model& model = workshop->Model();
  sessionId = model.sessions.empty() ? 0 : model.sessions.back().id;
  screen = Screen::Setup;
  AddRecent(settings, workshop->Path(), sealed);
  // A place still marked open: the last run ended without closing the workshop. Back to where
  // the facilitator was; the drafts bring back what was typed.
  WorkshopPlace& place = PlaceOf(settings, workshop->Path());
  if (place.open) {
    OptionsMode mode = OptionsMode::Brainstorm;
    if (ScreenFromName(place.screen, &screen, &mode)) options.mode = mode;
    if (screen == Screen::Start) screen = Screen::Setup;
    if (model.FindSession(place.session)) sessionId = place.session;
    notice = "Parley did not close properly last time: you are back where you were, and what was "
             "typed is back in its fields.";
  }
  place.open = true;
  Saw(workshop->Path());
  SaveSettings();
}

void Workbench::OpenWorkshop(const std::string& path) {
  WhenWorkshopMayGo([this, path] {
    if (Workshop::IsSealed(path))
      AskPassphrase(*this, path);
    else
      Try([&] { Adopt(Workshop::Open(path)); });
  });
}

void Workbench::NewWorkshop(const std::string& path) {
  WhenWorkshopMayGo([this, path] {
    Try([&] { Adopt(Workshop::Create(path, kNewWorkshopTitle, LocalDate(), RulesTemplate(configDir))); });
  });
}

void Workbench::OpenDemo(const DemoWorkshop& demo) {
  WhenWorkshopMayGo([this, demo] { Try([&] { Adopt(CreateFreshDemo(dataDir + "/" + demo.file, demo)); }); });
}

void Workbench::CloseWorkshop() {
  if (workshop) {
    PlaceOf(settings, workshop->Path()).open = false;
    SaveSettings();
  }
  workshop.reset();
  sealed = false;
  lockRequested = false;
  ResetScreens(*this);
  screen = Screen::Start;
  sessionId = 0;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Typing the disk refused

void Workbench::WhenWorkshopMayGo(std::function<void()> then) {
  afterWaiting = nullptr;
  if (!workshop || workshop->WriteWaiting())
    then();
  else
    afterWaiting = std::move(then);
}

void Workbench::SaveWaitingTo(const std::string& path) {
  Try([&] {
    WriteFileAtomically(path, workshop->WaitingAsText());
    waitingSavedTo = path;
    notice = "The typing not yet on disk is saved in " + path;
  });
}

namespace {

// The question asked on leaving the workshop (closing it, opening another, quitting) while
// typing waits for the disk: nothing typed goes without the facilitator saying so.
void DrawLeaveDialog(Workbench& app) {
  // The file dialog of "Save ..." takes its place for a while; it comes back after.
  if (!app.afterWaiting || !app.workshop || app.fileDialog.purpose != FileDialog::Purpose::None) return;
  constexpr const char* kTitle = "Typing not on disk yet";
  if (!ImGui::IsPopupOpen(kTitle)) ImGui::OpenPopup(kTitle);
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 34, 0));
  if (!ImGui::BeginPopupModal(kTitle, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  ImGui::TextWrapped("%s", app.workshop->WaitingSummary().c_str());
  ImGui::Spacing();
  ImGui::TextWrapped("%s", app.workshop->WaitingAdvice().c_str());
  if (!app.waitingSavedTo.empty()) {
    ImGui::Spacing();
    ImGui::TextWrapped("A copy of it is saved in %s.", app.waitingSavedTo.c_str());
  }
  ImGui::Spacing();
  bool go = false;
  if (Button("Try again")) go = app.workshop->WriteWaiting();
  ImGui::SameLine();
  if (Button("Save unsaved typing to a file...")) StartFileDialog(app, FileDialog::Purpose::SaveTyping);
  ImGui::SameLine();
  if (Button("Go on without it")) go = true;
  ImGui::SameLine();
  if (Button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) app.afterWaiting = nullptr;
  std::function<void()> then;
  if (go) std::swap(then, app.afterWaiting);
  if (!app.afterWaiting || app.fileDialog.purpose != FileDialog::Purpose::None) ImGui::CloseCurrentPopup();
  EndModal(app);
  if (then) then();
}

// Every kRetryWaiting while typing waits for the disk, Parley tries to write it; the question
// of leaving the workshop is answered by itself once it is written.
void RetryWaiting(Workbench& app) {
  if (!app.workshop || app.workshop->Waiting().empty()) {
    app.waitingTriedAt.reset();
    return;
  }
  auto now = app.workshop->Now();
  if (!app.waitingTriedAt) app.waitingTriedAt = now;  // refused just now
  if (now - *app.waitingTriedAt < kRetryWaiting) return;
  app.waitingTriedAt = now;
  if (app.workshop->WriteWaiting() && app.afterWaiting) {
    std::function<void()> then;
    std::swap(then, app.afterWaiting);
    then();
  }
}

// While typing waits for the disk: what waits and what to do, in the warning colour, over the
// status bar, with the two things the facilitator can do about it. No dialog: the field being
// typed in keeps the keyboard. It comes and goes at the foot of the window, where the screen
// above gives it room from the bottom up: nothing on screen moves under the pointer (issue 17).
struct WaitingBanner {
  std::string summary, advice;  // empty: nothing waits
  float height = 0;             // the height it takes, its spacing included
};

WaitingBanner LayOutWaitingBanner(const Workbench& app) {
  if (!app.workshop || app.workshop->Waiting().empty()) return {};
  WaitingBanner banner{"Not saved: " + app.workshop->WaitingSummary(), app.workshop->WaitingAdvice()};
  float width = ImGui::GetContentRegionAvail().x, spacing = ImGui::GetStyle().ItemSpacing.y;
  // Two wrapped texts and a line of small buttons (no frame padding: a text line high).
  banner.height = WrappedTextHeight(banner.summary, width) + WrappedTextHeight(banner.advice, width) +
                  ImGui::GetTextLineHeight() + spacing * 3;
  return banner;
}

void DrawWaitingBanner(Workbench& app, const WaitingBanner& banner) {
  if (banner.summary.empty()) return;
  ImU32 warning = ImGui::GetColorU32(WarningColour());
  WrappedText(banner.summary, warning);
  TrackJoined(banner.summary);
  WrappedText(banner.advice, warning);
  TrackJoined(banner.advice);
  if (SmallButton("Try again now")) app.workshop->WriteWaiting();
  ImGui::SameLine();
  if (SmallButton("Save it to a file...")) StartFileDialog(app, FileDialog::Purpose::SaveTyping);
}

}  // namespace

void Workbench::SaveSettings() {
  if (configDir.empty()) return;
  try {
    parley::SaveSettings(configDir, settings);
  } catch (const Error&) {
    // The recent list and font size are conveniences; failing to keep them must not
    // interrupt the facilitator.
  }
}

void Workbench::LoadSettings() {
  settings = parley::LoadSettings(configDir);
  std::vector<std::string>& sealedRecent = settings.sealedRecent;
  for (const std::string& path : settings.recent)
    if (Workshop::IsSealed(path) && std::find(sealedRecent.begin(), sealedRecent.end(), path) == sealedRecent.end())
      sealedRecent.push_back(path);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Menu bar and shortcuts

namespace {

void Undo(Workbench& app) {
  if (app.workshop && app.workshop->CanUndo()) app.Request([](Workshop& w) { w.Undo(); });
}
void Redo(Workbench& app) {
  if (app.workshop && app.workshop->CanRedo()) app.Request([](Workshop& w) { w.Redo(); });
}

void Close(Workbench& app) {
  app.WhenWorkshopMayGo([&app] { app.CloseWorkshop(); });
}

// Closes the sealed workshop and asks for its passphrase again, to open it where it was.
void LockNow(Workbench& app) {
  app.lockRequested = false;
  app.WhenWorkshopMayGo([&app] {
    std::string path = app.workshop->Path(), screen = ScreenName(app.screen, app.options.mode);
    Id session = app.sessionId;
    // A file being chosen for the workshop (an export, an import into it) goes with it.
    app.fileDialog.purpose = FileDialog::Purpose::None;
    app.CloseWorkshop();
    AskPassphrase(app, path);
    app.passphraseDialog.locked = true;
    app.passphraseDialog.placeScreen = screen;
    app.passphraseDialog.placeSession = session;
  });
}

// Whether the facilitator did anything this frame: moved or pressed the mouse, or a key.
bool AnyInput(const ImGuiIO& io) {
  if (io.MouseDelta.x != 0 || io.MouseDelta.y != 0 || io.MouseWheel != 0 || io.InputQueueCharacters.Size > 0)
    return true;
  for (bool down : io.MouseDown)
    if (down) return true;
  for (bool down : io.KeysDown)
    if (down) return true;
  return false;
}

// Once this frame's edits are written: a lock asked for, or due after the idle time chosen.
void LockWhenDue(Workbench& app) {
  if (!app.workshop || !app.sealed || app.passphraseDialog.Working()) return;
  auto now = app.workshop->Now();
  if (!app.lastInput || AnyInput(ImGui::GetIO())) app.lastInput = now;
  int minutes = app.settings.lockAfterMinutes;
  if (minutes > 0 && now - *app.lastInput >= std::chrono::minutes(minutes)) app.lockRequested = true;
  // Not over a question the facilitator is answering about typing that waits for the disk.
  if (app.lockRequested && !app.afterWaiting) LockNow(app);
}

void Quit(Workbench& app) {
  app.WhenWorkshopMayGo([&app] { app.quitRequested = true; });
}

void SetFontSize(Workbench& app, float size) {
  app.settings.fontSize = size;  // main.cpp makes the font again before the next frame
  app.SaveSettings();
}

void DrawMenuBar(Workbench& app) {
  if (!ImGui::BeginMenuBar()) return;
  if (BeginMenu("File")) {
    if (MenuItem("New workshop...", "Ctrl+N")) StartFileDialog(app, FileDialog::Purpose::New);
    if (MenuItem("Open...", "Ctrl+O")) StartFileDialog(app, FileDialog::Purpose::Open);
    if (BeginMenu("Open recent", !app.settings.recent.empty())) {
      std::string chosen;
      for (size_t i = 0; i < app.settings.recent.size(); ++i) {
        const std::string& path = app.settings.recent[i];
        PushId(int64_t(i));  // two sealed entries may show the same file name
        if (MenuItem(RecentLabel(app.settings, path).c_str())) chosen = path;
        ImGui::PopID();
      }
      ImGui::EndMenu();
      if (!chosen.empty()) app.OpenWorkshop(chosen);
    }
    if (BeginMenu("Open an example workshop")) {
      for (const DemoWorkshop& demo : DemoWorkshops())
        if (MenuItem(demo.description)) app.OpenDemo(demo);
      ImGui::EndMenu();
    }
    ImGui::Separator();
    if (MenuItem("Import participants from CSV...", nullptr, false, app.workshop != nullptr))
      StartFileDialog(app, FileDialog::Purpose::ParticipantsCsv);
    if (MenuItem("Import a workshop from JSON...")) StartFileDialog(app, FileDialog::Purpose::ImportJson);
    ImGui::Separator();
    if (MenuItem("Export memo...", nullptr, false, app.workshop != nullptr)) {
      app.screen = Screen::Memo;
      app.memo.exportDialog = MemoExportDialog{};
      app.memo.exportDialog.open = true;
    }
    if (MenuItem("Export internal report...", nullptr, false, app.workshop != nullptr)) {
      app.memo.exportDialog = MemoExportDialog{};
      app.memo.exportDialog.open = true;
      app.memo.exportDialog.report = true;
    }
    if (MenuItem("Export the whole workshop as JSON...", nullptr, false, app.workshop != nullptr))
      StartFileDialog(app, FileDialog::Purpose::ExportJson);
    if (MenuItem("Save unsaved typing to a file...", nullptr, false, app.workshop && !app.workshop->Waiting().empty()))
      StartFileDialog(app, FileDialog::Purpose::SaveTyping);
    ImGui::Separator();
    using Purpose = PassphraseDialog::Purpose;
    if (MenuItem("Seal with a passphrase...", nullptr, false, app.workshop && !app.sealed))
      AskRewrite(app, Purpose::Seal);
    if (MenuItem("Change passphrase...", nullptr, false, app.workshop && app.sealed)) AskRewrite(app, Purpose::Change);
    if (MenuItem("Unseal...", nullptr, false, app.workshop && app.sealed)) AskRewrite(app, Purpose::Unseal);
    if (MenuItem("Lock", "Ctrl+L", false, app.workshop && app.sealed)) app.Lock();
    if (MenuItem("Close", "Ctrl+W", false, app.workshop != nullptr)) Close(app);
    if (MenuItem("Quit", "Ctrl+Q")) Quit(app);
    ImGui::EndMenu();
  }
  if (BeginMenu("Edit")) {
    bool canUndo = app.workshop && app.workshop->CanUndo();
    bool canRedo = app.workshop && app.workshop->CanRedo();
    std::string undo = canUndo ? "Undo " + app.workshop->UndoLabel() : "Undo";
    std::string redo = canRedo ? "Redo " + app.workshop->RedoLabel() : "Redo";
    if (MenuItem(undo.c_str(), "Ctrl+Z", false, canUndo)) Undo(app);
    if (MenuItem(redo.c_str(), "Ctrl+Shift+Z", false, canRedo)) Redo(app);
    ImGui::EndMenu();
  }
  if (BeginMenu("View")) {
    if (BeginMenu("Font size")) {
      for (float size : {14.0f, 16.0f, 18.0f, 22.0f, 26.0f, 32.0f}) {
        char label[16];
        std::snprintf(label, sizeof label, "%.0f px", size);
        if (MenuItem(label, nullptr, app.settings.fontSize == size)) SetFontSize(app, size);
      }
      ImGui::EndMenu();
    }
    if (MenuItem("Light", nullptr, !app.settings.dark)) {
      app.settings.dark = false;
      ApplyStyle(false);
      app.SaveSettings();
    }
    if (MenuItem("Dark", nullptr, app.settings.dark)) {
      app.settings.dark = true;
      ApplyStyle(true);
      app.SaveSettings();
    }
    ImGui::Separator();
    if (BeginMenu("Lock a sealed workshop when idle")) {
      int chosen = -1;
      if (MenuItem("Never", nullptr, app.settings.lockAfterMinutes == 0)) chosen = 0;
      for (int minutes : kLockAfterMinutesChoices) {
        char label[32];
        std::snprintf(label, sizeof label, "After %d min", minutes);
        if (MenuItem(label, nullptr, app.settings.lockAfterMinutes == minutes)) chosen = minutes;
      }
      ImGui::EndMenu();
      if (chosen >= 0) {
        app.settings.lockAfterMinutes = chosen;
        app.SaveSettings();
      }
    }
    ImGui::EndMenu();
  }
  ImGui::EndMenuBar();
}

void HandleShortcuts(Workbench& app) {
  const ImGuiIO& io = ImGui::GetIO();
  if (!io.KeyCtrl) return;
  // ImGui 1.86 reads keys by the platform's key code; GLFW's code of a letter key is its
  // upper-case ASCII letter.
  auto pressed = [](char letter) { return ImGui::IsKeyPressed(letter, false); };
  // While a text field has the keyboard, Ctrl+Z takes back its own typing first; with none
  // left, it undoes the last edit as anywhere else (a story saved by mistake, say, the
  // keyboard already in the next one's summary), and the field lets the keyboard go.
  bool redo = pressed('Y') || (pressed('Z') && io.KeyShift), undo = pressed('Z') && !io.KeyShift;
  if ((undo || redo) && !FieldTakesUndo(redo)) redo ? Redo(app) : Undo(app);
  if (pressed('N')) StartFileDialog(app, FileDialog::Purpose::New);
  if (pressed('O')) StartFileDialog(app, FileDialog::Purpose::Open);
  if (pressed('W') && app.workshop) Close(app);
  if (pressed('L')) app.Lock();
  if (pressed('Q')) Quit(app);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Status bar and error dialog

// The status bar says a write was "just now", then how many seconds ago, then minutes.
constexpr std::chrono::seconds kSavedJustNow{2}, kSavedInSeconds{120};

void DrawStatusBar(Workbench& app) {
  if (!app.workshop) {
    DisabledText("No workshop open. Everything you type is written to the workshop file at once.");
    return;
  }
  // Whether the file itself keeps the record from whoever takes it.
  const char* seal = app.sealed ? "Sealed" : "Not sealed: anyone with the file can read it";
  ImGui::TextUnformatted(seal);
  Track(seal);
  ImGui::SameLine();
  ImGui::TextDisabled("·");
  ImGui::SameLine();
  auto last = app.workshop->LastWrite();
  if (int waiting = app.workshop->WaitingEdits()) {
    std::string text = "NOT SAVED: " + Counted(waiting, "edit", "edits") + " waiting for the disk";
    ImGui::TextColored(WarningColour(), "%s", text.c_str());
    TrackJoined(text);
  } else if (last) {
    auto ago = std::chrono::duration_cast<std::chrono::seconds>(app.workshop->Now() - *last);
    if (ago < kSavedJustNow)
      ImGui::Text("Saved to disk just now");
    else if (ago < kSavedInSeconds)
      ImGui::Text("Saved to disk %lld s ago", static_cast<long long>(ago.count()));
    else
      ImGui::Text("Saved to disk %lld min ago", static_cast<long long>(ago.count() / 60));
  } else {
    ImGui::Text("Every edit is saved to disk as you make it");
  }
  if (!app.notice.empty()) {
    ImGui::SameLine();
    ImGui::Text("  ·  %s", app.notice.c_str());
  }
  // The path last, in the space left: a folder or file named in Arabic or Hebrew reads as it
  // is written, within the path's left-to-right order.
  ImGui::SameLine(0, ImGui::CalcTextSize("  ").x + ImGui::GetStyle().ItemSpacing.x);
  LineText(app.workshop->Path(), ImGui::GetColorU32(ImGuiCol_TextDisabled), TextDirection::LeftToRight);
}

// The error dialog, at the level of ImGui's popup stack where it is called.
void DrawErrorPopup(Workbench& app) {
  constexpr const char* kTitle = "Parley could not do that";
  if (!ImGui::IsPopupOpen(kTitle)) ImGui::OpenPopup(kTitle);
  ImVec2 centre = ImGui::GetMainViewport()->GetCenter();
  ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30, 0));
  if (ImGui::BeginPopupModal(kTitle, nullptr, ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::TextWrapped("%s", app.errorWhat.c_str());
    ImGui::Spacing();
    ImGui::TextWrapped("%s", app.errorAdvice.c_str());
    ImGui::Spacing();
    // Enter closes it, but not the Enter that ended the field whose action failed: the dialog
    // opens in that frame.
    if (Button("OK") || (!ImGui::IsWindowAppearing() && EnterPressed(false))) {
      app.errorWhat.clear();
      app.errorAdvice.clear();
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
}

// An error no dialog showed this frame (EndModal) is shown over the window itself.
void DrawErrorDialog(Workbench& app) {
  if (!app.errorWhat.empty() && !app.errorShownInModal) DrawErrorPopup(app);
}

}  // namespace

void EndModal(Workbench& app) {
  if (!app.errorWhat.empty()) {
    DrawErrorPopup(app);
    app.errorShownInModal = true;
  }
  ImGui::EndPopup();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] DrawWorkbench

Scripts ScreenScripts(const Workbench& app) {
  return app.scripts | (app.workshop ? app.workshop->Model().scripts : kBasicLatin);
}

namespace {

// A frame that changed the screen by itself, with no input after it, must not be the last one
// drawn: an edit asked for in it (app.Request) runs after it, a dialog it opens is drawn a
// frame later, sized the frame after, and what the edit opens or moves in turn takes as many
// again. So frames are drawn one after the other until one leaves every window as the frame
// before left it. A layout that never settles (a bug) costs this many frames, not a busy loop.
constexpr int kMostUnsettledFrames = 30;

uint64_t Mixed(uint64_t mark, uint64_t value) { return (mark ^ value) * 1099511628211ull; }
uint64_t Mixed(uint64_t mark, ImVec2 v) {
  return Mixed(Mixed(mark, std::bit_cast<uint32_t>(v.x)), std::bit_cast<uint32_t>(v.y));
}

// The screen and mode in use, the dialogs open, and where each window drawn this frame stands,
// how large it is, its scroll, and whether it is still hidden while it takes its size, hashed.
// Not the size of its content: a speaker clock's digits change it, and each tick would cost a
// frame more.
uint64_t LayoutMark(const Workbench& app) {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  uint64_t mark = Mixed(Mixed(14695981039346656037ull, uint64_t(app.screen)), uint64_t(app.options.mode));
  for (const ImGuiPopupData& popup : g.OpenPopupStack) mark = Mixed(mark, popup.PopupId);
  for (const ImGuiWindow* window : g.Windows) {
    if (!window->Active) continue;
    mark = Mixed(mark, window->ID);
    mark = Mixed(Mixed(Mixed(mark, window->Pos), window->SizeFull), window->Scroll);
    mark = Mixed(mark, uint64_t(window->HiddenFramesCanSkipItems) << 8 | uint64_t(window->HiddenFramesCannotSkipItems));
  }
  return mark;
}

// After the frame and the edits asked for in it: whether the next frame must follow at once.
void NoteSettling(Workbench& app, bool edited) {
  uint64_t mark = LayoutMark(app);
  bool moved = edited || mark != app.layoutMark;
  app.layoutMark = mark;
  app.unsettledFrames = moved ? app.unsettledFrames + 1 : 0;
  app.unsettled = moved && app.unsettledFrames <= kMostUnsettledFrames;
}

}  // namespace

void DrawWorkbench(Workbench& app) {
  // What is typed this frame, and the messages, may be in a script the font lacks: seen here,
  // main.cpp adds it before the next frame.
  for (ImWchar c : ImGui::GetIO().InputQueueCharacters) app.scripts |= ScriptOf(c);
  app.Saw(app.notice);
  app.Saw(app.errorWhat);
  app.Saw(app.errorAdvice);
  RetryWaiting(app);  // before drawing, so that the frame shows how it went
  HandleShortcuts(app);
  app.errorShownInModal = false;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                           ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_MenuBar |
                           ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoBackground;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  ImGui::Begin("Parley", nullptr, flags);
  ImGui::PopStyleVar();
  DrawMenuBar(app);

  WaitingBanner banner = LayOutWaitingBanner(app);
  float statusHeight = ImGui::GetFrameHeightWithSpacing() + banner.height;
  float bodyHeight = ImGui::GetContentRegionAvail().y - statusHeight;
  // The keyboard's focus goes by arrows and Tab from the phase list to the view and back, as
  // if the two were one window (ImGui keeps it inside a child window otherwise).
  if (app.workshop) {
    ImGui::BeginChild("Sidebar", ImVec2(ImGui::GetFontSize() * 17, bodyHeight), true,
                      ImGuiWindowFlags_NavFlattened);
    DrawSidebar(app);
    ImGui::EndChild();
    ImGui::SameLine();
  }
  ImGui::BeginChild("Screen", ImVec2(0, bodyHeight), false, ImGuiWindowFlags_NavFlattened);
  switch (app.workshop ? app.screen : Screen::Start) {
    case Screen::Start: DrawStartView(app); break;
    case Screen::Setup: DrawSetupView(app); break;
    case Screen::GroundRules: DrawGroundRulesView(app); break;
    case Screen::Stories: DrawStoriesView(app); break;
    case Screen::Log: DrawLogView(app); break;
    case Screen::NeedsFears: DrawNeedsFearsView(app); break;
    case Screen::Options: DrawOptionsView(app); break;
    case Screen::Memo: DrawMemoView(app); break;
  }
  ImGui::EndChild();
  ImGui::Separator();
  DrawWaitingBanner(app, banner);
  DrawStatusBar(app);

  DrawFileDialog(app);
  DrawPassphraseDialog(app);
  DrawMoveOnDialog(app);
  DrawExportDialog(app);
  DrawImportParticipantsDialog(app, app.importParticipants);
  DrawLeaveDialog(app);
  DrawErrorDialog(app);
  ImGui::End();

  auto pending = std::move(app.pending);
  app.pending.clear();
  for (auto& edit : pending)
    if (app.workshop) app.Try([&] { edit(*app.workshop); });
  RewriteWhenAsked(app);
  LockWhenDue(app);
  // A sealed workshop's -wal emptied once the typing stops (pitfall 9). The status bar's "saved
  // ... ago" draws a frame each second after a write, so the moment is not slept through.
  if (app.workshop) app.workshop->CheckpointWhenIdle();
  KeepPlace(app);
  NoteSettling(app, !pending.empty());
}

namespace {
// What a view named on the command line shows beyond its screen: the ground rules read aloud,
// or the memo's versions compared (for `--screenshot`, which cannot click its way there).
enum class ViewDetail : uint8_t { None, ReadAloud, Versions };
struct NamedView {
  const char* name;
  Screen screen;
  OptionsMode mode;  // for the Options screen
  ViewDetail detail = ViewDetail::None;
};
// ScreenName gives the first name of a screen: a view with a detail comes after its screen's.
constexpr NamedView kViews[] = {
      {"start", Screen::Start, OptionsMode::Brainstorm},
      {"setup", Screen::Setup, OptionsMode::Brainstorm},
      {"ground-rules", Screen::GroundRules, OptionsMode::Brainstorm},
      {"read-aloud", Screen::GroundRules, OptionsMode::Brainstorm, ViewDetail::ReadAloud},
      {"stories", Screen::Stories, OptionsMode::Brainstorm},
      {"needs-fears", Screen::NeedsFears, OptionsMode::Brainstorm},
      {"options", Screen::Options, OptionsMode::Brainstorm},
      {"options-weigh", Screen::Options, OptionsMode::Weigh},
      {"options-steps", Screen::Options, OptionsMode::Steps},
      {"memo", Screen::Memo, OptionsMode::Brainstorm},
      {"memo-versions", Screen::Memo, OptionsMode::Brainstorm, ViewDetail::Versions},
      {"log", Screen::Log, OptionsMode::Brainstorm}};
}  // namespace

bool ScreenFromName(const std::string& name, Screen* screen, OptionsMode* mode) {
  for (const NamedView& view : kViews)
    if (name == view.name) {
      *screen = view.screen;
      *mode = view.mode;
      return true;
    }
  return false;
}

bool ShowView(Workbench& app, const std::string& name) {
  for (const NamedView& view : kViews) {
    if (name != view.name) continue;
    app.screen = view.screen;
    app.options.mode = view.mode;
    app.groundRules.readAloud = view.detail == ViewDetail::ReadAloud;
    app.groundRules.readAloudIndex = 0;
    if (view.detail == ViewDetail::Versions && app.workshop && !app.workshop->Model().memos.empty()) {
      const Model& model = app.workshop->Model();
      app.memo.memoId = 0;
      app.memo.showTab = "Versions";
      app.memo.compareA = app.memo.compareB = 0;
      for (const MemoVersion& v : model.versions)  // by memo, then number
        if (v.memoId == model.memos.front().id) {
          if (app.memo.compareA == 0) app.memo.compareA = v.id;
          app.memo.compareB = v.id;
        }
    }
    return true;
  }
  return false;
}

std::string ScreenName(Screen screen, OptionsMode mode) {
  for (const NamedView& view : kViews)
    if (view.screen == screen && (screen != Screen::Options || view.mode == mode)) return view.name;
  return "start";
}

void ApplyStyle(bool dark) {
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  if (dark)
    ImGui::StyleColorsDark(&style);
  else
    ImGui::StyleColorsLight(&style);
  // Frames stay square, as in ImGui's own style: a rounded one is a dozen anti-aliased vertices
  // a corner where a square one is four in all, and a view draws a hundred frames each frame.
  style.WindowRounding = 4.0f;
  style.FramePadding = ImVec2(8.0f, 5.0f);
  style.ItemSpacing = ImVec2(10.0f, 7.0f);
  style.CellPadding = ImVec2(6.0f, 4.0f);
  style.WindowPadding = ImVec2(12.0f, 12.0f);
  style.ScrollbarSize = 16.0f;
  // The keyboard's focus, drawn as a frame around the control: strong against either paper and
  // unlike every fill a control has (blue buttons in the light style, grey in the dark).
  style.Colors[ImGuiCol_NavHighlight] =
      dark ? ImVec4(1.0f, 0.78f, 0.28f, 1.0f) : ImVec4(0.85f, 0.35f, 0.0f, 1.0f);
  // A frame's fill is white on a white dialog in ImGui's light colours, and near the window's
  // in the dark ones: a check box or an empty field would not show. Every frame gets an edge
  // in the text's colour, faded only as far as it still stands out 3:1 from the background.
  style.FrameBorderSize = 1.0f;
  ImVec4 ink = style.Colors[ImGuiCol_Text];
  style.Colors[ImGuiCol_Border] = ImVec4(ink.x, ink.y, ink.z, dark ? 0.55f : 0.50f);
  style.Colors[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
  style.Colors[ImGuiCol_PopupBg].w = 1.0f;  // the screen behind a dialog does not show through it
}

// ---------------------------------------------------------------------------------------------
// [SECTION] When the screen changes by itself

namespace {
std::optional<std::chrono::milliseconds> UntilRecordChanges(const Workbench& app) {
  using std::chrono::milliseconds;
  const Model& model = app.workshop->Model();
  std::chrono::system_clock::time_point now = app.workshop->Now();
  // The speaker clock's next second. The floor time per party beside it and the status bar,
  // which tick at other moments of the second, are drawn with it, at most a second late: a
  // running clock costs one frame a second, not one for each figure that moves.
  const Turn* turn = app.screen == Screen::Stories && model.FindSession(app.sessionId)
                         ? model.CurrentTurn(app.sessionId)
                         : nullptr;
  if (app.waitingTriedAt) {
    // Typing waits for the disk: the next try, and the banner that says how it went.
    auto next = std::chrono::duration_cast<milliseconds>(*app.waitingTriedAt + kRetryWaiting - now);
    return std::clamp(next, milliseconds(0), milliseconds(kRetryWaiting));
  }
  if (turn && turn->runningSinceMs != 0) {
    int64_t nowMs = std::chrono::duration_cast<milliseconds>(now.time_since_epoch()).count();
    return milliseconds(1000 - std::max<int64_t>(0, TurnMs(*turn, nowMs)) % 1000);
  }
  std::optional<std::chrono::system_clock::time_point> last = app.workshop->LastWrite();
  if (!last) return std::nullopt;
  milliseconds ago = std::max(milliseconds(0), std::chrono::duration_cast<milliseconds>(now - *last));
  if (ago < kSavedJustNow) return kSavedJustNow - ago;
  milliseconds step = ago < kSavedInSeconds ? std::chrono::seconds(1) : std::chrono::minutes(1);
  return step - ago % step;
}
}  // namespace

std::optional<std::chrono::milliseconds> UntilScreenChanges(const Workbench& app) {
  using std::chrono::milliseconds;
  if (app.unsettled) return milliseconds(0);
  // The bar of a key being derived moves, and the worker's end is seen within a tenth of a second.
  if (app.passphraseDialog.Working()) return milliseconds(100);
  if (!app.workshop) return std::nullopt;
  std::optional<milliseconds> until = UntilRecordChanges(app);
  if (app.sealed && app.settings.lockAfterMinutes > 0 && app.lastInput) {
    auto idle = app.workshop->Now() - *app.lastInput;
    milliseconds lock = std::max(milliseconds(0), std::chrono::duration_cast<milliseconds>(
                                                      std::chrono::minutes(app.settings.lockAfterMinutes) - idle));
    until = until ? std::min(*until, lock) : lock;
  }
  return until;
}

}  // namespace parley::ui
