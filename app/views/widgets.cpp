#include "views/widgets.hpp"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <bit>
#include <charconv>
#include <unordered_map>
#include <vector>

#include "core/common/bidi_text.hpp"
#include "core/common/clock.hpp"
#include "core/common/text.hpp"
#include "views/keyboard.hpp"
#include "views/kept_glyphs.hpp"
#include "views/rtl_text.hpp"
#include "views/shaped_field.hpp"

namespace parley::ui {

namespace {
ItemRecorder g_recorder;  // set only by tests

// Wrapped text as laid out for one wrap width and font size: its height, and where it breaks
// into lines. Kept from frame to frame under a hash of the text in the caller's ID scope:
// finding the line ends costs as much as drawing the glyphs, and the text on screen seldom
// changes. An entry not drawn for a while is dropped.
struct Wrapping {
  int layout = 0;  // fingerprint of the wrap width and font size
  float height = 0;
  std::vector<std::pair<uint32_t, uint32_t>> lines;  // [begin, end) of each line in the text
  std::vector<ShownLine> shown;  // instead, the lines of a text that needs shaping, as drawn
  int drawnAt = 0;                                   // frame count
};
std::unordered_map<uint64_t, Wrapping> g_wrappings;
constexpr int kWrappingFrames = 600;

// The lines of `text` wrapped at `wrap`, broken where Dear ImGui 1.86's ImFont::RenderText
// breaks them: at the word wrap position of each line's start (at least one character), then
// past the blanks that follow it and one line break; and at every line break, which keeps the
// wrap position found before it.
std::vector<std::pair<uint32_t, uint32_t>> BreakLines(std::string_view text, float wrap) {
  std::vector<std::pair<uint32_t, uint32_t>> lines;
  const ImFont* font = ImGui::GetFont();
  const float scale = ImGui::GetFontSize() / font->FontSize;
  const char* begin = text.data();
  const char* end = begin + text.size();
  const char* s = begin;
  const char* line = begin;
  const char* eol = nullptr;
  auto close = [&](const char* at) { lines.emplace_back(uint32_t(line - begin), uint32_t(at - begin)); };
  while (s < end) {
    if (!eol) {
      eol = font->CalcWordWrapPositionA(scale, s, end, wrap);
      if (eol == s) ++eol;
    }
    if (s >= eol) {
      close(s);
      eol = nullptr;
      while (s < end && (*s == ' ' || *s == '\t')) ++s;
      if (s < end && *s == '\n') ++s;
      line = s;
      continue;
    }
    if (*s == '\n') {
      close(s);
      line = ++s;
      continue;
    }
    unsigned int c = 0;
    s += ImTextCharFromUtf8(&c, s, end);
  }
  if (line < end) close(end);
  return lines;
}

// The layout of `text` at `wrap` in the current ID scope, made when the text, the width or the
// font size changed.
Wrapping& WrappingOf(std::string_view text, float wrap) {
  static int prunedAt = 0;
  const int frame = ImGui::GetFrameCount();
  if (frame - prunedAt >= kWrappingFrames) {
    std::erase_if(g_wrappings, [&](const auto& entry) { return entry.second.drawnAt < frame - kWrappingFrames; });
    prunedAt = frame;
  }
  // std::hash reads the text eight bytes at a time; ImHashData's byte-by-byte CRC was a tenth
  // of a frame of concern cards.
  const uint64_t scope = ImGui::GetCurrentWindow()->IDStack.back();
  Wrapping& wrapping = g_wrappings[std::hash<std::string_view>{}(text) ^ (scope * 0x9E3779B97F4A7C15u)];
  // The glyph count stands for the font, made again with more of them when a new script arrives.
  const ImU32 font = std::bit_cast<ImU32>(ImGui::GetFontSize()) ^ ImU32(ImGui::GetFont()->Glyphs.Size);
  const int layout = int((std::bit_cast<ImU32>(wrap) * 2654435761u) ^ font) | 1;
  if (wrapping.layout != layout) {
    wrapping.layout = layout;
    if (NeedsBidi(text)) {
      wrapping.shown = LayOutLines(text, wrap, ImGui::GetFontSize());
      wrapping.lines.clear();
      wrapping.height = float(wrapping.shown.size()) * ImGui::GetFontSize();
    } else {
      wrapping.shown.clear();
      wrapping.height = ImGui::CalcTextSize(text.data(), text.data() + text.size(), false, wrap).y;
      wrapping.lines = BreakLines(text, wrap);
    }
  }
  wrapping.drawnAt = frame;
  return wrapping;
}

// Draws `text` wrapped at `wrap` from `pos`, as AddText would, from the lines WrappingOf keeps;
// the lines outside the clip rectangle are left out.
void DrawWrapped(ImDrawList* draw, ImVec2 pos, ImU32 colour, std::string_view text, float wrap) {
  const Wrapping& wrapping = WrappingOf(text, wrap);
  const float size = ImGui::GetFontSize();
  const float top = draw->GetClipRectMin().y, bottom = draw->GetClipRectMax().y;
  const bool shaped = !wrapping.shown.empty();
  for (size_t i = 0; i < (shaped ? wrapping.shown.size() : wrapping.lines.size()); ++i) {
    float y = pos.y + float(i) * size;
    if (y + size < top) continue;
    if (y > bottom) break;
    if (shaped) {
      const ShownLine& line = wrapping.shown[i];
      AddKeptText(draw, size, ImVec2(pos.x + line.indent, y), colour, line.text);
      continue;
    }
    const auto [from, to] = wrapping.lines[i];
    AddKeptText(draw, size, ImVec2(pos.x, y), colour, text.substr(from, to - from));
  }
}

}  // namespace

void SetItemRecorder(ItemRecorder recorder) { g_recorder = std::move(recorder); }

bool FieldTakesUndo(bool redo) {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  if (!g.IO.WantTextInput) return false;
  const ImGuiInputTextState& field = g.InputTextState;
  bool own = field.ID != 0 && field.ID == g.ActiveId &&
             (redo ? field.Stb.undostate.redo_point < STB_TEXTEDIT_UNDOSTATECOUNT : field.Stb.undostate.undo_point > 0);
  if (!own) ImGui::ClearActiveID();
  return own;
}

void Track(const char* label) {
  NoteItemForTab();
  if (g_recorder) g_recorder(label, ImGui::GetItemID(), ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

void TrackRect(const char* label, ImVec2 min, ImVec2 max) {
  if (g_recorder) g_recorder(label, ImGui::GetItemID(), min, max);
}

bool Tracking() { return g_recorder != nullptr; }

void PushId(int64_t id) {
  const char* bytes = reinterpret_cast<const char*>(&id);
  ImGui::PushID(bytes, bytes + sizeof id);
}

bool EnterPressed(bool repeat) {
  return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), repeat) ||
         ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), repeat);
}

