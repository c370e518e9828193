// The core suite's sealed run (ctest core_sealed): with PARLEY_TEST_SEALED=1 in the environment,
// every workshop the tests make is sealed, at the least key derivation cost, and opened with
// the run's passphrase (core/store/sealed_testing.hpp). The same tests, not a copy of them.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>
#include <string_view>

#include "core/store/sealed_testing.hpp"
#include "core/store/workshop.hpp"
#include "sealed_run.hpp"
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

std::vector<std::string> parley::test::WithSealedRunPassphrase(std::vector<std::string> args) {
  const std::string* passphrase = parley::sealed::PassphraseForTests();
  if (!passphrase) return args;
  static const TempDir folder;
  static const std::string file = [&] {
    std::string path = folder.File("passphrase");
    WriteBytes(path, *passphrase + "\n");
    std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    return path;
  }();
  args.insert(args.end(), {"--passphrase-file", file, "--plaintext"});
  return args;
}

TEST_CASE("in the sealed run every workshop the tests make is sealed, in the plain run none") {
  parley::test::TempDir dir;
  std::string path = dir.File("run.parley");
  parley::Workshop::Create(path, "Run", "2026-10-12");
  CHECK(parley::Workshop::IsSealed(path) == g_sealedRun);
  CHECK(parley::Workshop::Open(path)->Model().info.title == "Run");
}
