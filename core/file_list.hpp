#pragma once
#include <string>
#include <vector>

namespace parley {

struct FileEntry {
  std::string name;  // file or folder name, without the folder
  bool isFolder = false;
};

// The sub-folders and *.parley files of `folder`, folders first, each group by name; hidden
// entries left out. Empty when the folder cannot be read.
std::vector<FileEntry> ListWorkshopFolder(const std::string& folder);

}  // namespace parley
