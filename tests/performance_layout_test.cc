#include <doctest/doctest.h>

#include <sstream>

#include "extract/dump/text_dump_reader.h"
#include "normalize/convert.h"
#include "normalize/performance_checks.h"
#include "normalize/performance_table.h"
#include "schema/jsonl_writer.h"
#include "printed_grid.h"

// 绩效 tables in the layouts regions print, made up cell by cell as the PDF
// reader hands them over (merged cells with their span, a page's rows after
// its break): projects as column groups beside one grid, a project's row
// repeated on each page, a list of indicators in one cell, forms one after
// another, a self-evaluation, the department-wide table.

using namespace budgetpdf;
using namespace budgetpdf::test_grid;
using normalize::PerformanceProject;

namespace {

// level1 | level2 | level3 | value_raw | op | value | unit
std::string summary(const normalize::Indicator& indicator) {
  return text(indicator.level1) + "|" + text(indicator.level2) + "|" + text(indicator.level3) + "|" +
         text(indicator.value_raw) + "|" + text(indicator.value.op) + "|" + text(indicator.value.value) + "|" +
         text(indicator.value.unit);
}

std::vector<std::string> summaries(const PerformanceProject& project) {
  std::vector<std::string> out;
  for (const auto& indicator : project.indicators) out.push_back(summary(indicator));
  return out;
}

}  // namespace

TEST_CASE("projects printed as column groups beside one indicator grid, operator, value and unit apart (北京 预算12表)") {
  auto header = [](Printed& printed) {
    printed.row({cell("项目名称"), cell("项目总额"), cell("其中：", 2), cell("绩效目标"), cell("一级指标"), cell("二级指标"),
                 cell("三级指标"), cell("绩效指标\n性质"), cell("本年绩效指标值"), cell("绩效\n度量单位")});
    printed.row({cell(""), cell(""), cell("财政资金"), cell("其他\n资金"), cell(""), cell(""), cell(""), cell(""), cell(""),
                 cell(""), cell("")});
  };
  Printed printed;
  printed.text("预算12表 项目支出绩效目标表").text("金额单位：万元");
  header(printed);
  printed.row({cell("11000026T0000\n00000001-甲项目"), cell("30.000000"), cell("30.000000"), cell(""), cell("甲目标。"),
               cell("产出指标"), cell("数量指标"), cell("培训班次"), cell("＝"), cell("4"), cell("期")});
  printed.row({cell(""), cell(""), cell(""), cell(""), cell(""), cell("产出指标"), cell("质量指标"), cell("验收合格"),
               cell("定性"), cell("合格"), cell("")});
  printed.row({cell("乙项目数据"), cell("12.5"), cell("10"), cell("2.5"), cell("乙目标第一段，"), cell("成本指标"),
               cell("经济成本指标"), cell("印刷费"), cell("≤"), cell("2.5"), cell("万元")});
  printed.next_page();
  header(printed);
  // The break cut the project's merged name and goal: their ends come
  // first on the next page, without the amount every project prints.
  printed.row({cell("分析服务"), cell(""), cell(""), cell(""), cell("第二段。"), cell("满意度指标"), cell("服务对象满意度指标"),
               cell("满意度"), cell("≥"), cell("90"), cell("%")});
  // A block with its own amount and goal under the name merged over the
  // blocks above it: a project of that name.
  printed.row({cell(""), cell("8.000000"), cell("8.000000"), cell(""), cell("丙目标。"), cell("效益指标"), cell("社会效益指标"),
               cell("覆盖率"), cell("≥"), cell("95"), cell("%")});
  auto table = table_of(printed.doc());
  CHECK(table.problems.empty());
  REQUIRE(table.projects.size() == 3);
  const auto& first = table.projects[0];
  CHECK(first.project_no == 1);
  CHECK(first.name == "11000026T000000000001-甲项目");
  CHECK(first.scope == "project");
  CHECK(text(first.total_amount) == "30.000000");
  CHECK(text(first.fiscal_amount) == "30.000000");
  CHECK(text(first.other_amount) == "null");
  CHECK(text(first.amount_unit) == "万元");
  CHECK(text(first.goal) == "甲目标。");
  CHECK(summaries(first) == std::vector<std::string>{"产出指标|数量指标|培训班次|＝4期|=|4|期",
                                                     "产出指标|质量指标|验收合格|合格|null|null|null"});
  const auto& second = table.projects[1];
  CHECK(second.project_no == 2);
  CHECK(second.name == "乙项目数据分析服务");
  CHECK(text(second.goal) == "乙目标第一段，第二段。");
  CHECK(text(second.other_amount) == "2.5");
  CHECK(second.pages == std::vector<int>{1, 2});
  CHECK(summaries(second) == std::vector<std::string>{"成本指标|经济成本指标|印刷费|≤2.5万元|≤|2.5|万元",
                                                      "满意度指标|服务对象满意度指标|满意度|≥90%|≥|90|%"});
  const auto& third = table.projects[2];
  CHECK(third.name == "乙项目数据分析服务");
  CHECK(third.goal_repairs == std::vector<std::string>{"filled_down"});
  CHECK(text(third.total_amount) == "8.000000");
  CHECK(summaries(third) == std::vector<std::string>{"效益指标|社会效益指标|覆盖率|≥95%|≥|95|%"});
}

