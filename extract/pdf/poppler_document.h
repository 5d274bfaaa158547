#pragma once
// The one seam to Poppler (poppler-cpp). It opens a PDF held in memory and
// gives each page's glyphs with their boxes, one page at a time, so memory
// does not grow with the page count. Poppler's failures (null documents,
// empty boxes, its messages on stderr) become our typed errors and diagnostics.

#include <memory>
#include <string>
#include <vector>

#include "extract/glyph.h"
#include "extract/printed_document.h"
#include "extract/layout/rulings.h"

namespace budgetpdf::extract {

class PopplerDocument {
 public:
  // Throws InputError: encrypted (no or wrong password), damaged (even
  // after repair, see pdf_repair.h).
  PopplerDocument(const std::string& bytes, const std::string& password);
  ~PopplerDocument();
  PopplerDocument(const PopplerDocument&) = delete;
  PopplerDocument& operator=(const PopplerDocument&) = delete;

  int page_count() const;
  // How the file was repaired to be read (it was cut off, its trailer was
  // lost); empty when Poppler read it as it is.
  const std::string& repair() const;
  // Glyphs of the 1-based page `number`; notes what Poppler complained of.
  PageGlyphs page(int number, std::vector<Diagnostic>& diagnostics) const;
  // The page rendered in grey at `dpi`, without antialiasing, thin lines
  // drawn solid (so rules a fraction of a pixel wide still show).
  Raster render(int number, double dpi) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace budgetpdf::extract
