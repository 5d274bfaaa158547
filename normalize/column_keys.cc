#include "normalize/column_keys.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <tuple>
#include <utility>

#include "extract/text_scan.h"
#include "normalize/text_join.h"
#include "schema/decimal.h"

namespace budgetpdf::normalize {
namespace {

using schema::Decimal;

bool has(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

bool has_any(std::string_view text, std::initializer_list<std::string_view> parts) {
  for (auto part : parts) {
    if (has(text, part)) return true;
  }
  return false;
}

using KeyRule = std::pair<std::string_view, std::string_view>;  // label fragment, key

// The contract's keys of a kind. First matching fragment wins: the more
// specific wording comes first ("事业单位经营收入" is operating, not business).
const std::vector<KeyRule>& kind_rules(TableKind kind, Side side) {
  static const std::vector<KeyRule> income = {
      {"上年结转", "carryover"}, {"上年结余", "carryover"}, {"结转", "carryover"}, {"合计", "total"},
      {"总计", "total"}, {"小计", "current_subtotal"}, {"财政拨款", "fiscal_appropriation"},
      {"财政专户", "fiscal_special_account"}, {"上级补助", "higher_subsidy"}, {"附属单位", "affiliated_remit"},
      {"经营收入", "operating"}, {"事业收入", "business"}, {"其他收入", "other"},
  };
  static const std::vector<KeyRule> expenditure = {
      {"合计", "total"}, {"总计", "total"}, {"基本支出", "basic"}, {"项目支出", "project"},
      {"经营支出", "operating"}, {"上解上级", "remit_to_higher"}, {"上缴上级", "remit_to_higher"},
      {"对附属单位", "subsidy_to_affiliated"},
  };
  static const std::vector<KeyRule> basic_project = {
      {"合计", "total"}, {"总计", "total"}, {"基本支出", "basic"}, {"项目支出", "project"},
  };
  static const std::vector<KeyRule> personnel = {
      {"合计", "total"}, {"总计", "total"}, {"人员经费", "personnel"}, {"人员支出", "personnel"},
      {"公用经费", "public_expense"},
  };
  static const std::vector<KeyRule> funds = {
      {"合计", "total"}, {"总计", "total"}, {"一般公共预算", "general_public"}, {"政府性基金", "gov_fund"},
      {"政府基金", "gov_fund"}, {"国有资本", "state_capital"},
  };
  static const std::vector<KeyRule> single_amount = {
      {"预算数", "amount"}, {"决算数", "amount"}, {"金额", "amount"}, {"合计", "amount"},
  };
  static const std::vector<KeyRule> assets = {
      {"数量", "quantity"}, {"价值", "value"}, {"金额", "value"},
  };
  static const std::vector<KeyRule> procurement = {
      {"项目名称", "project_name"}, {"预算资金", "project_budget"}, {"采购物品名称", "item_name"},
      {"品目", "item_name"}, {"目录序号", "catalog_no"}, {"计量单位", "measure_unit"}, {"数量", "quantity"},
      {"单价", "unit_price"}, {"合计", "total"}, {"一般公共预算", "general_public"},
      {"基金预算", "gov_fund"}, {"国有资本", "state_capital"}, {"财政专户", "fiscal_special_account"},
      {"单位资金", "own_funds"}, {"财政拨款结转", "fiscal_carryover"}, {"中小", "sme_reserved"},
  };
  static const std::vector<KeyRule> none;
  switch (kind) {
    case TableKind::summary: return single_amount;
    case TableKind::fiscal_summary: return side == Side::income ? single_amount : funds;
    case TableKind::income: return income;
    case TableKind::expenditure: return expenditure;
    case TableKind::general_public:
    case TableKind::gov_fund:
    case TableKind::state_capital: return basic_project;
    case TableKind::general_public_basic: return personnel;
    case TableKind::three_public: return funds;
    case TableKind::procurement: return procurement;
    case TableKind::assets: return assets;
    case TableKind::institutions:
    case TableKind::performance:
    case TableKind::other: return none;
  }
  return none;
}

// 决算 columns (the contract's 决算 section): their wording holds words of
// other keys ("使用非财政拨款结余" says 财政拨款), so they are read first.
const std::vector<KeyRule>& final_account_rules() {
  static const std::vector<KeyRule> rules = {
      {"年初结转和结余", "opening_balance"}, {"年初财政拨款结转和结余", "opening_balance"},
      {"年末结转和结余", "closing_balance"}, {"年末财政拨款结转和结余", "closing_balance"},
      {"结余分配", "surplus_distribution"}, {"使用非财政拨款结余", "non_fiscal_surplus_used"},
      {"本年收入合计", "current_income"}, {"本年支出合计", "current_expenditure"},
  };
  return rules;
}

// Keys every budget table may print, after the kind's own.
const std::vector<KeyRule>& shared_rules() {
  static const std::vector<KeyRule> rules = {
      {"本年收入", "current_income"}, {"本年支出", "current_expenditure"}, {"上年结转", "carryover"},
      {"上年结余", "carryover"}, {"基本支出", "basic"}, {"项目支出", "project"}, {"人员经费", "personnel"},
      {"人员支出", "personnel"}, {"公用经费", "public_expense"}, {"一般公共预算", "general_public"}, {"政府性基金", "gov_fund"},
      {"政府基金", "gov_fund"}, {"国有资本", "state_capital"}, {"财政专户", "fiscal_special_account"},
      {"财政拨款", "fiscal_appropriation"}, {"经营收入", "operating"}, {"经营支出", "operating"},
      {"事业收入", "business"}, {"上级补助", "higher_subsidy"}, {"附属单位上缴", "affiliated_remit"},
      {"上缴上级", "remit_to_higher"}, {"上解上级", "remit_to_higher"}, {"对附属单位", "subsidy_to_affiliated"},
      {"其他收入", "other"}, {"单位资金", "own_funds"}, {"合计", "total"}, {"总计", "total"}, {"总额", "total"},
  };
  return rules;
}

// The 三公 table's expense types; a 决算 table prints each under 预算数 and
// 决算数, a Shenzhen one under each fund.
const std::vector<KeyRule>& three_public_types() {
  static const std::vector<KeyRule> rules = {
      {"因公出国", "abroad"}, {"公务用车购置及运行", "vehicle"}, {"公务用车购置费", "vehicle_purchase"},
      {"购置费", "vehicle_purchase"}, {"公务用车运行", "vehicle_operation"}, {"运行费", "vehicle_operation"},
      {"运行维护费", "vehicle_operation"}, {"公务接待", "reception"}, {"会议费", "meeting"},
      {"培训费", "training"}, {"机关运行经费", "office_operation"},
  };
  return rules;
}

std::optional<std::string> match(const std::vector<KeyRule>& rules, std::string_view label) {
  for (const auto& [fragment, key] : rules) {
    if (has(label, fragment)) return std::string(key);
  }
  return std::nullopt;
}

std::optional<std::string> key_of_label(TableKind kind, Side side, std::string_view label) {
  if (kind != TableKind::procurement) {
    if (auto key = match(final_account_rules(), label)) return key;
  }
  if (auto key = match(kind_rules(kind, side), label)) return key;
  if (kind == TableKind::procurement) return std::nullopt;
  return match(shared_rules(), label);
}

// A label that names no amount of its own: the total of the group it is
// printed under.
bool is_subtotal_label(std::string_view label) { return label == "小计"; }

// A label saying only that the column holds an amount.
bool is_bare_amount_label(std::string_view label) {
  return label.empty() || label == "金额" || label == "预算数" || label == "决算数" || label == "预算金额" ||
         label == "数额" || label == "预算";
}

// The year a label starts with ("2026年预算数"), and the label without it.
std::optional<int> leading_year(std::string_view label, std::string_view* rest) {
  int year = 0;
  std::string_view after = label;
  if (extract::vocabulary::consume_digits(after, &year) != 4 || !extract::vocabulary::consume_any(after, {"年度", "年"}) ||
      after.empty()) {
    return std::nullopt;
  }
  if (rest) *rest = after;
  return year;
}

// The latest year the header's labels start with: this year's budget, the
// others comparisons ("2025年预算数" beside "2026年预算数").
std::optional<int> header_year(const std::vector<std::vector<std::string>>& paths) {
  std::optional<int> latest;
  for (const auto& path : paths) {
    for (const auto& label : path) {
      if (auto year = leading_year(squeeze(label), nullptr); year && (!latest || *year > *latest)) latest = year;
    }
  }
  return latest;
}

// "2026年预算数" of this year is a 预算数: the year says which, not what. A
// comparison year keeps its label.
std::string without_year(std::string label, std::optional<int> this_year) {
  std::string_view rest;
  auto year = leading_year(label, &rest);
  return year && year == this_year ? std::string(rest) : label;
}

std::string strip_of_which(std::string label, bool* of_which) {
  for (std::string_view mark : {"其中：", "其中:", "其中"}) {
    if (label.starts_with(mark)) {
      *of_which = true;
      return label.substr(mark.size());
    }
  }
  return label;
}

// "预算数/因公出国（境）费", "总计/一般公共预算", "公务用车购置及运行费/小计",
// "“三公”经费合计": [budget_|actual_] type [_fund].
std::string three_public_key(const std::vector<std::string>& labels, bool budget_and_actual) {
  std::string prefix, type, fund;
  for (const auto& label : labels) {
    if (budget_and_actual && label == "预算数") prefix = "budget_";
    if (budget_and_actual && label == "决算数") prefix = "actual_";
  }
  for (auto it = labels.rbegin(); it != labels.rend(); ++it) {
    const std::string& label = *it;
    if (type.empty()) {
      if (auto key = match(three_public_types(), label)) type = *key;
    }
    if (fund.empty() && it == labels.rbegin()) {
      if (auto key = match(kind_rules(TableKind::three_public, Side::none), label); key && *key != "total") fund = *key;
    }
  }
  bool totals = std::any_of(labels.begin(), labels.end(), [](const std::string& l) {
    return has_any(l, {"合计", "总计", "总额", "小计"});
  });
  if (type.empty() && totals) {
    // "合计 | “三公”经费/小计 | … | 会议费 | 培训费": the 三公 group's total
    // beside the table's.
    bool three_group = labels.size() >= 2 && labels.back() == "小计" && has(labels[labels.size() - 2], "三公");
    type = three_group ? "three_public_total" : "total";
  }
  if (type.empty() && fund.empty()) return "";
  if (type.empty()) return prefix + fund;
  return prefix + type + (fund.empty() ? "" : "_" + fund);
}

std::string join_path(const std::vector<std::string>& path) {
  std::string out;
  for (const auto& part : path) {
    if (!out.empty()) out += '/';
    out += part;
  }
  return out;
}

CodeSystem code_system_of_label(std::string_view squeezed) {
  if (has(squeezed, "经济")) return CodeSystem::economic;
  if (has(squeezed, "功能")) return CodeSystem::function;
  return CodeSystem::none;
}

// The classification the header or title names; the 基本支出 table's codes
// are economic, every other table's functional, when nothing says so.
CodeSystem table_code_system(TableKind kind, const std::vector<std::vector<std::string>>& paths,
                             const std::string& title) {
  for (const auto& path : paths) {
    for (const auto& label : path) {
      std::string s = squeeze(label);
      if (has(s, "经济分类")) return CodeSystem::economic;
      if (has(s, "功能分类")) return CodeSystem::function;
    }
  }
  if (CodeSystem named = code_system_of_label(squeeze(title)); named != CodeSystem::none) return named;
  return kind == TableKind::general_public_basic ? CodeSystem::economic : CodeSystem::function;
}

std::string amount_key(TableKind kind, Side side, const std::vector<std::string>& labels, bool budget_and_actual) {
  if (kind == TableKind::three_public) {
    std::string key = three_public_key(labels, budget_and_actual);
    if (!key.empty()) return key;
  }
  const std::string& leaf = labels.back();
  if (labels.size() >= 2 && is_subtotal_label(leaf)) {
    const std::string& parent = labels[labels.size() - 2];
    if (kind == TableKind::income && has(parent, "本年收入")) return "current_subtotal";
    if (auto key = key_of_label(kind, side, parent)) {
      // "一般公共预算支出/小计" in the 一般公共预算 table is its total.
      return *key == kind_name(kind) ? "total" : *key;
    }
  }
  if (is_bare_amount_label(leaf)) {
    if (kind == TableKind::summary || (kind == TableKind::fiscal_summary && side == Side::income)) return "amount";
    for (auto it = labels.rbegin() + 1; it != labels.rend(); ++it) {
      if (auto key = key_of_label(kind, side, *it); key && kind != TableKind::summary) return *key;
    }
    if (auto key = match(kind_rules(kind, side), leaf)) return *key;
    return "total";  // one amount per row ("金额"): the row's total
  }
  if (auto key = key_of_label(kind, side, leaf)) return *key;
  return "";
}

// A 决算 三公 table prints each type under 预算数 and 决算数.
bool prints_budget_and_actual(const std::vector<std::vector<std::string>>& paths) {
  bool budget = false, actual = false;
  for (const auto& path : paths) {
    for (const auto& label : path) {
      std::string s = squeeze(label);
      budget = budget || s == "预算数";
      actual = actual || s == "决算数";
    }
  }
  return budget && actual;
}

// Marks the parts of each 小计: the columns printed under the same label
// beside it, a nested group by its own 小计. A nested group without one
// leaves the outer 小计 with no parts known.
void mark_subtotal_parts(const std::vector<std::vector<std::string>>& paths, std::vector<ColumnSpec>& specs) {
  for (size_t s = 0; s < specs.size(); ++s) {
    const auto& path = paths[s];
    if (specs[s].role != ColumnRole::amount || path.size() < 2 || !is_subtotal_label(squeeze(path.back()))) continue;
    std::vector<std::string> group(path.begin(), path.end() - 1);
    std::vector<size_t> parts;
    bool known = true;
    for (size_t c = 0; c < specs.size(); ++c) {
      const auto& other = paths[c];
      if (c == s || specs[c].role != ColumnRole::amount || specs[c].side != specs[s].side ||
          other.size() <= group.size() || !std::equal(group.begin(), group.end(), other.begin())) {
        continue;
      }
      if (other.size() == group.size() + 1) {
        parts.push_back(c);
      } else if (other.size() == group.size() + 2 && is_subtotal_label(squeeze(other.back()))) {
        parts.push_back(c);
      } else {
        // A column deeper down counts through its nested group's 小计.
        bool nested_total = false;
        for (size_t k = 0; k < specs.size(); ++k) {
          const auto& nested = paths[k];
          if (nested.size() == group.size() + 2 && is_subtotal_label(squeeze(nested.back())) &&
              std::equal(nested.begin(), nested.end() - 1, other.begin())) {
            nested_total = true;
          }
        }
        known = known && nested_total;
      }
    }
    // "小计 | 其中：基本支出 | 项目支出": a list the 其中 opens sums to the 小计;
    // "小计 | 其中：专项资金…" or parts each marked 其中 (中小企业 ⊃ 小微企业)
    // are shares of it, no partition.
    bool shares = std::all_of(parts.begin(), parts.end(), [&](size_t c) { return specs[c].of_which; });
    if (!known || parts.size() < 2 || shares) continue;
    for (size_t c : parts) specs[c].summed_in = specs[s].key;
  }
}

// A unit's code (单位编码 "123001", 部门代码 "123"): no classification.
bool is_unit_code_label(const std::string& leaf) {
  return has_any(leaf, {"编码", "代码"}) && has_any(leaf, {"单位", "部门"});
}

// A code or name column printed after amounts starts the row's next group
// ("类 | 款 | 科目名称 | 决算数 | 类 | 款 | 科目名称 | 决算数").
// A side of a two-sided table may print several lists too (支出 by 功能分类
// and by 支出用途, Jiangsu): groups are counted per side.
void assign_groups(std::vector<ColumnSpec>& specs) {
  std::map<Side, size_t> group;
  std::map<Side, bool> amounts_seen;
  for (auto& spec : specs) {
    bool names_row = spec.role == ColumnRole::code || spec.role == ColumnRole::code_part ||
                     spec.role == ColumnRole::code_name || spec.role == ColumnRole::name;
    if (names_row && amounts_seen[spec.side]) {
      ++group[spec.side];
      amounts_seen[spec.side] = false;
    }
    if (spec.role == ColumnRole::amount) amounts_seen[spec.side] = true;
    spec.group = group[spec.side];
  }
}

}  // namespace

std::vector<ColumnSpec> classify_columns(TableKind kind, const std::vector<std::vector<std::string>>& paths,
                                         const std::string& title) {
  std::vector<ColumnSpec> specs;
  CodeSystem table_system = table_code_system(kind, paths, title);
  bool budget_and_actual = prints_budget_and_actual(paths);
  std::optional<int> this_year = header_year(paths);
  for (const auto& path : paths) {
    ColumnSpec spec;
    spec.label = join_path(path);
    std::vector<std::string> labels;
    for (const auto& label : path) {
      std::string squeezed = without_year(strip_of_which(squeeze(label), &spec.of_which), this_year);
      if (!squeezed.empty()) labels.push_back(squeezed);
    }
    std::string top = labels.empty() ? std::string() : labels.front();
    std::string leaf = labels.empty() ? std::string() : labels.back();
    if (is_two_sided(kind)) {
      if (has(top, "收入")) spec.side = Side::income;
      else if (has(top, "支出")) spec.side = Side::expenditure;
    }
    static constexpr std::string_view kCodeParts[] = {"类", "款", "项"};
    static constexpr std::string_view kCodePartKeys[] = {"code_class", "code_section", "code_item"};
    auto part = std::find(std::begin(kCodeParts), std::end(kCodeParts), leaf);
    bool coded = kind != TableKind::procurement;
    if (leaf == "序号" || leaf == "行次") {
      spec.role = ColumnRole::row_no;
    } else if (part != std::end(kCodeParts) && coded) {
      spec.role = ColumnRole::code_part;
      spec.part = static_cast<size_t>(part - std::begin(kCodeParts));
      spec.key = kCodePartKeys[spec.part];
    } else if (has_any(leaf, {"编码", "代码", "科目编号"}) && coded) {
      spec.role = ColumnRole::code;
    } else if (coded && has(leaf, "分类科目") && !has(leaf, "编码") && !has(leaf, "名称")) {
      spec.role = ColumnRole::code_name;
    } else if (coded && (has(leaf, "名称") || leaf == "项目" || leaf == "科目" || leaf == "单位" ||
                         leaf == "预算单位" || leaf == "单位名称")) {
      spec.role = ColumnRole::name;
    } else {
      spec.role = ColumnRole::amount;
      if (!labels.empty()) spec.key = amount_key(kind, spec.side, labels, budget_and_actual);
      // A column the contract does not know keeps its place under its label
      // (or its position, when the header leaves it unlabelled).
      if (spec.key.empty()) spec.key = join_path(labels);
      if (spec.key.empty()) spec.key = "column_" + std::to_string(specs.size() + 1);
    }
    // A name column may carry the code too ("[201]一般公共服务支出").
    if (spec.role == ColumnRole::code || spec.role == ColumnRole::code_part || spec.role == ColumnRole::code_name ||
        spec.role == ColumnRole::name) {
      spec.code_system = code_system_of_label(squeeze(spec.label));
      if (spec.code_system == CodeSystem::none && !is_unit_code_label(leaf)) spec.code_system = table_system;
    }
    specs.push_back(std::move(spec));
  }
  // Keys are unique on a side: a label printed again under another group
  // ("上年结转结余/一般公共预算资金" after "本年收入/一般公共预算资金") takes
  // its group's key before its own; a bare "金额" beside named amounts keeps
  // its label.
  assign_groups(specs);
  std::map<std::tuple<Side, size_t, std::string>, int> seen;
  for (size_t c = 0; c < specs.size(); ++c) {
    ColumnSpec& spec = specs[c];
    if (spec.role != ColumnRole::amount) continue;
    if (++seen[{spec.side, spec.group, spec.key}] == 1) continue;
    std::vector<std::string> labels;
    for (const auto& label : paths[c]) labels.push_back(squeeze(label));
    std::string group;
    for (auto it = labels.rbegin() + 1; it < labels.rend() && group.empty(); ++it) {
      if (auto key = key_of_label(kind, spec.side, *it)) group = *key;
    }
    spec.key = group.empty() || group == spec.key ? squeeze(spec.label) : group + "_" + spec.key;
    if (++seen[{spec.side, spec.group, spec.key}] > 1) spec.key += "_" + std::to_string(c + 1);
  }
  mark_subtotal_parts(paths, specs);
  return specs;
}

void mark_text_columns(std::vector<ColumnSpec>& specs, const std::vector<LogicalRow>& rows) {
  std::vector<bool> filled(specs.size(), false);
  for (size_t c = 0; c < specs.size(); ++c) {
    filled[c] = std::any_of(rows.begin(), rows.end(),
                            [c](const LogicalRow& row) { return c < row.cells.size() && !row.cells[c].empty(); });
  }
  for (size_t c = 0; c < specs.size(); ++c) {
    if (specs[c].role != ColumnRole::amount) continue;
    size_t numbers = 0, words = 0;
    for (const auto& row : rows) {
      if (c >= row.cells.size() || row.cells[c].empty()) continue;
      // A malformed number ("12.3.4") is still a number, misread; a rate
      // ("-60.86%") or a name is words.
      std::string token = nfkc(join_token(row.cells[c].lines));
      bool number_like = token.find_first_not_of("0123456789.,-+—") == std::string::npos;
      (number_like ? numbers : words) += 1;
    }
    if (words > numbers) specs[c].role = ColumnRole::text;
  }
  for (Side side : {Side::none, Side::income, Side::expenditure}) {
    auto same_part = [&](const ColumnSpec& spec, const ColumnSpec& other) {
      return spec.side == other.side && spec.group == other.group;
    };
    for (size_t c = 0; c < specs.size(); ++c) {
      auto& spec = specs[c];
      if (spec.side != side || spec.role != ColumnRole::text) continue;
      bool named = std::any_of(specs.begin(), specs.end(), [&](const ColumnSpec& other) {
        return same_part(spec, other) && (other.role == ColumnRole::name || other.role == ColumnRole::code_name);
      });
      // Unlabelled right of the name column (past columns empty in every
      // row, where the rules cut one more): the name's label spans both
      // ("项目名称" over "一般公共预算资金 | 公共财政拨款资金").
      auto unlabelled = [&](size_t k) { return squeeze(specs[k].label).empty(); };
      size_t left = c;
      while (left > 0 && unlabelled(left - 1) && !filled[left - 1]) --left;
      bool name_goes_on = unlabelled(c) && left > 0 && specs[left - 1].role == ColumnRole::name &&
                          same_part(spec, specs[left - 1]);
      if (!named || name_goes_on) spec.role = ColumnRole::name;
    }
  }
}

}  // namespace budgetpdf::normalize
