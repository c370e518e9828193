// Typing the disk refused: SetText and SetDraft keep what was typed in the Model and in memory
// while another program holds the file locked or the disk is full, and it is written, in the
// order it was typed, as soon as the disk takes it again.
#include <cstddef>
#include <string>

#include "core/common/clock.hpp"
#include "core/common/error.hpp"
#include "core/common/scripts.hpp"
#include "core/common/text.hpp"
#include "core/store/model_loader.hpp"
#include "core/store/workshop_impl.hpp"

namespace parley {

namespace {

template <class Row>
std::string* TextOf(std::vector<Row>& rows, Id id, std::string Row::*member) {
  for (Row& row : rows)
    if (row.id == id) return &(row.*member);
  return nullptr;
}

// Where the Model keeps the text of `field` of `id` (null when the row is gone): what the
// views show while it waits for the disk.
std::string* TextInModel(Model& m, Field field, Id id) {
  switch (field) {
    case Field::WorkshopTitle:
      return &m.info.title;
    case Field::WorkshopContext:
      return &m.info.context;
    case Field::WorkshopVenue:
      return &m.info.venue;
    case Field::WorkshopLanguage:
      return &m.info.language;
    case Field::WorkshopStartDate:
      return &m.info.startDate;
    case Field::WorkshopEndDate:
      return &m.info.endDate;
    case Field::WorkshopConfidentiality:
      return &m.info.confidentiality;
    case Field::PartyName:
      return TextOf(m.parties, id, &Party::name);
    case Field::PartyShortName:
      return TextOf(m.parties, id, &Party::shortName);
    case Field::PartyColour:
      return TextOf(m.parties, id, &Party::colour);
    case Field::ParticipantName:
      return TextOf(m.participants, id, &Participant::name);
    case Field::ParticipantRole:
      return TextOf(m.participants, id, &Participant::role);
    case Field::ParticipantPseudonym:
      return TextOf(m.participants, id, &Participant::pseudonym);
    case Field::ParticipantNotes:
      return TextOf(m.participants, id, &Participant::notes);
    case Field::ParticipantContact:
      return TextOf(m.participants, id, &Participant::contact);
    case Field::ParticipantGeneralRole:
      return TextOf(m.participants, id, &Participant::generalRole);
    case Field::SessionDate:
      return TextOf(m.sessions, id, &Session::date);
    case Field::SessionTitle:
      return TextOf(m.sessions, id, &Session::title);
    case Field::RuleText:
      return TextOf(m.rules, id, &Rule::text);
    case Field::ConsentNote:
      return TextOf(m.consents, id, &Consent::note);
    case Field::StorySummary:
      return TextOf(m.stories, id, &Story::summary);
    case Field::StoryRestatement:
      return TextOf(m.stories, id, &Story::restatement);
    case Field::ConcernText:
      return TextOf(m.concerns, id, &Concern::text);
    case Field::ConcernStatedPosition:
      return TextOf(m.concerns, id, &Concern::statedPosition);
    case Field::ConcernNotes:
      return TextOf(m.concerns, id, &Concern::notes);
    case Field::ConcernRestatement:
      return TextOf(m.concerns, id, &Concern::restatement);
    case Field::CategoryName:
      return TextOf(m.categories, id, &Category::name);
    case Field::OptionText:
      return TextOf(m.options, id, &Option::text);
    case Field::ClusterName:
      return TextOf(m.clusters, id, &Cluster::name);
    case Field::ScoreNote:
      return TextOf(m.scores, id, &Score::note);
    case Field::ConstraintText:
      return TextOf(m.constraints, id, &Constraint::text);
    case Field::StepText:
      return TextOf(m.steps, id, &Step::text);
    case Field::StepDue:
      return TextOf(m.steps, id, &Step::due);
    case Field::MemoTitle:
      return TextOf(m.memos, id, &Memo::title);
    case Field::MemoDate:
      return TextOf(m.memos, id, &Memo::date);
    case Field::SectionTitle:
      return TextOf(m.sections, id, &MemoSection::title);
    case Field::ParagraphText:
      return TextOf(m.paragraphs, id, &MemoParagraph::text);
  }
  return nullptr;
}

// A field's name in the facilitator's words, made from what Undo calls its edit ("edit
// concern": "the concern"), so that a field has its name in one place.
std::string FieldName(Field field) {
  std::string_view label = FieldLabel(field);
  return "the " + std::string(label.substr(label.find(' ') + 1));
}

std::string DraftName(const DraftKey& key) {
  static constexpr const char* kNewEntry[] = {"story", "concern",  "option",     "constraint",
                                              "step",  "log note", "ground rule"};
  return std::string("the new ") + kNewEntry[size_t(key.kind)] + " being typed";
}

bool SameField(const WaitingEdit& a, const WaitingEdit& b) {
  return a.draft ? a.draft == b.draft : !b.draft && a.field == b.field && a.id == b.id;
}

// Whether the disk refused the write, so that it may take it later: a lock, a full disk, a
// drive that fails or a file that cannot be written now. Anything else refuses the edit itself.
bool DiskRefused(const db::Failure& failure) {
  switch (failure.Code()) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      return true;
    default:
      return false;
  }
}

DiskRefusal RefusalOf(int code) {
  switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return DiskRefusal::Locked;
    case SQLITE_FULL:
      return DiskRefusal::Full;
    default:
      return DiskRefusal::Failing;
  }
}

