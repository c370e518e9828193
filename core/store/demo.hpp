#pragma once
#include <memory>
#include <string>

#include "core/store/workshop.hpp"

namespace parley {

// Where `parley --demo` keeps its copy of the demo workshop: DataDir()/demo.parley.
std::string DemoPath();
// Replaces the file at `path` with a fresh copy of the demo workshop (sessions/demo.sql) and
// opens it. Throws parley::Error.
std::unique_ptr<Workshop> CreateFreshDemo(const std::string& path);

}  // namespace parley
