#include "normalize/reconciliation.h"

#include <algorithm>
#include <functional>

#include "normalize/text_join.h"

namespace budgetpdf::normalize {
namespace {

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

std::string subject_of(const BudgetLine& line) { return line.code ? *line.code : line.name; }

std::vector<std::string> amount_keys(const BudgetTable& table, Side side) {
  std::vector<std::string> keys;
  for (const auto& spec : table.columns) {
    if (spec.role == ColumnRole::amount && spec.side == side) keys.push_back(spec.key);
  }
  return keys;
}

bool is_total_row(const BudgetLine& line) {
  if (line.code) return false;
  std::string name = squeeze(line.name);
  return name == "合计" || name == "总计";
}

const BudgetLine* total_row(const BudgetTable& table) {
  for (const auto& line : table.lines) {
    if (is_total_row(line)) return &line;
  }
  return nullptr;
}

class Checker {
 public:
  explicit Checker(const std::vector<BudgetTable>& tables) : tables_(tables) {}

  std::vector<CheckResult> run() {
    for (const auto& table : tables_) {
      hierarchy(table);
      row_identities(table);
      if (is_two_sided(table.kind)) {
        balances(table, Side::income);
        balances(table, Side::expenditure);
        if (auto in = grand_total(table, Side::income), out = grand_total(table, Side::expenditure); in && out) {
          compare(rule(table, "income_equals_expenditure"), table, "总计", first_key(table, Side::income),
                  out->amount_or_zero(first_key(table, Side::expenditure)), in->amount_or_zero(first_key(table, Side::income)),
                  in->has_amount(first_key(table, Side::income)) || out->has_amount(first_key(table, Side::expenditure)));
        }
      }
      if (table.kind == TableKind::three_public) three_public_sections(table);
    }
    across_tables();
    return std::move(results_);
  }

 private:
  static std::string rule(const BudgetTable& table, std::string_view name) {
    return std::string(kind_name(table.kind)) + "." + std::string(name);
  }

  static std::string first_key(const BudgetTable& table, Side side) {
    auto keys = amount_keys(table, side);
    return keys.empty() ? std::string() : keys.front();
  }

  void compare(const std::string& rule_id, const BudgetTable& table, const std::string& subject,
               const std::string& column, std::optional<Decimal> expected, std::optional<Decimal> actual,
               bool anything_printed) {
    if (!anything_printed || !expected || !actual) return;
    results_.push_back({rule_id, std::string(kind_name(table.kind)), subject, column, *expected, *actual,
                        *expected == *actual, {}});
  }

  // A sum whose parts leave the range of exact amounts (absurd printed
  // values: a misread cell) cannot be checked: the check fails and says so,
  // the values stay as printed.
  void compare_sum(const std::string& rule_id, const BudgetTable& table, const std::string& subject,
                   const std::string& column, std::optional<Decimal> sum, std::optional<Decimal> actual,
                   bool anything_printed) {
    if (sum) {
      compare(rule_id, table, subject, column, sum, actual, anything_printed);
    } else if (anything_printed && actual) {
      results_.push_back({rule_id, std::string(kind_name(table.kind)), subject, column, std::nullopt, *actual, false,
                          "the sum of the parts leaves the range of exact amounts (18 digits)"});
    }
  }

  // Σ of `key` over `lines` (nullopt when it leaves the range), and whether
  // any of them printed a value.
  static std::pair<std::optional<Decimal>, bool> sum(const std::vector<const BudgetLine*>& lines,
                                                     const std::string& key) {
    std::optional<Decimal> total = Decimal();
    bool printed = false;
    for (const auto* line : lines) {
      if (auto value = line->amount_or_zero(key); value && total) total = total->plus(*value);
      printed = printed || line->has_amount(key);
    }
    return {total, printed};
  }

  void parent_equals(const std::string& rule_id, const BudgetTable& table, const BudgetLine& parent,
                     const std::vector<const BudgetLine*>& children, Side side) {
    if (children.empty()) return;
    for (const auto& key : amount_keys(table, side)) {
      auto [total, printed] = sum(children, key);
      compare_sum(rule_id, table, subject_of(parent), key, total, parent.amount_or_zero(key),
                  printed || parent.has_amount(key));
    }
  }

