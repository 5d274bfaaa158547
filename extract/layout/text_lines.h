#pragma once
// Words and lines from glyph positions alone: producers that draw each glyph
// on its own, in no reading order, give the same lines as those that draw
// whole words.

#include <vector>

#include "extract/glyph.h"
#include "extract/layout/layout_params.h"

namespace budgetpdf::extract {

// Text lines of a page, top to bottom; glyphs drawn twice at (almost) the
// same place are kept once.
std::vector<TextLine> build_lines(std::vector<Glyph> glyphs, const LayoutParams& params);

// Runs of a line's glyphs split at gaps wider than `gap_em` (in em of the
// glyphs' height); word gaps inside a run become spaces.
std::vector<Chunk> split_chunks(const std::vector<Glyph>& glyphs, double gap_em, const LayoutParams& params);

// The glyphs as text, a space at every word gap.
std::string glyph_text(const std::vector<Glyph>& glyphs, const LayoutParams& params);

// Median glyph height of the lines: the size of the body text.
double body_height(const std::vector<TextLine>& lines);

}  // namespace budgetpdf::extract
