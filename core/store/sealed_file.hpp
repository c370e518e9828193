#pragma once
// Sealing a new workshop file and unlocking an existing one: from a passphrase to the VFS that
// reads and writes the file (sealed_vfs.hpp). The key is derived before SQLite opens anything,
// so that a wrong passphrase or a damaged header is refused with the file untouched.
#include <memory>
#include <string>
#include <string_view>

#include "core/store/sealed_vfs.hpp"

namespace parley::sealed {

// Whether the file at `path` begins as a sealed workshop (its magic), damaged or not.
bool IsSealedFile(const std::string& path);

// The VFS of a new sealed file: a fresh header at CreationCost(), its data key sealed under
// `passphrase`. The caller makes the file with SealedVfs::WriteNewFile. Throws parley::Error,
// before any work, for a passphrase Workshop::PassphraseProblem refuses (too short).
std::shared_ptr<const SealedVfs> SealNewFile(std::string_view passphrase);

// The VFS of the sealed file at `path`, unlocked with `passphrase`. Throws parley::Error,
// reading nothing but the header and writing nothing, when the file is not a sealed
// workshop, its header is damaged or of a newer Parley, or the passphrase is wrong.
std::shared_ptr<const SealedVfs> UnlockFile(const std::string& path, std::string_view passphrase);

// `open`, the VFS of the sealed file at `path` that is open, when `passphrase` is its passphrase
// (SealedVfs::Opens: no file read). Throws parley::Error, as UnlockFile does for a wrong one.
std::shared_ptr<const SealedVfs> CheckPassphrase(std::shared_ptr<const SealedVfs> open, const std::string& path,
                                                 std::string_view passphrase);

}  // namespace parley::sealed
