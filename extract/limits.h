#pragma once
// Caps on the work one document may cause, named in one place (as SQLite's
// sqliteLimit.h does): a hostile or broken file must not take unbounded
// time or memory. Past a cap, the page or table is skipped (or cut where
// the cap was reached) with a failed `limit.*` check saying what was
// skipped, and the rest of the document converts. Real disclosures stay
// far below every cap: a dense A4 page holds about 5,000 glyphs and 2,000
// rule segments, a table some thousand rows.

#include <cstddef>

namespace budgetpdf::extract {

struct Limits {
  // Glyphs read from one page (limit.glyphs_per_page).
  size_t glyphs_per_page = 200'000;
  // Straight path segments (candidate rules) of one page (limit.rules_per_page).
  size_t rules_per_page = 200'000;
  // Content-stream operators interpreted on one page, counted in Poppler's
  // abort checks, which come about every ten operators
  // (limit.operators_per_page).
  size_t operators_per_page = 20'000'000;
  // Graphics states saved (`q`) and not yet restored: each holds a copy of
  // the state; the PDF specification's own implementation limit is 28
  // (limit.graphics_state_depth).
  size_t graphics_state_depth = 1'000;
  // Text lines of one page that layout reconstruction takes on: its
  // dynamic programmes are quadratic in them (limit.lines_per_page).
  size_t lines_per_page = 20'000;
  // Cells of one table (limit.cells_per_table).
  size_t cells_per_table = 2'000'000;
  // Printed rows of one document (limit.rows_per_document).
  size_t rows_per_document = 2'000'000;
  // Figures the narrative states that become statements and are audited
  // (limit.statements_per_document): a disclosure's 情况说明 states a few
  // hundred; each is a record held until the document is written.
  size_t statements_per_document = 20'000;
};

struct PrintedDocument;

// Rows past Limits::rows_per_document are dropped with one failed
// limit.rows_per_document diagnostic saying from which page on.
void cap_rows(PrintedDocument& doc, const Limits& limits);

}  // namespace budgetpdf::extract
