#include "normalize/indicator_value.h"

#include <algorithm>
#include <vector>

#include "normalize/patterns.h"
#include "normalize/text_join.h"

namespace budgetpdf::normalize {
namespace {

enum class TokenKind { op, number, space, other };

struct Token {
  TokenKind kind = TokenKind::other;
  size_t begin = 0;  // code point offsets into the value
  size_t end = 0;
  std::u32string canonical;  // sign or number in ASCII form
};

std::optional<char32_t> ascii_of_sign(char32_t c) {
  switch (c) {
    case U'≥': case U'≧': return U'≥';
    case U'≤': case U'≦': return U'≤';
    case U'>': case U'＞': return U'>';
    case U'<': case U'＜': return U'<';
    case U'=': case U'＝': return U'=';
    default: return std::nullopt;
  }
}

std::optional<char32_t> ascii_of_number_char(char32_t c) {
  if (c >= U'0' && c <= U'9') return c;
  if (c >= U'０' && c <= U'９') return U'0' + (c - U'０');
  if (c == U'.' || c == U'．') return U'.';
  return std::nullopt;
}

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == 0x3000 || c == 0xA0; }

std::vector<Token> tokenize(const std::u32string& text) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < text.size()) {
    Token token;
    token.begin = i;
    if (auto sign = ascii_of_sign(text[i])) {
      token.kind = TokenKind::op;
      token.canonical = *sign;
      ++i;
      // ">=" and "<=" are one sign.
      if (i < text.size() && text[i] == U'=' && (*sign == U'>' || *sign == U'<')) {
        token.canonical = *sign == U'>' ? U"≥" : U"≤";
        ++i;
      }
    } else if (ascii_of_number_char(text[i])) {
      token.kind = TokenKind::number;
      while (i < text.size()) {
        if (auto c = ascii_of_number_char(text[i])) {
          token.canonical.push_back(*c);
        } else if (text[i] != U',') {
          break;
        }
        ++i;
      }
    } else if (is_space(text[i])) {
      token.kind = TokenKind::space;
      while (i < text.size() && is_space(text[i])) ++i;
    } else {
      while (i < text.size() && !ascii_of_sign(text[i]) && !ascii_of_number_char(text[i]) && !is_space(text[i])) ++i;
    }
    token.end = i;
    tokens.push_back(std::move(token));
  }
  return tokens;
}

// Index of the next token that is not a space, from `i`.
size_t skip_spaces(const std::vector<Token>& tokens, size_t i) {
  while (i < tokens.size() && tokens[i].kind == TokenKind::space) ++i;
  return i;
}

bool same_number(const std::u32string& a, const std::u32string& b) {
  auto x = schema::Decimal::parse(to_utf8(a));
  auto y = schema::Decimal::parse(to_utf8(b));
  return x && y && *x == *y;
}

bool has_digit(const std::u32string& text) {
  return std::any_of(text.begin(), text.end(), [](char32_t c) { return ascii_of_number_char(c) && c != U'.' && c != U'．'; });
}

// The length of one copy when `number` is two equal copies, else 0.
size_t doubled_copy_length(const std::u32string& number) {
  if (number.size() % 2 != 0) return 0;
  size_t half = number.size() / 2;
  if (number.compare(0, half, number, half, half) != 0) return 0;
  size_t points = static_cast<size_t>(std::count(number.begin(), number.end(), U'.'));
  if (points == 2) return half;  // "0.40.4": no number has two points
  if (points == 0 && half >= kMinDoubledNumberDigits) return half;
  return 0;
}

// Rules 1 and 2: an operator repeated after the number it governs.
std::optional<std::u32string> drop_repeated_operator(const std::u32string& text, const std::vector<Token>& tokens) {
  size_t op = skip_spaces(tokens, 0);
  if (op >= tokens.size() || tokens[op].kind != TokenKind::op) return std::nullopt;
  size_t number = skip_spaces(tokens, op + 1);
  if (number >= tokens.size() || tokens[number].kind != TokenKind::number) return std::nullopt;
  size_t again = skip_spaces(tokens, number + 1);
  if (again >= tokens.size() || tokens[again].kind != TokenKind::op || tokens[again].canonical != tokens[op].canonical) {
    return std::nullopt;
  }
  size_t after = skip_spaces(tokens, again + 1);
  if (after < tokens.size() && tokens[after].kind == TokenKind::number &&
      same_number(tokens[number].canonical, tokens[after].canonical)) {
    return text.substr(tokens[again].begin);  // "≥70≥70.00 名" keeps the fuller "≥70.00 名"
  }
  std::u32string unit = after < tokens.size() ? text.substr(tokens[after].begin) : std::u32string();
  if (unit.empty() || has_digit(unit)) return std::nullopt;
  return text.substr(0, tokens[number].end) + unit;  // "≤1≤万元" is "≤1万元"
}

// Rule 3: the number itself printed twice.
std::optional<std::u32string> drop_doubled_number(const std::u32string& text, const std::vector<Token>& tokens) {
  size_t first = skip_spaces(tokens, 0);
  if (first < tokens.size() && tokens[first].kind == TokenKind::op) first = skip_spaces(tokens, first + 1);
  if (first >= tokens.size() || tokens[first].kind != TokenKind::number) return std::nullopt;
  const Token& number = tokens[first];
  // Thousands separators make the copies unequal in length: not handled.
  if (number.end - number.begin != number.canonical.size()) return std::nullopt;
  size_t copy = doubled_copy_length(number.canonical);
  if (copy == 0) return std::nullopt;
  return text.substr(0, number.begin + copy) + text.substr(number.end);
}

std::string_view canonical_operator(std::string_view printed) {
  if (printed.empty() || printed == "=") return "=";
  if (printed == "≥" || printed == "≧" || printed == ">=" || printed == "不低于" || printed == "不少于" ||
      printed == "不小于") {
    return "≥";
  }
  if (printed == "≤" || printed == "≦" || printed == "<=" || printed == "不高于" || printed == "不超过" ||
      printed == "不大于") {
    return "≤";
  }
  if (printed == ">" || printed == "大于" || printed == "高于") return ">";
  return "<";  // "<", "小于", "低于": the only operators value_shape admits beside these
}

}  // namespace

DedupedValue remove_doubled_value(std::string_view text) {
  std::u32string value = to_u32(text);
  auto tokens = tokenize(value);
  if (auto fixed = drop_repeated_operator(value, tokens)) return {to_utf8(*fixed), true};
  if (auto fixed = drop_doubled_number(value, tokens)) return {to_utf8(*fixed), true};
  return {std::string(text), false};
}

IndicatorValue parse_indicator_value(std::string_view text) {
  auto shape = patterns::value_shape(nfkc(text));
  if (!shape || patterns::unit_has_foreign_chars(shape->unit)) return {};
  auto number = schema::Decimal::parse(shape->number);
  if (!number) return {};
  IndicatorValue value;
  value.op = std::string(canonical_operator(shape->op));
  value.value = number;
  // "=100.00(%)", "≥13459.00(平方米)": the unit in brackets is the unit.
  std::string_view unit = shape->unit;
  if (unit.size() > 2 && unit.front() == '(' && unit.back() == ')' && unit.find_first_of("()", 1) == unit.size() - 1) {
    unit = unit.substr(1, unit.size() - 2);
  }
  if (!unit.empty()) value.unit = std::string(unit);
  return value;
}

}  // namespace budgetpdf::normalize
