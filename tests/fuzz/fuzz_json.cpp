// Fuzz target: the JSON import (WorkshopFromJson) on any bytes (or a seed grown large, see
// grown_input.hpp). It must refuse with a
// parley::Error that says what to do, or make a workshop whose export imports again to the same
// bytes; never crash, hang or trip a sanitizer.
#include <stdlib.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "core/common/error.hpp"
#include "core/interchange/workshop_json.hpp"
#include "grown_input.hpp"

namespace {

// A folder of the target's own for the workshops it makes, removed when the process ends.
class Scratch {
 public:
  Scratch() {
    std::string pattern = (std::filesystem::temp_directory_path() / "parley_fuzz_XXXXXX").string();
    if (!mkdtemp(pattern.data())) abort();
    m_dir = pattern;
  }
  ~Scratch() {
    std::error_code ec;
    std::filesystem::remove_all(m_dir, ec);
  }
  std::string File(const char* name) const { return m_dir + "/" + name; }

 private:
  std::string m_dir;
};

// Imports `json` to `path`; false when it is refused as it should be: with advice.
bool Import(std::string_view json, const std::string& path) {
  try {
    parley::WorkshopFromJson(json, path);
    return true;
  } catch (const parley::Error& e) {
    if (e.Advice().empty()) abort();
    if (std::filesystem::exists(path)) abort();  // a refused import writes nothing
    return false;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Scratch scratch;
  const std::string first = scratch.File("first.parley"), second = scratch.File("second.parley");
  // 1.5 MB: objects of 100,000 members (36 s to parse before the shape was checked first), and
  // valid documents (some 13,000 participants) whose import, export and import again stay well
  // within `make fuzz`'s timeout of 10 s.
  const std::string input =
      parley::fuzz::Grown(std::string_view(reinterpret_cast<const char*>(data), size), size_t(3) << 19);
  if (Import(input, first)) {
    std::string exported = parley::WorkshopToJson(first);
    if (!Import(exported, second) || parley::WorkshopToJson(second) != exported) abort();
  }
  std::error_code ec;
  for (const std::string& path : {first, second}) std::filesystem::remove(path, ec);
  return 0;
}
