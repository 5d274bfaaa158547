#include "extract/pdf/pdf_reader.h"

#include <fmt/format.h>

#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "extract/input_error.h"
#include "extract/layout/page_layout.h"
#include "extract/pdf/poppler_document.h"

namespace budgetpdf::extract {
namespace {

// A page without text is a scanned image when its images cover at least
// this share of it; else it is blank (a logo, a seal, nothing at all).
constexpr double kScanImageShare = 0.25;

bool is_scan(const PageGlyphs& page) {
  return page.image_area >= kScanImageShare * page.width * page.height && page.width > 0 && page.height > 0;
}

Diagnostic limit_reached(const PageGlyphs& page, const Limits& limits) {
  size_t cap = 0;
  if (page.over_limit == "glyphs_per_page") cap = limits.glyphs_per_page;
  else if (page.over_limit == "rules_per_page") cap = limits.rules_per_page;
  else if (page.over_limit == "operators_per_page") cap = limits.operators_per_page;
  else if (page.over_limit == "graphics_state_depth") cap = limits.graphics_state_depth;
  else if (page.over_limit == "lines_per_page") cap = limits.lines_per_page;
  return {Severity::error, "limit." + page.over_limit, page.number, "", "", "",
          fmt::format("the page goes past budgetpdf's cap of {} ({}) and was skipped: its content is missing; a "
                      "disclosure never comes near it, so the file is probably broken or not a disclosure",
                      cap, page.over_limit)};
}

// Segments that lie inside one glyph's box are that glyph's strokes: text
// drawn again as outlines (a bold faked by stroking the text, which a
// re-rendering turns into paths), not a table's rules. A rule runs past
// the glyphs it passes.
std::vector<RuleSegment> without_glyph_strokes(std::vector<RuleSegment> segments, const std::vector<Glyph>& glyphs) {
  constexpr double kSlackEm = 0.05, kMinSlackPt = 0.5;
  // Glyphs compared with segments on one page at most: a page drawing
  // thousands of both in one column (a crafted file) keeps the rest as
  // they are rather than take minutes.
  constexpr size_t kMaxComparisons = 20'000'000;
  size_t comparisons = 0;
  if (segments.empty() || glyphs.empty()) return segments;
  std::vector<const Glyph*> by_x0;
  double widest = 0;
  for (const auto& g : glyphs) {
    by_x0.push_back(&g);
    widest = std::max(widest, g.x1 - g.x0);
  }
  std::sort(by_x0.begin(), by_x0.end(), [](const Glyph* a, const Glyph* b) { return a->x0 < b->x0; });
  auto inside_a_glyph = [&](const RuleSegment& s) {
    double x0 = s.horizontal ? s.from : s.at, x1 = s.horizontal ? s.to : s.at;
    double y0 = s.horizontal ? s.at : s.from, y1 = s.horizontal ? s.at : s.to;
    // Glyphs starting left of the segment, no further than the widest glyph.
    auto first = std::lower_bound(by_x0.begin(), by_x0.end(), x0 - widest - kMinSlackPt,
                                  [](const Glyph* g, double x) { return g->x0 < x; });
    for (auto it = first; it != by_x0.end() && (*it)->x0 <= x0 + kMinSlackPt; ++it) {
      if (++comparisons > kMaxComparisons) return false;
      const Glyph& g = **it;
      double slack = std::max(kMinSlackPt, kSlackEm * g.height());
      if (g.x0 - slack <= x0 && x1 <= g.x1 + slack && g.y0 - slack <= y0 && y1 <= g.y1 + slack) return true;
    }
    return false;
  };
  std::erase_if(segments, inside_a_glyph);
  return segments;
}

// A page whose fonts map their glyphs to no readable text (no or a wrong
// ToUnicode map; some converters write glyph numbers as characters): a
// Chinese disclosure's letters are hanzi and ASCII, and such a page's are
// Latin accented letters, Cyrillic, Yi … (a text layer that decodes only
// in part has a tenth of them; a disclosure that decodes, almost none). A
// page of fewer letters than this says nothing.
constexpr size_t kMinLettersToJudge = 30;
constexpr double kMaxForeignLetterShare = 0.08;

bool is_letter(UChar32 c) {
  switch (u_charType(c)) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER:
      return true;
    default:
      return false;  // Ⅰ, Ⅱ (letter numbers) are numerals in a heading
  }
}

bool text_does_not_decode(const PageGlyphs& page) {
  size_t letters = 0, foreign = 0;
  for (const auto& g : page.glyphs) {
    auto c = static_cast<UChar32>(g.c);
    if (!is_letter(c)) continue;
    ++letters;
    UErrorCode status = U_ZERO_ERROR;
    if (c >= 0x80 && uscript_getScript(c, &status) != USCRIPT_HAN) ++foreign;
  }
  return letters >= kMinLettersToJudge &&
         static_cast<double>(foreign) > kMaxForeignLetterShare * static_cast<double>(letters);
}

Rulings rules_of(PageGlyphs& page, const LayoutParams& params) {
  return merge_segments(without_glyph_strokes(std::move(page.segments), page.glyphs), params.rule_merge_across_pt,
                        params.rule_merge_gap_pt, params.min_rule_length_pt);
}

}  // namespace

