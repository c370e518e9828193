#include "core/common/scripts.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#include "core/common/unicode_text.hpp"

namespace parley {

namespace {

constexpr std::array<ScriptBlock, 19> kBlocks{{
    {0x0020, 0x00FF},  // Basic Latin, Latin-1
    {0x0100, 0x024F},  // Latin Extended-A and -B
    {0x0250, 0x02FF},  // IPA extensions (Azerbaijani ə), spacing modifiers (ʻ, ʼ)
    {0x0300, 0x036F},  // combining diacritical marks
    {0x0370, 0x03FF},  // Greek
    {0x0400, 0x052F},  // Cyrillic and Cyrillic Supplement
    {0x0530, 0x058F},  // Armenian
    {0x0590, 0x05FF},  // Hebrew
    {0x0600, 0x06FF},  // Arabic (the screen font adds the presentation forms its shaping draws)
    {0x10A0, 0x10FF},  // Georgian
    {0x1C90, 0x1CBF},  // Georgian Extended
    {0x1E00, 0x1EFF},  // Latin Extended Additional
    {0x1F00, 0x1FFF},  // Greek Extended
    {0x2000, 0x206F},  // general punctuation
    {0x20A0, 0x20CF},  // currency
    {0x2190, 0x21FF},  // arrows
    {0x2500, 0x25FF},  // box drawing, block elements, geometric shapes
    {0xFB50, 0xFDFF},  // Arabic presentation forms A (Persian, Urdu)
    {0xFE70, 0xFEFF},  // Arabic presentation forms B
}};

// The block of every code point that UTF-8 writes in two bytes (U+0080 to U+07FF: Latin-1 to
// Arabic, the letters of most names), looked up rather than searched for: a workshop opens with
// all of its text looked at, and the large Arabic and Hebrew one is nearly all such letters.
constexpr std::array<Scripts, 0x800> kTwoByteBlocks = [] {
  std::array<Scripts, 0x800> blocks{};
  for (size_t i = 0; i < kBlocks.size(); ++i)
    for (char32_t c = std::max<char32_t>(kBlocks[i].first, 0x80); c <= kBlocks[i].last && c < 0x800; ++c)
      blocks[c] = Scripts(1) << i;
  return blocks;
}();

}  // namespace

std::span<const ScriptBlock> ScriptBlocks() { return kBlocks; }

Scripts ScriptOf(char32_t c) {
  for (size_t i = 0; i < kBlocks.size(); ++i)
    if (c >= kBlocks[i].first && c <= kBlocks[i].last) return Scripts(1) << i;
  return 0;
}

Scripts ScriptsIn(std::string_view utf8) {
  Scripts scripts = 0;
  const auto* begin = reinterpret_cast<const unsigned char*>(utf8.data());
  const auto* end = begin + utf8.size();
  for (const unsigned char* s = begin; s < end;) {
    const unsigned lead = *s;
    if (lead < 0x80) {
      scripts |= kBasicLatin;
      ++s;
      // The rest of a run of ASCII, most of a Latin text, eight bytes at a time: it is tried
      // after an ASCII byte only, not before every letter of a run of Arabic or Hebrew.
      for (uint64_t word; end - s >= 8; s += 8) {
        std::memcpy(&word, s, 8);
        if (word & 0x8080808080808080u) break;
      }
      continue;
    }
    // Two bytes, well formed (0xC0 and 0xC1 would be overlong): decoded here.
    if (lead - 0xC2u <= 0xDFu - 0xC2u && end - s >= 2 && (s[1] & 0xC0) == 0x80) {
      scripts |= kTwoByteBlocks[(lead & 0x1Fu) << 6 | (s[1] & 0x3Fu)];
      s += 2;
      continue;
    }
    DecodedChar c = DecodeAt(utf8, size_t(s - begin));
    scripts |= ScriptOf(c.codePoint);
    s += c.length;
  }
  return scripts;
}

}  // namespace parley
