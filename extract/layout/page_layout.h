#pragma once
// One page's glyphs into the shared model: grids (found from their 栏次 row,
// or from a header row of labels the rows below line up with) become table
// rows with cells; everything else becomes text lines in reading order.

#include <string>
#include <vector>

#include "extract/layout/column_model.h"
#include "extract/glyph.h"
#include "extract/layout/layout_params.h"
#include "extract/printed_document.h"

namespace budgetpdf::extract {

// The cells counted so far in each column of the grids under one header
// (known by its column centres) that have no 序号 or code column: they
// choose the key column of every such grid, however few rows a page holds.
struct CellCounts {
  std::vector<double> centres;
  std::vector<size_t> cells;
};

// What a page passes on to the next.
struct PageCarry {
  bool ended_in_grid = false;   // the page's last grid ran to its bottom
  bool last_text_open = false;  // the last text line may continue on the next page
  double last_text_x1 = 0;
  std::string last_title;       // the title over the last grid (some producers repeat it on every page)
  ColumnModel last_grid;        // the columns of that grid, when ended_in_grid
  std::string last_header;      // its header's text, if a row of labels (spaces dropped)
  ColumnModel last_fitted_grid;  // the last grid fitted on enough lines (for one with a few, under the same header)
  std::vector<CellCounts> cell_counts;  // per header, for choosing key columns
  double leading = 0;            // gap between the lines of wrapped text, as last measured (pt; 0: unknown)
  std::vector<std::string> ruled_header;  // the header rows of the last ruled grid, as mark_header gives them
};

std::vector<PrintedLine> layout_page(const PageGlyphs& page, PageCarry& carry, const LayoutParams& params);

}  // namespace budgetpdf::extract