TEST_CASE("a project whose name and amount boxes the page break cuts before their text is the next page's named project") {
  auto header = [](Printed& printed) {
    printed.row({cell("项目名称"), cell("项目总额"), cell("绩效目标"), cell("一级指标"), cell("二级指标"), cell("三级指标"),
                 cell("绩效指标\n性质"), cell("本年绩效指标值"), cell("绩效\n度量单位")});
  };
  auto cut = [] {
    extract::Cell empty = cell("");
    empty.cut_at_foot = true;
    return empty;
  };
  Printed printed;
  printed.text("预算12表 项目支出绩效目标表").text("金额单位：万元");
  header(printed);
  printed.row({cell("甲项目"), cell("184.1948"), cell("甲目标。"), cell("成本指标"), cell("经济成本指标"), cell("热线成本"),
               cell("≤"), cell("184.1948"), cell("万元")});
  // The next project's boxes start empty at the page's foot; their text,
  // centred on the whole run, is printed atop the next page.
  printed.row({cut(), cut(), cut(), cell("产出指标"), cell("数量指标"), cell("法律咨询服务"), cell("≥"), cell("85"),
               cell("小时")});
  printed.next_page();
  header(printed);
  printed.row({cell("乙项目"), cell("324.55"), cell("乙目标。"), cell("产出指标"), cell("质量指标"), cell("验收通过"),
               cell("定性"), cell("通过"), cell("")});
  // Its name wrapped over the break, the amount printed on the next page only.
  printed.row({cell("丙项目-北京市"), cut(), cell("丙目标，"), cell("成本指标"), cell("经济成本指标"), cell("推广成本"),
               cell("≤"), cell("515.916"), cell("万元")});
  printed.next_page();
  header(printed);
  printed.row({cell("大模型推广项目"), cell("515.916"), cell("续。"), cell("产出指标"), cell("质量指标"), cell("失败率"),
               cell("≤"), cell("1"), cell("%")});
  auto table = table_of(printed.doc());
  CHECK(table.problems.empty());
  REQUIRE(table.projects.size() == 3);
  const auto& first = table.projects[0];
  CHECK(first.name == "甲项目");
  CHECK(summaries(first) == std::vector<std::string>{"成本指标|经济成本指标|热线成本|≤184.1948万元|≤|184.1948|万元"});
  const auto& second = table.projects[1];
  CHECK(second.name == "乙项目");
  CHECK(text(second.total_amount) == "324.55");
  CHECK(text(second.goal) == "乙目标。");
  CHECK(second.pages == std::vector<int>{1, 2});
  CHECK(summaries(second) == std::vector<std::string>{"产出指标|数量指标|法律咨询服务|≥85小时|≥|85|小时",
                                                      "产出指标|质量指标|验收通过|通过|null|null|null"});
  const auto& third = table.projects[2];
  CHECK(third.name == "丙项目-北京市大模型推广项目");
  CHECK(text(third.total_amount) == "515.916");
  CHECK(text(third.goal) == "丙目标，续。");
  CHECK(third.pages == std::vector<int>{2, 3});
  CHECK(third.indicators.size() == 2);
}

