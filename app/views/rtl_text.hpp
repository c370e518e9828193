#pragma once
// Text from the record or the user as the screen shows it: Arabic and Hebrew ordered and
// shaped (core/common/bidi_text.hpp) into the visual strings Dear ImGui draws left to right,
// each right-to-left paragraph right-aligned in its column. Every view draws such text through
// these functions (or widgets.hpp's, which use them), never ImGui::Text* on it directly.
//
// Layouts are kept between frames, keyed by the text, the width and the font size: no text is
// shaped twice while it does not change, and one unused for a while is dropped. Text without a
// right-to-left letter or bidi control is passed through as it is, unshaped.
#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/common/bidi_text.hpp"

namespace parley::ui {

// One line as drawn.
struct ShownLine {
  std::string text;    // its glyphs in visual order, in UTF-8
  float indent = 0;    // from the column's left edge: a right-to-left line ends at its right
  bool rightToLeft = false;  // its paragraph runs right to left
  float width = 0;           // as ImGui::CalcTextSize measures it, at the size it was laid out for
};

// The current font's advances at `size` pixels.
Advance FontAdvance(float size);

// `text` wrapped at `wrap` (no wrapping when <= 0) in the current font at `size` pixels, lines
// top to bottom, the right-to-left ones indented to end at `wrap`. Not kept: for callers that
// keep it.
std::vector<ShownLine> LayOutLines(std::string_view text, float wrap, float size);

// The logical byte offset in `text`, laid out as LayOutLines lays it out, that a click at
// `point` (from the left edge of the column `wrap` wide and the first line's top) puts the caret
// at: on the line under it, before or after the glyph under it as it reads. Laid out anew: for a
// click, not every frame.
uint32_t OffsetAtPoint(std::string_view text, float wrap, float size, ImVec2 point);

// `text` on one line as drawn, kept between frames: itself when it needs no shaping. For an
// ImGui label carrying user text (a button, a combo, a selectable, a tab).
std::string_view Shown(std::string_view text);

// An ImGui label ("visible##id") with its visible part as Shown makes it: its ID is the
// visual label's, as stable as the text. The label itself when it needs no shaping.
const char* ShownLabel(const char* label);

// `text` on one line no wider than `width` (at `size` pixels, 0: the current font's size), cut
// at its logical end with an ellipsis where it ends, kept between frames; its indent
// right-aligns a right-to-left text in `width`. `direction` forces the paragraph's.
const ShownLine& Fitted(std::string_view text, float width, float size = 0,
                        TextDirection direction = TextDirection::Auto);

// `text` on one line from `pos`, `width` wide, in every script: as Fitted cuts it when it may
// not fit (the ellipsis where it ends, a right-to-left line ending at the right edge), whole
// otherwise; cut to `clip` when one is given.
void AddLine(ImDrawList* draw, float size, ImVec2 pos, ImU32 colour, std::string_view text, float width,
             const ImVec4* clip = nullptr, TextDirection direction = TextDirection::Auto);

// ImDrawList::AddText for user text in a cell from `pos` to the right edge of `clip`, on one
// line (AddLine) or wrapped to the cell's width. Wrapped, text that needs shaping shows its
// first `lines` lines, right-to-left lines ending at the cell's edge; other text is drawn as
// AddText draws it, clipped.
void AddUserText(ImDrawList* draw, float size, ImVec2 pos, ImU32 colour, std::string_view text,
                 const ImVec4& clip, int lines = 1);

// For the multi-line text field just drawn (the last item, its frame `frameWidth` wide), being
// typed in, holding `text`: Dear ImGui draws a field's text as stored, unshaped and left to
// right, and a multi-line field is not yet drawn over line by line as a one-line field is
// (shaped_field.hpp). So the text is drawn as it reads in a box right under the field, wrapped
// at the field's width, with the caret where the field's caret is in the stored text; kept until
// the text changes.
void ShapedPreview(std::string_view text, float frameWidth);

// Text made of pieces, each in a colour of its own (a word diff), wrapped at the width left and
// laid out as one paragraph (its direction from its first strong letter): each line's glyphs
// are drawn in runs of one piece, in `colours[piece]`, a run whose `marks[piece]` is 1 is
// underlined, 2 struck through. `starts` are the pieces' byte offsets
// in `text`, ascending from 0. One item. Kept between frames as UserText's lines are.
void PiecedText(std::string_view text, const std::vector<uint32_t>& starts, const std::vector<ImU32>& colours,
                const std::vector<int>& marks);

// ImGui::SetTooltip("%s", text) for user text, as UserText draws it.
void UserTooltip(std::string_view text);

// ImGui::TextUnformatted for user text, in the Text colour: its paragraphs each on a line, in
// the order they read, wrapped at the text wrap position when one is pushed (each right-to-left
// line then ends at it). One item. Its width without wrapping is measured every frame (kept
// only when it needs shaping): for labels, not long texts.
void UserText(std::string_view text);

}  // namespace parley::ui
