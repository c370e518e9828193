#pragma once
// Parley's own small widgets over Dear ImGui, and the hook that lets the headless tests find
// a widget by its label. Every interactive widget of the views goes through these, so that a
// test can click and type into any of them.
#include <imgui.h>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/common/bidi_text.hpp"
#include "core/model/model.hpp"
#include "views/keyboard.hpp"

namespace parley::ui {

// Called after every widget drawn through this file with its label, ID and rectangle.
// Installed by the tests only; empty in the program.
using ItemRecorder = std::function<void(std::string_view label, ImGuiID id, ImVec2 min, ImVec2 max)>;
void SetItemRecorder(ItemRecorder recorder);
// Reports the last item to the recorder under `label` (for ImGui widgets drawn directly).
void Track(const char* label);
// Reports a part of the last item, from `min` to `max`, as a widget of its own (one of several
// choices an item draws itself). Whether a recorder listens: a label costly to make is made
// only then.
void TrackRect(const char* label, ImVec2 min, ImVec2 max);
bool Tracking();
// Whether Ctrl+Z (`redo`: Ctrl+Shift+Z) belongs to the text field that has the keyboard, if
// any: it does while the field has typing of its own to take back (put back). When it does
// not, the field lets the keyboard go, so that the edit Parley undoes instead shows.
bool FieldTakesUndo(bool redo);
// Joins `parts` into one buffer kept across calls, for a label that is used at once (Track):
// a frame reports hundreds of labels, and a string made for each would allocate each time.
template <class... Parts>
const char* Joined(const Parts&... parts) {
  static std::string buffer;
  buffer.clear();
  ((buffer += parts), ...);
  return buffer.c_str();
}

// Track(Joined(parts...)), with the label made only while a recorder listens: in the program
// a frame would otherwise join a label for every row it draws.
template <class... Parts>
void TrackJoined(const Parts&... parts) {
  if (Tracking())
    Track(Joined(parts...));
  else
    NoteItemForTab();
}

// Pushes a record's id whole onto ImGui's ID stack (all 8 bytes: ImGui::PushID(int) would keep
// only the low 32 bits). Pop it with ImGui::PopID().
void PushId(int64_t id);

// Whether Enter, on the main keyboard or the keypad, was pressed this frame (`repeat`: or
// repeats while held). Through ImGui's key map, so that every field takes both.
bool EnterPressed(bool repeat = true);

// Keeps the next item on this line when it fits (`nextWidth` wide), else starts a new line.
void FlowSameLine(float nextWidth);

bool Button(const char* label);
bool SmallButton(const char* label);
bool Checkbox(const char* label, bool* value);
bool Selectable(const char* label, bool selected, ImGuiSelectableFlags flags = 0);
// One of a row (or column) of choices of which one holds: a square button, filled while it is
// the one chosen. It stands in for ImGui's radio buttons, whose circles cost more to draw than
// the rest of their row. `trackAs` names it for the tests when its label is shortened;
// `width` 0 fits the label.
bool Choice(const char* label, bool chosen, const char* trackAs = nullptr, float width = 0);
bool MenuItem(const char* label, const char* shortcut = nullptr, bool selected = false,
              bool enabled = true);
bool BeginMenu(const char* label, bool enabled = true);
bool BeginTabItem(const char* label, ImGuiTabItemFlags flags = 0);
// ImGui::BeginCombo for a combo whose preview is user text (a session's, a memo's or a
// version's name, a party's): one that does not fit is cut at its logical end, with the ellipsis
// where the text ends, right-aligned when it runs right to left (ImGui's own clip would cut the
// beginning of such a text). Text that needs no shaping shows as BeginCombo shows it. End it
// with ImGui::EndCombo when it returns true.
bool UserCombo(const char* label, const char* preview, ImGuiComboFlags flags = 0);

// A one-line text field showing `value`. Returns true on every change, with the new text in
// `*edited`: the caller writes it to the workshop at once. `hint` shows while it is empty.
// Escape leaves the field with what was typed in it (so do TextArea, DateField, EditableText).
// The width is the current item width (PushItemWidth / SetNextItemWidth).
bool TextField(const char* label, const std::string& value, std::string* edited,
               const char* hint = "");
// Date fields' text typed that is not (yet) a date, by the field's ImGui ID: a date typed a key
// at a time is written once it is whole, and what is typed stays on screen until then.
using DateDrafts = std::unordered_map<ImGuiID, std::string>;
// A one-line field for a date, YYYY-MM-DD. Shows `value`, or the field's draft in `drafts`
// while it has one (in the warning colour, with a tooltip on how to write a date). Returns true
// with `*date` set when the text typed is a whole date, or empty and `mayBeEmpty`: the caller
// writes it. Core checks every date it is given as well.
bool DateField(const char* label, const std::string& value, DateDrafts& drafts, bool mayBeEmpty,
               std::string* date);
// The same for several lines of text.
bool TextArea(const char* label, const std::string& value, std::string* edited, float height);

// Which text of which record a view has open as a field: the record's id, and which of its
// texts (the view's own numbering, from 1). A view keeps one, so opening a text closes the last.
struct OpenText {
  Id record = 0;       // 0: none open
  int which = 0;
  bool focus = false;  // give the field the keyboard in the next frame
  int caret = -1;      // where its caret goes then, a byte offset in the text: where the click
                       //   that opened it pointed (-1: where ImGui puts it)
};

// How an EditableText looks.
struct TextLook {
  bool framed = true;  // the frame always shows, else only when hovered or empty
  float bar = 0.0f;    // the width of a quote bar at its left (words said back), 0 for none
  int roomLines = 0;   // 0: the open field is one line (Enter closes it); else it has several,
                       //   this many below the text for more, kept while it is closed too
};

// A record's text shown wrapped at `width`, as a record reads; a click opens it as a field
// (ImGui 1.86 cannot wrap a field's lines) that closes again when it loses the keyboard, its
// caret before or after the letter clicked, as the text read at rest. `hint`
// shows, greyed, while the text is empty; `trackAs` is the label the tests find it by. Returns
// true on every change, with the new text in `*edited`: the caller writes it at once. The
// text (or its field) is the last item.
bool EditableText(OpenText& open, Id record, int which, const char* trackAs, const std::string& value,
                  const char* hint, float width, std::string* edited, TextLook look = {});

// `text` on one line as wide as the space left, cut at its logical end with an ellipsis where it
// does not fit (AddLine: the cut kept between frames, a text sure to fit not measured at all).
// Like ImGui's text, it follows AlignTextToFramePadding. Arabic or Hebrew in it is shaped
// (rtl_text.hpp), right-aligned when its paragraph runs right to left; `direction` LeftToRight
// for Parley's own English sentences that carry names.
void LineText(std::string_view text, ImU32 colour, TextDirection direction = TextDirection::Auto);

// The height of `text` wrapped at `wrap` in the current font, as ImGui::CalcTextSize gives it,
// kept between frames with the text's line ends: a text is measured again when it, the width
// or the font changes, not on every frame that lays it out (measuring costs as much as drawing).
float WrappedTextHeight(std::string_view text, float wrap);
// Where `text` wrapped at `wrap` in the current font breaks, as Dear ImGui breaks it: each
// line's [begin, end) in the text, kept between frames as WrappedTextHeight keeps them (under
// the current ID scope), for a text drawn a few lines of at a time.
const std::vector<std::pair<uint32_t, uint32_t>>& WrappedLines(std::string_view text, float wrap);
// `text` wrapped to the width left on the line, in `colour`, as ImGui::TextWrapped draws it
// but measured through WrappedTextHeight.
void WrappedText(std::string_view text, ImU32 colour);

// A filled square in a party's colour ("#rrggbb"), `size` pixels high (a line of text's height
// when 0), centred on a line `lineHeight` high (the square's own when 0).
void ColourSwatch(std::string_view colour, float size = 0, float lineHeight = 0);
ImU32 ParseColour(std::string_view colour);

// The colour of a warning (a step the method expects is missing), readable on either style.
ImVec4 WarningColour();
// `colour` with its alpha replaced by `alpha` (0 to 1).
ImU32 WithAlpha(ImU32 colour, float alpha);
// Black or white, whichever reads better on `fill`.
ImU32 InkOn(ImU32 fill);
// The text colour at `alpha`: the greys that stand for nobody.
ImVec4 Ink(float alpha);

// A small label in `fill`, as high as a frame; it leaves a Dummy as the last item, so that a
// tooltip and Track work on it.
void Chip(const char* text, ImU32 fill);
float ChipWidth(const char* text);  // the width Chip(text) takes

// Sets up the table just begun as `count` columns of one width each, in whole pixels, sharing
// `width` (the width the table was given): ImGui's stretched columns differ by the pixels left
// over, and a party's column must be as wide as every other party's.
void SetupEqualColumns(int count, float width);

// Row actions in a quiet grey, so that the wordings, not the buttons, catch the eye: the
// buttons drawn between PushQuietButton() and PopQuietButton().
void PushQuietButton();
void PopQuietButton();

// Grey explanatory text that wraps.
void Hint(const char* text);
// Grey text as it is: ImGui::TextDisabled formats its text (vsnprintf) first, which rows drawn
// every frame would pay for nothing.
void DisabledText(const char* text);

// A square in the party's colour, then its name (or short name).
void PartyMark(const Party& party, bool shortName);

}  // namespace parley::ui