TEST_CASE("a block whose own name box the page break cuts before its text is named atop the next page, not by the block above") {
  auto header = [](Printed& printed) {
    printed.row({cell("项目名称"), cell("项目总额"), cell("绩效目标"), cell("一级指标"), cell("二级指标"), cell("三级指标"),
                 cell("本年绩效指标值")});
  };
  auto name_cell = [](bool cut_at_foot) {
    extract::Cell empty = cell("");
    empty.cut_at_foot = cut_at_foot;
    return empty;
  };
  auto projects = [&](bool cut_at_foot) {
    Printed printed;
    printed.text("预算12表 项目支出绩效目标表");
    header(printed);
    printed.row({cell("甲项目"), cell("81"), cell("甲目标。"), cell("产出指标"), cell("数量指标"), cell("检定"), cell("1350台")});
    printed.row({name_cell(cut_at_foot), cell("167.37"), cell("运维目标。"), cell("成本指标"), cell("经济成本指标"),
                 cell("日常运维费"), cell("167.37万元")});
    printed.next_page();
    header(printed);
    printed.row({cell("乙项目"), cell("587.22"), cell("乙目标。"), cell("成本指标"), cell("经济成本指标"), cell("运维费"),
                 cell("587.22万元")});
    printed.row({cell(""), cell("100"), cell("审计目标。"), cell("产出指标"), cell("数量指标"), cell("审计"), cell("2次")});
    auto table = table_of(printed.doc());
    REQUIRE(table.projects.size() == 4);
    std::vector<std::string> names;
    for (const auto& project : table.projects) names.push_back(project.name);
    return names;
  };
  CHECK(projects(true) == std::vector<std::string>{"甲项目", "乙项目", "乙项目", "乙项目"});
  // A name box covered by the one above (or a text dump, which cannot tell).
  CHECK(projects(false) == std::vector<std::string>{"甲项目", "甲项目", "乙项目", "乙项目"});
}

