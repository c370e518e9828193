// Budget 5, import: the two importers at two sizes ten times apart, the larger against the
// smaller, so that the budget (at most twelve times the time) holds them to linear time. A
// participants file into a new workshop (preview and import, as File > Import participants does)
// and a workshop document of that many participants made into a new file (as parley import does).
// Both once took minutes at 100,000: the pseudonyms were numbered by counting from 1 for each new
// participant, and an object of many members was parsed in quadratic time (now refused unparsed).
#include <filesystem>
#include <string>

#include "benchmarks.hpp"
#include "core/interchange/participants_csv.hpp"
#include "core/interchange/workshop_json.hpp"
#include "core/store/workshop.hpp"

namespace parley::bench {

namespace {

namespace fs = std::filesystem;

constexpr size_t kSmaller = 5'000, kLarger = 50'000;  // participants

// `rows` participants in several scripts, alternating between a new workshop's two parties.
std::string ParticipantsCsv(size_t rows) {
  const char* names[] = {"Νίκος Παπαδόπουλος", "Светлана Петрова", "ნინო ბერიძე", "יעל כהן",
                         "ليلى حداد",          "Marta Kovač"};
  std::string csv = "name,party,role\n";
  for (size_t i = 0; i < rows; ++i)
    csv += std::string(names[i % 6]) + " " + std::to_string(i) + (i % 2 ? ",A" : ",B") +
           ",Journalist\n";
  return csv;
}

void Remove(const std::string& workshop) {
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(workshop + suffix);
}

// A new workshop at `path` (removed first) with the participants of `csv`, previewed and imported.
void ImportCsv(const std::string& path, const std::string& csv) {
  Remove(path);
  auto workshop = Workshop::Create(path, "Import", "2026-12-07");
  ParticipantsPreview preview = PreviewParticipants(csv, workshop->Model());
  benchmark::DoNotOptimize(ImportParticipants(preview, WriterFor(*workshop)).size());
}

void Csv(benchmark::State& state, const std::string& folder) {
  const std::string smaller = ParticipantsCsv(kSmaller), larger = ParticipantsCsv(kLarger);
  const std::string path = folder + "/import-csv.parley";
  Alternate(
      state, Clock::Real, [&] { ImportCsv(path, larger); }, [&] { ImportCsv(path, smaller); });
  Remove(path);
}

// The document of a new workshop with `rows` participants (and their attendance).
std::string Document(const std::string& folder, size_t rows) {
  const std::string path = folder + "/import-source.parley";
  ImportCsv(path, ParticipantsCsv(rows));
  std::string json = WorkshopToJson(path);
  Remove(path);
  return json;
}

void ImportJson(const std::string& path, const std::string& json) {
  Remove(path);
  WorkshopFromJson(json, path);
}

void Json(benchmark::State& state, const std::string& folder) {
  const std::string smaller = Document(folder, kSmaller), larger = Document(folder, kLarger);
  const std::string path = folder + "/import-json.parley";
  Alternate(
      state, Clock::Real, [&] { ImportJson(path, larger); }, [&] { ImportJson(path, smaller); });
  Remove(path);
}

}  // namespace

void RegisterImportBenchmarks(const Workloads& work) {
  Add("import/csv", Csv, work.folder);
  Add("import/json", Json, work.folder);
}

}  // namespace parley::bench
