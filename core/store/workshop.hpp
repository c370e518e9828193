#pragma once
// The open workshop: one SQLite file and the Model read from it. Every edit is one
// transaction, committed before the call returns, recorded for undo in the same transaction,
// and reflected in the Model from the rows it changed. Views read Model() and call the edit
// functions; nothing else writes the file.
//
// Its code is in one file per role: workshop_file.cpp (opening, creating, checking and
// migrating a file), workshop_undo.cpp (the undo history and the one door of every edit),
// workshop_fields.cpp (SetText and its table of fields), workshop_setup.cpp (parties,
// participants, sessions), and one file per phase (workshop_ground_rules.cpp, ...).
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/method/ground_rules.hpp"
#include "core/model/model.hpp"

namespace parley {

namespace db {
class Connection;
}
namespace sealed {
class SealedVfs;
}
struct TableRows;  // workshop_tables.hpp

// A participant to be added, as a list (a spreadsheet) gives them.
struct NewParticipant {
  Id partyId = 0;
  std::string name;
  std::string role;         // role or affiliation
  std::string pseudonym;    // "" for a fresh one ("Participant A7")
  std::string notes;
  std::string contact;
  std::string generalRole;  // the role in general terms, for the memo
};

// A text in the file that still names or describes someone being forgotten (ForgetReport).
struct Mention {
  std::string place;  // where, in the facilitator's words: "a story", "the session log", ...
  std::string found;  // the words as they stand there
  std::string why;    // the guard's reason: "part of a name", "affiliation", "contact detail", ...
};

// What forgetting a participant will do (Workshop::PlanForget), or did (Workshop::Forget).
struct ForgetReport {
  std::string pseudonym;           // what stands in their name's place from then on
  std::vector<std::string> names;  // every name of theirs the file holds, now and in the undo
                                   //   history
  int reworded = 0;                // texts where a whole name of theirs is replaced by the pseudonym
  int undoSteps = 0;               // undo and redo steps removed: they hold something of theirs,
                                   //   or come before one that does
  std::vector<Mention> remaining;  // what still names or describes them, for the facilitator to
                                   //   reword: a part of a name, their affiliation or contact, a
                                   //   frozen memo version (which cannot change)
};

// Every text field the facilitator edits, so that one SetText serves them all. Dates are
// "YYYY-MM-DD" days of the calendar; all but a session's may be empty. A colour is "#rrggbb".
enum class Field {
  WorkshopTitle,
  WorkshopContext,
  WorkshopVenue,
  WorkshopLanguage,
  WorkshopStartDate,
  WorkshopEndDate,
  WorkshopConfidentiality,
  PartyName,
  PartyShortName,
  PartyColour,
  ParticipantName,
  ParticipantRole,
  ParticipantPseudonym,
  ParticipantNotes,
  ParticipantContact,
  ParticipantGeneralRole,
  SessionDate,
  SessionTitle,
  RuleText,          // a change after consents marks them as given to an earlier wording
  ConsentNote,
  StorySummary,
  StoryRestatement,
  ConcernText,
  ConcernStatedPosition,
  ConcernNotes,
  ConcernRestatement,
  CategoryName,
  OptionText,
  ClusterName,
  ScoreNote,
  ConstraintText,
  StepText,
  StepDue,
  MemoTitle,
  MemoDate,
  SectionTitle,
  ParagraphText,  // the last: kFieldCount counts from the first to here
};
constexpr size_t kFieldCount = size_t(Field::ParagraphText) + 1;

// Why typing waits in memory for the disk (Workshop::Waiting).
enum class DiskRefusal {
  None,
  Locked,   // another program holds the file (a write transaction of its own)
  Full,     // the disk is full
  Failing,  // the disk or the file refuses writes otherwise (an I/O error, permissions)
};

// Typing the disk refused, kept in memory until it can be written: the latest text of one
// field, standing for the edits made to it one after the other. A text of the record
// (`field` of `id`) or, when `draft` is set, the draft of an entry field.
struct WaitingEdit {
  Field field = Field::WorkshopTitle;
  Id id = 0;
  std::optional<DraftKey> draft;
  std::string text;
  int edits = 1;     // the edits (keystrokes) it stands for
  std::string name;  // what the facilitator typed into, in their words: "the concern", ...
                     // (made once it waits)
};

constexpr int kMinParties = 2;
constexpr int kMaxParties = 6;

class Workshop {
 public:
  // Makes a new workshop file at `path` (which must not exist) with two parties, a first
  // session dated `today` (YYYY-MM-DD) and the ground rules `rules` (the standard set unless
  // given). Throws parley::Error (also for a `today` that is not a date); leaves no file
  // behind on failure.
  static std::unique_ptr<Workshop> Create(const std::string& path, const std::string& title,
                                          const std::string& today,
                                          const std::vector<std::string>& rules = StandardRules());
  // Makes a new workshop file at `path` (which must not exist) holding what `sql` inserts into
  // the current schema: how the example workshops of sessions/ are made. Throws parley::Error.
  static std::unique_ptr<Workshop> CreateFromSql(const std::string& path, std::string_view sql);
  // Opens an existing workshop, migrating an older one. Throws parley::Error, leaving the
  // file's bytes as they were, when it is missing, empty, not SQLite, not Parley's, from a
  // newer Parley, or damaged.
  static std::unique_ptr<Workshop> Open(const std::string& path);

