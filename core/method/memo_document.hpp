#pragma once
// A joint memorandum as it leaves Parley: the plain document every export format writes.
// It is made from the record by the memo code and holds nothing else: no participant's name
// may be in it (the non-attribution guard checks its text before any file is written).
#include <string>
#include <vector>

namespace parley {

struct MemoDocumentParagraph {
  std::string text;      // may hold [bracketed] spans when the memo is not clean
  bool bracketed = false;  // the whole paragraph is not yet agreed
};

struct MemoDocumentSection {
  std::string title;  // e.g. "Shared analysis"
  std::vector<MemoDocumentParagraph> paragraphs;
};

struct MemoDocument {
  std::string title;      // the memo's title
  std::string subtitle;   // e.g. "Draft 3, 14 October 2026" or "Joint memorandum"
  std::string language;   // BCP 47 tag of the main language, e.g. "en"
  std::vector<MemoDocumentSection> sections;
  // The mark on every page: "DRAFT" for a memo not yet clean, "CONFIDENTIAL" for the
  // facilitators' internal report, "" for a final memo.
  std::string pageMark;
  std::string footer;     // e.g. "Not for attribution" or the confidentiality note
  // When it was made (ISO 8601 UTC): a frozen version's freeze time, so that it exports the
  // same bytes every time; "" for the time of writing.
  std::string madeAt;
};

enum class PaperSize { A4, Letter };

}  // namespace parley
