// The joint memo's export formats, each read back by a real reader: the Markdown by cmark, the
// HTML by libxml2's HTML parser (xmllint), the PDF by qpdf and poppler (pdfinfo, pdftotext).
// A missing reader fails the test with the Debian package to install; it never passes silently.
//
// Sections: [tools] running the readers  [memo] the sample memo  [markdown]  [html]  [pdf]
//           [guarded] the guard reads what the writers write
#include <doctest/doctest.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <regex>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/common/error.hpp"
#include "core/exports/guarded_export.hpp"
#include "core/exports/memo_formats.hpp"
#include "core/exports/memo_text.hpp"
#include "core/store/workshop.hpp"
#include "logical_text.hpp"
#include "temp_dir.hpp"

using namespace parley;
using namespace parley::test;
namespace fs = std::filesystem;

namespace {

// [tools] -------------------------------------------------------------------------------------

struct ToolRun {
  int status;       // exit status, -1 when the tool did not exit normally
  std::string out;  // everything it wrote to stdout
  std::string err;  // everything it wrote to stderr
};

std::string Quote(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// Fails the test unless `tool` is on the PATH.
void RequireTool(const std::string& tool, const std::string& package) {
  if (std::system(("command -v " + tool + " >/dev/null 2>&1").c_str()) != 0)
    FAIL(tool << " is missing: install the Debian package " << package
              << " (make test installs it) to check the memo exports.");
}

// Runs the shell command `command`, its output caught in files of `dir`.
ToolRun Run(const TempDir& dir, const std::string& command) {
  std::string out = dir.File("tool.out"), err = dir.File("tool.err");
  int raw = std::system((command + " >" + Quote(out) + " 2>" + Quote(err)).c_str());
  return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, ReadBytes(out), ReadBytes(err)};
}

std::string TrimEnd(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

// [memo] --------------------------------------------------------------------------------------

const std::string kArabic = "نحن بحاجة إلى مياه نظيفة";
const std::string kHebrew = "אנחנו צריכים מים נקיים";
const std::string kLatin =
    "Both communities need clean water that does not depend on the goodwill of the other side.";
const std::string kMixed =
    "Και οι δύο κοινότητες χρειάζονται καθαρό νερό. Обе общины нуждаются в чистой воде. "
    "ორივე თემს სუფთა წყალი სჭირდება.";

// A draft memo in six scripts with bracketed text; `steps` more paragraphs make it longer.
MemoDocument SampleMemo(int steps = 0) {
  MemoDocument memo;
  memo.title = "Water and trust in the Aldra valley";
  memo.subtitle = "Joint memorandum, draft 3, 14 October 2026";
  memo.language = "en";
  memo.pageMark = "DRAFT";
  memo.footer = "Not for attribution";
  memo.sections = {
      {"Who met",
       {{"Eleven participants from both communities met in their personal capacities.", false}}},
      {"Shared analysis",
       {{kLatin, false},
        {kArabic + ". يخشى الطرفان أن تتحول أي هيئة مشتركة إلى أداة للسيطرة على الينابيع.", false},
        {kHebrew + ". שני הצדדים חוששים שגוף משותף ישמש לשליטה במעיינות.", false},
        {kMixed, false}}},
      {"Recommended options and steps",
       {{"The parties [shall/should] set up a joint technical committee on the springs.", false},
        {"A neutral engineer reports every quarter to both councils.", true}}},
      {"Where views still differ", {{"Whether the committee's reports are made public.", true}}}};
  for (int i = 1; i <= steps; ++i)
    memo.sections[2].paragraphs.push_back(
        {"Step " + std::to_string(i) +
             ": the committee meets within thirty days, agrees its rules of procedure by "
             "consensus, and reports to the participants of the next session, who review whether "
             "the step has been taken and what stood in its way before anything further is "
             "proposed to the councils.",
         false});
  return memo;
}

// [markdown] ----------------------------------------------------------------------------------

// A top-level block of cmark's XML: its element ("heading1" for a level-1 heading), its text
// with line breaks as "\n", and the inline elements found inside it other than text and breaks.
struct MarkdownBlock {
  std::string kind;
  std::string text;
  std::set<std::string> inlines;
  bool operator==(const MarkdownBlock& other) const {
    return kind == other.kind && text == other.text;
  }
};

doctest::String toString(const MarkdownBlock& block) {
  return (block.kind + " \"" + block.text + "\"").c_str();
}

std::string XmlUnescape(std::string text) {
  const std::pair<std::string, std::string> entities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
  for (const auto& [entity, character] : entities)
    for (size_t at = 0; (at = text.find(entity, at)) != std::string::npos; at += character.size())
      text.replace(at, entity.size(), character);
  return text;
}

// The blocks of `markdown` as cmark reads them.
std::vector<MarkdownBlock> CmarkBlocks(const TempDir& dir, const std::string& markdown) {
  WriteBytes(dir.File("memo.md"), markdown);
  ToolRun cmark = Run(dir, "cmark --to xml " + Quote(dir.File("memo.md")));
  REQUIRE(cmark.status == 0);
  std::vector<MarkdownBlock> blocks;
  std::regex tag(R"(<(/?)([a-z_]+)([^>]*?)(/?)>)");
  int depth = 0;
  bool inText = false;
  size_t textStart = 0;
  for (auto it = std::sregex_iterator(cmark.out.begin(), cmark.out.end(), tag);
       it != std::sregex_iterator(); ++it) {
    const std::smatch& m = *it;
    bool closing = m[1].length() > 0, empty = m[4].length() > 0;
    std::string name = m[2];
    if (closing) {
      if (name == "text" && inText) {
        blocks.back().text +=
            XmlUnescape(cmark.out.substr(textStart, size_t(m.position()) - textStart));
        inText = false;
      }
      --depth;
      continue;
    }
    if (depth == 1) {  // a child of <document>
      std::string kind = name;
      std::smatch level;
      std::string attributes = m[3];
      if (std::regex_search(attributes, level, std::regex(R"re(level="(\d)")re"))) kind += level[1];
      blocks.push_back({kind, "", {}});
    } else if (depth > 1) {
      if (name == "text") {
        inText = true;
        textStart = size_t(m.position() + m.length());
      } else if (name == "linebreak" || name == "softbreak") {
        blocks.back().text += "\n";
      } else {
        blocks.back().inlines.insert(name);
      }
    }
    if (!empty) ++depth;
  }
  return blocks;
}

// The blocks the sample memo must come back as.
std::vector<MarkdownBlock> ExpectedBlocks(const MemoDocument& memo) {
  std::vector<MarkdownBlock> blocks;
  if (!memo.pageMark.empty()) blocks.push_back({"paragraph", memo.pageMark, {}});
  blocks.push_back({"heading1", memo.title, {}});
  blocks.push_back({"paragraph", memo.subtitle, {}});
  for (const auto& section : memo.sections) {
    blocks.push_back({"heading2", section.title, {}});
    for (const auto& paragraph : section.paragraphs)
      blocks.push_back(
          {"paragraph", paragraph.bracketed ? "[" + paragraph.text + "]" : paragraph.text, {}});
  }
  blocks.push_back({"thematic_break", "", {}});
  blocks.push_back({"paragraph", memo.pageMark + " — " + memo.footer, {}});
  return blocks;
}

TEST_CASE("The Markdown memo reads back through cmark as the memo, with no text turned markup") {
  RequireTool("cmark", "cmark");
  TempDir dir;

  SUBCASE("mark, title, subtitle, sections, paragraphs and footer come back in order") {
    MemoDocument memo = SampleMemo();
    std::vector<MarkdownBlock> blocks = CmarkBlocks(dir, MemoToMarkdown(memo));
    CHECK(blocks == ExpectedBlocks(memo));
    REQUIRE(blocks.size() > 3);
    CHECK(blocks.front().inlines == std::set<std::string>{"strong"});  // **DRAFT**
    CHECK(blocks[2].inlines == std::set<std::string>{"emph"});         // *subtitle*
    CHECK(blocks.back().inlines == std::set<std::string>{"strong"});   // **DRAFT** — footer
    for (size_t i = 3; i + 1 < blocks.size(); ++i) CHECK(blocks[i].inlines.empty());
  }

  SUBCASE("not-yet-agreed text keeps its brackets as text, never a link") {
    MemoDocument memo = SampleMemo();
    memo.sections = {{"Options",
                      {{"The parties [shall/should] agree.", false},
                       {"[shall/should]: https://example.org", false},
                       {"See [shall/should](https://example.org) and ![x](y.png).", false},
                       {"The committee [may [, in time,]] report.", true}}}};
    std::vector<MarkdownBlock> blocks = CmarkBlocks(dir, MemoToMarkdown(memo));
    CHECK(blocks == ExpectedBlocks(memo));
    for (const auto& block : blocks) {
      CHECK_FALSE(block.inlines.count("link"));
      CHECK_FALSE(block.inlines.count("image"));
    }
  }

  SUBCASE("CommonMark's special characters and line starts stay text") {
    std::vector<std::string> texts = {
        "*not emphasis* and _not either_ and **nor this**",
        "`not code` and ``not either``",
        "<b>not HTML</b> and <https://not.a.link> and <!-- not a comment -->",
        "&amp; stays &amp;, &#38; stays &#38;, A & B stays A & B",
        "# not a heading",
        "1. not a list",
        "2) not a list",
        "- not a list",
        "+ not a list",
        "> not a quote",
        "not a setext heading\n===",
        "nor this\n---",
        "***",
        "~~~ not a fence",
        "```not a fence",
        "a backslash at the end \\",
        "| not | a table |",
        "~~not struck~~",
        "line one\nline two\n  # line three"};
    MemoDocument memo;
    memo.title = "Specials #1 #";
    memo.language = "en";
    memo.sections.push_back({"Section ## with # hashes", {}});
    for (const auto& text : texts) memo.sections[0].paragraphs.push_back({text, false});
    std::vector<MarkdownBlock> blocks = CmarkBlocks(dir, MemoToMarkdown(memo));
    REQUIRE(blocks.size() == texts.size() + 2);
    CHECK(blocks[0] == MarkdownBlock{"heading1", "Specials #1 #", {}});
    CHECK(blocks[1] == MarkdownBlock{"heading2", "Section ## with # hashes", {}});
    for (size_t i = 0; i < texts.size(); ++i) {
      std::string expected = texts[i] == "line one\nline two\n  # line three"
                                 ? "line one\nline two\n# line three"  // lines are trimmed
                                 : texts[i];
      CHECK(blocks[i + 2] == MarkdownBlock{"paragraph", expected, {}});
      CHECK(blocks[i + 2].inlines.empty());
    }
  }

  SUBCASE("a final memo has no mark; empty parts are left out") {
    MemoDocument memo = SampleMemo();
    memo.pageMark = "";
    memo.footer = "";
    memo.subtitle = "";
    memo.sections[0].paragraphs.push_back({"  \n ", false});
    std::vector<MarkdownBlock> blocks = CmarkBlocks(dir, MemoToMarkdown(memo));
    REQUIRE_FALSE(blocks.empty());
    CHECK(blocks.front() == MarkdownBlock{"heading1", memo.title, {}});
    CHECK(blocks.back().text == "[Whether the committee's reports are made public.]");
    for (const auto& block : blocks) {
      CHECK(block.kind != "thematic_break");
      CHECK(block.inlines.empty());
    }
  }
}

// [html] --------------------------------------------------------------------------------------

// What xmllint's XPath `expression` gives on the HTML file at `path`.
std::string XPath(const TempDir& dir, const std::string& path, const std::string& expression) {
  ToolRun run = Run(dir, "xmllint --html --xpath " + Quote(expression) + " " + Quote(path));
  return TrimEnd(run.out);
}

TEST_CASE("The HTML memo is one valid page that reads right to left where its text does") {
  RequireTool("xmllint", "libxml2-utils");
  TempDir dir;
  std::string path = dir.File("memo.html");

  SUBCASE("xmllint's HTML parser reports nothing, for a draft and for odd input") {
    MemoDocument odd = SampleMemo();
    odd.title = "Title with \"quotes\" & <tags> and a bad byte \xff";
    odd.language = "en\" onload=\"alert(1)";
    odd.pageMark = "</style><script>x</script>";
    odd.sections[0].paragraphs.push_back(
        {"control \x01\x1b characters, a bracket [left open", true});
    for (const MemoDocument& memo : {SampleMemo(), odd}) {
      WriteBytes(path, MemoToHtml(memo));
      ToolRun lint = Run(dir, "xmllint --html --noout " + Quote(path));
      CHECK(lint.status == 0);
      CHECK(lint.err == "");
      CHECK(lint.out == "");
    }
    CHECK(XPath(dir, path, "string(/html/@lang)") == "und");
    CHECK(XPath(dir, path, "count(//script)") == "0");
    CHECK(XPath(dir, path, "string(//h1)") ==
          "Title with \"quotes\" & <tags> and a bad byte \uFFFD");
  }

  SUBCASE("language, charset, viewport, title, and no outside resources") {
    MemoDocument memo = SampleMemo();
    memo.language = "ar";
    WriteBytes(path, MemoToHtml(memo));
    std::string html = ReadBytes(path);
    CHECK(html.rfind("<!DOCTYPE html>\n", 0) == 0);
    CHECK(XPath(dir, path, "string(/html/@lang)") == "ar");
    CHECK(XPath(dir, path, "count(//meta[@charset='utf-8'])") == "1");
    CHECK(XPath(dir, path, "string(//meta[@name='viewport']/@content)") ==
          "width=device-width, initial-scale=1");
    CHECK(XPath(dir, path, "string(//title)") == memo.title);
    CHECK(XPath(dir, path, "count(//script|//link|//img|//iframe|//object|//*[@src]|//*[@href])") ==
          "0");
    std::string style = XPath(dir, path, "string(//style)");
    CHECK(style.find("@media print") != std::string::npos);
    CHECK(style.find("@page") != std::string::npos);
    CHECK(style.find("url(") == std::string::npos);
    CHECK(style.find("@import") == std::string::npos);
  }

  SUBCASE("headings and paragraphs carry dir=auto; brackets are marked spans; text is escaped") {
    MemoDocument memo = SampleMemo();
    memo.sections[0].paragraphs.push_back({"<b>not bold</b> & 'quoted' \"text\"", false});
    WriteBytes(path, MemoToHtml(memo));
    size_t paragraphs = 0;
    for (const auto& section : memo.sections) paragraphs += section.paragraphs.size();
    CHECK(XPath(dir, path, "count(//h1[@dir='auto'])") == "1");
    CHECK(XPath(dir, path, "count(//h2[@dir='auto'])") == std::to_string(memo.sections.size()));
    // Every paragraph, the subtitle and the footer line.
    CHECK(XPath(dir, path, "count(//p[@dir='auto'])") == std::to_string(paragraphs + 2));
    CHECK(XPath(dir, path, "count(//p[not(@dir='auto')])") == "0");
    CHECK(XPath(dir, path, "count(//p[@dir='auto'][contains(., '" + kArabic + "')])") == "1");
    CHECK(XPath(dir, path, "count(//span[@class='open'][.='[shall/should]'])") == "1");
    CHECK(XPath(dir, path,
                "count(//span[@class='open'][.='[A neutral engineer reports every quarter to both "
                "councils.]'])") == "1");
    CHECK(XPath(dir, path, "count(//b)") == "0");
    CHECK(XPath(dir, path,
                "count(//p[.=concat('<b>not bold</b> & ', \"'quoted'\", ' \"text\"')])") == "1");
  }

  SUBCASE("the page mark is on the page and fixed for every printed page") {
    WriteBytes(path, MemoToHtml(SampleMemo()));
    CHECK(XPath(dir, path, "count(//div[@class='watermark'][.='DRAFT'])") == "1");
    CHECK(XPath(dir, path, "count(//span[@class='mark'][.='DRAFT'])") == "2");  // top and footer
    CHECK(XPath(dir, path, "string(//style)").find("position: fixed") != std::string::npos);
    MemoDocument final = SampleMemo();
    final.pageMark = "";
    WriteBytes(path, MemoToHtml(final));
    CHECK(XPath(dir, path, "count(//*[@class='watermark' or @class='mark'])") == "0");
  }
}

// [pdf] ---------------------------------------------------------------------------------------

// `text` without white space and without the bidi controls pdftotext wraps RTL runs in.
std::string Squeezed(std::string text) {
  std::string out;
  const std::string bidiControls[] = {"\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D",
                                      "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"};
  for (size_t i = 0; i < text.size();) {
    if (std::isspace(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    bool control = false;
    for (const auto& c : bidiControls)
      if (text.compare(i, c.size(), c) == 0) {
        i += c.size();
        control = true;
        break;
      }
    if (!control) out += text[i++];
  }
  return out;
}

// `text` with its code points in reverse order (RTL text as a reader may give it).
std::string Reversed(const std::string& text) {
  std::vector<std::string> points;
  for (size_t i = 0; i < text.size();) {
    size_t length = 1;
    while (i + length < text.size() &&
           (static_cast<unsigned char>(text[i + length]) & 0xC0) == 0x80)
      ++length;
    points.push_back(text.substr(i, length));
    i += length;
  }
  std::string out;
  for (auto it = points.rbegin(); it != points.rend(); ++it) out += *it;
  return out;
}

bool ContainsText(const std::string& extracted, const std::string& text) {
  std::string haystack = Squeezed(extracted), needle = Squeezed(text);
  return haystack.find(needle) != std::string::npos ||
         haystack.find(Reversed(needle)) != std::string::npos;
}

std::string PdfText(const TempDir& dir, const std::string& path, int page = 0) {
  std::string pages = page > 0 ? " -f " + std::to_string(page) + " -l " + std::to_string(page) : "";
  ToolRun run = Run(dir, "pdftotext -layout" + pages + " " + Quote(path) + " -");
  REQUIRE(run.status == 0);
  return run.out;
}

// The value of `field` ("Pages", "Page size") in pdfinfo's report on `path`.
std::string PdfInfo(const TempDir& dir, const std::string& path, const std::string& field) {
  ToolRun run = Run(dir, "pdfinfo " + Quote(path));
  REQUIRE(run.status == 0);
  std::smatch match;
  std::regex line("(^|\n)" + field + ":[ ]+([^\n]*)");
  return std::regex_search(run.out, match, line) ? TrimEnd(match[2]) : "";
}

// While alive, no file of this process may grow beyond `bytes`: a write past it fails with
// EFBIG (SIGXFSZ is ignored meanwhile), as on a full disk.
class FileSizeLimit {
 public:
  explicit FileSizeLimit(rlim_t bytes) {
    getrlimit(RLIMIT_FSIZE, &m_old);
    m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limit = m_old;
    limit.rlim_cur = bytes;
    setrlimit(RLIMIT_FSIZE, &limit);
  }
  FileSizeLimit(const FileSizeLimit&) = delete;
  FileSizeLimit& operator=(const FileSizeLimit&) = delete;
  ~FileSizeLimit() {
    setrlimit(RLIMIT_FSIZE, &m_old);
    std::signal(SIGXFSZ, m_oldHandler);
  }

 private:
  rlimit m_old;               // the limit before
  void (*m_oldHandler)(int);  // SIGXFSZ's handler before
};

TEST_CASE("The PDF memo passes qpdf and reads back through poppler in every script") {
  RequireTool("qpdf", "qpdf");
  RequireTool("pdftotext", "poppler-utils");
  RequireTool("pdfinfo", "poppler-utils");
  TempDir dir;
  std::string path = dir.File("memo.pdf");

  SUBCASE(
      "a long draft on A4: valid, every script readable, DRAFT and 'Page n of N' on each page") {
    MemoDocument memo = SampleMemo(24);
    WriteMemoPdf(memo, PaperSize::A4, path);
    ToolRun check = Run(dir, "qpdf --check " + Quote(path));
    CHECK_MESSAGE(check.status == 0, check.out << check.err);
    CHECK(PdfInfo(dir, path, "Page size") == "595.28 x 841.89 pts (A4)");
    CHECK(PdfInfo(dir, path, "Title") == memo.title);
    int pages = std::atoi(PdfInfo(dir, path, "Pages").c_str());
    CHECK(pages >= 3);
    std::string text = PdfText(dir, path);
    for (const std::string& expected : std::vector<std::string>{
             memo.title, memo.subtitle, kLatin, kArabic, kHebrew, kMixed, memo.footer,
             "[shall/should]", "[A neutral engineer reports every quarter to both councils.]"})
      CHECK_MESSAGE(ContainsText(text, expected), expected);
    for (int page = 1; page <= pages; ++page) {
      std::string pageText = PdfText(dir, path, page);
      CHECK_MESSAGE(ContainsText(pageText, "DRAFT"), "page " << page);
      CHECK_MESSAGE(
          ContainsText(pageText, "Page " + std::to_string(page) + " of " + std::to_string(pages)),
          "page " << page);
    }
    CHECK_FALSE(fs::exists(path + ".partial"));
  }

  SUBCASE("Letter paper") {
    WriteMemoPdf(SampleMemo(), PaperSize::Letter, path);
    CHECK(PdfInfo(dir, path, "Page size") == "612 x 792 pts (letter)");
    CHECK(Run(dir, "qpdf --check " + Quote(path)).status == 0);
    CHECK(ContainsText(PdfText(dir, path, 1), "Page 1 of 1"));
  }

  SUBCASE("a paragraph longer than a page continues on the next, nothing cut off") {
    MemoDocument memo = SampleMemo();
    std::string words;
    for (int i = 1000; i < 1900; ++i) words += "w" + std::to_string(i) + " ";
    memo.sections[0].paragraphs.push_back({words, false});
    WriteMemoPdf(memo, PaperSize::A4, path);
    std::string first = Squeezed(PdfText(dir, path, 1)), second = Squeezed(PdfText(dir, path, 2));
    CHECK(first.find("w1000") != std::string::npos);
    CHECK(second.find("w1899") != std::string::npos);
    std::string all = Squeezed(PdfText(dir, path));
    size_t at = 0;
    for (int i = 1000; i < 1900; ++i) {
      at = all.find("w" + std::to_string(i), at);
      if (at == std::string::npos) FAIL("word w" << i << " is missing or out of order");
    }
  }

  SUBCASE("a final memo has no page mark") {
    MemoDocument memo = SampleMemo();
    memo.pageMark = "";
    WriteMemoPdf(memo, PaperSize::A4, path);
    CHECK_FALSE(ContainsText(PdfText(dir, path), "DRAFT"));
  }

  SUBCASE("writing into a folder that does not exist throws and leaves no file") {
    std::string missing = dir.File("no such folder/memo.pdf");
    try {
      WriteMemoPdf(SampleMemo(), PaperSize::A4, missing);
      FAIL("WriteMemoPdf did not throw");
    } catch (const Error& e) {
      CHECK(std::string(e.what()).find(missing) != std::string::npos);
      CHECK_FALSE(e.Advice().empty());
    }
    CHECK_FALSE(fs::exists(dir.File("no such folder")));
    CHECK(fs::is_empty(dir.Path()));
  }

  SUBCASE("a write that fails midway throws and leaves the previous file, no partial one") {
    WriteBytes(path, "the previous export");
    {
      FileSizeLimit limit(4096);  // as if the disk filled up after 4 KiB
      CHECK_THROWS_AS(WriteMemoPdf(SampleMemo(20), PaperSize::A4, path), Error);
    }
    CHECK(ReadBytes(path) == "the previous export");
    CHECK_FALSE(fs::exists(path + ".partial"));
  }

  SUBCASE("a failed write leaves the previous file as it was; a good one replaces it") {
    WriteBytes(path, "the previous export");
    fs::create_directory(path + ".partial");  // the partial file cannot be made
    CHECK_THROWS_AS(WriteMemoPdf(SampleMemo(), PaperSize::A4, path), Error);
    CHECK(ReadBytes(path) == "the previous export");
    fs::remove(path + ".partial");
    WriteMemoPdf(SampleMemo(), PaperSize::A4, path);
    CHECK(ReadBytes(path).rfind("%PDF-", 0) == 0);
    CHECK_FALSE(fs::exists(path + ".partial"));
  }
}

}  // namespace

// [guarded] -----------------------------------------------------------------------------------

namespace {

// A workshop with one participant, `name`, and a memo with one paragraph, `text`.
struct OneParagraph {
  TempDir dir;
  std::unique_ptr<Workshop> workshop;
  Id memo = 0;
  std::string out = dir.File("memo.md");
  OneParagraph(const std::string& name, const std::string& text) {
    workshop = Workshop::Create(dir.File("w.parley"), "Guarded", "2026-01-05");
    Id person = workshop->AddParticipant(workshop->Model().parties.front().id);
    workshop->SetText(Field::ParticipantName, person, name);
    memo = workshop->AddMemo("Joint memorandum", "2026-02-01");
    Id section = 0;
    for (const MemoSection& s : workshop->Model().sections)
      if (s.memoId == memo && section == 0) section = s.id;
    workshop->AddParagraph(section, text, ParagraphStatus::Agreed);
  }
  std::vector<ExportHit> Export() {
    return ExportMemo(*workshop, {memo, 0, ExportFormat::Markdown, false, PaperSize::A4, out});
  }
};

}  // namespace

TEST_CASE("The guard reads the memo as the writers write it: no dropped character hides a name") {
  // Each of these the writers drop; before, the guard took it for a gap between two words
  // and let "Olena" through, which the file then showed whole.
  for (std::string dropped : {"\u0085", "\x01", "\x7F", "\xEF\xBF\xBF", "\f", "\uFDD0"}) {
    OneParagraph memo("Olena Hryniuk", "As Ole" + dropped + "na said, the valley heals.");
    INFO("dropped bytes: " << dropped.size());
    std::vector<ExportHit> hits = memo.Export();
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].why == "part of a name");
    // What a hit quotes and the paragraph it shows (which an acceptance is keyed by) are the
    // text as it would be written, which is the text the guard checked.
    CHECK(hits[0].found == "Olena");
    CHECK(hits[0].paragraph == "As Olena said, the valley heals.");
    CHECK(hits[0].paragraph == CleanText("As Ole" + dropped + "na said, the valley heals."));
    CHECK_FALSE(fs::exists(memo.out));
  }
}

TEST_CASE("A short part of a name stops the export until the facilitator accepts it") {
  OneParagraph memo("Li Wei", "Li agreed to meet again.");
  std::vector<ExportHit> hits = memo.Export();
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].why == "short part of a name, to confirm");
  CHECK(hits[0].found == "Li");
  CHECK(hits[0].term == "Li");
  CHECK_FALSE(fs::exists(memo.out));
  // Accepted as naming no one, as any other hit is: then the memo goes out.
  memo.workshop->AcceptHit(memo.memo, hits[0].term, hits[0].paragraphKey, hits[0].paragraph);
  CHECK(memo.Export().empty());
  CHECK(fs::exists(memo.out));
}

