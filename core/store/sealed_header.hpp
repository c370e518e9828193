#pragma once
// The first 4096 bytes of a sealed workshop: what makes it Parley's, how its key is derived
// from the passphrase, and the random data key of its pages, sealed under that key.
//
//   offset size  field (integers little-endian)
//        0   16  magic "Parley sealed" and three zero bytes
//       16    4  format version (1)
//       20    4  key derivation: 2, Argon2id 1.3 (libsodium's crypto_pwhash_ALG_ARGON2ID13)
//       24    8  its passes
//       32    8  its memory in bytes
//       40   16  its salt
//       56   16  the file's id (random; bound into every page's associated data)
//       72    4  page size (4096)
//       76    4  reserved bytes per page (40: nonce and tag)
//       80   24  the nonce that seals the data key
//      104   48  the data key sealed with XChaCha20-Poly1305 (32 bytes and the tag), under the
//                key derived from the passphrase, with bytes 0..104 as associated data
//      152   32  BLAKE2b-256 of bytes 0..152
//      184 3912  zeros
// The checksum tells a damaged header from a wrong passphrase (as KeePassXC's KDBX4 does):
// when it matches and the data key does not open, the passphrase is wrong; an attacker who
// rewrites the header and its checksum gets "wrong passphrase", never a key.
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/store/sealed_key.hpp"
#include "core/store/sealed_page.hpp"

namespace parley::sealed {

constexpr size_t kHeaderSize = 4096;
constexpr uint32_t kHeaderVersion = 1;
constexpr char kMagic[16] = "Parley sealed";  // and its zero bytes up to 16

struct Header {
  KdfCost cost;
  uint8_t salt[kSaltSize] = {};
  uint8_t fileId[kFileIdSize] = {};
  uint8_t keyNonce[kNonceSize] = {};
  uint8_t sealedKey[kKeySize + kTagSize] = {};
};

// What reading a header found.
enum class HeaderFinding {
  Good,
  NotSealed,     // no magic: not a sealed workshop (perhaps a plain one)
  NewerVersion,  // a format this Parley does not know
  Damaged,       // the magic, but the rest does not hold together
};

struct HeaderReading {
  HeaderFinding finding = HeaderFinding::NotSealed;
  Header header;       // when Good
  std::string detail;  // what is wrong, for the message, when Damaged
};

// True when `bytes` begin with the magic (a sealed workshop, perhaps damaged).
bool HasMagic(std::span<const uint8_t> bytes);

// Reads the header at the start of `bytes` (the file's first kHeaderSize bytes, or fewer when
// the file is shorter). Never derives a key, never throws: any bytes at all are safe to read.
HeaderReading ReadHeader(std::span<const uint8_t> bytes);

// A header for a new file: a fresh salt, file id and data key, the data key sealed under
// `passphrase` at `cost`. Throws parley::Error (memory).
struct NewHeader {
  std::array<uint8_t, kHeaderSize> bytes;
  Header header;
  SecretBytes dataKey;
};
NewHeader MakeHeader(std::string_view passphrase, KdfCost cost);

// The data key of `header` when `passphrase` is the file's; nothing when it is not.
// Throws parley::Error (memory).
std::optional<SecretBytes> OpenDataKey(const Header& header, std::string_view passphrase);

}  // namespace parley::sealed
