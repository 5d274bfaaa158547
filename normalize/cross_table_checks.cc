// Agreement across tables: the same figure printed in two tables must be
// the same (the summary's totals and the income and expenditure tables', the
// fiscal summary's columns and each fund's table, the 基本支出 table and
// the 支出表's 基本支出 column). A 决算 prints 本年收入合计 / 本年支出合计 where
// a budget prints 合计.

#include <functional>
#include <string_view>
#include <unordered_map>

#include "normalize/reconciliation.h"
#include "normalize/text_join.h"

namespace budgetpdf::normalize {
namespace {

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

const BudgetLine* total_row(const BudgetTable& table) {
  for (const auto& line : table.lines) {
    if (is_total_row(line)) return &line;
  }
  return nullptr;
}

bool has_key(const BudgetTable& table, std::string_view key) {
  for (const auto& spec : table.columns) {
    if (spec.role == ColumnRole::amount && spec.key == key) return true;
  }
  return false;
}

// The key a table prints its rows' totals under.
std::string total_key(const BudgetTable& table) {
  for (std::string_view key : {"total", "current_expenditure", "current_income"}) {
    if (has_key(table, key)) return std::string(key);
  }
  return "total";
}

const BudgetLine* named(const BudgetTable& table, Side side, const std::function<bool(const std::string&)>& predicate) {
  for (const auto& line : table.lines) {
    if (line.side == side && predicate(squeeze(line.name))) return &line;
  }
  return nullptr;
}

class CrossChecker {
 public:
  CrossChecker(const std::vector<BudgetTable>& tables, std::vector<CheckResult>& out) : tables_(tables), out_(out) {}

  void run() {
    const BudgetTable* summary = find(TableKind::summary);
    const BudgetTable* income = find(TableKind::income);
    const BudgetTable* expenditure = find(TableKind::expenditure);
    const BudgetTable* fiscal = find(TableKind::fiscal_summary);
    const BudgetTable* general = find(TableKind::general_public);
    const BudgetTable* basic = find(TableKind::general_public_basic);
    const BudgetTable* three = find(TableKind::three_public);
    auto is_grand = [](const std::string& n) { return contains(n, "总计"); };
    auto is_current = [](const std::string& n) { return contains(n, "本年") && contains(n, "合计"); };

    if (summary && income) {
      // A budget's income table totals its carryover too; a 决算's holds
      // this year's income alone.
      bool current_only = !has_key(*income, "total") && has_key(*income, "current_income");
      cross("cross.summary_income_equals_income_table", *summary, current_only ? "本年收入合计" : "收入总计",
            total_key(*income), *income, total_row(*income), total_key(*income),
            named(*summary, Side::income, current_only ? is_current : is_grand), "amount");
    }
    if (summary && expenditure) {
      cross("cross.summary_expenditure_equals_expenditure_table", *summary, "本年支出合计", total_key(*expenditure),
            *expenditure, total_row(*expenditure), total_key(*expenditure), named(*summary, Side::expenditure, is_current), "amount");
    }
    if (income && expenditure && has_key(*income, "total") && has_key(*expenditure, "total")) {
      // The first line of each code, as find_code finds it, looked up once
      // per income line rather than searched for (quadratic in the rows).
      std::unordered_map<std::string_view, const BudgetLine*> expenditure_by_code;
      for (const auto& out : expenditure->lines) {
        if (out.code && out.side == Side::none) expenditure_by_code.try_emplace(*out.code, &out);
      }
      const BudgetLine* expenditure_total = total_row(*expenditure);
      for (const auto& in : income->lines) {
        const BudgetLine* out = nullptr;
        if (in.code) {
          auto found = expenditure_by_code.find(*in.code);
          if (found != expenditure_by_code.end()) out = found->second;
        } else if (is_total_row(in)) {
          out = expenditure_total;
        }
        cross("cross.income_equals_expenditure_by_code", *income, subject_of(in), "total", *expenditure, out, "total",
              &in, "total");
      }
    }
    if (income && fiscal) {
      cross("cross.fiscal_income_equals_income_table", *income, "财政拨款收入", "fiscal_appropriation", *fiscal,
            named(*fiscal, Side::income, is_current), "amount", total_row(*income), "fiscal_appropriation");
    }
    if (fiscal) fund_tables(*fiscal, named(*fiscal, Side::expenditure, is_current));
    if (general && basic) {
      cross("cross.basic_spending_equals_basic_table", *general, "合计", "basic", *basic, total_row(*basic), "total",
            total_row(*general), "basic");
    }
    if (basic && three) reception(*basic, *three);
  }

