#include "normalize/patterns.h"

#include <re2/re2.h>

#include <cctype>

#include "normalize/text_join.h"

namespace budgetpdf::normalize::patterns {
namespace {

// Each pattern is compiled once, on first use; RE2 matching is thread-safe.
#define BUDGETPDF_PATTERN(name, pattern) \
  const RE2& name() {                    \
    static const RE2 compiled(pattern);  \
    return compiled;                     \
  }

BUDGETPDF_PATTERN(kNumberedTitle, R"(^\s*(\d{1,4})\s*[、.．]\s*(.+?)\s*$)")

BUDGETPDF_PATTERN(kValueShape,
                  R"((?s)^\s*(不低于|不少于|不小于|不高于|不超过|不大于|大于|高于|小于|低于|>=|<=|≥|≤|≧|≦|>|<|=)?)"
                  R"(\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(.*?)\s*$)")
BUDGETPDF_PATTERN(kUnitForeign, R"([0-9０-９≥≤≧≦<>=＜＞＝、，,；;])")
BUDGETPDF_PATTERN(kHeadingNumber,
                  R"(^\s*(?:第[一二三四五六七八九十百零〇0-9]+(?:部分|章|节|篇)|[一二三四五六七八九十百]+\s*[、.．])"
                  R"(|[（(]\s*[一二三四五六七八九十百0-9]+\s*[)）]|[0-9]{1,2}\s*(?:、|[.．](?:[^0-9]|$))))")
// The same numbering, captured, its closing mark included but not what follows it.
BUDGETPDF_PATTERN(kHeadingNumberPrefix,
                  R"(^(\s*(?:第[一二三四五六七八九十百零〇0-9]+(?:部分|章|节|篇)|[一二三四五六七八九十百]+\s*[、.．])"
                  R"(|[（(]\s*[一二三四五六七八九十百0-9]+\s*[)）]|[0-9]{1,2}\s*(?:、|[.．](?:[^0-9]|$)))))")
BUDGETPDF_PATTERN(kLatexMath, R"(\$([^$]*?\\[^$]*?)\$)")
BUDGETPDF_PATTERN(kLatexCommand, R"(\\([A-Za-z]+|[%$&#_{},;! ]))")
BUDGETPDF_PATTERN(kHtmlBlockTag, R"((?i)</?(?:p|br|div|li|ul|ol|tr|table)\b[^<>]*>)")
BUDGETPDF_PATTERN(kHtmlInlineTag, R"((?i)</?(?:span|font|b|strong|i|em|u|sub|sup|a|td|th|tbody|thead)\b[^<>]*>)")
BUDGETPDF_PATTERN(kNarrativeFigure,
                  R"(([0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)\s*(万元|亿元|千元|元|%|％))")
BUDGETPDF_PATTERN(kThresholdAfter, R"(^\s*(?:[（(]含[)）])?\s*(?:以上|以下|以内|及以上|及以下))")
BUDGETPDF_PATTERN(kClassMarker, R"(([（(]\s*([0-9]{0,3})\s*(类|款|项)\s*[)）]))")
BUDGETPDF_PATTERN(kCodedName, R"(([0-9]{7}|[0-9]{5})\s*[-—－]?\s*([^\s0-9，。；：、,.;:（()）“”"]+))")
BUDGETPDF_PATTERN(kComparedYear,
                  R"((?:比|较|与|同|对比|相比)\s*(20[0-9]{2})\s*年\s*((?:度)?[^\s，。；,;0-9]{0,8}))")
BUDGETPDF_PATTERN(kYear, R"((20[0-9]{2})\s*年)")
BUDGETPDF_PATTERN(kTemplatePlaceholder,
                  R"((增加[（(]减少[)）]|减少[（(]增加[)）]|增长[（(](?:下降|减少)[)）]|(?:下降|减少)[（(]增长[)）])"
                  R"(|大于[（(]小于[)）]|小于[（(]大于[)）]|[XＸ]{2,}))")
BUDGETPDF_PATTERN(kMarkdownMarker, R"(^\s*(?:[-*+]|#{1,6})\s+)")
BUDGETPDF_PATTERN(kMarkdownBold, R"(\*\*([^*]+)\*\*|__([^_]+)__)")

}  // namespace

std::optional<int> numbered_title(std::string_view text, std::string* rest) {
  int number = 0;
  std::string tail;
  if (!RE2::FullMatch(text, kNumberedTitle(), &number, &tail)) return std::nullopt;
  if (rest) *rest = tail;
  return number;
}

std::optional<ValueShape> value_shape(std::string_view nfkc_text) {
  ValueShape shape;
  if (!RE2::FullMatch(nfkc_text, kValueShape(), &shape.op, &shape.number, &shape.unit)) return std::nullopt;
  return shape;
}

bool unit_has_foreign_chars(std::string_view unit) { return RE2::PartialMatch(unit, kUnitForeign()); }

bool starts_with_heading_number(std::string_view text) { return RE2::PartialMatch(text, kHeadingNumber()); }

size_t heading_number_length(std::string_view text) {
  re2::StringPiece prefix;
  if (!RE2::PartialMatch(text, kHeadingNumberPrefix(), &prefix)) return 0;
  std::string_view matched(prefix.data(), prefix.size());
  for (std::string_view mark : {".", "．", "、", ")", "）", "部分", "章", "节", "篇"}) {
    if (matched.ends_with(mark)) return matched.size();
  }
  // "1.行政运行" matched the character after the point ("1.行"): give it back.
  size_t last = matched.size();
  do --last;
  while (last > 0 && (static_cast<unsigned char>(matched[last]) & 0xC0) == 0x80);
  return last;
}

