#pragma once
// Reader for PDFs: each page read by Poppler in one pass (glyphs, rules,
// images), then rebuilt by layout reconstruction into the shared model.

#include <string>
#include <vector>

#include "extract/layout/layout_params.h"
#include "extract/glyph.h"
#include "extract/limits.h"
#include "extract/printed_document.h"

namespace budgetpdf::extract {

struct PdfReadOptions {
  std::vector<std::string> passwords;  // tried in order, then the empty one
  LayoutParams layout;
  Limits limits;
};

// Throws InputError: encrypted, damaged, no_text_layer (no page has text
// and some page is a scanned image).
PrintedDocument read_pdf(const std::string& bytes, const PdfReadOptions& options);

// What Poppler gives of each page (glyphs, segments merged into rules), or
// of page `only` alone when it is not 0: the layout's input, for debugging.
// Throws InputError: encrypted, damaged.
std::vector<PageGlyphs> read_pdf_pages(const std::string& bytes, const PdfReadOptions& options, int only = 0);

}  // namespace budgetpdf::extract
