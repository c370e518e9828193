// The passphrase dialog: opening (or unlocking) a sealed workshop, making a new workshop,
// sealed by default, and sealing, unsealing or changing the passphrase of the open one. The
// key is derived on a worker thread; the dialog says so meanwhile.
#include "views/passphrase_dialog.hpp"

#include <imgui.h>
#include <imgui_internal.h>
#include <string.h>  // explicit_bzero

#include <chrono>
#include <filesystem>

#include "core/common/clock.hpp"
#include "core/common/error.hpp"
#include "core/method/ground_rules.hpp"
#include "views/widgets.hpp"
#include "views/workbench.hpp"

namespace parley::ui {

// ---------------------------------------------------------------------------------------------
// SecretField

bool SecretField::Draw(const char* label, bool focus) {
  if (focus) ImGui::SetKeyboardFocusHere();
  // No undo: ImGui's undo record would keep deleted characters of the passphrase.
  m_edited = ImGui::InputText(label, m_buffer.data(), m_buffer.size(),
                              ImGuiInputTextFlags_Password | ImGuiInputTextFlags_NoUndoRedo);
  m_imguiId = ImGui::GetItemID();
  Track(label);
  return ImGui::IsItemDeactivated() && EnterPressed();
}

namespace {

// ImGui's vectors have no memory until first used (no character typed yet, for one): null.
template <typename T>
void WipeVector(ImVector<T>& vector) {
  if (vector.Data) explicit_bzero(vector.Data, size_t(vector.Capacity) * sizeof(T));
}

}  // namespace

void SecretField::Wipe() {
  explicit_bzero(m_buffer.data(), m_buffer.size());
  ImGuiContext* context = ImGui::GetCurrentContext();
  if (!context || m_imguiId == 0) return;
  // ImGui keeps the text of the field last edited (wide and UTF-8, and as it was when editing
  // began) after the field lets the keyboard go, in buffers the next field reuses without
  // clearing their tail, and the characters of this frame's input. All of it goes unless
  // another field is being typed in.
  ImGuiInputTextState& state = context->InputTextState;
  if (state.ID == m_imguiId || context->ActiveId != state.ID) {
    if (context->ActiveId == m_imguiId) ImGui::ClearActiveID();
    WipeVector(state.TextW);
    WipeVector(state.TextA);
    WipeVector(state.InitialTextA);
    explicit_bzero(&state.Stb, sizeof state.Stb);
    state.ClearFreeMemory();
    state.ID = 0;
  }
  WipeVector(context->IO.InputQueueCharacters);
}

// ---------------------------------------------------------------------------------------------
// The dialog

namespace {

using Purpose = PassphraseDialog::Purpose;

// One popup ID whatever the title says, and no user text in either title.
constexpr const char* kOpenTitle = "Sealed workshop###passphrase";
constexpr const char* kNewTitle = "New workshop###passphrase";
constexpr const char* kSealTitle = "Seal the workshop###passphrase";
constexpr const char* kChangeTitle = "Change the passphrase###passphrase";
constexpr const char* kUnsealTitle = "Unseal the workshop###passphrase";

const char* TitleOf(Purpose purpose) {
  switch (purpose) {
    case Purpose::New: return kNewTitle;
    case Purpose::Seal: return kSealTitle;
    case Purpose::Change: return kChangeTitle;
    case Purpose::Unseal: return kUnsealTitle;
    default: return kOpenTitle;
  }
}

void WipeAll(PassphraseDialog& dialog) {
  dialog.passphrase.Wipe();
  dialog.fresh.Wipe();
  dialog.repeat.Wipe();
}

void Begin(Workbench& app, Purpose purpose, const std::string& path) {
  PassphraseDialog& dialog = app.passphraseDialog;
  // A locked workshop whose prompt was cancelled, opened again: it still goes on where it was.
  const bool stillLocked = purpose == Purpose::Open && dialog.locked && dialog.path == path;
  dialog.purpose = purpose;
  dialog.path = path;
  dialog.locked = stillLocked;
  if (!stillLocked) {
    dialog.placeScreen.clear();
    dialog.placeSession = 0;
  }
  dialog.seal = true;
  dialog.rewriteAsked = false;
  dialog.message.clear();
  dialog.focus = true;
  WipeAll(dialog);
  app.Saw(path);
}

void End(PassphraseDialog& dialog) {
  WipeAll(dialog);
  dialog.key.reset();
  dialog.purpose = Purpose::None;
  dialog.rewriteAsked = false;
  dialog.message.clear();
}

// Says why the last try was refused, with the fields emptied for the next.
void Refuse(PassphraseDialog& dialog, std::string refusal) {
  dialog.message = std::move(refusal);
  WipeAll(dialog);
  dialog.focus = true;
}

// What is wrong with the new passphrase typed twice (New, Seal, Change), "" nothing: the one
// rule of the store, then the two typed the same.
std::string NewPassphraseRefusal(const PassphraseDialog& dialog) {
  std::string problem = Workshop::PassphraseProblem(dialog.fresh.Text());
  if (!problem.empty()) return problem;
  if (dialog.fresh.Text() != dialog.repeat.Text()) return "The two passphrases differ. Type it twice again.";
  return "";
}

// Starts deriving the key on the worker thread. The passphrase is read there from the field's
// own buffer, which nothing changes until the worker is done.
void Start(Workbench& app) {
  PassphraseDialog& dialog = app.passphraseDialog;
  dialog.message.clear();
  using Outcome = PassphraseDialog::Outcome;
  if (dialog.purpose == Purpose::Open) {
    dialog.working = std::async(std::launch::async, [path = dialog.path, passphrase = dialog.passphrase.Text()] {
      return Outcome{Workshop::OpenSealed(path, passphrase), ""};
    });
  } else {
    dialog.working = std::async(std::launch::async, [path = dialog.path, passphrase = dialog.fresh.Text(),
                                                     today = LocalDate(), rules = RulesTemplate(app.configDir)] {
      return Outcome{Workshop::CreateSealed(path, passphrase, kNewWorkshopTitle, today, rules), ""};
    });
  }
}

// A new sealed workshop's passphrase: long enough, and typed the same twice.
void Create(Workbench& app) {
  PassphraseDialog& dialog = app.passphraseDialog;
  if (!dialog.seal) {
    std::string path = dialog.path;
    End(dialog);
    app.NewWorkshop(path);
    return;
  }
  std::string refusal = NewPassphraseRefusal(dialog);
  if (refusal.empty()) return Start(app);
  Refuse(dialog, std::move(refusal));
}

// Seal, Change, Unseal asked for: the new passphrase checked here, the rest once the frame's
// edits are written (RewriteWhenAsked).
void AskToRewrite(PassphraseDialog& dialog) {
  if (dialog.purpose != Purpose::Unseal) {
    std::string refusal = NewPassphraseRefusal(dialog);
    if (!refusal.empty()) return Refuse(dialog, std::move(refusal));
  }
  dialog.message.clear();
  dialog.rewriteAsked = true;
}

// On the worker thread, the workshop closed: the file rewritten and opened, or, refused, the
// file (left as it was) opened again as it was. Change and Unseal take the `key` checked
// (Workshop::CheckPassphrase), and the new key reopens: no key is derived again, to rewrite or
// to reopen.
PassphraseDialog::Outcome Rewrite(Purpose purpose, const std::string& path, Workshop::SealedKey key,
                                  std::string_view fresh) {
  std::string refusal;
  try {
    switch (purpose) {
      case Purpose::Seal: return {Workshop::OpenUnlocked(path, Workshop::Seal(path, fresh)), ""};
      case Purpose::Change: return {Workshop::OpenUnlocked(path, Workshop::ChangePassphrase(path, key, fresh)), ""};
      default: Workshop::Unseal(path, key); return {Workshop::Open(path), ""};
    }
  } catch (const Error& e) {
    refusal = std::string(e.what()) + " " + e.Advice();
  }
  return {purpose == Purpose::Seal ? Workshop::Open(path) : Workshop::OpenUnlocked(path, std::move(key)), refusal};
}

// Writes what waits for the disk, closes the workshop and rewrites its file on the worker
// thread; it opens again at the same screen and session.
void CloseAndRewrite(Workbench& app) {
  app.WhenWorkshopMayGo([&app] {
    PassphraseDialog& dialog = app.passphraseDialog;
    if (!app.workshop || dialog.purpose == Purpose::None) return;  // given up meanwhile
    dialog.placeScreen = ScreenName(app.screen, app.options.mode);
    dialog.placeSession = app.sessionId;
    // A file being chosen for the workshop (an export, an import into it) goes with it.
    app.fileDialog.purpose = FileDialog::Purpose::None;
    app.CloseWorkshop();
    dialog.working = std::async(std::launch::async, Rewrite, dialog.purpose, dialog.path,
                                std::move(dialog.key), dialog.fresh.Text());
  });
}

// Change, Unseal: once the current passphrase is checked, the rewrite, or why not.
void FinishChecking(Workbench& app) {
  PassphraseDialog& dialog = app.passphraseDialog;
  if (dialog.checking.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
  try {
    dialog.key = dialog.checking.get();
  } catch (const Error& e) {
    Refuse(dialog, std::string(e.what()) + " " + e.Advice());
    app.Saw(dialog.message);
    return;
  }
  CloseAndRewrite(app);
}

// Once the worker is done: the workshop opened (where it was, after a lock), or why not.
void Finish(Workbench& app) {
  PassphraseDialog& dialog = app.passphraseDialog;
  if (dialog.working.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
  PassphraseDialog::Outcome outcome;
  try {
    outcome = dialog.working.get();
  } catch (const Error& e) {
    outcome.refusal = std::string(e.what()) + " " + e.Advice();
  } catch (const std::exception& e) {
    outcome.refusal = e.what();
  }
  Purpose purpose = dialog.purpose;
  std::string screen = dialog.placeScreen;
  Id session = dialog.placeSession;
  if (outcome.refusal.empty()) End(dialog);
  else Refuse(dialog, std::move(outcome.refusal));
  app.Saw(dialog.message);
  if (!outcome.workshop) return;
  app.Adopt(std::move(outcome.workshop));
  if (!screen.empty()) {
    OptionsMode mode = OptionsMode::Brainstorm;
    if (ScreenFromName(screen, &app.screen, &mode) && app.screen != Screen::Start) app.options.mode = mode;
    else app.screen = Screen::Setup;
    if (app.workshop->Model().FindSession(session)) app.sessionId = session;
  }
  if (!dialog.message.empty()) return;
  if (purpose == Purpose::Seal) app.notice = "Sealed: the file opens only with its passphrase now.";
  if (purpose == Purpose::Change) app.notice = "The passphrase is changed: the old one no longer opens the file.";
  if (purpose == Purpose::Unseal) app.notice = "Unsealed: anyone who gets the file can read it now.";
}

void DrawWorking(const PassphraseDialog& dialog) {
  const char* doing = "Unlocking... (this takes a moment by design)";
  if (dialog.purpose == Purpose::New) doing = "Sealing the new workshop... (this takes a moment by design)";
  if (dialog.purpose == Purpose::Seal) doing = "Sealing the workshop... (this takes a moment by design)";
  if (dialog.purpose == Purpose::Change) doing = "Changing the passphrase... (this takes a moment by design)";
  if (dialog.purpose == Purpose::Unseal) doing = "Unsealing the workshop... (this takes a moment by design)";
  ImGui::TextUnformatted(doing);
  Track("Working");
  // A bar that moves: the window is not stuck.
  float t = float(ImGui::GetTime());
  ImGui::ProgressBar(t - float(int(t)), ImVec2(-1, 0), "");
}

// Returns whether the facilitator asked to go on (the button or Enter in a field).
bool DrawOpen(PassphraseDialog& dialog) {
  std::string file = std::filesystem::path(dialog.path).filename().string();
  if (dialog.locked) {
    WrappedText("The workshop is locked. Type its passphrase to go on where you were.", ImGui::GetColorU32(ImGuiCol_Text));
    Track("The workshop is locked");
  }
  WrappedText(file + " is sealed: it opens only with its passphrase.", ImGui::GetColorU32(ImGuiCol_Text));
  ImGui::Spacing();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20);
  bool go = dialog.passphrase.Draw("Passphrase", dialog.focus);
  return Button("Unlock") || go;
}

// The new passphrase, twice, with the warning that goes with it. Returns whether Enter was
// pressed in a field.
bool DrawNewPassphrase(PassphraseDialog& dialog, const char* label, const char* again, bool focus) {
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20);
  bool go = dialog.fresh.Draw(label, focus);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20);
  go = dialog.repeat.Draw(again, false) || go;
  Hint(("At least " + std::to_string(Workshop::kLeastPassphraseLength) + " characters.").c_str());
  WrappedText("A lost passphrase is a lost workshop: nobody, Parley's authors included, can open it "
              "without it. Keep it where you keep your other secrets.",
              ImGui::GetColorU32(WarningColour()));
  Track("A lost passphrase is a lost workshop");
  return go;
}

bool DrawNew(PassphraseDialog& dialog) {
  std::string file = std::filesystem::path(dialog.path).filename().string();
  WrappedText("The new workshop's file: " + file, ImGui::GetColorU32(ImGuiCol_Text));
  ImGui::Spacing();
  Checkbox("Seal with a passphrase", &dialog.seal);
  bool go = false;
  ImU32 warning = ImGui::GetColorU32(WarningColour());
  if (dialog.seal) {
    Hint("Sealed, the file is useless without its passphrase to whoever takes this computer or a "
         "copy of the file. Parley asks for it at each opening.");
    go = DrawNewPassphrase(dialog, "Passphrase", "Passphrase again", dialog.focus);
  } else {
    constexpr const char* kPlain = "Not sealed: anyone who gets the file can read every name and word in it.";
    WrappedText(kPlain, warning);
    Track(kPlain);
  }
  return Button("Create") || go;
}

// Seal, Change, Unseal: what the open workshop's file becomes, and the passphrases it takes.
bool DrawRewrite(PassphraseDialog& dialog) {
  std::string file = std::filesystem::path(dialog.path).filename().string();
  ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  bool go = false;
  if (dialog.purpose == Purpose::Seal) {
    WrappedText("Sealed, " + file + " is useless without its passphrase to whoever takes this computer or "
                "a copy of the file. Parley asks for it at each opening. Copies made before stay readable.",
                text);
    go = DrawNewPassphrase(dialog, "Passphrase", "Passphrase again", dialog.focus);
    return Button("Seal") || go;
  }
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20);
  go = dialog.passphrase.Draw("Current passphrase", dialog.focus);
  if (dialog.purpose == Purpose::Change) {
    go = DrawNewPassphrase(dialog, "New passphrase", "New passphrase again", false) || go;
    return Button("Change passphrase") || go;
  }
  constexpr const char* kReadable = "Unsealed, the file is readable by anyone who gets it: every name and word in it.";
  WrappedText(kReadable, ImGui::GetColorU32(WarningColour()));
  Track(kReadable);
  return Button("Unseal") || go;
}

}  // namespace

