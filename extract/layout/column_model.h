#pragma once
// The columns of one grid on one page: a centre per column (where the 栏次
// numbers or the header labels sit) and the boundaries between them, found
// in the gutters that the data rows leave free.

#include <vector>

#include "extract/glyph.h"
#include "extract/layout/layout_params.h"

namespace budgetpdf::extract {

struct ColumnModel {
  std::vector<double> centres;     // left to right
  std::vector<double> boundaries;  // centres.size() - 1 of them
  double left = 0, right = 0;      // the grid's horizontal extent

  size_t size() const { return centres.size(); }
  // The column holding x; outside the grid, the nearest edge column.
  size_t column_of(double x) const;
  double column_left(size_t c) const { return c == 0 ? left : boundaries[c - 1]; }
  double column_right(size_t c) const { return c + 1 == centres.size() ? right : boundaries[c]; }
};

// A model whose boundaries are the midpoints of the centres: a first guess
// before the data rows are known.
ColumnModel midpoint_model(const std::vector<double>& centres, double left, double right);

// Boundaries from the data rows: each column is as wide on both sides of
// its centre, so each boundary mirrors the one before it (the first mirrors
// `left_edge`, the grid's leftmost ink), moved into the nearest stretch that
// no glyph of `lines` covers.
// With a `prior` (a grid under the same header fitted before, on enough
// rows) its boundaries are where each one should be instead: the same
// columns, which these rows only show where their gutters are free.
ColumnModel gutter_model(const std::vector<double>& centres, const std::vector<const TextLine*>& lines,
                         double left_edge, const LayoutParams& params, const ColumnModel* prior = nullptr);

// How many column centres the widest touching run of the line covers. A
// cell's text lies between the boundaries around its column, which leave
// the neighbours' centres out: a run covering two centres is running text.
// Only runs starting left of `starting_before` count (default: all).
int centres_covered(const TextLine& line, const ColumnModel& model, const LayoutParams& params,
                    double starting_before = 1e300);

}  // namespace budgetpdf::extract
