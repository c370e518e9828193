#pragma once
// The memo's text as every export shows it (Markdown, HTML, PDF): valid UTF-8 in clean lines,
// and the brackets of a paragraph not yet agreed.
#include <string>
#include <string_view>
#include <vector>

#include "core/method/memo_document.hpp"

namespace parley {

// `text` as valid UTF-8 with "\n" line breaks only: malformed bytes become U+FFFD, "\r\n" and
// "\r" become "\n", a tab becomes a space, other control characters (C0, DEL, C1 such as
// U+0085) and the noncharacters (U+FDD0..U+FDEF and U+xFFFE/U+xFFFF in every plane, which HTML
// forbids) are dropped. Cleaning clean text changes nothing.
std::string CleanText(std::string_view text);

// `doc` with every text in it cleaned (CleanText): what the guard checks before an export, so
// that it reads the very characters the writers write.
MemoDocument CleanDocument(MemoDocument doc);

// Whether the language of BCP 47 tag `language` is written right to left, so that a memo in it
// reads from the right (HTML dir="rtl", the PDF's base direction): Arabic, Hebrew, Persian,
// Urdu and the other languages written in the Arabic, Hebrew, Syriac or Thaana script ("ar",
// "he", "fa", "ur", "ps", "yi", "ckb", ..., "az-Arab"), unless the tag names another script
// ("ur-Latn"). Case does not matter.
bool IsRightToLeft(std::string_view language);

// The non-empty lines of `text`, cleaned and trimmed.
std::vector<std::string> CleanLines(std::string_view text);

std::string Join(const std::vector<std::string>& parts, std::string_view separator);

// A title, heading or mark: one line, cleaned and trimmed.
std::string OneLine(std::string_view text);

// True when the first '[' of `text` is closed by its last ']'.
bool WhollyBracketed(std::string_view text);

// The paragraph's lines as shown: a not-yet-agreed paragraph is enclosed in brackets.
// Empty when there is nothing to show.
std::vector<std::string> ShownLines(const MemoDocumentParagraph& paragraph);

}  // namespace parley