  // Sealed workshops (../shared/design/sealed-workshops.md): every page of the file and of its
  // WAL encrypted under a key only the passphrase opens. Deriving the key takes about a second
  // by design. Whether the file at `path` is a sealed workshop (damaged or not), for the
  // window to ask for its passphrase.
  static bool IsSealed(const std::string& path);
  // Create, sealed with `passphrase`. Throws parley::Error (also for a passphrase that
  // PassphraseProblem refuses: no file is sealed under a short one); leaves no file behind on
  // failure.
  static std::unique_ptr<Workshop> CreateSealed(const std::string& path, std::string_view passphrase,
                                                const std::string& title, const std::string& today,
                                                const std::vector<std::string>& rules = StandardRules());
  // Open for a sealed workshop. Throws parley::Error, leaving the file's bytes as they were, as
  // Open does and also for a wrong passphrase ("Wrong passphrase ...") or a damaged header or
  // page ("... is damaged ...").
  static std::unique_ptr<Workshop> OpenSealed(const std::string& path, std::string_view passphrase);
  // OpenSealed with the key derived before (sealed::UnlockFile, sealed_file.hpp): for deriving
  // it away from the thread that opens, and for measuring the opening without the derivation.
  static std::unique_ptr<Workshop> OpenUnlocked(const std::string& path,
                                                std::shared_ptr<const sealed::SealedVfs> unlocked);
  // Sealing a plain workshop, unsealing a sealed one, and changing a sealed one's passphrase
  // (workshop_seal.cpp). The file must be closed, here and in any other Parley. Each writes the
  // new file beside the old one (owner-only), opens it to check it, syncs it, renames it over
  // the old and syncs the folder: an interruption leaves one workshop that opens with the old
  // passphrase or the new one, never neither. A new passphrase gets a new data key too, so that
  // whoever knew the old one and kept an old copy of the header cannot read the new file.
  // Throw parley::Error leaving the file as it was (a wrong passphrase, a short new one, a
  // damaged file, a full disk). Seal returns the sealed file's key, for OpenUnlocked to open it
  // without deriving the key again.
  using SealedKey = std::shared_ptr<const sealed::SealedVfs>;  // opaque above the store
  static SealedKey Seal(const std::string& path, std::string_view passphrase);
  static void Unseal(const std::string& path, std::string_view passphrase);
  static void ChangePassphrase(const std::string& path, std::string_view passphrase,
                               std::string_view newPassphrase);
  // The same with the key of the sealed file at `path` already unlocked (CheckPassphrase), so
  // that the passphrase checked is not derived again to rewrite. ChangePassphrase returns the
  // new file's key, for OpenUnlocked to open it without deriving that one again either.
  static void Unseal(const std::string& path, SealedKey key);
  static SealedKey ChangePassphrase(const std::string& path, SealedKey key, std::string_view newPassphrase);
  // The open sealed workshop's key, when `passphrase` is its passphrase: derived once (about a
  // second) from the header the workshop was opened with and compared with its key in constant
  // time; no file is read or written. Throws parley::Error ("Wrong passphrase ...") when it is
  // not, or when the workshop is not sealed. Safe on another thread while this one edits the
  // workshop: it reads only what stays as it is while the workshop is open.
  SealedKey CheckPassphrase(std::string_view passphrase) const;
  // The least length of a new passphrase, in characters, and what is wrong with `passphrase`
  // as a new one ("" when nothing).
  static constexpr size_t kLeastPassphraseLength = 10;
  static std::string PassphraseProblem(std::string_view passphrase);
  ~Workshop();