void FlowSameLine(float nextWidth) {
  float right = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + nextWidth;
  if (right <= ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x) ImGui::SameLine();
}

bool Button(const char* label) {
  bool pressed = ImGui::Button(ShownLabel(label));
  Track(label);
  return pressed;
}

bool SmallButton(const char* label) {
  bool pressed = ImGui::SmallButton(ShownLabel(label));
  Track(label);
  return pressed;
}

bool Checkbox(const char* label, bool* value) {
  bool changed = ImGui::Checkbox(ShownLabel(label), value);
  Track(label);
  return changed;
}

bool Selectable(const char* label, bool selected, ImGuiSelectableFlags flags) {
  bool pressed = ImGui::Selectable(ShownLabel(label), selected, flags);
  Track(label);
  return pressed;
}

bool Choice(const char* label, bool chosen, const char* trackAs, float width) {
  ImVec4 ink = ImGui::GetStyleColorVec4(ImGuiCol_Text);
  ImGui::PushStyleColor(ImGuiCol_Button, chosen ? ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive)
                                                : ImVec4(ink.x, ink.y, ink.z, 0.06f));
  ImGui::PushStyleColor(ImGuiCol_Text, chosen ? ImVec4(1, 1, 1, 1) : ink);
  bool pressed = ImGui::Button(ShownLabel(label), ImVec2(width, 0));
  ImGui::PopStyleColor(2);
  Track(trackAs ? trackAs : label);
  return pressed;
}

