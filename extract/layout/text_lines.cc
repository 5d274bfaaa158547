#include "extract/layout/text_lines.h"

#include <algorithm>
#include <cmath>

#include <unicode/utf8.h>

namespace budgetpdf::extract {
namespace {

void append_utf8(std::string& out, char32_t c) {
  char buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(buffer, length, static_cast<UChar32>(c));
  out.append(buffer, static_cast<size_t>(length));
}

bool is_blank_glyph(char32_t c) { return c == U' ' || c == U'\t' || c == 0x3000 || c == 0xA0; }

// Drops glyphs drawn twice: same character, boxes offset by a fraction of
// their height (fake bold is drawn two or three times, 0.1–0.5 pt apart).
void drop_duplicates(std::vector<Glyph>& glyphs, const LayoutParams& params) {
  std::vector<Glyph> kept;
  kept.reserve(glyphs.size());
  for (const auto& g : glyphs) {
    double limit = params.duplicate_glyph_offset_em * std::max(g.height(), 1.0);
    bool duplicate = false;
    // Glyphs are sorted by x: only the last few kept ones can coincide.
    for (size_t k = kept.size(); k-- > 0 && kept.size() - k <= 4;) {
      const Glyph& other = kept[k];
      if (other.c == g.c && std::abs(other.x0 - g.x0) <= limit && std::abs(other.y0 - g.y0) <= limit) {
        duplicate = true;
        break;
      }
    }
    if (!duplicate) kept.push_back(g);
  }
  glyphs = std::move(kept);
}

}  // namespace

std::vector<TextLine> build_lines(std::vector<Glyph> glyphs, const LayoutParams& params) {
  glyphs.erase(std::remove_if(glyphs.begin(), glyphs.end(),
                              [](const Glyph& g) { return is_blank_glyph(g.c) || g.y1 <= g.y0; }),
               glyphs.end());
  std::sort(glyphs.begin(), glyphs.end(), [](const Glyph& a, const Glyph& b) { return a.cy() < b.cy(); });
  std::vector<TextLine> lines;
  // Sweep top to bottom: a glyph joins the open line it overlaps enough,
  // looking back over lines still within reach (several columns of a table
  // row can be open at once at slightly different heights).
  // Each line keeps the mean centre and height of its glyphs: a glyph joins
  // the line whose centre is within reach, so a line cannot creep downwards
  // glyph by glyph through the stacked lines of a header.
  struct Band {
    double centre_sum = 0, height_sum = 0;
    size_t count = 0;
    double centre() const { return centre_sum / static_cast<double>(count); }
    double height() const { return height_sum / static_cast<double>(count); }
  };
  std::vector<Band> bands;
  for (const auto& g : glyphs) {
    size_t home = lines.size();
    double best = 0;
    for (size_t k = lines.size(); k-- > 0;) {
      if (lines[k].y1 < g.y0 - 2 * g.height()) break;
      double h = std::min(bands[k].height(), g.height());
      double distance = std::abs(bands[k].centre() - g.cy());
      double shared = h - distance;  // overlap of two boxes of height h
      if (shared >= params.min_line_overlap * h && (home == lines.size() || shared > best)) {
        best = shared;
        home = k;
      }
    }
    if (home == lines.size()) {
      lines.push_back(TextLine{g.x0, g.y0, g.x1, g.y1, {}});
      bands.push_back({});
    }
    TextLine& line = lines[home];
    line.glyphs.push_back(g);
    line.x0 = std::min(line.x0, g.x0);
    line.x1 = std::max(line.x1, g.x1);
    line.y0 = std::min(line.y0, g.y0);
    line.y1 = std::max(line.y1, g.y1);
    bands[home].centre_sum += g.cy();
    bands[home].height_sum += g.height();
    ++bands[home].count;
  }
  for (auto& line : lines) {
    std::sort(line.glyphs.begin(), line.glyphs.end(), [](const Glyph& a, const Glyph& b) { return a.x0 < b.x0; });
    drop_duplicates(line.glyphs, params);
  }
  std::sort(lines.begin(), lines.end(), [](const TextLine& a, const TextLine& b) { return a.cy() < b.cy(); });
  return lines;
}

std::string glyph_text(const std::vector<Glyph>& glyphs, const LayoutParams& params) {
  std::string out;
  const Glyph* previous = nullptr;
  for (const auto& g : glyphs) {
    if (previous) {
      double em = std::max({previous->height(), g.height(), 1.0});
      if (g.x0 - previous->x1 > params.word_gap_em * em) out.push_back(' ');
    }
    append_utf8(out, g.c);
    previous = &g;
  }
  return out;
}

std::vector<Chunk> split_chunks(const std::vector<Glyph>& glyphs, double gap_em, const LayoutParams& params) {
  std::vector<Chunk> chunks;
  size_t start = 0;
  for (size_t i = 1; i <= glyphs.size(); ++i) {
    bool cut = i == glyphs.size();
    if (!cut) {
      double em = std::max({glyphs[i - 1].height(), glyphs[i].height(), 1.0});
      cut = glyphs[i].x0 - glyphs[i - 1].x1 > gap_em * em;
    }
    if (!cut) continue;
    if (i > start) {
      std::vector<Glyph> run(glyphs.begin() + static_cast<std::ptrdiff_t>(start),
                             glyphs.begin() + static_cast<std::ptrdiff_t>(i));
      Chunk chunk{run.front().x0, run.front().y0, run.back().x1, run.front().y1, glyph_text(run, params)};
      for (const auto& g : run) {
        chunk.y0 = std::min(chunk.y0, g.y0);
        chunk.y1 = std::max(chunk.y1, g.y1);
        chunk.x1 = std::max(chunk.x1, g.x1);
      }
      chunks.push_back(std::move(chunk));
    }
    start = i;
  }
  return chunks;
}

double body_height(const std::vector<TextLine>& lines) {
  std::vector<double> heights;
  for (const auto& line : lines) {
    for (const auto& g : line.glyphs) heights.push_back(g.height());
  }
  if (heights.empty()) return 10.0;
  std::nth_element(heights.begin(), heights.begin() + static_cast<std::ptrdiff_t>(heights.size() / 2), heights.end());
  return heights[heights.size() / 2];
}

}  // namespace budgetpdf::extract
