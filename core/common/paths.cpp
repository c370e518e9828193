#include "core/common/paths.hpp"

#include <cstdlib>

namespace parley {

namespace {
std::string XdgDir(const char* variable, const char* fallback) {
  const char* value = std::getenv(variable);
  if (value && *value == '/') return std::string(value) + "/parley";
  const char* home = std::getenv("HOME");
  return std::string(home && *home ? home : ".") + "/" + fallback + "/parley";
}
}  // namespace

std::string DataDir() { return XdgDir("XDG_DATA_HOME", ".local/share"); }
std::string ConfigDir() { return XdgDir("XDG_CONFIG_HOME", ".config"); }

}  // namespace parley
