#pragma once
// The joint memo's three export formats: Markdown, a standalone HTML page, and PDF.
// Each writes exactly the MemoDocument it is given and nothing else; the exporters never see
// the record or its participants (the non-attribution guard has checked the document before).
//
// Common to all three:
// - Text is taken as UTF-8; bytes that are not valid UTF-8 become U+FFFD and control characters
//   other than line breaks and tabs are dropped, so that a bad byte never breaks the file.
// - Square brackets mark text not yet agreed and always stay visible as brackets. A paragraph
//   whose `bracketed` flag is set is shown whole in brackets (unless its text already is).
// - A paragraph or section title that is empty after trimming is left out.
// - A line break inside a paragraph stays a line break inside that paragraph.
// - A non-empty `pageMark` ("DRAFT", "CONFIDENTIAL") is shown at the top and in the footer
//   line (Markdown), on the page and on every printed page (HTML), on every page in the header
//   and as a light diagonal watermark (PDF).
#include <string>

#include "core/method/memo_document.hpp"

namespace parley {

// The memo as CommonMark: the page mark as a first strong line, `# title`, the subtitle as an
// emphasised line, `## section` headings, one paragraph per paragraph, then a thematic break
// and the footer line (page mark and footer text). Every CommonMark special character in the
// text is escaped, so text never turns into markup: "[shall/should]" stays literal brackets,
// "*x*" stays asterisks, "1." at a line start is no list. Ends with one newline. The caller
// writes it with WriteFileAtomically.
std::string MemoToMarkdown(const MemoDocument& memo);

// The memo as one standalone HTML5 document: no external resources (no scripts, fonts,
// images or links), `lang` from `memo.language` ("und" when empty or not a language tag) and
// dir="rtl" when that language is written right to left (IsRightToLeft), UTF-8, a small inline
// style that reads on a phone and prints on A4 or Letter with the page mark on every printed
// page. Headings and paragraphs carry dir="auto", so each reads in the direction of its first
// strong letter (an English paragraph of an Arabic memo left to right); not-yet-agreed text is a `<span class="open">[...]</span>`. Uses only
// elements an HTML4-era parser knows (libxml2's `xmllint --html` reports nothing). The caller
// writes it with WriteFileAtomically.
std::string MemoToHtml(const MemoDocument& memo);

// Writes the memo as a PDF to `path` on `paper` (A4 595.28 x 841.89 pt, Letter 612 x 792 pt)
// with 2 cm margins: title, subtitle, section headings and paragraphs wrapped to the text
// width (a paragraph may continue on the next page; a heading is kept with its first lines),
// "Page n of N" and the footer text at the foot of every page, the page mark in the header
// and as a diagonal watermark of every page. Arabic and Hebrew are shaped and laid out right
// to left by Pango, each paragraph in the direction of its first strong letter; when the
// memo's language is written right to left (IsRightToLeft), so is the page: a paragraph
// without a strong letter (a date) is set from the right, the running title and the footer
// text stand at the right and the page mark and page number at the left. The PDF's title
// metadata is the memo's title.
// Writes through `path` + ".partial" in the same folder, synced and renamed over `path`, so a
// reader sees the old file or the new one. Does not create folders.
// Throws parley::Error when the file cannot be written; then no new file and no partial file
// is left behind, and an existing file at `path` is unchanged. The writing is done by the PDF
// module (core/exports/pdf/), loaded at the first call; when it cannot be loaded, the Error says so.
void WriteMemoPdf(const MemoDocument& memo, PaperSize paper, const std::string& path);

}  // namespace parley
