#include "core/method/memo.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "core/common/error.hpp"
#include "core/method/language_tag.hpp"
#include "core/method/option_ranking.hpp"
#include "core/common/text.hpp"

namespace parley {

namespace {

std::string NumberWord(size_t n, bool capital) {
  static constexpr const char* kWords[] = {"no", "one", "two", "three", "four", "five", "six", "seven",
                                           "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
                                           "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
  std::string word = n <= 20 ? kWords[n] : std::to_string(n);
  if (capital && !word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] = char(word[0] - 'a' + 'A');
  return word;
}

// A role in general terms without its article, in lower case: how roles are counted, so
// that "a doctor" and "Doctor" are two doctors.
std::string RoleKey(std::string_view role) {
  for (std::string_view article : {"a ", "an ", "A ", "An "})
    if (role.starts_with(article)) role.remove_prefix(article.size());
  return AsciiLower(role);
}

// A role counted as the memo says it: "a doctor", "an engineer", "two former officials". One
// role written with its article ("an MP") keeps it as written; the plural is the regular
// English one, which roles in general terms almost always take.
std::string RolePhrase(const std::string& written, const std::string& key, size_t count) {
  if (count == 1 && written.size() > key.size()) return written;
  std::string role = key;
  if (role.empty()) return role;
  if (count == 1) return (std::string_view("aeiou").find(role[0]) != std::string_view::npos ? "an " : "a ") + role;
  bool vowelBeforeY = role.size() >= 2 && std::string_view("aeiou").find(role[role.size() - 2]) != std::string_view::npos;
  if (role.ends_with("y") && !vowelBeforeY)
    role.replace(role.size() - 1, 1, "ies");
  else if (role.ends_with("s") || role.ends_with("x") || role.ends_with("ch") || role.ends_with("sh"))
    role += "es";
  else
    role += "s";
  return NumberWord(count, false) + " " + role;
}

// A party as the memo's readers know it: by its name; its short name is the facilitators' own
// shorthand for tight spaces on screen.
const std::string& MemoName(const Party& party) { return party.name.empty() ? party.shortName : party.name; }

const Party* PartyOfParticipant(const Model& model, Id participant) {
  const Participant* p = model.FindParticipant(participant);
  return p ? model.FindParty(p->partyId) : nullptr;
}

// Calls `visit(sectionTitle, text, status, key)` for every paragraph of a memo as it stands
// (`version` 0) or of a frozen version, in reading order.
using Visit = std::function<void(const std::string&, const std::string&, ParagraphStatus, const std::string&)>;

const MemoVersion* FindVersion(const Model& model, Id memo, int64_t number) {
  for (const MemoVersion& v : model.versions)
    if (v.memoId == memo && v.number == number) return &v;
  return nullptr;
}

void VisitParagraphs(const Model& model, Id memo, int64_t version, const Visit& visit) {
  if (version == 0) {
    for (const MemoSection& section : model.sections) {
      if (section.memoId != memo) continue;
      for (const MemoParagraph& p : model.paragraphs)
        if (p.sectionId == section.id) visit(section.title, p.text, p.status, "p" + std::to_string(p.id));
    }
    return;
  }
  const MemoVersion* v = FindVersion(model, memo, version);
  if (!v) throw Error("This memo has no Draft " + std::to_string(version) + ".", "Choose a version from the list.");
  for (const VersionParagraph& p : model.versionParagraphs)
    if (p.versionId == v->id) visit(p.sectionTitle, p.text, p.status, "v" + std::to_string(p.id));
}

const Memo& RequireMemo(const Model& model, Id memo) {
  for (const Memo& m : model.memos)
    if (m.id == memo) return m;
  throw Error("That memo does not exist.", "Choose a memo from the list.");
}

std::string Subtitle(const Memo& memo, const MemoVersion* version) {
  std::string date = version ? version->date : memo.date;
  std::string label = version ? "Draft " + std::to_string(version->number) : "Joint memorandum";
  return date.empty() ? label : label + ", " + date;
}

}  // namespace

std::vector<BracketSpan> BracketSpans(std::string_view text) {
  std::vector<BracketSpan> spans;
  int depth = 0;
  for (size_t i = text.find_first_of("[]"); i != std::string_view::npos; i = text.find_first_of("[]", i + 1)) {
    if (text[i] == '[') {
      if (depth++ == 0) spans.push_back({i, text.size()});
    } else if (text[i] == ']' && depth > 0) {
      if (--depth == 0) spans.back().end = i + 1;
    }
  }
  return spans;
}

int OpenPoints(std::string_view text, ParagraphStatus status) {
  if (status == ParagraphStatus::InternalNote) return 0;
  return std::max(int(BracketSpans(text).size()), status == ParagraphStatus::Bracketed ? 1 : 0);
}

int OpenCount(const Model& model, Id memo) {
  int open = 0;
  VisitParagraphs(model, memo, 0, [&](const std::string&, const std::string& text, ParagraphStatus status,
                                      const std::string&) { open += OpenPoints(text, status); });
  return open;
}

std::string WhoMetText(const Model& model, const Memo& memo) {
  std::set<Id> attended;
  for (const Attendance& a : model.attendance) attended.insert(a.participantId);
  std::vector<std::string> perParty;
  struct Role {
    std::string written;  // as the first participant with it has it
    size_t count = 0;
  };
  std::map<std::string, Role> roles;  // by RoleKey, in alphabetical order
  size_t total = 0;
  for (const Party& party : model.parties) {
    size_t count = 0;
    for (const Participant& p : model.participants) {
      if (p.partyId != party.id || (!attended.empty() && !attended.count(p.id))) continue;
      ++count;
      std::string written = Trim(p.generalRole);
      if (written.empty()) continue;
      Role& role = roles[RoleKey(written)];
      if (role.count++ == 0) role.written = std::move(written);
    }
    total += count;
    if (count > 0) perParty.push_back(NumberWord(count, false) + " from " + MemoName(party));
  }
  std::string sides = model.parties.size() == 2 ? "both communities" : NumberWord(model.parties.size(), false) + " communities";
  std::string text = NumberWord(total, true) + (total == 1 ? " participant" : " participants") + " from " + sides +
                     " (" + JoinList(perParty) + ") met in their personal capacities";
  if (memo.showPlace && !model.info.venue.empty()) text += " at " + model.info.venue;
  if (memo.showDates && !model.info.startDate.empty())
    text += model.info.endDate.empty() || model.info.endDate == model.info.startDate
                ? " on " + model.info.startDate
                : " from " + model.info.startDate + " to " + model.info.endDate;
  text += ".";
  std::vector<std::string> phrases;
  for (const auto& [key, role] : roles) phrases.push_back(RolePhrase(role.written, key, role.count));
  if (!phrases.empty()) text += " They included " + JoinList(phrases) + ".";
  return text;
}

std::vector<RecordDraft> DraftsFromRecord(const Model& model, size_t maxOptions) {
  std::vector<RecordDraft> drafts;
  for (const Concern& c : model.concerns) {
    std::vector<std::string> holders;
    if (const Party* own = model.FindParty(c.partyId)) holders.push_back(MemoName(*own));
    for (const ConcernHolder& h : model.holders)
      if (h.concernId == c.id)
        if (const Party* other = model.FindParty(h.partyId)) holders.push_back(MemoName(*other));
    if (holders.size() < 2 && !c.acknowledged) continue;
    std::string who = holders.size() >= model.parties.size() && model.parties.size() > 1
                          ? (model.parties.size() == 2 ? "Both communities" : "All communities")
                          : JoinList(holders);
    std::string verb = c.kind == ConcernKind::Need ? " need: " : " fear: ";
    drafts.push_back({who + verb + c.text, "concern", c.id, MemoSectionKind::SharedAnalysis});
  }
  size_t options = 0;
  for (const OptionStanding& s : RankOptions(model)) {
    if (options == maxOptions || !s.worst || *s.worst < 0) break;
    if (const Option* o = model.FindOption(s.optionId)) {
      drafts.push_back({o->text, "option", o->id, MemoSectionKind::Recommendations});
      ++options;
    }
  }
  for (const Step& step : model.steps) {
    if (step.status != StepStatus::Open) continue;
    std::string who = "the group";
    if (const Party* party = PartyOfParticipant(model, step.whoParticipantId))
      who = "a participant from " + MemoName(*party);
    else if (const Party* party = model.FindParty(step.whoPartyId))
      who = MemoName(*party);
    std::string text = step.text + " (" + who + (step.due.empty() ? "" : ", by " + step.due) + ")";
    drafts.push_back({text, "step", step.id, MemoSectionKind::NextSteps});
  }
  return drafts;
}

MemoDocument BuildMemoDocument(const Model& model, Id memo, int64_t version, bool final) {
  const Memo& m = RequireMemo(model, memo);
  MemoDocument doc;
  doc.title = version == 0 ? m.title : FindVersion(model, memo, version) ? FindVersion(model, memo, version)->title : m.title;
  doc.language = LanguageTag(model.info.language);
  int open = 0;
  VisitParagraphs(model, memo, version, [&](const std::string& section, const std::string& text, ParagraphStatus status,
                                            const std::string&) {
    if (status == ParagraphStatus::InternalNote) return;
    if (doc.sections.empty() || doc.sections.back().title != section) doc.sections.push_back({section, {}});
    open += OpenPoints(text, status);
    doc.sections.back().paragraphs.push_back({text, status == ParagraphStatus::Bracketed});
  });
  const MemoVersion* frozen = version == 0 ? nullptr : FindVersion(model, memo, version);
  doc.subtitle = Subtitle(m, frozen);
  if (frozen) doc.madeAt = frozen->frozenAt;
  if (final && open > 0)
    throw Refusal("The memo still has " + std::to_string(open) + " open point" + (open == 1 ? "" : "s") +
                    " in square brackets or bracketed paragraphs.",
                "Resolve them and mark the paragraphs agreed, or export it as a draft.");
  doc.pageMark = final ? "" : "DRAFT";
  doc.footer = "Not for attribution. The participants took part in their personal capacities.";
  return doc;
}

std::vector<GuardedText> MemoTexts(const Model& model, Id memo, int64_t version) {
  MemoDocument doc = BuildMemoDocument(model, memo, version, false);
  std::vector<GuardedText> texts{{doc.title, "title"}, {doc.subtitle, "title"}};
  std::string lastSection;
  VisitParagraphs(model, memo, version, [&](const std::string& section, const std::string& text, ParagraphStatus status,
                                            const std::string& key) {
    if (status == ParagraphStatus::InternalNote) return;
    if (section != lastSection) texts.push_back({lastSection = section, "title"});
    texts.push_back({text, key});
  });
  return texts;
}

std::vector<DiffPiece> DiffWords(std::string_view before, std::string_view after) {
  // Tokens are words with the white space after them, so that pieces join back into text.
  auto tokens = [](std::string_view text) {
    std::vector<std::string_view> out;
    size_t i = 0;
    while (i < text.size()) {
      size_t start = i;
      while (i < text.size() && text[i] != ' ' && text[i] != '\n') ++i;
      while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
      out.push_back(text.substr(start, i - start));
    }
    return out;
  };
  auto a = tokens(before), b = tokens(after);
  auto word = [](std::string_view t) { return t.substr(0, t.find_first_of(" \n")); };
  std::vector<DiffPiece> pieces;
  auto add = [&](DiffPiece::Kind kind, std::string_view text) {
    if (!pieces.empty() && pieces.back().kind == kind)
      pieces.back().text += text;
    else
      pieces.push_back({kind, std::string(text)});
  };
  // Longest common subsequence of words; beyond this size a paragraph is shown as replaced.
  if (a.size() * b.size() > 4'000'000) {
    add(DiffPiece::Kind::Removed, before);
    add(DiffPiece::Kind::Added, after);
    return pieces;
  }
  std::vector<std::vector<uint16_t>> lcs(a.size() + 1, std::vector<uint16_t>(b.size() + 1, 0));
  for (size_t i = a.size(); i-- > 0;)
    for (size_t j = b.size(); j-- > 0;)
      lcs[i][j] = word(a[i]) == word(b[j]) ? uint16_t(lcs[i + 1][j + 1] + 1) : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (i < a.size() && j < b.size() && word(a[i]) == word(b[j])) {
      add(DiffPiece::Kind::Same, b[j]);
      ++i, ++j;
    } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
      add(DiffPiece::Kind::Added, b[j++]);
    } else {
      add(DiffPiece::Kind::Removed, a[i++]);
    }
  }
  return pieces;
}

