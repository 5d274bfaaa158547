#pragma once
// How the pieces of a wrapped cell go back together. A cell holding a number
// or a code is one token, so every break inside it goes ("1054 4.51" is
// 10544.51). Text loses a break between two CJK characters (CJK has no
// spaces: "一般公共预算 拨款收入") and keeps one space elsewhere.

#include <string>
#include <string_view>
#include <vector>

namespace budgetpdf::normalize {

// True for characters printed full width: Han, kana, CJK punctuation and
// full-width forms (ICU East_Asian_Width W or F).
bool is_wide(char32_t c);

// The lines concatenated with all white space removed.
std::string join_token(const std::vector<std::string>& lines);

// The lines joined as text: no break between wide characters or between two
// digits/points of a wrapped number, one space otherwise; runs of spaces
// inside a line between two wide characters (a text dump's wraps) removed.
std::string join_text(const std::vector<std::string>& lines);

// Text that grows a line at a time (a paragraph, a wrapped note), joined as
// join_text joins all its lines at once. Adding a line costs the length of
// that line, not of the text so far, so a paragraph of n lines takes time
// linear in n (joining it again at every line took quadratic time).
class TextJoiner {
 public:
  void add(std::string_view line);
  bool empty() const { return joined_.empty(); }
  // Whether the text so far ends with `mark`, one code point (e.g. "。").
  bool ends_with(std::string_view mark) const;
  std::string text() const;

 private:
  std::u32string joined_;
};

// `text` with every white space removed and NFKC folding applied: the form
// used to compare labels and titles ("项 目" = "项目", "（境）" = "(境)").
std::string squeeze(std::string_view text);

// NFKC folding only (full-width digits and letters to ASCII).
std::string nfkc(std::string_view text);

// Collapses runs of white space to one space and trims the ends.
std::string collapse_spaces(std::string_view text);

// Number of Unicode code points.
size_t code_point_count(std::string_view text);

// Decodes UTF-8 into code points; invalid bytes become U+FFFD.
std::u32string to_u32(std::string_view text);
std::string to_utf8(std::u32string_view text);

}  // namespace budgetpdf::normalize