TEST_CASE("a project's row printed again on each page, a unit's row and the 合计 row over them (长沙)") {
  auto top = [](Printed& printed) {
    printed.text("2026年项目支出绩效目标表").text("部门名称：测试局").text("单位：万元");
    printed.row({cell("单位编码"), cell("单位（项目）名称"), cell("资金总额"), cell("绩效目标"), cell("绩效指标", 7)});
    printed.row({cell(""), cell(""), cell(""), cell(""), cell("一级指标"), cell("二级指标"), cell("三级指标"), cell("指标值"),
                 cell("评（扣）分标准"), cell("度量单位"), cell("指标值类型")});
  };
  Printed printed;
  top(printed);
  auto group = [](std::string code, std::string name) {
    std::vector<extract::Cell> cells = {cell(code), cell(name), cell("50.00")};
    cells.resize(11, cell(""));
    return cells;
  };
  printed.row(group("合计", "")).row(group("100001", "测试局"));
  printed.row({cell("100001"), cell("甲专项"), cell("20.00"), cell("甲目标。"), cell("成本指标"), cell("经济成本指\n标"),
               cell("总成本"), cell("20"), cell("超支不得分"), cell("万元"), cell("≤")});
  printed.row({cell(""), cell(""), cell(""), cell(""), cell(""), cell("社会成本指\n标"), cell("无"), cell("无"), cell("无"),
               cell(""), cell("定性")});
  printed.next_page();
  top(printed);
  printed.row({cell("100001"), cell("甲专项"), cell("20.00"), cell("甲目标。"), cell("产出指标"), cell("数量指标"),
               cell("活动场次"), cell("10"), cell("少一次扣1分"), cell("次"), cell("≥")});
  printed.row({cell("100001"), cell("乙专项"), cell("30.00"), cell("乙目标。"), cell("满意度指标"), cell("服务对象满意度指标"),
               cell("满意度"), cell("90"), cell("低于90%不得分"), cell("%"), cell("≥")});
  auto table = table_of(printed.doc());
  CHECK(table.problems.empty());
  REQUIRE(table.projects.size() == 2);
  const auto& first = table.projects[0];
  CHECK(first.name == "甲专项");
  CHECK(text(first.unit_name) == "测试局");
  CHECK(text(first.department) == "测试局");
  CHECK(text(first.total_amount) == "20.00");
  CHECK(text(first.goal) == "甲目标。");
  CHECK(first.pages == std::vector<int>{1, 2});
  CHECK(summaries(first) == std::vector<std::string>{"成本指标|经济成本指标|总成本|≤20万元|≤|20|万元",
                                                     "成本指标|社会成本指标|无|无|null|null|null",
                                                     "产出指标|数量指标|活动场次|≥10次|≥|10|次"});
  CHECK(text(first.indicators[0].scoring_rule) == "超支不得分");
  CHECK(first.indicators[1].repairs == std::vector<std::string>{"wrapped_cell_joined", "filled_down"});
  CHECK(table.projects[1].name == "乙专项");
  CHECK(summaries(table.projects[1]) == std::vector<std::string>{"满意度指标|服务对象满意度指标|满意度|≥90%|≥|90|%"});
}

TEST_CASE("a project's indicators listed in one cell are read one by one (广州)") {
  Printed printed;
  printed.text("项目支出绩效目标表（含转移支付项目）").text("部门名称：测试局").text("单位：万元");
  printed.row({cell("项目名称（资金使\n用单位）"), cell("总计"), cell("财政拨款"), cell("财政专\n户拨款"), cell("其他资\n金"),
               cell("绩效目标"), cell("绩效指标")});
  printed.row({cell("合计"), cell("100.00"), cell("100.00"), cell(""), cell(""), cell(""), cell("")});
  printed.row({cell("测试中心"), cell("100.00"), cell("100.00"), cell(""), cell(""), cell(""), cell("")});
  printed.row({cell("甲运营项\n目"), cell("100.00"), cell("100.00"), cell(""), cell(""), cell("甲目标。"),
               cell("1、1-产出指标；11-数量指标；活动场次；实施周期指标\n值:≥20场；年度指标值:≥20场。2、3-满意度指标；31-服\n"
                    "务对象满意度；满意度；实施周期指标值:≥90%；年度指标值:≥95%。")});
  auto table = table_of(printed.doc());
  CHECK(table.problems.empty());
  REQUIRE(table.projects.size() == 1);
  const auto& project = table.projects[0];
  CHECK(project.name == "甲运营项目");
  CHECK(text(project.unit_name) == "测试中心");
  CHECK(text(project.fiscal_amount) == "100.00");
  // The year's value, not the whole period's.
  CHECK(summaries(project) == std::vector<std::string>{"产出指标|数量指标|活动场次|≥20场|≥|20|场",
                                                       "满意度指标|服务对象满意度|满意度|≥95%|≥|95|%"});
  CHECK(project.indicators[1].seq == 2);
  // 财政专户 is a source the project's own amounts do not name: the funds say it.
  REQUIRE(project.funds.size() == 3);
  CHECK(project.funds[1].label == "财政专户拨款");
  CHECK(project.funds[1].kind.source == "special_account");
  CHECK(text(project.funds[1].amount("amount")) == "null");

  // Published on its own, such a table is a disclosure of its own: its
  // document, project, indicators and the funds' check.
  auto records = normalize::convert_printed(printed.doc(), "list.pdf", "d", {});
  REQUIRE(records.size() == 9);  // and the sums of its 合计 and unit rows (total, fiscal): below
  CHECK(schema::to_json_line(records[0]).find(R"("record":"document")") != std::string::npos);
  CHECK(schema::to_json_line(records[1]).find(R"("record":"performance_project")") != std::string::npos);
}

