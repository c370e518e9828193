#include "core/store/demo.hpp"

#include <filesystem>

#include "core/common/resources.hpp"

namespace parley {

const std::vector<DemoWorkshop>& DemoWorkshops() {
  static const std::vector<DemoWorkshop> demos = {
      {"aldra", "sessions/demo.sql", "demo.parley", "Open the demo workshop",
       "The Aldra valley: two towns, a copper mine and a poisoned river (in English)"},
      {"aquifer", "sessions/aquifer.sql", "demo-aquifer.parley", "Open the aquifer workshop",
       "The water under the hills: two towns and a shared aquifer (in Arabic, Hebrew and English)"},
  };
  return demos;
}

const DemoWorkshop* FindDemo(std::string_view name) {
  for (const DemoWorkshop& demo : DemoWorkshops())
    if (name == demo.name) return &demo;
  return nullptr;
}

std::unique_ptr<Workshop> CreateFreshDemo(const std::string& path, const DemoWorkshop& demo) {
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix, ec);
  return Workshop::CreateFromSql(path, Resource(demo.sql));
}

}  // namespace parley
