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

// The length in bytes of that numbering, its mark included ("（一）" of
// "（一）因公出国（境）费"); 0 when the text starts with none.
size_t heading_number_length(std::string_view text);

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

// A figure the narrative states: a number and the unit printed after it
// ("9628.22万元", "50,616.94 万元", "17.62%"), byte offsets into the text.
// The number is as printed (thousands separators kept); a number that goes
// on from a longer token ("2026信访…" is no figure, "A1.5%" neither) or is
// followed by 以上/以下 (a threshold: "单价100万元以上设备") is none.
struct FigureMatch {
  size_t begin = 0;
  size_t end = 0;
  std::string number;
  std::string unit;  // 元, 千元, 万元, 亿元 or %
};
std::vector<FigureMatch> narrative_figures(std::string_view text);

// The classification markers of a text naming a budget line by its path
// ("公共安全支出（204类）司法（06款）行政运行（01项）", "法院(款)"): where each
// is, its level (1 类, 2 款, 3 项) and the code digits it prints, if any.
struct ClassMarker {
  size_t begin = 0;
  size_t end = 0;
  int level = 0;
  std::string digits;
};
std::vector<ClassMarker> classification_markers(std::string_view text);

// A function code printed before its name ("2014099 其他信访事务支出",
// "2080501-行政单位离退休"): the code's 5 or 7 digits and the name after it,
// up to the next punctuation, digit or space.
struct CodedName {
  size_t begin = 0;
  std::string code;
  std::string name;
};
std::vector<CodedName> coded_names(std::string_view text);

// The years a text compares with ("比2025年预算", "与 2026 年预算持平",
// "较2022年"): the year, where it starts, and the few words printed after
// "年" (预算, 执行数, 年初预算 …).
struct ComparedYear {
  size_t begin = 0;
  int year = 0;
  std::string following;
};
std::vector<ComparedYear> compared_years(std::string_view text);

// The last year a text prints ("2025年当年预算执行数为" gives 2025), not
// counting the dates of a 截至 ("截至2025年8月31日").
std::optional<int> last_year(std::string_view text);

// Wording a template leaves for its user to fill in: both directions of a
// change ("增加（减少）", "增长(下降)", "大于（小于）") and placeholders of X
// ("XXX 万元", "XX%"). Each as printed.
std::vector<std::string> template_placeholders(std::string_view text);

// Markdown a dump converter leaves: a leading list marker or heading marker
// ("- ", "* ", "## ") and bold markers around a phrase ("**事业收入**").
std::string strip_markdown(std::string_view text);

}  // namespace budgetpdf::normalize::patterns
