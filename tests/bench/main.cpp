// `make bench`: generates the workloads, runs the benchmarks (Google Benchmark) and the
// measured programs, and prints one table of figures, references, ratios and budgets. Exits 1
// when a budget is missed.
//
//   parley_bench --parley PATH --bare-window PATH --work FOLDER [--reuse-workloads]
//                [--benchmark_... options]
// --reuse-workloads keeps the workshops a previous run generated in FOLDER (when working on one
// figure); without it the folder is made afresh.
//   parley_bench --peak-memory open|new WORKSHOP   (a child: opens it and draws every view)
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include "benchmarks.hpp"
#include "budget_table.hpp"
#include "core/cli/generator.hpp"
#include "core/store/workshop.hpp"
#include "headless.hpp"
#include "processes.hpp"
#include "views/workbench.hpp"

namespace fs = std::filesystem;
using namespace parley;
using namespace parley::bench;

namespace parley::bench {
uint64_t FileSize(const std::string& path) { return fs::file_size(path); }
}  // namespace parley::bench

namespace {

constexpr int kStartRuns = 11;  // of each program, alternated

// The child of the memory budget: the workshop open in the headless harness, every view drawn.
int PeakMemoryChild(const std::string& how, const std::string& path) {
  Headless ui;
  ui::Workbench app;
  if (how == "new")
    app.NewWorkshop(path);
  else
    app.OpenWorkshop(path);
  if (!app.workshop) return 1;
  for (const std::string& view : Views()) {
    ui::ScreenFromName(view, &app.screen, &app.options.mode);
    for (int i = 0; i < 3; ++i) ui.Frame([&] { ui::DrawWorkbench(app); });
  }
  PrintPeakMemory();
  return 0;
}

double MedianOf(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

struct StartTimes {
  double parley = 0, bare = 0;  // medians, seconds
};

// Each program started kStartRuns times, one after the other, so that both see the same machine;
// each reports when its first frame is on screen.
StartTimes MeasureStart(const Workloads& work) {
  std::vector<double> parley, bare;
  auto firstFrame = [](const std::vector<std::string>& argv) {
    double seconds = RunProcess(argv).firstFrameSeconds;
    if (seconds <= 0) throw std::runtime_error(argv[0] + " did not report its first frame");
    return seconds;
  };
  for (int i = 0; i < kStartRuns; ++i) {
    bare.push_back(firstFrame({work.bareWindow}));
    parley.push_back(firstFrame({work.parley, "--first-frame", work.typical}));
  }
  return {MedianOf(parley), MedianOf(bare)};
}

// What `parley --idle-frames` counted with the demo open and nothing happening, the speaker
// clock stopped (`still`) or running (`clock`).
struct Idle {
  Finished still, clock;
};

Idle MeasureIdle(const Workloads& work) {
  auto idle = [&](const char* how) {
    Finished finished = RunProcess({work.parley, "--idle-frames", how, "--demo"});
    if (finished.idleFrames < 0) throw std::runtime_error(work.parley + " did not report its idle frames");
    return finished;
  };
  return {idle("still"), idle("clock")};
}

Workloads Prepare(int argc, char** argv) {
  Workloads work;
  bool reuse = false;
  for (int i = 1; i < argc; ++i) {
    std::string option = argv[i];
    bool hasValue = i + 1 < argc;
    if (option == "--parley" && hasValue) work.parley = argv[++i];
    else if (option == "--bare-window" && hasValue) work.bareWindow = argv[++i];
    else if (option == "--work" && hasValue) work.folder = argv[++i];
    else if (option == "--reuse-workloads") reuse = true;
  }
  if (work.parley.empty() || work.bareWindow.empty() || work.folder.empty())
    throw std::runtime_error("usage: parley_bench --parley PATH --bare-window PATH --work FOLDER [--reuse-workloads]");
  std::string typical = work.folder + "/typical.parley", large = work.folder + "/large.parley",
              largeArabicHebrew = work.folder + "/large-arabic-hebrew.parley";
  reuse = reuse && fs::exists(typical) && fs::exists(large) && fs::exists(largeArabicHebrew);
  if (!reuse) fs::remove_all(work.folder);
  fs::create_directories(work.folder);
  for (const auto& entry : fs::directory_iterator(work.folder))
    if (entry.path() != typical && entry.path() != large && entry.path() != largeArabicHebrew)
      fs::remove_all(entry.path());
  work.folder = fs::canonical(work.folder).string();
  // The programs started must not touch the settings of whoever runs the benchmark.
  setenv("XDG_CONFIG_HOME", work.folder.c_str(), 1);
  setenv("XDG_DATA_HOME", work.folder.c_str(), 1);
  work.typical = work.folder + "/typical.parley";
  work.large = work.folder + "/large.parley";
  work.largeArabicHebrew = work.folder + "/large-arabic-hebrew.parley";
  if (reuse) return work;
  std::printf("Generating the typical and the large workshop, and the large one in Arabic and Hebrew...\n");
  std::fflush(stdout);
  GenerateWorkshop(work.typical, WorkshopSize::Typical, 1);
  GenerateWorkshop(work.large, WorkshopSize::Large, 1);
  GenerateWorkshop(work.largeArabicHebrew, WorkshopSize::Large, 1, WorkshopScript::ArabicHebrew);
  return work;
}

// Google Benchmark's own options (--benchmark_filter=...) pass through; Parley's are left out.
// Repetitions run interleaved at random unless the caller says otherwise.
std::vector<char*> BenchmarkArgs(int argc, char** argv) {
  static char interleave[] = "--benchmark_enable_random_interleaving=true";
  std::vector<char*> args = {argv[0], interleave};
  for (int i = 1; i < argc; ++i)
    if (std::strncmp(argv[i], "--benchmark_", 12) == 0) args.push_back(argv[i]);
  return args;
}

std::vector<Row> Table(const Workloads& work, const StartTimes& start, const Idle& idle, long emptyPeakKb,
                       long largePeakKb) {
  std::vector<Row> rows;
  // A row of a benchmark that measured its figure and reference alternately.
  auto paired = [&](const std::string& figure, const std::string& name, const std::string& reference,
                    const char* unit, double budget, double scale = 1) {
    Medians m = Measured(name);
    rows.push_back({figure, m.figure / scale, reference, m.reference / scale, unit, budget});
  };
  paired("edit to disk, typical workshop", "edit/typical", "bare SQLite UPDATE + COMMIT", "µs", 1.5);
  paired("edit to disk, large workshop", "edit/large", "bare SQLite UPDATE + COMMIT", "µs", 2);
  for (const std::string& view : Views())
    paired("frame, " + view + " view, large workshop", "frame/" + view, "ImGui demo window, all sections open", "µs",
           2);
  for (const std::string& view : Views())
    paired("frame, " + view + " view, large workshop in Arabic and Hebrew", "frame-ar-he/" + view,
           "ImGui demo window, all sections open", "µs", 2);
  for (const std::string& view : KeystrokeViews())
    paired("keystroke in a concern, " + view + " view, large workshop: edit + next frame", "keystroke/" + view,
           "the edit alone", "µs", 0);
  paired("keystroke in an Arabic concern, needs-fears view, large workshop in Arabic and Hebrew: edit + next frame",
         "keystroke-ar-he/needs-fears", "the edit alone", "µs", 0);
  paired("edit to disk, sealed typical workshop", "sealed/edit typical", "the same edit, plain file", "µs", 1.5);
  paired("edit to disk, sealed large workshop", "sealed/edit large", "the same edit, plain file", "µs", 1.5);
  paired("open the sealed large workshop, key derived before", "sealed/open large", "open the plain one", "ms", 1.5,
         1000);
  paired("derive a sealed workshop's key (Argon2id, 3 passes, 256 MiB)", "sealed/key derivation", "", "ms", 0, 1000);
  paired("open the large workshop", "open/large", "open the typical workshop", "ms", 20, 1000);
  paired("open the large workshop in Arabic and Hebrew", "open/large-ar-he", "open the typical workshop", "ms", 20,
         1000);
  rows.push_back({"open the large workshop", Measured("open/large").figure / 1000, "bare GLFW + ImGui window start",
                  start.bare * 1000, "ms", 1});
  paired("open it and show its session log (50,000 lines)", "open/large with its log", "open the large workshop",
         "ms", 0, 1000);
  paired("guard over a 200-paragraph memo, 120 participants", "export/guard", "plain scan of the same text", "µs",
         2);
  paired("guard, worst case: affiliations in the memo's own words", "export/guard worst case",
         "plain scan of the same text", "µs", 0);
  paired("Markdown export of that memo", "export/markdown", "the guard's scan", "µs", 5);
  paired("HTML export of that memo", "export/html", "the guard's scan", "µs", 5);
  paired("import 50,000 participants from CSV into a new workshop", "import/csv", "import 5,000 alike", "ms", 12,
         1000);
  paired("import a workshop document of 50,000 participants (JSON)", "import/json", "one of 5,000", "ms", 12, 1000);
  int pages = ExportedPdfPages(work);
  double pdfSeconds = Measured("export/pdf").figure / 1e6;
  rows.push_back({"PDF export of that memo (" + std::to_string(pages) + " pages)",
                  pdfSeconds > 0 ? pages / pdfSeconds : 0, "", 0, "pages/s", 0});
  double fileMb = double(FileSize(work.large)) / (1 << 20);
  rows.push_back({"peak memory, large workshop open, every view drawn", largePeakKb / 1024.0,
                  "3 × its file (" + std::to_string(int(fileMb)) + " MB) + the harness with an empty one",
                  3 * fileMb + emptyPeakKb / 1024.0, "MB", 1});
  rows.push_back({"start to first frame, typical workshop", start.parley * 1000, "bare GLFW + ImGui window start",
                  start.bare * 1000, "ms", 1.3});
  // At rest the reference is a frame for each second counted: nothing at all may be drawn with
  // the clock stopped (one frame allowed, for a stray event of the display), a frame for each
  // new second of a running clock.
  auto rest = [&](const std::string& clock, const Finished& f, double budget) {
    std::string counted = std::to_string(int(f.idleSeconds + 0.5)) + " s";
    rows.push_back({"frames drawn in " + counted + " at rest, demo open, speaker clock " + clock, double(f.idleFrames),
                    "a frame a second", f.idleSeconds, "frames", budget, true});
    rows.push_back({"CPU time of those " + counted, f.idleCpuSeconds * 1000, "", 0, "ms", 0});
  };
  rest("stopped", idle.still, 0.1);
  rest("running", idle.clock, 1.1);
  return rows;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 4 && std::strcmp(argv[1], "--peak-memory") == 0) return PeakMemoryChild(argv[2], argv[3]);
  try {
    Workloads work = Prepare(argc, argv);
    std::vector<char*> args = BenchmarkArgs(argc, argv);
    int count = int(args.size());
    benchmark::Initialize(&count, args.data());
    RegisterEditBenchmarks(work);
    RegisterFrameBenchmarks(work);
    RegisterOpenBenchmarks(work);
    RegisterExportBenchmarks(work);
    RegisterImportBenchmarks(work);
    RegisterSealedBenchmarks(work);
    Collector collector;
    benchmark::RunSpecifiedBenchmarks(&collector);
    benchmark::Shutdown();

    std::printf("\nStarting each program %d times, alternately...\n", kStartRuns);
    StartTimes start = MeasureStart(work);
    std::printf("Leaving the demo open at rest, the speaker clock stopped, then running...\n");
    std::fflush(stdout);
    Idle idle = MeasureIdle(work);
    std::string self = fs::read_symlink("/proc/self/exe").string();
    long emptyPeak = RunProcess({self, "--peak-memory", "new", work.folder + "/empty.parley"}).peakKilobytes;
    long largePeak = RunProcess({self, "--peak-memory", "open", work.large}).peakKilobytes;
    if (emptyPeak <= 0 || largePeak <= 0) throw std::runtime_error("a child did not report its peak memory");

    std::vector<Row> rows = Table(work, start, idle, emptyPeak, largePeak);
    PrintTable(rows);
    bool met = std::all_of(rows.begin(), rows.end(), [](const Row& row) { return row.Met(); });
    std::printf(met ? "\nEvery budget met.\n" : "\nA budget was missed.\n");
    return met ? 0 : 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "parley_bench: %s\n", e.what());
    return 2;
  }
}
