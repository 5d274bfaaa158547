#include <doctest/doctest.h>

#include <algorithm>

#include "normalize/performance_funds.h"
#include "printed_grid.h"

// A 绩效 table's funding lines and task list (performance_funds), made up
// like the templates that print them: a self-evaluation's rows under
// 年度资金总额, a department's columns by source and use (北京 预算13表, 长沙),
// a department's tasks over their 金额合计 (西安); and the sums they print.

using namespace budgetpdf;
using namespace budgetpdf::test_grid;
using normalize::FundingLine;

namespace {

// label|source|use|amounts… of each line.
std::vector<std::string> lines_of(const std::vector<FundingLine>& funds) {
  std::vector<std::string> out;
  for (const auto& line : funds) {
    std::string summary = line.label + "|" + text(line.kind.source ? std::optional<std::string>(*line.kind.source) : std::nullopt) +
                          "|" + text(line.kind.use ? std::optional<std::string>(*line.kind.use) : std::nullopt);
    for (const auto& [key, value] : line.amounts) summary += "|" + key + "=" + text(value);
    out.push_back(summary);
  }
  return out;
}

// The 北京 预算13表 funds grid; `split` prints 财政拨款 in the first of three
// cells the page rules apart, as some of its publications do.
normalize::PerformanceTable department(bool split, const std::string& fiscal_basic) {
  Printed printed;
  printed.text("预算13表 部门整体支出绩效目标表").text("（2026年度）");
  printed.row({cell("部门名称", 2), cell("测试局", 7)});
  if (split) {
    printed.row({cell("总体资金情况（万元）", 2), cell("预算支出总额"), cell("财政拨款"), cell(""), cell(""), cell("其他资金", 3)});
  } else {
    printed.row({cell("总体资金情况（万元）", 2), cell("预算支出总额"), cell("财政拨款", 3), cell("其他资金", 3)});
  }
  printed.row({cell("", 2), cell(""), cell("合计"), cell("基本支出"), cell("项目支出"), cell("合计"), cell("基本支出"),
               cell("项目支出")});
  printed.row({cell("", 2), cell("1,200.50"), cell("1,000.50"), cell(fiscal_basic), cell("200.50"), cell("200.00"), cell(""),
               cell("200.00")});
  printed.row({cell(""), cell("整体绩效目标"), cell("保障运转，完成任务。", 7)});
  printed.row({cell(""), cell("活动", 2), cell("绩效指标", 2), cell("指标性质"), cell("指标值", 2), cell("度量单位")});
  printed.row({cell(""), cell("日常保障", 2), cell("产出指标数量指标保障人数", 2), cell("≥"), cell("100", 2), cell("人")});
  return table_of(printed.doc());
}

}  // namespace

TEST_CASE("funding labels name their source and use") {
  struct Row {
    const char* label;
    const char* source;
    const char* use;
  };
  for (Row row : {
           Row{"其中:财政拨款", "fiscal", ""},
           Row{"财政资金", "fiscal", ""},
           Row{"上年结转", "carried_over", ""},
           Row{"其他资金", "other", ""},
           Row{"一般公共预算", "general_public", ""},
           Row{"一般公共预算财政拨款", "general_public", ""},
           Row{"政府性基金拨款", "gov_fund", ""},
           Row{"财政专户管理资金", "special_account", ""},
           Row{"财政专户拨款", "special_account", ""},
           Row{"基本支出", "", "basic"},
           Row{"项目支出", "", "project"},
           Row{"资金总额", nullptr, nullptr},
           Row{"合计", nullptr, nullptr},
           Row{"年度资金总额:", nullptr, nullptr},
       }) {
    CAPTURE(row.label);
    auto kind = normalize::funding_kind_of(row.label);
    REQUIRE(kind.has_value() == (row.source != nullptr));
    if (!kind) continue;
    CHECK(std::string(kind->source.value_or("")) == row.source);
    CHECK(std::string(kind->use.value_or("")) == row.use);
  }
  CHECK(normalize::funding_label("其中:财政拨款:") == "财政拨款");
}