std::vector<PageGlyphs> read_pdf_pages(const std::string& bytes, const PdfReadOptions& options, int only) {
  PopplerDocument pdf(bytes, options.passwords);
  std::vector<PageGlyphs> pages;
  std::vector<Diagnostic> ignored;
  for (int number = 1; number <= pdf.page_count(); ++number) {
    if (only != 0 && number != only) continue;
    pages.push_back(pdf.page(number, options.limits, ignored));
    pages.back().rulings = rules_of(pages.back(), options.layout);
  }
  return pages;
}

PrintedDocument read_pdf(const std::string& bytes, const PdfReadOptions& options) {
  PopplerDocument pdf(bytes, options.passwords);
  PrintedDocument doc;
  doc.page_count = pdf.page_count();
  std::vector<Diagnostic> page_diagnostics;
  PageCarry carry;
  int pages_with_text = 0;
  std::vector<int> scanned_pages;
  for (int number = 1; number <= pdf.page_count(); ++number) {
    PageGlyphs page = pdf.page(number, options.limits, page_diagnostics);
    if (!page.over_limit.empty()) {
      page_diagnostics.push_back(limit_reached(page, options.limits));
      carry = PageCarry{};
      continue;
    }
    if (page.glyphs.empty()) {
      if (is_scan(page)) {
        scanned_pages.push_back(number);
      } else {
        page_diagnostics.push_back({Severity::warning, "reader.blank_page", number, "", "", "",
                                    "nothing is printed on the page (a page left blank, e.g. after the 目录); "
                                    "nothing is missing"});
      }
      carry = PageCarry{};
      continue;
    }
    ++pages_with_text;
    if (text_does_not_decode(page)) {
      page_diagnostics.push_back({Severity::error, "reader.undecodable_text", number, "", "", "",
                                  "the page's fonts map its glyphs to no readable text (letters of other scripts "
                                  "where hanzi belong: the fonts carry no or a wrong Unicode map): what it prints "
                                  "cannot be read from its text layer; OCR the file (e.g. ocrmypdf --force-ocr)"});
    }
    page.rulings = rules_of(page, options.layout);
    LaidOutPage laid_out = layout_page(page, carry, options.layout, options.limits);
    if (laid_out.over_limit) {
      page.over_limit = "lines_per_page";
      page_diagnostics.push_back(limit_reached(page, options.limits));
      carry = PageCarry{};
      continue;
    }
    for (auto& line : laid_out.lines) doc.lines.push_back(std::move(line));
    carry = std::move(laid_out.next);
  }
  if (pages_with_text == 0 && !scanned_pages.empty()) {
    throw InputError(ErrorCode::no_text_layer,
                     fmt::format("none of the PDF's {} pages has a text layer ({} are images: scanned?){}: run OCR on "
                                 "it first (e.g. ocrmypdf) and convert the result",
                                 pdf.page_count(), scanned_pages.size(),
                                 pdf.xref_rebuilt() || !pdf.repair().empty()
                                     ? "; the file is also damaged or cut off (Poppler had to repair it)"
                                     : ""));
  }
  // How the file was read comes first: it explains what follows.
  if (!pdf.repair().empty()) {
    doc.diagnostics.push_back({Severity::error, "reader.repaired", 0, "", "", "",
                               fmt::format("the PDF is cut off or damaged and {}; {} pages could be read: get a "
                                           "complete copy of the file for what is missing",
                                           pdf.repair(), pdf.page_count())});
  } else if (pdf.xref_rebuilt()) {
    doc.diagnostics.push_back({Severity::warning, "reader.repaired", 0, "", "", "",
                               "the PDF's cross-reference table is broken and Poppler rebuilt it to read the file: "
                               "if pages or rows are missing, the file was cut off or damaged; get a complete copy"});
  }
  for (auto& diagnostic : page_diagnostics) doc.diagnostics.push_back(std::move(diagnostic));
  for (int number : scanned_pages) {
    doc.diagnostics.push_back({Severity::error, "reader.no_text_layer", number, "", "", "",
                               "the page is an image with no text layer (scanned?): its content is missing; OCR the "
                               "file (e.g. ocrmypdf) to read it"});
  }
  return doc;
}

}  // namespace budgetpdf::extract
