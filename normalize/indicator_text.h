#pragma once
// Indicators printed as text rather than in columns of their own: the
// levels and the name run together in one cell (北京's 部门整体支出绩效目标表:
// "产出指标数量指标培训人数"), or a whole project's indicators listed in one
// cell (广州: "1、1-产出指标；11-数量指标；活动场次；实施周期指标值:≥20场；
// 年度指标值:≥20场。2、…").

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace budgetpdf::normalize {

struct IndicatorLevels {
  std::string level1;
  std::optional<std::string> level2;
  std::string level3;  // what follows the levels: the indicator's name
};

// Splits "产出指标数量指标培训人数" into 产出指标 / 数量指标 / 培训人数: the text
// starts with one of the four standard 一级指标 (产出, 效益, 满意度, 成本), and
// the 二级指标 runs to the next 指标. Nullopt when it does not start so.
std::optional<IndicatorLevels> split_indicator_levels(std::string_view text);

struct ListedIndicator {
  std::string level1;  // without its number: "1-产出指标" is 产出指标
  std::string level2;
  std::string level3;
  std::optional<std::string> annual_value;  // 年度指标值
  std::optional<std::string> period_value;  // 实施周期指标值
};

// The indicators of a list cell, in printed order: items numbered 1、2、…,
// each "一级；二级；name；实施周期指标值:…；年度指标值:…". Nullopt when the text
// is not such a list (a level without its number, no 指标值 part).
std::optional<std::vector<ListedIndicator>> read_indicator_list(std::string_view text);

}  // namespace budgetpdf::normalize
