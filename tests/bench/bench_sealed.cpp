// Sealed workshops (core/store/sealed_*): an edit to disk in a sealed copy of the typical and of
// the large workshop against the same edit in the plain file, and opening the sealed large
// workshop, its key derived beforehand, against opening the plain one, each pair alternately;
// and the key derivation itself (Argon2id at the cost every file Parley makes gets), printed.
#include <filesystem>
#include <map>
#include <string>

#include "benchmarks.hpp"
#include "core/store/sealed_file.hpp"
#include "core/store/workshop.hpp"

namespace parley::bench {

namespace {

const std::string kPassphrase = "მთის ბილიკი · Μονοπάτι · тропа";

// A sealed copy of the workshop at `plain`, made the first time it is asked for (sealing the
// large one takes seconds that a run filtering it out need not spend).
const std::string& SealedCopy(const std::string& plain) {
  static std::map<std::string, std::string> copies;
  auto found = copies.find(plain);
  if (found != copies.end()) return found->second;
  std::filesystem::path from(plain);
  std::string copy = (from.parent_path() / ("sealed-" + from.filename().string())).string();
  std::filesystem::remove(copy);
  std::filesystem::copy_file(plain, copy);
  Workshop::Seal(copy, kPassphrase);
  return copies.emplace(plain, copy).first->second;
}

void SealedEdit(benchmark::State& state, const std::string& plainPath) {
  auto plain = Workshop::Open(plainPath);
  auto sealed = Workshop::OpenSealed(SealedCopy(plainPath), kPassphrase);
  Id plainConcern = plain->Model().concerns.front().id, sealedConcern = sealed->Model().concerns.front().id;
  int64_t n = 0;
  Alternate(
      state, Clock::Real, [&] { sealed->SetText(Field::ConcernText, sealedConcern, Typed(++n)); },
      [&] { plain->SetText(Field::ConcernText, plainConcern, Typed(n)); });
}

void SealedOpen(benchmark::State& state, const std::string& plainPath) {
  const std::string& path = SealedCopy(plainPath);
  auto unlocked = sealed::UnlockFile(path, kPassphrase);
  Alternate(
      state, Clock::Real,
      [&] { benchmark::DoNotOptimize(Workshop::OpenUnlocked(path, unlocked)->Model().revision); },
      [&] { benchmark::DoNotOptimize(Workshop::Open(plainPath)->Model().revision); });
}

void KeyDerivation(benchmark::State& state, const std::string& plainPath) {
  const std::string& path = SealedCopy(plainPath);
  Alternate(state, Clock::Real, [&] { benchmark::DoNotOptimize(sealed::UnlockFile(path, kPassphrase)); });
}

}  // namespace

void RegisterSealedBenchmarks(const Workloads& work) {
  Add("sealed/edit typical", SealedEdit, work.typical);
  Add("sealed/edit large", SealedEdit, work.large);
  Add("sealed/open large", SealedOpen, work.large);
  // A second a derivation: three repetitions of one are enough to print it.
  benchmark::RegisterBenchmark("sealed/key derivation", KeyDerivation, work.typical)
      ->Repetitions(3)
      ->Iterations(1)
      ->ReportAggregatesOnly(true)
      ->Unit(benchmark::kMillisecond);
}

}  // namespace parley::bench