  // 款 = Σ项, 类 = Σ款, 合计 = Σ类, column by column.
  void hierarchy(const BudgetTable& table) {
    bool has_codes = std::any_of(table.lines.begin(), table.lines.end(), [](const BudgetLine& l) { return l.code.has_value(); });
    if (!has_codes) return;
    for (const auto& parent : table.lines) {
      if (!parent.code || !parent.level) continue;
      std::vector<const BudgetLine*> children;
      for (const auto& child : table.lines) {
        if (child.code && child.level && *child.level == *parent.level + 1 && child.code->starts_with(*parent.code)) {
          children.push_back(&child);
        }
      }
      parent_equals(rule(table, "parent_equals_children"), table, parent, children, parent.side);
    }
    if (const BudgetLine* total = total_row(table)) {
      std::vector<const BudgetLine*> classes;
      for (const auto& line : table.lines) {
        if (line.level == 1) classes.push_back(&line);
      }
      parent_equals(rule(table, "total_equals_classes"), table, *total, classes, Side::none);
    }
  }

  void identity(const BudgetTable& table, Side side, std::string_view name, const std::string& target,
                const std::vector<std::string>& parts) {
    auto keys = amount_keys(table, side);
    if (std::find(keys.begin(), keys.end(), target) == keys.end()) return;
    std::vector<std::string> present;
    for (const auto& part : parts) {
      if (std::find(keys.begin(), keys.end(), part) != keys.end()) present.push_back(part);
    }
    if (present.empty()) return;
    for (const auto& line : table.lines) {
      if (line.side != side) continue;
      std::optional<Decimal> total = Decimal();
      bool printed = line.has_amount(target);
      for (const auto& part : present) {
        if (total) total = total->plus(*line.amount_or_zero(part));
        printed = printed || line.has_amount(part);
      }
      compare_sum(rule(table, name), table, subject_of(line), target, total, line.amount_or_zero(target), printed);
    }
  }

  void row_identities(const BudgetTable& table) {
    switch (table.kind) {
      case TableKind::income:
        identity(table, Side::none, "total_equals_subtotal_plus_carryover", "total", {"current_subtotal", "carryover"});
        identity(table, Side::none, "subtotal_equals_sources", "current_subtotal",
                 {"fiscal_appropriation", "fiscal_special_account", "business", "operating", "higher_subsidy",
                  "affiliated_remit", "other"});
        break;
      case TableKind::expenditure:
        identity(table, Side::none, "total_equals_columns", "total",
                 {"basic", "project", "operating", "remit_to_higher", "subsidy_to_affiliated"});
        break;
      case TableKind::general_public:
      case TableKind::gov_fund:
      case TableKind::state_capital:
        identity(table, Side::none, "total_equals_basic_plus_project", "total", {"basic", "project"});
        break;
      case TableKind::general_public_basic:
        identity(table, Side::none, "total_equals_personnel_plus_public", "total", {"personnel", "public_expense"});
        break;
      case TableKind::fiscal_summary:
        identity(table, Side::expenditure, "total_equals_funds", "total", {"general_public", "gov_fund", "state_capital"});
        break;
      case TableKind::three_public:
        identity(table, Side::none, "total_equals_funds", "total", {"general_public", "gov_fund", "state_capital"});
        break;
      default:
        break;
    }
  }

  static const BudgetLine* grand_total(const BudgetTable& table, Side side) {
    for (const auto& line : table.lines) {
      if (line.side == side && contains(squeeze(line.name), "总计")) return &line;
    }
    return nullptr;
  }

