#pragma once
// The one seam to Poppler: opens a PDF held in memory and reads each page
// in one pass of Poppler's own interpreter (PopplerPageDevice): glyphs with
// their boxes, the segments that rule its tables, the area of its images.
// One page at a time, so memory does not grow with the page count.
// Poppler's failures (documents it cannot open, its messages while reading
// a page) become our typed errors and diagnostics; only extract/pdf/poppler_*
// include Poppler's headers (its core API, see poppler_page_device.h why).

#include <memory>
#include <string>
#include <vector>

#include "extract/diagnostic.h"
#include "extract/glyph.h"
#include "extract/limits.h"

namespace budgetpdf::extract {

class PopplerDocument {
 public:
  // Tries each password given (user or owner), then the empty one (a PDF
  // with only an owner password opens without it). Throws InputError:
  // encrypted (none opens it), damaged (Poppler cannot open it, even after
  // repair: see pdf_repair.h).
  PopplerDocument(const std::string& bytes, const std::vector<std::string>& passwords);
  ~PopplerDocument();
  PopplerDocument(const PopplerDocument&) = delete;
  PopplerDocument& operator=(const PopplerDocument&) = delete;

  int page_count() const;
  // Cut off before its end, the file was repaired to be read (pdf_repair):
  // how. Empty otherwise.
  const std::string& repair() const;
  // Poppler rebuilt the file's cross-reference table to open it (a broken
  // or missing one).
  bool xref_rebuilt() const;
  // The 1-based page `number`. What Poppler complained of while reading it
  // (a damaged stream, a missing object) is a `reader.damaged_page`
  // diagnostic; a page Poppler cannot open at all is one too, and comes
  // back empty. A page stopped by a limit keeps what was read before it
  // (`over_limit` says which).
  PageGlyphs page(int number, const Limits& limits, std::vector<Diagnostic>& diagnostics) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace budgetpdf::extract
