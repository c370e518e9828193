#pragma once
#include <string>
#include <string_view>

namespace parley {

// Writes `bytes` to `path` through a temporary file in the same folder, synced and renamed over
// `path`, so that readers see the old file or the new one and never a part. Throws
// parley::Error, leaving `path` as it was.
void WriteFileAtomically(const std::string& path, std::string_view bytes);

}  // namespace parley
