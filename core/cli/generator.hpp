#pragma once
// Workshops of a given size for the benchmark and the round-trip tests, made through the
// same edit API the views use (so the file holds what a real workshop would), deterministic
// from a seed.
#include <cstdint>
#include <string>
#include <string_view>

namespace parley {

enum class WorkshopSize { Typical, Large };

// What a generated workshop is written in: Latin letters (English words, names of syllables),
// or Arabic and Hebrew (the parties alternate between the two, each writing its names,
// affiliations and concerns in its own; options, steps, the memos' paragraphs and the log
// alternate too), for measuring the screens on text written right to left.
enum class WorkshopScript { Latin, ArabicHebrew };

struct WorkshopShape {
  int participants, parties, sessions, concerns, options, scores;
  int memos, paragraphsPerMemo, versionsPerMemo;
  int logEntries;  // the session log is filled up to this many lines
};

// typical: 20 participants, 3 parties, 5 sessions, 250 concerns, 80 options, 800 scores,
// 2 memos of 40 paragraphs with 3 versions. large: 120, 4, 40, 5,000, 1,500, 60,000, 10 memos
// of 200 paragraphs with 5 versions, a log of 50,000 lines.
WorkshopShape ShapeOf(WorkshopSize size);

// Writes a new workshop file at `path` (which must not exist). Edits are written without
// waiting for the disk (synchronous off): a generated file is no record to lose, and the large
// one takes a hundred thousand edits. Sealed with `passphrase` unless it is empty. Throws
// parley::Error.
void GenerateWorkshop(const std::string& path, WorkshopSize size, uint64_t seed,
                      WorkshopScript script = WorkshopScript::Latin, std::string_view passphrase = {});

}  // namespace parley
