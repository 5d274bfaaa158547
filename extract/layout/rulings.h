#pragma once
// Ruling lines of a page: the horizontal and vertical segments its content
// draws (stroked lines, thin filled rectangles), merged where collinear and
// touching into the rules a reader sees.

#include <vector>

namespace budgetpdf::extract {

// A horizontal rule (y0 == y1) or a vertical one (x0 == x1), in points.
struct Rule {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// A horizontal or vertical segment as the page draws it.
struct RuleSegment {
  bool horizontal = true;
  double at = 0;            // y of a horizontal segment, x of a vertical one (pt)
  double from = 0, to = 0;  // its extent along its direction, from <= to (pt)
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

// Segments within `across_pt` of one another across their direction and
// within `gap_pt` along it are one rule (a producer draws a rule cell by
// cell, or twice, or as the two edges of a thin rectangle); rules shorter
// than `min_length` (pt) are dropped.
Rulings merge_segments(std::vector<RuleSegment> segments, double across_pt, double gap_pt, double min_length);

}  // namespace budgetpdf::extract
