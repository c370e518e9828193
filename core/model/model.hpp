#pragma once
// The workshop as the views see it: plain rows, kept in step with the file by Workshop.
#include <compare>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/common/scripts.hpp"

namespace parley {

using Id = int64_t;  // a row's primary key in the workshop file; 0 means "none"

struct WorkshopInfo {
  std::string title;
  std::string context;          // what the conflict is, in a few lines, for the facilitators
  std::string venue;
  std::string language;         // working language(s) of the workshop
  std::string startDate;        // ISO 8601 dates, "" when not yet set
  std::string endDate;
  std::string confidentiality;  // the note that heads internal records
  int64_t rulesRevision = 1;    // goes up when the rules change after someone agreed to them
  int64_t matrixTop = 3;        // each party's top concerns the options matrix starts from
  bool recordProposer = false;  // brainstorm records which party proposed an option
};

// The phases of a workshop, in their usual order (METHOD.md); stored as their number.
enum class Phase { GroundRules = 0, Stories, NeedsFears, Options, Memo };
constexpr int kPhaseCount = 5;
const char* PhaseName(Phase phase);

enum class PhaseStatus { NotStarted = 0, InProgress, Done };

struct Party {
  Id id = 0;
  int64_t position = 0;  // order on screen; ties broken by id
  std::string name;
  std::string shortName;
  std::string colour;  // "#rrggbb" from the balanced palette
};

// The party as a tight space names it: its short name, else its name.
inline const std::string& ShortName(const Party& party) { return party.shortName.empty() ? party.name : party.shortName; }

struct Participant {
  Id id = 0;
  int64_t position = 0;
  Id partyId = 0;
  std::string name;       // real name: internal record only
  std::string role;       // role or affiliation: internal record only
  std::string pseudonym;  // what anything leaving Parley uses, e.g. "Participant A3"
  std::string notes;
  std::string contact;      // e-mail, phone, address: internal record only
  std::string generalRole;  // the role in general terms for the memo, e.g. "journalist"
};

// The participant as the facilitators' own screens name them: the name, else the pseudonym.
inline const std::string& PersonName(const Participant& p) { return p.name.empty() ? p.pseudonym : p.name; }

struct Session {
  Id id = 0;
  std::string date;   // ISO 8601
  std::string title;  // e.g. "Day 1, morning"
  bool reaffirm = false;  // the room is asked to agree again: earlier sessions' consents do not hold
};

struct Attendance {
  Id id = 0;
  Id sessionId = 0;
  Id participantId = 0;
};

struct Rule {
  Id id = 0;
  int64_t position = 0;
  std::string text;
};

// A participant's agreement to the ground rules in one session.
struct Consent {
  Id id = 0;
  Id sessionId = 0;
  Id participantId = 0;
  std::string agreedAt;       // ISO 8601 UTC
  int64_t rulesRevision = 0;  // the wording agreed to; older than the workshop's = outdated
  std::string note;           // e.g. "agreed after discussing recording"
};

// A phase's status in one session, once the facilitators have touched it.
struct PhaseProgress {
  Id id = 0;
  Id sessionId = 0;
  Phase phase = Phase::GroundRules;
  PhaseStatus status = PhaseStatus::NotStarted;
};

// One line of the append-only session log. The log is not part of the Model:
// Workshop::SessionLog() reads it when first asked.
struct LogEntry {
  Id id = 0;
  Id sessionId = 0;  // 0 for entries about the workshop as a whole
  std::string at;    // ISO 8601 UTC
  std::string kind;  // "phase", "consent", "override", "rules", "floor", "undo"
  std::string text;
};

// A participant waiting to speak in a session's stories.
struct QueueEntry {
  Id id = 0;
  Id sessionId = 0;
  Id participantId = 0;
  int64_t position = 0;
};

// One turn at the floor: the time a participant spoke, across pauses.
struct Turn {
  Id id = 0;
  Id sessionId = 0;
  Id participantId = 0;
  std::string startedAt;        // ISO 8601 UTC
  int64_t heldMs = 0;           // floor time up to the last pause
  int64_t runningSinceMs = 0;   // Unix ms of the last start or resume; 0 when paused
  bool ended = false;           // the speaker gave up the floor: it cannot be resumed
};

// A participant's story. Stories are internal record: no export for outsiders includes them.
struct Story {
  Id id = 0;
  Id sessionId = 0;
  Id tellerId = 0;
  std::string summary;      // in the facilitator's words
  Id reflectedById = 0;     // the participant of another party who restated it, 0 if none
  std::string restatement;  // what they said back
};

struct StoryTheme {
  Id id = 0;
  Id storyId = 0;
  std::string theme;
};

enum class ConcernKind { Need = 0, Fear = 1 };

struct Category {
  Id id = 0;
  int64_t position = 0;  // also its shortcut: Ctrl+1 is the first
  std::string name;
};

// A need (what any solution must give the party) or a fear (what it dreads would happen).
struct Concern {
  Id id = 0;
  Id sessionId = 0;            // the session in which it was stated
  Id partyId = 0;              // whose concern it is
  ConcernKind kind = ConcernKind::Need;
  std::string text;            // in the party's own terms
  std::string statedPosition;  // the position it was first stated as ("we demand ..."), or ""
  Id categoryId = 0;
  int64_t position = 0;        // priority within the party: lower is more important
  Id storyId = 0;              // the story it came from, 0 if none
  std::string notes;
  bool acknowledged = false;   // the other side restated it to the party's satisfaction
  std::string restatement;     // how they restated it
  int inMatrix = -1;           // -1: by priority (top N), 0: left out, 1: picked by hand
  bool positionOpen = false;   // marked as stated as a position, not yet reworded as the need
                               //   beneath it
};

// Another party that holds a concern too: common ground.
struct ConcernHolder {
  Id id = 0;
  Id concernId = 0;
  Id partyId = 0;
};

struct Cluster {
  Id id = 0;
  int64_t position = 0;
  std::string name;
};

struct Option {
  Id id = 0;
  Id sessionId = 0;
  int64_t position = 0;
  std::string text;
  Id clusterId = 0;
  Id proposedByPartyId = 0;  // 0 unless the facilitators chose to record it
  Id mergedIntoId = 0;       // merged into that option: kept, shown under it
};

// The option's wording, or a placeholder while it has none.
inline const char* OptionTitle(const Option& o) { return o.text.empty() ? "(no wording yet)" : o.text.c_str(); }

// How far an option meets a concern, scored by the party whose concern it is.
struct Score {
  Id id = 0;
  Id optionId = 0;
  Id concernId = 0;
  int value = 0;  // -2 dreads it ... +2 meets it well
  std::string note;
};

enum class ConstraintKind { Political = 0, Psychological = 1 };

// Something on one side that stands in the way of an option.
struct Constraint {
  Id id = 0;
  Id optionId = 0;
  Id partyId = 0;
  ConstraintKind kind = ConstraintKind::Political;
  std::string text;
};

enum class StepStatus { Open = 0, Done = 1, Dropped = 2 };

// A step that could overcome the constraints on an option: what, who, by when.
struct Step {
  Id id = 0;
  Id optionId = 0;
  Id sessionId = 0;         // where it was agreed
  std::string text;
  Id whoParticipantId = 0;  // a participant, or
  Id whoPartyId = 0;        // a party; neither: the group
  std::string due;          // ISO date or ""
  StepStatus status = StepStatus::Open;
};

enum class MemoSectionKind { TitleDate = 0, WhoMet, SharedAnalysis, Recommendations, NextSteps, ViewsDiffer };
constexpr int kMemoSectionKinds = 6;

struct Memo {
  Id id = 0;
  std::string title;
  std::string date;        // ISO date the memo bears
  bool showPlace = false;  // the "who met" paragraph may name the venue
  bool showDates = false;  // ... and the workshop's dates
};

struct MemoSection {
  Id id = 0;
  Id memoId = 0;
  int64_t position = 0;
  MemoSectionKind kind = MemoSectionKind::SharedAnalysis;
  std::string title;
};

enum class ParagraphStatus { Agreed = 0, Bracketed = 1, InternalNote = 2 };

struct MemoParagraph {
  Id id = 0;
  Id sectionId = 0;
  int64_t position = 0;
  std::string text;            // [square brackets] mark text not yet agreed
  ParagraphStatus status = ParagraphStatus::Bracketed;
  std::string sourceKind;      // where it was drafted from: "concern", "option", "step",
  Id sourceId = 0;             // "who-met", or "" for text typed by hand
};

// A frozen, numbered version of a memo ("Draft 3"): it never changes.
struct MemoVersion {
  Id id = 0;
  Id memoId = 0;
  int64_t number = 0;
  std::string note;
  std::string frozenAt;  // ISO 8601 UTC
  std::string title;     // the memo's title and date when frozen
  std::string date;
};

struct VersionParagraph {
  Id id = 0;
  Id versionId = 0;
  int64_t position = 0;     // reading order across the whole memo
  std::string sectionTitle;
  std::string text;
  ParagraphStatus status = ParagraphStatus::Bracketed;
};

// Who received which version: the facilitators' internal distribution list.
struct Distribution {
  Id id = 0;
  Id versionId = 0;
  std::string recipient;
  std::string sentOn;  // ISO date
  std::string note;
};

// A guard hit the facilitator accepted as not a reference to the person ("we hope").
struct AcceptedHit {
  Id id = 0;
  Id memoId = 0;
  std::string term;          // the recorded term
  std::string paragraphKey;  // where: see GuardedText
  std::string acceptedAt;
  std::string text;          // the wording it was accepted in; it holds for that wording only
};

// What an entry field for something new is typing: the kind of entry its text becomes.
enum class DraftKind { Story = 0, Concern = 1, Option = 2, Constraint = 3, Step = 4, LogNote = 5, Rule = 6 };

// Which entry field a draft is the unfinished text of. An id is 0 where the kind has none.
struct DraftKey {
  DraftKind kind = DraftKind::Story;
  Id session = 0;   // the session of a story, concern, option or log note
  Id place = 0;     // the option a constraint or step is for
  Id party = 0;     // the party of a concern or constraint
  int variant = 0;  // a constraint's ConstraintKind
  auto operator<=>(const DraftKey&) const = default;
};

struct Model {
  WorkshopInfo info;
  std::vector<Party> parties;              // in screen order
  std::vector<Participant> participants;   // in screen order
  std::vector<Session> sessions;           // by date, then id
  std::vector<Attendance> attendance;
  std::vector<Rule> rules;                 // in reading order
  std::vector<Consent> consents;
  std::vector<PhaseProgress> progress;
  std::vector<QueueEntry> queue;           // in speaking order
  std::vector<Turn> turns;                 // oldest first
  std::vector<Story> stories;              // oldest first
  std::vector<StoryTheme> themes;
  std::vector<Category> categories;        // in shortcut order
  std::vector<Concern> concerns;           // by party, then priority
  std::vector<ConcernHolder> holders;
  std::vector<Cluster> clusters;
  std::vector<Option> options;             // in brainstorm order
  std::vector<Score> scores;
  std::vector<Constraint> constraints;
  std::vector<Step> steps;
  std::vector<Memo> memos;
  std::vector<MemoSection> sections;            // by memo, then position
  std::vector<MemoParagraph> paragraphs;        // by section, then position
  std::vector<MemoVersion> versions;            // by memo, then number
  std::vector<VersionParagraph> versionParagraphs;  // by version, then position
  std::vector<Distribution> distribution;
  std::vector<AcceptedHit> acceptedHits;
  // Text typed into an entry field for something new and not yet entered, by field: on disk as
  // it is typed, so that a crash loses none of it. Not part of the undo history.
  std::map<DraftKey, std::string> drafts;
  uint64_t revision = 0;  // new on every load and change, unique in the process: views
                          // recompute their derived data when it differs from theirs
  Scripts scripts = kBasicLatin;  // the blocks of Unicode its text has used since it was
                                  // loaded, for the screen font (core/scripts.hpp)

  const Party* FindParty(Id id) const;
  const Participant* FindParticipant(Id id) const;
  const Session* FindSession(Id id) const;
  bool Attends(Id sessionId, Id participantId) const;
  int CountPresent(Id sessionId) const;
  const Consent* FindConsent(Id sessionId, Id participantId) const;
  const Turn* RunningTurn(Id sessionId) const;  // the turn whose clock runs, if any
  // The turn at the floor, running or paused; null when the floor is closed.
  const Turn* CurrentTurn(Id sessionId) const;
  const Concern* FindConcern(Id id) const;
  const Option* FindOption(Id id) const;
  // Each concern's place among its party's concerns (0 for its top priority), by place in
  // `concerns`.
  std::vector<int> PriorityPlaces() const;
  const Category* FindCategory(Id id) const;
  // The draft of the field `key`, "" when there is none.
  const std::string& Draft(const DraftKey& key) const;
};

}  // namespace parley
