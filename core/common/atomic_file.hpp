#pragma once
#include <string>
#include <string_view>

namespace parley {

// Files Parley writes are readable by their owner only (0600), and the folders it makes 0700:
// a workshop's record and settings can name people whom it would endanger.

// Whether the folder of the file may be made on the way: Parley's own configuration folder may,
// but a file goes where the facilitator said, or nowhere.
enum class MissingFolder { Refuse, Create };

// Writes `bytes` to `path` through a temporary file in the same folder, synced and renamed over
// `path`, so that readers see the old file or the new one and never a part. Throws
// parley::Error, leaving `path` as it was.
void WriteFileAtomically(const std::string& path, std::string_view bytes,
                         MissingFolder missing = MissingFolder::Refuse);

// Makes `folder` and every missing folder above it, each readable by its owner only (0700);
// folders already there keep their permissions. Returns whether `folder` is now a folder.
bool MakePrivateFolders(const std::string& folder);

}  // namespace parley
