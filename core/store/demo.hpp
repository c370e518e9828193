#pragma once
#include <memory>
#include <string>

#include "core/store/workshop.hpp"

namespace parley {

// Replaces the file at `path` with a fresh copy of the demo workshop (sessions/demo.sql) and
// opens it. Throws parley::Error.
std::unique_ptr<Workshop> CreateFreshDemo(const std::string& path);

}  // namespace parley
