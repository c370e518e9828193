#include "core/store/sealed_header.hpp"

#include <sodium.h>

#include <algorithm>
#include <cstring>

namespace parley::sealed {

namespace {

constexpr size_t kAdEnd = 104;     // the fields the sealed data key is bound to
constexpr size_t kSumAt = 152;     // the checksum of everything before it
constexpr size_t kSumSize = 32;
constexpr size_t kUsed = kSumAt + kSumSize;
constexpr uint32_t kArgon2id = 2;  // crypto_pwhash_ALG_ARGON2ID13

uint64_t Get(std::span<const uint8_t> bytes, size_t at, size_t size) {
  uint64_t value = 0;
  for (size_t i = 0; i < size; ++i) value |= uint64_t(bytes[at + i]) << (8 * i);
  return value;
}

void Put(uint8_t* bytes, size_t at, size_t size, uint64_t value) {
  for (size_t i = 0; i < size; ++i) bytes[at + i] = uint8_t(value >> (8 * i));
}

void Checksum(const uint8_t* bytes, uint8_t (&out)[kSumSize]) {
  crypto_generichash(out, kSumSize, bytes, kSumAt, nullptr, 0);
}

HeaderReading Damaged(std::string detail) {
  return {HeaderFinding::Damaged, {}, std::move(detail)};
}

}  // namespace

bool HasMagic(std::span<const uint8_t> bytes) {
  return bytes.size() >= sizeof kMagic && std::memcmp(bytes.data(), kMagic, sizeof kMagic) == 0;
}

HeaderReading ReadHeader(std::span<const uint8_t> bytes) {
  StartSodium();
  if (!HasMagic(bytes)) return {};
  if (bytes.size() < kHeaderSize) return Damaged("its header is cut short");
  uint64_t version = Get(bytes, 16, 4);
  // A later format may lay out the rest otherwise: its version alone is read.
  if (version > kHeaderVersion) return {HeaderFinding::NewerVersion, {}, ""};
  uint8_t sum[kSumSize];
  Checksum(bytes.data(), sum);
  if (sodium_memcmp(sum, bytes.data() + kSumAt, kSumSize) != 0)
    return Damaged("its header does not match its checksum");
  if (version != kHeaderVersion || Get(bytes, 20, 4) != kArgon2id)
    return Damaged("its header names a format that does not exist");
  if (Get(bytes, 72, 4) != kPageSize || Get(bytes, 76, 4) != kReserve)
    return Damaged("its header names another page layout");
  if (!std::all_of(bytes.begin() + kUsed, bytes.begin() + kHeaderSize, [](uint8_t b) { return b == 0; }))
    return Damaged("its header holds bytes where there should be none");
  HeaderReading reading{HeaderFinding::Good, {}, ""};
  Header& h = reading.header;
  h.cost = {Get(bytes, 24, 8), Get(bytes, 32, 8)};
  if (h.cost.ops < kLeastCost.ops || h.cost.ops > kMostCost.ops ||
      h.cost.memBytes < kLeastCost.memBytes || h.cost.memBytes > kMostCost.memBytes)
    return Damaged("its header asks for a key derivation beyond what Parley makes");
  std::memcpy(h.salt, bytes.data() + 40, kSaltSize);
  std::memcpy(h.fileId, bytes.data() + 56, kFileIdSize);
  std::memcpy(h.keyNonce, bytes.data() + 80, kNonceSize);
  std::memcpy(h.sealedKey, bytes.data() + kAdEnd, sizeof h.sealedKey);
  return reading;
}

NewHeader MakeHeader(std::string_view passphrase, KdfCost cost) {
  StartSodium();
  NewHeader made{{}, {}, SecretBytes(kKeySize)};
  made.bytes.fill(0);
  uint8_t* b = made.bytes.data();
  std::memcpy(b, kMagic, sizeof kMagic);
  Put(b, 16, 4, kHeaderVersion);
  Put(b, 20, 4, kArgon2id);
  Put(b, 24, 8, cost.ops);
  Put(b, 32, 8, cost.memBytes);
  randombytes_buf(b + 40, kSaltSize);
  randombytes_buf(b + 56, kFileIdSize);
  Put(b, 72, 4, kPageSize);
  Put(b, 76, 4, kReserve);
  randombytes_buf(b + 80, kNonceSize);
  randombytes_buf(made.dataKey.Data(), kKeySize);
  uint8_t salt[kSaltSize];
  std::memcpy(salt, b + 40, kSaltSize);
  SecretBytes wrapping = DeriveKey(passphrase, salt, cost);
  crypto_aead_xchacha20poly1305_ietf_encrypt(b + kAdEnd, nullptr, made.dataKey.Data(), kKeySize, b,
                                             kAdEnd, nullptr, b + 80, wrapping.Data());
  uint8_t sum[kSumSize];
  Checksum(b, sum);
  std::memcpy(b + kSumAt, sum, kSumSize);
  made.header = ReadHeader(made.bytes).header;
  return made;
}

std::optional<SecretBytes> OpenDataKey(const Header& header, std::string_view passphrase) {
  // The associated data is rebuilt from the fields as read, so that it is exactly what was sealed.
  uint8_t ad[kAdEnd] = {};
  std::memcpy(ad, kMagic, sizeof kMagic);
  Put(ad, 16, 4, kHeaderVersion);
  Put(ad, 20, 4, kArgon2id);
  Put(ad, 24, 8, header.cost.ops);
  Put(ad, 32, 8, header.cost.memBytes);
  std::memcpy(ad + 40, header.salt, kSaltSize);
  std::memcpy(ad + 56, header.fileId, kFileIdSize);
  Put(ad, 72, 4, kPageSize);
  Put(ad, 76, 4, kReserve);
  std::memcpy(ad + 80, header.keyNonce, kNonceSize);
  SecretBytes wrapping = DeriveKey(passphrase, header.salt, header.cost);
  SecretBytes key(kKeySize);
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(key.Data(), nullptr, nullptr, header.sealedKey,
                                                 sizeof header.sealedKey, ad, sizeof ad,
                                                 header.keyNonce, wrapping.Data()) != 0)
    return std::nullopt;
  return key;
}

}  // namespace parley::sealed
