// The settings sealed_testing.hpp lets the tests change, and the cost new sealed files get.
#include "core/store/sealed_testing.hpp"

#include <atomic>
#include <memory>

namespace parley::sealed {

namespace {
std::atomic<uint64_t> g_creationOps{kStrongCost.ops};
std::atomic<uint64_t> g_creationMem{kStrongCost.memBytes};
std::unique_ptr<const std::string> g_testPassphrase;  // set once, before the tests run
}  // namespace

KdfCost CreationCost() { return {g_creationOps.load(), g_creationMem.load()}; }

void SetCreationCostForTests(KdfCost cost) {
  g_creationOps = cost.ops;
  g_creationMem = cost.memBytes;
}

void SealEveryWorkshopForTests(std::string passphrase) {
  g_testPassphrase = std::make_unique<const std::string>(std::move(passphrase));
}

const std::string* PassphraseForTests() { return g_testPassphrase.get(); }

PlainWorkshopsForTests::PlainWorkshopsForTests() : m_saved(std::move(g_testPassphrase)) {}

PlainWorkshopsForTests::~PlainWorkshopsForTests() { g_testPassphrase = std::move(m_saved); }

}  // namespace parley::sealed
