// The cryptography under sealed workshops against answers known from elsewhere: Argon2id
// against Debian's `argon2` (the reference implementation of the Password Hashing
// Competition's winner), XChaCha20-Poly1305 against draft-irtf-cfrg-xchacha-03 A.3.1, and the
// on-disk layout of one page pinned, so that a file sealed today keeps opening.
#include <doctest/doctest.h>
#include <sodium.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "core/common/error.hpp"
#include "core/store/sealed_key.hpp"
#include "core/store/sealed_page.hpp"

namespace {

using namespace parley::sealed;

std::vector<uint8_t> Unhex(std::string_view hex) {
  std::vector<uint8_t> out;
  for (size_t i = 0; i + 1 < hex.size(); i += 2) out.push_back(uint8_t(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16)));
  return out;
}

std::string Hex(const uint8_t* bytes, size_t size) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  for (size_t i = 0; i < size; ++i) (out += digits[bytes[i] >> 4]) += digits[bytes[i] & 15];
  return out;
}

template <size_t N>
void Fill(uint8_t (&out)[N], std::string_view text) {
  REQUIRE(text.size() == N);
  std::copy(text.begin(), text.end(), out);
}

}  // namespace

TEST_CASE("Argon2id gives the reference implementation's answers") {
  // `printf '%s' PASSPHRASE | argon2 SALT -id -t OPS -k KIB -p 1 -l 32 -r` (Debian's argon2 20190702).
  uint8_t salt[kSaltSize];
  SUBCASE("Georgian, Greek, Cyrillic, Hebrew and Arabic") {
    Fill(salt, "Parley KAT salt!");
    SecretBytes key = DeriveKey("მშვიდობა Ειρήνη мир שלום سلام", salt, {1, 8 * 1024});
    CHECK(Hex(key.Data(), key.Size()) == "1d969e869239722e9c2706e8a662a590338c3f5fc8ce81e59286b57bfd615815");
  }
  SUBCASE("a Latin passphrase, the least cost") {
    Fill(salt, "parley salt 16b!");
    SecretBytes key = DeriveKey("correct horse", salt, {1, 8 * 1024});
    CHECK(Hex(key.Data(), key.Size()) == "f5db2002ad67a86e3fc2f9463ea6324c2f06280c259835ba3ff67549f943d690");
  }
  SUBCASE("more passes and memory") {
    Fill(salt, "parley salt 16b!");
    SecretBytes key = DeriveKey("correct horse battery staple", salt, {3, 64 * 1024});
    CHECK(Hex(key.Data(), key.Size()) == "8f25f3bbf5f91b2b2783f59daa97fae58932bafeba2e1af8eb82f3f300b1800f");
  }
}

TEST_CASE("a header's cost out of bounds is refused before any memory is taken") {
  uint8_t salt[kSaltSize] = {};
  CHECK_THROWS_AS(DeriveKey("x", salt, {kMostCost.ops + 1, kLeastCost.memBytes}), parley::Error);
  CHECK_THROWS_AS(DeriveKey("x", salt, {1, kMostCost.memBytes + 1}), parley::Error);
  CHECK_THROWS_AS(DeriveKey("x", salt, {0, kLeastCost.memBytes}), parley::Error);
  CHECK_THROWS_AS(DeriveKey("x", salt, {1, kLeastCost.memBytes - 1}), parley::Error);
}

TEST_CASE("the strong cost is the design note's and is what new files get outside tests") {
  CHECK(kStrongCost == KdfCost{3, 256u << 20});
  CHECK(kStrongCost.ops >= kLeastCost.ops);
  CHECK(kStrongCost.memBytes <= kMostCost.memBytes);
}

TEST_CASE("XChaCha20-Poly1305 gives draft-irtf-cfrg-xchacha-03 A.3.1's answer") {
  StartSodium();
  auto key = Unhex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f");
  auto nonce = Unhex("404142434445464748494a4b4c4d4e4f5051525354555657");
  auto ad = Unhex("50515253c0c1c2c3c4c5c6c7");
  std::string plain =
      "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the "
      "future, sunscreen would be it.";
  std::vector<uint8_t> out(plain.size() + kTagSize);
  unsigned long long outSize = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(out.data(), &outSize,
                                             reinterpret_cast<const uint8_t*>(plain.data()),
                                             plain.size(), ad.data(), ad.size(), nullptr,
                                             nonce.data(), key.data());
  CHECK(Hex(out.data(), outSize) ==
        "bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb"
        "731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b452"
        "2f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff9"
        "21f9664c97637da9768812f615c68b13b52e"
        "c0875924c1c7987947deafd8780acf49");
}

