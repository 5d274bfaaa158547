#pragma once
// Physical lines of a grid's data region grouped into logical rows. A row
// starts where its key cell (序号, else the code, else the column filled in
// every row) starts; every other cell's lines are matched to the row whose
// key they align with — centred, top- or bottom-aligned, whichever the
// column follows — so a cell of any number of lines lands in its row
// whatever the vertical alignment of the others.

#include <string>
#include <vector>

#include "extract/layout/column_model.h"
#include "extract/glyph.h"
#include "extract/layout/layout_params.h"
#include "extract/layout/rulings.h"

namespace budgetpdf::extract {

struct GroupedRow {
  std::vector<std::vector<std::string>> cells;  // per column, its lines top to bottom
  double y0 = 0, y1 = 0;
  // The tail of the row the page break cut: lines above the page's first
  // key cell that belong to no row of this page.
  bool continuation = false;
};

struct RowKey {
  size_t column = 0;
  // Every line of the key column starts a row (序号: one number per row);
  // otherwise lines of the key column close together are one wrapped cell.
  bool one_line_per_row = false;
};

// `continuation_allowed`: the page may begin with the tail of a row from the
// previous page. Rows come out top to bottom.
// With `rulings`, rows are the bands between the rules across the key
// column, and a cell with no rule across it over several bands (a merged
// cell) goes to the first of them; when the rules do not separate the key
// cells one by one, the alignment matching is used as without.
// `leading` (pt, 0: unknown) is the gap between the lines of a wrapped cell
// as the page prints it elsewhere: a column showing only wider gaps has no
// wrapped cell, whatever its alignment would make of them.
std::vector<GroupedRow> group_rows(const std::vector<const TextLine*>& lines, const ColumnModel& model, RowKey key,
                                   bool continuation_allowed, const LayoutParams& params,
                                   const Rulings* rulings = nullptr, double leading = 0);

// The separate cells (lines close together are one) of each column.
std::vector<size_t> cells_per_column(const std::vector<const TextLine*>& lines, const ColumnModel& model,
                                     const LayoutParams& params);

// The column whose cells start rows when no header names it: the leftmost
// column with nearly as many separate cells as the busiest one.
size_t busiest_column(const std::vector<size_t>& cells, const LayoutParams& params);

}  // namespace budgetpdf::extract
