#include "core/cli/generator.hpp"

#include <chrono>
#include <cstdio>
#include <random>
#include <span>

#include "core/store/workshop.hpp"

namespace parley {

WorkshopShape ShapeOf(WorkshopSize size) {
  if (size == WorkshopSize::Typical) return {20, 3, 5, 250, 80, 800, 2, 40, 3, 0};
  return {120, 4, 40, 5000, 1500, 60000, 10, 200, 5, 50000};
}

namespace {

// The date of the `n`th session (from 0): one a day from 5 January 2026.
std::string SessionDate(int n) {
  using namespace std::chrono;
  year_month_day day{sys_days{2026y / January / 5} + days{n}};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", int(day.year()), unsigned(day.month()), unsigned(day.day()));
  return text;
}

constexpr const char* kWords[] = {
    "water", "trust", "river", "work", "safety", "children", "health", "land", "road", "school",
    "fair", "shared", "monitoring", "council", "jobs", "compensation", "dignity", "future", "clean",
    "orchard", "mine", "valley", "recognition", "security", "voice", "justice", "respect", "repair",
    "together", "both", "towns", "families", "flood", "dam", "fish", "market", "ministry", "plan"};
// Affiliations as facilitators record them: a position, then the body it is held in. The
// bodies share some words with the memos ("ministry", "council", "water"), as real ones do.
constexpr const char* kPositions[] = {
    "deputy director", "shift engineer", "head teacher", "district councillor", "editor",
    "parish priest", "former inspector", "lawyer", "farmer", "nurse", "researcher", "organiser"};
constexpr const char* kBodies[] = {
    "ministry of water", "river authority", "mining union", "hill school", "district council",
    "health centre", "weekly paper", "farmers association", "state university", "town hall"};
constexpr const char* kSyllables[] = {"ka", "lo", "mir", "ta", "ve", "sun", "dre", "po", "li", "na", "ro", "zek"};

// The same vocabulary in Arabic and in Hebrew, and names and affiliations as each town would
// write them (given names and family names put together at random: no real person).
constexpr const char* kArabicWords[] = {
    "الماء", "الثقة", "النهر", "العمل", "الأمان", "الأطفال", "الصحة", "الأرض", "الطريق", "المدرسة",
    "عادل", "مشترك", "القياس", "المجلس", "الوظائف", "التعويض", "الكرامة", "المستقبل", "نظيف",
    "البستان", "الحوض", "الوادي", "الاعتراف", "الأمن", "الصوت", "العدالة", "الاحترام", "الإصلاح",
    "معاً", "كلتا", "البلدتين", "العائلات", "الجفاف", "البئر", "الزيتون", "السوق", "الوزارة", "الخطة"};
constexpr const char* kHebrewWords[] = {
    "מים", "אמון", "נחל", "עבודה", "ביטחון", "ילדים", "בריאות", "אדמה", "כביש", "בית ספר",
    "הוגן", "משותף", "מדידה", "מועצה", "משרות", "פיצוי", "כבוד", "עתיד", "נקי",
    "מטע", "אקוויפר", "עמק", "הכרה", "בטיחות", "קול", "צדק", "כבוד הדדי", "תיקון",
    "יחד", "שתי", "הקהילות", "משפחות", "בצורת", "באר", "אבוקדו", "שוק", "משרד", "תוכנית"};
constexpr const char* kArabicPositions[] = {
    "نائب المدير", "مهندس مناوب", "مدير المدرسة", "عضو المجلس", "محرر", "إمام المسجد",
    "مفتش سابق", "محامٍ", "مزارع", "ممرضة", "باحثة", "منظّم"};
constexpr const char* kArabicBodies[] = {
    "وزارة المياه", "سلطة الحوض", "نقابة العمال", "مدرسة التلة", "المجلس المحلي",
    "المركز الصحي", "الصحيفة الأسبوعية", "جمعية المزارعين", "الجامعة", "البلدية"};
constexpr const char* kHebrewPositions[] = {
    "סגן מנהל", "מהנדס משמרת", "מנהלת בית ספר", "חבר מועצה", "עורך", "רב הקהילה",
    "מפקח לשעבר", "עורכת דין", "חקלאי", "אחות", "חוקרת", "רכז"};
constexpr const char* kHebrewBodies[] = {
    "רשות המים", "תאגיד המים", "ועד העובדים", "בית הספר בגבעה", "המועצה האזורית",
    "קופת החולים", "העיתון המקומי", "ארגון המגדלים", "האוניברסיטה", "העירייה"};
constexpr const char* kArabicGiven[] = {"سلمى", "يوسف", "ليلى", "عمر", "رنا", "خالد", "منى", "سامي", "هدى", "طارق"};
constexpr const char* kArabicFamily[] = {"حداد", "منصور", "الخطيب", "عوّاد", "صالح", "جبران", "خوري", "دراوشة", "بدران", "عيسى"};
constexpr const char* kHebrewGiven[] = {"נועה", "אבי", "רותי", "דניאל", "מיכל", "יוסי", "תמר", "עומר", "שירה", "איתי"};
constexpr const char* kHebrewFamily[] = {"כהן", "לוי", "מזרחי", "ברגר", "אורן", "שגיא", "פרץ", "גולן", "אשכנזי", "רוזן"};

// The words, affiliations and names of one language of a generated workshop.
struct Language {
  std::span<const char* const> words, positions, bodies;
  std::span<const char* const> given, family;  // empty: names made of Latin syllables
};
constexpr Language kEnglish{kWords, kPositions, kBodies, {}, {}};
constexpr Language kArabic{kArabicWords, kArabicPositions, kArabicBodies, kArabicGiven, kArabicFamily};
constexpr Language kHebrew{kHebrewWords, kHebrewPositions, kHebrewBodies, kHebrewGiven, kHebrewFamily};

class Text {
 public:
  Text(uint64_t seed, WorkshopScript script) : m_random(seed), m_script(script) {}
  // The language of the `n`th party, option, paragraph, ...: alternately Arabic and Hebrew in
  // a workshop written in them.
  const Language& Of(size_t n) const {
    if (m_script == WorkshopScript::Latin) return kEnglish;
    return n % 2 == 0 ? kArabic : kHebrew;
  }
  std::string Words(int count, const Language& language) {
    std::string out;
    for (int i = 0; i < count; ++i) out += (i ? " " : "") + std::string(language.words[Pick(language.words.size())]);
    return out;
  }
  std::string Affiliation(const Language& language) {
    std::string position = language.positions[Pick(language.positions.size())];
    if (language.given.empty()) position[0] = char(position[0] - 'a' + 'A');
    return position + ", " + language.bodies[Pick(language.bodies.size())];
  }
  std::string Name(const Language& language) {
    if (!language.given.empty())
      return std::string(language.given[Pick(language.given.size())]) + " " + language.family[Pick(language.family.size())];
    std::string name;
    for (int part = 0; part < 2; ++part) {
      std::string word;
      for (int s = 0; s < 3; ++s) word += kSyllables[Pick(std::size(kSyllables))];
      word[0] = char(word[0] - 'a' + 'A');
      name += (part ? " " : "") + word;
    }
    return name;
  }
  size_t Pick(size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(m_random); }

