#include "extract/limits.h"

#include <fmt/format.h>

#include "extract/printed_document.h"

namespace budgetpdf::extract {

void cap_rows(PrintedDocument& doc, const Limits& limits) {
  size_t rows = 0;
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    if (doc.lines[i].kind != LineKind::row || ++rows <= limits.rows_per_document) continue;
    int page = doc.lines[i].page;
    doc.lines.resize(i);
    doc.diagnostics.push_back(
        {Severity::error, "limit.rows_per_document", page, "", "", "",
         fmt::format("the document prints more than budgetpdf's cap of {} table rows (rows_per_document): the rest "
                     "of it{} was skipped; a disclosure never comes near it, so the file is probably broken or not "
                     "a disclosure",
                     limits.rows_per_document, page > 0 ? fmt::format(" from page {} on", page) : std::string())});
    return;
  }
}

}  // namespace budgetpdf::extract
