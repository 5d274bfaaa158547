#include "extract/layout/rulings.h"

#include <doctest/doctest.h>

#include <cstddef>
#include <vector>

namespace budgetpdf::extract {
namespace {

// A white page of `width` x `height` pixels at 2 points per pixel.
Raster blank(int width, int height) {
  Raster r;
  r.width = width;
  r.height = height;
  r.points_per_pixel = 2;
  r.grey.assign(static_cast<std::size_t>(width * height), 255);
  return r;
}

void ink(Raster& r, int x0, int y0, int x1, int y1, std::uint8_t grey = 0) {
  for (int y = y0; y <= y1; ++y)
    for (int x = x0; x <= x1; ++x) r.grey[static_cast<std::size_t>(y * r.width + x)] = grey;
}

}  // namespace

TEST_CASE("rules are long dark runs: a rule two pixels thick is one rule: text-sized ink is not a rule") {
  Raster r = blank(200, 150);
  ink(r, 10, 20, 189, 21);       // horizontal, 2 px thick: y = 21 px = 42 pt
  ink(r, 10, 100, 189, 100, 120);  // dark grey, 1 px thick
  ink(r, 50, 20, 50, 100);       // vertical
  ink(r, 120, 60, 130, 66);      // a glyph-sized blot
  Rulings rulings = find_rulings(r, 40);
  REQUIRE(rulings.horizontal.size() == 2);
  CHECK(rulings.horizontal[0].y0 == doctest::Approx(42));
  CHECK(rulings.horizontal[0].x0 == doctest::Approx(20));
  CHECK(rulings.horizontal[0].x1 == doctest::Approx(380));
  CHECK(rulings.horizontal[1].y0 == doctest::Approx(201));
  REQUIRE(rulings.vertical.size() == 1);
  CHECK(rulings.vertical[0].x0 == doctest::Approx(101));
  CHECK(rulings.vertical[0].y0 == doctest::Approx(40));
  CHECK(rulings.vertical[0].y1 == doctest::Approx(202));
}

TEST_CASE("a light grey fill is not a rule") {
  Raster r = blank(100, 50);
  ink(r, 0, 10, 99, 30, 220);
  CHECK(find_rulings(r, 40).empty());
}

TEST_CASE("rows_at gives the rules crossing x inside the band: column_rule the one nearest the guess") {
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
  // The rule at 70 runs along only a fifth of the rows.
  CHECK_FALSE(rulings.column_rule(60, 90, 0, 100, 70, &x));
}

}  // namespace budgetpdf::extract
