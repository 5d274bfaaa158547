#pragma once
// Ruling lines of a page, found as long dark runs in a low-resolution
// raster (as lattice-mode table tools do). Used only when asked for
// (--rulings): rendering a page costs more than reading its text.

#include <cstdint>
#include <vector>

namespace budgetpdf::extract {

// A grey page image: 0 black, 255 white, row-major.
struct Raster {
  int width = 0, height = 0;
  double points_per_pixel = 1;
  std::vector<std::uint8_t> grey;
};

// A horizontal rule (y0 == y1) or a vertical one (x0 == x1), in points.
struct Rule {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

struct Rulings {
  std::vector<Rule> horizontal;  // top to bottom
  std::vector<Rule> vertical;    // left to right

  bool empty() const { return horizontal.empty() && vertical.empty(); }
  // Horizontal rules crossing x, between y0 and y1 (exclusive), top down.
  std::vector<double> rows_at(double x, double y0, double y1) const;
  // A vertical rule between x0 and x1 that runs along [y0, y1] for at
  // least half of it; its x, nearest to `near`, if any.
  bool column_rule(double x0, double x1, double y0, double y1, double near, double* x) const;
};

// Rules at least `min_length` points long; runs of pixels darker than the
// threshold in adjacent pixel rows (columns) are one rule.
Rulings find_rulings(const Raster& raster, double min_length);

}  // namespace budgetpdf::extract
