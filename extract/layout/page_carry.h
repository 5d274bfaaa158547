#pragma once
// What a page's layout leaves for the next page: a grid that ran to the
// page's end (its tail or its rows may go on), the titles and headers seen,
// the columns fitted, and measures that a page with a few lines cannot
// take on its own. The layout of a page reads the previous page's and
// builds the next page's afresh.

#include <string>
#include <vector>

#include "extract/layout/column_model.h"
#include "extract/layout/row_grouping.h"

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
  std::string last_title;       // the title over the last grid (some producers repeat it on every page)
  ColumnModel last_grid;        // the columns of that grid, when ended_in_grid
  RowKey last_key;              // and its key column
  std::string last_header;      // its header's text, if a row of labels (spaces dropped)
  ColumnModel last_fitted_grid;  // the last grid fitted on enough lines (for one with a few, under the same header)
  std::vector<CellCounts> cell_counts;  // per header, for choosing key columns
  double leading = 0;            // gap between the lines of wrapped text, as last measured (pt; 0: unknown)
  std::vector<std::string> ruled_header;  // the header rows of the last ruled grid, as mark_header gives them
  std::vector<double> ruled_columns;      // the column boundaries of the page's last ruled grid, when it ended the page
  size_t ruled_key = 0;                   // that grid's key column
  std::string ruled_title;                // the title over it (spaces dropped), which a producer may print again
};

}  // namespace budgetpdf::extract
