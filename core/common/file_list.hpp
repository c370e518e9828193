#pragma once
#include <string>
#include <vector>

namespace parley {

struct FileEntry {
  std::string name;  // file or folder name, without the folder
  bool isFolder = false;
};

// The sub-folders of `folder` and its files whose names end in `extension` (".parley"), folders
// first, each group by name; hidden entries left out. Empty when the folder cannot be read.
std::vector<FileEntry> ListFolder(const std::string& folder, const std::string& extension);

}  // namespace parley
