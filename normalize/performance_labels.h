#pragma once
// What the printed labels of a 绩效 table name. Every region prints its own
// template (一级指标 … 指标值 … 指标值确定依据; 绩效指标性质 | 本年绩效指标值 |
// 绩效度量单位; 年度指标值 | 实际完成值 | 分值 | 得分; 项目名称 | 项目总额 |
// 财政资金 …; 项目名称 | X | 主管部门 | Y), in any order, but each column and
// each project fact carries a label from one small vocabulary. Labels are
// compared squeezed (normalize::squeeze: no spaces, NFKC).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "schema/decimal.h"

namespace budgetpdf::normalize {

// Longest label, in code points: "偏差原因分析及改进措施" and "项目名称（资金使用单位）"
// fit; a sentence does not.
inline constexpr size_t kMaxLabelLength = 16;

// What a column of the indicator grid holds.
enum class IndicatorField {
  level1,          // 一级指标
  level2,          // 二级指标
  level3,          // 三级指标, 指标名称
  description,     // 绩效指标描述, 指标内容, 指标解释, 指标值内容
  op,              // 指标性质, 指标方向, 指标值类型: ≥, ＝, 定性 …
  value,           // 指标值, 本年绩效指标值, 年度指标值, 目标值
  unit,            // 度量单位, 计量单位
  basis,           // 指标值确定依据, 指标值设定依据
  scoring_rule,    // 评分标准, 评（扣）分标准
  weight,          // 分值, 权重, 分值权重（90分）
  actual,          // 实际完成值
  score,           // 得分
  deviation,       // 偏差原因分析及改进措施
  indicator_text,  // 绩效指标: the levels and name in one text, or a list of indicators
};
inline constexpr size_t kIndicatorFieldCount = 14;

// A fact about the project (or the department) printed beside or above the
// indicator grid, as a column of its own or as a label followed by its value.
enum class ProjectFact {
  name,              // 项目名称, 单位（项目）名称
  department,        // 主管部门
  unit_name,         // 实施单位, 单位名称, 部门名称
  total_amount,      // 项目总额, 资金总额, 总计, 当年预算
  fiscal_amount,     // 财政资金, 财政拨款
  other_amount,      // 其他资金
  period,            // 实施期, 实施期限
  period_start,      // 计划开始日期
  period_end,        // 计划完成日期
  goal,              // 绩效目标, 年度目标 …
  budget_initial,    // 年初预算数
  budget_full_year,  // 全年预算数
  executed,          // 全年执行数
  execution_rate,    // 执行率
  weight,            // 分值 (of the funds row of a self-evaluation: the execution rate's share)
  score,             // 得分 (likewise)
};
inline constexpr size_t kProjectFactCount = 16;

inline size_t slot(IndicatorField field) { return static_cast<size_t>(field); }
inline size_t slot(ProjectFact fact) { return static_cast<size_t>(fact); }

// The label without the bracketed note it ends with ("分值权重(90分)",
// "年度资金总额(万元)"); a bracket inside it ("年度(/项目)指标值") stays.
std::string_view before_bracket(std::string_view squeezed_label);

// "其中：财政拨款：" is "财政拨款": the lead-in and the colon are no part of
// what the label names.
std::string_view bare_label(std::string_view squeezed_label);

std::optional<IndicatorField> indicator_field_of(std::string_view squeezed_label);
std::optional<ProjectFact> project_fact_of(std::string_view squeezed_label);

// The field a decimal fact fills ("total_amount", "budget_initial" …;
// weight and score: the funds row's); empty for a fact of text.
std::string_view fact_field(ProjectFact fact);

// Facts an amount: their values are decimals.
bool is_amount_fact(ProjectFact fact);

// The label of a row that adds up the rows above it: 合计, 总计, 总分,
// 金额合计, 年度资金总额.
bool is_total_label(std::string_view squeezed_label);

// A value printed in the 一级指标 or 二级指标 column ("产出指标",
// "服务对象满意度指标"): ends in 指标 without being a header label.
bool is_level_name(std::string_view squeezed_text);

// The unit a label prints in brackets: "资金金额（万元）" gives 万元.
std::optional<std::string> amount_unit_in_label(std::string_view squeezed_label);

// The total a weight label prints: "分值权重（90分）" and "分值（90）" give 90,
// "指标权重(%)" 100 (shares in percent add up to the whole).
std::optional<schema::Decimal> weight_total_in_label(std::string_view squeezed_label);

}  // namespace budgetpdf::normalize