 private:
  std::mt19937_64 m_random;
  WorkshopScript m_script;
};

// The alternatives not yet agreed that some paragraphs end with, in the paragraph's language.
std::string Brackets(const Language& language) {
  if (&language == &kArabic) return " [يجب/ينبغي]";
  if (&language == &kHebrew) return " [חייבים/צריכים]";
  return " [shall/should]";
}

}  // namespace

void GenerateWorkshop(const std::string& path, WorkshopSize size, uint64_t seed, WorkshopScript script,
                      std::string_view passphrase) {
  WorkshopShape shape = ShapeOf(size);
  Text text(seed, script);
  const std::string title = script == WorkshopScript::Latin ? "Generated workshop " : "ورشة مولّدة · סדנה שנוצרה ";
  const std::string today = "2026-01-05";
  auto w = passphrase.empty() ? Workshop::Create(path, title + std::to_string(seed), today)
                              : Workshop::CreateSealed(path, passphrase, title + std::to_string(seed), today);
  w->SetDurable(false);
  while (int(w->Model().parties.size()) < shape.parties) w->AddParty();
  std::vector<Id> parties;
  for (const Party& p : w->Model().parties) parties.push_back(p.id);
  for (int i = 0; i < shape.participants; ++i) {
    const size_t party = size_t(i) % parties.size();
    Id id = w->AddParticipant(parties[party]);
    w->SetText(Field::ParticipantName, id, text.Name(text.Of(party)));
    w->SetText(Field::ParticipantRole, id, text.Affiliation(text.Of(party)));
  }
  for (int s = 1; s < shape.sessions; ++s)
    w->AddSession(SessionDate(s), "Session " + std::to_string(s + 1));
  std::vector<Id> sessions;
  for (const Session& s : w->Model().sessions) sessions.push_back(s.id);
  for (const Participant& p : std::vector<Participant>(w->Model().participants)) w->SetConsent(sessions.front(), p.id, true);

  std::vector<std::vector<Id>> concernsOf(parties.size());
  for (int i = 0; i < shape.concerns; ++i) {
    size_t party = size_t(i) % parties.size();
    Id id = w->AddConcern(sessions[size_t(i) % sessions.size()], parties[party],
                          i % 3 == 0 ? ConcernKind::Fear : ConcernKind::Need, text.Words(8, text.Of(party)),
                          Id(1 + i % 8));
    concernsOf[party].push_back(id);
    if (i % 2 == 0) w->SetAcknowledged(id, true);
  }
  std::vector<Id> options;
  for (int i = 0; i < shape.options; ++i)
    options.push_back(w->AddOption(sessions[size_t(i) % sessions.size()], text.Words(10, text.Of(size_t(i))), 0));
  // Each option is scored on an equal share of the scores, spread over every party's concerns.
  int perOption = shape.options ? shape.scores / shape.options : 0;
  for (size_t o = 0; o < options.size(); ++o)
    for (int k = 0; k < perOption; ++k) {
      const auto& concerns = concernsOf[size_t(k) % parties.size()];
      Id concern = concerns[(o * 7 + size_t(k) / parties.size()) % concerns.size()];
      w->SetScore(options[o], concern, int(text.Pick(5)) - 2);
    }
  for (size_t o = 0; o < options.size() && o < 20; ++o) w->AddStep(options[o], sessions.front(), text.Words(6, text.Of(o)));

  for (int m = 0; m < shape.memos; ++m) {
    Id memo = w->AddMemo("Joint memorandum " + std::to_string(m + 1), "2026-02-01");
    std::vector<Id> sections;
    for (const MemoSection& s : w->Model().sections)
      if (s.memoId == memo) sections.push_back(s.id);
    for (int v = 0; v < shape.versionsPerMemo; ++v) {
      int perVersion = shape.paragraphsPerMemo / shape.versionsPerMemo;
      for (int p = 0; p < perVersion; ++p)
        w->AddParagraph(sections[size_t(p) % sections.size()],
                        text.Words(40, text.Of(size_t(p))) + (p % 5 == 0 ? Brackets(text.Of(size_t(p))) : ""),
                        p % 4 == 0 ? ParagraphStatus::Bracketed : ParagraphStatus::Agreed);
      w->FreezeVersion(memo, "version " + std::to_string(v + 1));
    }
  }
  while (int(w->SessionLog().size()) < shape.logEntries) {
    const size_t n = w->SessionLog().size();
    w->AddLogNote(sessions[n % sessions.size()], text.Words(12, text.Of(n)));
  }
}

}  // namespace parley