// [direction] ---------------------------------------------------------------------------------

namespace {

// A word of pdftotext -bbox: its text and its box, in points from the page's top left.
struct PdfWord {
  std::string text;
  double xMin = 0, xMax = 0, yMin = 0;
};

std::vector<PdfWord> PdfWords(const TempDir& dir, const std::string& path) {
  ToolRun run = Run(dir, "pdftotext -bbox -f 1 -l 1 " + Quote(path) + " -");
  REQUIRE(run.status == 0);
  std::vector<PdfWord> words;
  std::regex word(R"re(<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="[0-9.]+">([^<]*)</word>)re");
  for (auto it = std::sregex_iterator(run.out.begin(), run.out.end(), word); it != std::sregex_iterator(); ++it)
    words.push_back({(*it)[4], std::stod((*it)[1]), std::stod((*it)[3]), std::stod((*it)[2])});
  return words;
}

const PdfWord& WordOf(const std::vector<PdfWord>& words, const std::string& text) {
  for (const PdfWord& word : words)
    if (word.text == text) return word;
  FAIL("no word " << text << " on the page");
  throw std::logic_error("unreachable");
}

// A memo in `language` whose paragraphs begin with no letter of either direction where they
// are dates, and otherwise are in Arabic, Hebrew and English.
MemoDocument MemoIn(const std::string& language) {
  MemoDocument memo;
  memo.title = "المياه الجوفية المشتركة";
  memo.subtitle = "2026-11-12";
  memo.language = language;
  memo.pageMark = "DRAFT";
  memo.footer = "Not for attribution.";
  memo.sections = {{"التحليل المشترك", {{kArabic, false}, {kHebrew, false}, {kLatin, false}, {"2026-11-20", false}}}};
  return memo;
}

}  // namespace