TEST_CASE("a self-evaluation's funds under 年度资金总额, each column adding up") {
  auto evaluation = [](const std::string& carried_executed) {
    Printed printed;
    printed.text("测试专项项目绩效自评表").text("（2025年度）");
    printed.row({cell("项目名称", 2), cell("测试专项", 9)});
    printed.row({cell("项目资金\n（万元）", 2), cell("", 2), cell("年初预\n算数"), cell("全年预\n算数"), cell("全年执行数"),
                 cell("分值"), cell("执行率", 2), cell("得分")});
    printed.row({cell("", 2), cell("年度资金总额：", 2), cell("100.00"), cell("120.00"), cell("90.00"), cell("10.0"),
                 cell("75.00%", 2), cell("7.5")});
    printed.row({cell("", 2), cell("其中：财政\n拨款", 2), cell("80.00"), cell("80.00"), cell("60.00"), cell("--"),
                 cell("0.0%", 2), cell("--")});
    printed.row({cell("", 2), cell("上\n年结转", 2), cell("20.00"), cell("40.00"), cell(carried_executed), cell("--"),
                 cell("0.0%", 2), cell("--")});
    printed.row({cell("", 2), cell("其\n他资金", 2), cell("0.00"), cell("0.00"), cell("0.00"), cell("--"), cell("0.0%", 2),
                 cell("--")});
    printed.row({cell("年度总体目标", 2), cell("完成甲任务。", 9)});
    printed.row({cell("一级指标"), cell("二级指标"), cell("三级指标", 3), cell("年度指标值"), cell("实际完成值"), cell("分值"),
                 cell("得分"), cell("偏差原因分析及改进措施", 2)});
    printed.row({cell("产出指标"), cell("数量指标"), cell("培训人数", 3), cell("≥300人"), cell("300人"), cell("90"), cell("90"),
                 cell("", 2)});
    return table_of(printed.doc());
  };
  auto table = evaluation("30.00");
  CHECK(table.problems.empty());
  REQUIRE(table.projects.size() == 1);
  const auto& project = table.projects[0];
  CHECK(text(project.budget_initial) == "100.00");
  CHECK(lines_of(project.funds) ==
        std::vector<std::string>{
            "财政拨款|fiscal|null|budget_initial=80.00|budget_full_year=80.00|executed=60.00|weight=null|"
            "execution_rate=0.0|score=null",
            "上年结转|carried_over|null|budget_initial=20.00|budget_full_year=40.00|executed=30.00|weight=null|"
            "execution_rate=0.0|score=null",
            "其他资金|other|null|budget_initial=0.00|budget_full_year=0.00|executed=0.00|weight=null|"
            "execution_rate=0.0|score=null",
        });
  auto checks = checks_of(project);
  CHECK(std::count(checks.begin(), checks.end(), "performance.funds_sum budget_initial 100.00 100.00 ok") == 1);
  CHECK(std::count(checks.begin(), checks.end(), "performance.funds_sum budget_full_year 120.00 120.00 ok") == 1);
  CHECK(std::count(checks.begin(), checks.end(), "performance.funds_sum executed 90.00 90.00 ok") == 1);
  // A part that does not add up fails in its column only.
  auto failed = checks_of(evaluation("31.00").projects[0]);
  CHECK(std::count(failed.begin(), failed.end(), "performance.funds_sum executed 91.00 90.00 failed") == 1);
  CHECK(std::count(failed.begin(), failed.end(), "performance.funds_sum budget_full_year 120.00 120.00 ok") == 1);
}

TEST_CASE("a department's funds by source and use, the uses adding up to their source and the sources to the total (北京 预算13表)") {
  for (bool split : {false, true}) {
    CAPTURE(split);
    auto table = department(split, "800.00");
    CHECK(table.problems.empty());
    REQUIRE(table.projects.size() == 1);
    const auto& project = table.projects[0];
    CHECK(text(project.total_amount) == "1200.50");
    CHECK(lines_of(project.funds) == std::vector<std::string>{
                                         "财政拨款|fiscal|null|amount=1000.50",
                                         "基本支出|fiscal|basic|amount=800.00",
                                         "项目支出|fiscal|project|amount=200.50",
                                         "其他资金|other|null|amount=200.00",
                                         "基本支出|other|basic|amount=null",
                                         "项目支出|other|project|amount=200.00",
                                     });
    CHECK(checks_of(project) == std::vector<std::string>{
                                    "performance.funds_sum amount 1200.50 1200.50 ok",
                                    "performance.funds_sum amount 1000.50 1000.50 ok",
                                    "performance.funds_sum amount 200.00 200.00 ok",
                                });
  }
  // 800.01: a miss in the last printed digit is within rounding.
  auto checks = normalize::check_performance(department(false, "800.01").projects[0]);
  REQUIRE(checks.size() == 3);
  CHECK(checks[1].subject == "测试局/财政拨款");
  CHECK(!checks[1].ok);
  CHECK(checks[1].within_rounding == true);
  CHECK(checks[1].detail == "基本支出 + 项目支出 = 财政拨款");
}

