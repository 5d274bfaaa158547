#include "normalize/table_kind.h"

#include <algorithm>
#include <iterator>
#include <utility>

#include "normalize/text_join.h"

namespace budgetpdf::normalize {
namespace {

bool has(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

bool has_any(std::string_view text, std::initializer_list<std::string_view> parts) {
  for (auto part : parts) {
    if (has(text, part)) return true;
  }
  return false;
}

using KeyRule = std::pair<std::string_view, std::string_view>;  // label fragment, key

// First matching fragment wins: the more specific wording comes first
// ("事业单位经营收入" is operating, not business).
const std::vector<KeyRule>& key_rules(TableKind kind, Side side) {
  static const std::vector<KeyRule> income = {
      {"上年结转", "carryover"}, {"结转", "carryover"}, {"合计", "total"}, {"小计", "current_subtotal"},
      {"财政拨款", "fiscal_appropriation"}, {"财政专户", "fiscal_special_account"}, {"上级补助", "higher_subsidy"},
      {"附属单位", "affiliated_remit"}, {"经营收入", "operating"}, {"事业收入", "business"}, {"其他收入", "other"},
  };
  static const std::vector<KeyRule> expenditure = {
      {"合计", "total"}, {"基本支出", "basic"}, {"项目支出", "project"}, {"经营支出", "operating"},
      {"上解上级", "remit_to_higher"}, {"上缴上级", "remit_to_higher"}, {"对附属单位", "subsidy_to_affiliated"},
  };
  static const std::vector<KeyRule> basic_project = {
      {"合计", "total"}, {"基本支出", "basic"}, {"项目支出", "project"},
  };
  static const std::vector<KeyRule> personnel = {
      {"合计", "total"}, {"人员经费", "personnel"}, {"公用经费", "public_expense"},
  };
  static const std::vector<KeyRule> funds = {
      {"合计", "total"}, {"一般公共预算", "general_public"}, {"政府性基金", "gov_fund"},
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
    case TableKind::performance: return none;
  }
  return none;
}

std::string join_path(const std::vector<std::string>& path) {
  std::string out;
  for (const auto& part : path) {
    if (!out.empty()) out += '/';
    out += part;
  }
  return out;
}

}  // namespace

std::string_view kind_name(TableKind kind) {
  switch (kind) {
    case TableKind::summary: return "summary";
    case TableKind::income: return "income";
    case TableKind::expenditure: return "expenditure";
    case TableKind::fiscal_summary: return "fiscal_summary";
    case TableKind::general_public: return "general_public";
    case TableKind::general_public_basic: return "general_public_basic";
    case TableKind::gov_fund: return "gov_fund";
    case TableKind::state_capital: return "state_capital";
    case TableKind::three_public: return "three_public";
    case TableKind::procurement: return "procurement";
    case TableKind::assets: return "assets";
    case TableKind::institutions: return "institutions";
    case TableKind::performance: return "performance";
  }
  return "unknown";
}

std::optional<TableKind> classify_title(std::string_view t) {
  if (has(t, "绩效目标表")) return TableKind::performance;
  if (has(t, "机构设置")) return TableKind::institutions;
  if (has_any(t, {"固定资产", "资产占用"})) return TableKind::assets;
  if (has(t, "政府采购")) return TableKind::procurement;
  if (has(t, "三公")) return TableKind::three_public;
  if (has(t, "财政拨款收支")) return TableKind::fiscal_summary;
  if (has_any(t, {"收支总表", "收入支出总表", "收支决算总表", "收入支出决算总表"})) return TableKind::summary;
  if (has_any(t, {"收入总表", "收入决算表"})) return TableKind::income;
  if (has_any(t, {"支出总表", "支出决算表"}) && !has(t, "一般公共预算")) return TableKind::expenditure;
  bool spending = has_any(t, {"支出表", "支出决算表"});
  if (spending && has(t, "一般公共预算") && has(t, "基本支出")) return TableKind::general_public_basic;
  if (spending && has(t, "一般公共预算")) return TableKind::general_public;
  if (spending && has_any(t, {"政府性基金", "政府基金"})) return TableKind::gov_fund;
  if (spending && has(t, "国有资本经营")) return TableKind::state_capital;
  return std::nullopt;
}

bool is_goal_label(std::string_view squeezed) {
  // One short term ("绩效目标", "年度目标", "总体目标"); 8 code points leave
  // room for a qualifier ("年度总体绩效目标") while a sentence never fits.
  constexpr size_t kMaxGoalLabelLength = 8;
  return squeezed.ends_with("目标") && code_point_count(squeezed) <= kMaxGoalLabelLength;
}

bool is_two_sided(TableKind kind) { return kind == TableKind::summary || kind == TableKind::fiscal_summary; }

bool has_budget_lines(TableKind kind) {
  return kind != TableKind::institutions && kind != TableKind::performance;
}

std::string_view side_name(Side side) {
  switch (side) {
    case Side::income: return "income";
    case Side::expenditure: return "expenditure";
    case Side::none: return "";
  }
  return "";
}

std::vector<ColumnSpec> classify_columns(TableKind kind, const std::vector<std::vector<std::string>>& paths) {
  std::vector<ColumnSpec> specs;
  for (const auto& path : paths) {
    ColumnSpec spec;
    spec.label = join_path(path);
    std::string top = path.empty() ? std::string() : squeeze(path.front());
    std::string leaf = path.empty() ? std::string() : squeeze(path.back());
    if (is_two_sided(kind)) {
      if (has(top, "收入")) spec.side = Side::income;
      else if (has(top, "支出")) spec.side = Side::expenditure;
    }
    static constexpr std::string_view kCodeParts[] = {"类", "款", "项"};
    static constexpr std::string_view kCodePartKeys[] = {"code_class", "code_section", "code_item"};
    auto part = std::find(std::begin(kCodeParts), std::end(kCodeParts), leaf);
    if (leaf == "序号" || leaf == "行次") {
      spec.role = ColumnRole::row_no;
    } else if (part != std::end(kCodeParts) && kind != TableKind::procurement) {
      spec.role = ColumnRole::code_part;
      spec.part = static_cast<size_t>(part - std::begin(kCodeParts));
      spec.key = kCodePartKeys[spec.part];
    } else if (has_any(leaf, {"编码", "代码", "科目编号"}) && kind != TableKind::procurement) {
      spec.role = ColumnRole::code;
    } else if (kind != TableKind::procurement &&
               (has(leaf, "名称") || leaf == "项目" || leaf == "科目" || leaf == "单位")) {
      spec.role = ColumnRole::name;
    } else {
      spec.role = ColumnRole::amount;
      for (const auto& [fragment, key] : key_rules(kind, spec.side)) {
        if (has(leaf, fragment)) {
          spec.key = key;
          break;
        }
      }
      // A column the contract does not know keeps its place under its label
      // (or its position, when the header leaves it unlabelled).
      if (spec.key.empty()) spec.key = squeeze(spec.label);
      if (spec.key.empty()) spec.key = "column_" + std::to_string(specs.size() + 1);
    }
    specs.push_back(std::move(spec));
  }
  return specs;
}

std::string_view code_system_name(CodeSystem system) {
  switch (system) {
    case CodeSystem::function: return "function";
    case CodeSystem::economic: return "economic";
    case CodeSystem::none: return "";
  }
  return "";
}

CodeSystem code_system_of(TableKind kind, const std::vector<std::vector<std::string>>& paths) {
  for (const auto& path : paths) {
    for (const auto& label : path) {
      std::string s = squeeze(label);
      if (has(s, "经济分类")) return CodeSystem::economic;
      if (has(s, "功能分类")) return CodeSystem::function;
    }
  }
  return kind == TableKind::general_public_basic ? CodeSystem::economic : CodeSystem::function;
}

}  // namespace budgetpdf::normalize