TEST_CASE("a list's projects add up to its 合计 row and to each unit's row over them (广州)") {
  Printed printed;
  printed.text("项目支出绩效目标表（含转移支付项目）").text("部门名称：测试局").text("单位：万元");
  printed.row({cell("项目名称（资金使\n用单位）"), cell("总计"), cell("财政拨款"), cell("财政专\n户拨款"), cell("其他资\n金"),
               cell("绩效目标"), cell("绩效指标")});
  auto project = [&](const char* name, const char* amount) {
    printed.row({cell(name), cell(amount), cell(amount), cell(""), cell(""), cell("目标。"),
                 cell("1、1-产出指标；11-数量指标；活动场次；年度指标值:≥20场。")});
  };
  printed.row({cell("合计"), cell("100.00"), cell("100.00"), cell(""), cell(""), cell(""), cell("")});
  printed.row({cell("甲中心"), cell("60.00"), cell("60.00"), cell(""), cell(""), cell(""), cell("")});
  project("甲一项目", "25.00");
  project("甲二项目", "35.00");
  printed.row({cell("乙中心"), cell("40.00"), cell("40.00"), cell(""), cell(""), cell(""), cell("")});
  project("乙一项目", "39.00");
  auto table = table_of(printed.doc());
  REQUIRE(table.projects.size() == 3);
  std::vector<std::string> got;
  for (const auto& check : normalize::check_subtotals(table)) {
    got.push_back(check.subject + "|" + check.column + "|" + (check.expected ? check.expected->to_string() : "null") +
                  "|" + (check.actual ? check.actual->to_string() : "null") + "|" + (check.ok ? "ok" : "failed"));
  }
  CHECK(got == std::vector<std::string>{
                   "合计|total_amount|99.00|100.00|failed", "合计|fiscal_amount|99.00|100.00|failed",
                   "甲中心|total_amount|60.00|60.00|ok", "甲中心|fiscal_amount|60.00|60.00|ok",
                   "乙中心|total_amount|39.00|40.00|failed", "乙中心|fiscal_amount|39.00|40.00|failed"});
}

TEST_CASE("forms printed one after another in one table, their facts as label and value (西安)") {
  auto form = [](std::string name, std::string second_weight) {
    return "项目名称\t" + name + "\n主管部门\t测试局\n资金金额（万元）\t实施期资金总额：\t50.00\t执行率分值（10分）\n"
           "\t其中：财政拨款\t45.00\t\n\t其他资金\t5.00\t\n实施期限\t1年\n年度目标\t保障" + name + "。\n"
           "年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t分值权重（90分）\n"
           "\t成本指标\t经济成本\t年度总费用\t≤50万元\t30\n\t产出指标\t数量指标\t服务人数\t15人\t" + second_weight + "\n";
  };
  auto table_dump = "部门专项业务经费绩效目标表\n（2026年度）\n" + form("甲服务", "60") + form("乙服务", "50");
  auto printed = extract::read_text_dump(table_dump);
  auto segments = normalize::segment_document(printed);
  REQUIRE(segments.size() == 1);
  auto table = normalize::read_performance_table(std::get<normalize::TableSegment>(segments[0]), 1);
  CHECK(table.problems.empty());
  REQUIRE(table.projects.size() == 2);
  const auto& first = table.projects[0];
  CHECK(first.name == "甲服务");
  CHECK(text(first.department) == "测试局");
  CHECK(text(first.total_amount) == "50.00");
  CHECK(text(first.fiscal_amount) == "45.00");
  CHECK(text(first.other_amount) == "5.00");
  CHECK(text(first.amount_unit) == "万元");
  CHECK(text(first.period) == "1年");
  CHECK(text(first.goal) == "保障甲服务。");
  CHECK(summaries(first) == std::vector<std::string>{"成本指标|经济成本|年度总费用|≤50万元|≤|50|万元",
                                                     "产出指标|数量指标|服务人数|15人|=|15|人"});
  CHECK(text(first.indicators[1].weight) == "60");
  // The weights add up to the sum their label prints, or fail.
  CHECK(checks_of(first) == std::vector<std::string>{"performance.weight_sum weight 90 90 ok"});
  CHECK(table.projects[1].name == "乙服务");
  CHECK(table.projects[1].project_no == 2);
  CHECK(checks_of(table.projects[1]) == std::vector<std::string>{"performance.weight_sum weight 80 90 failed"});
}

