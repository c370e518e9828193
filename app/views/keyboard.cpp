#include "views/keyboard.hpp"

#include <imgui_internal.h>

namespace parley::ui {

namespace {
// The control Tab (Shift+Tab) was pressed on, while this frame's items are looked through for
// the field after (before) it; 0 when there is none.
ImGuiID g_tabFrom = 0;
}  // namespace

void EnableKeyboard(ImGuiIO& io) {
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
}

void BeforeNewFrame() {
  ImGuiIO& io = ImGui::GetIO();
  ImGuiContext& g = *ImGui::GetCurrentContext();
  auto down = [&](ImGuiKey key) {
    int index = io.KeyMap[key];
    return index >= 0 && index < IM_ARRAYSIZE(io.KeysDown) && io.KeysDown[index];
  };
  if ((down(ImGuiKey_Enter) || down(ImGuiKey_KeyPadEnter)) && !io.KeyCtrl && g.ActiveId == 0)
    io.NavInputs[ImGuiNavInput_Activate] = 1.0f;
  // Once the keyboard moved the focus, ImGui hovers nothing until the pointer moves: a click
  // made without moving it would be lost. A button pressed is the pointer in use again.
  for (bool pressed : io.MouseDown)
    if (pressed) g.NavDisableMouseHover = false;
}

void AfterNewFrame() {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  g_tabFrom = 0;
  // Only Tab itself: SetKeyboardFocusHere's requests count from where they were made.
  if (!g.NavMoveScoringItems || !(g.NavMoveFlags & ImGuiNavMoveFlags_Tabbing) ||
      (g.NavMoveFlags & ImGuiNavMoveFlags_FocusApi) || g.NavId == 0)
    return;
  // ImGui 1.86 counts from the focused item only when it is a field itself: Parley's controls
  // note themselves as they are drawn (NoteItemForTab) and start the count.
  if (g.NavTabbingDir == 0) g.NavTabbingDir = +1;
  g_tabFrom = g.NavId;
}

void NoteItemForTab() {
  if (g_tabFrom == 0 || ImGui::GetItemID() != g_tabFrom) return;
  ImGuiContext& g = *ImGui::GetCurrentContext();
  g_tabFrom = 0;
  if (!g.NavMoveScoringItems) return;
  if (g.NavTabbingDir > 0) {
    g.NavTabbingCounter = 1;  // the next field ends the count
  } else if (g.NavMoveResultLocal.ID != 0) {
    g.NavMoveScoringItems = false;  // the field before this control is the one
    g.NavAnyRequest = g.NavInitRequest;
  }
}

void ShowFocus() {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  ImGui::RenderNavHighlight(g.LastItemData.Rect, g.LastItemData.ID);
}

void KeepArrowsInField() {
  if (ImGui::IsItemActive())
    ImGui::GetCurrentContext()->ActiveIdUsingNavDirMask |=
        (1 << ImGuiDir_Up) | (1 << ImGuiDir_Down);
}

}  // namespace parley::ui
