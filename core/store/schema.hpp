#pragma once
#include <cstdint>
#include <span>
#include <string_view>

namespace parley::schema {

// `PRAGMA application_id` of every Parley workshop: "PRLY".
constexpr int64_t kApplicationId = 0x50524C59;

// Migration i takes a file from `PRAGMA user_version` i to i + 1. A file at version 0 is empty.
// Released steps are never edited: a new schema change is a new step at the end.
std::span<const std::string_view> Migrations();

// The version a file has after every migration: the version this build writes.
inline int64_t CurrentVersion() { return int64_t(Migrations().size()); }

}  // namespace parley::schema