TEST_CASE("a self-evaluation gives the funds, the actual values and scores, and checks they add up (决算 自评表)") {
  auto evaluation = [](const std::string& rate) {
    Printed printed;
    printed.text("测试专项项目绩效自评表").text("（2025年度）");
    printed.row({cell("项目名称", 2), cell("测试专项", 9)});
    printed.row({cell("主管部门", 2), cell("测试局", 3), cell("实施单\n位"), cell("测试局本级", 5)});
    printed.row({cell("项目资金\n（万元）", 2), cell("", 2), cell("年初预\n算数"), cell("全年预\n算数"), cell("全年执行数"),
                 cell("分值"), cell("执行率", 2), cell("得分")});
    printed.row({cell("", 2), cell("年度资金总额：", 2), cell("100.00"), cell("120.00"), cell("90.00"), cell("10.0"),
                 cell(rate, 2), cell("7.5")});
    printed.row({cell("", 2), cell("其中：财政\n拨款", 2), cell("100.00"), cell("120.00"), cell("90.00"), cell("--"),
                 cell("0.0%", 2), cell("--")});
    printed.row({cell("年\n度\n总\n体\n目\n标"), cell("预期目标", 5), cell("实际完成情况", 5)});
    printed.row({cell(""), cell("完成甲任务。", 5), cell("已完成甲任务。", 5)});
    printed.row({cell("绩\n效\n指\n标"), cell("一级指\n标"), cell("二级指标"), cell("三级指标", 2), cell("年度指\n标值"),
                 cell("实际完成值"), cell("分值"), cell("得\n分"), cell("偏差原因分析\n及\n改进措施", 2)});
    printed.row({cell(""), cell("成本指\n标"), cell("经济成本指\n标"), cell("人均成本", 2), cell("≤1万元"), cell("0.9万元"),
                 cell("40"), cell("40"), cell("", 2)});
    printed.row({cell(""), cell("产出指\n标"), cell("数量指标"), cell("培训人数", 2), cell("≥300人"), cell("280人"), cell("30"),
                 cell("28"), cell("人数未达标；下年加强组织", 2)});
    // The next page's lattice lacks the columns the header splits: one cell per header cell.
    printed.next_page();
    printed.row({cell(""), cell("满意度\n指标"), cell("服务对象\n满意度指标"), cell("学员满意率"), cell("≥95%"), cell("96%"),
                 cell("20"), cell("20"), cell("")});
    printed.row({cell("总分", 6), cell("100"), cell("95.5"), cell("")});
    return table_of(printed.doc());
  };
  auto table = evaluation("75.00%");
  CHECK(table.problems.empty());
  REQUIRE(table.projects.size() == 1);
  const auto& project = table.projects[0];
  CHECK(project.name == "测试专项");
  CHECK(text(project.department) == "测试局");
  CHECK(text(project.unit_name) == "测试局本级");
  CHECK(text(project.budget_initial) == "100.00");
  CHECK(text(project.budget_full_year) == "120.00");
  CHECK(text(project.executed) == "90.00");
  CHECK(text(project.execution_rate) == "75.00");
  CHECK(text(project.amount_unit) == "万元");
  CHECK(text(project.total_amount) == "null");
  CHECK(text(project.weight) == "100");
  CHECK(text(project.score) == "95.5");
  CHECK(text(project.goal) == "完成甲任务。");
  CHECK(summaries(project) == std::vector<std::string>{"成本指标|经济成本指标|人均成本|≤1万元|≤|1|万元",
                                                       "产出指标|数量指标|培训人数|≥300人|≥|300|人",
                                                       "满意度指标|服务对象满意度指标|学员满意率|≥95%|≥|95|%"});
  const auto& short_of = project.indicators[1];
  CHECK(text(short_of.actual_raw) == "280人");
  CHECK(text(short_of.weight) == "30");
  CHECK(text(short_of.score) == "28");
  CHECK(text(short_of.deviation_reason) == "人数未达标；下年加强组织");
  CHECK(project.indicators[2].pages == std::vector<int>{2});
  // Σ weights and scores with the execution rate's share; 90 / 120 = 75.00%.
  CHECK(checks_of(project) == std::vector<std::string>{"performance.weight_sum weight 100.0 100 ok",
                                                       "performance.score_sum score 95.5 95.5 ok",
                                                       "performance.execution_rate execution_rate 75.00 75.00 ok",
                                                       "performance.funds_sum budget_initial 100.00 100.00 ok",
                                                       "performance.funds_sum budget_full_year 120.00 120.00 ok",
                                                       "performance.funds_sum executed 90.00 90.00 ok"});
  CHECK(checks_of(evaluation("75.1%").projects[0])[2] == "performance.execution_rate execution_rate 75.0 75.1 failed");
}

