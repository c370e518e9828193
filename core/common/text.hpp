#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace parley {

// `text` without leading and trailing ASCII white space.
std::string Trim(std::string_view text);
// `text` with its ASCII letters in lower case; other bytes (UTF-8) as they are.
std::string AsciiLower(std::string_view text);
// The paragraphs of `text`: runs of non-empty lines separated by blank lines, each joined with
// single spaces and trimmed. Lines starting with '#' are comments and left out.
std::vector<std::string> Paragraphs(std::string_view text);
// The non-empty lines of `text`, trimmed, leaving out '#' comment lines.
std::vector<std::string> Lines(std::string_view text);
// `n` and the word for that many: "1 need", "3 needs".
std::string Counted(int n, const char* one, const char* many);
// An English list: "a", "a and b", "a, b and c" (or "a, b or c" with `conjunction` "or").
std::string JoinList(const std::vector<std::string>& items, std::string_view conjunction = "and");

}  // namespace parley
