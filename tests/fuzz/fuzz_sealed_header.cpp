// Fuzz target: the sealed workshop's header reader (core/store/sealed_header.*) on any bytes.
// It must never crash, hang or trip a sanitizer; a header it calls good must hold a cost within
// the bounds (so that no header makes Parley derive a key with terabytes), and one at the least
// cost must give a key to its passphrase or refuse it, never crash.
#include <stdlib.h>

#include <cstdint>
#include <span>

#include "core/store/sealed_header.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace parley::sealed;
  HeaderReading reading = ReadHeader(std::span<const uint8_t>(data, size));
  if (reading.finding != HeaderFinding::Good) return 0;
  if (!HasMagic(std::span<const uint8_t>(data, size)) || size < kHeaderSize) abort();
  const KdfCost cost = reading.header.cost;
  if (cost.ops < kLeastCost.ops || cost.ops > kMostCost.ops || cost.memBytes < kLeastCost.memBytes ||
      cost.memBytes > kMostCost.memBytes)
    abort();
  // The seed good.bin is sealed with this passphrase at the least cost; a key that opens must
  // be a whole key.
  if (cost == kLeastCost)
    if (auto key = OpenDataKey(reading.header, "ნინო Νίκος fuzz"); key && key->Size() != kKeySize) abort();
  return 0;
}
