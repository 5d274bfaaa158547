#pragma once
// The tables' own arithmetic, checked exact to the cent: hierarchy sums,
// row identities (budget and 决算 columns), balances and agreement across
// tables. A failed check is reported, never "fixed": the numbers stay as
// printed.

#include <vector>

#include "normalize/budget_table.h"
#include "normalize/check_result.h"

namespace budgetpdf::normalize {

// Every rule that applies to the tables given (rules about a table that is
// missing are skipped; rules whose cells are all empty are skipped).
std::vector<CheckResult> reconcile(const std::vector<BudgetTable>& tables);

// Rules between tables (the summary against the income and expenditure
// tables, the fiscal summary against each fund's table …), added to `out`.
void reconcile_across_tables(const std::vector<BudgetTable>& tables, std::vector<CheckResult>& out);

}  // namespace budgetpdf::normalize
