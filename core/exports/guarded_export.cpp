#include "core/exports/guarded_export.hpp"

#include <algorithm>
#include <cassert>
#include <filesystem>

#include "core/common/atomic_file.hpp"
#include "core/method/attribution_guard.hpp"
#include "core/common/error.hpp"
#include "core/method/memo.hpp"
#include "core/exports/memo_formats.hpp"
#include "core/exports/memo_text.hpp"
#include "core/method/option_ranking.hpp"
#include "core/common/text.hpp"
#include "core/store/workshop.hpp"

namespace parley {

std::optional<ExportFormat> FormatFromName(const std::string& name) {
  if (name == "md") return ExportFormat::Markdown;
  if (name == "html") return ExportFormat::Html;
  if (name == "pdf") return ExportFormat::Pdf;
  return std::nullopt;
}

const char* FormatExtension(ExportFormat format) {
  switch (format) {
    case ExportFormat::Markdown: return "md";
    case ExportFormat::Html: return "html";
    case ExportFormat::Pdf: return "pdf";
  }
  return "";
}

namespace {

void Write(const MemoDocument& doc, ExportFormat format, PaperSize paper, const std::string& path) {
  // An export goes where the facilitator said, or nowhere: no folder is made on the way.
  std::filesystem::path folder = std::filesystem::path(path).parent_path();
  std::error_code ec;
  if (!folder.empty() && !std::filesystem::is_directory(folder, ec))
    throw Error("There is no folder " + folder.string() + ".", "Choose an existing folder for the export.");
  switch (format) {
    case ExportFormat::Markdown: WriteFileAtomically(path, MemoToMarkdown(doc)); break;
    case ExportFormat::Html: WriteFileAtomically(path, MemoToHtml(doc)); break;
    case ExportFormat::Pdf: WriteMemoPdf(doc, paper, path); break;
  }
}

// The texts of `doc` in reading order, keyed as MemoTexts keys them (it reads the same
// document in the same order), then its footer and page mark, which are written too.
std::vector<GuardedText> TextsOf(const MemoDocument& doc, const std::vector<GuardedText>& keyed) {
  std::vector<GuardedText> texts;
  auto add = [&](const std::string& text) {
    assert(texts.size() < keyed.size());
    texts.push_back(
        {text, texts.size() < keyed.size() ? keyed[texts.size()].paragraphKey : "title"});
  };
  add(doc.title);
  add(doc.subtitle);
  for (const MemoDocumentSection& section : doc.sections) {
    add(section.title);
    for (const MemoDocumentParagraph& paragraph : section.paragraphs) add(paragraph.text);
  }
  assert(texts.size() == keyed.size());
  texts.push_back({doc.footer, "title"});
  texts.push_back({doc.pageMark, "title"});
  return texts;
}

bool Accepted(const Model& model, Id memo, const std::string& term, const GuardedText& where) {
  return std::any_of(model.acceptedHits.begin(), model.acceptedHits.end(), [&](const AcceptedHit& a) {
    // The wording is the key, not the paragraph: a frozen version's copy of an accepted
    // paragraph needs no second acceptance.
    return a.memoId == memo && a.term == term && a.text == where.text;
  });
}

}  // namespace

std::vector<ExportHit> ExportMemo(Workshop& workshop, const MemoExportRequest& request) {
  const Model& model = workshop.Model();
  // Cleaned once, here: the guard checks these very strings and the writers write them (their
  // own cleaning then changes nothing), so that no character the writers drop can hide a name
  // from the guard. A hit's paragraph, which acceptance is keyed by, is the cleaned text.
  const MemoDocument doc =
      CleanDocument(BuildMemoDocument(model, request.memo, request.version, request.final));
  const std::vector<GuardedText> texts =
      TextsOf(doc, MemoTexts(model, request.memo, request.version));
  std::vector<std::string> plain;
  for (const GuardedText& t : texts) plain.push_back(t.text);

  std::vector<ExportHit> hits;
  std::vector<std::string> accepted;
  for (const GuardHit& hit : AttributionGuard(model).Check(plain)) {
    const GuardedText& where = texts[hit.paragraph];
    if (Accepted(model, request.memo, hit.term, where)) {
      accepted.push_back("\"" + hit.found + "\"");
      continue;
    }
    hits.push_back({hit.term, hit.found, hit.why, where.paragraphKey, where.text});
  }
  if (!hits.empty()) return hits;

  Write(doc, request.format, request.paper, request.path);
  std::string what = std::string(request.final ? "Final" : "Draft") + " memo \"" + doc.title + "\" (" +
                     doc.subtitle + ") exported to " + request.path;
  if (!accepted.empty()) {
    what += "; accepted as not naming anyone: ";
    for (size_t i = 0; i < accepted.size(); ++i) what += (i ? ", " : "") + accepted[i];
  }
  workshop.LogExport(what + ".");
  return hits;
}

std::string ConfidentialPath(const std::string& path) {
  std::filesystem::path p(path);
  std::string stem = p.stem().string();
  if (AsciiLower(stem).find("confidential") != std::string::npos) return path;
  return (p.parent_path() / (stem + ".CONFIDENTIAL" + p.extension().string())).string();
}

namespace {

std::string NameOf(const Model& model, Id participant) {
  const Participant* p = model.FindParticipant(participant);
  return p ? p->name + " (" + p->pseudonym + ")" : "(removed)";
}

std::string PartyName(const Model& model, Id party) {
  const Party* p = model.FindParty(party);
  return p ? p->name : "(removed)";
}

}  // namespace

MemoDocument BuildReportDocument(const Model& model, const std::vector<LogEntry>& sessionLog) {
  MemoDocument doc;
  doc.title = "Internal record: " + model.info.title;
  doc.subtitle = "Facilitators' report, names included";
  doc.language = "en";
  doc.pageMark = "CONFIDENTIAL";
  doc.footer = model.info.confidentiality.empty() ? "Confidential: for the facilitators only." : model.info.confidentiality;
  auto section = [&](const std::string& title) -> std::vector<MemoDocumentParagraph>& {
    doc.sections.push_back({title, {}});
    return doc.sections.back().paragraphs;
  };
  auto& workshop = section("Workshop");
  for (const std::string& line : {model.info.context, "Venue: " + model.info.venue, "Language: " + model.info.language,
                                  "Dates: " + model.info.startDate + " to " + model.info.endDate})
    workshop.push_back({line, false});
  auto& people = section("Participants");
  for (const Party& party : model.parties)
    for (const Participant& p : model.participants)
      if (p.partyId == party.id)
        people.push_back({p.name + ", " + party.name + ", " + p.role + " (" + p.pseudonym + ")", false});
  auto& sessions = section("Sessions");
  for (const Session& s : model.sessions)
    sessions.push_back({s.date + " " + s.title + ": " + std::to_string(model.CountPresent(s.id)) + " present", false});
  auto& rules = section("Ground rules");
  for (const Rule& r : model.rules) rules.push_back({r.text, false});
  for (const Consent& c : model.consents)
    rules.push_back({NameOf(model, c.participantId) + " agreed " + c.agreedAt + (c.note.empty() ? "" : ": " + c.note), false});
  auto& stories = section("Stories");
  for (const Story& s : model.stories) {
    std::string text = NameOf(model, s.tellerId) + ": " + s.summary;
    if (s.reflectedById != 0) text += " Reflected back by " + NameOf(model, s.reflectedById) + ": " + s.restatement;
    stories.push_back({text, false});
  }
  auto& concerns = section("Needs and fears");
  for (const Concern& c : model.concerns)
    concerns.push_back({PartyName(model, c.partyId) + (c.kind == ConcernKind::Need ? " needs: " : " fears: ") + c.text +
                            (c.acknowledged ? " (acknowledged: " + c.restatement + ")" : ""),
                        false});
  auto& options = section("Options, best first for the worst-off party");
  for (const OptionStanding& s : RankOptions(model))
    if (const Option* o = model.FindOption(s.optionId))
      options.push_back({std::to_string(s.rank) + ". " + o->text + (s.dreaded ? " (dreaded by a party)" : ""), false});
  auto& steps = section("Steps");
  for (const Step& s : model.steps) {
    std::string who = s.whoParticipantId ? NameOf(model, s.whoParticipantId)
                                         : s.whoPartyId ? PartyName(model, s.whoPartyId) : "the group";
    static constexpr const char* kStatus[] = {"open", "done", "dropped"};
    steps.push_back({s.text + " (" + who + (s.due.empty() ? "" : ", by " + s.due) + ", " + kStatus[int(s.status)] + ")", false});
  }
  auto& log = section("Session log");
  for (const LogEntry& e : sessionLog) log.push_back({e.at + " " + e.kind + ": " + e.text, false});
  return doc;
}

std::string ExportReport(Workshop& workshop, ExportFormat format, PaperSize paper, const std::string& path) {
  std::string target = ConfidentialPath(path);
  Write(BuildReportDocument(workshop.Model(), workshop.SessionLog()), format, paper, target);
  // From a sealed workshop the report is logged once, by LogPlaintextExport, with how its
  // writing in plaintext was confirmed (the caller's to know).
  if (!workshop.Sealed()) workshop.LogExport("Confidential internal report exported to " + target + ".");
  return target;
}

}  // namespace parley
