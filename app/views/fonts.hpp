#pragma once
#include "core/common/scripts.hpp"

struct ImFont;
struct ImFontAtlas;

namespace parley::ui {

// The large font is this many times the text font: read-aloud mode, headings for the room.
constexpr float kLargeScale = 2.5f;

// Fills `atlas` with Parley's text font at `size` pixels, read at run time from Debian's
// DejaVu or Noto fonts with the glyphs of `scripts` (Latin-1 always), or ImGui's built-in font
// when none is installed, and builds it. Returns false in that fallback case. The caller
// (re)creates the GPU texture. A second, large copy of it (kLargeScale) serves LargeFont().
// Needs no ImGui context: main.cpp builds the atlas on a thread while the window opens.
bool LoadFonts(ImFontAtlas* atlas, float size, Scripts scripts);
// What a font atlas was made for.
struct FontMade {
  float size = 0;
  Scripts scripts = 0;
};
// Makes `atlas` again when `size` differs from the one it was made for, or `scripts` has a
// block it lacks (it keeps those it has: closing a workshop need not cost a new atlas). True
// when it did: the caller makes the GPU texture again.
bool RefreshFonts(ImFontAtlas* atlas, FontMade& made, float size, Scripts scripts);

// The large font, for text to be read across a room.
ImFont* LargeFont();

}  // namespace parley::ui
