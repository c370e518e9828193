// Budget 4, export: the non-attribution guard over the large workshop's first memo (200
// paragraphs, 120 participants) against a plain scan of the same text, also where the
// affiliations are written in the memo's own words; the Markdown and HTML exports of that
// memo against the guard; the PDF, measured in pages per second.
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include "benchmarks.hpp"
#include "core/method/attribution_guard.hpp"
#include "core/method/memo.hpp"
#include "core/exports/memo_formats.hpp"
#include "core/common/unicode_text.hpp"
#include "core/store/workshop.hpp"

namespace parley::bench {

namespace {

struct MemoText {
  Model model;
  Id id = 0;
  std::vector<std::string> texts;  // what the guard reads
};

MemoText LargeMemo(const std::string& path) {
  MemoText memo{Workshop::Open(path)->Model(), 0, {}};
  memo.id = memo.model.memos.front().id;
  for (GuardedText& t : MemoTexts(memo.model, memo.id, 0)) memo.texts.push_back(std::move(t.text));
  return memo;
}

// The least any check of the text must do: read it as the guard compares it (case, accents
// and white space folded) and look for one word.
void PlainScan(const MemoText& memo) {
  for (const std::string& text : memo.texts) benchmark::DoNotOptimize(NormaliseForMatching(text).find("participant"));
}

void GuardScan(const AttributionGuard& guard, const MemoText& memo) {
  benchmark::DoNotOptimize(guard.Check(memo.texts).size());
}

void Guard(benchmark::State& state, const std::string& path) {
  MemoText memo = LargeMemo(path);
  AttributionGuard guard(memo.model);
  Alternate(state, Clock::Cpu, [&] { GuardScan(guard, memo); }, [&] { PlainScan(memo); });
}

// The matcher's worst case, measured but held to no budget: every participant's affiliation
// is three words of the memo itself, so that nearly every word of the text begins a term and
// the automaton walks all of it instead of idling between words.
void GuardWorstCase(benchmark::State& state, const std::string& path) {
  MemoText memo = LargeMemo(path);
  for (size_t k = 0; k < memo.model.participants.size(); ++k) {
    std::istringstream words(memo.texts[k % memo.texts.size()]);
    std::string word, role;
    for (size_t n = 0; n < k % 30 && words >> word; ++n) {}  // where this participant's words begin
    for (int n = 0; n < 3 && words >> word; ++n) role += word + " ";
    memo.model.participants[k].role = role;
  }
  AttributionGuard guard(memo.model);
  Alternate(state, Clock::Cpu, [&] { GuardScan(guard, memo); }, [&] { PlainScan(memo); });
}

// An export of the memo, against the guard's scan of it.
template <class Export>
void ExportAgainstGuard(benchmark::State& state, const std::string& path, Export exportMemo) {
  MemoText memo = LargeMemo(path);
  AttributionGuard guard(memo.model);
  Alternate(
      state, Clock::Cpu,
      [&] { benchmark::DoNotOptimize(exportMemo(BuildMemoDocument(memo.model, memo.id, 0, false))); },
      [&] { GuardScan(guard, memo); });
}

void Markdown(benchmark::State& state, const std::string& path) { ExportAgainstGuard(state, path, MemoToMarkdown); }

void Html(benchmark::State& state, const std::string& path) { ExportAgainstGuard(state, path, MemoToHtml); }

void Pdf(benchmark::State& state, const std::string& path, const std::string& out) {
  MemoText memo = LargeMemo(path);
  Alternate(state, Clock::Real,
            [&] { WriteMemoPdf(BuildMemoDocument(memo.model, memo.id, 0, false), PaperSize::A4, out); });
}

std::string PdfPath(const Workloads& work) { return work.folder + "/memo.pdf"; }

}  // namespace

void RegisterExportBenchmarks(const Workloads& work) {
  Add("export/guard", Guard, work.large);
  Add("export/guard worst case", GuardWorstCase, work.large);
  Add("export/markdown", Markdown, work.large);
  Add("export/html", Html, work.large);
  Add("export/pdf", Pdf, work.large, PdfPath(work));
}

// cairo writes each page as an object of /Type /Page (and the tree as /Type /Pages).
int ExportedPdfPages(const Workloads& work) {
  std::ifstream in(PdfPath(work), std::ios::binary);
  std::string pdf(std::istreambuf_iterator<char>(in), {});
  int pages = 0;
  for (size_t at = 0; (at = pdf.find("/Type /Page", at)) != std::string::npos; at += 11)
    if (pdf.compare(at + 11, 1, "s") != 0) ++pages;
  return pages;
}

}  // namespace parley::bench