  // Each side: 总计 = 本年合计 + 结转, 本年合计 = Σ items above it, and a
  // 结转 line with sub-items below it = Σ of them.
  void balances(const BudgetTable& table, Side side) {
    std::vector<const BudgetLine*> lines;
    for (const auto& line : table.lines) {
      if (line.side == side) lines.push_back(&line);
    }
    auto find = [&](auto predicate) -> std::ptrdiff_t {
      auto it = std::find_if(lines.begin(), lines.end(), [&](const BudgetLine* l) { return predicate(squeeze(l->name)); });
      return it == lines.end() ? -1 : it - lines.begin();
    };
    std::ptrdiff_t current = find([](const std::string& n) { return contains(n, "本年") && contains(n, "合计"); });
    std::ptrdiff_t grand = find([](const std::string& n) { return contains(n, "总计"); });
    // One line may hold both (a page's cells run together into one name):
    // then there is nothing between them to sum.
    if (current < 0 || grand <= current) return;
    std::vector<const BudgetLine*> items(lines.begin(), lines.begin() + current);
    parent_equals(rule(table, "current_equals_items"), table, *lines[static_cast<size_t>(current)], items, side);
    std::vector<const BudgetLine*> below(lines.begin() + current + 1, lines.begin() + grand);
    std::vector<const BudgetLine*> carry_and_current = {lines[static_cast<size_t>(current)]};
    if (!below.empty()) {
      carry_and_current.push_back(below.front());
      std::vector<const BudgetLine*> carry_items(below.begin() + 1, below.end());
      parent_equals(rule(table, "carryover_equals_items"), table, *below.front(), carry_items, side);
    }
    parent_equals(rule(table, "grand_total_equals_current_plus_carryover"), table, *lines[static_cast<size_t>(grand)],
                  carry_and_current, side);
  }

  // 合计 (and the “三公” 小计) = Σ of the 一、二、三 sections; each section
  // = Σ of the rows printed under it (公车 = 购置 + 运维).
  void three_public_sections(const BudgetTable& table) {
    static constexpr std::string_view kSectionMarks[] = {"一、", "二、", "三、", "四、", "五、"};
    std::vector<size_t> sections;
    for (size_t i = 0; i < table.lines.size(); ++i) {
      std::string name = squeeze(table.lines[i].name);
      for (auto mark : kSectionMarks) {
        if (name.starts_with(mark)) sections.push_back(i);
      }
    }
    if (sections.empty()) return;
    std::vector<const BudgetLine*> section_lines;
    for (size_t s : sections) section_lines.push_back(&table.lines[s]);
    for (size_t i = 0; i < sections.front(); ++i) {
      parent_equals(rule(table, "total_equals_sections"), table, table.lines[i], section_lines, Side::none);
    }
    for (size_t k = 0; k < sections.size(); ++k) {
      size_t end = k + 1 < sections.size() ? sections[k + 1] : table.lines.size();
      std::vector<const BudgetLine*> items;
      for (size_t i = sections[k] + 1; i < end; ++i) items.push_back(&table.lines[i]);
      parent_equals(rule(table, "section_equals_items"), table, table.lines[sections[k]], items, Side::none);
    }
  }

  const BudgetTable* find_table(TableKind kind) const {
    for (const auto& table : tables_) {
      if (table.kind == kind) return &table;
    }
    return nullptr;
  }

  static const BudgetLine* named(const BudgetTable& table, Side side, std::function<bool(const std::string&)> predicate) {
    for (const auto& line : table.lines) {
      if (line.side == side && predicate(squeeze(line.name))) return &line;
    }
    return nullptr;
  }

  void cross(const std::string& rule_id, const BudgetTable& table, const std::string& subject, const std::string& column,
             const BudgetLine* expected_line, const std::string& expected_key, const BudgetLine* actual_line,
             const std::string& actual_key) {
    if (!expected_line || !actual_line) return;
    compare(rule_id, table, subject, column, expected_line->amount_or_zero(expected_key),
            actual_line->amount_or_zero(actual_key),
            expected_line->has_amount(expected_key) || actual_line->has_amount(actual_key));
  }