bool MenuItem(const char* label, const char* shortcut, bool selected, bool enabled) {
  bool pressed = ImGui::MenuItem(ShownLabel(label), shortcut, selected, enabled);
  Track(label);
  return pressed;
}

bool BeginMenu(const char* label, bool enabled) {
  bool open = ImGui::BeginMenu(ShownLabel(label), enabled);
  Track(label);
  return open;
}

bool BeginTabItem(const char* label, ImGuiTabItemFlags flags) {
  bool open = ImGui::BeginTabItem(ShownLabel(label), nullptr, flags);
  Track(label);
  return open;
}

bool UserCombo(const char* label, const char* preview, ImGuiComboFlags flags) {
  if (!NeedsBidi(preview)) return ImGui::BeginCombo(label, preview, flags);
  // Where BeginCombo puts its preview, found before it runs: once it opens its popup, the
  // popup is the current window and its last item.
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const float arrow = (flags & ImGuiComboFlags_NoArrowButton) ? 0.0f : ImGui::GetFrameHeight();
  const ImVec2 max(min.x + ImGui::CalcItemWidth(), min.y + ImGui::GetFrameHeight());
  const bool shown = !ImGui::GetCurrentWindow()->SkipItems && ImGui::IsRectVisible(min, max);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const bool open = ImGui::BeginCombo(label, "", flags);
  if (shown) {
    const float left = min.x + style.FramePadding.x, right = std::max(left, max.x - arrow - style.FramePadding.x);
    AddLine(draw, ImGui::GetFontSize(), ImVec2(left, min.y + style.FramePadding.y), ImGui::GetColorU32(ImGuiCol_Text),
            preview, right - left);
  }
  return open;
}

