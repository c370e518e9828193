#pragma once
// The keyboard reaches every control: Dear ImGui 1.86's keyboard navigation, with what Parley
// adds to it. Arrows move the focus to any control, Space or Enter presses the control with the
// focus (or opens the field with the focus for typing), Tab and Shift+Tab go to the next or
// previous text field from wherever the focus is, Escape leaves a field or closes a popup. The
// focus is drawn as a frame in ImGuiCol_NavHighlight, set in both styles by ApplyStyle.
#include <imgui.h>

#include <vector>

namespace parley::ui {

// Dear ImGui 1.86 reads a key as down or up at each frame: a key pressed and released between
// two frames (a quick tap while a frame is slow, or a key sent by a program such as xdotool)
// would never be seen down, and a Ctrl+V, an Enter or a Backspace would be lost; so would a
// Ctrl+V whose Ctrl is let go in the frame the V went down. The platform's key events pass
// through here: once a key has gone down in a frame, the releases that follow wait, in order,
// until that frame is drawn, so that it sees the keys as they were pressed together.
template <typename Event>
class KeyTaps {
 public:
  // For a key event; false when the event waits (TakeWaiting) instead of passing now.
  bool PassNow(bool press, const Event& event) {
    if (press) {
      m_pressedThisFrame = true;
      return true;
    }
    if (!m_pressedThisFrame) return true;
    m_waiting.push_back(event);
    return false;
  }
  // Once a frame is drawn (after ImGui::Render: ImGui refuses modifiers changed within a frame),
  // every frame: the releases that waited for it, to pass now, in order.
  std::vector<Event> TakeWaiting() {
    m_pressedThisFrame = false;
    std::vector<Event> waiting;
    waiting.swap(m_waiting);
    return waiting;
  }

 private:
  bool m_pressedThisFrame = false;  // a key went down since the last frame was drawn
  std::vector<Event> m_waiting;
};

// Turns keyboard navigation on in `io`; before the first frame.
void EnableKeyboard(ImGuiIO& io);

// Before ImGui::NewFrame, every frame: Enter presses the control with the focus, as Space does
// (ImGui 1.86 gives Enter to text fields only). Not while a field is being typed in, where
// Enter is the field's own, nor with Ctrl held (Ctrl+Enter is a shortcut of its own). And a
// mouse button pressed makes the pointer hover again after the keyboard moved the focus.
void BeforeNewFrame();

// After ImGui::NewFrame, every frame: Tab with a control other than a field focused goes on to
// the next field after that control. ImGui 1.86 would go back to the window's first field,
// which leaves a person who has arrowed half-way down a view at its top again.
void AfterNewFrame();

// After each of Parley's controls (Track calls it): where Tab was pressed on this control, the
// count to the next (previous) field starts here.
void NoteItemForTab();

// Draws the focus frame around the last item when it has the keyboard's focus, for Parley's
// own controls drawn over an InvisibleButton (ImGui's widgets draw their own).
void ShowFocus();

// Up and Down stay in the text field being typed in, as Left and Right do, rather than moving
// the focus to the control above or below: called after the field, every frame.
void KeepArrowsInField();

}  // namespace parley::ui
