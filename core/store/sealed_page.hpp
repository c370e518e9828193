#pragma once
// One page of a sealed workshop, as it lies on disk: SQLite's 4096-byte page whose last 40
// bytes SQLite leaves to us (its "reserved bytes", pitfall 6), encrypted with
// XChaCha20-Poly1305: the first 4056 bytes in place, then the 24-byte nonce and the 16-byte tag.
// The associated data binds a page to its file and its place, so that a page copied to
// another file or another place fails its check.
#include <cstddef>
#include <cstdint>

#include "core/store/sealed_key.hpp"

namespace parley::sealed {

constexpr size_t kPageSize = 4096;
constexpr size_t kReserve = 40;  // the bytes SQLite leaves at the end of each page
constexpr size_t kNonceSize = 24;
constexpr size_t kTagSize = 16;
constexpr size_t kSealedBytes = kPageSize - kReserve;  // encrypted in place
constexpr size_t kFileIdSize = 16;
static_assert(kNonceSize + kTagSize == kReserve);

// Where a page lies: in the database at a page number, or in the WAL at a byte offset.
enum class PageHome : uint8_t { Database = 0, Wal = 1 };

struct PagePlace {
  const uint8_t* fileId;  // kFileIdSize bytes, random per file (the header's)
  PageHome home;
  uint64_t location;  // the page number in the database, the frame's offset in the WAL
};

// Encrypts the kPageSize bytes at `plain` into `out` (kPageSize bytes) under `key` with `nonce`
// (kNonceSize bytes; a fresh random one for every write, which SealPageFresh takes). Throws
// parley::Error when the cipher cannot run (memory), as OpenPage does.
void SealPage(const SecretBytes& key, const PagePlace& place, const uint8_t* plain,
              const uint8_t* nonce, uint8_t* out);
// SealPage with a fresh random nonce: what every write does.
void SealPageFresh(const SecretBytes& key, const PagePlace& place, const uint8_t* plain, uint8_t* out);
// Decrypts the kPageSize bytes at `sealed` into `out` (kPageSize bytes), the reserved bytes
// zeroed: SQLite's WAL checksums cover them, and a recovery that sees other bytes there than
// it wrote drops every commit since the last checkpoint (pitfall 1). Returns false, leaving
// `out` zeroed, when the page fails its check (damaged, another file's, or another place's).
// `out` may be `sealed` itself: the page is then decrypted in place. Throws parley::Error when
// the cipher cannot run (memory).
bool OpenPage(const SecretBytes& key, const PagePlace& place, const uint8_t* sealed, uint8_t* out);

}  // namespace parley::sealed