// The start of `text` for a message: its first `most` characters, with "..." when there are
// more.
std::string Beginning(const std::string& text, size_t most) {
  size_t characters = 0;
  for (size_t i = 0; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && characters++ == most)
      return text.substr(0, i) + "...";
  return text;
}

// Puts `edit` in `model` as if it were written: what the views show while it waits.
void Show(const WaitingEdit& edit, Model& model) {
  if (edit.draft) {
    if (edit.text.empty())
      model.drafts.erase(*edit.draft);
    else
      model.drafts[*edit.draft] = edit.text;
  } else if (std::string* text = TextInModel(model, edit.field, edit.id)) {
    *text = edit.text;
  }
  model.scripts |= ScriptsIn(edit.text);
  model.revision = NextRevision();
}

}  // namespace

void Workshop::SetText(Field field, Id id, std::string_view value) {
  CheckFieldText(field, value);  // a text the field refuses is refused, not kept
  WaitingEdit edit;
  edit.field = field;
  edit.id = id;
  edit.text = value;
  WriteOrWait(std::move(edit));
}

void Workshop::SetDraft(const DraftKey& key, std::string_view text) {
  if (m_model.Draft(key) == text) return;
  WaitingEdit edit;
  edit.draft = key;
  edit.text = text;
  WriteOrWait(std::move(edit));
}

const std::vector<WaitingEdit>& Workshop::Waiting() const {
  return m_impl->waiting;
}

int Workshop::WaitingEdits() const {
  int edits = 0;
  for (const WaitingEdit& edit : m_impl->waiting) edits += edit.edits;
  return edits;
}

DiskRefusal Workshop::WaitingBecause() const {
  return m_impl->refusal;
}

void Workshop::Write(const WaitingEdit& edit) {
  if (edit.draft)
    WriteDraft(*edit.draft, edit.text);
  else
    WriteText(edit.field, edit.id, edit.text);
}

