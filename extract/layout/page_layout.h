#pragma once
// One page's glyphs into the shared model, in stages: the ruled grids
// (ruled_page) take the glyphs inside their rules; of the rest, grids found
// from their 栏次 row or from a header row of labels (label_header) that
// the rows below line up with become table rows with cells; everything else
// becomes text lines (page_text), all in reading order. The previous
// page's state is read, never changed; the next page's is built fresh.

#include <string>
#include <vector>

#include "extract/glyph.h"
#include "extract/layout/layout_params.h"
#include "extract/layout/page_carry.h"
#include "extract/limits.h"
#include "extract/printed_document.h"

namespace budgetpdf::extract {

struct LaidOutPage {
  std::vector<PrintedLine> lines;  // in reading order
  PageCarry next;                  // what the next page needs of this one
  bool over_limit = false;         // more text lines than Limits::lines_per_page: the page was skipped
};

// `previous`: what the page before left (default for a document's first
// page, or after a page that could not be read).
LaidOutPage layout_page(const PageGlyphs& page, const PageCarry& previous, const LayoutParams& params,
                        const Limits& limits = {});

}  // namespace budgetpdf::extract
