#pragma once
// The ruled grids of one page in the document's flow: which grid goes on
// from the one that ended the previous page (same column rules, nothing but
// furniture or its title repeated above it), each grid's header rows, key
// column and title, and what the next page needs to tell the same of its
// first grid. The glyphs outside every grid are left to the text layout.

#include <string>
#include <vector>

#include "extract/glyph.h"
#include "extract/layout/layout_params.h"
#include "extract/layout/page_carry.h"
#include "extract/layout/ruled_grid.h"

namespace budgetpdf::extract {

struct RuledPage {
  std::vector<PlacedLine> rows;  // every grid's rows (and text drawn inside its rules), grid by grid
  std::vector<Glyph> rest;       // the glyphs outside every grid
  // For the next page (PageCarry's ruled_* fields; the previous page's
  // where this one has no grid).
  std::vector<std::string> header;  // the header rows of the last grid that printed one
  std::vector<double> columns;      // the last grid's column boundaries when it ends the page, else none
  size_t key = 0;                   // the last grid's key column
  std::string title;                // the title over the last grid (spaces dropped)
};

RuledPage lay_out_ruled_grids(const PageGlyphs& page, const PageCarry& previous, const LayoutParams& params);

}  // namespace budgetpdf::extract
