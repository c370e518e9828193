#pragma once
// The workshop's language as the exports declare it: set-up keeps it as typed ("English, with
// interpretation", "العربية والعبرية", "he"), the memo's HTML `lang` and its base direction need
// a BCP 47 tag.
#include <string>
#include <string_view>

namespace parley {

// The BCP 47 tag of the first language named in `language`: a tag as it stands ("ar",
// "sr-Latn-RS"), or a language's name in English or in itself, in any case ("Hebrew",
// "עברית", "Arabic and English" gives "ar"). "und" when it names none Parley knows.
std::string LanguageTag(std::string_view language);

}  // namespace parley
