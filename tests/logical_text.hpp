#pragma once
// What Parley stores and exports is the text as typed, in logical order: no Arabic or Hebrew
// presentation forms (what shaping for the screen emits), no bidi controls that Parley did not
// get from the facilitator. The tests look for either in files, JSON and exports.
#include <string>
#include <string_view>

namespace parley::test {

// The first code point of `text` that shaping or reordering would have put there: a bidi
// mark, embedding, override or isolate (U+200E/F, U+202A-202E, U+2066-2069, U+061C), or an
// Arabic or Hebrew presentation form (U+FB1D-FDFF, U+FE70-FEFE); 0 when there is none.
inline char32_t FirstNotLogical(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t c = length == 1 ? lead : lead & (0xFF >> (length + 1));
    for (size_t k = 1; k < length && i + k < text.size(); ++k)
      c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    const bool control = c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E) ||
                         (c >= 0x2066 && c <= 0x2069);
    const bool presentation = (c >= 0xFB1D && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFE);
    if (control || presentation) return c;
    i += length;
  }
  return 0;
}

}  // namespace parley::test