TEST_CASE("The workshop's language sets the HTML memo's lang and, written right to left, its direction") {
  RequireTool("xmllint", "libxml2-utils");
  TempDir dir;
  std::string path = dir.File("memo.html");
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"ar", "rtl"}, {"he", "rtl"}, {"he-IL", "rtl"}, {"fa", "rtl"}, {"ur", "rtl"}, {"az-Arab", "rtl"},
      {"en", ""},    {"ka", ""},    {"und", ""},      {"ur-Latn", ""}, {"", ""}};
  for (const auto& [language, direction] : cases) {
    INFO("language: " << language);
    WriteBytes(path, MemoToHtml(MemoIn(language)));
    CHECK(XPath(dir, path, "string(/html/@lang)") == (language.empty() ? "und" : language));
    CHECK(XPath(dir, path, "string(/html/@dir)") == direction);
    // Each paragraph still reads in its own direction: English stays left to right.
    CHECK(XPath(dir, path, "count(//p[@dir='auto'][contains(., 'Both communities')])") == "1");
  }
}

TEST_CASE("The exports hold the memo's text as typed: no presentation forms, no bidi controls added") {
  MemoDocument memo = MemoIn("ar");
  memo.sections[0].paragraphs.push_back({"قال: [يجب/ينبغي] أن تُنشر النتائج (كل أسبوع) باللغتين، 3 مرات.", true});
  memo.sections[0].paragraphs.push_back({"הקהילה תקבל [דו\"ח/סיכום] שבועי, ב-14:00.", false});
  CHECK(FirstNotLogical(MemoToHtml(memo)) == 0);
  CHECK(FirstNotLogical(MemoToMarkdown(memo)) == 0);
  // What the facilitator typed, controls included, is kept: the exports add nothing, drop nothing.
  memo.sections[0].paragraphs.push_back({"اسم \u2067שם\u2069 name", false});
  CHECK(MemoToHtml(memo).find("اسم \u2067שם\u2069 name") != std::string::npos);
  CHECK(MemoToMarkdown(memo).find("\u2067שם\u2069") != std::string::npos);
}

