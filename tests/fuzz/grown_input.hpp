#pragma once
// Large inputs from small seeds, for both fuzz targets: the importers' limits and their time at
// scale (100,000 rows, objects of 100,000 members) are reached without megabytes in the corpus.
//
// A seed of the form "GROW <count>\n<prefix>@@<unit>@@<suffix>" stands for <prefix>, then <unit>
// <count> times with each '#' in it replaced by the repetition's number (so that names and keys
// differ), then <suffix>. Any other input stands for itself; so does a malformed seed, which
// libFuzzer's mutations make often and which must work as any other bytes do.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace parley::fuzz {

// The largest count a seed may give: above the importers' limits (100,001 rows are refused).
// What a grown input may reach in bytes each target bounds for itself.
constexpr uint64_t kMaxGrowCount = 1'100'000;

// `input` grown, to at most about `maxBytes` (each target gives its own, so that a count raised by
// a mutation keeps a run well within libFuzzer's timeout).
inline std::string Grown(std::string_view input, size_t maxBytes) {
  constexpr std::string_view kMagic = "GROW ";
  constexpr std::string_view kMark = "@@";
  if (!input.starts_with(kMagic)) return std::string(input);
  size_t newline = input.find('\n');
  size_t first = input.find(kMark, newline == input.npos ? input.size() : newline);
  size_t second = first == input.npos ? input.npos : input.find(kMark, first + kMark.size());
  if (newline == input.npos || second == input.npos) return std::string(input);
  uint64_t count = 0;
  for (char c : input.substr(kMagic.size(), newline - kMagic.size())) {
    if (c < '0' || c > '9' || count > kMaxGrowCount) return std::string(input);
    count = count * 10 + uint64_t(c - '0');
  }
  if (count > kMaxGrowCount) return std::string(input);
  std::string_view prefix = input.substr(newline + 1, first - newline - 1);
  std::string_view unit = input.substr(first + kMark.size(), second - first - kMark.size());
  std::string_view suffix = input.substr(second + kMark.size());
  std::string out(prefix);
  for (uint64_t n = 0; n < count && out.size() <= maxBytes; ++n)
    for (char c : unit) {
      if (c == '#')
        out += std::to_string(n);
      else
        out += c;
    }
  return out + std::string(suffix);
}

}  // namespace parley::fuzz
