#pragma once
// Text drawn from glyphs laid out once and kept. ImDrawList::AddText decodes and looks up every
// glyph of a text in every frame, and a frame draws a few hundred lines that seldom change. Here
// a text's glyph quads are made the first time it is drawn in a font and size, and each frame
// copies them. A text not drawn for a while is dropped.
#include <imgui.h>

#include <cstddef>
#include <string_view>

namespace parley::ui {

// draw->AddText(ImGui::GetFont(), size, pos, colour, text, 0, clip) for text on one line: the
// same glyphs in the same places, cut to `clip` when one is given.
void AddKeptText(ImDrawList* draw, float size, ImVec2 pos, ImU32 colour, std::string_view text,
                 const ImVec4* clip = nullptr);

// How many texts are kept now (for the tests: their memory stays bounded).
size_t KeptTextCount();

}  // namespace parley::ui
