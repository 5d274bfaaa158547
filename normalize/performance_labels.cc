#include "normalize/performance_labels.h"

#include <algorithm>

#include "extract/vocabulary.h"
#include "normalize/text_join.h"

namespace budgetpdf::normalize {
namespace {

using extract::vocabulary::is_goal_label;


// Whether `text` holds one of `parts`.
bool has(std::string_view text, std::initializer_list<std::string_view> parts) {
  return std::any_of(parts.begin(), parts.end(),
                     [&](std::string_view part) { return text.find(part) != std::string_view::npos; });
}

// The text between the first "(" and its ")", or nullopt.
std::optional<std::string_view> bracketed(std::string_view label) {
  size_t open = label.find('(');
  if (open == std::string_view::npos) return std::nullopt;
  size_t close = label.find(')', open);
  if (close == std::string_view::npos) return std::nullopt;
  return label.substr(open + 1, close - open - 1);
}

}  // namespace

std::string_view before_bracket(std::string_view label) {
  if (!label.ends_with(")")) return label;
  size_t open = label.rfind('(');
  return open == std::string_view::npos || open == 0 ? label : label.substr(0, open);
}

std::string_view bare_label(std::string_view label) {
  for (std::string_view lead : {"其中:", "其中"}) {
    if (label.starts_with(lead) && label.size() > lead.size()) label.remove_prefix(lead.size());
  }
  while (label.ends_with(":")) label.remove_suffix(1);
  return label;
}

std::optional<IndicatorField> indicator_field_of(std::string_view squeezed_label) {
  if (squeezed_label.empty() || code_point_count(squeezed_label) > kMaxLabelLength) return std::nullopt;
  std::string_view label = before_bracket(bare_label(squeezed_label));
  if (label == "一级指标") return IndicatorField::level1;
  if (label == "二级指标") return IndicatorField::level2;
  if (label == "三级指标" || label == "指标名称") return IndicatorField::level3;
  // The score of the execution rate belongs to the funds, not to an indicator.
  if (has(label, {"执行率"})) return std::nullopt;
  if (has(label, {"依据"})) return IndicatorField::basis;  // "指标值确定依据" before "指标值"
  if (has(label, {"分标准"})) return IndicatorField::scoring_rule;  // 评分标准, 评(扣)分标准
  if (has(label, {"偏差"})) return IndicatorField::deviation;
  if (has(label, {"实际完成值"}) || label == "实际值" || label == "完成值") return IndicatorField::actual;
  if (label == "得分") return IndicatorField::score;
  if (has(label, {"分值", "权重"})) return IndicatorField::weight;
  if (has(label, {"指标"}) && has(label, {"性质", "方向", "类型"})) return IndicatorField::op;
  if (has(label, {"度量单位", "计量单位"})) return IndicatorField::unit;
  if (has(label, {"描述", "指标内容", "指标值内容", "指标解释"})) return IndicatorField::description;
  if (has(label, {"指标值", "目标值"})) return IndicatorField::value;
  if (label == "绩效指标") return IndicatorField::indicator_text;
  return std::nullopt;
}

std::optional<ProjectFact> project_fact_of(std::string_view squeezed_label) {
  if (squeezed_label.empty() || code_point_count(squeezed_label) > kMaxLabelLength) return std::nullopt;
  std::string_view label = before_bracket(bare_label(squeezed_label));
  // Whole labels, or their standard endings: an indicator's name may hold
  // the same words ("合同审查完成时间" is no 完成日期).
  auto is_one_of = [&](std::initializer_list<std::string_view> labels) {
    return std::find(labels.begin(), labels.end(), label) != labels.end();
  };
  if (label.starts_with("项目名称") || label == "单位(项目)名称") return ProjectFact::name;
  if (label.ends_with("主管部门") || label.ends_with("主管部门及代码")) return ProjectFact::department;
  if (is_one_of({"实施单位", "单位名称", "部门名称", "部门(单位)名称", "资金使用单位"})) return ProjectFact::unit_name;
  if (label == "年初预算数") return ProjectFact::budget_initial;
  if (label == "全年预算数") return ProjectFact::budget_full_year;
  if (label == "全年执行数") return ProjectFact::executed;
  if (label == "执行率") return ProjectFact::execution_rate;
  if (label == "分值") return ProjectFact::weight;
  if (label == "得分") return ProjectFact::score;
  if (label == "其他资金") return ProjectFact::other_amount;
  // 财政专户 money is the department's own, held by the treasury: not 财政拨款.
  if (is_one_of({"财政资金", "财政拨款", "当年财政拨款"}) || label.ends_with("财政拨款预算金额")) {
    return ProjectFact::fiscal_amount;
  }
  if (label.ends_with("总额") || label == "总计" || label == "当年预算") return ProjectFact::total_amount;
  if (label.ends_with("开始日期")) return ProjectFact::period_start;
  if (label.ends_with("完成日期") || label.ends_with("结束日期")) return ProjectFact::period_end;
  if (is_one_of({"实施期", "实施期限", "实施周期", "项目期限"})) return ProjectFact::period;
  if (is_goal_label(label)) return ProjectFact::goal;
  return std::nullopt;
}

std::string_view fact_field(ProjectFact fact) {
  switch (fact) {
    case ProjectFact::total_amount: return "total_amount";
    case ProjectFact::fiscal_amount: return "fiscal_amount";
    case ProjectFact::other_amount: return "other_amount";
    case ProjectFact::budget_initial: return "budget_initial";
    case ProjectFact::budget_full_year: return "budget_full_year";
    case ProjectFact::executed: return "executed";
    case ProjectFact::execution_rate: return "execution_rate";
    case ProjectFact::weight: return "weight";
    case ProjectFact::score: return "score";
    default: return "";
  }
}

bool is_amount_fact(ProjectFact fact) {
  switch (fact) {
    case ProjectFact::total_amount:
    case ProjectFact::fiscal_amount:
    case ProjectFact::other_amount:
    case ProjectFact::budget_initial:
    case ProjectFact::budget_full_year:
    case ProjectFact::executed:
      return true;
    default:
      return false;
  }
}

bool is_total_label(std::string_view squeezed_label) {
  std::string_view label = before_bracket(bare_label(squeezed_label));
  return label == "合计" || label == "总计" || label == "总分" || label == "金额合计" || label == "年度资金总额";
}

bool is_level_name(std::string_view squeezed_text) {
  constexpr size_t kMaxLevelNameLength = 12;  // "生态环境成本指标", "服务对象满意度指标"
  // "年度绩效指标", "绩效目标指标" label the indicator rows as a whole.
  return squeezed_text.ends_with("指标") && code_point_count(squeezed_text) <= kMaxLevelNameLength &&
         !indicator_field_of(squeezed_text) && !squeezed_text.ends_with("绩效指标") && squeezed_text != "绩效目标指标";
}

std::optional<std::string> amount_unit_in_label(std::string_view squeezed_label) {
  auto inside = bracketed(squeezed_label);
  if (!inside) return std::nullopt;
  for (std::string_view unit : {"万元", "千元", "亿元", "元"}) {
    if (*inside == unit) return std::string(unit);
  }
  return std::nullopt;
}

std::optional<schema::Decimal> weight_total_in_label(std::string_view squeezed_label) {
  if (indicator_field_of(squeezed_label) != IndicatorField::weight) return std::nullopt;
  auto inside = bracketed(squeezed_label);
  if (!inside) return std::nullopt;
  if (*inside == "%") return schema::Decimal::parse("100");
  std::string_view number = *inside;
  if (number.ends_with("分")) number.remove_suffix(std::string_view("分").size());
  return schema::Decimal::parse(number);
}

}  // namespace budgetpdf::normalize