namespace {
// Escape in the field `label` while it has the keyboard lets the keyboard go and keeps the text.
// Dear ImGui 1.86 would put back the text the field had when it got the keyboard and report
// that as a change, which the caller writes: typing already on disk would be thrown away, with
// no undo step to bring it back. Every field writes what is typed as it is typed, so there is
// nothing to take back; undo takes back edits.
void KeepTypingOnEscape(const char* label) {
  if (ImGui::GetActiveID() == ImGui::GetID(label) &&
      ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
    ImGui::ClearActiveID();
}

// Where the caret of the field an EditableText is opening goes once the field has the keyboard
// (ImGui's callback is the one way to set it): the field's ID, 0 for none, and a byte offset.
struct OpeningCaret {
  ImGuiID field = 0;
  int offset = 0;
};
OpeningCaret g_openingCaret;

// A field's own callback, and its data, to call once the caret is placed.
struct CaretThen {
  ImGuiInputTextCallback callback = nullptr;
  void* data = nullptr;
};

// Called in every frame the field has the keyboard: in the first, puts the caret where
// g_openingCaret says (before the field's own callback, which then sees it as ImGui's).
int PlaceOpeningCaret(ImGuiInputTextCallbackData* data) {
  CaretThen& then = *static_cast<CaretThen*>(data->UserData);
  if (g_openingCaret.field == ImGui::GetActiveID()) {
    data->CursorPos = data->SelectionStart = data->SelectionEnd =
        std::min(g_openingCaret.offset, data->BufTextLen);
    g_openingCaret = {};
  }
  if (!then.callback) return 0;
  data->UserData = then.data;
  return then.callback(data);
}

// The flags for the field `id` whose own are `flags`: with the callback (PlaceOpeningCaret)
// while an EditableText is opening it, for the caret to be placed.
ImGuiInputTextFlags PlacingFlags(ImGuiID id, ImGuiInputTextFlags flags) {
  return g_openingCaret.field == id ? flags | ImGuiInputTextFlags_CallbackAlways : flags;
}

}  // namespace

bool TextField(const char* label, const std::string& value, std::string* edited, const char* hint) {
  KeepTypingOnEscape(label);
  *edited = value;
  const ImGuiID id = ImGui::GetID(label);
  // Arabic and Hebrew are drawn shaped over the field, at rest and while typed in.
  ShapedField shaped(id, value, ImGui::CalcItemWidth());
  CaretThen then{shaped.Callback(), &shaped};
  const ImGuiInputTextFlags flags = PlacingFlags(id, shaped.Flags());
  // The hint too is drawn by ImGui as it is given: it often carries a party's name.
  bool changed = ImGui::InputTextWithHint(label, hint ? ShownLabel(hint) : nullptr, edited, flags,
                                          flags & ImGuiInputTextFlags_CallbackAlways ? PlaceOpeningCaret : nullptr,
                                          &then);
  shaped.Draw(label);
  KeepArrowsInField();
  Track(label);
  return changed && *edited != value;
}

bool DateField(const char* label, const std::string& value, DateDrafts& drafts, bool mayBeEmpty,
                std::string* date) {
  ImGuiID id = ImGui::GetID(label);
  auto draft = drafts.find(id);
  bool drafting = draft != drafts.end();
  if (drafting) ImGui::PushStyleColor(ImGuiCol_Text, WarningColour());
  std::string edited;
  bool whole = false;
  if (TextField(label, drafting ? draft->second : value, &edited, "YYYY-MM-DD")) {
    *date = Trim(edited);
    whole = IsIsoDate(*date) || (mayBeEmpty && date->empty());
    if (whole)
      drafts.erase(id);
    else
      drafts[id] = edited;
  }
  if (drafting) {
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Not a date yet: write it as YYYY-MM-DD, e.g. 2026-11-30");
  }
  return whole && *date != value;
}

namespace {

// A multi-line field's text as the field holds it, wrapped at its width while it is typed in
// (ImGui 1.86's field cannot wrap): the space where a line wraps is replaced by a line break,
// a soft break. The text keeps its length, so that the caret and the selection stay where they
// were when the lines wrap anew, and the text written is the one with the spaces back.
struct SoftWrap {
  std::string text;              // as written: the spaces in place
  std::string shown;             // as the field holds it: soft breaks in place of some spaces
  std::vector<uint32_t> breaks;  // where the soft breaks are, ascending
  float wrap = -1;
};
std::unordered_map<ImGuiID, SoftWrap> g_softWraps;

// `text` broken at spaces so that no line is wider than `wrap`, where its words allow.
void Rewrap(SoftWrap& soft, std::string text, float wrap) {
  soft.breaks.clear();
  soft.shown = text;
  constexpr size_t kNone = std::string::npos;
  size_t line = 0, space = kNone;
  for (size_t i = 0; i <= text.size(); ++i) {
    char c = i == text.size() ? '\n' : text[i];
    if (c != ' ' && c != '\n') continue;
    // A word ends at i: it goes on the next line when it does not fit on this one.
    if (space != kNone && ImGui::CalcTextSize(text.data() + line, text.data() + i).x > wrap) {
      soft.breaks.push_back(uint32_t(space));
      soft.shown[space] = '\n';
      line = space + 1;
    }
    if (c == '\n') {
      line = i + 1;
      space = kNone;
    } else {
      space = i;
    }
  }
  soft.text = std::move(text);
  soft.wrap = wrap;
}

// The field's text `now`, after an edit of `soft.shown`: the soft breaks outside the edit turned
// back into spaces, and wrapped anew at `wrap`.
void Follow(SoftWrap& soft, std::string_view now, float wrap) {
  std::string_view before = soft.shown;
  // The edit lies between what is alike at the start and what is alike at the end.
  size_t head = 0;
  while (head < now.size() && head < before.size() && now[head] == before[head]) ++head;
  size_t tail = 0;
  while (tail < now.size() - head && tail < before.size() - head &&
         now[now.size() - 1 - tail] == before[before.size() - 1 - tail])
    ++tail;
  std::string text(now);
  for (uint32_t at : soft.breaks) {
    if (at < head)
      text[at] = ' ';
    else if (at >= before.size() - tail)
      text[at + now.size() - before.size()] = ' ';
  }
  Rewrap(soft, std::move(text), wrap);
}

struct Typing {
  SoftWrap* soft;
  float wrap;  // the field's width now
};

// Every frame the field is typed in: its lines wrapped anew after an edit or a change of width.
int RewrapWhileTyping(ImGuiInputTextCallbackData* data) {
  const Typing& typing = *static_cast<const Typing*>(data->UserData);
  std::string_view now(data->Buf, size_t(data->BufTextLen));
  if (now == typing.soft->shown && typing.wrap == typing.soft->wrap) return 0;
  Follow(*typing.soft, now, typing.wrap);
  if (typing.soft->shown != now) {
    std::copy(typing.soft->shown.begin(), typing.soft->shown.end(), data->Buf);
    data->BufDirty = true;
  }
  return 0;
}

}  // namespace

bool TextArea(const char* label, const std::string& value, std::string* edited, float height) {
  KeepTypingOnEscape(label);
  const ImGuiStyle& style = ImGui::GetStyle();
  float width = ImGui::CalcItemWidth();
  // The lines' width inside the frame, with room kept for a scroll bar.
  float wrap = width - style.FramePadding.x * 2 - style.ScrollbarSize;
  ImGuiID id = ImGui::GetID(label);
  SoftWrap& soft = g_softWraps[id];
  // While typed in, the field holds its own text: it is wrapped anew in the field's callback.
  if (ImGui::GetActiveID() != id && (soft.text != value || soft.wrap != wrap))
    Rewrap(soft, value, wrap);
  std::string shown = soft.shown;
  Typing typing{&soft, wrap};
  CaretThen then{RewrapWhileTyping, &typing};
  bool changed = ImGui::InputTextMultiline(label, &shown, ImVec2(width, height), ImGuiInputTextFlags_CallbackAlways,
                                           PlaceOpeningCaret, &then);
  Track(label);
  if (shown != soft.shown)
    Follow(soft, shown, wrap);  // an edit the callback did not see
  *edited = soft.text;
  // Arabic and Hebrew while typed in: shaped, wrapped, with the caret, right under the field
  // (a multi-line field is not yet drawn over line by line as a one-line field is).
  if (ImGui::IsItemActive() && NeedsBidi(soft.text)) ShapedPreview(soft.text, width);
  return changed && *edited != value;
}

namespace {

// The byte offset in `text`, drawn as DrawWrapped draws it at `wrap` (on one line as AddText
// draws it when wrap <= 0), that a click at `point` from where it is drawn puts the caret at.
int OffsetInDrawn(std::string_view text, float wrap, ImVec2 point) {
  const float size = ImGui::GetFontSize();
  if (wrap <= 0) return int(OffsetAtPoint(text, 0, size, ImVec2(point.x, 0)));
  const Wrapping& wrapping = WrappingOf(text, wrap);
  if (!wrapping.shown.empty()) return int(OffsetAtPoint(text, wrap, size, point));
  if (wrapping.lines.empty()) return 0;
  // Dear ImGui's own lines: the one under the pointer, then the x on it.
  const float last = float(wrapping.lines.size() - 1);
  const auto [from, to] = wrapping.lines[size_t(std::clamp(std::floor(point.y / size), 0.0f, last))];
  return int(from + OffsetAtPoint(text.substr(from, to - from), 0, size, ImVec2(point.x, 0)));
}

// Text shown wrapped at `wrap` in a field's frame of `size` at the cursor, that a click opens
// as a field: returns true when clicked, with `*caret` where the click points in the text (-1
// when it is empty).
bool TextBlockButton(const char* trackAs, std::string_view text, const char* hint, ImVec2 size, float wrap,
                     const TextLook& look, int* caret) {
  const ImGuiStyle& style = ImGui::GetStyle();
  ImVec2 pos = ImGui::GetCursorScreenPos();
  bool clicked = ImGui::InvisibleButton("##text", size);
  Track(trackAs);
  ShowFocus();
  bool hovered = ImGui::IsItemHovered();
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImVec2 end(pos.x + size.x, pos.y + size.y);
  if (look.framed || hovered || text.empty())
    draw->AddRectFilled(pos, end, ImGui::GetColorU32(hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg),
                        style.FrameRounding);
  if (look.bar > 0)
    draw->AddRectFilled(pos, ImVec2(pos.x + look.bar, end.y), ImGui::GetColorU32(ImGuiCol_TextDisabled));
  std::string_view shown = text.empty() ? std::string_view(hint) : text;
  ImVec2 at(pos.x + look.bar + style.FramePadding.x, pos.y + style.FramePadding.y);
  ImU32 colour = ImGui::GetColorU32(text.empty() ? ImGuiCol_TextDisabled : ImGuiCol_Text);
  if (wrap > 0)
    DrawWrapped(draw, at, colour, shown, wrap);
  else {
    // One line (an empty text's hint, which can carry a party's name), shaped when it needs it.
    std::string_view line = Shown(shown);
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, colour, line.data(), line.data() + line.size());
  }
  if (clicked) {
    const ImVec2 pointer = ImGui::GetIO().MouseClickedPos[0];
    *caret = text.empty() ? -1 : OffsetInDrawn(text, wrap, ImVec2(pointer.x - at.x, pointer.y - at.y));
  }
  return clicked;
}

}  // namespace

