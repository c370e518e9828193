// The core suite's sealed run (ctest core_sealed): with PARLEY_TEST_SEALED=1 in the environment,
// every workshop the tests make is sealed, at the least key derivation cost, and opened with
// the run's passphrase (core/store/sealed_testing.hpp). The same tests, not a copy of them.
#include <doctest/doctest.h>

#include <cstdlib>
#include <string_view>

#include "core/store/sealed_testing.hpp"
#include "core/store/workshop.hpp"
#include "temp_dir.hpp"

namespace {

const bool g_sealedRun = [] {
  const char* sealed = std::getenv("PARLEY_TEST_SEALED");
  if (!sealed || std::string_view(sealed) != "1") return false;
  parley::sealed::SetCreationCostForTests(parley::sealed::kLeastCost);
  parley::sealed::SealEveryWorkshopForTests("Სealed run · Σ · Ж · ש · ع");
  return true;
}();

}  // namespace

TEST_CASE("in the sealed run every workshop the tests make is sealed, in the plain run none") {
  parley::test::TempDir dir;
  std::string path = dir.File("run.parley");
  parley::Workshop::Create(path, "Run", "2026-10-12");
  CHECK(parley::Workshop::IsSealed(path) == g_sealedRun);
  CHECK(parley::Workshop::Open(path)->Model().info.title == "Run");
}