  void across_tables() {
    const BudgetTable* summary = find_table(TableKind::summary);
    const BudgetTable* income = find_table(TableKind::income);
    const BudgetTable* expenditure = find_table(TableKind::expenditure);
    const BudgetTable* fiscal = find_table(TableKind::fiscal_summary);
    const BudgetTable* general = find_table(TableKind::general_public);
    const BudgetTable* basic = find_table(TableKind::general_public_basic);
    const BudgetTable* three = find_table(TableKind::three_public);
    auto is_grand = [](const std::string& n) { return contains(n, "总计"); };
    auto is_current = [](const std::string& n) { return contains(n, "本年") && contains(n, "合计"); };

    if (summary && income) {
      const BudgetLine* income_total = total_row(*income);
      cross("cross.summary_income_equals_income_table", *summary, "收入总计", "total", income_total, "total",
            named(*summary, Side::income, is_grand), "amount");
    }
    if (summary && expenditure) {
      cross("cross.summary_expenditure_equals_expenditure_table", *summary, "本年支出合计", "total",
            total_row(*expenditure), "total", named(*summary, Side::expenditure, is_current), "amount");
    }
    if (income && expenditure) {
      for (const auto& in : income->lines) {
        const BudgetLine* out = in.code ? expenditure->find_code(*in.code) : (is_total_row(in) ? total_row(*expenditure) : nullptr);
        cross("cross.income_equals_expenditure_by_code", *income, subject_of(in), "total", out, "total", &in, "total");
      }
    }
    if (income && fiscal) {
      cross("cross.fiscal_income_equals_income_table", *income, "财政拨款收入", "fiscal_appropriation",
            named(*fiscal, Side::income, is_current), "amount", total_row(*income), "fiscal_appropriation");
    }
    if (fiscal) {
      const BudgetLine* current = named(*fiscal, Side::expenditure, is_current);
      for (auto [kind, key] : {std::pair{TableKind::general_public, "general_public"},
                               std::pair{TableKind::gov_fund, "gov_fund"},
                               std::pair{TableKind::state_capital, "state_capital"}}) {
        const BudgetTable* fund = find_table(kind);
        if (!fund || !current) continue;
        const BudgetLine* fund_total = total_row(*fund);
        if (fund_total) {
          cross("cross.fiscal_summary_equals_fund_table", *fiscal, "本年支出合计", key, fund_total, "total", current, key);
        } else if (fund->lines.empty()) {
          // A table printed empty says its fund spends nothing.
          compare("cross.fiscal_summary_equals_fund_table", *fiscal, "本年支出合计", key, Decimal(),
                  current->amount_or_zero(key), current->has_amount(key));
        }
      }
    }
    if (general && basic) {
      cross("cross.basic_spending_equals_basic_table", *general, "合计", "basic", total_row(*basic), "total",
            total_row(*general), "basic");
    }
    if (basic && three) {
      const BudgetLine* reception = basic->find_code("30217");
      const BudgetLine* three_reception =
          named(*three, Side::none, [](const std::string& n) { return contains(n, "公务接待"); });
      if (reception && three_reception) {
        auto actual = reception->amount_or_zero("total");
        auto limit = three_reception->amount_or_zero("total");
        if (actual && limit && (reception->has_amount("total") || three_reception->has_amount("total"))) {
          results_.push_back({"cross.reception_within_three_public", std::string(kind_name(basic->kind)), "30217",
                              "total", *limit, *actual, *actual <= *limit, {}});
        }
      }
    }
  }

  const std::vector<BudgetTable>& tables_;
  std::vector<CheckResult> results_;
};

}  // namespace

std::vector<CheckResult> reconcile(const std::vector<BudgetTable>& tables) { return Checker(tables).run(); }

schema::Record to_record(const CheckResult& check, const std::string& doc_id) {
  schema::Record record(schema::check_type());
  record.set("doc_id", doc_id)
      .set("rule", check.rule)
      .set("table", check.table)
      .set("subject", check.subject)
      .set("column", check.column)
      .set("expected", check.expected ? schema::Value{*check.expected} : schema::Value{})
      .set("actual", check.actual)
      .set("ok", check.ok)
      .set("detail", check.detail.empty() ? schema::Value{} : schema::Value{check.detail});
  return record;
}

}  // namespace budgetpdf::normalize
