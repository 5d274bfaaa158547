// The joiners of wrapped cells: the input's lines (split at '\n') are a
// cell's lines.

#include <algorithm>
#include <string>
#include <vector>

#include "fuzz/fuzz_target.h"
#include "normalize/text_join.h"

namespace budgetpdf::fuzz {
namespace {

bool has_ascii_space(const std::string& text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

}  // namespace

void fuzz_one(std::string_view bytes) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (true) {
    size_t nl = bytes.find('\n', start);
    lines.emplace_back(bytes.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start));
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  // The readers hand on valid UTF-8 only (invalid bytes become U+FFFD, three
  // bytes, on the way): the invariants below are about that; other bytes
  // must only not crash.
  std::u32string code_points = normalize::to_u32(bytes);
  std::string utf8 = normalize::to_utf8(code_points);
  require(normalize::to_u32(utf8) == code_points, "decoded text reads back");
  const bool valid = utf8 == bytes;
  if (valid) require(code_points.size() == normalize::code_point_count(bytes), "code points counted");

  std::string token = normalize::join_token(lines);
  require(!has_ascii_space(token), "a joined token holds no white space");
  std::string text = normalize::join_text(lines);
  require(text.find('\n') == std::string::npos, "joined text is one line");
  std::string squeezed = normalize::squeeze(bytes);
  require(!has_ascii_space(squeezed), "a squeezed label holds no white space");
  if (valid) require(normalize::squeeze(squeezed) == squeezed, "squeezing is idempotent");
  normalize::nfkc(bytes);
  std::string collapsed = normalize::collapse_spaces(bytes);
  require(collapsed.find("  ") == std::string::npos, "collapsed text has no double space");
  require(normalize::collapse_spaces(collapsed) == collapsed, "collapsing is idempotent");
}

}  // namespace budgetpdf::fuzz
