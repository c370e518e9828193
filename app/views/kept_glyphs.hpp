#pragma once
// Text drawn from glyphs laid out once and kept. Dear ImGui measures a button's label, then finds
// each of its glyphs again to draw it, in every frame, and ImDrawList::AddText decodes and looks
// up every glyph of a text in every frame; a frame of the ground rules draws a few dozen small
// buttons and a few hundred lines that seldom change. Here a text's glyph quads (and a label's
// size) are made the first time it is drawn in a font and size, and each frame copies them.
// A text not drawn for a while is dropped.
#include <imgui.h>

#include <cstddef>
#include <string_view>

namespace parley::ui {

// ImGui::Button(label) (`small`: ImGui::SmallButton(label)) as Dear ImGui 1.86 draws it, to the
// pixel: the same size, place, ID, colours and behaviour. `label` is drawn as given (shaped
// already: ShownLabel), its "##" part hidden.
bool KeptLabelButton(const char* label, bool small);

// draw->AddText(ImGui::GetFont(), size, pos, colour, text, 0, clip) for text on one line: the
// same glyphs in the same places, cut to `clip` when one is given.
void AddKeptText(ImDrawList* draw, float size, ImVec2 pos, ImU32 colour, std::string_view text,
                 const ImVec4* clip = nullptr);

// How many texts are kept now (for the tests: their memory stays bounded).
size_t KeptTextCount();

}  // namespace parley::ui
