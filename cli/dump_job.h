#pragma once
// `budgetpdf dump printed FILE`: the shared model a reader makes of a file,
// one JSON object per printed line, for debugging layout and as per-stage
// goldens.

#include <iosfwd>
#include <string>
#include <vector>

namespace budgetpdf::cli {

// Writes the printed lines of `path`; throws extract::InputError.
void dump_printed(const std::string& path, const std::vector<std::string>& passwords, std::ostream& out);

// `budgetpdf dump glyphs FILE [--page N]`: what Poppler gives of each page
// of a PDF, the layout's input: one object per glyph (its character and
// box, in points from the page's top-left), then one per rule. Throws
// extract::InputError (unsupported for a text dump).
void dump_glyphs(const std::string& path, const std::vector<std::string>& passwords, int page, std::ostream& out);

}  // namespace budgetpdf::cli
