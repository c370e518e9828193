#pragma once
// Keys and passphrases of sealed workshops (../shared/design/sealed-workshops.md): bytes held in
// libsodium's guarded memory and wiped when dropped (pitfall 10), and the key derivation,
// Argon2id, whose cost each sealed file records in its header.
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace parley::sealed {

// Bytes in sodium_malloc'd memory (guard pages around it, kept out of swap), wiped and freed on
// destruction (pitfall 10). Move-only: a key has one owner.
class SecretBytes {
 public:
  // `size` bytes, zeroed. Throws parley::Error when the memory cannot be had.
  explicit SecretBytes(size_t size);
  SecretBytes(SecretBytes&& other) noexcept;
  SecretBytes& operator=(SecretBytes&& other) noexcept;
  SecretBytes(const SecretBytes&) = delete;
  SecretBytes& operator=(const SecretBytes&) = delete;
  ~SecretBytes();

  uint8_t* Data() { return m_data; }
  const uint8_t* Data() const { return m_data; }
  size_t Size() const { return m_size; }

 private:
  uint8_t* m_data = nullptr;  // sodium_malloc'd, null once moved from
  size_t m_size = 0;
};

// Argon2id's cost: passes over the memory and the memory in bytes.
struct KdfCost {
  uint64_t ops = 0;
  uint64_t memBytes = 0;
  bool operator==(const KdfCost&) const = default;
};

// The cost of every file Parley makes: about a second on a laptop of today, the design note's
// measurement (ops 3, 256 MiB), so that guessing passphrases costs an attacker a second each.
constexpr KdfCost kStrongCost{3, uint64_t(256) << 20};
// The bounds a header's cost must keep: libsodium's minimum, and no more than a laptop can give
// (a damaged or hostile header must not make Parley try to allocate terabytes).
constexpr KdfCost kLeastCost{1, 8192};
constexpr KdfCost kMostCost{16, uint64_t(2) << 30};

// The cost a new sealed file gets: kStrongCost, unless a test lowered it (sealed_testing.hpp).
KdfCost CreationCost();

constexpr size_t kKeySize = 32;   // XChaCha20-Poly1305's key
constexpr size_t kSaltSize = 16;  // crypto_pwhash_SALTBYTES

// Argon2id (version 1.3, one lane) of `passphrase` and `salt` at `cost`: a kKeySize key.
// Throws parley::Error when the cost is out of bounds or the memory cannot be had.
SecretBytes DeriveKey(std::string_view passphrase, const uint8_t (&salt)[kSaltSize], KdfCost cost);

// Initialises libsodium (once per process) and turns core dumps off, so that no key reaches a
// dump (pitfall 10). Throws parley::Error when libsodium cannot start. Every function of the
// sealed store calls it first.
void StartSodium();

}  // namespace parley::sealed
