#include "core/store/sealed_page.hpp"

#include <openssl/evp.h>
#include <sodium.h>

#include <cstring>

#include "core/common/error.hpp"

namespace parley::sealed {

namespace {

constexpr size_t kPlaceSize = kFileIdSize + 1 + 8;

// The associated data: file id, home, location (little-endian).
void PlaceBytes(const PagePlace& place, uint8_t (&out)[kPlaceSize]) {
  std::memcpy(out, place.fileId, kFileIdSize);
  out[kFileIdSize] = uint8_t(place.home);
  for (size_t i = 0; i < 8; ++i) out[kFileIdSize + 1 + i] = uint8_t(place.location >> (8 * i));
}

// XChaCha20-Poly1305 (draft-irtf-cfrg-xchacha) is ChaCha20-Poly1305 of RFC 8439 under a subkey:
// HChaCha20 of the key and the nonce's first 16 bytes, with the nonce's last 8 after 4 zero
// bytes. The subkey comes from libsodium, the AEAD from OpenSSL, whose ChaCha20-Poly1305 uses
// the processor's widest vectors and takes about half libsodium's time for a page: the two
// checks of opening a workshop decrypt every page (the same bytes either way: the known-answer
// tests of tests/test_sealed_crypto.cpp hold them to the draft's vector and to libsodium's).
class PageCipher {
 public:
  PageCipher() : m_cipher(EVP_CIPHER_fetch(nullptr, "ChaCha20-Poly1305", nullptr)), m_ctx(EVP_CIPHER_CTX_new()) {
    if (!m_cipher || !m_ctx)
      throw Error("The cipher of sealed workshops is missing from OpenSSL.", "Reinstall Parley and OpenSSL.");
  }
  ~PageCipher() {
    EVP_CIPHER_CTX_free(m_ctx);
    EVP_CIPHER_free(m_cipher);
  }
  PageCipher(const PageCipher&) = delete;
  PageCipher& operator=(const PageCipher&) = delete;

  // Encrypts or decrypts kSealedBytes from `in` to `out` under `key` and `nonce` (kNonceSize);
  // `tag` is written when sealing, checked when opening. False when the check fails; throws
  // parley::Error when OpenSSL cannot run (memory).
  bool Run(bool seal, const SecretBytes& key, const uint8_t* nonce, const uint8_t* ad, size_t adSize,
           const uint8_t* in, uint8_t* out, uint8_t* tag) {
    uint8_t subkey[crypto_core_hchacha20_OUTPUTBYTES], ietfNonce[12] = {};
    crypto_core_hchacha20(subkey, nonce, key.Data(), nullptr);
    std::memcpy(ietfNonce + 4, nonce + 16, 8);
    int length = 0;
    bool ran = EVP_CipherInit_ex2(m_ctx, m_cipher, subkey, ietfNonce, seal ? 1 : 0, nullptr) == 1 &&
               EVP_CipherUpdate(m_ctx, nullptr, &length, ad, int(adSize)) == 1 &&
               EVP_CipherUpdate(m_ctx, out, &length, in, int(kSealedBytes)) == 1 &&
               (seal || EVP_CIPHER_CTX_ctrl(m_ctx, EVP_CTRL_AEAD_SET_TAG, int(kTagSize), tag) == 1);
    sodium_memzero(subkey, sizeof subkey);
    // The last step checks the tag when opening: its failure is the page's, not OpenSSL's.
    bool good = ran && EVP_CipherFinal_ex(m_ctx, out + length, &length) == 1 &&
                (!seal || EVP_CIPHER_CTX_ctrl(m_ctx, EVP_CTRL_AEAD_GET_TAG, int(kTagSize), tag) == 1);
    EVP_CIPHER_CTX_reset(m_ctx);  // the subkey's state, wiped
    if (!ran || (seal && !good)) throw Error("OpenSSL could not run its cipher.", "Close other programs, then try again.");
    return good;
  }

 private:
  EVP_CIPHER* m_cipher;
  EVP_CIPHER_CTX* m_ctx;
};

// One per thread: a connection's pages are read on the thread that uses it.
PageCipher& Cipher() {
  thread_local PageCipher cipher;
  return cipher;
}

}  // namespace

void SealPage(const SecretBytes& key, const PagePlace& place, const uint8_t* plain,
              const uint8_t* nonce, uint8_t* out) {
  static_assert(kNonceSize == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  static_assert(kTagSize == crypto_aead_xchacha20poly1305_ietf_ABYTES);
  uint8_t ad[kPlaceSize];
  PlaceBytes(place, ad);
  Cipher().Run(true, key, nonce, ad, sizeof ad, plain, out, out + kSealedBytes + kNonceSize);
  std::memcpy(out + kSealedBytes, nonce, kNonceSize);
}

void SealPageFresh(const SecretBytes& key, const PagePlace& place, const uint8_t* plain, uint8_t* out) {
  uint8_t nonce[kNonceSize];
  randombytes_buf(nonce, sizeof nonce);
  SealPage(key, place, plain, nonce, out);
}

bool OpenPage(const SecretBytes& key, const PagePlace& place, const uint8_t* sealed, uint8_t* out) {
  uint8_t ad[kPlaceSize], tag[kTagSize];
  PlaceBytes(place, ad);
  std::memcpy(tag, sealed + kSealedBytes + kNonceSize, kTagSize);  // `out` may be `sealed`
  uint8_t nonce[kNonceSize];
  std::memcpy(nonce, sealed + kSealedBytes, kNonceSize);
  bool good = Cipher().Run(false, key, nonce, ad, sizeof ad, sealed, out, tag);
  if (!good) std::memset(out, 0, kSealedBytes);
  std::memset(out + kSealedBytes, 0, kReserve);  // pitfall 1
  return good;
}

}  // namespace parley::sealed
