#pragma once
// Text in the form the non-attribution guard compares: one spelling for every way of writing
// the same words, so that "José", "JOSE", "Jose\u0301" and "Jos\u0435" (a Cyrillic e) are
// equal; and names in other scripts spelt in Latin letters. Built on utf8proc and ICU, which
// only the .cpp includes.
#include <cstdint>
#include <memory>
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
//  - a letter of another script that looks like a Latin letter (Unicode TR39's confusables,
//    from ICU: Cyrillic а, е, о, р, с, і, Greek ο, ν, Armenian օ ...) becomes that letter, so a
//    Latin name with one such letter in it is the Latin name. The mapping is one per letter
//    whatever its case (its small form's look-alike, else its capital's), so case still does
//    not matter. Arabic and Hebrew letters are left alone (they never pass for Latin inside a
//    Latin word: they run right to left);
//  - the Arabic and Hebrew letters that writers use for one another are one letter: Persian
//    and Urdu ی ک ہ ھ ە as Arabic ي ك ه, alef maksura ى as yeh ي, teh marbuta ة as heh ه,
//    alef wasla ٱ as alef (NFKD already takes the hamza and madda off أ إ آ), Hebrew final
//    letters ך ם ן ף ץ as כ מ נ פ צ, Yiddish װ ײ as two letters, geresh ׳ as an apostrophe
//    (presentation forms, as a PDF holds them, are the letters by NFKD);
//  - a decimal digit of any script (Arabic-Indic ٣, Persian ۳, Devanagari ३) becomes the
//    ASCII digit, so a phone number matches however its digits are written;
//  - control characters (C0 other than tab, line feed and carriage return, DEL, C1 such as
//    U+0085) and noncharacters (U+FFFE, U+FFFF, U+FDD0..U+FDEF) are dropped, not taken for
//    separators: the exports drop them too (CleanText), so a name with one inside is written
//    whole and must be matched whole;
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

// A capital (or title-case) letter, in any script.
bool IsUpperCase(char32_t codePoint);
// A small letter of a script with case; false for letters of scripts without (Arabic, Hebrew).
bool IsLowerCase(char32_t codePoint);

// A letter of a script other than Latin (Cyrillic, Greek, Georgian, Arabic, Hebrew, Han, ...);
// false for Latin letters and for what is not a letter.
bool IsNonLatinLetter(char32_t codePoint);

// A letter of a script that leaves most vowels unwritten (Arabic, Hebrew, Syriac, Thaana), so
// that no Latin spelling of a name in it is the only one.
bool IsAbjadLetter(char32_t codePoint);

// Spells text of other scripts in Latin letters with ICU's transliterators, each made once,
// at its first use. Not for use by two threads at a time.
class LatinSpeller {
 public:
  LatinSpeller();
  ~LatinSpeller();
  LatinSpeller(const LatinSpeller&) = delete;
  LatinSpeller& operator=(const LatinSpeller&) = delete;

  // `utf8` in ASCII by the general transliteration ("Any-Latin; Latin-ASCII"), without the
  // apostrophes that stand for signs with no Latin letter (soft sign, ayin); "" when some
  // letter has no Latin spelling.
  std::string Spell(std::string_view utf8);

  // The Latin spellings of a name: Spell's, and the BGN/PCGN or UNGEGN romanisation of its
  // script where ICU has one ("Олена Гринюк" gives "Olena Grinuk" and "Olena Hrynyuk"),
  // distinct, Spell's first; empty when `utf8` has no letter outside Latin.
  std::vector<std::string> Spellings(std::string_view utf8);

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

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

// Appends `cp` to `out` in UTF-8.
void AppendCodePoint(char32_t cp, std::string& out);

}  // namespace parley
