#pragma once
// The shared table model: what every reader (text dump, PDF) hands to
// reconstruction. It holds the document as printed, line by line, before any
// knowledge of budget tables: a line is running text or one row of a table
// grid whose cells keep the line breaks the source put inside them.

#include <optional>
#include <string>
#include <vector>

#include "extract/diagnostic.h"

namespace budgetpdf::extract {

// One cell of a printed table row.
struct Cell {
  // The cell's text lines, top to bottom, as the source wrapped them. A text
  // dump cannot tell a wrap from a space, so it gives one line per cell with
  // the wraps left as spaces; the PDF reader gives one entry per printed line.
  std::vector<std::string> lines;
  // Number of grid columns the cell covers (merged header cells); 0 when the
  // source cannot tell (text dumps), and spans are then inferred from the
  // header's layout. Always at least 1 when given.
  int span = 0;
  // An empty cell of a ruled grid whose box starts on this row and runs on
  // past the grid's foot: a merged cell the page break cuts, whose text,
  // centred on its whole run, may be printed where the box goes on (atop the
  // next page) and not here. Only a PDF's rules can tell.
  bool cut_at_foot = false;

  bool empty() const;
  // The lines joined with single spaces, for matching labels and titles.
  std::string flat() const;
  // Grid columns it covers: its span, one when the source cannot tell.
  size_t columns() const { return span > 0 ? static_cast<size_t>(span) : 1; }
};

enum class LineKind {
  text,  // running text, a title, page furniture: one cell
  row,   // one row of a table grid: one cell per column
};

struct PrintedLine {
  LineKind kind = LineKind::text;
  std::vector<Cell> cells;
  // 1-based page the line is printed on; 0 when the source has no pages.
  int page = 0;
  // Last page the line reaches (a PDF row continued on the next page by the
  // reader itself); equals page otherwise.
  int last_page = 0;
  // True for the first line after a blank line or a page break: repeated
  // page headers start such blocks.
  bool starts_block = false;
  // A row the reader knows to be part of a table's header (a PDF's layout
  // says so); a text dump cannot tell and leaves it false.
  bool header = false;
  // A row the reader knows to be the tail of the row before it, cut by a
  // page break: the page's first row of a grid that goes on from the
  // previous page, with no key cell (序号, code) of its own. A text dump
  // cannot tell and leaves it false.
  bool continues_row = false;
  // The grid column whose cells start rows (序号, a code, …), as the reader
  // chose it laying out the grid; -1 when it cannot tell (text dumps). When
  // set, `continues_row` is the reader's decision on every row.
  int key_column = -1;

  // Text of a text line (its only cell, flattened).
  std::string text() const;
  // Grid columns the row covers, its merged cells counted by their spans.
  size_t width() const;
};

struct PrintedDocument {
  std::optional<int> page_count;  // null for text dumps
  std::vector<PrintedLine> lines;
  std::vector<Diagnostic> diagnostics;  // what the reader could not read
};

}  // namespace budgetpdf::extract
