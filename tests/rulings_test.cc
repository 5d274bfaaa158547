#include "extract/layout/rulings.h"

#include <doctest/doctest.h>

using namespace budgetpdf::extract;

TEST_CASE("segments drawn cell by cell, twice or as thin rectangles merge into one rule") {
  std::vector<RuleSegment> segments = {
      // A row rule drawn cell by cell, each cell's edge meeting the next
      // within a point, one cell's twice (both cells draw the border).
      {true, 100.0, 10, 60}, {true, 100.4, 60.5, 120}, {true, 100.2, 121, 200}, {true, 99.9, 10, 60},
      // The next row's rule, and a piece of rule far to the right: a gap.
      {true, 120, 10, 200}, {true, 120, 260, 300},
      // A column rule as the two long edges of a 0.5 pt wide rectangle.
      {false, 59.75, 100, 120}, {false, 60.25, 100, 120},
      // An underline shorter than a rule can be.
      {true, 140, 10, 12}};
  Rulings rulings = merge_segments(segments, 1.5, 2.0, 4.0);
  REQUIRE(rulings.horizontal.size() == 3);
  CHECK(rulings.horizontal[0].x0 == doctest::Approx(10));
  CHECK(rulings.horizontal[0].x1 == doctest::Approx(200));
  CHECK(rulings.horizontal[0].y0 == doctest::Approx(100.13).epsilon(0.001));
  CHECK(rulings.horizontal[1].x1 == doctest::Approx(200));
  CHECK(rulings.horizontal[2].x0 == doctest::Approx(260));
  REQUIRE(rulings.vertical.size() == 1);
  CHECK(rulings.vertical[0].x0 == doctest::Approx(60));
  CHECK(rulings.vertical[0].y0 == doctest::Approx(100));
  CHECK(rulings.vertical[0].y1 == doctest::Approx(120));
}

TEST_CASE("rows are the rules crossing a column, a column rule runs along most of the rows") {
  Rulings rulings;
  rulings.horizontal = {{0, 10, 100, 10}, {0, 30, 100, 30}, {60, 50, 100, 50}};
  rulings.vertical = {{40, 0, 40, 100}, {48, 0, 48, 100}, {70, 0, 70, 20}};
  CHECK(rulings.rows_at(20, 0, 100) == std::vector<double>{10, 30});
  CHECK(rulings.rows_at(80, 20, 100) == std::vector<double>{30, 50});
  double x = 0;
  REQUIRE(rulings.column_rule(30, 60, 0, 100, 47, &x));
  CHECK(x == 48);
  REQUIRE(rulings.column_rule(30, 60, 0, 100, 41, &x));
  CHECK(x == 40);
  CHECK_FALSE(rulings.column_rule(60, 90, 0, 100, 70, &x));
}
