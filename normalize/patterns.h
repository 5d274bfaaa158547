#pragma once
// Every regular expression of the normalizer, behind plain functions: the
// only file that includes RE2 (Debian's RE2 2022 API differs from upstream's
// newer one; a change of API touches this file alone).

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace budgetpdf::normalize::patterns {

// The number of a performance table title: "12、…绩效目标表" gives 12.
std::optional<int> numbered_title(std::string_view text, std::string* rest);

// The contract's shape of an indicator value, "[operator] number [unit]",
// split into its printed parts (the caller folds the text with NFKC first).
// The operator is as printed ("≥", "不低于", ">="), the unit the rest with
// its surrounding spaces trimmed; nullopt when the text does not start with
// an optional operator and a number.
struct ValueShape {
  std::string op;
  std::string number;
  std::string unit;
};
std::optional<ValueShape> value_shape(std::string_view nfkc_text);

// Whether a unit holds something no unit holds: a digit, a comparison sign
// or list punctuation ("月、9 月份", "元/2 套", "%-90%").
bool unit_has_foreign_chars(std::string_view unit);

// The numbering a heading of the narrative starts with: "一、", "（一）",
// "(一)", "1、", "1.", "（1）", "第一部分", "第二章". A decimal ("1.5万元")
// is no numbering.
bool starts_with_heading_number(std::string_view text);

// Byte ranges [begin, end) of LaTeX math spans ("$\geq 90\%$") in text: a
// pair of dollar signs around at least one backslash command, so a price
// ("$100 and $200") is never taken for one.
std::vector<std::pair<size_t, size_t>> latex_math_spans(std::string_view text);

// The LaTeX commands of a math span ("\geq", "\%") replaced through
// `symbol_of` (which returns nullopt for a command it does not know: that
// command is left as printed).
std::string replace_latex_commands(std::string_view math,
                                   std::optional<std::string> (*symbol_of)(std::string_view command));

// HTML markup: block tags (<p>, </p>, <br>, <div>, <li>) become a newline,
// inline tags (<span>, <b>, <strong>, …) disappear, the common entities
// (&nbsp; &lt; &gt; &amp; &quot;) become their characters. Angle brackets
// around anything else ("<邢台市…实施方案>") are text and stay.
std::string replace_html_markup(std::string_view text);

// Markdown a dump converter leaves: a leading list marker or heading marker
// ("- ", "* ", "## ") and bold markers around a phrase ("**事业收入**").
std::string strip_markdown(std::string_view text);

}  // namespace budgetpdf::normalize::patterns
