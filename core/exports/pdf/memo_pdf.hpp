#pragma once
// The entry point of the PDF module (core/exports/pdf/memo_pdf.cpp, built as libparley_pdf.so), which
// WriteMemoPdf (memo_formats.cpp) loads by name the first time a PDF is written.
#include <string>

#include "core/method/memo_document.hpp"

namespace parley {

constexpr const char* kPdfModule = "libparley_pdf.so";
constexpr const char* kWriteMemoPdfSymbol = "parley_write_memo_pdf";

// Writes `memo` as PDF at `path` (as WriteMemoPdf says). On failure returns false with the two
// lines of the parley::Error: no exception crosses from the module into Parley.
using WriteMemoPdfFunction = bool(const MemoDocument& memo, PaperSize paper, const std::string& path,
                                  std::string* what, std::string* advice);

}  // namespace parley

extern "C" parley::WriteMemoPdfFunction parley_write_memo_pdf;