  const std::string& Path() const { return m_path; }
  const parley::Model& Model() const { return m_model; }
  // The session log, oldest first. On a long workshop it is the largest part of the record,
  // and only its own view and the internal report read it: it is read from the file the first
  // time it is asked for, not on open, and kept in step with each edit after that. Throws
  // parley::Error when it cannot be read.
  const std::vector<LogEntry>& SessionLog();
  // When the last edit reached the disk (empty before the first edit of this opening).
  std::optional<std::chrono::system_clock::time_point> LastWrite() const { return m_lastWrite; }

  // Edits. Each throws parley::Error (with the file and Model unchanged) when refused or
  // when the disk refuses it, except typing (SetText, SetDraft): see Waiting(). `id` is
  // ignored for the Workshop* fields.
  // Sets a text field; refuses a date or a colour that is not one. When the disk refuses the
  // write (the file locked by another program, a full disk), the text is kept in the Model and
  // waits (Waiting()) instead (workshop_waiting.cpp).
  void SetText(Field field, Id id, std::string_view value);
  Id AddParty();                          // refused beyond kMaxParties
  void RemoveParty(Id party);             // refused below kMinParties or with participants
  void MoveParty(Id party, int delta);    // delta -1 earlier, +1 later
  Id AddParticipant(Id party);            // with a fresh pseudonym
  // Adds them all in one edit (one undo step) at the end of the list, present in the latest
  // session; returns their ids in order. Refused as a whole when a party does not exist or a
  // pseudonym is already in use.
  std::vector<Id> AddParticipants(const std::vector<NewParticipant>& people);
  void SetParticipantParty(Id participant, Id party);
  // Removes someone added by mistake, with their attendance and queue places; refused once
  // they are part of the record (consent, floor time, stories).
  void RemoveParticipant(Id participant);
  void MoveParticipant(Id participant, int delta);  // within their party
  // With the attendance of the last session; refused when `date` is not a date.
  Id AddSession(const std::string& date, const std::string& title);
  void SetAttendance(Id session, Id participant, bool present);

  // Forgetting someone who withdraws (workshop_forget.cpp). What Forget(participant) would do,
  // changing nothing. Throws parley::Error.
  ForgetReport PlanForget(Id participant);
  // Replaces their name by their pseudonym and empties their role, contact, notes and general
  // role; replaces every whole name of theirs (also one from before a rename, in another script
  // or in Latin letters) by the pseudonym in every text of the file: the record, the session log,
  // drafts (a frozen memo version cannot change: it is reported); drops the accepted guard hits
  // about them, and every undo or redo step that holds something of theirs together with the
  // steps before it. One transaction, logged without their name, and not undoable. Then the file
  // is rebuilt (VACUUM) and its -wal emptied, so that no deleted page keeps their name. Returns
  // what still names or describes them. Throws parley::Error, the file unchanged, when it cannot
  // be written; when the rebuild after fails, the error says so and forgetting again finishes it.
  ForgetReport Forget(Id participant);

  // With `durable` false, commits no longer wait for the disk (synchronous off): only for
  // generating benchmark workshops, never for a record.
  void SetDurable(bool durable);
  // Pitfall 9 of sealed workshops: each frame header of the -wal keeps a checksum of its page's
  // plaintext, so a sealed workshop's -wal is folded into the file and emptied (a TRUNCATE
  // checkpoint) once no edit has been written for kIdleCheckpoint, not only on close. The window
  // calls this every frame: it costs a comparison, and writes at most once after each burst of
  // edits. Returns whether it emptied the -wal now. A checkpoint another connection keeps from
  // finishing (a reader) is not waited for: it is tried after the next edit, and on close.
  // Does nothing for a plain workshop.
  static constexpr std::chrono::seconds kIdleCheckpoint{5};
  bool CheckpointWhenIdle();