bool EditableText(OpenText& open, Id record, int which, const char* trackAs, const std::string& value,
                  const char* hint, float width, std::string* edited, TextLook look) {
  const ImGuiStyle& style = ImGui::GetStyle();
  float left = style.FramePadding.x + look.bar;
  float wrap = width - left - style.FramePadding.x;
  ImGui::PushID(which);
  float measured = WrappedTextHeight(value.empty() ? std::string_view(hint) : std::string_view(value), wrap);
  float height = std::max(measured + style.FramePadding.y * 2, ImGui::GetFrameHeight());
  bool changed = false;
  if (open.record == record && open.which == which) {
    if (open.focus) {
      ImGui::SetKeyboardFocusHere();
      g_openingCaret = open.caret < 0 ? OpeningCaret() : OpeningCaret{ImGui::GetID("##field"), open.caret};
      open.focus = false;
    }
    ImGui::SetNextItemWidth(width);
    if (look.roomLines > 0)
      changed = TextArea("##field", value, edited, height + ImGui::GetTextLineHeight() * float(look.roomLines));
    else
      changed = TextField("##field", value, edited, hint);
    Track(trackAs);
    if (ImGui::IsItemDeactivated()) open.record = 0;
  } else if (int caret = -1; TextBlockButton(trackAs, value, hint,
                             // as tall as the open field: opening it moves nothing below it
                             ImVec2(width, height + ImGui::GetTextLineHeight() * float(look.roomLines)),
                             // text on one line is drawn the same without looking for line ends,
                             // but for the shaping and alignment of Arabic and Hebrew
                             measured < ImGui::GetFontSize() * 1.5f && !NeedsBidi(value) ? 0.0f : wrap,
                             look, &caret)) {
    open = {record, which, true, caret};
  }
  ImGui::PopID();
  return changed;
}

