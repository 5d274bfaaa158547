#include "extract/layout/ruled_page.h"

#include <algorithm>

#include "extract/layout/text_lines.h"
#include "extract/vocabulary.h"

namespace budgetpdf::extract {
namespace {

// The text lines printed between y0 and y1, spaces dropped.
std::vector<std::string> lines_between(const std::vector<Glyph>& glyphs, double y0, double y1, const LayoutParams& params) {
  std::vector<Glyph> between;
  for (const auto& g : glyphs) {
    if (g.cy() > y0 && g.cy() < y1) between.push_back(g);
  }
  std::vector<std::string> texts;
  for (const auto& line : build_lines(std::move(between), params)) {
    texts.push_back(vocabulary::without_spaces(glyph_text(line.glyphs, params)));
  }
  return texts;
}

// Whether the glyphs between y0 and y1 print nothing but page furniture,
// page numbers and `title` (what a page repeats around a table going on:
// some producers print its title again).
bool only_furniture_between(const std::vector<Glyph>& glyphs, double y0, double y1, const LayoutParams& params,
                            const std::string& title = {}) {
  std::vector<Glyph> between;
  for (const auto& g : glyphs) {
    if (g.cy() > y0 && g.cy() < y1) between.push_back(g);
  }
  for (const auto& line : build_lines(std::move(between), params)) {
    if (!title.empty() && vocabulary::without_spaces(glyph_text(line.glyphs, params)) == title) continue;
    for (const auto& chunk : split_chunks(line.glyphs, params.chunk_gap_em, params)) {
      if (!vocabulary::looks_like_page_number(chunk.text) && !vocabulary::starts_like_furniture(chunk.text)) return false;
    }
  }
  return true;
}

// The title over a grid: the last line above it, back to the previous
// grid (or the page's top), that reads as a table's title.
std::string title_above(const std::vector<Glyph>& glyphs, double y0, double y1, const LayoutParams& params) {
  std::string title;
  for (const auto& text : lines_between(glyphs, y0, y1, params)) {
    if (vocabulary::looks_like_title(text)) title = text;
  }
  return title;
}

// The key column of every row of a ruled grid; the first data row of a
// grid that goes on from the previous page (same columns, nothing but
// furniture above it) continues the row the page break cut when its key
// cell is empty.
void key_rows(std::vector<PlacedLine>& rows, size_t key, bool goes_on) {
  bool first_data = true;
  for (auto& placed : rows) {
    PrintedLine& line = placed.line;
    if (line.kind != LineKind::row) continue;
    line.key_column = static_cast<int>(key);
    if (line.header) continue;
    if (first_data && goes_on) {
      size_t column = 0;
      for (const auto& cell : line.cells) {
        if (column == key) line.continues_row = cell.empty();
        column += static_cast<size_t>(std::max(cell.span, 1));
      }
    }
    first_data = false;
  }
}

}  // namespace

RuledPage lay_out_ruled_grids(const PageGlyphs& page, const PageCarry& previous, const LayoutParams& params) {
  RuledPage out;
  std::vector<RuledGrid> grids = find_ruled_grids(page.rulings, params);
  // The page's first grid may go on from the grid that ended the previous
  // page, with cells merged over some of its columns: only then does it
  // take that grid's columns.
  if (!grids.empty() && !previous.ruled_columns.empty() &&
      !same_columns(grids.front().xs, previous.ruled_columns, params.rule_join_pt) &&
      only_furniture_between(page.glyphs, 0, grids.front().ys.front(), params, previous.ruled_title)) {
    grids = find_ruled_grids(page.rulings, params, previous.ruled_columns);
  }
  out.header = previous.ruled_header;
  out.title = previous.ruled_title;
  out.key = previous.ruled_key;
  if (grids.empty()) {
    out.rest = page.glyphs;
    return out;
  }
  out.rest = place_glyphs(grids, page.glyphs);
  for (size_t g = 0; g < grids.size(); ++g) {
    const RuledGrid& grid = grids[g];
    auto rows = ruled_rows(grid, page.number, params);
    bool goes_on = g == 0 && same_columns(grid.xs, previous.ruled_columns, params.rule_join_pt) &&
                   only_furniture_between(out.rest, 0, grid.ys.front(), params, previous.ruled_title);
    if (!goes_on) out.title = title_above(out.rest, g == 0 ? 0 : grids[g - 1].ys.back(), grid.ys.front(), params);
    auto header = mark_header(grid, rows, out.header, goes_on);
    if (!header.empty()) out.header = std::move(header);
    out.key = goes_on ? previous.ruled_key : ruled_key_column(grid, rows, params);
    key_rows(rows, out.key, goes_on);
    for (auto& placed : rows) out.rows.push_back(std::move(placed));
  }
  if (only_furniture_between(out.rest, grids.back().ys.back(), page.height + 1, params)) out.columns = grids.back().xs;
  return out;
}

}  // namespace budgetpdf::extract
