// The 指标值 cleaner and parser, and the decimal parser under it.

#include "fuzz/fuzz_target.h"
#include "normalize/indicator_value.h"
#include "normalize/text_join.h"
#include "schema/decimal.h"

namespace budgetpdf::fuzz {

void fuzz_one(std::string_view bytes) {
  normalize::DedupedValue deduped = normalize::remove_doubled_value(bytes);
  // Cell texts are valid UTF-8 (the readers make them so); other bytes come
  // back with U+FFFD in place of each invalid one.
  bool valid_utf8 = normalize::to_utf8(normalize::to_u32(bytes)) == bytes;
  if (valid_utf8) require(deduped.text.size() <= bytes.size(), "removing a doubled print never adds text");
  require(deduped.removed == (deduped.text != bytes), "removed says whether the text changed");
  normalize::IndicatorValue value = normalize::parse_indicator_value(deduped.text);
  require(value.op.has_value() == value.value.has_value(), "an operator comes with a number");
  if (value.value) {
    auto again = schema::Decimal::parse(value.value->to_string());
    require(again && *again == *value.value, "the number reads back");
  }
  if (auto decimal = schema::Decimal::parse(bytes)) {
    auto again = schema::Decimal::parse(decimal->to_string());
    require(again && *again == *decimal && again->to_string() == decimal->to_string(), "a decimal reads back");
  }
}

}  // namespace budgetpdf::fuzz
