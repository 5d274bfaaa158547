#pragma once
// `budgetpdf dump printed FILE`: the shared model a reader makes of a file,
// one JSON object per printed line, for debugging layout and as per-stage
// goldens.

#include <iosfwd>
#include <string>

namespace budgetpdf::cli {

// Writes the printed lines of `path`; throws extract::InputError.
void dump_printed(const std::string& path, const std::string& password, bool use_rulings, std::ostream& out);

}  // namespace budgetpdf::cli