TEST_CASE("the department-wide goals table is a project of scope department, levels and name in one cell (北京 预算13表)") {
  Printed printed;
  printed.text("预算13表 部门整体支出绩效目标表").text("（2026年度）");
  printed.row({cell("部门名称", 2), cell("测试局", 7)});
  printed.row({cell("总体资金情况（万元）", 2), cell("预算支出总额"), cell("财政拨款", 3), cell("其他资金", 3)});
  printed.row({cell("", 2), cell(""), cell("合计"), cell("基本支出"), cell("项目支出"), cell("合计"), cell("基本支出"),
               cell("项目支出")});
  printed.row({cell("", 2), cell("1,200.50"), cell("1,000.50"), cell("800.00"), cell("200.50"), cell("200.00"), cell(""),
               cell("200.00")});
  printed.row({cell(""), cell("整体绩效目标"), cell("保障运转，完成任务。", 7)});
  printed.row({cell(""), cell("活动", 2), cell("绩效指标", 2), cell("指标性质"), cell("指标值", 2), cell("度量单位")});
  printed.row({cell(""), cell("日常保障", 2), cell("产出指标数量指标保障\n人数", 2), cell("≥"), cell("100", 2), cell("人")});
  printed.row({cell(""), cell("日常保障", 2), cell("满意度指标服务对象满意度指标群众满意度", 2), cell("定性"), cell("满意", 2),
               cell("")});
  auto table = table_of(printed.doc());
  CHECK(table.problems.empty());
  REQUIRE(table.projects.size() == 1);
  const auto& project = table.projects[0];
  CHECK(project.scope == "department");
  CHECK(project.name == "测试局");
  CHECK(text(project.unit_name) == "测试局");
  CHECK(text(project.total_amount) == "1200.50");
  CHECK(text(project.fiscal_amount) == "1000.50");
  CHECK(text(project.other_amount) == "200.00");
  CHECK(text(project.amount_unit) == "万元");
  CHECK(text(project.goal) == "保障运转，完成任务。");
  CHECK(summaries(project) == std::vector<std::string>{"产出指标|数量指标|保障人数|≥100人|≥|100|人",
                                                       "满意度指标|服务对象满意度指标|群众满意度|满意|null|null|null"});
}