TEST_CASE("The PDF of a memo in a language written right to left is set from the right") {
  RequireTool("pdftotext", "poppler-utils");
  TempDir dir;
  std::string path = dir.File("memo.pdf");
  const double left = 56.69, right = 595.28 - 56.69;  // A4, 2 cm margins
  auto at = [](double x) { return doctest::Approx(x).epsilon(0.006); };  // within 3 points

  SUBCASE("Arabic: dates and the footer at the right, the page number and mark at the left") {
    WriteMemoPdf(MemoIn("ar"), PaperSize::A4, path);
    std::vector<PdfWord> words = PdfWords(dir, path);
    CHECK(WordOf(words, "2026-11-12").xMax == at(right));  // the subtitle
    CHECK(WordOf(words, "2026-11-20").xMax == at(right));  // a paragraph
    CHECK(WordOf(words, "attribution.").xMax == at(right));  // its full stop at its end
    CHECK(WordOf(words, "Page").xMin == at(left));
    // The English paragraph still reads from the left.
    CHECK(WordOf(words, "Both").xMin == at(left));
  }
  SUBCASE("English: the same memo set from the left, its Arabic paragraphs from the right") {
    WriteMemoPdf(MemoIn("en"), PaperSize::A4, path);
    std::vector<PdfWord> words = PdfWords(dir, path);
    CHECK(WordOf(words, "2026-11-12").xMin == at(left));
    CHECK(WordOf(words, "2026-11-20").xMin == at(left));
    CHECK(WordOf(words, "Not").xMin == at(left));
    CHECK(WordOf(words, "Page").xMin > right - 80);
    CHECK(WordOf(words, "Both").xMin == at(left));
  }
}
