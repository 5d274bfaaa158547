#pragma once
// What a stage could not do, reported the same way by every stage (the
// readers, the layout, the grid, the typed mapping, the limits): a
// diagnostic does not stop the document; `normalize` turns each into one
// `check` record. What stops a document is an InputError.

#include <string>

namespace budgetpdf::extract {

enum class Severity {
  note,     // worth knowing, nothing is lost or suspect (a check that holds)
  warning,  // suspect, nothing was lost (a failed check)
  error,    // something printed is missing or unread (a failed check)
};

struct Diagnostic {
  Severity severity = Severity::error;
  // The check's rule: "<stage>.<what>", e.g. "reader.no_text_layer",
  // "layout.row_shape", "cell.amount_unparsed", "limit.glyphs_per_page".
  std::string code;
  int page = 0;          // 1-based page it is about; 0 when it is not one page
  std::string table;     // table kind, when it is about a table
  std::string subject;   // row name, code or title; "page N" when empty and a page is set
  std::string column;    // amount key, when it is about a cell
  std::string detail;    // what happened, quoting what was printed
};

}  // namespace budgetpdf::extract
