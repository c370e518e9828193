#include "views/shaped_field.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <string>
#include <utility>

#include "core/common/bidi_text.hpp"
#include "views/rtl_text.hpp"

namespace parley::ui {

namespace {

// The field being typed in, as drawn over: only one field has the keyboard at a time.
struct Typed {
  ImGuiID id = 0;
  std::string text;  // what the field holds, as of its last callback
  VisualLine line;   // the text on one line, as drawn
  uint32_t cursor = 0, selectionStart = 0, selectionEnd = 0;  // byte offsets in `text`
  float left = 0;         // where the line's left edge is drawn, from the text's room's left edge:
                          //   below 0 when a text wider than the field is scrolled
  bool placed = false;    // `left` was set for this field: a field just opened starts at its start
  bool dragging = false;  // the left button went down on the field and is still down
  float pressedAt = 0;    // where it went down, from the line's left edge
  int frame = -1;         // the frame of the last callback
};
Typed g_typed;

bool KeyPressed(ImGuiKey key) {
  return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), true);
}

// Whether what the field gets this frame may bring it a right-to-left letter: characters typed,
// or a paste or an undo (which ImGui makes during the call, after this frame's colours are set).
bool MayBringBidi() {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.KeyCtrl && (KeyPressed(ImGuiKey_V) || KeyPressed(ImGuiKey_Z) || KeyPressed(ImGuiKey_Y)))
    return true;
  if (io.InputQueueCharacters.empty()) return false;
  char typed[256];
  const ImWchar* queue = io.InputQueueCharacters.Data;
  ImTextStrToUtf8(typed, sizeof typed, queue, queue + io.InputQueueCharacters.Size);
  return NeedsBidi(typed);
}

// The text's room in the field: its frame less the padding on either side.
float RoomOf(float frameWidth) {
  return frameWidth - ImGui::GetStyle().FramePadding.x * 2;
}

}  // namespace

ShapedField::ShapedField(ImGuiID id, std::string_view value, float frameWidth)
    : m_id(id), m_value(value), m_frameWidth(frameWidth) {
  m_typing = ImGui::GetActiveID() == id;
  m_shaped = NeedsBidi(value) || (m_typing && MayBringBidi());
  if (!m_shaped) return;
  m_ink = ImGui::GetColorU32(ImGuiCol_Text);
  m_selection = ImGui::GetColorU32(ImGuiCol_TextSelectedBg);
  // The frame and the hint (ImGuiCol_TextDisabled) stay ImGui's; the text, the caret (drawn in
  // the text colour), the selection and the label go.
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_TextSelectedBg, IM_COL32(0, 0, 0, 0));
  m_left = ImGui::GetCursorScreenPos().x;  // where the field's frame will start
  if (!m_typing) return;
  // ImGui 1.86 reads the arrows through io.KeyMap: an entry of -1 is a key never pressed, so the
  // field leaves the caret to the callback. With Ctrl they are ImGui's word moves, in stored
  // order: in a right-to-left paragraph swapped, so that they go the way they point.
  ImGuiIO& io = ImGui::GetIO();
  m_keysTaken = true;
  m_keys[0] = io.KeyMap[ImGuiKey_LeftArrow];
  m_keys[1] = io.KeyMap[ImGuiKey_RightArrow];
  if (!io.KeyCtrl) {
    m_step = int(KeyPressed(ImGuiKey_RightArrow)) - int(KeyPressed(ImGuiKey_LeftArrow));
    io.KeyMap[ImGuiKey_LeftArrow] = io.KeyMap[ImGuiKey_RightArrow] = -1;
  } else if (Fitted(value, 0).rightToLeft) {
    std::swap(io.KeyMap[ImGuiKey_LeftArrow], io.KeyMap[ImGuiKey_RightArrow]);
  }
}

// Also at rest: ImGui calls it in the frame of the click that gives the field the keyboard.
ImGuiInputTextFlags ShapedField::Flags() const {
  return m_shaped ? ImGuiInputTextFlags_CallbackAlways : ImGuiInputTextFlags_None;
}

ImGuiInputTextCallback ShapedField::Callback() const {
  return m_shaped ? &ShapedField::Follow : nullptr;
}

