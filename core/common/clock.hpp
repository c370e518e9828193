#pragma once
#include <chrono>
#include <string>
#include <string_view>

namespace parley {

// A time stamp as written in the workshop file: UTC, ISO 8601, "2026-11-23T09:15:00Z".
std::string IsoTime(std::chrono::system_clock::time_point t);
// Today's local date, "2026-11-23".
std::string LocalDate();
// Whether `text` is a date as the workshop file keeps it: ISO 8601 "YYYY-MM-DD", a day that
// exists in the calendar (2026-02-30 does not).
bool IsIsoDate(std::string_view text);

}  // namespace parley
