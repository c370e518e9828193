#include "core/store/sealed_file.hpp"

#include <fstream>

#include "core/common/error.hpp"
#include "core/store/workshop.hpp"

namespace parley::sealed {

namespace {

std::array<uint8_t, kHeaderSize> HeaderOf(const std::string& path, size_t& got) {
  std::array<uint8_t, kHeaderSize> bytes{};
  std::ifstream in(path, std::ios::binary);
  in.read(reinterpret_cast<char*>(bytes.data()), kHeaderSize);
  got = size_t(in.gcount());
  return bytes;
}

[[noreturn]] void ThrowWrongPassphrase(const std::string& path) {
  throw Error("Wrong passphrase for " + path + ".",
              "Type the passphrase again, minding the keyboard's language and Caps Lock. "
              "Parley left the file as it was.");
}

}  // namespace

bool IsSealedFile(const std::string& path) {
  size_t got = 0;
  std::array<uint8_t, kHeaderSize> bytes = HeaderOf(path, got);
  return HasMagic(std::span(bytes.data(), got));
}

std::shared_ptr<const SealedVfs> SealNewFile(std::string_view passphrase) {
  // Every new sealed file's key comes from here: no door of the store seals under a passphrase
  // that the window's and the command line's rule would refuse.
  if (std::string problem = Workshop::PassphraseProblem(passphrase); !problem.empty())
    throw Error(problem, "Choose a longer passphrase. Nothing was written.");
  NewHeader made = MakeHeader(passphrase, CreationCost());
  return std::make_shared<const SealedVfs>(made.bytes, made.header, std::move(made.dataKey));
}

std::shared_ptr<const SealedVfs> UnlockFile(const std::string& path, std::string_view passphrase) {
  size_t got = 0;
  std::array<uint8_t, kHeaderSize> bytes = HeaderOf(path, got);
  HeaderReading reading = ReadHeader(std::span(bytes.data(), got));
  switch (reading.finding) {
    case HeaderFinding::NotSealed:
      throw Error(path + " is not a sealed workshop.",
                  "Open it without a passphrase, or choose the sealed workshop's file.");
    case HeaderFinding::NewerVersion:
      throw Error(path + " was sealed by a newer version of Parley.",
                  "Open it with a newer Parley. This file was left as it was.");
    case HeaderFinding::Damaged:
      throw Error(path + " is damaged: " + reading.detail + ".",
                  "Open a backup copy. Parley left this file as it was and did not try to repair it.");
    case HeaderFinding::Good: break;
  }
  std::optional<SecretBytes> key = OpenDataKey(reading.header, passphrase);
  if (!key) ThrowWrongPassphrase(path);
  return std::make_shared<const SealedVfs>(bytes, reading.header, std::move(*key));
}

std::shared_ptr<const SealedVfs> CheckPassphrase(std::shared_ptr<const SealedVfs> open, const std::string& path,
                                                 std::string_view passphrase) {
  if (!open->Opens(passphrase)) ThrowWrongPassphrase(path);
  return open;
}

}  // namespace parley::sealed