void Workshop::WriteOrWait(WaitingEdit edit) {
  auto& waiting = m_impl->waiting;
  bool wasWaiting = !waiting.empty();
  if (!wasWaiting) {
    try {
      Write(edit);
      return;
    } catch (const db::Failure& failure) {
      if (!DiskRefused(failure)) throw;
      m_impl->refusal = RefusalOf(failure.Code());
    }
    // Tries from now on do not wait for a lock: the app tries again every second, and a
    // keystroke must not freeze the window.
    sqlite3_busy_timeout(m_impl->db.Handle(), 0);
  }
  // A field's keystrokes one after the other wait as its latest text; the order of the fields
  // is kept.
  if (wasWaiting && SameField(waiting.back(), edit)) {
    waiting.back().text = std::move(edit.text);
    ++waiting.back().edits;
  } else {
    edit.name = edit.draft ? DraftName(*edit.draft) : FieldName(edit.field);
    waiting.push_back(std::move(edit));
  }
  Show(waiting.back(), m_model);
  if (wasWaiting) WriteWaiting();
}

bool Workshop::WriteWaiting() {
  auto& waiting = m_impl->waiting;
  if (waiting.empty()) return true;
  size_t written = 0;
  m_impl->writingWaiting = true;
  try {
    for (; written < waiting.size(); ++written) Write(waiting[written]);
  } catch (const db::Failure& failure) {
    m_impl->refusal = RefusalOf(failure.Code());
  } catch (const Error&) {
    // Refused for good (it never was when it was typed): it stays, for the facilitator to save
    // elsewhere, rather than be dropped.
    m_impl->refusal = DiskRefusal::Failing;
  }
  m_impl->writingWaiting = false;
  waiting.erase(waiting.begin(), waiting.begin() + ptrdiff_t(written));
  if (!waiting.empty()) {
    // A field written before the disk refused again was read back into the Model as written;
    // a later text of it may still wait.
    if (written > 0)
      for (const WaitingEdit& each : waiting) Show(each, m_model);
    return false;
  }
  m_impl->refusal = DiskRefusal::None;
  sqlite3_busy_timeout(m_impl->db.Handle(), Impl::kEditBusyMs);
  return true;
}

void Workshop::WriteWaitingFirst() {
  if (m_impl->waiting.empty() || m_impl->writingWaiting || WriteWaiting()) return;
  throw Error(
      "That was not done: " + WaitingSummary(),
      WaitingAdvice() + " Do it again once they are written: nothing is written before them.");
}

std::string Workshop::WaitingSummary() const {
  const auto& waiting = m_impl->waiting;
  if (waiting.empty()) return "";
  int edits = WaitingEdits();
  std::vector<std::string> fields;
  for (const WaitingEdit& each : waiting)
    fields.push_back(each.name +
                     (each.text.empty() ? " (emptied)" : " \"" + Beginning(each.text, 40) + "\""));
  return Counted(edits, "edit", "edits") +
         (waiting.size() == 1 ? "" : " in " + Counted(int(waiting.size()), "field", "fields")) +
         (edits == 1 ? " is" : " are") + " not on disk yet: " + JoinList(fields) + ".";
}

std::string Workshop::WaitingAdvice() const {
  switch (m_impl->refusal) {
    case DiskRefusal::Locked:
      return "Another program holds the workshop file locked (another Parley, a backup or a sync "
             "tool). Parley keeps your typing and writes it as soon as the file is free; close "
             "that "
             "program, or save the typing to a file of its own.";
    case DiskRefusal::Full:
      return "The disk is full: free some space (empty the bin, move large files away); Parley "
             "keeps "
             "your typing and retries.";
    case DiskRefusal::Failing:
    case DiskRefusal::None:
      break;
  }
  return "The disk refuses to write the workshop file (check the drive and the file's "
         "permissions); "
         "Parley keeps your typing and retries. Save the typing to a file of its own to be safe.";
}

std::string Workshop::WaitingAsText() const {
  std::string text = "Typing not yet written to the workshop " + m_path + ", as of " +
                     IsoTime(Now()) +
                     ".\nEach field in the order it was typed in, with its latest text.\n";
  for (const WaitingEdit& each : m_impl->waiting)
    text += "\n== " + each.name + " (" + Counted(each.edits, "edit", "edits") + ")\n" + each.text +
            "\n";
  return text;
}

}  // namespace parley
