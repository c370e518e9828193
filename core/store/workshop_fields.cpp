// The text fields: one table of where each is kept, what Undo calls its edit, and the rule its
// text must meet, read by SetText (workshop_waiting.cpp) as it writes one.
#include <algorithm>
#include <cctype>
#include <iterator>

#include "core/common/clock.hpp"
#include "core/common/error.hpp"
#include "core/store/workshop_impl.hpp"

namespace parley {

namespace {

// What a field's text must be, and what writing it does besides.
enum class TextRule {
  Text,         // any text
  Colour,       // "#rrggbb", as the party palette writes colours
  Date,         // a date (IsIsoDate)
  DateOrEmpty,  // a date, or empty for "not set"
  RuleWording,  // any text; a change outdates the consents given to the ground rules
};

struct FieldRow {
  Field field;
  const char* table;
  const char* column;
  const char* label;  // what Undo names
  TextRule rule;
};

// One row for each Field, in the enum's order (checked below).
constexpr FieldRow kFields[] = {
    {Field::WorkshopTitle, "workshop", "title", "edit title", TextRule::Text},
    {Field::WorkshopContext, "workshop", "context", "edit context", TextRule::Text},
    {Field::WorkshopVenue, "workshop", "venue", "edit venue", TextRule::Text},
    {Field::WorkshopLanguage, "workshop", "language", "edit language", TextRule::Text},
    {Field::WorkshopStartDate, "workshop", "start_date", "edit start date", TextRule::DateOrEmpty},
    {Field::WorkshopEndDate, "workshop", "end_date", "edit end date", TextRule::DateOrEmpty},
    {Field::WorkshopConfidentiality, "workshop", "confidentiality", "edit confidentiality note",
     TextRule::Text},
    {Field::PartyName, "party", "name", "rename party", TextRule::Text},
    {Field::PartyShortName, "party", "short_name", "edit party short name", TextRule::Text},
    {Field::PartyColour, "party", "colour", "change party colour", TextRule::Colour},
    {Field::ParticipantName, "participant", "name", "edit participant name", TextRule::Text},
    {Field::ParticipantRole, "participant", "role", "edit participant role", TextRule::Text},
    {Field::ParticipantPseudonym, "participant", "pseudonym", "edit pseudonym", TextRule::Text},
    {Field::ParticipantNotes, "participant", "notes", "edit participant notes", TextRule::Text},
    {Field::ParticipantContact, "participant", "contact", "edit contact details", TextRule::Text},
    {Field::ParticipantGeneralRole, "participant", "general_role", "edit role in general terms",
     TextRule::Text},
    {Field::SessionDate, "session", "date", "edit session date", TextRule::Date},
    {Field::SessionTitle, "session", "title", "edit session title", TextRule::Text},
    {Field::RuleText, "rule", "text", "edit ground rule", TextRule::RuleWording},
    {Field::ConsentNote, "consent", "note", "edit consent note", TextRule::Text},
    {Field::StorySummary, "story", "summary", "edit story", TextRule::Text},
    {Field::StoryRestatement, "story", "restatement", "edit restatement", TextRule::Text},
    {Field::ConcernText, "concern", "text", "edit concern", TextRule::Text},
    {Field::ConcernStatedPosition, "concern", "stated_position", "edit stated position",
     TextRule::Text},
    {Field::ConcernNotes, "concern", "notes", "edit concern notes", TextRule::Text},
    {Field::ConcernRestatement, "concern", "restatement", "edit restatement", TextRule::Text},
    {Field::CategoryName, "concern_category", "name", "rename category", TextRule::Text},
    {Field::OptionText, "option", "text", "edit option", TextRule::Text},
    {Field::ClusterName, "option_cluster", "name", "rename cluster", TextRule::Text},
    {Field::ScoreNote, "score", "note", "edit score note", TextRule::Text},
    {Field::ConstraintText, "option_constraint", "text", "edit constraint", TextRule::Text},
    {Field::StepText, "step", "text", "edit step", TextRule::Text},
    {Field::StepDue, "step", "due", "edit step date", TextRule::DateOrEmpty},
    {Field::MemoTitle, "memo", "title", "edit memo title", TextRule::Text},
    {Field::MemoDate, "memo", "date", "edit memo date", TextRule::DateOrEmpty},
    {Field::SectionTitle, "memo_section", "title", "edit section title", TextRule::Text},
    {Field::ParagraphText, "memo_paragraph", "text", "edit paragraph", TextRule::Text},
};

constexpr bool InEnumOrder() {
  for (size_t i = 0; i < std::size(kFields); ++i)
    if (kFields[i].field != Field(i)) return false;
  return true;
}
static_assert(std::size(kFields) == kFieldCount, "kFields needs one row for each Field");
static_assert(InEnumOrder(), "kFields lists the fields in the order of the enum");

bool IsColour(std::string_view text) {
  return text.size() == 7 && text[0] == '#' &&
         std::all_of(text.begin() + 1, text.end(),
                     [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
}

// Throws parley::Error when `value` breaks `rule`.
void Check(TextRule rule, std::string_view value) {
  switch (rule) {
    case TextRule::Text:
    case TextRule::RuleWording:  // the wording's effect is SetText's
      return;
    case TextRule::Colour:
      if (!IsColour(value))
        throw Error("\"" + std::string(value) + "\" is not a colour.",
                    "Pick one of the party colours.");
      return;
    case TextRule::Date:
      RequireDate(value, false);
      return;
    case TextRule::DateOrEmpty:
      RequireDate(value, true);
      return;
  }
}

}  // namespace

void RequireDate(std::string_view value, bool mayBeEmpty) {
  if (IsIsoDate(value) || (mayBeEmpty && value.empty())) return;
  throw Error("\"" + std::string(value) + "\" is not a date.",
              std::string("Write it as YYYY-MM-DD, a day of the calendar, e.g. 2026-11-30") +
                  (mayBeEmpty ? ", or leave it empty." : ".") + " Nothing was changed.");
}

void CheckFieldText(Field field, std::string_view value) { Check(kFields[size_t(field)].rule, value); }

const char* FieldLabel(Field field) { return kFields[size_t(field)].label; }

void Workshop::WriteText(Field field, Id id, std::string_view value) {
  const FieldRow& row = kFields[size_t(field)];
  Check(row.rule, value);
  if (std::string_view(row.table) == "workshop") id = 1;
  // The table is part of the key: workshop title and session 1's title are different fields.
  std::string mergeKey = std::string(row.table) + "." + row.column + ":" + std::to_string(id);
  auto update = [&](db::Connection& db) {
    return UpdateCell(db, row.table, m_impl->ColumnsOf(row.table), row.column, id, value);
  };
  if (row.rule != TextRule::RuleWording) {
    // One cell, nothing else: its changeset is written directly.
    Record(row.label, mergeKey, update);
    return;
  }
  // A rule's wording also outdates the consents given to it, so the session records the edit.
  // Writing the wording a rule already has changes nothing, not even the consents.
  Edit(row.label, mergeKey, [&](db::Connection& db) {
    if (!update(db).empty()) RulesChanged(db);
  });
}

}  // namespace parley
