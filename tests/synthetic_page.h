#pragma once
// Pages of glyphs laid out like a printed table, for testing layout
// reconstruction without PDFs: columns of given widths, cells of given
// lines, numbers right-aligned, text left-aligned, header labels centred,
// cells aligned vertically as asked. Glyph order can be shuffled and
// glyphs drawn twice, as some producers do.

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "extract/glyph.h"
#include "normalize/text_join.h"

namespace budgetpdf::testing {

enum class VerticalAlign { centre, top, bottom };

struct SyntheticTable {
  std::vector<double> widths;  // column widths, pt
  double left = 60, top = 120;
  double font = 9;             // glyph boxes are 1.3 font sizes tall
  double padding = 2;
  VerticalAlign align = VerticalAlign::centre;
  // Header rows: per row, per column, lines; an entry "<span>k" before a
  // label spans k columns (e.g. {"<span>2", "收入"}).
  std::vector<std::vector<std::vector<std::string>>> header;
  std::vector<std::vector<std::vector<std::string>>> rows;
};

struct SyntheticPage {
  extract::PageGlyphs page;
  double bottom = 0;  // y under the last row
};

inline double glyph_width(char32_t c, double font) { return normalize::is_wide(c) ? font : 0.55 * font; }

inline double text_width(const std::u32string& text, double font) {
  double w = 0;
  for (char32_t c : text) w += c == U' ' ? 0.3 * font : glyph_width(c, font);
  return w;
}

inline void draw_text(extract::PageGlyphs& page, const std::string& text, double x, double y, double font) {
  for (char32_t c : normalize::to_u32(text)) {
    double w = c == U' ' ? 0.3 * font : glyph_width(c, font);
    if (c != U' ') page.glyphs.push_back({c, x, y, x + w, y + 1.3 * font});
    x += w;
  }
}

enum class HorizontalAlign { left, centre, right };

inline HorizontalAlign horizontal_for(const std::string& line) {
  bool numeric = !line.empty() && std::all_of(line.begin(), line.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
  return numeric ? HorizontalAlign::right : HorizontalAlign::left;
}

// Draws one row of cells between `y` and the returned bottom.
inline double draw_row(extract::PageGlyphs& page, const SyntheticTable& t, const std::vector<std::vector<std::string>>& cells,
                       double y, bool header) {
  double pitch = 1.45 * t.font;
  size_t tallest = 1;
  for (const auto& cell : cells) {
    size_t lines = 0;
    for (const auto& line : cell) lines += line.rfind("<span>", 0) != 0;
    tallest = std::max(tallest, lines);
  }
  double height = static_cast<double>(tallest) * pitch + 2 * t.padding;
  double x = t.left;
  for (size_t c = 0; c < cells.size() && c < t.widths.size(); ++c) {
    std::vector<std::string> lines = cells[c];
    double width = t.widths[c];
    if (!lines.empty() && lines.front().rfind("<span>", 0) == 0) {
      size_t span = std::stoul(lines.front().substr(6));
      for (size_t k = 1; k < span && c + k < t.widths.size(); ++k) width += t.widths[c + k];
      lines.erase(lines.begin());
    }
    double block = static_cast<double>(lines.size()) * pitch;
    double line_y = t.align == VerticalAlign::top      ? y + t.padding
                    : t.align == VerticalAlign::bottom ? y + height - t.padding - block
                                                       : y + (height - block) / 2;
    if (header) line_y = y + (height - block) / 2;
    for (const auto& line : lines) {
      double w = text_width(normalize::to_u32(line), t.font);
      HorizontalAlign h = header ? HorizontalAlign::centre : horizontal_for(line);
      double lx = h == HorizontalAlign::left    ? x + t.padding
                  : h == HorizontalAlign::right ? x + width - t.padding - w
                                                : x + (width - w) / 2;
      draw_text(page, line, lx, line_y + 0.075 * t.font, t.font);
      line_y += pitch;
    }
    x += width;
    // A spanning cell covers the columns after it: skip them.
    if (!cells[c].empty() && cells[c].front().rfind("<span>", 0) == 0) c += std::stoul(cells[c].front().substr(6)) - 1;
  }
  return y + height;
}

inline SyntheticPage draw_table(const SyntheticTable& t, int number = 1) {
  SyntheticPage out;
  out.page.number = number;
  out.page.width = 595;
  out.page.height = 842;
  double y = t.top;
  for (const auto& row : t.header) y = draw_row(out.page, t, row, y, true);
  for (const auto& row : t.rows) y = draw_row(out.page, t, row, y, false);
  out.bottom = y;
  return out;
}

// The same glyphs in random drawing order, each drawn `copies` times a
// fraction of a point apart (fake bold).
inline void scramble(extract::PageGlyphs& page, unsigned seed, int copies) {
  std::mt19937 random(seed);
  std::uniform_real_distribution<double> jitter(-0.2, 0.2);
  std::vector<extract::Glyph> glyphs;
  for (const auto& g : page.glyphs) {
    for (int k = 0; k < copies; ++k) {
      double dx = k == 0 ? 0 : jitter(random), dy = k == 0 ? 0 : jitter(random);
      glyphs.push_back({g.c, g.x0 + dx, g.y0 + dy, g.x1 + dx, g.y1 + dy});
    }
  }
  std::shuffle(glyphs.begin(), glyphs.end(), random);
  page.glyphs = std::move(glyphs);
}

}  // namespace budgetpdf::testing
