#pragma once
// A PDF cut off before its end (a download that stopped, a full disk) has
// lost its cross-reference table and trailer, often its page tree too, and
// Poppler's own reconstruction then gives up ("Couldn't find trailer
// dictionary") although most pages may still be there. These candidates
// give Poppler what it needs from what the bytes still hold. Byte-level
// only: Poppler parses the result.

#include <string>
#include <string_view>
#include <vector>

namespace budgetpdf::extract {

struct RepairedPdf {
  std::string bytes;
  std::string how;  // what was added, for the reader's note
};

// Best first: the surviving catalog named by a new trailer; then a new
// catalog and page tree holding every surviving page object in file order
// (the order most producers write pages in). Empty when the bytes hold
// neither. Objects packed in compressed object streams cannot be seen at
// this level and are not found.
std::vector<RepairedPdf> repaired_candidates(std::string_view bytes);

}  // namespace budgetpdf::extract