float WrappedTextHeight(std::string_view text, float wrap) { return WrappingOf(text, wrap).height; }

const std::vector<std::pair<uint32_t, uint32_t>>& WrappedLines(std::string_view text, float wrap) {
  return WrappingOf(text, wrap).lines;
}

void LineText(std::string_view text, ImU32 colour, TextDirection direction) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  float offset = window->DC.CurrLineTextBaseOffset, width = ImGui::GetContentRegionAvail().x;
  ImVec2 at(window->DC.CursorPos.x, window->DC.CursorPos.y + offset);
  ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight() + offset));
  if (!ImGui::IsItemVisible()) return;
  AddLine(ImGui::GetWindowDrawList(), ImGui::GetFontSize(), at, colour, text, width, nullptr, direction);
}

void WrappedText(std::string_view text, ImU32 colour) {
  float wrap = ImGui::GetContentRegionAvail().x;
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(wrap, WrappedTextHeight(text, wrap)));
  if (ImGui::IsItemVisible()) DrawWrapped(ImGui::GetWindowDrawList(), pos, colour, text, wrap);
}

ImU32 ParseColour(std::string_view colour) {
  unsigned rgb = 0x808080;
  if (colour.size() == 7 && colour[0] == '#')
    std::from_chars(colour.data() + 1, colour.data() + 7, rgb, 16);
  return IM_COL32((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, 0xff);
}

void ColourSwatch(std::string_view colour, float size, float lineHeight) {
  if (size <= 0) size = ImGui::GetTextLineHeight();
  if (lineHeight <= 0) lineHeight = size;
  ImVec2 pos = ImGui::GetCursorScreenPos();
  float top = pos.y + (lineHeight - size) * 0.5f;
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(pos.x, top), ImVec2(pos.x + size, top + size), ParseColour(colour));
  ImGui::Dummy(ImVec2(size, lineHeight));
}

