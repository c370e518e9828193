// The sealed workshop's header (core/store/sealed_header.*): recognised as Parley's, versioned,
// and telling a wrong passphrase from a damaged header.
#include <doctest/doctest.h>
#include <sodium.h>

#include <cstring>
#include <span>
#include <string>
#include <vector>

#include "core/store/sealed_header.hpp"
#include "temp_dir.hpp"

namespace {

using namespace parley::sealed;

constexpr KdfCost kFast = kLeastCost;  // tests only: every file Parley makes uses kStrongCost
const std::string kPassphrase = "Нино и Νίκος: მშვიდობა, שלום, سلام";

std::vector<uint8_t> Bytes(const NewHeader& made) { return {made.bytes.begin(), made.bytes.end()}; }

// Rewrites the checksum after a field was changed, as an attacker could.
void Resum(std::vector<uint8_t>& bytes) { crypto_generichash(bytes.data() + 152, 32, bytes.data(), 152, nullptr, 0); }

}  // namespace

TEST_CASE("a new header reads back, and only its passphrase opens its data key") {
  NewHeader made = MakeHeader(kPassphrase, kFast);
  HeaderReading reading = ReadHeader(made.bytes);
  REQUIRE(reading.finding == HeaderFinding::Good);
  CHECK(reading.header.cost == kFast);
  CHECK(std::memcmp(reading.header.fileId, made.header.fileId, kFileIdSize) == 0);
  CHECK(std::string(reinterpret_cast<const char*>(made.bytes.data()), 13) == "Parley sealed");

  std::optional<SecretBytes> key = OpenDataKey(reading.header, kPassphrase);
  REQUIRE(key);
  CHECK(std::memcmp(key->Data(), made.dataKey.Data(), kKeySize) == 0);
  CHECK_FALSE(OpenDataKey(reading.header, "Нино и Νίκος: მშვიდობა, שלום, سلام "));
  CHECK_FALSE(OpenDataKey(reading.header, ""));

  SUBCASE("two files never share a salt, an id or a data key") {
    NewHeader other = MakeHeader(kPassphrase, kFast);
    CHECK(std::memcmp(other.header.salt, made.header.salt, kSaltSize) != 0);
    CHECK(std::memcmp(other.header.fileId, made.header.fileId, kFileIdSize) != 0);
    CHECK(std::memcmp(other.dataKey.Data(), made.dataKey.Data(), kKeySize) != 0);
  }
  SUBCASE("the passphrase and the data key are nowhere in the header") {
    std::string text(made.bytes.begin(), made.bytes.end());
    CHECK(text.find("Нино") == std::string::npos);
    CHECK(text.find(std::string(reinterpret_cast<const char*>(made.dataKey.Data()), 8)) == std::string::npos);
  }
}

TEST_CASE("any one byte of a header flipped: never read as a good header") {
  NewHeader made = MakeHeader(kPassphrase, kFast);
  for (size_t at = 0; at < kHeaderSize; ++at) {
    std::vector<uint8_t> bytes = Bytes(made);
    bytes[at] ^= 0x01;
    HeaderReading reading = ReadHeader(bytes);
    CAPTURE(at);
    CHECK(reading.finding != HeaderFinding::Good);
    // Past the magic and the version, a flipped byte is damage, not a wrong passphrase.
    if (at >= 20) CHECK(reading.finding == HeaderFinding::Damaged);
  }
}

TEST_CASE("what is not a good header is told apart") {
  NewHeader made = MakeHeader(kPassphrase, kFast);
  std::vector<uint8_t> bytes = Bytes(made);
  SUBCASE("nothing, or a plain SQLite file: not sealed") {
    CHECK(ReadHeader({}).finding == HeaderFinding::NotSealed);
    std::string plain = "SQLite format 3";
    plain.resize(kHeaderSize);
    CHECK(ReadHeader(std::span(reinterpret_cast<const uint8_t*>(plain.data()), plain.size())).finding ==
          HeaderFinding::NotSealed);
  }
  SUBCASE("cut short") {
    bytes.resize(kHeaderSize - 1);
    HeaderReading reading = ReadHeader(bytes);
    CHECK(reading.finding == HeaderFinding::Damaged);
    CHECK(reading.detail == "its header is cut short");
  }
  SUBCASE("a later format") {
    bytes[16] = 2;
    CHECK(ReadHeader(bytes).finding == HeaderFinding::NewerVersion);
  }
  SUBCASE("a cost beyond the bounds, checksum made anew: damaged, before any key is derived") {
    bytes[32 + 4] = 0x10;  // 64 GiB of memory
    Resum(bytes);
    HeaderReading reading = ReadHeader(bytes);
    CHECK(reading.finding == HeaderFinding::Damaged);
    CHECK(reading.detail == "its header asks for a key derivation beyond what Parley makes");
  }
  SUBCASE("a field changed and the checksum made anew: the key does not open (wrong passphrase)") {
    bytes[60] ^= 0x01;  // the file id, bound to the sealed key
    Resum(bytes);
    HeaderReading reading = ReadHeader(bytes);
    REQUIRE(reading.finding == HeaderFinding::Good);
    CHECK_FALSE(OpenDataKey(reading.header, kPassphrase));
  }
}

TEST_CASE("the seed corpus of the header's fuzz target holds a good header") {
  // tests/fuzz/corpus/sealed_header/good.bin, sealed with the fuzz target's passphrase at the
  // least cost, so that the fuzzer reaches the key's opening.
  std::string seed = parley::test::ReadBytes(PARLEY_SOURCE_DIR "/tests/fuzz/corpus/sealed_header/good.bin");
  HeaderReading reading = ReadHeader(std::span(reinterpret_cast<const uint8_t*>(seed.data()), seed.size()));
  REQUIRE(reading.finding == HeaderFinding::Good);
  CHECK(reading.header.cost == kLeastCost);
  CHECK(OpenDataKey(reading.header, "ნინო Νίκος fuzz"));
}
