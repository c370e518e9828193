#pragma once
// UI state of the Joint memo view (view_memo.cpp); not model state. It keeps what the view
// derives from the Model, recomputed only when the Model or what is shown changes, and the
// heights of the long lists of which a frame draws only the part in view.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/exports/guarded_export.hpp"
#include "core/method/memo.hpp"
#include "views/lazy_list.hpp"
#include "views/widgets.hpp"

namespace parley::ui {

// One item of a list of paragraphs under section titles: a section's title, or a paragraph.
struct MemoRow {
  size_t section = 0;    // the index of the section it is in
  size_t paragraph = 0;  // the index of the paragraph; unused for a title
  bool title = false;    // the section's title, not a paragraph
};

// The preview of the export dialog: the document as it will be written, made again only when
// the Model, the memo or the version changes.
struct MemoPreview {
  uint64_t revision = 0;  // Model::revision it was made from; 0 before the first time
  Id memoId = 0;          // the memo and version it was made for
  int64_t version = 0;
  bool ok = false;        // false when the document could not be made (the error was shown)
  MemoDocument doc;
  std::vector<MemoRow> rows;  // indexes into doc.sections and their paragraphs
  ItemIds rowIds;             // each row's place in `rows`, for `list`
  LazyList list;
};

// A paragraph that holds what is still open, listed when a final export is refused.
struct OpenParagraph {
  Id paragraph = 0;   // the draft's paragraph, or 0 in a frozen version
  Id version = 0;     // the frozen version it is in, or 0 in the draft
  std::string section;
  std::string text;
};

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
  std::string refusal, refusalAdvice;   // why the last try was refused, "" when it was not
  std::vector<OpenParagraph> refused;   // the paragraphs that hold brackets on the last refusal
  MemoPreview preview;
};

// What the view derives from the Model, recomputed only when Model::revision, the memo shown
// or the frozen version shown changes (never per frame).
struct MemoDerived {
  uint64_t revision = 0;  // Model::revision these were computed from; 0 before the first time
  Id memoId = 0;          // the memo, and the frozen version shown, they were computed for
  Id shownVersion = 0;
  int open = 0;           // open points of the memo
  // The Draft tab: each section of the memo and its paragraphs, indexes into Model::sections
  // and Model::paragraphs.
  std::vector<MemoRow> draft;
  ItemIds draftIds;          // for the draft's LazyList: a paragraph's id, a title's negated
                             //   section id (the two tables' ids may coincide)
  std::vector<std::vector<BracketSpan>> spans;  // per row of `draft`: what is open in it
  // The memo's frozen versions, indexes into Model::versions in number order, with the
  // indexes into Model::distribution of who received each.
  std::vector<size_t> versions;
  std::vector<std::vector<size_t>> distribution;
  std::map<Id, std::string> versionLabels;  // every version's label, by id
  std::string freezeLabel;                  // "Freeze as Draft <next number>"
  // The frozen version shown: indexes into Model::versionParagraphs, and whether each opens
  // a section (its title shown above it).
  std::vector<size_t> frozen;
  ItemIds frozenIds;
  std::vector<char> frozenOpensSection;
};

struct MemoView {
  Id memoId = 0;                // the memo shown; the first when 0
  OpenText open;                // the paragraph open as a field
  std::string freezeNote;       // note typed for the next frozen version
  DateDrafts dates;             // the memo's date typed that is not (yet) a date
  Id shownVersion = 0;          // a frozen version shown read-only, 0 for none
  Id compareA = 0, compareB = 0;  // versions compared
  std::vector<ParagraphChange> comparison;  // computed when the pair changes
  Id comparedA = 0, comparedB = 0;
  ItemIds changed;              // indexes into `comparison` of the changed paragraphs, as ids
                                //   for `comparisonList`
  std::vector<RecordDraft> drafts;          // "Insert from the record" choices
  std::vector<char> chosen;                 // which drafts are ticked
  std::string recipient, sentOn, distributionNote;  // the distribution form
  MemoExportDialog exportDialog;
  MemoDerived derived;
  LazyList draftList;           // heights of the Draft tab's titles and paragraphs
  LazyList frozenList;          // ... of the frozen version's paragraphs
  LazyList comparisonList;      // ... of the changed paragraphs compared
  const char* showTab = nullptr;  // a tab to bring to the front in the next frame
};

struct Workbench;

// Draws the Memo view: drafting, versions and distribution of the joint memorandum.
void DrawMemoView(Workbench& app);
// Draws File > Export memo / report while it is open.
void DrawExportDialog(Workbench& app);

}  // namespace parley::ui
