#pragma once
// One outcome of a rule about a document: a table's arithmetic, agreement
// across tables, a table its 目录 lists. A sum that misses by no more than
// the rounding of its printed terms is told apart (`within_rounding`): 元
// tables converted from 万元 line by line miss a unit now and then, which
// is not a reading error nor a publication error of the same weight. The
// rule stays failed and the values stay as printed.

#include <optional>
#include <string>

#include "normalize/budget_table.h"
#include "schema/decimal.h"
#include "schema/record.h"

namespace budgetpdf::normalize {

struct CheckResult {
  std::string rule;     // stable id, e.g. "income.parent_equals_children"
  std::string table;    // table kind the rule is about
  std::string subject;  // code or row name
  std::string column;   // amount key
  std::optional<Decimal> expected;  // null when it cannot be computed
  std::optional<Decimal> actual;    // null when the rule compares no number
  bool ok = false;
  std::string detail;  // why the rule could not be computed, or what is missing
  // For sums: whether a miss is within half a unit of the printed
  // precision per summed term; null for a rule that is no sum.
  std::optional<bool> within_rounding;
};

// The terms of a sum as printed: their exact total, how many were printed
// and with how many decimals at most.
class Sum {
 public:
  void add(const BudgetLine& line, const std::string& key);
  void subtract(const BudgetLine& line, const std::string& key);
  void add(const std::optional<Decimal>& value, bool printed);

  // Nullopt when the sum leaves the range of exact amounts.
  const std::optional<Decimal>& value() const { return value_; }
  bool printed() const { return printed_; }
  int terms() const { return terms_; }
  int scale() const { return scale_; }

 private:
  std::optional<Decimal> value_ = Decimal();
  bool printed_ = false;
  int terms_ = 0;
  int scale_ = 0;
};

// The check that `sum` equals `actual` (the total printed), with its
// rounding verdict when it fails. Nullopt when nothing of it is printed.
std::optional<CheckResult> sum_check(std::string rule, std::string table, std::string subject, std::string column,
                                     const Sum& sum, const std::optional<Decimal>& actual, bool actual_printed);

// `value` printed in `from` (元, 千元, 万元, 亿元) as it reads in `to`, exact
// (27.50 万元 is 275000.00 元); as printed when a unit is unknown.
std::optional<Decimal> in_unit(const Decimal& value, const std::optional<std::string>& from,
                               const std::optional<std::string>& to);

schema::Record to_record(const CheckResult& check, const std::string& doc_id);

}  // namespace budgetpdf::normalize
