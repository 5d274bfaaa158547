#pragma once
// What the PDF reader takes from a page: positioned glyphs, the straight
// path segments that may rule its tables, and where it paints images; and
// the text lines built from the glyphs. Coordinates: points (1/72 in),
// origin at the top-left of the page as displayed (its /Rotate applied),
// y growing downwards.

#include <cstdint>
#include <string>
#include <vector>

#include "extract/layout/rulings.h"

namespace budgetpdf::extract {

struct Glyph {
  char32_t c = 0;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  // Glyphs the producer drew as one word (in one run, no space between)
  // share a number; 0 when not known. A word overflowing its cell stays in
  // the cell most of it lies in.
  std::uint32_t word = 0;
  // The gap (pt) to the next glyph of its word that its box was widened
  // over (kerning, the space between Latin and CJK text).
  float closed_gap = 0;

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
  // Horizontal and vertical segments drawn on the page (stroked lines and
  // thin filled rectangles), as drawn: not yet merged into rules.
  std::vector<RuleSegment> segments;
  Rulings rulings;              // the segments merged into rules
  double image_area = 0;        // pt², of the page's images (overlaps counted twice)
  std::string over_limit;       // the Limits field that stopped reading the page, if one did
};

}  // namespace budgetpdf::extract
