#pragma once
#include <string>
#include <string_view>

namespace parley {

// Whether the folder of the file may be made on the way: Parley's own configuration folder may,
// but a file goes where the facilitator said, or nowhere.
enum class MissingFolder { Refuse, Create };

// Writes `bytes` to `path` through a temporary file in the same folder, synced and renamed over
// `path`, so that readers see the old file or the new one and never a part. Throws
// parley::Error, leaving `path` as it was.
void WriteFileAtomically(const std::string& path, std::string_view bytes,
                         MissingFolder missing = MissingFolder::Refuse);

}  // namespace parley
