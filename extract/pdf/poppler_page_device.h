#pragma once
// The Poppler output device that reads one page in one pass: every glyph
// (position, advance, size, Unicode), the straight strokes and thin filled
// rectangles that rule its tables, and where it paints images. Part of the
// Poppler seam (only extract/pdf/poppler_* include Poppler's headers).
//
// Why Poppler's core API (OutputDev) and not poppler-cpp: poppler-cpp gives
// words with boxes but no paths, so rules could only be found by rendering
// the page; and its word boxes are Poppler's text layout's, which give a
// Type 3 CJK font's glyphs (Chromium embeds them so) boxes 2.6 em tall. An
// OutputDev gets glyphs and paths from the one interpretation of the page's
// content, and the glyph boxes here come from the font's size, matrix and
// advance.

#include <OutputDev.h>

#include <cstddef>
#include <cstdint>

#include "extract/glyph.h"
#include "extract/limits.h"

class GfxState;

namespace budgetpdf::extract {

class PopplerPageDevice : public OutputDev {
 public:
  PopplerPageDevice(PageGlyphs& page, const Limits& limits) : page_(page), limits_(limits) {}

  // Whether a limit stopped the page (the content read up to it is kept);
  // which one, in `page.over_limit`.
  bool stopped() const { return !page_.over_limit.empty(); }
  // For Poppler's abort callback: interpretation stops once a limit is hit.
  static bool abort_check(void* device);

  bool upsideDown() override { return true; }
  bool useDrawChar() override { return true; }
  bool interpretType3Chars() override { return false; }
  bool needNonText() override { return true; }
  bool useShadedFills(int) override { return true; }  // shadings paint nothing we read: skip rasterising them

  void saveState(GfxState* state) override;
  void restoreState(GfxState* state) override;
  void drawChar(GfxState* state, double x, double y, double dx, double dy, double origin_x, double origin_y,
                CharCode code, int bytes, const Unicode* u, int u_len) override;
  void stroke(GfxState* state) override;
  void fill(GfxState* state) override;
  void eoFill(GfxState* state) override;
  bool axialShadedFill(GfxState*, GfxAxialShading*, double, double) override { return true; }
  bool functionShadedFill(GfxState*, GfxFunctionShading*) override { return true; }
  bool radialShadedFill(GfxState*, GfxRadialShading*, double, double) override { return true; }
  bool gouraudTriangleShadedFill(GfxState*, GfxGouraudTriangleShading*) override { return true; }
  bool patchMeshShadedFill(GfxState*, GfxPatchMeshShading*) override { return true; }
  void drawImageMask(GfxState* state, Object* ref, Stream* str, int width, int height, bool invert, bool interpolate,
                     bool inline_image) override;
  void drawImage(GfxState* state, Object* ref, Stream* str, int width, int height, GfxImageColorMap* color_map,
                 bool interpolate, const int* mask_colors, bool inline_image) override;
  void drawMaskedImage(GfxState* state, Object* ref, Stream* str, int width, int height, GfxImageColorMap* color_map,
                       bool interpolate, Stream* mask_str, int mask_width, int mask_height, bool mask_invert,
                       bool mask_interpolate) override;
  void drawSoftMaskedImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                           GfxImageColorMap* color_map, bool interpolate, Stream* mask_str, int mask_width,
                           int mask_height, GfxImageColorMap* mask_color_map, bool mask_interpolate) override;

 private:
  void add_path_rules(GfxState* state, bool filled);
  void add_rule(const RuleSegment& segment);
  void add_image(GfxState* state);
  void stop(const char* limit);

  PageGlyphs& page_;
  const Limits& limits_;
  size_t state_depth_ = 0;
  // The glyph drawn last: a space glyph since (producers draw spaces, or
  // leave a gap), its baseline and font size.
  bool space_drawn_ = false;
  std::uint32_t words_ = 0;  // words begun so far
  double previous_baseline_ = 0, previous_size_ = 0;
  size_t abort_checks_ = 0;
};

}  // namespace budgetpdf::extract
