#include "core/store/demo.hpp"

#include <filesystem>

#include "core/common/resources.hpp"

namespace parley {

std::unique_ptr<Workshop> CreateFreshDemo(const std::string& path) {
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix, ec);
  return Workshop::CreateFromSql(path, Resource("sessions/demo.sql"));
}

}  // namespace parley