std::vector<std::pair<size_t, size_t>> latex_math_spans(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> spans;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece math;
  while (RE2::FindAndConsume(&input, kLatexMath(), &math)) {
    size_t begin = static_cast<size_t>(math.data() - text.data()) - 1;  // the opening "$"
    spans.emplace_back(begin, begin + math.size() + 2);
  }
  return spans;
}

std::string replace_latex_commands(std::string_view math,
                                   std::optional<std::string> (*symbol_of)(std::string_view command)) {
  std::string out;
  re2::StringPiece input(math.data(), math.size());
  re2::StringPiece command;
  const char* copied = math.data();
  while (RE2::FindAndConsume(&input, kLatexCommand(), &command)) {
    const char* command_start = command.data() - 1;  // the backslash
    out.append(copied, static_cast<size_t>(command_start - copied));
    std::optional<std::string> symbol = symbol_of(std::string_view(command.data(), command.size()));
    out += symbol ? *symbol : std::string(command_start, command.size() + 1);
    copied = command.data() + command.size();
  }
  out.append(copied, static_cast<size_t>(math.data() + math.size() - copied));
  return out;
}

std::string replace_html_markup(std::string_view text) {
  std::string out(text);
  RE2::GlobalReplace(&out, kHtmlBlockTag(), "\n");
  RE2::GlobalReplace(&out, kHtmlInlineTag(), "");
  for (auto [entity, character] : {std::pair{"&nbsp;", " "}, std::pair{"&lt;", "<"}, std::pair{"&gt;", ">"},
                                   std::pair{"&quot;", "\""}, std::pair{"&amp;", "&"}}) {
    for (size_t at = out.find(entity); at != std::string::npos; at = out.find(entity, at + 1)) {
      out.replace(at, std::string_view(entity).size(), character);
    }
  }
  return out;
}

namespace {

size_t offset_in(std::string_view text, const re2::StringPiece& piece) {
  return static_cast<size_t>(piece.data() - text.data());
}

bool continues_token(char c) { return (c >= '0' && c <= '9') || c == '.' || c == ',' || std::isalpha(static_cast<unsigned char>(c)); }

}  // namespace

std::vector<FigureMatch> narrative_figures(std::string_view text) {
  std::vector<FigureMatch> figures;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece number, unit;
  while (RE2::FindAndConsume(&input, kNarrativeFigure(), &number, &unit)) {
    size_t begin = offset_in(text, number);
    size_t end = offset_in(text, unit) + unit.size();
    if (begin > 0 && continues_token(text[begin - 1])) continue;
    if (RE2::PartialMatch(text.substr(end), kThresholdAfter())) continue;
    figures.push_back({begin, end, std::string(number.data(), number.size()),
                       unit == "％" ? std::string("%") : std::string(unit.data(), unit.size())});
  }
  return figures;
}

std::vector<ClassMarker> classification_markers(std::string_view text) {
  std::vector<ClassMarker> markers;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece whole, digits, level;
  while (RE2::FindAndConsume(&input, kClassMarker(), &whole, &digits, &level)) {
    int depth = level == "类" ? 1 : level == "款" ? 2 : 3;
    markers.push_back({offset_in(text, whole), offset_in(text, whole) + whole.size(), depth,
                       std::string(digits.data(), digits.size())});
  }
  return markers;
}

std::vector<CodedName> coded_names(std::string_view text) {
  std::vector<CodedName> names;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece code, name;
  while (RE2::FindAndConsume(&input, kCodedName(), &code, &name)) {
    size_t begin = offset_in(text, code);
    if (begin > 0 && continues_token(text[begin - 1])) continue;
    names.push_back({begin, std::string(code.data(), code.size()), std::string(name.data(), name.size())});
  }
  return names;
}

std::vector<ComparedYear> compared_years(std::string_view text) {
  std::vector<ComparedYear> years;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece year, following;
  while (RE2::FindAndConsume(&input, kComparedYear(), &year, &following)) {
    years.push_back({offset_in(text, year), std::stoi(std::string(year.data(), year.size())),
                     std::string(following.data(), following.size())});
  }
  return years;
}

std::optional<int> last_year(std::string_view text) {
  std::optional<int> last;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece year;
  while (RE2::FindAndConsume(&input, kYear(), &year)) {
    std::string_view before = text.substr(0, offset_in(text, year));
    // A date the figure is counted at ("截至2025年8月31日") is no year of it.
    if (before.ends_with("截至") || before.ends_with("截止") || before.ends_with("截至 ") || before.ends_with("截止 ")) {
      continue;
    }
    last = std::stoi(std::string(year.data(), year.size()));
  }
  return last;
}

std::vector<std::string> template_placeholders(std::string_view text) {
  std::vector<std::string> found;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  while (RE2::FindAndConsume(&input, kTemplatePlaceholder(), &match)) {
    size_t begin = offset_in(text, match), end = begin + match.size();
    // Xs inside a Latin word ("XXL") are no placeholder.
    bool in_word = (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) ||
                   (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end])));
    if (!in_word) found.emplace_back(match.data(), match.size());
  }
  return found;
}

std::string strip_markdown(std::string_view text) {
  std::string out(text);
  RE2::Replace(&out, kMarkdownMarker(), "");
  RE2::GlobalReplace(&out, kMarkdownBold(), "\\1\\2");
  return out;
}

}  // namespace budgetpdf::normalize::patterns
