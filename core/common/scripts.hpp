#pragma once
// The blocks of Unicode that Parley's screen font is made for, one bit each. The font holds
// the blocks that the text on screen uses and no others: every glyph costs time when the
// window opens and texture memory while it is open, and most workshops write in one or two
// scripts of the dozen their participants' names may need.
#include <cstdint>
#include <span>
#include <string_view>

namespace parley {

using Scripts = uint32_t;  // a set of the blocks below, bit i for ScriptBlocks()[i]

struct ScriptBlock {
  char32_t first, last;
};

// Every block, in bit order: bit 0 is Basic Latin with Latin-1, in every font.
std::span<const ScriptBlock> ScriptBlocks();
constexpr Scripts kBasicLatin = 1;

// The block of `c`; 0 when no block holds it (the font has no glyph for it either way).
Scripts ScriptOf(char32_t c);

// The blocks of every character of `utf8` (invalid bytes are skipped).
Scripts ScriptsIn(std::string_view utf8);

}  // namespace parley
