#include "core/method/language_tag.hpp"

#include <cctype>
#include <vector>

#include "core/common/text.hpp"
#include "core/common/unicode_text.hpp"

namespace parley {

namespace {

struct Language {
  const char* tag;
  std::vector<const char*> names;  // in English and in the language itself, as normalised
};

// The languages of the conflicts Parley's workshops are about, and of their facilitators.
// Names are compared after NormaliseForMatching (case and accents do not matter).
const std::vector<Language>& Languages() {
  static const std::vector<Language> languages = {
      {"ar", {"arabic", "العربية", "عربية", "عربي", "العربي"}},
      {"he", {"hebrew", "עברית", "ivrit"}},
      {"fa", {"persian", "farsi", "فارسی", "فارسي"}},
      {"ur", {"urdu", "اردو", "اُردو"}},
      {"en", {"english"}},
      {"fr", {"french", "francais"}},
      {"de", {"german", "deutsch"}},
      {"es", {"spanish", "espanol"}},
      {"ru", {"russian", "русский"}},
      {"uk", {"ukrainian", "українська"}},
      {"ka", {"georgian", "ქართული"}},
      {"ab", {"abkhaz", "abkhazian", "аҧсуа"}},
      {"os", {"ossetian", "ossetic", "ирон"}},
      {"hy", {"armenian", "հայերեն"}},
      {"az", {"azerbaijani", "azeri", "azərbaycan"}},
      {"el", {"greek", "ελληνικα"}},
      {"tr", {"turkish", "turkce"}},
      {"ku", {"kurdish", "kurdi"}},
      {"sr", {"serbian", "српски", "srpski"}},
      {"sq", {"albanian", "shqip"}},
      {"tg", {"tajik", "тоҷикӣ"}},
  };
  return languages;
}

// A tag as BCP 47 writes one: a primary subtag of two or three letters, then subtags of
// letters and digits after hyphens ("ar", "he-IL", "sr-Latn-RS").
bool LooksLikeTag(std::string_view text) {
  size_t letters = 0;
  while (letters < text.size() && std::isalpha(static_cast<unsigned char>(text[letters]))) ++letters;
  if (letters < 2 || letters > 3) return false;
  if (letters == text.size()) return true;
  if (text[letters] != '-' || text.size() > 35) return false;
  for (char c : text.substr(letters))
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') return false;
  return text.back() != '-';
}

}  // namespace

std::string LanguageTag(std::string_view language) {
  const std::string trimmed = Trim(language);
  if (LooksLikeTag(trimmed)) {
    // The primary subtag in lower case, the rest as written.
    std::string tag = trimmed;
    for (size_t i = 0; i < tag.size() && tag[i] != '-'; ++i)
      tag[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(tag[i])));
    return tag;
  }
  // The first word that names a language: words are runs of letters, so "Arabic/Hebrew",
  // "Arabic, with interpretation" and "العربية والعبرية" all begin with Arabic. (The Arabic
  // "and" is a prefix, "والعبرية": the first word alone is looked at before it.)
  const std::string norm = NormaliseForMatching(trimmed);
  size_t i = 0;
  while (i < norm.size()) {
    while (i < norm.size() && !IsWordCharacter(DecodeAt(norm, i).codePoint)) i += DecodeAt(norm, i).length;
    size_t end = i;
    while (end < norm.size() && IsWordCharacter(DecodeAt(norm, end).codePoint)) end += DecodeAt(norm, end).length;
    const std::string_view word = std::string_view(norm).substr(i, end - i);
    for (const Language& language : Languages())
      for (const char* name : language.names)
        if (word == NormaliseForMatching(name)) return language.tag;
    i = end;
  }
  return "und";
}

}  // namespace parley
