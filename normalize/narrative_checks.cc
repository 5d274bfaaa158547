#include "normalize/narrative_checks.h"

#include <fmt/format.h>
#include <gmpxx.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "normalize/narrative_text.h"
#include "normalize/patterns.h"

namespace budgetpdf::normalize {
namespace {

// Exact rationals (GMP): a rate is a quotient of decimals, and is compared
// to its printed precision without ever rounding through a binary float.
using Rational = mpq_class;

mpz_class power_of_ten(int exponent) {
  mpz_class power;
  mpz_ui_pow_ui(power.get_mpz_t(), 10, static_cast<unsigned long>(exponent));
  return power;
}

Rational rational(const Decimal& value) {
  std::string text = value.to_string();
  bool negative = text.starts_with('-');
  if (negative) text.erase(0, 1);
  text.erase(std::remove(text.begin(), text.end(), '.'), text.end());
  Rational out(mpz_class(text, 10), power_of_ten(value.scale()));
  out.canonicalize();
  return negative ? Rational(-out) : out;
}

// `value` rounded half away from zero to `scale` decimals; nullopt past the
// 18 digits of an exact decimal.
std::optional<Decimal> decimal(const Rational& value, int scale) {
  Rational scaled = abs(value) * power_of_ten(scale);
  mpz_class units = (scaled.get_num() * 2 + scaled.get_den()) / (scaled.get_den() * 2);
  std::string digits = units.get_str();
  if (scale > 0) {
    if (digits.size() <= static_cast<size_t>(scale)) digits.insert(0, static_cast<size_t>(scale) + 1 - digits.size(), '0');
    digits.insert(digits.size() - static_cast<size_t>(scale), ".");
  }
  if (value < 0 && units != 0) digits.insert(0, "-");
  return Decimal::parse(digits);
}

int unit_exponent(const std::string& unit) {
  if (unit == "千元") return 3;
  if (unit == "万元") return 4;
  if (unit == "亿元") return 8;
  return 0;  // 元, and % (a rate is unit-free)
}

// A printed figure as the values it may have been printed from, in 元:
// rounded to its last digit, or cut there (toward zero).
struct Span {
  Rational low, mid, high;
};

Rational unit_of(const Figure& figure) {
  return Rational(power_of_ten(unit_exponent(figure.unit))) / Rational(power_of_ten(figure.value.scale()));
}

Span span_of(const Figure& figure, int sign = 1) {
  Rational mid = rational(figure.value) * Rational(power_of_ten(unit_exponent(figure.unit))) * sign;
  Rational unit = unit_of(figure), half = unit / 2;
  return mid >= 0 ? Span{mid - half, mid, mid + unit} : Span{mid - unit, mid, mid + half};
}

bool overlap(const Span& a, const Rational& low, const Rational& high) { return a.low <= high && low <= a.high; }

int sign_of(Direction direction) { return direction == Direction::down ? -1 : 1; }

// A miss of no more than the last printed digit's unit: told apart, as a
// sum's rounding is, from a figure that is plainly another.
bool within_last_digit(const Decimal& expected, const Decimal& actual, const Figure& stated) {
  Rational miss = abs(rational(expected) - rational(actual)) * Rational(power_of_ten(unit_exponent(stated.unit)));
  return miss <= unit_of(stated);
}

std::string subject_of(const Statement& statement) {
  if (statement.item.line) return statement.item.line->code;
  return statement.item.label;
}

CheckResult narrative_check(std::string rule, const Statement& statement) {
  CheckResult check;
  check.rule = std::move(rule);
  check.subject = subject_of(statement);
  check.detail = statement.sentence;
  return check;
}

void amount_checks(const NarrativeFigures& figures, std::vector<CheckResult>& out) {
  for (const auto& statement : figures.statements) {
    if (statement.figure.role != FigureRole::amount || !statement.compared) continue;
    const TableCell& cell = *statement.compared;
    CheckResult check = narrative_check("narrative.amount_equals_table", statement);
    check.table = std::string(kind_name(cell.table->kind));
    check.column = cell.column;
    check.expected = in_figure_unit(statement.figure, cell);
    check.actual = statement.figure.value;
    check.ok = agrees(statement.figure, cell).value_or(false);
    if (!check.ok && check.expected) check.within_rounding = within_last_digit(*check.expected, *check.actual, statement.figure);
    out.push_back(std::move(check));
  }
}

// The rates the figures allow: every corner of the box of their printing.
// `rate(a, b)` is monotone in each argument, so its extremes are corners.
template <typename Rate>
std::optional<std::pair<Rational, Rational>> rate_range(const Span& a, const Span& b, Rate rate) {
  std::optional<std::pair<Rational, Rational>> range;
  for (const Rational& x : {a.low, a.high}) {
    for (const Rational& y : {b.low, b.high}) {
      std::optional<Rational> value = rate(x, y);
      if (!value) return std::nullopt;
      if (!range) range = std::pair{*value, *value};
      range->first = std::min(range->first, *value);
      range->second = std::max(range->second, *value);
    }
  }
  return range;
}

struct RateEstimate {
  std::pair<Rational, Rational> range;
  Rational mid;
};

// The rate a comparison's figures give: from the year's figure and the one
// compared with, else from either and the change. Nullopt over a base of
// zero or less (no rate is stated of it).
std::optional<RateEstimate> rate_of(const Statement* amount, const Statement* base, const Statement* change) {
  const Rational hundred(100);
  if (amount && base) {
    Span current = span_of(amount->figure), previous = span_of(base->figure);
    if (previous.low <= 0) return std::nullopt;
    auto range = rate_range(current, previous, [&](const Rational& c, const Rational& b) -> std::optional<Rational> {
      return hundred * (c - b) / b;
    });
    if (!range) return std::nullopt;
    return RateEstimate{*range, hundred * (current.mid - previous.mid) / previous.mid};
  }
  if (!change || change->figure.direction == Direction::none) return std::nullopt;
  Span delta = span_of(change->figure, sign_of(change->figure.direction));
  if (amount) {
    Span current = span_of(amount->figure);
    if (current.mid - delta.mid <= 0) return std::nullopt;
    auto range = rate_range(current, delta, [&](const Rational& c, const Rational& d) -> std::optional<Rational> {
      if (c - d <= 0) return std::nullopt;
      return hundred * d / (c - d);
    });
    if (!range) return std::nullopt;
    return RateEstimate{*range, hundred * delta.mid / (current.mid - delta.mid)};
  }
  if (base) {
    Span previous = span_of(base->figure);
    if (previous.low <= 0) return std::nullopt;
    auto range = rate_range(previous, delta, [&](const Rational& b, const Rational& d) -> std::optional<Rational> {
      return hundred * d / b;
    });
    if (!range) return std::nullopt;
    return RateEstimate{*range, hundred * delta.mid / previous.mid};
  }
  return std::nullopt;
}

void change_check(const std::vector<const Statement*>& amounts, const Statement& base, const Statement* change,
                  std::vector<CheckResult>& out) {
  const Statement& last = *amounts.back();
  const Statement& stated = change ? *change : last;
  CheckResult check = narrative_check("narrative.change_equals_difference", stated);
  check.subject = subject_of(last);
  std::string unit = change ? change->figure.unit : last.figure.unit;
  Rational factor(power_of_ten(unit_exponent(unit)));
  Span previous = span_of(base.figure);
  int scale = std::max({last.figure.value.scale(), base.figure.value.scale(), change ? change->figure.value.scale() : 0});
  check.expected = decimal((span_of(last.figure).mid - previous.mid) / factor, scale);
  std::optional<Span> stated_change;
  if (change) {
    Rational difference = span_of(last.figure).mid - previous.mid;
    int sign = change->figure.direction == Direction::none ? (difference >= 0 ? 1 : -1) : sign_of(change->figure.direction);
    stated_change = span_of(change->figure, sign);
    check.actual = decimal(stated_change->mid / factor, change->figure.value.scale());
  } else {
    check.actual = Decimal();
  }
  // It holds if it holds for one statement of the year's figure.
  for (const Statement* amount : amounts) {
    Span current = span_of(amount->figure);
    Rational low = current.low - previous.high, high = current.high - previous.low;
    if (stated_change ? overlap(*stated_change, low, high) : (low <= 0 && 0 <= high)) check.ok = true;
  }
  if (!check.ok && change && check.expected && check.actual) {
    check.within_rounding = within_last_digit(*check.expected, *check.actual, change->figure);
  }
  out.push_back(std::move(check));
}

void comparison_checks(const NarrativeFigures& figures, std::vector<CheckResult>& out) {
  auto figure = [&](std::optional<size_t> index) -> const Statement* {
    return index ? &figures.statements[*index] : nullptr;
  };
  for (const auto& comparison : figures.comparisons) {
    std::vector<const Statement*> amounts;
    for (size_t index : comparison.amounts) amounts.push_back(&figures.statements[index]);
    const Statement* base = figure(comparison.base);
    const Statement* change = figure(comparison.change);
    const Statement* rate = figure(comparison.rate);
    if (change && change->figure.direction == Direction::unstated) change = nullptr;
    if (rate && rate->figure.direction == Direction::unstated) rate = nullptr;

    // A change stated, or 持平, against the two figures compared.
    if (!amounts.empty() && base && (change || (comparison.flat && !rate))) {
      change_check(amounts, *base, change, out);
    }
    if (!rate) continue;

    // The rate stated against each statement of the year's figure: it
    // holds if it holds for one; the last is what it is reported against.
    std::vector<const Statement*> currents = amounts;
    if (currents.empty()) currents.push_back(nullptr);
    std::optional<RateEstimate> reported;
    bool ok = false;
    for (auto it = currents.rbegin(); it != currents.rend(); ++it) {
      std::optional<RateEstimate> estimate = rate_of(*it, base, change);
      if (!estimate) continue;
      if (!reported) reported = estimate;
      Span stated = span_of(rate->figure, sign_of(rate->figure.direction));
      bool fits = overlap(stated, estimate->range.first, estimate->range.second);
      if (rate->figure.direction == Direction::none) {
        fits = fits || overlap(span_of(rate->figure, -1), estimate->range.first, estimate->range.second);
      }
      ok = ok || fits;
    }
    if (!reported) continue;
    const Statement& about = !amounts.empty() ? *amounts.back() : base ? *base : *rate;
    CheckResult check = narrative_check("narrative.rate_equals_change_over_base", *rate);
    check.subject = subject_of(about);
    check.expected = decimal(reported->mid, rate->figure.value.scale());
    check.actual = decimal(span_of(rate->figure, sign_of(rate->figure.direction)).mid, rate->figure.value.scale());
    check.ok = ok;
    if (!ok && check.expected && check.actual) {
      check.within_rounding = within_last_digit(*check.expected, *check.actual, rate->figure);
    }
    out.push_back(std::move(check));
  }
}

void class_name_checks(const NarrativeFigures& figures, std::vector<CheckResult>& out) {
  std::set<std::tuple<size_t, std::string, std::string>> reported;
  for (const auto& statement : figures.statements) {
    if (!statement.item.line) continue;
    for (const auto& mismatch : statement.item.line->mismatches) {
      if (!reported.insert({statement.section, mismatch.code, mismatch.printed}).second) continue;
      CheckResult check = narrative_check("narrative.class_name", statement);
      check.subject = mismatch.code;
      check.detail = fmt::format("the text names {} {}, the tables {}: {}", mismatch.code, mismatch.printed,
                                 mismatch.tables, statement.sentence);
      out.push_back(std::move(check));
    }
  }
}

// Words after a compared year that make it a comparison of figures (not
// "与2035年远景目标").
constexpr std::string_view kComparedFigureWords[] = {"预算", "执行", "决算", "相比", "比较", "持平", "增",
                                                     "减",   "数",   "同期", "相同", "一致"};
// In a 决算: the year's own budget.
constexpr std::string_view kOwnBudgetWords[] = {"年初预算", "预算", "度预算", "度年初预算"};

void year_checks(const std::vector<Section>& sections, const FigureContext& context, std::vector<CheckResult>& out) {
  if (!context.year) return;
  for (const auto& section : sections) {
    for (const auto& paragraph : narrative_text(section).paragraphs) {
      for (const auto& compared : patterns::compared_years(paragraph)) {
        std::string_view following = compared.following;
        bool of_figures = std::any_of(std::begin(kComparedFigureWords), std::end(kComparedFigureWords),
                                      [&](std::string_view word) { return following.find(word) != std::string_view::npos; });
        if (!of_figures) continue;
        bool own_budget = context.final_account &&
                          std::any_of(std::begin(kOwnBudgetWords), std::end(kOwnBudgetWords),
                                      [&](std::string_view word) { return following.starts_with(word); });
        int expected = own_budget ? *context.year : *context.year - 1;
        auto [begin, end] = sentence_around(paragraph, compared.begin);
        CheckResult check;
        check.rule = "narrative.comparison_year";
        check.subject = fmt::format("{}年{}", compared.year, following);
        check.expected = *Decimal::parse(std::to_string(expected));
        check.actual = *Decimal::parse(std::to_string(compared.year));
        check.ok = compared.year == expected;
        check.detail = paragraph.substr(begin, end - begin);
        out.push_back(std::move(check));
      }
    }
  }
}

}  // namespace

std::vector<CheckResult> narrative_checks(const NarrativeFigures& figures, const std::vector<Section>& sections,
                                          const FigureContext& context) {
  std::vector<CheckResult> out;
  amount_checks(figures, out);
  comparison_checks(figures, out);
  class_name_checks(figures, out);
  year_checks(sections, context, out);
  return out;
}

}  // namespace budgetpdf::normalize
