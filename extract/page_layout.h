#pragma once
// One page's glyphs into the shared model: grids (found from their 栏次 row,
// or from a header row of labels the rows below line up with) become table
// rows with cells; everything else becomes text lines in reading order.

#include <string>
#include <vector>

#include "extract/column_model.h"
#include "extract/glyph.h"
#include "extract/layout_params.h"
#include "extract/printed_document.h"

namespace budgetpdf::extract {

// The key column a grid without 序号 or code chose by counting cells, and
// the column centres it chose it among.
struct ChosenKey {
  std::vector<double> centres;
  size_t column = 0;
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
  ChosenKey last_chosen_key;     // the key column the last grid with enough cells chose by counting them
  double leading = 0;            // gap between the lines of wrapped text, as last measured (pt; 0: unknown)
};

std::vector<PrintedLine> layout_page(const PageGlyphs& page, PageCarry& carry, const LayoutParams& params);

}  // namespace budgetpdf::extract
