#include "extract/pdf/poppler_page_device.h"

#include <GfxFont.h>
#include <GfxState.h>

#include <algorithm>
#include <cmath>
#include <unicode/uchar.h>

namespace budgetpdf::extract {
namespace {

// A font's ascent and descent (em) when it states none that is usable:
// Type 3 fonts (Chromium embeds CJK fonts so) state their glyph space's,
// several em tall. These are a CJK font's, as most of our text is.
constexpr double kDefaultAscent = 0.88;
constexpr double kDefaultDescent = -0.12;
// Text whose baseline leans more than this (sine of the angle) is not
// horizontal: a diagonal watermark, a label set vertically. Tables are
// read from horizontal text.
constexpr double kMaxBaselineSlope = 0.05;
// A segment is horizontal (vertical) when it leans at most this much (pt
// across per pt along); a stroked rule wider than this (pt) is a bar.
constexpr double kMaxRuleSlope = 0.02;
constexpr double kMaxRuleWidth = 4;
// A filled rectangle at most this thick (pt) is a rule along its length.
constexpr double kMaxRuleThickness = 3;
// Ink lighter than this (0 black … 1 white) in every channel does not show
// on paper: white rectangles painted under the text, white strokes.
constexpr double kInvisibleLightness = 0.95;
constexpr double kInvisibleOpacity = 0.05;
// Producers set a word's glyphs apart by kerning, and put space between
// Latin and CJK text (about a quarter em in LibreOffice, Word and WPS): a
// gap up to this share of the font size after the glyph drawn just before,
// with no space glyph drawn between, is inside a word, and the glyph's box
// reaches to the next one (as in Poppler's own text layout). A word space
// is wider, or drawn; between Latin glyphs a quarter em is a space.
constexpr double kMaxInWordGap = 0.25;
constexpr double kMaxLatinInWordGap = 0.1;

bool is_cjk(char32_t c) { return c >= 0x2E80; }

bool invisible(const GfxRGB& rgb, double opacity) {
  return opacity < kInvisibleOpacity ||
         (colToDbl(rgb.r) > kInvisibleLightness && colToDbl(rgb.g) > kInvisibleLightness &&
          colToDbl(rgb.b) > kInvisibleLightness);
}

struct Point {
  double x, y;
};

Point device(GfxState* state, double x, double y) {
  Point p{};
  state->transform(x, y, &p.x, &p.y);
  return p;
}

}  // namespace

bool PopplerPageDevice::abort_check(void* data) {
  auto* device = static_cast<PopplerPageDevice*>(data);
  constexpr size_t kOperatorsPerCheck = 10;  // Poppler asks about every ten operators
  if (++device->abort_checks_ * kOperatorsPerCheck > device->limits_.operators_per_page) {
    device->stop("operators_per_page");
  }
  return device->stopped();
}

void PopplerPageDevice::stop(const char* limit) {
  if (page_.over_limit.empty()) page_.over_limit = limit;
}

void PopplerPageDevice::saveState(GfxState*) {
  if (++state_depth_ > limits_.graphics_state_depth) stop("graphics_state_depth");
}

void PopplerPageDevice::restoreState(GfxState*) {
  if (state_depth_ > 0) --state_depth_;
}

void PopplerPageDevice::drawChar(GfxState* state, double x, double y, double dx, double dy, double, double,
                                 CharCode, int, const Unicode* u, int u_len) {
  if (stopped() || u_len <= 0 || !u) return;
  GfxFont* font = state->getFont().get();
  if (!font || font->getWMode() != 0) return;  // vertical writing is not read
  if (page_.glyphs.size() >= limits_.glyphs_per_page) {
    stop("glyphs_per_page");
    return;
  }
  // The baseline's direction and the em's length on the device.
  double bx = 0, by = 0;
  state->textTransformDelta(1, 0, &bx, &by);
  state->transformDelta(bx, by, &bx, &by);
  double base_length = std::hypot(bx, by);
  double size = state->getTransformedFontSize();
  if (base_length <= 0 || size <= 0 || !std::isfinite(size)) return;
  if (std::abs(by) > kMaxBaselineSlope * base_length || bx < 0) return;
  // A glyph's box spans its advance, character spacing included: letters
  // spaced out over a label ("项   目") stay one word, as in Poppler's own
  // text layout, while a word space (a gap of another glyph's width) stays
  // a gap.
  Point origin = device(state, x, y);
  double width = 0, advance_y = 0;
  state->transformDelta(dx, dy, &width, &advance_y);
  if (!std::isfinite(width) || width < 0) width = 0;
  double ascent = font->getAscent(), descent = font->getDescent();
  if (font->getType() == fontType3 || !(ascent > 0.5 && ascent <= 1.2) || !(descent >= -0.5 && descent <= 0)) {
    ascent = kDefaultAscent;
    descent = kDefaultDescent;
  }
  double top = origin.y - ascent * size, bottom = origin.y - descent * size;
  // Text the page clips away is not printed: spreadsheets clip a cell's
  // text that overflows it, and draw a merged cell's text cut by the page
  // break where the clip hides it.
  double clip_x0 = 0, clip_y0 = 0, clip_x1 = 0, clip_y1 = 0;
  state->getClipBBox(&clip_x0, &clip_y0, &clip_x1, &clip_y1);
  // Clipped away means mostly: a glyph the clip cuts near its middle still
  // shows (a merged cell's text centred on its whole run, cut by the page).
  double centre_x = origin.x + width / 2, centre_y = (top + bottom) / 2, slack = (bottom - top) / 4;
  if (centre_x < clip_x0 || centre_x > clip_x1 || centre_y < clip_y0 - slack || centre_y > clip_y1 + slack) return;
  // A ligature's code points share its width.
  double step = width / u_len;
  for (int i = 0; i < u_len; ++i) {
    auto c = static_cast<UChar32>(u[i]);
    if (c <= 0 || c > 0x10FFFF || u_iscntrl(c)) continue;
    if (u_isUWhiteSpace(c)) {
      space_drawn_ = true;
      continue;
    }
    double x0 = origin.x + step * i;
    bool same_word = false;
    if (!page_.glyphs.empty() && !space_drawn_) {
      Glyph& previous = page_.glyphs.back();
      double gap = x0 - previous.x1;
      bool same_line = std::abs(origin.y - previous_baseline_) <= 0.1 * size && std::abs(size - previous_size_) <= 0.2 * size;
      double most = is_cjk(previous.c) || is_cjk(static_cast<char32_t>(c)) ? kMaxInWordGap : kMaxLatinInWordGap;
      same_word = same_line && gap > -kMaxInWordGap * size && gap <= most * size;
      if (same_word && gap > 0) {
        previous.x1 = x0;
        previous.closed_gap = static_cast<float>(gap);
      }
    }
    if (!same_word) ++words_;
    page_.glyphs.push_back(Glyph{static_cast<char32_t>(c), x0, top, x0 + step, bottom, words_, 0});
    space_drawn_ = false;
    previous_baseline_ = origin.y;
    previous_size_ = size;
  }
}

void PopplerPageDevice::stroke(GfxState* state) {
  GfxRGB rgb;
  state->getStrokeRGB(&rgb);
  if (stopped() || invisible(rgb, state->getStrokeOpacity())) return;
  if (state->getTransformedLineWidth() > kMaxRuleWidth) return;
  add_path_rules(state, false);
}

void PopplerPageDevice::fill(GfxState* state) {
  GfxRGB rgb;
  state->getFillRGB(&rgb);
  if (stopped() || invisible(rgb, state->getFillOpacity())) return;
  add_path_rules(state, true);
}

void PopplerPageDevice::eoFill(GfxState* state) { fill(state); }

// Stroked: every straight horizontal or vertical piece of the path is a
// segment. Filled: a rectangle is a rule when it is thin, and its four
// edges are when it is larger (a cell's shading ends at the cell's edges);
// other shapes say nothing of a table.
void PopplerPageDevice::add_path_rules(GfxState* state, bool filled) {
  const GfxPath* path = state->getPath();
  for (int s = 0; s < path->getNumSubpaths(); ++s) {
    const GfxSubpath* sub = path->getSubpath(s);
    int n = sub->getNumPoints();
    if (n < 2) continue;
    std::vector<Point> points;
    bool curved = false;
    for (int i = 0; i < n; ++i) {
      curved = curved || sub->getCurve(i);
      points.push_back(device(state, sub->getX(i), sub->getY(i)));
    }
    if (!filled) {
      for (int i = 1; i < n; ++i) {
        if (sub->getCurve(i) || sub->getCurve(i - 1)) continue;
        Point a = points[static_cast<size_t>(i - 1)], b = points[static_cast<size_t>(i)];
        double along_x = std::abs(b.x - a.x), along_y = std::abs(b.y - a.y);
        if (along_y <= kMaxRuleSlope * along_x && along_x > 0) {
          add_rule({true, (a.y + b.y) / 2, std::min(a.x, b.x), std::max(a.x, b.x)});
        } else if (along_x <= kMaxRuleSlope * along_y && along_y > 0) {
          add_rule({false, (a.x + b.x) / 2, std::min(a.y, b.y), std::max(a.y, b.y)});
        }
      }
      continue;
    }
    if (curved) continue;
    // A thin shape is a rule along its length, whatever its ends: browsers
    // and budget systems fill borders as trapezoids mitred at the corners.
    // A rectangle that is not thin has its four edges as rules (a cell's
    // shading ends at the cell's edges); other shapes say nothing.
    if (n == 5 && std::abs(points[4].x - points[0].x) < 0.01 && std::abs(points[4].y - points[0].y) < 0.01) {
      points.pop_back();
    }
    double x0 = points[0].x, x1 = points[0].x, y0 = points[0].y, y1 = points[0].y;
    for (const auto& p : points) {
      x0 = std::min(x0, p.x);
      x1 = std::max(x1, p.x);
      y0 = std::min(y0, p.y);
      y1 = std::max(y1, p.y);
    }
    double w = x1 - x0, h = y1 - y0;
    if (h <= kMaxRuleThickness && w > h) {
      add_rule({true, (y0 + y1) / 2, x0, x1});
      continue;
    }
    if (w <= kMaxRuleThickness && h > w) {
      add_rule({false, (x0 + x1) / 2, y0, y1});
      continue;
    }
    bool rectangular = points.size() == 4;
    for (size_t i = 0; rectangular && i < 4; ++i) {
      Point a = points[i], b = points[(i + 1) % 4];
      rectangular = std::abs(a.x - b.x) < 0.01 || std::abs(a.y - b.y) < 0.01;
    }
    if (rectangular) {
      add_rule({true, y0, x0, x1});
      add_rule({true, y1, x0, x1});
      add_rule({false, x0, y0, y1});
      add_rule({false, x1, y0, y1});
    }
  }
}

void PopplerPageDevice::add_rule(const RuleSegment& segment) {
  if (page_.segments.size() >= limits_.rules_per_page) {
    stop("rules_per_page");
    return;
  }
  page_.segments.push_back(segment);
}

// An image is drawn into the unit square of its current transformation
// matrix: its area on the page is that square's.
void PopplerPageDevice::add_image(GfxState* state) {
  Point corners[] = {device(state, 0, 0), device(state, 1, 0), device(state, 0, 1), device(state, 1, 1)};
  double x0 = corners[0].x, x1 = x0, y0 = corners[0].y, y1 = y0;
  for (const auto& p : corners) {
    x0 = std::min(x0, p.x);
    x1 = std::max(x1, p.x);
    y0 = std::min(y0, p.y);
    y1 = std::max(y1, p.y);
  }
  x0 = std::max(x0, 0.0);
  y0 = std::max(y0, 0.0);
  x1 = std::min(x1, page_.width);
  y1 = std::min(y1, page_.height);
  if (x1 > x0 && y1 > y0) page_.image_area += (x1 - x0) * (y1 - y0);
}

// The image's pixels are never decoded; OutputDev's own implementations
// only skip an inline image's data in the content stream.
void PopplerPageDevice::drawImageMask(GfxState* state, Object* ref, Stream* str, int width, int height, bool invert,
                                      bool interpolate, bool inline_image) {
  add_image(state);
  OutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inline_image);
}

void PopplerPageDevice::drawImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                                  GfxImageColorMap* color_map, bool interpolate, const int* mask_colors,
                                  bool inline_image) {
  add_image(state);
  OutputDev::drawImage(state, ref, str, width, height, color_map, interpolate, mask_colors, inline_image);
}

void PopplerPageDevice::drawMaskedImage(GfxState* state, Object*, Stream*, int, int, GfxImageColorMap*, bool, Stream*,
                                        int, int, bool, bool) {
  add_image(state);  // never inline
}

void PopplerPageDevice::drawSoftMaskedImage(GfxState* state, Object*, Stream*, int, int, GfxImageColorMap*, bool,
                                            Stream*, int, int, GfxImageColorMap*, bool) {
  add_image(state);  // never inline
}

}  // namespace budgetpdf::extract
