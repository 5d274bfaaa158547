#pragma once
// The 指标值 of a performance indicator: the printed value cleaned of a
// doubled print, then read as the contract's "[operator] number [unit]"
// ("≥144986 人" is ≥ 144986 人, "不低于95%" is ≥ 95 %, "100%" is = 100 %).
// Anything else ("按月", "80%-90%", "≤5000 元/2 套") is qualitative and keeps
// a null operator, number and unit.

#include <optional>
#include <string>
#include <string_view>

#include "schema/decimal.h"

namespace budgetpdf::normalize {

// A plain number printed twice is taken for a doubled print only when each
// copy has at least this many digits ("55285528" is 5528 twice); a short
// number repeating itself ("1010", "100100") can be a real value.
inline constexpr size_t kMinDoubledNumberDigits = 4;

struct DedupedValue {
  std::string text;
  bool removed = false;
};

// Removes a doubled print where the value itself proves it:
// - an operator and number printed again right after themselves, the two
//   numbers equal ("≥144986≥144986 人", "≥99≥99%", "≥70≥70.00 名": the later,
//   fuller spelling is kept);
// - the operator printed again between number and unit ("≤1≤万元");
// - a number that is two equal copies: with two decimal points ("0.40.4"),
//   or kMinDoubledNumberDigits+ digits each ("55285528").
DedupedValue remove_doubled_value(std::string_view text);

struct IndicatorValue {
  std::optional<std::string> op;  // "≥", "≤", ">", "<", "="
  std::optional<schema::Decimal> value;
  std::optional<std::string> unit;
};

// Reads a cleaned value. Full-width digits and signs count as their ASCII
// forms ("≥９５％" is ≥ 95 %); the number keeps its printed decimals.
IndicatorValue parse_indicator_value(std::string_view text);

}  // namespace budgetpdf::normalize
