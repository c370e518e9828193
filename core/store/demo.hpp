#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/store/workshop.hpp"

namespace parley {

// An example workshop Parley carries as SQL text (sessions/), every name and event in it
// invented, opened as a fresh copy so that it can be tried and spoilt freely.
struct DemoWorkshop {
  const char* name;         // what `parley --demo NAME` takes: "aldra", "aquifer"
  const char* sql;          // its resource, e.g. "sessions/demo.sql"
  const char* file;         // its copy's file name in the data folder, e.g. "demo.parley"
  const char* button;       // the start screen's button that opens it
  const char* description;  // one line beside that button and in the File menu
};

// The example workshops; the first is the demo that a plain `parley --demo` opens.
const std::vector<DemoWorkshop>& DemoWorkshops();

// The example workshop called `name`; nullptr when there is none.
const DemoWorkshop* FindDemo(std::string_view name);

// Replaces the file at `path` with a fresh copy of the example workshop `demo` and opens it.
// Throws parley::Error.
std::unique_ptr<Workshop> CreateFreshDemo(const std::string& path,
                                          const DemoWorkshop& demo = DemoWorkshops().front());

}  // namespace parley
