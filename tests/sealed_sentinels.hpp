#pragma once
// The words the sealed tests write into a workshop, in the scripts of the workshops Parley serves,
// and the scan of a workshop's files for them: none may be found in a sealed file beside the record.
#include <string>
#include <vector>

#include "temp_dir.hpp"

namespace parley::test {

inline const std::vector<std::string> kSentinels = {
    "ნინო ბერიძე", "Νίκος Παπαδόπουλος", "Олена Гринюк", "שרה לוי", "ليلى حداد", "Marta Kovač",
    "SENTINEL-7f3a", "Reconciliation of Tskhinvali", "ბერიძე", "Гринюк"};

// The sentinels found in the file at `path`, its -wal and its -shm, as "file: word".
inline std::vector<std::string> SentinelsOnDisk(const std::string& path) {
  std::vector<std::string> found;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    std::string bytes = ReadBytes(path + suffix);
    for (const std::string& word : kSentinels)
      if (bytes.find(word) != std::string::npos) found.push_back(path + suffix + ": " + word);
  }
  return found;
}

}  // namespace parley::test
