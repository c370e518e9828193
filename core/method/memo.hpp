#pragma once
// The joint memorandum's rules: bracketed text, cleanliness, drafting from the record, the
// "who met" paragraph without names, the document an export writes, and comparing versions.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/method/memo_document.hpp"
#include "core/model/model.hpp"

namespace parley {

// A [bracketed] span of a paragraph: byte offsets of its '[' and one past its ']' (or the
// end of the text when it is never closed). Nested brackets belong to the outer span.
struct BracketSpan {
  size_t begin = 0;
  size_t end = 0;
};
std::vector<BracketSpan> BracketSpans(std::string_view text);

// The open points of one paragraph: its top-level bracketed spans, and at least one when the
// paragraph is bracketed as a whole (a bracketed paragraph written "[text [more] text]" is one
// point, not two). Internal notes have none (they are never exported).
int OpenPoints(std::string_view text, ParagraphStatus status);
// What is still open in a memo: the open points of its paragraphs.
int OpenCount(const Model& model, Id memo);
// No bracket and no bracketed paragraph remain.
inline bool IsClean(const Model& model, Id memo) { return OpenCount(model, memo) == 0; }

// The "who met" paragraph from the record, without participants' names or affiliations: how
// many participants from each party (named by its full name, as the memo's readers know it, not
// its short name), their roles in general terms, and the place and dates when the memo allows
// them (Chatham House Rule).
std::string WhoMetText(const Model& model, const Memo& memo);

// A paragraph the facilitator can insert as draft text, with where it came from.
struct RecordDraft {
  std::string text;
  std::string sourceKind;  // "concern", "option", "step"
  Id sourceId = 0;
  MemoSectionKind section;  // where it belongs
};
// Acknowledged and common concerns (shared analysis), the options that fare best for the
// worst-off party (recommendations, up to `maxOptions`), and the open steps (next steps).
// Parties are named by their full names; steps taken by a participant name their party, never
// the person.
std::vector<RecordDraft> DraftsFromRecord(const Model& model, size_t maxOptions = 5);

// The document an export of the memo writes: as it stands (`version` 0) or a frozen version
// (its number). Internal notes are left out. A final document carries no mark; any other
// carries "DRAFT" on every page. Throws parley::Error for a version that does not exist, and
// parley::Refusal for a final document with open points.
MemoDocument BuildMemoDocument(const Model& model, Id memo, int64_t version, bool final);

// Every text of a memo document in reading order (title, subtitle, section titles,
// paragraphs), with the key of the paragraph each came from ("p<id>", "v<id>", or "title" for
// the titles), for the non-attribution guard.
struct GuardedText {
  std::string text;
  std::string paragraphKey;
};
std::vector<GuardedText> MemoTexts(const Model& model, Id memo, int64_t version);

// A word-by-word comparison of two texts.
struct DiffPiece {
  enum class Kind { Same, Removed, Added } kind = Kind::Same;
  std::string text;  // words with the spaces between them
};
std::vector<DiffPiece> DiffWords(std::string_view before, std::string_view after);

// Two frozen versions compared paragraph by paragraph: paragraphs equal in section, text and
// status pair up, the rest pair in order and are compared word by word.
struct ParagraphChange {
  std::string sectionTitle;
  std::vector<DiffPiece> pieces;
  bool changed = false;
  std::optional<ParagraphStatus> before, after;  // its status in each version; none: not in it
};
std::vector<ParagraphChange> CompareVersions(const Model& model, Id versionA, Id versionB);

}  // namespace parley