std::vector<ParagraphChange> CompareVersions(const Model& model, Id versionA, Id versionB) {
  auto paragraphsOf = [&](Id version) {
    std::vector<const VersionParagraph*> out;
    for (const VersionParagraph& p : model.versionParagraphs)
      if (p.versionId == version) out.push_back(&p);
    return out;
  };
  auto a = paragraphsOf(versionA), b = paragraphsOf(versionB);
  auto same = [](const VersionParagraph* x, const VersionParagraph* y) {
    return x->sectionTitle == y->sectionTitle && x->text == y->text && x->status == y->status;
  };
  std::vector<std::vector<uint16_t>> lcs(a.size() + 1, std::vector<uint16_t>(b.size() + 1, 0));
  for (size_t i = a.size(); i-- > 0;)
    for (size_t j = b.size(); j-- > 0;)
      lcs[i][j] = same(a[i], b[j]) ? uint16_t(lcs[i + 1][j + 1] + 1) : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  std::vector<ParagraphChange> changes;
  std::vector<const VersionParagraph*> removed, added;
  auto flush = [&] {
    size_t n = std::max(removed.size(), added.size());
    for (size_t k = 0; k < n; ++k) {
      const VersionParagraph* before = k < removed.size() ? removed[k] : nullptr;
      const VersionParagraph* after = k < added.size() ? added[k] : nullptr;
      changes.push_back({(after ? after : before)->sectionTitle,
                         DiffWords(before ? before->text : "", after ? after->text : ""), true,
                         before ? std::optional(before->status) : std::nullopt,
                         after ? std::optional(after->status) : std::nullopt});
    }
    removed.clear();
    added.clear();
  };
  size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (i < a.size() && j < b.size() && same(a[i], b[j])) {
      flush();
      changes.push_back({b[j]->sectionTitle, {{DiffPiece::Kind::Same, b[j]->text}}, false, a[i]->status, b[j]->status});
      ++i, ++j;
    } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
      added.push_back(b[j++]);
    } else {
      removed.push_back(a[i++]);
    }
  }
  flush();
  return changes;
}

}  // namespace parley