void AskPassphrase(Workbench& app, const std::string& path) { Begin(app, Purpose::Open, path); }

void AskNewWorkshop(Workbench& app, const std::string& path) { Begin(app, Purpose::New, path); }

void AskRewrite(Workbench& app, Purpose purpose) {
  if (app.workshop) Begin(app, purpose, app.workshop->Path());
}

void RewriteWhenAsked(Workbench& app) {
  PassphraseDialog& dialog = app.passphraseDialog;
  // Here rather than in the dialog: the workshop closes after the frame that drew it.
  if (dialog.checking.valid()) return FinishChecking(app);
  if (!dialog.rewriteAsked || !app.workshop || dialog.Working()) return;
  dialog.rewriteAsked = false;
  if (dialog.purpose == Purpose::Seal) return CloseAndRewrite(app);
  // The workshop stays open until the check is done: nothing closes it while the dialog is up
  // and a key is being derived (LockWhenDue waits), and the check's future goes before it.
  dialog.checking = std::async(std::launch::async, [&workshop = *app.workshop, passphrase = dialog.passphrase.Text()] {
    return workshop.CheckPassphrase(passphrase);
  });
}

void DrawPassphraseDialog(Workbench& app) {
  PassphraseDialog& dialog = app.passphraseDialog;
  if (dialog.purpose == Purpose::None) return;
  const char* title = TitleOf(dialog.purpose);
  if (!ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 32, 0));
  if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  // Finished inside the popup, so that the popup is closed below when the workshop opened.
  if (dialog.working.valid()) Finish(app);
  if (dialog.Working()) {
    DrawWorking(dialog);
  } else if (dialog.purpose != Purpose::None) {
    bool go = dialog.purpose == Purpose::Open ? DrawOpen(dialog)
              : dialog.purpose == Purpose::New  ? DrawNew(dialog)
                                                : DrawRewrite(dialog);
    dialog.focus = false;
    // What was refused goes once the facilitator types again.
    if (dialog.passphrase.Edited() || dialog.fresh.Edited() || dialog.repeat.Edited()) dialog.message.clear();
    ImGui::SameLine();
    bool cancel = Button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
    if (!dialog.message.empty()) {
      WrappedText(dialog.message, ImGui::GetColorU32(WarningColour()));
      TrackJoined(dialog.message);
    }
    if (cancel) {
      End(dialog);
    } else if (go) {
      if (dialog.purpose == Purpose::Open)
        Start(app);
      else if (dialog.purpose == Purpose::New)
        Create(app);
      else
        AskToRewrite(dialog);
    }
  }
  if (dialog.purpose == Purpose::None) ImGui::CloseCurrentPopup();
  EndModal(app);
}

}  // namespace parley::ui