 private:
  const BudgetTable* find(TableKind kind) const {
    for (const auto& table : tables_) {
      if (table.kind == kind) return &table;
    }
    return nullptr;
  }

  void compare(const std::string& rule_id, const BudgetTable& table, const std::string& subject,
               const std::string& column, std::optional<Decimal> expected, std::optional<Decimal> actual,
               bool anything_printed) {
    if (!anything_printed || !expected || !actual) return;
    out_.push_back({rule_id, std::string(kind_name(table.kind)), subject, column, expected, actual,
                    *expected == *actual, {}, std::nullopt});
  }

  // A line of `table` against a line of `other`, in `table`'s unit.
  void cross(const std::string& rule_id, const BudgetTable& table, const std::string& subject, const std::string& column,
             const BudgetTable& other, const BudgetLine* expected_line, const std::string& expected_key,
             const BudgetLine* actual_line, const std::string& actual_key) {
    if (!expected_line || !actual_line) return;
    std::optional<Decimal> expected = expected_line->amount_or_zero(expected_key);
    if (expected) expected = in_unit(*expected, other.unit, table.unit);
    compare(rule_id, table, subject, column, expected, actual_line->amount_or_zero(actual_key),
            expected_line->has_amount(expected_key) || actual_line->has_amount(actual_key));
  }

  // The fiscal summary's 本年支出合计, fund by fund, is each fund's table total.
  void fund_tables(const BudgetTable& fiscal, const BudgetLine* current) {
    if (!current) return;
    for (auto [kind, key] : {std::pair{TableKind::general_public, "general_public"},
                             std::pair{TableKind::gov_fund, "gov_fund"},
                             std::pair{TableKind::state_capital, "state_capital"}}) {
      const BudgetTable* fund = find(kind);
      if (!fund) continue;
      if (const BudgetLine* fund_total = total_row(*fund)) {
        cross("cross.fiscal_summary_equals_fund_table", fiscal, "本年支出合计", key, *fund, fund_total, total_key(*fund),
              current, key);
      } else if (fund->lines.empty()) {
        // A table printed empty says its fund spends nothing.
        compare("cross.fiscal_summary_equals_fund_table", fiscal, "本年支出合计", key, Decimal(),
                current->amount_or_zero(key), current->has_amount(key));
      }
    }
  }

  // What the 基本支出 table spends on 公务接待费 (30217) stays within the
  // “三公” table's 公务接待费.
  void reception(const BudgetTable& basic, const BudgetTable& three) {
    const BudgetLine* spent = basic.find_code("30217");
    if (!spent) return;
    std::optional<Decimal> limit;
    bool printed = spent->has_amount("total");
    if (has_key(three, "reception") && !three.lines.empty()) {
      limit = three.lines.front().amount_or_zero("reception");
      printed = printed || three.lines.front().has_amount("reception");
    } else if (const BudgetLine* row = named(three, Side::none, [](const std::string& n) { return contains(n, "公务接待"); })) {
      limit = row->amount_or_zero("total");
      printed = printed || row->has_amount("total");
    }
    auto actual = spent->amount_or_zero("total");
    if (limit) limit = in_unit(*limit, three.unit, basic.unit);
    if (actual && limit && printed) {
      out_.push_back({"cross.reception_within_three_public", std::string(kind_name(basic.kind)), "30217", "total",
                      *limit, *actual, *actual <= *limit, {}, std::nullopt});
    }
  }

  const std::vector<BudgetTable>& tables_;
  std::vector<CheckResult>& out_;
};

}  // namespace

void reconcile_across_tables(const std::vector<BudgetTable>& tables, std::vector<CheckResult>& out) {
  CrossChecker(tables, out).run();
}

}  // namespace budgetpdf::normalize
