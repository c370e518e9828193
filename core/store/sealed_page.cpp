#include "core/store/sealed_page.hpp"

#include <sodium.h>

#include <cstring>

namespace parley::sealed {

namespace {

constexpr size_t kPlaceSize = kFileIdSize + 1 + 8;

// The associated data: file id, home, location (little-endian).
void PlaceBytes(const PagePlace& place, uint8_t (&out)[kPlaceSize]) {
  std::memcpy(out, place.fileId, kFileIdSize);
  out[kFileIdSize] = uint8_t(place.home);
  for (size_t i = 0; i < 8; ++i) out[kFileIdSize + 1 + i] = uint8_t(place.location >> (8 * i));
}

}  // namespace

void SealPage(const SecretBytes& key, const PagePlace& place, const uint8_t* plain,
              const uint8_t* nonce, uint8_t* out) {
  static_assert(kNonceSize == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  static_assert(kTagSize == crypto_aead_xchacha20poly1305_ietf_ABYTES);
  uint8_t ad[kPlaceSize];
  PlaceBytes(place, ad);
  unsigned long long tagSize = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt_detached(out, out + kSealedBytes + kNonceSize, &tagSize,
                                                      plain, kSealedBytes, ad, sizeof ad, nullptr,
                                                      nonce, key.Data());
  std::memcpy(out + kSealedBytes, nonce, kNonceSize);
}

void SealPageFresh(const SecretBytes& key, const PagePlace& place, const uint8_t* plain, uint8_t* out) {
  uint8_t nonce[kNonceSize];
  randombytes_buf(nonce, sizeof nonce);
  SealPage(key, place, plain, nonce, out);
}

bool OpenPage(const SecretBytes& key, const PagePlace& place, const uint8_t* sealed, uint8_t* out) {
  uint8_t ad[kPlaceSize];
  PlaceBytes(place, ad);
  bool good = crypto_aead_xchacha20poly1305_ietf_decrypt_detached(
                  out, nullptr, sealed, kSealedBytes, sealed + kSealedBytes + kNonceSize, ad,
                  sizeof ad, sealed + kSealedBytes, key.Data()) == 0;
  if (!good) std::memset(out, 0, kSealedBytes);
  std::memset(out + kSealedBytes, 0, kReserve);  // pitfall 1
  return good;
}

}  // namespace parley::sealed
