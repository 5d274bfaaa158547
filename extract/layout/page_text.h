#pragma once
// The running text of a page: the phrases no grid took become text lines
// (furniture that a narrow cell wrapped, "113 开发" over "区组织人" over "事局",
// joined back into one), and each text line learns whether it starts a
// paragraph or runs on from the line before, across grids and pages.

#include <vector>

#include "extract/layout/page_lines.h"
#include "extract/printed_document.h"

namespace budgetpdf::extract {

// A line or row of the page, where it is printed.
struct PageItem {
  double y = 0;  // top (pt), the reading order's key
  PrintedLine line;
  double x0 = 0, x1 = 0;  // horizontal extent, for text lines
};

// The text lines of the page's lines not `used` by a grid, on page `page`.
std::vector<PageItem> text_items(const PageLines& lines, const std::vector<bool>& used, int page);

// Marks the text lines of `items` (in reading order) that start a
// paragraph: indented, after a line that ended short of the right margin,
// or after a grid or the page start with nothing saying the text runs on.
// `previous_open`: the previous page's last text line may run on here.
// Returns whether this page's last text line may run on to the next.
bool mark_paragraph_starts(std::vector<PageItem>& items, double em, bool previous_open);

}  // namespace budgetpdf::extract
