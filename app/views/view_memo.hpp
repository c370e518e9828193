#pragma once
// UI state of the Joint memo view (view_memo.cpp); not model state.
#include <string>
#include <vector>

#include "core/export_memo.hpp"
#include "core/memo.hpp"

namespace parley::ui {

// The export dialog, also opened from File > Export memo.
struct MemoExportDialog {
  bool open = false;
  bool report = false;         // the confidential internal report instead of the memo
  int format = 2;              // 0 Markdown, 1 HTML, 2 PDF
  int64_t version = 0;         // 0: as it stands; else a frozen version's number
  bool final = false;
  bool letter = false;         // Letter paper instead of A4
  std::string path;
  std::vector<ExportHit> hits;  // what the guard found on the last try
  std::string written;          // the path written on the last try, "" when none
};

struct MemoView {
  Id memoId = 0;                // the memo shown; the first when 0
  std::string freezeNote;       // note typed for the next frozen version
  Id shownVersion = 0;          // a frozen version shown read-only, 0 for none
  Id compareA = 0, compareB = 0;  // versions compared
  std::vector<ParagraphChange> comparison;  // computed when the pair changes
  Id comparedA = 0, comparedB = 0;
  std::vector<RecordDraft> drafts;          // "Insert from the record" choices
  std::vector<char> chosen;                 // which drafts are ticked
  std::string recipient, sentOn, distributionNote;  // the distribution form
  MemoExportDialog exportDialog;
  uint64_t revision = 0;        // Model::revision `open` was counted for
  Id countedMemo = 0;
  int open = 0;                 // open points of the memo shown
};

}  // namespace parley::ui
