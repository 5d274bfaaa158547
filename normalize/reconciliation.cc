#include "normalize/reconciliation.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "normalize/text_join.h"

namespace budgetpdf::normalize {
namespace {

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

const ColumnSpec* spec_of(const BudgetTable& table, Side side, std::string_view key) {
  for (const auto& spec : table.columns) {
    if (spec.role == ColumnRole::amount && spec.side == side && spec.key == key) return &spec;
  }
  return nullptr;
}

// A key made from a label the contract does not name ("单位预留机动经费").
bool is_label_key(const std::string& key) {
  return key.starts_with("column_") ||
         std::any_of(key.begin(), key.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// 一、 (1), （一） (2), 1. / 1、 (3), （1） (4): the kind of numbering a row
// prints in a two-sided table; 0 without numbering. Which nests in which is
// the document's own order.
int outline_level(const std::string& squeezed) {
  static constexpr std::string_view kNumerals = "一二三四五六七八九十";
  auto numeral_then = [&](std::string_view text, std::string_view mark) {
    size_t at = 0;
    while (at < text.size() && kNumerals.find(text.substr(at, 3)) != std::string_view::npos && at + 3 <= text.size()) {
      at += 3;
    }
    return at > 0 && text.substr(at).starts_with(mark);
  };
  std::string_view t = squeezed;
  if (numeral_then(t, "、")) return 1;
  if (t.starts_with("(") && numeral_then(t.substr(1), ")")) return 2;
  size_t digits = 0;
  while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') ++digits;
  if (digits > 0 && (t.substr(digits).starts_with(".") || t.substr(digits).starts_with("、"))) return 3;
  if (t.starts_with("(") && t.size() > 2 && t[1] >= '0' && t[1] <= '9') return 4;
  return 0;
}

// The number a 一、-numbered row prints: 一 is 1, 十二 is 12; 0 for any
// other row.
int outline_number(const std::string& squeezed) {
  static constexpr std::string_view kNumerals = "一二三四五六七八九十";
  std::vector<int> digits;
  for (size_t at = 0; at + 3 <= squeezed.size(); at += 3) {
    size_t index = kNumerals.find(squeezed.substr(at, 3));
    if (index == std::string_view::npos || index % 3 != 0) break;
    digits.push_back(static_cast<int>(index / 3) + 1);
  }
  if (digits.empty() || digits.size() > 3) return 0;
  if (digits.size() == 1) return digits[0];                                 // 一 … 十
  if (digits.size() == 2) return digits[0] == 10 ? 10 + digits[1] : digits[0] * 10;  // 十二, 二十
  return digits[1] == 10 ? digits[0] * 10 + digits[2] : 0;                  // 二十三
}

class Checker {
 public:
  Checker(const std::vector<BudgetTable>& tables, std::vector<CheckResult>& out) : tables_(tables), out_(out) {}

  void run() {
    for (const auto& table : tables_) {
      hierarchy(table);
      row_identities(table);
      subtotals(table);
      if (is_two_sided(table.kind)) {
        for (Side side : {Side::income, Side::expenditure}) {
          std::set<size_t> groups;
          for (const auto& line : table.lines) {
            if (line.side == side) groups.insert(line.group);
          }
          for (size_t group : groups) balances(table, side, group);
        }
        income_equals_expenditure(table);
      }
      if (table.kind == TableKind::three_public) three_public_sections(table);
    }
  }

 private:
  static std::string rule(const BudgetTable& table, std::string_view name) {
    return std::string(kind_name(table.kind)) + "." + std::string(name);
  }

  // The keys of a side's amounts, each once (halves side by side print
  // them again).
  static std::vector<std::string> amount_keys(const BudgetTable& table, Side side) {
    std::vector<std::string> keys;
    for (const auto& spec : table.columns) {
      if (spec.role == ColumnRole::amount && spec.side == side &&
          std::find(keys.begin(), keys.end(), spec.key) == keys.end()) {
        keys.push_back(spec.key);
      }
    }
    return keys;
  }

  void add(std::optional<CheckResult> check) {
    if (check) out_.push_back(std::move(*check));
  }

  // A code printed on several rows may be one node split over them (基本工资
  // under two 政府经济分类 codes): the parts without such codes, or with all
  // their rows, whichever reading the table's arithmetic holds to in more
  // columns (the first when even).
  std::vector<const BudgetLine*> reading_that_holds(const BudgetTable& table, const BudgetLine& parent,
                                                    std::vector<const BudgetLine*> singles,
                                                    std::vector<const BudgetLine*> with_repeats) const {
    if (with_repeats.size() > singles.size() &&
        columns_holding(table, parent, with_repeats) > columns_holding(table, parent, singles)) {
      return with_repeats;
    }
    return singles;
  }

  // The amount columns in which `children` sum to what `parent` prints.
  size_t columns_holding(const BudgetTable& table, const BudgetLine& parent,
                         const std::vector<const BudgetLine*>& children) const {
    size_t holding = 0;
    for (const auto& key : amount_keys(table, parent.side)) {
      Sum sum;
      for (const auto* child : children) sum.add(*child, key);
      if (sum.printed() && sum.value() && parent.has_amount(key) && *sum.value() == *parent.amount_or_zero(key)) {
        ++holding;
      }
    }
    return holding;
  }

  void parent_equals(const std::string& rule_id, const BudgetTable& table, const BudgetLine& parent,
                     const std::vector<const BudgetLine*>& children, Side side) {
    if (children.empty()) return;
    for (const auto& key : amount_keys(table, side)) {
      Sum sum;
      for (const auto* child : children) sum.add(*child, key);
      add(sum_check(rule_id, std::string(kind_name(table.kind)), subject_of(parent), key, sum,
                    parent.amount_or_zero(key), parent.has_amount(key)));
    }
  }

  // 款 = Σ项, 类 = Σ款, 合计 = Σ类, column by column. A code printed on
  // several rows (a 功能分类 × 经济分类 table) is no node of one hierarchy.
  void hierarchy(const BudgetTable& table) {
    std::map<std::pair<Side, std::string>, int> uses;
    for (const auto& line : table.lines) {
      if (line.code) ++uses[{line.side, *line.code}];
    }
    if (uses.empty()) return;
    auto single = [&](const BudgetLine& line) { return line.code && line.level && uses[{line.side, *line.code}] == 1; };
    // A parent's children are found among the coded lines sorted by side,
    // level and code (those starting with its code are adjacent there):
    // scanning every line for every parent took time quadratic in the
    // table's rows.
    std::vector<const BudgetLine*> coded;
    for (const auto& line : table.lines) {
      if (line.code && line.level) coded.push_back(&line);
    }
    auto by_code = [](const BudgetLine* a, const BudgetLine* b) {
      return std::tie(a->side, *a->level, *a->code) < std::tie(b->side, *b->level, *b->code);
    };
    std::sort(coded.begin(), coded.end(), by_code);
    for (const auto& parent : table.lines) {
      if (!single(parent)) continue;
      BudgetLine first_child;
      first_child.side = parent.side;
      first_child.level = *parent.level + 1;
      first_child.code = *parent.code;
      std::vector<const BudgetLine*> children, with_repeats;
      for (auto it = std::lower_bound(coded.begin(), coded.end(), &first_child, by_code);
           it != coded.end() && (*it)->side == parent.side && *(*it)->level == *first_child.level &&
           (*it)->code->starts_with(*parent.code);
           ++it) {
        with_repeats.push_back(*it);
      }
      std::sort(with_repeats.begin(), with_repeats.end());  // back to table order: pointers into table.lines
      for (const auto* child : with_repeats) {
        if (single(*child)) children.push_back(child);
      }
      parent_equals(rule(table, "parent_equals_children"), table, parent,
                    reading_that_holds(table, parent, std::move(children), std::move(with_repeats)), parent.side);
    }
    for (const auto& total : table.lines) {
      if (!is_total_row(total)) continue;
      std::vector<const BudgetLine*> classes, with_repeats;
      for (const auto& line : table.lines) {
        if (line.code && line.level == 1 && line.side == total.side) {
          with_repeats.push_back(&line);
          if (single(line)) classes.push_back(&line);
        }
      }
      parent_equals(rule(table, "total_equals_classes"), table, total,
                    reading_that_holds(table, total, std::move(classes), std::move(with_repeats)), total.side);
      break;
    }
  }

  // A 小计 column is the sum of the columns printed beside it under the same
  // label ("基本支出/小计" = 人员经费 + 公用经费).
  void subtotals(const BudgetTable& table) {
    std::set<std::pair<Side, std::string>> done;
    for (const auto& subtotal : table.columns) {
      if (subtotal.role != ColumnRole::amount || identity_targets_.count({subtotal.side, subtotal.key}) ||
          !done.insert({subtotal.side, subtotal.key}).second) {
        continue;
      }
      std::vector<std::string> parts;
      for (const auto& spec : table.columns) {
        if (spec.role == ColumnRole::amount && spec.side == subtotal.side && spec.summed_in == subtotal.key &&
            std::find(parts.begin(), parts.end(), spec.key) == parts.end()) {
          parts.push_back(spec.key);
        }
      }
      if (parts.empty()) continue;
      for (const auto& line : table.lines) {
        if (line.side != subtotal.side) continue;
        Sum sum;
        for (const auto& part : parts) sum.add(line, part);
        add(sum_check(rule(table, "subtotal_equals_parts"), std::string(kind_name(table.kind)), subject_of(line),
                      subtotal.key, sum, line.amount_or_zero(subtotal.key), line.has_amount(subtotal.key)));
      }
    }
  }

  // The columns a row's `target` is the sum of: the known `parts` printed,
  // less those inside a 小计 or under 其中. Columns the contract does not
  // name join them when the table's own total row says so (a 单位预留机动经费
  // beside 基本支出 and 项目支出).
  static std::vector<std::string> summands(const BudgetTable& table, Side side, const std::string& target,
                                           const std::vector<std::string>& parts) {
    std::vector<std::string> known, with_unknown;
    for (const auto& spec : table.columns) {
      bool part_of_target = spec.summed_in == target;
      if (spec.role != ColumnRole::amount || spec.side != side || spec.key == target ||
          (spec.of_which && !part_of_target) || !(spec.summed_in.empty() || part_of_target)) {
        continue;
      }
      if (std::find(with_unknown.begin(), with_unknown.end(), spec.key) != with_unknown.end()) continue;
      if (std::find(parts.begin(), parts.end(), spec.key) != parts.end()) {
        known.push_back(spec.key);
        with_unknown.push_back(spec.key);
      } else if (is_label_key(spec.key)) {
        with_unknown.push_back(spec.key);
      }
    }
    // 人员经费 and 公用经费 beside their 基本支出 detail it.
    if (std::find(known.begin(), known.end(), "basic") != known.end()) {
      for (auto* keys : {&known, &with_unknown}) {
        std::erase_if(*keys, [](const std::string& key) { return key == "personnel" || key == "public_expense"; });
      }
    }
    if (known.empty() || known.size() == with_unknown.size()) return known;
    // A table without a total row (one row of totals) holds its own.
    bool has_total_row = std::any_of(table.lines.begin(), table.lines.end(), [&](const BudgetLine& line) {
      return line.side == side && is_total_row(line);
    });
    auto holds_on_total_row = [&](const std::vector<std::string>& keys) {
      for (const auto& line : table.lines) {
        if (line.side != side || (has_total_row && !is_total_row(line))) continue;
        Sum sum;
        for (const auto& key : keys) sum.add(line, key);
        return sum.value() && line.amount_or_zero(target) == *sum.value();
      }
      return false;
    };
    return !holds_on_total_row(known) && holds_on_total_row(with_unknown) ? with_unknown : known;
  }

  void identity(const BudgetTable& table, Side side, std::string_view name, const std::string& target,
                const std::vector<std::string>& parts) {
    if (!spec_of(table, side, target)) return;
    std::vector<std::string> present = summands(table, side, target, parts);
    // Summand columns no row fills say nothing: the table breaks its total
    // down by other columns (a 支出总表 by funding source).
    bool any_printed = std::any_of(table.lines.begin(), table.lines.end(), [&](const BudgetLine& line) {
      return line.side == side && std::any_of(present.begin(), present.end(), [&](const std::string& part) {
               return line.has_amount(part);
             });
    });
    if (present.empty() || !any_printed) return;
    identity_targets_.insert({side, target});
    for (const auto& line : table.lines) {
      if (line.side != side) continue;
      Sum sum;
      for (const auto& part : present) sum.add(line, part);
      add(sum_check(rule(table, name), std::string(kind_name(table.kind)), subject_of(line), target, sum,
                    line.amount_or_zero(target), line.has_amount(target)));
    }
  }

  // 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出 (决算).
  void balance_identity(const BudgetTable& table) {
    for (auto key : {"opening_balance", "current_income", "current_expenditure", "closing_balance"}) {
      if (!spec_of(table, Side::none, key)) return;
    }
    for (const auto& line : table.lines) {
      Sum sum;
      sum.add(line, "opening_balance");
      sum.add(line, "current_income");
      sum.subtract(line, "current_expenditure");
      add(sum_check(rule(table, "closing_equals_opening_plus_income_minus_expenditure"),
                    std::string(kind_name(table.kind)), subject_of(line), "closing_balance", sum,
                    line.amount_or_zero("closing_balance"), line.has_amount("closing_balance")));
    }
  }

  // The key a table prints its row total under: 合计, or 本年支出合计 /
  // 本年收入合计 in a 决算.
  static std::string total_key(const BudgetTable& table, Side side, std::initializer_list<std::string_view> keys) {
    for (auto key : keys) {
      if (spec_of(table, side, key)) return std::string(key);
    }
    return "";
  }

  void row_identities(const BudgetTable& table) {
    static const std::vector<std::string> kIncomeSources = {
        "fiscal_appropriation", "fiscal_special_account", "business", "operating", "higher_subsidy",
        "affiliated_remit",     "other",                  "general_public", "gov_fund", "state_capital", "own_funds"};
    static const std::vector<std::string> kSpending = {"basic",    "personnel",       "public_expense",
                                                       "project",  "operating",       "remit_to_higher",
                                                       "subsidy_to_affiliated"};
    static const std::vector<std::string> kFunds = {"general_public", "gov_fund", "state_capital"};
    switch (table.kind) {
      case TableKind::income: {
        std::vector<std::string> all = kIncomeSources;
        if (spec_of(table, Side::none, "current_subtotal")) {
          identity(table, Side::none, "total_equals_subtotal_plus_carryover", "total", {"current_subtotal", "carryover"});
          identity(table, Side::none, "subtotal_equals_sources", "current_subtotal", kIncomeSources);
        } else if (spec_of(table, Side::none, "current_income")) {
          identity(table, Side::none, "subtotal_equals_sources", "current_income", kIncomeSources);
        } else {
          all.insert(all.end(), {"carryover", "non_fiscal_surplus_used"});
          identity(table, Side::none, "total_equals_sources", "total", all);
        }
        break;
      }
      case TableKind::expenditure:
        identity(table, Side::none, "total_equals_columns",
                 total_key(table, Side::none, {"total", "current_expenditure"}), kSpending);
        break;
      case TableKind::general_public:
      case TableKind::gov_fund:
      case TableKind::state_capital:
      case TableKind::other:
        identity(table, Side::none, "total_equals_basic_plus_project",
                 total_key(table, Side::none, {"total", "current_expenditure"}),
                 {"basic", "personnel", "public_expense", "project"});
        balance_identity(table);
        break;
      case TableKind::general_public_basic:
        identity(table, Side::none, "total_equals_personnel_plus_public", "total", {"personnel", "public_expense"});
        break;
      case TableKind::fiscal_summary:
        identity(table, Side::expenditure, "total_equals_funds", "total", kFunds);
        break;
      case TableKind::summary:
        identity(table, Side::expenditure, "total_equals_columns", "amount",
                 {"basic", "project", "personnel", "public_expense"});
        break;
      case TableKind::three_public:
        identity(table, Side::none, "total_equals_funds", "total", kFunds);
        three_public_types(table);
        break;
      default:
        break;
    }
  }

  // Each 三公 total = 因公出国 + 公务用车 + 公务接待 (as 预算数 and 决算数, and per
  // fund where printed so); a table adding 会议费 and 培训费 totals them
  // beside the 三公 subtotal.
  void three_public_types(const BudgetTable& table) {
    for (std::string prefix : {"", "budget_", "actual_"}) {
      for (std::string fund : {"", "_general_public", "_gov_fund", "_state_capital"}) {
        auto key = [&](std::string_view type) { return prefix + std::string(type) + fund; };
        std::string vehicle = spec_of(table, Side::none, key("vehicle")) ? key("vehicle") : "";
        std::vector<std::string> types = {key("abroad"), key("reception")};
        if (!vehicle.empty()) types.push_back(vehicle);
        else types.insert(types.end(), {key("vehicle_purchase"), key("vehicle_operation")});
        bool wider = spec_of(table, Side::none, key("meeting")) || spec_of(table, Side::none, key("training"));
        if (spec_of(table, Side::none, key("three_public_total"))) {
          identity(table, Side::none, "three_public_equals_types", key("three_public_total"), types);
          identity(table, Side::none, "total_equals_three_public_plus_others", key("total"),
                   {key("three_public_total"), key("meeting"), key("training")});
        } else if (!wider || table_total_names_three_public(table)) {
          identity(table, Side::none, "three_public_equals_types", key("total"), types);
        }
      }
    }
  }

  // "“三公”经费合计" beside 会议费 and 培训费 totals the 三公 alone.
  static bool table_total_names_three_public(const BudgetTable& table) {
    const ColumnSpec* total = spec_of(table, Side::none, "total");
    return total && contains(total->label, "三公");
  }

  void income_equals_expenditure(const BudgetTable& table) {
    const BudgetLine* in = grand_total(table, Side::income);
    const BudgetLine* out = grand_total(table, Side::expenditure);
    if (!in || !out) return;
    auto in_keys = amount_keys(table, Side::income), out_keys = amount_keys(table, Side::expenditure);
    if (in_keys.empty() || out_keys.empty()) return;
    Sum sum;
    sum.add(*out, out_keys.front());
    auto check = sum_check(rule(table, "income_equals_expenditure"), std::string(kind_name(table.kind)), "总计",
                           in_keys.front(), sum, in->amount_or_zero(in_keys.front()), in->has_amount(in_keys.front()));
    if (check) check->within_rounding.reset();  // two totals, not a sum
    add(std::move(check));
  }

  static const BudgetLine* grand_total(const BudgetTable& table, Side side) {
    for (const auto& line : table.lines) {
      if (line.side == side && contains(squeeze(line.name), "总计")) return &line;
    }
    return nullptr;
  }

  // Each side: 本年合计 = Σ items above it, 总计 = 本年合计 + the lines between
  // (上年结转, 年初结转和结余, 使用非财政拨款结余 …), a line there with sub-items
  // below it (a fund: "一般公共预算拨款") = Σ of them. Without a 本年合计 line,
  // 总计 = Σ the items numbered 一、二、…, and each = Σ the items numbered
  // under it.
  void balances(const BudgetTable& table, Side side, size_t group) {
    std::vector<const BudgetLine*> lines;
    for (const auto& line : table.lines) {
      if (line.side == side && line.group == group) lines.push_back(&line);
    }
    auto find = [&](auto predicate) -> std::ptrdiff_t {
      auto it = std::find_if(lines.begin(), lines.end(), [&](const BudgetLine* l) { return predicate(squeeze(l->name)); });
      return it == lines.end() ? -1 : it - lines.begin();
    };
    std::ptrdiff_t current = find([](const std::string& n) { return contains(n, "本年") && contains(n, "合计"); });
    std::ptrdiff_t grand = find([](const std::string& n) { return contains(n, "总计"); });
    if (grand < 0) return;
    auto begin = lines.begin();
    if (current < 0) {
      outline_sums(table, side, std::vector<const BudgetLine*>(begin, begin + grand), *lines[static_cast<size_t>(grand)],
                   "grand_total_equals_items");
      return;
    }
    // One line may hold both (a page's cells run together into one name):
    // then there is nothing between them to sum.
    if (grand <= current) return;
    const BudgetLine& current_line = *lines[static_cast<size_t>(current)];
    if (outline_level(squeeze(current_line.name)) == 1) {
      // "一、本年支出合计" printed first, its items under it, then "二、…": the
      // total is the numbered lines', each the sum of what it heads.
      numbered_balance(table, side, std::vector<const BudgetLine*>(begin + current, begin + grand),
                       *lines[static_cast<size_t>(grand)]);
      return;
    }
    outline_sums(table, side, std::vector<const BudgetLine*>(begin, begin + current), current_line,
                 "current_equals_items");
    std::vector<const BudgetLine*> peers = {lines[static_cast<size_t>(current)]};
    const BudgetLine* peer = nullptr;
    std::vector<const BudgetLine*> sub_items;
    auto close_peer = [&] {
      if (peer) parent_equals(rule(table, "carryover_equals_items"), table, *peer, sub_items, side);
      sub_items.clear();
    };
    for (auto it = begin + current + 1; it != begin + grand; ++it) {
      if (peer && is_sub_item(**it)) {
        sub_items.push_back(*it);
        continue;
      }
      close_peer();
      peer = *it;
      peers.push_back(peer);
    }
    close_peer();
    parent_equals(rule(table, "grand_total_equals_current_plus_carryover"), table, *lines[static_cast<size_t>(grand)],
                  peers, side);
  }

  // `lines`: "一、本年…合计" and the lines under it down to 总计. The lines
  // numbered at the top level (一、 二、) sum to 总计; the lines under each
  // (unnumbered: its classes, 款 and 项) sum to it by their own outline.
  void numbered_balance(const BudgetTable& table, Side side, const std::vector<const BudgetLine*>& lines,
                        const BudgetLine& grand) {
    std::vector<const BudgetLine*> tops;
    for (size_t i = 0; i < lines.size();) {
      tops.push_back(lines[i]);
      size_t j = i + 1;
      while (j < lines.size() && outline_level(squeeze(lines[j]->name)) != 1) ++j;
      std::vector<const BudgetLine*> under(lines.begin() + static_cast<std::ptrdiff_t>(i + 1),
                                           lines.begin() + static_cast<std::ptrdiff_t>(j));
      if (!under.empty()) {
        outline_sums(table, side, under, *lines[i], i == 0 ? "current_equals_items" : "carryover_equals_items");
      }
      i = j;
    }
    parent_equals(rule(table, "grand_total_equals_current_plus_carryover"), table, grand, tops, side);
  }

  // A line below 本年合计 that details the one above it: a fund's share
  // ("一般公共预算拨款", "（一）…", "1.…").
  static bool is_sub_item(const BudgetLine& line) {
    std::string name = squeeze(line.name);
    return outline_level(name) >= 2 || contains(name, "一般公共预算") || contains(name, "政府性基金") ||
           contains(name, "国有资本");
  }

  // `total` = Σ the items of the outline's top level, each item with lines
  // under it = Σ of them. The top level is the numbering 一、 where printed
  // ("一、一般公共服务支出" over its unnumbered 款), else the unnumbered items
  // over numbered ones ("财政拨款" over "1.一般公共预算拨款"), else all.
  void outline_sums(const BudgetTable& table, Side side, const std::vector<const BudgetLine*>& items,
                    const BudgetLine& total, std::string_view name) {
    std::vector<int> levels;
    for (const auto* item : items) levels.push_back(outline_level(squeeze(item->name)));
    bool numbered_top = std::count(levels.begin(), levels.end(), 1) > 0;
    bool unnumbered_top = !numbered_top && std::count(levels.begin(), levels.end(), 0) > 0 &&
                          std::any_of(levels.begin(), levels.end(), [](int level) { return level > 1; });
    // Unnumbered 类, 款 and 项 by name alone (杭州): the 类 are the names the
    // document's coded tables give level 1.
    std::set<std::string> classes = class_names();
    bool named_top = !numbered_top && !unnumbered_top &&
                     std::any_of(items.begin(), items.end(), [&](const BudgetLine* l) { return classes.count(squeeze(l->name)); }) &&
                     !std::all_of(items.begin(), items.end(), [&](const BudgetLine* l) { return classes.count(squeeze(l->name)); });
    // A 一、 list that starts again under an item ("一、本年支出" over "一、一般
    // 公共服务支出 … 四、住房保障支出", then "二、结转下年支出") is nested in
    // it: the top level is the numbering that goes on from item to item.
    std::vector<bool> top_numbered(items.size(), false);
    int outer = 1, inner = 0;
    for (size_t i = 0; i < items.size(); ++i) {
      if (levels[i] != 1) continue;
      int number = outline_number(squeeze(items[i]->name));
      if (inner > 0 && number == inner) {
        ++inner;
      } else if (number == outer || number == 0 || outer == 1) {
        top_numbered[i] = true;
        outer = number + 1;
        inner = 0;
      } else if (number == 1) {
        inner = 2;
      } else {
        top_numbered[i] = true;
      }
    }
    auto is_top = [&](size_t i) {
      if (numbered_top) return static_cast<bool>(top_numbered[i]);
      if (unnumbered_top) return levels[i] == 0;
      if (named_top) return classes.count(squeeze(items[i]->name)) > 0;
      return true;
    };
    std::vector<const BudgetLine*> top;
    for (size_t i = 0; i < items.size(); ++i) {
      if (!is_top(i)) continue;
      top.push_back(items[i]);
      std::vector<const BudgetLine*> under;
      for (size_t j = i + 1; j < items.size() && !is_top(j); ++j) under.push_back(items[j]);
      // Only numbering says which lines detail which (unnumbered 款 under a
      // 类 may print their own 项 under them too); the numbering printed
      // first under the item ("（一）" here, "1、" over "(1)" there) is the
      // level that sums to it.
      bool numbered = !under.empty() && std::all_of(under.begin(), under.end(), [](const BudgetLine* line) {
        return outline_level(squeeze(line->name)) > 1;
      });
      if (!numbered) continue;
      int next_level = outline_level(squeeze(under.front()->name));
      std::erase_if(under, [&](const BudgetLine* line) { return outline_level(squeeze(line->name)) != next_level; });
      parent_equals(rule(table, "item_equals_sub_items"), table, *items[i], under, side);
    }
    parent_equals(rule(table, name), table, total, top, side);
  }

  // Names of the functional 类 (level 1): those of the national 支出功能分类
  // (every province names them alike), and those the document's coded
  // tables give level 1.
  std::set<std::string> class_names() const {
    static constexpr std::string_view kNationalClasses[] = {
        "一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出",
        "文化旅游体育与传媒支出", "社会保障和就业支出", "卫生健康支出", "节能环保支出", "城乡社区支出",
        "农林水支出", "交通运输支出", "资源勘探工业信息等支出", "商业服务业等支出", "金融支出",
        "援助其他地区支出", "自然资源海洋气象等支出", "住房保障支出", "粮油物资储备支出",
        "国有资本经营预算支出", "灾害防治及应急管理支出", "预备费", "其他支出", "转移性支出",
        "债务还本支出", "债务付息支出", "债务发行费用支出", "抗疫特别国债安排的支出"};
    std::set<std::string> names(std::begin(kNationalClasses), std::end(kNationalClasses));
    for (const auto& table : tables_) {
      for (const auto& line : table.lines) {
        if (line.level == 1 && line.code_system == CodeSystem::function) names.insert(squeeze(line.name));
      }
    }
    return names;
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

  const std::vector<BudgetTable>& tables_;
  std::vector<CheckResult>& out_;
  // Columns a rule of their table's kind sums already (income's
  // current_subtotal): no second check as a 小计.
  std::set<std::pair<Side, std::string>> identity_targets_;
};

}  // namespace

std::vector<CheckResult> reconcile(const std::vector<BudgetTable>& tables) {
  std::vector<CheckResult> results;
  Checker(tables, results).run();
  reconcile_across_tables(tables, results);
  return results;
}

}  // namespace budgetpdf::normalize
