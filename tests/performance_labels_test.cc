#include <doctest/doctest.h>

#include "normalize/indicator_text.h"
#include "normalize/performance_checks.h"
#include "normalize/performance_labels.h"
#include "normalize/text_join.h"

using namespace budgetpdf;
using normalize::IndicatorField;
using normalize::ProjectFact;

TEST_CASE("header labels name indicator columns, whatever the template's wording") {
  struct Row {
    const char* label;
    std::optional<IndicatorField> field;
  };
  for (Row row : {
           Row{"一级指标", IndicatorField::level1},
           Row{"一级指\n标", IndicatorField::level1},
           Row{"二级指标", IndicatorField::level2},
           Row{"三级指标", IndicatorField::level3},
           Row{"指标名称", IndicatorField::level3},
           Row{"绩效指标描述", IndicatorField::description},
           Row{"指标内容", IndicatorField::description},
           Row{"指标值内容", IndicatorField::description},
           Row{"指标解释", IndicatorField::description},
           Row{"绩效指标性质", IndicatorField::op},
           Row{"指标方向", IndicatorField::op},
           Row{"指标值类型", IndicatorField::op},
           Row{"指标值", IndicatorField::value},
           Row{"本年绩效指标值", IndicatorField::value},
           Row{"年度(/项目)指标值", IndicatorField::value},
           Row{"目标值", IndicatorField::value},
           Row{"绩效度量单位", IndicatorField::unit},
           Row{"计量单位", IndicatorField::unit},
           Row{"指标值确定依据", IndicatorField::basis},
           Row{"指标值设定依据", IndicatorField::basis},
           Row{"评（扣）分标准", IndicatorField::scoring_rule},
           Row{"分值权重（90分）", IndicatorField::weight},
           Row{"指标权重(%)", IndicatorField::weight},
           Row{"实际完成值", IndicatorField::actual},
           Row{"得分", IndicatorField::score},
           Row{"偏差原因分析及改进措施", IndicatorField::deviation},
           Row{"绩效指标", IndicatorField::indicator_text},
           // Not columns of indicators.
           Row{"项目性质", std::nullopt},
           Row{"执行率分值（10分）", std::nullopt},
           Row{"实际完成情况", std::nullopt},
           Row{"年度绩效指标", std::nullopt},
           Row{"产出指标", std::nullopt},
       }) {
    CAPTURE(row.label);
    CHECK(normalize::indicator_field_of(normalize::squeeze(row.label)) == row.field);
  }
}

TEST_CASE("labels name a project's facts, printed as columns or beside their values") {
  struct Row {
    const char* label;
    std::optional<ProjectFact> fact;
  };
  for (Row row : {
           Row{"项目名称", ProjectFact::name},
           Row{"项目名称（资金使用单位）", ProjectFact::name},
           Row{"单位（项目）名称", ProjectFact::name},
           Row{"主管部门及代码", ProjectFact::department},
           Row{"资金主管部门", ProjectFact::department},
           Row{"实施单位", ProjectFact::unit_name},
           Row{"部门（单位）名称", ProjectFact::unit_name},
           Row{"项目总额", ProjectFact::total_amount},
           Row{"年度资金总额：", ProjectFact::total_amount},
           Row{"实施期资金总额：", ProjectFact::total_amount},
           Row{"年度资金总额(万元)", ProjectFact::total_amount},
           Row{"总计", ProjectFact::total_amount},
           Row{"财政资金", ProjectFact::fiscal_amount},
           Row{"其中：财政拨款", ProjectFact::fiscal_amount},
           Row{"当年财政拨款预算金额", ProjectFact::fiscal_amount},
           Row{"其他资金", ProjectFact::other_amount},
           Row{"实施期限", ProjectFact::period},
           Row{"计划开始日期", ProjectFact::period_start},
           Row{"计划完成日期", ProjectFact::period_end},
           Row{"年初预算数", ProjectFact::budget_initial},
           Row{"全年预算数", ProjectFact::budget_full_year},
           Row{"全年执行数", ProjectFact::executed},
           Row{"执行率", ProjectFact::execution_rate},
           Row{"绩效目标", ProjectFact::goal},
           Row{"项目实施期目标", ProjectFact::goal},
           // The treasury's special account is no 财政拨款; an indicator's name
           // holding a fact's words is no label.
           Row{"财政专户拨款", std::nullopt},
           Row{"合同审查完成时间", std::nullopt},
           Row{"资金金额（万元）", std::nullopt},
       }) {
    CAPTURE(row.label);
    CHECK(normalize::project_fact_of(normalize::squeeze(row.label)) == row.fact);
  }
  CHECK(normalize::amount_unit_in_label(normalize::squeeze("资金金额（万元）")) == "万元");
  CHECK(normalize::amount_unit_in_label(normalize::squeeze("项目资金（元）")) == "元");
  CHECK(normalize::weight_total_in_label(normalize::squeeze("分值权重（90分）"))->to_string() == "90");
  CHECK(normalize::weight_total_in_label(normalize::squeeze("分值（90）"))->to_string() == "90");
  CHECK(normalize::weight_total_in_label(normalize::squeeze("指标权重(%)"))->to_string() == "100");
  CHECK_FALSE(normalize::weight_total_in_label(normalize::squeeze("分值")));
}

