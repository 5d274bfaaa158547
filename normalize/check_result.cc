#include "normalize/check_result.h"

#include <algorithm>
#include <stdexcept>

namespace budgetpdf::normalize {
namespace {

// n half units of the 10^-scale place: 0.5 × n, or 0.005 × n at 2 decimals.
Decimal half_units(int n, int scale) {
  std::string digits = std::to_string(5 * n);
  size_t decimals = static_cast<size_t>(scale) + 1;
  if (digits.size() <= decimals) digits.insert(0, decimals + 1 - digits.size(), '0');
  digits.insert(digits.size() - decimals, ".");
  return *Decimal::parse(digits);
}

bool within_rounding(const Decimal& expected, const Decimal& actual, int terms, int scale) {
  try {
    Decimal miss = expected - actual;
    if (miss < Decimal()) miss = Decimal() - miss;
    return miss <= half_units(std::max(terms, 1), scale);
  } catch (const std::overflow_error&) {
    return false;
  }
}

std::optional<int> unit_exponent(const std::optional<std::string>& unit) {
  if (!unit) return std::nullopt;
  if (*unit == "元") return 0;
  if (*unit == "千元") return 3;
  if (*unit == "万元") return 4;
  if (*unit == "亿元") return 8;
  return std::nullopt;
}

}  // namespace

std::optional<Decimal> in_unit(const Decimal& value, const std::optional<std::string>& from,
                               const std::optional<std::string>& to) {
  auto from_exponent = unit_exponent(from), to_exponent = unit_exponent(to);
  if (!from_exponent || !to_exponent || *from_exponent == *to_exponent) return value;
  // Move the decimal point: the digits stay, their scale changes.
  std::string text = value.to_string();
  bool negative = text.starts_with('-');
  if (negative) text.erase(0, 1);
  size_t point = text.find('.');
  std::string digits = point == std::string::npos ? text : text.substr(0, point) + text.substr(point + 1);
  int scale = point == std::string::npos ? 0 : static_cast<int>(text.size() - point - 1);
  scale -= *from_exponent - *to_exponent;
  if (scale < 0) {
    digits.append(static_cast<size_t>(-scale), '0');
    scale = 0;
  }
  if (digits.size() <= static_cast<size_t>(scale)) digits.insert(0, static_cast<size_t>(scale) + 1 - digits.size(), '0');
  if (scale > 0) digits.insert(digits.size() - static_cast<size_t>(scale), ".");
  return Decimal::parse((negative ? "-" : "") + digits);
}

void Sum::add(const BudgetLine& line, const std::string& key) {
  add(line.amount_or_zero(key), line.has_amount(key));
}

void Sum::subtract(const BudgetLine& line, const std::string& key) {
  std::optional<Decimal> value = line.amount_or_zero(key);
  if (value) {
    try {
      value = Decimal() - *value;
    } catch (const std::overflow_error&) {
      value.reset();
      value_.reset();
    }
  }
  add(value, line.has_amount(key));
}

void Sum::add(const std::optional<Decimal>& value, bool printed) {
  if (value && value_) value_ = value_->plus(*value);
  if (!printed) return;
  printed_ = true;
  ++terms_;
  if (value) scale_ = std::max(scale_, value->scale());
}

std::optional<CheckResult> sum_check(std::string rule, std::string table, std::string subject, std::string column,
                                     const Sum& sum, const std::optional<Decimal>& actual, bool actual_printed) {
  if (!(sum.printed() || actual_printed) || !actual) return std::nullopt;
  CheckResult check{std::move(rule), std::move(table), std::move(subject), std::move(column), sum.value(), actual,
                    false, {}, false};
  if (!sum.value()) {
    // Absurd printed values (a misread cell): the check fails and says so.
    check.detail = "the sum of the parts leaves the range of exact amounts (18 digits)";
    return check;
  }
  check.ok = *sum.value() == *actual;
  check.within_rounding =
      !check.ok && within_rounding(*sum.value(), *actual, sum.terms(), std::max(sum.scale(), actual->scale()));
  return check;
}

schema::Record to_record(const CheckResult& check, const std::string& doc_id) {
  schema::Record record(schema::check_type());
  record.set("doc_id", doc_id)
      .set("rule", check.rule)
      .set("table", check.table)
      .set("subject", check.subject)
      .set("column", check.column.empty() ? schema::Value{} : schema::Value{check.column})
      .set("expected", schema::optional_decimal(check.expected))
      .set("actual", schema::optional_decimal(check.actual))
      .set("ok", check.ok)
      .set("detail", check.detail.empty() ? schema::Value{} : schema::Value{check.detail})
      .set("within_rounding", check.within_rounding ? schema::Value{*check.within_rounding} : schema::Value{});
  return record;
}

}  // namespace budgetpdf::normalize
