#pragma once
// Reader for PDFs: Poppler's glyphs, page by page, through layout
// reconstruction into the shared model.

#include <string>

#include "extract/layout/layout_params.h"
#include "extract/printed_document.h"

namespace budgetpdf::extract {

struct PdfReadOptions {
  std::string password;
  LayoutParams layout;
};

// Throws InputError: encrypted, damaged, no_text_layer (no page has text).
PrintedDocument read_pdf(const std::string& bytes, const PdfReadOptions& options);

}  // namespace budgetpdf::extract
