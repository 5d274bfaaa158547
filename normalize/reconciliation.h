#pragma once
// The tables' own arithmetic, checked exact to the cent: hierarchy sums,
// row identities, balances and agreement across tables. A failed check is
// reported, never "fixed": the numbers stay as printed.

#include <optional>
#include <string>
#include <vector>

#include "normalize/budget_table.h"
#include "schema/record.h"

namespace budgetpdf::normalize {

struct CheckResult {
  std::string rule;     // stable id, e.g. "income.parent_equals_children"
  std::string table;    // table kind the rule is about
  std::string subject;  // code or row name
  std::string column;   // amount key
  std::optional<Decimal> expected;  // null when it cannot be computed
  Decimal actual;
  bool ok = false;
  std::string detail;  // why the rule could not be computed, when it could not
};

// Every rule that applies to the tables given (rules about a table that is
// missing are skipped; rules whose cells are all empty are skipped).
std::vector<CheckResult> reconcile(const std::vector<BudgetTable>& tables);

schema::Record to_record(const CheckResult& check, const std::string& doc_id);

}  // namespace budgetpdf::normalize
