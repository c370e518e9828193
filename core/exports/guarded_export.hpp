#pragma once
// Exports that leave Parley: the joint memo for outsiders (always checked by the
// non-attribution guard before a byte is written) and the facilitators' internal report
// (names allowed, marked confidential on every page and in its file name). The two never
// share a path: the report is not a memo export with the guard switched off.
#include <optional>
#include <string>
#include <vector>

#include "core/method/memo_document.hpp"
#include "core/model/model.hpp"

namespace parley {

class Workshop;

enum class ExportFormat { Markdown, Html, Pdf };
// "md", "html" or "pdf"; nothing for another word.
std::optional<ExportFormat> FormatFromName(const std::string& name);
const char* FormatExtension(ExportFormat format);  // "md", "html", "pdf"

struct MemoExportRequest {
  Id memo = 0;
  int64_t version = 0;  // 0: the memo as it stands; else a frozen version's number
  ExportFormat format = ExportFormat::Pdf;
  bool final = false;   // refused while anything is bracketed; otherwise marked DRAFT
  PaperSize paper = PaperSize::A4;
  std::string path;
};

// A guard hit that stops an export, with the paragraph it is in.
struct ExportHit {
  std::string term;          // the recorded name, affiliation or contact detail
  std::string found;         // as it stands in the text
  std::string why;           // as GuardHit::why ("name", "short part of a name, to confirm", ...)
  std::string paragraphKey;  // for AcceptHit: see GuardedText
  std::string paragraph;     // the whole text it was found in
};

// Checks the memo's text with the non-attribution guard, leaving out hits the facilitator
// accepted in a paragraph worded as this one, anywhere in the memo (the draft or a frozen
// version). The memo is cleaned first (CleanDocument), and the guard checks the very text the
// writers write, footer and page mark included. With hits left, writes nothing and returns
// them. Otherwise writes the file (never a partial one) and logs the export with the accepted
// hits.
// Throws parley::Error when the file cannot be written or a final export is not clean.
std::vector<ExportHit> ExportMemo(Workshop& workshop, const MemoExportRequest& request);

// `path` with ".CONFIDENTIAL" before its extension unless its name already says confidential.
std::string ConfidentialPath(const std::string& path);

// The internal report of everything recorded, names included, marked CONFIDENTIAL on every
// page, written to ConfidentialPath(path), which it returns. Throws parley::Error.
std::string ExportReport(Workshop& workshop, ExportFormat format, PaperSize paper, const std::string& path);

// The document the internal report writes, from the record and its session log.
MemoDocument BuildReportDocument(const Model& model, const std::vector<LogEntry>& log);

}  // namespace parley
