// The core suite's sealed run (ctest core_sealed): with PARLEY_TEST_SEALED=1 in the environment,
// every workshop the tests make is sealed, at the least key derivation cost, and opened with
// the run's passphrase (core/store/sealed_testing.hpp). The same tests, not a copy of them.
#include <cstdlib>
#include <string_view>

#include "core/store/sealed_testing.hpp"

namespace {

const bool g_sealedRun = [] {
  const char* sealed = std::getenv("PARLEY_TEST_SEALED");
  if (!sealed || std::string_view(sealed) != "1") return false;
  parley::sealed::SetCreationCostForTests(parley::sealed::kLeastCost);
  parley::sealed::SealEveryWorkshopForTests("Სealed run · Σ · Ж · ש · ع");
  return true;
}();

}  // namespace