TEST_CASE("funds by income and by spending beside the indicators, each adding up to 资金总额 (长沙)") {
  Printed printed;
  printed.text("2026年部门整体支出绩效目标表").text("部门名称：测试局").text("单位：万元");
  printed.row({cell("单位编\n码"), cell("单位名称"), cell("年度预算申请", 7), cell("整体绩效目标"), cell("部门整体支出年度绩效目标", 5)});
  printed.row({cell(""), cell(""), cell("资金总额"), cell("按收入性质分", 4), cell("按支出性质分", 2), cell(""), cell("", 5)});
  printed.row({cell(""), cell(""), cell(""), cell("一般公共\n预算"), cell("政府性基\n金拨款"), cell("财政专户\n管理资金"),
               cell("其他资金"), cell("基本支出"), cell("项目支出"), cell(""), cell("一级指标"), cell("二级指标"),
               cell("三级指标"), cell("指标值"), cell("评（扣）分标准")});
  printed.row({cell("100001"), cell("测试局"), cell("1,000.00"), cell("900.00"), cell(""), cell("50.00"), cell("50.00"),
               cell("700.00"), cell("300.00"), cell("保障运转。"), cell("产出指标"), cell("数量指标"), cell("办件数"),
               cell("≥100件"), cell("少一件扣1分")});
  auto table = table_of(printed.doc());
  CHECK(table.problems.empty());
  REQUIRE(table.projects.size() == 1);
  const auto& project = table.projects[0];
  CHECK(text(project.total_amount) == "1000.00");
  CHECK(lines_of(project.funds) == std::vector<std::string>{
                                       "一般公共预算|general_public|null|amount=900.00",
                                       "政府性基金拨款|gov_fund|null|amount=null",
                                       "财政专户管理资金|special_account|null|amount=50.00",
                                       "其他资金|other|null|amount=50.00",
                                       "基本支出|null|basic|amount=700.00",
                                       "项目支出|null|project|amount=300.00",
                                   });
  CHECK(checks_of(project) == std::vector<std::string>{"performance.funds_sum amount 1000.00 1000.00 ok",
                                                       "performance.funds_sum amount 1000.00 1000.00 ok"});
}

TEST_CASE("a department's tasks with their amounts, adding up to 金额合计 (西安)") {
  auto tasks = [](const std::string& second) {
    Printed printed;
    printed.text("部门整体支出绩效目标表").text("（2026年度）");
    printed.row({cell("部门（单位）名称", 3), cell("测试局", 5)});
    printed.row({cell("年度主\n要任务"), cell("任务名称", 2), cell("主要内容"), cell("预算金额（万元）", 3),
                 cell("执行率分值\n（10分）")});
    printed.row({cell(""), cell("", 2), cell(""), cell("总额"), cell("财政拨款"), cell("其他资金"), cell("")});
    printed.row({cell(""), cell("保运转", 2), cell("保障人员薪酬"), cell("100.50"), cell("100.50"), cell(""), cell("")});
    printed.row({cell(""), cell("业务工作", 2), cell("开展业务，\n保障运行。"), cell(second), cell("40"), cell("10"), cell("")});
    printed.row({cell(""), cell("金额合计", 3), cell("150.50"), cell("140.50"), cell("10"), cell("")});
    printed.row({cell("年度总体目标"), cell("完成任务。", 7)});
    printed.row({cell("年度绩\n效指标"), cell("一级指标"), cell("二级指标"), cell("三级指标", 3), cell("指标值"),
                 cell("分值权重\n（90分）")});
    printed.row({cell(""), cell("产出指标"), cell("数量指标"), cell("办件数", 3), cell("≥100"), cell("90")});
    return table_of(printed.doc());
  };
  auto table = tasks("50");
  CHECK(table.problems.empty());
  REQUIRE(table.projects.size() == 1);
  const auto& project = table.projects[0];
  REQUIRE(project.tasks.size() == 2);
  CHECK(text(project.tasks[0].name) == "保运转");
  CHECK(text(project.tasks[1].content) == "开展业务，保障运行。");
  CHECK(text(project.tasks[1].total_amount) == "50");
  CHECK(text(project.tasks[0].other_amount) == "null");
  // 金额合计 gives the project's amounts, printed nowhere else.
  CHECK(text(project.total_amount) == "150.50");
  CHECK(text(project.fiscal_amount) == "140.50");
  CHECK(text(project.other_amount) == "10");
  CHECK(project.funds.empty());
  CHECK(project.indicators.size() == 1);
  CHECK(checks_of(project) == std::vector<std::string>{"performance.weight_sum weight 90 90 ok",
                                                       "performance.tasks_sum total_amount 150.50 150.50 ok",
                                                       "performance.tasks_sum fiscal_amount 140.50 140.50 ok",
                                                       "performance.tasks_sum other_amount 10 10 ok"});
  auto failed = checks_of(tasks("60").projects[0]);
  CHECK(failed[1] == "performance.tasks_sum total_amount 160.50 150.50 failed");
}