int ShapedField::Follow(ImGuiInputTextCallbackData* data) {
  const ShapedField& field = *static_cast<const ShapedField*>(data->UserData);
  Typed& t = g_typed;
  // Called in every frame the field has the keyboard: a gap means it was given it again.
  if (t.id != field.m_id || t.frame != ImGui::GetFrameCount() - 1) {
    t = Typed();
    t.id = field.m_id;
  }
  const Advance advance = FontAdvance(ImGui::GetFontSize());
  const std::string_view now(data->Buf, size_t(data->BufTextLen));
  if (t.frame < 0 || now != t.text) {
    t.text = now;
    t.line = FitLine(now, 0, advance);
  }
  if (!t.placed) {  // where the field's start stood at rest
    const float room = RoomOf(field.m_frameWidth), width = LineWidth(t.line, advance);
    t.left = t.line.rightToLeft ? room - width : 0.0f;
    t.placed = true;
  }
  auto cursor = uint32_t(data->CursorPos), start = uint32_t(data->SelectionStart),
       end = uint32_t(data->SelectionEnd);
  ImGuiInputTextState* state = ImGui::GetInputTextState(field.m_id);
  const ImGuiIO& io = ImGui::GetIO();
  // ImGui placed the caret by its own, transparent, left-to-right drawing of the stored text:
  // a click or a drag is taken again through the line as drawn. A double click selects all.
  const float pointer = io.MousePos.x - (field.m_left + ImGui::GetStyle().FramePadding.x + t.left);
  if (io.MouseClicked[0] && !io.MouseDoubleClicked[0] &&
      ImGui::GetCurrentContext()->HoveredId == field.m_id) {
    t.dragging = true;
    t.pressedAt = pointer;
    cursor = start = end = OffsetAtX(t.line, pointer, advance);
  } else if (t.dragging && io.MouseDown[0] && state && !state->SelectedAllMouseLock) {
    auto [first, last] = RangeBetweenX(t.line, t.pressedAt, pointer, advance);
    // The caret at the end the pointer is at, as a drag leaves it in stored text.
    const bool onward =
        OffsetAtX(t.line, pointer, advance) >= OffsetAtX(t.line, t.pressedAt, advance);
    start = onward ? first : last;
    cursor = end = onward ? last : first;
  }
  if (!io.MouseDown[0]) t.dragging = false;
  if (field.m_step != 0) {
    const uint32_t anchor = start == end ? cursor : cursor == start ? end : start;
    if (io.KeyShift) {
      cursor = CaretStep(t.line, cursor, field.m_step);
      start = anchor;
      end = cursor;
    } else {
      // A selection closes at its edge on the side the arrow points to; else the caret steps.
      if (start != end) {
        const float a = CaretX(t.line, anchor, advance), c = CaretX(t.line, cursor, advance);
        cursor = (c > a) == (field.m_step > 0) ? cursor : anchor;
      } else {
        cursor = CaretStep(t.line, cursor, field.m_step);
      }
      start = end = cursor;
    }
    if (state) state->CursorAnimReset();
  }
  if (start == end) start = end = cursor = CaretStop(t.line, cursor, cursor >= t.cursor);
  data->CursorPos = int(cursor);
  data->SelectionStart = int(start);
  data->SelectionEnd = int(end);
  t.cursor = cursor;
  t.selectionStart = std::min(start, end);
  t.selectionEnd = std::max(start, end);
  t.frame = ImGui::GetFrameCount();
  return 0;
}

void ShapedField::Draw(const char* label) {
  if (m_keysTaken) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyMap[ImGuiKey_LeftArrow] = m_keys[0];
    io.KeyMap[ImGuiKey_RightArrow] = m_keys[1];
  }
  if (!m_shaped) return;
  ImGui::PopStyleColor(2);
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 min = ImGui::GetItemRectMin(), max(min.x + m_frameWidth, ImGui::GetItemRectMax().y);
  if (g_typed.id == m_id && g_typed.frame == ImGui::GetFrameCount()) {
    DrawTyped(min, max);
  } else {
    const ImVec4 clip(min.x, min.y, max.x, max.y);
    AddLine(ImGui::GetWindowDrawList(), ImGui::GetFontSize(),
            ImVec2(min.x + style.FramePadding.x, min.y + style.FramePadding.y), m_ink, m_value,
            RoomOf(m_frameWidth), &clip);
  }
  // The label, which went transparent with the field's text.
  const char* labelEnd = ImGui::FindRenderedTextEnd(label);
  if (labelEnd != label)
    ImGui::GetWindowDrawList()->AddText(
        ImVec2(min.x + m_frameWidth + style.ItemInnerSpacing.x, min.y + style.FramePadding.y),
        m_ink, label, labelEnd);
}

void ShapedField::DrawTyped(ImVec2 min, ImVec2 max) {
  Typed& t = g_typed;
  const float size = ImGui::GetFontSize(), room = RoomOf(m_frameWidth);
  const Advance advance = FontAdvance(size);
  const float width = LineWidth(t.line, advance), caret = CaretX(t.line, t.cursor, advance);
  // A line that fits stands as at rest; a wider one (placed at its start when the field got the
  // keyboard) moves only when the caret would leave the room, by a quarter of it, as ImGui
  // scrolls a field.
  if (width <= room) t.left = t.line.rightToLeft ? room - width : 0.0f;
  if (width > room) {
    if (t.left + caret < 0)
      t.left = room * 0.25f - caret;
    else if (t.left + caret > room)
      t.left = room * 0.75f - caret;
    t.left = std::clamp(t.left, room - width, 0.0f);
  }
  const ImVec2 at(min.x + ImGui::GetStyle().FramePadding.x + t.left,
                  min.y + ImGui::GetStyle().FramePadding.y);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->PushClipRect(min, max, true);
  // Where ImGui draws its own selection and caret, from the line's top.
  for (auto [from, to] : SelectionSpans(t.line, t.selectionStart, t.selectionEnd, advance))
    draw->AddRectFilled(ImVec2(at.x + from, at.y - 1.0f), ImVec2(at.x + to, at.y + size + 2.0f),
                        m_selection);
  draw->AddText(ImGui::GetFont(), size, at, m_ink, t.line.text.data(),
                t.line.text.data() + t.line.text.size());
  const ImGuiInputTextState* state = ImGui::GetInputTextState(m_id);
  const float blink = state ? state->CursorAnim : 0.0f;
  if (!ImGui::GetIO().ConfigInputTextCursorBlink || blink <= 0.0f ||
      ImFmod(blink, 1.20f) <= 0.80f) {
    const float x = IM_FLOOR(at.x + caret);
    draw->AddRectFilled(ImVec2(x, at.y + 0.5f), ImVec2(x + 1.0f, at.y + size - 1.5f), m_ink);
  }
  draw->PopClipRect();
}

}  // namespace parley::ui
