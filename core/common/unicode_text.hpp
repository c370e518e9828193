#pragma once
// Text in the form the non-attribution guard compares: one spelling for every way of writing
// the same words, so that "José", "JOSE" and "Jose\u0301" are equal. Built on utf8proc, which
// only the .cpp includes.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

// `utf8` normalised for matching, character by character:
//  - compatibility decomposition (NFKD), full case folding, combining marks stripped (so
//    accents, Greek tonos, Arabic harakat and Hebrew niqqud go), default-ignorable
//    characters (soft hyphen, zero-width joiners) and the Arabic tatweel dropped, typographic
//    quotes, dashes and spaces lumped into their ASCII forms (utf8proc's LUMP), and the few
//    Latin letters without a decomposition that are often written plain (ł, ø, đ, ħ, ŧ, ı
//    as l, o, d, h, t, i; æ, œ, þ, ð as ae, oe, th, d);
//  - every run of white space (any Unicode space, tab or line break) becomes one ' ';
//  - a byte that is not part of valid UTF-8 becomes U+FFFD, a non-word character.
// The result stays decomposed (it is not recomposed): with the marks gone that changes
// nothing for matching except Hangul, where it keeps syllables and jamo equal, and it keeps
// the result a concatenation of per-character pieces, so that every byte maps back to the
// character it came from. Never throws for bad input.
std::string NormaliseForMatching(std::string_view utf8);

// The same, appended to `out`. When `origins` is given, appends for every byte appended to
// `out` the byte offset in `utf8` of the character that produced it (for a collapsed white
// space run, its first character). White space at the start of `utf8` merges with a space
// `out` already ends in.
void AppendNormalised(std::string_view utf8, std::string& out, std::vector<uint32_t>* origins);

// Word characters for whole-word matching: Unicode letters (L*) and numbers (N*). Everything
// else (punctuation, symbols, spaces, marks, U+FFFD) separates words.
bool IsWordCharacter(char32_t codePoint);

// Combining marks (Mn, Mc, Me): the characters normalisation strips.
bool IsMark(char32_t codePoint);

// The code point starting at `offset` of `utf8` and its length in bytes; an invalid sequence
// yields U+FFFD with length 1. `offset` must be < utf8.size().
struct DecodedChar {
  char32_t codePoint = 0;
  size_t length = 1;
};
DecodedChar DecodeAt(std::string_view utf8, size_t offset);

// The code point that ends at byte `end` of valid UTF-8 `utf8` (as NormaliseForMatching
// produces), walking back over continuation bytes. `end` must be > 0.
char32_t CodePointBefore(std::string_view utf8, size_t end);

}  // namespace parley