  // Time stamps and the speaker timer read this clock; tests set their own.
  void SetClock(std::function<std::chrono::system_clock::time_point()> clock);
  std::chrono::system_clock::time_point Now() const;

  // Ground rules and consent (workshop_ground_rules.cpp). Any change to the rules after someone
  // agreed to them makes those consents ones given to an earlier wording.
  Id AddRule(const std::string& text);
  void AddRules(const std::vector<std::string>& texts);  // e.g. the standard set, at the end
  void RemoveRule(Id rule);
  void MoveRule(Id rule, int delta);
  // Records (or withdraws) a participant's agreement in a session, logged with its time.
  // Agreeing again after the rules changed is agreement to the current wording.
  void SetConsent(Id session, Id participant, bool agreed);
  // Asks the room to agree to the rules again in `session` (or no longer): while it does, only
  // consents given in that session hold in it (HeldConsent).
  void SetReaffirm(Id session, bool reaffirm);

  // The phase stepper and the session log (workshop_sessions.cpp).
  void SetPhaseStatus(Id session, Phase phase, PhaseStatus status);
  // Marks `from` done and `to` in progress, logged. When the facilitator moves on despite
  // `warnings`, they and `reason` are logged as an override.
  void MoveOn(Id session, Phase from, Phase to, const std::vector<std::string>& warnings,
              const std::string& reason);
  void AddLogNote(Id session, const std::string& text);

  // Stories: the speaking queue, the speaker timer and the stories (workshop_stories.cpp).
  void QueueSpeaker(Id session, Id participant);  // at the end; ignored when already queued
  void Unqueue(Id entry);
  void MoveInQueue(Id entry, int delta);
  void SetQueueOrder(Id session, const std::vector<Id>& participants);  // e.g. the proposal
  // Ends the turn at the floor (running or paused) and gives the floor to the first in the
  // queue, whose clock starts. With an empty queue the floor is closed.
  void NextSpeaker(Id session);
  void PauseTimer(Id session);   // stops the clock of the turn at the floor
  void ResumeTimer(Id session);  // restarts the clock of the paused turn at the floor
  Id AddStory(Id session, Id teller, const std::string& summary,
              const std::vector<std::string>& themes);
  void RemoveStory(Id story);
  void SetReflectedBy(Id story, Id participant);  // 0 for nobody
  void AddTheme(Id story, const std::string& theme);
  void RemoveTheme(Id theme);

  // Needs and fears (workshop_needs_fears.cpp).
  Id AddConcern(Id session, Id party, ConcernKind kind, const std::string& text, Id category);
  void RemoveConcern(Id concern);  // with its scores and holders
  void SetConcernKind(Id concern, ConcernKind kind);
  void SetConcernCategory(Id concern, Id category);  // 0 for none
  // Moves a concern to place `index` (0 = top priority) among its party's concerns.
  void RankConcern(Id concern, int index);
  void SetAcknowledged(Id concern, bool acknowledged);
  void SetHeldBy(Id concern, Id party, bool holds);  // another party holds it too
  // Keeps the current wording as the position it was stated as, and rewords it as the need
  // beneath it.
  void RewordAsNeed(Id concern, const std::string& need);
  // Marks the concern as stated as a position, kept as it stands until RewordAsNeed.
  void MarkAsPosition(Id concern);
  void LinkStory(Id concern, Id story);  // 0 for none
  void SetInMatrix(Id concern, int choice);  // -1 by priority, 0 left out, 1 picked
  Id AddCategory(const std::string& name);

  // Options (workshop_options.cpp).
  // `proposedBy` is kept only while the workshop records proposers (SetRecordProposer).
  Id AddOption(Id session, const std::string& text, Id proposedBy);
  void RemoveOption(Id option);  // refused once scored or with steps
  void MergeOption(Id merged, Id into);  // both texts kept; `merged` is shown under `into`
  void UnmergeOption(Id option);
  Id AddCluster(const std::string& name);
  void SetOptionCluster(Id option, Id cluster);  // 0 for none
  // The party whose concern it is scores: value -2 (dreads it) .. +2 (meets it well).
  void SetScore(Id option, Id concern, int value);
  void ClearScore(Id option, Id concern);
  void SetMatrixTop(int count);         // each party's top concerns in the matrix, 1..10
  void SetRecordProposer(bool record);  // brainstorm records which party proposed
  Id AddConstraint(Id option, Id party, ConstraintKind kind, const std::string& text);
  void RemoveConstraint(Id constraint);
  Id AddStep(Id option, Id session, const std::string& text);
  void SetStepWho(Id step, Id participant, Id party);  // both 0: the group
  void SetStepStatus(Id step, StepStatus status);
  void RemoveStep(Id step);

