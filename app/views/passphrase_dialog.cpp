// The passphrase dialog: opening (or unlocking) a sealed workshop, and making a new workshop,
// sealed by default. The key is derived on a worker thread; the dialog says so meanwhile.
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
  ImGui::InputText(label, m_buffer.data(), m_buffer.size(),
                   ImGuiInputTextFlags_Password | ImGuiInputTextFlags_NoUndoRedo);
  m_imguiId = ImGui::GetItemID();
  Track(label);
  return ImGui::IsItemDeactivated() && EnterPressed();
}

size_t SecretField::Characters() const {
  size_t count = 0;
  for (char c : Text()) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

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
    explicit_bzero(state.TextW.Data, size_t(state.TextW.Capacity) * sizeof(ImWchar));
    explicit_bzero(state.TextA.Data, size_t(state.TextA.Capacity));
    explicit_bzero(state.InitialTextA.Data, size_t(state.InitialTextA.Capacity));
    explicit_bzero(&state.Stb, sizeof state.Stb);
    state.ClearFreeMemory();
    state.ID = 0;
  }
  ImVector<ImWchar>& typed = context->IO.InputQueueCharacters;
  explicit_bzero(typed.Data, size_t(typed.Capacity) * sizeof(ImWchar));
}

// ---------------------------------------------------------------------------------------------
// The dialog

namespace {

using Purpose = PassphraseDialog::Purpose;

// One popup ID whatever the title says, and no user text in either title.
constexpr const char* kOpenTitle = "Sealed workshop###passphrase";
constexpr const char* kNewTitle = "New workshop###passphrase";

void Begin(Workbench& app, Purpose purpose, const std::string& path) {
  PassphraseDialog& dialog = app.passphraseDialog;
  dialog.purpose = purpose;
  dialog.path = path;
  dialog.locked = false;
  dialog.seal = true;
  dialog.message.clear();
  dialog.focus = true;
  dialog.passphrase.Wipe();
  dialog.repeat.Wipe();
  app.Saw(path);
}

void End(PassphraseDialog& dialog) {
  dialog.passphrase.Wipe();
  dialog.repeat.Wipe();
  dialog.purpose = Purpose::None;
  dialog.message.clear();
}

// Starts deriving the key on the worker thread. The passphrase is read there from the field's
// own buffer, which nothing changes until the worker is done.
void Start(Workbench& app) {
  PassphraseDialog& dialog = app.passphraseDialog;
  dialog.message.clear();
  std::string_view passphrase = dialog.passphrase.Text();
  if (dialog.purpose == Purpose::Open) {
    dialog.working = std::async(std::launch::async, [path = dialog.path, passphrase] {
      return Workshop::OpenSealed(path, passphrase);
    });
  } else {
    dialog.working = std::async(
        std::launch::async, [path = dialog.path, passphrase, today = LocalDate(), rules = RulesTemplate(app.configDir)] {
          return Workshop::CreateSealed(path, passphrase, kNewWorkshopTitle, today, rules);
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
  std::string refusal;
  if (dialog.passphrase.Characters() < kMinPassphraseChars)
    refusal = "The passphrase is too short: it needs at least " + std::to_string(kMinPassphraseChars) +
              " characters. A few words that belong together only for you are long and easy to remember.";
  else if (dialog.passphrase.Text() != dialog.repeat.Text())
    refusal = "The two passphrases differ. Type it twice again.";
  if (refusal.empty()) return Start(app);
  dialog.message = std::move(refusal);
  dialog.passphrase.Wipe();
  dialog.repeat.Wipe();
  dialog.focus = true;
}

// Once the worker is done: the workshop opened (where it was, after a lock), or why not.
void Finish(Workbench& app) {
  PassphraseDialog& dialog = app.passphraseDialog;
  if (dialog.working.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
  std::unique_ptr<Workshop> workshop;
  try {
    workshop = dialog.working.get();
  } catch (const Error& e) {
    dialog.message = std::string(e.what()) + " " + e.Advice();
  } catch (const std::exception& e) {
    dialog.message = e.what();
  }
  dialog.passphrase.Wipe();
  dialog.repeat.Wipe();
  app.Saw(dialog.message);
  if (!workshop) {
    dialog.focus = true;
    return;
  }
  bool locked = dialog.locked;
  std::string screen = dialog.lockedScreen;
  Id session = dialog.lockedSession;
  End(dialog);
  app.Adopt(std::move(workshop));
  if (locked) {
    OptionsMode mode = OptionsMode::Brainstorm;
    if (ScreenFromName(screen, &app.screen, &mode) && app.screen != Screen::Start) app.options.mode = mode;
    else app.screen = Screen::Setup;
    if (app.workshop->Model().FindSession(session)) app.sessionId = session;
  }
}

void DrawWorking(const PassphraseDialog& dialog) {
  ImGui::TextUnformatted(dialog.purpose == Purpose::Open ? "Unlocking... (this takes a moment by design)"
                                                         : "Sealing the new workshop... (this takes a moment by design)");
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
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20);
    go = dialog.passphrase.Draw("Passphrase", dialog.focus);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20);
    go = dialog.repeat.Draw("Passphrase again", false) || go;
    Hint("At least 10 characters.");
    WrappedText("A lost passphrase is a lost workshop: nobody, Parley's authors included, can open it "
                "without it. Keep it where you keep your other secrets.",
                warning);
    Track("A lost passphrase is a lost workshop");
  } else {
    constexpr const char* kPlain = "Not sealed: anyone who gets the file can read every name and word in it.";
    WrappedText(kPlain, warning);
    Track(kPlain);
  }
  return Button("Create") || go;
}

}  // namespace

void AskPassphrase(Workbench& app, const std::string& path) { Begin(app, Purpose::Open, path); }

void AskNewWorkshop(Workbench& app, const std::string& path) { Begin(app, Purpose::New, path); }

void DrawPassphraseDialog(Workbench& app) {
  PassphraseDialog& dialog = app.passphraseDialog;
  if (dialog.purpose == Purpose::None) return;
  const char* title = dialog.purpose == Purpose::Open ? kOpenTitle : kNewTitle;
  if (!ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 32, 0));
  if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  // Finished inside the popup, so that the popup is closed below when the workshop opened.
  if (dialog.Working()) Finish(app);
  if (dialog.Working()) {
    DrawWorking(dialog);
  } else if (dialog.purpose != Purpose::None) {
    bool go = dialog.purpose == Purpose::Open ? DrawOpen(dialog) : DrawNew(dialog);
    dialog.focus = false;
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
      else
        Create(app);
    }
  }
  if (dialog.purpose == Purpose::None) ImGui::CloseCurrentPopup();
  EndModal(app);
}

}  // namespace parley::ui
