#pragma once
// Positioned text as Poppler gives it, and the text lines built from it.
// Coordinates: points (1/72 in), origin at the top-left of the page as
// displayed (its /Rotate applied), y growing downwards.

#include <string>
#include <vector>

#include "extract/layout/rulings.h"

namespace budgetpdf::extract {

struct Glyph {
  char32_t c = 0;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;

  double height() const { return y1 - y0; }
  double cx() const { return (x0 + x1) / 2; }
  double cy() const { return (y0 + y1) / 2; }
};

// Glyphs whose vertical extents overlap, sorted left to right.
struct TextLine {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  std::vector<Glyph> glyphs;

  double height() const { return y1 - y0; }
  double cy() const { return (y0 + y1) / 2; }
};

// A run of glyphs of one line with no wide gap inside.
struct Chunk {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  std::string text;  // UTF-8, spaces where the glyphs leave word gaps

  double cx() const { return (x0 + x1) / 2; }
  double cy() const { return (y0 + y1) / 2; }
};

struct PageGlyphs {
  int number = 0;  // 1-based
  double width = 0, height = 0;
  std::vector<Glyph> glyphs;
  Rulings rulings;  // empty unless ruling lines were looked for
};

}  // namespace budgetpdf::extract