void Hint(const char* text) { WrappedText(text, ImGui::GetColorU32(ImGuiCol_TextDisabled)); }

ImVec4 WarningColour() {
  ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
  bool dark = bg.x + bg.y + bg.z < 1.5f;
  return dark ? ImVec4(1.0f, 0.72f, 0.30f, 1.0f) : ImVec4(0.66f, 0.33f, 0.0f, 1.0f);
}

ImU32 WithAlpha(ImU32 colour, float alpha) {
  return (colour & ~IM_COL32_A_MASK) | (ImU32(std::clamp(alpha, 0.0f, 1.0f) * 255.0f) << IM_COL32_A_SHIFT);
}

ImU32 InkOn(ImU32 fill) {
  float r = float((fill >> IM_COL32_R_SHIFT) & 0xff), g = float((fill >> IM_COL32_G_SHIFT) & 0xff),
        b = float((fill >> IM_COL32_B_SHIFT) & 0xff);
  return 0.299f * r + 0.587f * g + 0.114f * b > 150.0f ? IM_COL32(0, 0, 0, 255) : IM_COL32(255, 255, 255, 255);
}

ImVec4 Ink(float alpha) {
  ImVec4 ink = ImGui::GetStyleColorVec4(ImGuiCol_Text);
  return ImVec4(ink.x, ink.y, ink.z, alpha);
}

void Chip(const char* text, ImU32 fill) {
  std::string_view shown = Shown(text);
  ImVec2 size = ImGui::CalcTextSize(shown.data(), shown.data() + shown.size());
  float padX = ImGui::GetFontSize() * 0.35f, height = ImGui::GetFrameHeight();
  ImVec2 pos = ImGui::GetCursorScreenPos();
  float top = pos.y + (height - size.y - 4.0f) * 0.5f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(ImVec2(pos.x, top), ImVec2(pos.x + size.x + padX * 2, top + size.y + 4.0f), fill);
  draw->AddText(ImVec2(pos.x + padX, top + 2.0f), InkOn(fill), shown.data(), shown.data() + shown.size());
  ImGui::Dummy(ImVec2(size.x + padX * 2, height));
}

float ChipWidth(const char* text) {
  std::string_view shown = Shown(text);
  return ImGui::CalcTextSize(shown.data(), shown.data() + shown.size()).x + ImGui::GetFontSize() * 0.7f;
}

void SetupEqualColumns(int count, float width) {
  const ImGuiStyle& style = ImGui::GetStyle();
  float each = std::floor((width - float(count) * (style.CellPadding.x * 2 + 1.0f)) / float(std::max(count, 1)));
  for (int i = 0; i < count; ++i) {
    ImGui::PushID(i);
    ImGui::TableSetupColumn("##column", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoResize, each);
    ImGui::PopID();
  }
}

void PushQuietButton() {
  ImGui::PushStyleColor(ImGuiCol_Button, Ink(0.07f));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, Ink(0.16f));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, Ink(0.26f));
}

void PopQuietButton() { ImGui::PopStyleColor(3); }

void DisabledText(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  UserText(text);
  ImGui::PopStyleColor();
}

void PartyMark(const Party& party, bool shortName) {
  ColourSwatch(party.colour);
  ImGui::SameLine(0, ImGui::GetFontSize() * 0.3f);
  UserText(shortName ? ShortName(party) : party.name);
}

}  // namespace parley::ui
