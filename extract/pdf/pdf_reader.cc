#include "extract/pdf/pdf_reader.h"

#include <fmt/format.h>

#include "extract/input_error.h"
#include "extract/layout/page_layout.h"
#include "extract/pdf/poppler_document.h"

namespace budgetpdf::extract {

PrintedDocument read_pdf(const std::string& bytes, const PdfReadOptions& options) {
  PopplerDocument pdf(bytes, options.password);
  PrintedDocument doc;
  doc.page_count = pdf.page_count();
  if (!pdf.repair().empty()) {
    doc.diagnostics.push_back({Severity::error, "reader.repaired", 0, "", "", "",
                               fmt::format("the PDF is cut off or damaged and {}; {} pages could be read: get a complete "
                                     "copy of the file for what is missing",
                                     pdf.repair(), pdf.page_count())});
  }
  PageCarry carry;
  int pages_with_text = 0;
  std::vector<int> pages_without_text;
  for (int number = 1; number <= pdf.page_count(); ++number) {
    PageGlyphs page = pdf.page(number, doc.diagnostics);
    if (page.glyphs.empty()) {
      pages_without_text.push_back(number);
      carry = PageCarry{};
      continue;
    }
    ++pages_with_text;
    if (options.layout.use_rulings) {
      page.rulings = find_rulings(pdf.render(number, options.layout.rulings_dpi), options.layout.min_rule_length_pt);
    }
    for (auto& line : layout_page(page, carry, options.layout)) doc.lines.push_back(std::move(line));
  }
  if (pages_with_text == 0) {
    throw InputError(ErrorCode::no_text_layer,
                     fmt::format("none of the PDF's {} pages has a text layer (scanned images?): run OCR on it first "
                                 "(e.g. ocrmypdf) and convert the result",
                                 pdf.page_count()));
  }
  for (int number : pages_without_text) {
    doc.diagnostics.push_back({Severity::error, "reader.no_text_layer", number, "", "", "",
                               "the page has no text layer (a scanned image?): its content is missing; OCR the file "
                         "(e.g. ocrmypdf) to read it"});
  }
  return doc;
}

}  // namespace budgetpdf::extract
