#include "normalize/patterns.h"

#include <re2/re2.h>

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
BUDGETPDF_PATTERN(kLatexMath, R"(\$([^$]*?\\[^$]*?)\$)")
BUDGETPDF_PATTERN(kLatexCommand, R"(\\([A-Za-z]+|[%$&#_{},;! ]))")
BUDGETPDF_PATTERN(kHtmlBlockTag, R"((?i)</?(?:p|br|div|li|ul|ol|tr|table)\b[^<>]*>)")
BUDGETPDF_PATTERN(kHtmlInlineTag, R"((?i)</?(?:span|font|b|strong|i|em|u|sub|sup|a|td|th|tbody|thead)\b[^<>]*>)")
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

std::string strip_markdown(std::string_view text) {
  std::string out(text);
  RE2::Replace(&out, kMarkdownMarker(), "");
  RE2::GlobalReplace(&out, kMarkdownBold(), "\\1\\2");
  return out;
}

}  // namespace budgetpdf::normalize::patterns