  // The joint memorandum (workshop_memo.cpp).
  // With the standard sections; refused when `date` is neither a date nor empty.
  Id AddMemo(const std::string& title, const std::string& date);
  void SetMemoDisclosure(Id memo, bool showPlace, bool showDates);  // for "who met"
  Id AddParagraph(Id section, const std::string& text, ParagraphStatus status,
                  const std::string& sourceKind = "", Id sourceId = 0);  // at the section's end
  void RemoveParagraph(Id paragraph);
  void MoveParagraph(Id paragraph, int delta);  // within its section
  void SetParagraphStatus(Id paragraph, ParagraphStatus status);
  // Freezes the memo as it stands as the next numbered version; returns its number. A freeze
  // is for good: the version can neither change nor be deleted, and the undo history closes
  // (what came before may be what the version was made from).
  int64_t FreezeVersion(Id memo, const std::string& note);
  // Refused when `sentOn` is neither a date nor empty.
  Id AddDistribution(Id version, const std::string& recipient, const std::string& sentOn,
                     const std::string& note);
  void RemoveDistribution(Id entry);
  // Records that `term` in `text`, at `paragraphKey`, is not a reference to the person. It
  // holds for that wording wherever it stands in the memo (a frozen version's copy included):
  // an edit of the text brings the guard's question back.
  void AcceptHit(Id memo, const std::string& term, const std::string& paragraphKey, const std::string& text);
  // Appends an "export" line to the session log (what was written, and accepted hits).
  void LogExport(const std::string& text);
  // Whether this workshop was opened sealed.
  bool Sealed() const;
  // What of a sealed workshop was written to `path` in plaintext (it names everyone), and how
  // the facilitator confirmed it: logged as an export in the one wording of the command line
  // and the window.
  enum class PlaintextExport { Report, Json };
  enum class ConfirmedBy { CommandLine, Window };  // --plaintext; the window's confirmation
  void LogPlaintextExport(PlaintextExport what, const std::string& path, ConfirmedBy by);

  // Drafts (workshop_drafts.cpp): the text typed into an entry field for something new, on disk
  // as it is typed. Keeps `text` as the draft of the field `key`, or drops it when `text` is
  // empty, in a transaction of its own. A draft is not an edit of the record: it is not in the
  // undo history (undo takes back what was entered, not keystrokes of a field that has not
  // been), and it leaves the undo history as it was. The Add function that enters the text
  // drops the draft of its field in the same transaction: AddStory (Story, its session),
  // AddConcern (Concern, its session and party), AddOption (Option, its session),
  // AddConstraint (Constraint, its option as place, party, kind as variant), AddStep (Step,
  // its option as place), AddLogNote (LogNote, its session) and AddRule (Rule). A draft the
  // disk refuses waits as SetText's text does.
  void SetDraft(const DraftKey& key, std::string_view text);

  // Typing the disk refused (workshop_waiting.cpp): what SetText and SetDraft could not write,
  // in the order it was typed, already in the Model. Every later edit first writes it, and is
  // refused (throws) while it cannot: nothing is written out of order. Empty when everything
  // is on disk.
  const std::vector<WaitingEdit>& Waiting() const;
  int WaitingEdits() const;            // the edits (keystrokes) those stand for
  DiskRefusal WaitingBecause() const;  // why the last try to write them failed
  // Tries to write what waits, in order, each edit in a transaction of its own, without
  // waiting on a lock: returns true when nothing waits any more. Never throws.
  bool WriteWaiting();
  // What waits, in the facilitator's words: which fields, how many edits ("3 edits in 2 fields
  // are not on disk yet: the workshop title, the draft of a new concern."), and what to do.
  std::string WaitingSummary() const;
  std::string WaitingAdvice() const;
  // What waits as plain text, each field's name and its text, for a file the facilitator keeps.
  std::string WaitingAsText() const;