TEST_CASE("levels and name run together in one cell are split at the standard levels") {
  auto split = normalize::split_indicator_levels("满意度指标服务对象满意度指标群众满意度");
  REQUIRE(split);
  CHECK(split->level1 == "满意度指标");
  CHECK(split->level2 == "服务对象满意度指标");
  CHECK(split->level3 == "群众满意度");
  // The name may itself say 指标; only the first 二级指标 is cut off.
  split = normalize::split_indicator_levels("产出指标数量指标指标选择与评价");
  REQUIRE(split);
  CHECK(split->level2 == "数量指标");
  CHECK(split->level3 == "指标选择与评价");
  CHECK_FALSE(normalize::split_indicator_levels("保障人数"));
}

TEST_CASE("a list of indicators in one cell: numbered items, levels with their numbers, the year's value") {
  auto listed = normalize::read_indicator_list(
      "1、1-产出指标；11-数量指标；活动场次；实施周期指标值:每年≥20场；年度指标值:每年≥20场。"
      "2、2-效益指标；22-社会效益；系统可用率.；实施周期指标值:≥99%；年度指标值:≥99.5%。3、1-产出指标；12 -质量指标；"
      "验收通过率；实施周期指标值:100%；年度指标值:100%。");
  REQUIRE(listed);
  REQUIRE(listed->size() == 3);
  CHECK((*listed)[0].level1 == "产出指标");
  CHECK((*listed)[0].level2 == "数量指标");
  CHECK((*listed)[0].level3 == "活动场次");
  CHECK((*listed)[0].annual_value == "每年≥20场");
  CHECK((*listed)[1].level2 == "社会效益");
  CHECK((*listed)[1].level3 == "系统可用率.");
  CHECK((*listed)[1].period_value == "≥99%");
  CHECK((*listed)[1].annual_value == "≥99.5%");
  CHECK((*listed)[2].level2 == "质量指标");
  // One item may come without its number; a text that is no list is none.
  auto single = normalize::read_indicator_list("1-产出指标；11-数量指标；人数；年度指标值:5人");
  REQUIRE(single);
  CHECK(single->front().annual_value == "5人");
  CHECK_FALSE(normalize::read_indicator_list("产出指标数量指标保障人数"));
  CHECK_FALSE(normalize::read_indicator_list("1、1-产出指标；11-数量指标；人数"));
}

TEST_CASE("an execution rate is the executed part of the full-year budget, rounded as printed") {
  auto decimal = [](const char* text) { return *schema::Decimal::parse(text); };
  CHECK(normalize::percent_of(decimal("413.57"), decimal("536.2"), 2)->to_string() == "77.13");
  CHECK(normalize::percent_of(decimal("180.03"), decimal("180.03"), 2)->to_string() == "100.00");
  CHECK(normalize::percent_of(decimal("1"), decimal("8"), 1)->to_string() == "12.5");
  CHECK(normalize::percent_of(decimal("1"), decimal("8"), 0)->to_string() == "13");  // 12.5 rounds up
  CHECK(normalize::percent_of(decimal("2"), decimal("3"), 2)->to_string() == "66.67");
  CHECK_FALSE(normalize::percent_of(decimal("2"), decimal("0"), 2));
}
