// Workshop: the joint memorandum, its frozen versions and distribution.
#include <algorithm>

#include "core/common/clock.hpp"
#include "core/store/db.hpp"
#include "core/common/error.hpp"
#include "core/store/workshop_impl.hpp"
#include "core/store/workshop_order.hpp"

namespace parley {

namespace {

// The sections every memo starts with (METHOD.md, phase 5), in order.
constexpr std::pair<MemoSectionKind, const char*> kStandardSections[] = {
    {MemoSectionKind::TitleDate, "Title and date"},
    {MemoSectionKind::WhoMet, "Who met"},
    {MemoSectionKind::SharedAnalysis, "Shared analysis"},
    {MemoSectionKind::Recommendations, "Recommendations"},
    {MemoSectionKind::NextSteps, "Next steps"},
    {MemoSectionKind::ViewsDiffer, "Where views still differ"},
};

}  // namespace

Id Workshop::AddMemo(const std::string& title, const std::string& date) {
  RequireDate(date, true);
  Id id = 0;
  Edit("add memo", "", [&](db::Connection& db) {
    db::Statement(db, "INSERT INTO memo (title, date) VALUES (?, ?)").Bind(1, title).Bind(2, date).Run();
    id = db.LastInsertId();
    db::Statement section(db, "INSERT INTO memo_section (memo_id, position, kind, title) VALUES (?, ?, ?, ?)");
    int64_t position = 0;
    for (const auto& [kind, name] : kStandardSections)
      section.Bind(1, id).Bind(2, ++position).Bind(3, int64_t(kind)).Bind(4, name).Run();
  });
  return id;
}

void Workshop::SetMemoDisclosure(Id memo, bool showPlace, bool showDates) {
  Edit("change what the memo discloses", "", [&](db::Connection& db) {
    db::Statement(db, "UPDATE memo SET show_place = ?, show_dates = ? WHERE id = ?")
        .Bind(1, showPlace ? 1 : 0).Bind(2, showDates ? 1 : 0).Bind(3, memo).Run();
  });
}

Id Workshop::AddParagraph(Id section, const std::string& text, ParagraphStatus status,
                          const std::string& sourceKind, Id sourceId) {
  int64_t position = 0;
  bool found = false;
  for (const MemoSection& s : m_model.sections) found = found || s.id == section;
  if (!found) throw Error("That memo section no longer exists.", "Choose another section.");
  for (const MemoParagraph& p : m_model.paragraphs)
    if (p.sectionId == section) position = std::max(position, p.position);
  Id id = 0;
  Edit("add paragraph", "", [&](db::Connection& db) {
    db::Statement(db, "INSERT INTO memo_paragraph (section_id, position, text, status, source_kind, source_id) "
                      "VALUES (?, ?, ?, ?, ?, ?)")
        .Bind(1, section).Bind(2, position + 1).Bind(3, text).Bind(4, int64_t(status)).Bind(5, sourceKind)
        .Bind(6, sourceId).Run();
    id = db.LastInsertId();
  });
  return id;
}

void Workshop::RemoveParagraph(Id paragraph) {
  Edit("remove paragraph", "", [&](db::Connection& db) {
    db::Statement(db, "DELETE FROM memo_paragraph WHERE id = ?").Bind(1, paragraph).Run();
  });
}

void Workshop::MoveParagraph(Id paragraph, int delta) {
  auto it = std::find_if(m_model.paragraphs.begin(), m_model.paragraphs.end(),
                         [&](const MemoParagraph& p) { return p.id == paragraph; });
  if (it == m_model.paragraphs.end()) return;
  Id section = it->sectionId;
  std::vector<Id> order;
  for (const MemoParagraph& p : m_model.paragraphs)
    if (p.sectionId == section) order.push_back(p.id);
  order = Reordered(order, paragraph, delta, [](Id) { return true; });
  if (order.empty()) return;
  Edit("move paragraph", "", [&](db::Connection& db) { WriteOrder(db, "memo_paragraph", m_model.paragraphs, order); });
}

void Workshop::SetParagraphStatus(Id paragraph, ParagraphStatus status) {
  Edit("set paragraph status", "", [&](db::Connection& db) {
    db::Statement(db, "UPDATE memo_paragraph SET status = ? WHERE id = ?").Bind(1, int64_t(status)).Bind(2, paragraph).Run();
  });
}

int64_t Workshop::FreezeVersion(Id memo, const std::string& note) {
  auto found = std::find_if(m_model.memos.begin(), m_model.memos.end(), [&](const Memo& m) { return m.id == memo; });
  if (found == m_model.memos.end()) throw Error("That memo no longer exists.", "Choose another memo.");
  int64_t number = 1;
  for (const MemoVersion& v : m_model.versions)
    if (v.memoId == memo) number = std::max(number, v.number + 1);
  Keep([&](db::Connection& db) {
    db::Statement(db, "INSERT INTO memo_version (memo_id, number, note, frozen_at, title, date) VALUES (?, ?, ?, ?, ?, ?)")
        .Bind(1, memo).Bind(2, number).Bind(3, note).Bind(4, IsoTime(Now())).Bind(5, found->title).Bind(6, found->date)
        .Run();
    Id version = db.LastInsertId();
    db::Statement copy(db, "INSERT INTO version_paragraph (version_id, position, section_title, text, status) "
                           "VALUES (?, ?, ?, ?, ?)");
    int64_t position = 0;
    for (const MemoSection& section : m_model.sections) {
      if (section.memoId != memo) continue;
      for (const MemoParagraph& p : m_model.paragraphs)
        if (p.sectionId == section.id)
          copy.Bind(1, version).Bind(2, ++position).Bind(3, section.title).Bind(4, p.text).Bind(5, int64_t(p.status)).Run();
    }
    Log(db, 0, "memo", "\"" + found->title + "\" frozen as Draft " + std::to_string(number) + ".");
  });
  return number;
}

Id Workshop::AddDistribution(Id version, const std::string& recipient, const std::string& sentOn,
                             const std::string& note) {
  RequireDate(sentOn, true);
  Id id = 0;
  Edit("record distribution", "", [&](db::Connection& db) {
    db::Statement(db, "INSERT INTO distribution (version_id, recipient, sent_on, note) VALUES (?, ?, ?, ?)")
        .Bind(1, version).Bind(2, recipient).Bind(3, sentOn).Bind(4, note).Run();
    id = db.LastInsertId();
  });
  return id;
}

void Workshop::RemoveDistribution(Id entry) {
  Edit("remove distribution entry", "", [&](db::Connection& db) {
    db::Statement(db, "DELETE FROM distribution WHERE id = ?").Bind(1, entry).Run();
  });
}

void Workshop::AcceptHit(Id memo, const std::string& term, const std::string& paragraphKey, const std::string& text) {
  Edit("accept guard hit", "", [&](db::Connection& db) {
    db::Statement(db, "INSERT OR IGNORE INTO accepted_hit (memo_id, term, paragraph_key, accepted_at, text) "
                      "VALUES (?, ?, ?, ?, ?)")
        .Bind(1, memo).Bind(2, term).Bind(3, paragraphKey).Bind(4, IsoTime(Now())).Bind(5, text).Run();
  });
}

void Workshop::LogExport(const std::string& text) {
  Edit("export", "", [&](db::Connection& db) { Log(db, 0, "export", text); });
}

bool Workshop::Sealed() const { return m_impl->db.Sealed() != nullptr; }

void Workshop::LogPlaintextExport(PlaintextExport what, const std::string& path, ConfirmedBy by) {
  LogExport(std::string("Plaintext export from the sealed workshop, confirmed ") +
            (by == ConfirmedBy::CommandLine ? "with --plaintext" : "in the window") + ": " +
            (what == PlaintextExport::Report ? "internal report" : "whole workshop as JSON") + " to " + path + ".");
}

}  // namespace parley