  // Undo history, kept in the file: it survives a crash and a reopen.
  bool CanUndo() const { return !m_undoLabel.empty(); }
  bool CanRedo() const { return !m_redoLabel.empty(); }
  const std::string& UndoLabel() const { return m_undoLabel; }
  const std::string& RedoLabel() const { return m_redoLabel; }
  // Reverts the last edit (or redoes the last undone one) in one transaction. Throws
  // parley::Error, changing nothing, if the record no longer matches that step.
  void Undo();
  void Redo();

 private:
  class Impl;
  // Reads every table through the open connection (workshop_tables.cpp).
  friend std::vector<TableRows> ReadWorkshopTables(Workshop& workshop);
  explicit Workshop(std::unique_ptr<Impl> impl);
  // Create and Open of a plain file (`sealed` null) or a sealed one (through its VFS).
  static std::unique_ptr<Workshop> Create(const std::string& path, const std::string& title,
                                          const std::string& today,
                                          const std::vector<std::string>& rules,
                                          std::shared_ptr<const sealed::SealedVfs> sealed);
  static std::unique_ptr<Workshop> Open(const std::string& path,
                                        std::shared_ptr<const sealed::SealedVfs> sealed);
  // Seal, Unseal and ChangePassphrase: the file at `path`, read through `sourceVfs` (null when
  // plain), written anew through `targetVfs` (null for plain) and renamed over it.
  static void Rewrite(const std::string& path, std::shared_ptr<const sealed::SealedVfs> sourceVfs,
                      std::shared_ptr<const sealed::SealedVfs> targetVfs);
  // Runs `body` in one transaction, records what it changed as one undo step (merged into the
  // previous step when `mergeKey` is the same as a moment ago), commits, and brings the Model
  // in step. Writes nothing when `body` changed nothing.
  void Edit(const std::string& label, const std::string& mergeKey,
            const std::function<void(db::Connection&)>& body);
  // The same for an edit that makes its own changeset: `change` writes and returns it.
  // `undoable` false keeps the change out of the undo history: it is for good, and the history
  // before it closes.
  void Record(const std::string& label, const std::string& mergeKey,
              const std::function<std::string(db::Connection&)>& change, bool undoable = true);
  // Runs `body` in one transaction and brings the Model in step; records no undo step and
  // closes the undo history: a frozen memo version is never undone.
  void Keep(const std::function<void(db::Connection&)>& body);
  void Step(bool undo);  // Undo() and Redo()
  // SetText and SetDraft as they write to the file (workshop_fields.cpp, workshop_drafts.cpp):
  // throw db::Failure when the disk refuses.
  void WriteText(Field field, Id id, std::string_view value);
  void WriteDraft(const DraftKey& key, std::string_view text);
  void Write(const WaitingEdit& edit);  // the one of the two `edit` is for
  // Writes `edit` now, or keeps it waiting when the disk refuses it or typing waits before it.
  void WriteOrWait(WaitingEdit edit);
  // Before any other write: writes what waits, or throws parley::Error saying why this edit
  // is not done.
  void WriteWaitingFirst();
  // Appends to the session log inside the edit being made (the log is never undone).
  void Log(db::Connection& db, Id session, const char* kind, const std::string& text);
  std::string NameOf(Id participant) const;
  void RulesChanged(db::Connection& db);  // within a rule edit: outdates current consents
  // Within an Add edit: drops the draft of `key` in the same transaction, and from the Model
  // once that commits.
  void EnterDraft(db::Connection& db, const DraftKey& key);
  void Refresh();        // the undo and redo labels

  std::unique_ptr<Impl> m_impl;
  std::string m_path;
  parley::Model m_model;
  std::vector<LogEntry> m_log;  // SessionLog(), once read
  bool m_logRead = false;
  std::optional<std::chrono::system_clock::time_point> m_lastWrite;
  // The last write that CheckpointWhenIdle has tried to fold into the file.
  std::optional<std::chrono::system_clock::time_point> m_checkpointed;
  std::string m_undoLabel;  // label of the step Undo() would revert, "" when none
  std::string m_redoLabel;
};

}  // namespace parley
