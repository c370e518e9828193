#pragma once
// What only the tests may change of the sealed store. Nothing of Parley above the store can
// include this header (core/check_layers.cmake refuses the store's own headers there), and
// nothing in the store calls the setters: every file Parley makes uses kStrongCost.
#include <memory>
#include <string>

#include "core/store/sealed_key.hpp"

namespace parley::sealed {

// The key derivation's cost for sealed files made from now on: a small one keeps tests fast.
void SetCreationCostForTests(KdfCost cost);

// From now on Workshop::Create and CreateFromSql make sealed files with `passphrase`, and
// Workshop::Open opens sealed files with it: the core suite's sealed run (ctest core_sealed).
void SealEveryWorkshopForTests(std::string passphrase);
// The passphrase SealEveryWorkshopForTests set; null outside the sealed run.
const std::string* PassphraseForTests();

// Within its scope Workshop::Create and CreateFromSql make plain files again, in the sealed run
// too: for the tests of what a plain file holds byte for byte (its damage, what a forgotten
// name leaves on disk), which test_sealed_*.cpp test for sealed files.
class PlainWorkshopsForTests {
 public:
  PlainWorkshopsForTests();
  ~PlainWorkshopsForTests();
  PlainWorkshopsForTests(const PlainWorkshopsForTests&) = delete;
  PlainWorkshopsForTests& operator=(const PlainWorkshopsForTests&) = delete;

 private:
  std::unique_ptr<const std::string> m_saved;
};

}  // namespace parley::sealed
