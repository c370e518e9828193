#pragma once
// A one-line text field that shows Arabic and Hebrew in place, as they read, at rest and while
// typed in. Dear ImGui 1.86 draws a field's text as stored, one codepoint after another from
// left to right; so ImGui draws the field with its text, caret, selection and label made
// transparent, and what it shows is drawn over it: the text shaped and ordered (rtl_text.hpp),
// the selection as the rectangles its glyphs take, the caret where it looks. The field's
// callback keeps ImGui's caret and selection, in the stored (logical) text, in step with what is
// drawn: a click or a drag maps through the shaped line, Left and Right (with Shift: selecting)
// move the caret one glyph the way they point, and a text wider than the field scrolls so that
// the caret stays in it. Typing, copying, pasting, deleting and undo stay ImGui's, on the stored
// text. A field whose text has no right-to-left letter is left to ImGui, as any field.
// (Design: shared/design/arabic-hebrew-on-screen.md, "Editing, without patching ImGui".)
#include <imgui.h>

#include <string_view>

namespace parley::ui {

// Made right before the field is drawn, for that one call.
class ShapedField {
 public:
  // The field `id`, `frameWidth` wide, showing `value` (the caller's; while typed in, the field
  // shows what it holds). When it needs drawing over, pushes the transparent colours and, while
  // it has the keyboard, takes Left and Right from ImGui for this call.
  ShapedField(ImGuiID id, std::string_view value, float frameWidth);
  ShapedField(const ShapedField&) = delete;
  ShapedField& operator=(const ShapedField&) = delete;

  // For the field's call: the callback, and its flags, that keep the caret in step; none for a
  // field ImGui draws itself.
  ImGuiInputTextFlags Flags() const;
  ImGuiInputTextCallback Callback() const;

  // Right after the field (the last item), labelled `label`: puts back what the constructor
  // changed, and draws what the field shows over it.
  void Draw(const char* label);

 private:
  static int Follow(ImGuiInputTextCallbackData* data);
  void DrawTyped(ImVec2 min, ImVec2 max);

  ImGuiID m_id;
  std::string_view m_value;
  float m_frameWidth;
  float m_left = 0;          // the frame's left edge on screen
  bool m_shaped = false;     // drawn over
  bool m_typing = false;     // the field has the keyboard
  int m_step = 0;            // Left (-1) or Right (1) pressed this frame, for the callback to move
  bool m_keysTaken = false;  // io.KeyMap's Left and Right entries are changed for the call
  int m_keys[2] = {0, 0};    //   and these are theirs
  ImU32 m_ink = 0, m_selection = 0;  // the text and selection colours, before they went transparent
};

}  // namespace parley::ui