TEST_CASE("one page sealed with a fixed key and nonce") {
  SecretBytes key(kKeySize);
  for (size_t i = 0; i < kKeySize; ++i) key.Data()[i] = uint8_t(0x80 + i);
  uint8_t nonce[kNonceSize], fileId[kFileIdSize];
  for (size_t i = 0; i < kNonceSize; ++i) nonce[i] = uint8_t(0x40 + i);
  for (size_t i = 0; i < kFileIdSize; ++i) fileId[i] = uint8_t(i);
  std::vector<uint8_t> plain(kPageSize, 0), sealed(kPageSize), back(kPageSize);
  std::string words = "Нино Гелашвили · Νίκος Παπαδόπουλος · שרה לוי · ليلى حداد · ნინო";
  std::copy(words.begin(), words.end(), plain.begin() + 100);
  const PagePlace place{fileId, PageHome::Database, 7};
  SealPage(key, place, plain.data(), nonce, sealed.data());

  SUBCASE("the layout: ciphertext, then the nonce, then the tag") {
    CHECK(Hex(sealed.data() + kSealedBytes, kNonceSize) == Hex(nonce, kNonceSize));
    // Decrypting by hand with libsodium and the documented associated data (file id, home,
    // location as 8 little-endian bytes) must give the page back.
    std::vector<uint8_t> ad(fileId, fileId + kFileIdSize);
    ad.push_back(0);
    for (int i = 0; i < 8; ++i) ad.push_back(i == 0 ? 7 : 0);
    std::vector<uint8_t> byHand(kSealedBytes);
    REQUIRE(crypto_aead_xchacha20poly1305_ietf_decrypt_detached(
                byHand.data(), nullptr, sealed.data(), kSealedBytes, sealed.data() + kSealedBytes + kNonceSize,
                ad.data(), ad.size(), nonce, key.Data()) == 0);
    CHECK(std::equal(byHand.begin(), byHand.end(), plain.begin()));
  }
  SUBCASE("its first bytes are the draft's keystream, its tag is pinned") {
    // The page begins with zeros and the key and nonce are A.3.1's, so its first 16 bytes are
    // the keystream A.3.1 used: its ciphertext XOR its plaintext ("Ladies and Gentl").
    auto draft = Unhex("bd6d179d3e83d43b9576579493c0e939");
    std::string ladies = "Ladies and Gentl";
    for (size_t i = 0; i < 16; ++i) draft[i] ^= uint8_t(ladies[i]);
    CHECK(Hex(sealed.data(), 16) == Hex(draft.data(), 16));
    CHECK(Hex(sealed.data(), 16) == "f10c73f45bf0f45afb1277d3f6ae9d55");
    // The tag over this page and its place, as this format makes it: a file sealed today must
    // keep opening in every later Parley.
    CHECK(Hex(sealed.data() + kSealedBytes + kNonceSize, kTagSize) == "969de7eb0f94bc46575a1b97d07e8f77");
  }
  SUBCASE("it opens, its reserved bytes zeroed") {
    std::fill(plain.end() - kReserve, plain.end(), 0xAB);
    SealPage(key, place, plain.data(), nonce, sealed.data());
    REQUIRE(OpenPage(key, place, sealed.data(), back.data()));
    CHECK(std::equal(back.begin(), back.begin() + kSealedBytes, plain.begin()));
    CHECK(std::all_of(back.end() - kReserve, back.end(), [](uint8_t b) { return b == 0; }));
    SUBCASE("in place, as a WAL frame's page is read") {
      std::vector<uint8_t> page = sealed;
      REQUIRE(OpenPage(key, place, page.data(), page.data()));
      CHECK(page == back);
      page = sealed;
      page[200] ^= 1;
      CHECK_FALSE(OpenPage(key, place, page.data(), page.data()));
      CHECK(std::all_of(page.begin(), page.end(), [](uint8_t b) { return b == 0; }));
    }
  }
  SUBCASE("no word of the record is in the sealed page") {
    std::string bytes(sealed.begin(), sealed.end());
    CHECK(bytes.find("Гелашвили") == std::string::npos);
    CHECK(bytes.find("ნინო") == std::string::npos);
  }
  SUBCASE("a flipped byte, another place, another file or another key: refused") {
    std::vector<uint8_t> bad = sealed;
    bad[200] ^= 1;
    CHECK_FALSE(OpenPage(key, place, bad.data(), back.data()));
    CHECK(std::all_of(back.begin(), back.end(), [](uint8_t b) { return b == 0; }));
    bad = sealed;
    bad[kPageSize - 1] ^= 0x80;
    CHECK_FALSE(OpenPage(key, place, bad.data(), back.data()));
    CHECK_FALSE(OpenPage(key, {fileId, PageHome::Database, 8}, sealed.data(), back.data()));
    CHECK_FALSE(OpenPage(key, {fileId, PageHome::Wal, 7}, sealed.data(), back.data()));
    uint8_t otherFile[kFileIdSize] = {1};
    CHECK_FALSE(OpenPage(key, {otherFile, PageHome::Database, 7}, sealed.data(), back.data()));
    SecretBytes otherKey(kKeySize);
    CHECK_FALSE(OpenPage(otherKey, place, sealed.data(), back.data()));
  }
}
