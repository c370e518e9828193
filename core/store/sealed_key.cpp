#include "core/store/sealed_key.hpp"

#include <sodium.h>
#include <sys/prctl.h>
#include <sys/resource.h>

#include <mutex>
#include <utility>

#include "core/common/error.hpp"

namespace parley::sealed {

namespace {

void KeepOutOfCoreDumps() {
  rlimit none{0, 0};
  setrlimit(RLIMIT_CORE, &none);
#if !defined(__SANITIZE_ADDRESS__)
  // Not dumpable also means not readable through /proc/PID/mem by other processes of the user.
  // Left out of the AddressSanitizer build only: LeakSanitizer inspects the process with
  // ptrace at exit and stops with a fatal error when the process is not dumpable.
  prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

}  // namespace

SecretBytes::SecretBytes(size_t size) : m_size(size) {
  StartSodium();
  m_data = static_cast<uint8_t*>(sodium_malloc(size));
  if (!m_data)
    throw Error("There is not enough memory to hold a key.",
                "Close other programs, then try again.");
  sodium_memzero(m_data, size);
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)) {}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept {
  if (this != &other) {
    sodium_free(m_data);  // sodium_free wipes before it frees
    m_data = std::exchange(other.m_data, nullptr);
    m_size = std::exchange(other.m_size, 0);
  }
  return *this;
}

SecretBytes::~SecretBytes() { sodium_free(m_data); }

SecretBytes DeriveKey(std::string_view passphrase, const uint8_t (&salt)[kSaltSize], KdfCost cost) {
  static_assert(kSaltSize == crypto_pwhash_SALTBYTES);
  if (cost.ops < kLeastCost.ops || cost.ops > kMostCost.ops || cost.memBytes < kLeastCost.memBytes ||
      cost.memBytes > kMostCost.memBytes)
    throw Error("The key derivation's cost is outside what Parley allows.",
                "The file's header is damaged. Open a backup copy; Parley left this file as it was.");
  SecretBytes key(kKeySize);
  if (crypto_pwhash(key.Data(), key.Size(), passphrase.data(), passphrase.size(), salt, cost.ops,
                    size_t(cost.memBytes), crypto_pwhash_ALG_ARGON2ID13) != 0)
    throw Error("There is not enough memory to derive the key from the passphrase (" +
                    std::to_string(cost.memBytes >> 20) + " MiB are needed).",
                "Close other programs, then try again.");
  return key;
}

void StartSodium() {
  static std::once_flag once;
  static bool started = false;
  std::call_once(once, [] {
    started = sodium_init() >= 0;
    KeepOutOfCoreDumps();
  });
  if (!started)
    throw Error("The cryptography library (libsodium) could not start.",
                "Reinstall Parley's packages; sealed workshops cannot be opened until then.");
}

}  // namespace parley::sealed
