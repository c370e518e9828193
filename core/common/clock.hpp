#pragma once
#include <chrono>
#include <string>

namespace parley {

// A time stamp as written in the workshop file: UTC, ISO 8601, "2026-11-23T09:15:00Z".
std::string IsoTime(std::chrono::system_clock::time_point t);
// Today's local date, "2026-11-23".
std::string LocalDate();

}  // namespace parley
