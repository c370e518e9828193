#pragma once
// The open workshop: one SQLite file and the Model read from it. Every edit is one
// transaction, committed before the call returns, recorded for undo in the same transaction,
// and reflected in the Model from the rows it changed. Views read Model() and call the edit
// functions; nothing else writes the file.
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/model.hpp"

namespace parley {

namespace db {
class Connection;
}

// Every text field the facilitator edits, so that one SetText serves them all.
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
  SessionDate,
  SessionTitle,
};

constexpr int kMinParties = 2;
constexpr int kMaxParties = 6;

class Workshop {
 public:
  // Makes a new workshop file at `path` (which must not exist) with two parties and a first
  // session dated `today` (ISO 8601). Throws parley::Error; leaves no file behind on failure.
  static std::unique_ptr<Workshop> Create(const std::string& path, const std::string& title,
                                          const std::string& today);
  // Makes a new workshop file at `path` (which must not exist) holding what `sql` inserts into
  // the current schema: how the example workshops of sessions/ are made. Throws parley::Error.
  static std::unique_ptr<Workshop> CreateFromSql(const std::string& path, std::string_view sql);
  // Opens an existing workshop, migrating an older one. Throws parley::Error, leaving the
  // file's bytes as they were, when it is missing, empty, not SQLite, not Parley's, from a
  // newer Parley, or damaged.
  static std::unique_ptr<Workshop> Open(const std::string& path);
  ~Workshop();

  const std::string& Path() const { return m_path; }
  const parley::Model& Model() const { return m_model; }
  // When the last edit reached the disk (empty before the first edit of this opening).
  std::optional<std::chrono::system_clock::time_point> LastWrite() const { return m_lastWrite; }

  // Edits. Each throws parley::Error (with the file and Model unchanged) when refused or
  // when the disk refuses it. `id` is ignored for the Workshop* fields.
  void SetText(Field field, Id id, std::string_view value);
  Id AddParty();                          // refused beyond kMaxParties
  void RemoveParty(Id party);             // refused below kMinParties or with participants
  void MoveParty(Id party, int delta);    // delta -1 earlier, +1 later
  Id AddParticipant(Id party);            // with a fresh pseudonym
  void SetParticipantParty(Id participant, Id party);
  void RemoveParticipant(Id participant); // and their attendance
  void MoveParticipant(Id participant, int delta);  // within their party
  Id AddSession(const std::string& date, const std::string& title);  // attendance of the last
  void SetAttendance(Id session, Id participant, bool present);

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
  explicit Workshop(std::unique_ptr<Impl> impl);
  // Runs `body` in one transaction, records what it changed as one undo step (merged into the
  // previous step when `mergeKey` is the same as a moment ago), commits, and brings the Model
  // in step. Writes nothing when `body` changed nothing.
  void Edit(const std::string& label, const std::string& mergeKey,
            const std::function<void(db::Connection&)>& body);
  void Step(bool undo);  // Undo() and Redo()
  void Refresh();        // the undo and redo labels

  std::unique_ptr<Impl> m_impl;
  std::string m_path;
  parley::Model m_model;
  std::optional<std::chrono::system_clock::time_point> m_lastWrite;
  std::string m_undoLabel;  // label of the step Undo() would revert, "" when none
  std::string m_redoLabel;
};

}  // namespace parley
