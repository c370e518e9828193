#include "core/common/file_list.hpp"

#include <algorithm>
#include <filesystem>

namespace parley {

std::vector<FileEntry> ListFolder(const std::string& folder, const std::string& extension) {
  namespace fs = std::filesystem;
  std::vector<FileEntry> entries;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    bool isFolder = it->is_directory(ec);
    if (isFolder || it->path().extension() == extension) entries.push_back({name, isFolder});
  }
  std::sort(entries.begin(), entries.end(), [](const FileEntry& a, const FileEntry& b) {
    return a.isFolder != b.isFolder ? a.isFolder : a.name < b.name;
  });
  return entries;
}

}  // namespace parley
