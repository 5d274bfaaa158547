// The Poppler seam on PDFs made here: what one pass of Poppler's
// interpreter gives of a page (glyph boxes, rules, clipped text, images).

#include <doctest/doctest.h>

#include <string>

#include "extract/input_error.h"
#include "extract/pdf/pdf_reader.h"
#include "pdf_builder.h"

using namespace budgetpdf;

namespace {

extract::PageGlyphs page_of(const std::string& pdf) {
  auto pages = extract::read_pdf_pages(pdf, extract::PdfReadOptions{});
  REQUIRE(pages.size() == 1);
  return pages[0];
}

std::string text_of(const extract::PageGlyphs& page) {
  std::string text;
  for (const auto& g : page.glyphs) text += static_cast<char>(g.c);
  return text;
}

}  // namespace

TEST_CASE("a glyph's box comes from its font's size and advance, from the page's top-left") {
  // Helvetica 10 pt at x 100, baseline 742 pt from the bottom (100 from the top).
  auto page = page_of(testing::one_page_pdf("BT /F1 10 Tf 100 742 Td (Hi) Tj ET"));
  REQUIRE(page.glyphs.size() == 2);
  const auto& h = page.glyphs[0];
  CHECK(h.c == U'H');
  CHECK(h.x0 == doctest::Approx(100));
  CHECK(h.x1 == doctest::Approx(107.22).epsilon(0.001));  // Helvetica's H: 722/1000 em
  CHECK(h.y1 > 100);  // the descent lies below the baseline
  CHECK(h.y0 < 100 - 6);
  CHECK(h.word == page.glyphs[1].word);  // drawn as one word
  CHECK(page.width == doctest::Approx(595));
  CHECK(page.height == doctest::Approx(842));
}

TEST_CASE("rules are stroked lines and thin filled shapes of any outline, in ink that shows") {
  std::string content =
      "0 0 0 RG 0.5 w 50 700 m 300 700 l S\n"                 // a stroked horizontal line
      "0 0 0 rg 100 600 m 100 400 l 100.6 400.6 l 100.6 599.4 l h f\n"  // a mitred vertical border
      "1 1 1 rg 50 300 200 1 re f\n"                          // white: not ink
      "0.8 0.8 0.8 rg 300 100 100 50 re f\n";                 // grey shading: its four edges
  auto page = page_of(testing::one_page_pdf(content));
  REQUIRE(page.rulings.horizontal.size() == 3);
  CHECK(page.rulings.horizontal[0].y0 == doctest::Approx(142));  // 842 - 700
  CHECK(page.rulings.horizontal[0].x0 == doctest::Approx(50));
  CHECK(page.rulings.horizontal[0].x1 == doctest::Approx(300));
  CHECK(page.rulings.horizontal[1].y0 == doctest::Approx(692));  // the shading's top and bottom
  CHECK(page.rulings.horizontal[2].y0 == doctest::Approx(742));
  REQUIRE(page.rulings.vertical.size() == 3);
  CHECK(page.rulings.vertical[0].x0 == doctest::Approx(100.3));
  CHECK(page.rulings.vertical[0].y0 == doctest::Approx(242));
  CHECK(page.rulings.vertical[0].y1 == doctest::Approx(442));
}

TEST_CASE("a glyph's strokes drawn again as paths (a bold faked by stroking, re-rendered) are no rules") {
  // "H" of Helvetica 40 pt at x 100, baseline 700: its box is about
  // x 100..129, y 691..742 from the top. The producer strokes its outline
  // again as a path: a horizontal and two vertical pieces inside the box.
  std::string content =
      "BT /F1 40 Tf 100 142 Td (H) Tj ET\n"
      "0 0 0 RG 0.8 w 104 142 m 104 170 l S 125 142 m 125 170 l S 104 156 m 125 156 l S\n"
      "0.5 w 90 130 m 300 130 l S\n";  // a rule under the line: it runs past the glyph
  auto page = page_of(testing::one_page_pdf(content));
  REQUIRE(page.glyphs.size() == 1);
  CHECK(page.rulings.vertical.empty());
  REQUIRE(page.rulings.horizontal.size() == 1);
  CHECK(page.rulings.horizontal[0].y0 == doctest::Approx(712));  // 842 - 130
  CHECK(page.rulings.horizontal[0].x1 == doctest::Approx(300));
}

TEST_CASE("text the page clips away is not read") {
  std::string content =
      "q 50 700 100 20 re W n\n"
      "BT /F1 10 Tf 60 705 Td (Seen) Tj 200 0 Td (Clipped) Tj ET\n"
      "Q\n";
  CHECK(text_of(page_of(testing::one_page_pdf(content))) == "Seen");
}

TEST_CASE("a page without text is a scan when an image covers it, else blank") {
  std::string image = "<</Type/XObject/Subtype/Image/Width 1/Height 1/ColorSpace/DeviceGray/BitsPerComponent 8"
                      "/Length 1>>stream\n\x80\nendstream";
  std::string resources = "/XObject<</Im1 5 0 R>>";
  auto scan = testing::one_page_pdf("q 595 0 0 842 0 0 cm /Im1 Do Q", resources, {image});
  auto seal = testing::one_page_pdf("q 40 0 0 40 500 50 cm /Im1 Do Q", resources, {image});
  try {
    extract::read_pdf(scan, extract::PdfReadOptions{});
    FAIL("a scanned page is read");
  } catch (const extract::InputError& error) {
    CHECK(error.code() == extract::ErrorCode::no_text_layer);
  }
  auto blank = extract::read_pdf(seal, extract::PdfReadOptions{});
  REQUIRE(blank.diagnostics.size() == 1);
  CHECK(blank.diagnostics[0].code == "reader.blank_page");
  CHECK(blank.diagnostics[0].page == 1);
}

TEST_CASE("a page whose fonts decode to letters of other scripts where hanzi belong is reported undecodable") {
  // WinAnsi codes 0xC0-0xFF are accented Latin letters: what a converter
  // that writes glyph numbers as characters leaves of a Chinese page.
  std::string resources = "/Font<</F1<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>>>";
  auto page_with = [&](const std::string& text) {
    return extract::read_pdf(testing::one_page_pdf("BT /F1 10 Tf 50 700 Td (" + text + ") Tj ET", resources),
                             extract::PdfReadOptions{});
  };
  std::string accented, plain;
  for (int i = 0; i < 40; ++i) {
    accented += static_cast<char>(0xC0 + i % 0x3F);
    accented += (i % 3 == 0) ? "WO" : "";
    plain += "Budget";
  }
  auto undecodable = page_with(accented);
  REQUIRE(undecodable.diagnostics.size() == 1);
  CHECK(undecodable.diagnostics[0].code == "reader.undecodable_text");
  CHECK(undecodable.diagnostics[0].page == 1);
  CHECK(page_with(plain).diagnostics.empty());
  // A few letters say nothing.
  CHECK(page_with(accented.substr(0, 20)).diagnostics.empty());
}
