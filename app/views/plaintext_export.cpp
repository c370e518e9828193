// The confirmation asked before a file that names everyone is written from a sealed workshop.
#include "views/plaintext_export.hpp"

#include <imgui.h>

#include <filesystem>

#include "views/widgets.hpp"
#include "views/workbench.hpp"

namespace parley::ui {

namespace {

constexpr const char* kTitle = "Write a file that is not sealed?###plaintext";

}  // namespace

void WriteNamingEveryone(Workbench& app, Workshop::PlaintextExport what, const std::string& path,
                         std::function<void(Workshop&)> write) {
  if (!app.sealed) return app.Request(std::move(write));
  app.plaintextExport = PlaintextExport{what, path, std::move(write)};
  app.Saw(path);
}

bool DrawPlaintextConfirmation(Workbench& app) {
  PlaintextExport& asked = app.plaintextExport;
  if (asked.path.empty()) return false;
  if (!ImGui::IsPopupOpen(kTitle)) ImGui::OpenPopup(kTitle);
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 32, 0));
  if (!ImGui::BeginPopupModal(kTitle, nullptr, ImGuiWindowFlags_NoSavedSettings)) return false;
  bool report = asked.what == Workshop::PlaintextExport::Report;
  std::string file = std::filesystem::path(asked.path).filename().string();
  std::string warning = file + " will not be sealed: anyone who has it can read it, without a passphrase. It names " +
                        "every participant" + (report ? ", with everything recorded." : ": it is the whole workshop.");
  WrappedText(warning, ImGui::GetColorU32(WarningColour()));
  Track(warning.c_str());
  ImGui::Spacing();
  WrappedText("The workshop stays sealed; this file does not. Keep it where only you can reach it, and "
              "delete it once it has served. The session log records that it was written.",
              ImGui::GetColorU32(ImGuiCol_Text));
  DisabledText(asked.path.c_str());
  ImGui::Spacing();
  bool confirmed = Button("Write the unsealed file");
  ImGui::SameLine();
  bool cancelled = Button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
  if (confirmed) {
    app.Request([what = asked.what, path = asked.path, write = std::move(asked.write)](Workshop& w) {
      write(w);
      w.LogPlaintextExport(what, path, Workshop::ConfirmedBy::Window);
    });
  }
  if (confirmed || cancelled) {
    asked = PlaintextExport{};
    ImGui::CloseCurrentPopup();
  }
  EndModal(app);
  return confirmed;
}

}  // namespace parley::ui
