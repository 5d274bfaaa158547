#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string_view>

#include "normalize/convert.h"

// 绩效 tables of real disclosures, one or more of each layout, read from
// ../shared/real (beside the checkout in CI; absent from a fresh clone, then
// the cases say so and pass). Asserted: every indicator row comes out once,
// with its levels and value, no grid is reported malformed, and facts printed
// beside or above the grid come out as printed.

using namespace budgetpdf;
namespace fs = std::filesystem;

namespace {

fs::path real_dir() { return fs::path(BUDGETPDF_SOURCE_DIR) / ".." / "shared" / "real"; }

std::string text_of(const schema::Value& value) {
  if (const auto* text = std::get_if<std::string>(&value)) return *text;
  if (const auto* decimal = std::get_if<schema::Decimal>(&value)) return decimal->to_string();
  if (const auto* number = std::get_if<std::int64_t>(&value)) return std::to_string(*number);
  if (const auto* flag = std::get_if<bool>(&value)) return *flag ? "true" : "false";
  return "null";
}

struct Converted {
  std::vector<schema::Record> projects;
  std::map<std::int64_t, std::vector<schema::Record>> indicators;  // by project_no
  std::vector<schema::Record> checks;                               // about performance tables
};

// The 绩效 records of a real disclosure, or nullopt when ../shared/real is absent.
std::optional<Converted> convert_real(const std::string& name) {
  fs::path path = real_dir() / name;
  if (!fs::exists(path)) {
    MESSAGE("skipped: " << path.string() << " is not here");
    return std::nullopt;
  }
  Converted out;
  for (auto& record : normalize::convert_input(extract::read_input(path), {})) {
    std::string_view type = record.type().name;
    if (type == "performance_project") out.projects.push_back(std::move(record));
    else if (type == "performance_indicator") {
      out.indicators[std::get<std::int64_t>(record.get("project_no"))].push_back(std::move(record));
    } else if (type == "check" && text_of(record.get("table")) == "performance") {
      out.checks.push_back(std::move(record));
    }
  }
  return out;
}

std::string field(const schema::Record& record, std::string_view name) { return text_of(record.get(name)); }

// Each object of a list field (funds, tasks) as its values joined by "|".
std::vector<std::string> objects_of(const schema::Record& record, std::string_view name) {
  std::vector<std::string> out;
  const auto* objects = std::get_if<schema::Objects>(&record.get(name));
  if (!objects) return out;
  for (const auto& object : *objects) {
    std::string line;
    for (const auto& [key, value] : object) line += (line.empty() ? "" : "|") + (value ? *value : std::string("null"));
    out.push_back(line);
  }
  return out;
}

// level1|level2|value_raw|op|value|value_unit of an indicator.
std::string value_summary(const schema::Record& indicator) {
  return field(indicator, "level1") + "|" + field(indicator, "level2") + "|" + field(indicator, "value_raw") + "|" +
         field(indicator, "op") + "|" + field(indicator, "value") + "|" + field(indicator, "value_unit");
}

}  // namespace

namespace {

// A failed 绩效 check that is the document's own error.
struct GenuineError {
  std::string_view file, rule, expected, actual;
};

constexpr GenuineError kGenuine[] = {
    // Its two tasks add up to 227123.38 where its 金额合计 prints 227123.37
    // (total and 财政拨款 alike; within rounding).
    {"cities/xian-housing-2022-dept-budget.pdf", "performance.tasks_sum", "227123.38", "227123.37"},
    // Its unit's row prints the unit's 项目支出 417.41 over projects adding up
    // to 286.91; its note: "已剔除涉密部分".
    {"cities/changsha-petitions-2026-dept-budget.pdf", "performance.subtotal_sum", "286.91", "417.41"},
};

}  // namespace

TEST_CASE("real disclosures: every 绩效 table of every layout read whole, no grid reported malformed") {
  struct Row {
    const char* file;
    size_t projects;
    size_t indicators;
  };
  for (Row row : {
           Row{"cities/beijing-govoffice-2026-dept-budget.pdf", 16, 284},                // 预算12表 and 13表
           Row{"cities/beijing-govservice-2026-dept-budget-tables.pdf", 83, 1110},
           Row{"cities/beijing-market-regulation-2026-dept-budget.pdf", 81, 613},       // names over blocks
           Row{"cities/beijing-stats-2026-dept-budget-tables.pdf", 22, 157},           // names cut by page breaks
           Row{"cities/guangzhou-govservice-2026-project-perf-targets.pdf", 70, 404},  // lists in one cell
           Row{"cities/changsha-petitions-2026-dept-budget.pdf", 5, 101},              // rows repeated per page
           Row{"cities/chongqing-govoffice-2026-dept-budget.pdf", 2, 21},
           Row{"cities/chongqing-water-2026-dept-budget.pdf", 4, 24},
           Row{"cities/xian-petitions-2026-dept-budget-CRASH.pdf", 10, 77},            // forms in one table
           Row{"cities/xian-housing-2022-dept-budget.pdf", 9, 140},
           Row{"cities/fuzhou-civil-affairs-2026-unit-budget.pdf", 25, 167},
           Row{"cities/quanzhou-police-2026-dept-budget.pdf", 26, 178},
           Row{"cities/yantai-finance-2026-dept-budget.pdf", 12, 151},
           Row{"cities/changchun-petitions-2026-dept-budget.pdf", 4, 16},
           Row{"cities/central-state-petitions-bureau-2026-dept-budget.pdf", 3, 29},
           Row{"cities/central-state-petitions-bureau-2024-dept-final.pdf", 4, 37},   // self-evaluations
           Row{"sh-putuo-wanli-street-2023-dept-budget.pdf", 5, 65},                  // 绩效目标填报表
       }) {
    CAPTURE(row.file);
    auto converted = convert_real(row.file);
    if (!converted) continue;
    CHECK(converted->projects.size() == row.projects);
    size_t indicators = 0;
    for (const auto& [project_no, rows] : converted->indicators) {
      indicators += rows.size();
      for (const auto& indicator : rows) {
        CAPTURE(value_summary(indicator));
        CHECK((field(indicator, "level3") != "null" || field(indicator, "value_raw") != "null"));
      }
    }
    CHECK(indicators == row.indicators);
    for (const auto& check : converted->checks) {
      CAPTURE(field(check, "detail"));
      // The documents' own errors, exact.
      auto genuine = std::find_if(std::begin(kGenuine), std::end(kGenuine), [&](const GenuineError& error) {
        return row.file == error.file && field(check, "rule") == error.rule;
      });
      if (genuine != std::end(kGenuine)) {
        CHECK(field(check, "expected") == genuine->expected);
        CHECK(field(check, "actual") == genuine->actual);
        CHECK(field(check, "ok") == "false");
        continue;
      }
      if (field(check, "rule") == "performance.subtotal_sum" && field(check, "ok") == "false") {
        // 广州's units and 合计 row print their sums rounded from 元 apart
        // from the projects: a cent off, within rounding.
        CHECK(field(check, "within_rounding") == "true");
        continue;
      }
      CHECK(field(check, "rule") != "performance.grid_shape");
      CHECK(field(check, "ok") == "true");
    }
  }
}

TEST_CASE("real disclosures: 北京 预算12表 and 13表, project facts beside the grid, operator, value and unit apart") {
  auto converted = convert_real("cities/beijing-govoffice-2026-dept-budget.pdf");
  if (!converted) return;
  const auto& first = converted->projects.front();
  CHECK(field(first, "scope") == "project");
  CHECK(field(first, "total_amount") == "30.000000");
  CHECK(field(first, "fiscal_amount") == "30.000000");
  CHECK(field(first, "other_amount") == "null");
  CHECK(field(first, "amount_unit") == "万元");
  const auto& indicators = converted->indicators[1];
  REQUIRE(indicators.size() == 6);
  CHECK(value_summary(indicators[2]) == "产出指标|数量指标|＝800个|=|800|个");
  CHECK(value_summary(indicators[3]) == "成本指标|经济成本指标|≤29万元|≤|29|万元");
  const auto& department = converted->projects.back();
  CHECK(field(department, "scope") == "department");
  CHECK(field(department, "total_amount") == "5133.737491");
  CHECK(field(department, "fiscal_amount") == "5133.737491");
  CHECK(field(department, "other_amount") == "null");
  // 财政拨款 and 其他资金, each as 合计, 基本支出 and 项目支出; 其他资金 printed empty.
  CHECK(objects_of(department, "funds") == std::vector<std::string>{
                                               "财政拨款|fiscal|null|5133.737491",
                                               "基本支出|fiscal|basic|950.088291",
                                               "项目支出|fiscal|project|4183.649200",
                                               "其他资金|other|null|null",
                                               "基本支出|other|basic|null",
                                               "项目支出|other|project|null",
                                           });
  const auto& department_indicators = converted->indicators[16];
  REQUIRE(department_indicators.size() == 54);
  CHECK(value_summary(department_indicators[0]) == "产出指标|数量指标|＝413200株|=|413200|株");
}

TEST_CASE("real disclosures: 北京 预算13表's funds by source and use, a source's label in the first of its ruled cells") {
  if (auto market = convert_real("cities/beijing-market-regulation-2026-dept-budget.pdf")) {
    CHECK(objects_of(market->projects.back(), "funds") == std::vector<std::string>{
                                                              "财政拨款|fiscal|null|98333.670859",
                                                              "基本支出|fiscal|basic|65964.664664",
                                                              "项目支出|fiscal|project|32369.006195",
                                                              "其他资金|other|null|91967.402255",
                                                              "基本支出|other|basic|26572.006755",
                                                              "项目支出|other|project|65395.395500",
                                                          });
    // 项目总额 | 财政资金 | 其他资金 alone say nothing the project's amounts do not.
    CHECK(field(market->projects.front(), "funds") == "null");
  }
  if (auto stats = convert_real("cities/beijing-stats-2026-dept-budget-tables.pdf")) {
    auto funds = objects_of(stats->projects.back(), "funds");
    REQUIRE(funds.size() == 6);
    CHECK(funds[0] == "财政拨款|fiscal|null|50818.175849");
    CHECK(funds[5] == "项目支出|other|project|86.327000");
  }
  // 财政拨款 printed in the first of three cells the page rules apart.
  if (auto govservice = convert_real("cities/beijing-govservice-2026-dept-budget-tables.pdf")) {
    auto funds = objects_of(govservice->projects.back(), "funds");
    REQUIRE(funds.size() == 6);
    CHECK(funds[1] == "基本支出|fiscal|basic|38186.119752");
    CHECK(funds[2] == "项目支出|fiscal|project|63317.204743");
    CHECK(funds[4] == "基本支出|other|basic|10.890000");
  }
}

TEST_CASE("real disclosures: 广州's list of indicators in one cell, the units over their projects") {
  auto converted = convert_real("cities/guangzhou-govservice-2026-project-perf-targets.pdf");
  if (!converted) return;
  const auto& first = converted->projects.front();
  CHECK(field(first, "total_amount") == "1391.47");
  CHECK(field(first, "fiscal_amount") == "1391.47");
  const auto& indicators = converted->indicators[1];
  REQUIRE(indicators.size() == 7);
  CHECK(value_summary(indicators[1]) == "产出指标|数量指标|≥10亿条|≥|10|亿条");
  CHECK(value_summary(indicators[6]) == "成本指标|经济成本指标|100%|=|100|%");
  // The first projects are the bureau's, the later ones its centre's.
  CHECK(field(first, "unit_name") != field(converted->projects.back(), "unit_name"));
}

TEST_CASE("real disclosures: 长沙's project row repeated on each page, scoring rules, the department-wide table") {
  auto converted = convert_real("cities/changsha-petitions-2026-dept-budget.pdf");
  if (!converted) return;
  const auto& first = converted->projects.front();
  CHECK(field(first, "total_amount") == "35.78");
  const auto& indicators = converted->indicators[1];
  REQUIRE(indicators.size() == 16);
  CHECK(value_summary(indicators[0]) == "成本指标|经济成本指标|≤35.78万元|≤|35.78|万元");
  CHECK(field(indicators[0], "scoring_rule") != "null");
  const auto& department = converted->projects.back();
  CHECK(field(department, "scope") == "department");
  CHECK(field(department, "total_amount") == "1935.36");
  CHECK(converted->indicators[5].size() == 25);
  // 按收入性质分 and 按支出性质分, as printed: only 一般公共预算 of the sources.
  CHECK(objects_of(department, "funds") == std::vector<std::string>{
                                               "一般公共预算|general_public|null|1935.36",
                                               "政府性基金拨款|gov_fund|null|null",
                                               "财政专户管理资金|special_account|null|null",
                                               "其他资金|other|null|null",
                                               "基本支出|null|basic|1517.95",
                                               "项目支出|null|project|417.41",
                                           });
  CHECK(objects_of(first, "funds").empty());
}

TEST_CASE("real disclosures: forms with facts as label and value (西安, 福州, 上海), weights adding up to the printed whole") {
  if (auto xian = convert_real("cities/xian-petitions-2026-dept-budget-CRASH.pdf")) {
    const auto& first = xian->projects.front();
    CHECK(field(first, "total_amount") == "50.00");
    CHECK(field(first, "fiscal_amount") == "50.00");
    CHECK(field(first, "other_amount") == "null");
    CHECK(xian->indicators[1].size() == 7);
    CHECK(xian->indicators[5].size() == 9);
    // One weight sum per project, each of 90, and the department's tasks
    // adding up to their 金额合计 (总额 and 财政拨款).
    CHECK(xian->checks.size() == 12);
    const auto& department = xian->projects[9];
    CHECK(field(department, "scope") == "department");
    CHECK(field(department, "total_amount") == "2838.42");
    CHECK(field(department, "fiscal_amount") == "2838.42");
    CHECK(field(department, "funds") == "null");
    auto tasks = objects_of(department, "tasks");
    REQUIRE(tasks.size() == 6);
    CHECK(tasks[0].ends_with("|1932.81|1932.81|null"));
    CHECK(tasks[3].ends_with("|256|256|null"));
    CHECK(tasks[5].ends_with("|103.5|103.5|null"));
  }
  if (auto fuzhou = convert_real("cities/fuzhou-civil-affairs-2026-unit-budget.pdf")) {
    const auto& first = fuzhou->projects.front();
    CHECK(field(first, "total_amount") == "21.50");
    CHECK(field(first, "fiscal_amount") == "21.50");
    CHECK(field(first, "other_amount") == "0.00");
    CHECK(fuzhou->indicators[1].size() == 6);
  }
  if (auto shanghai = convert_real("sh-putuo-wanli-street-2023-dept-budget.pdf")) {
    const auto& first = shanghai->projects.front();
    CHECK(field(first, "total_amount") == "4100000.00");
    CHECK(field(first, "amount_unit") == "元");
    CHECK(field(first, "period") == "2023-01-01至2023-12-31");
    REQUIRE(shanghai->indicators[1].size() == 5);
    CHECK(value_summary(shanghai->indicators[1][0]) == "产出指标|数量指标|≥13459.00(平方米)|≥|13459.00|平方米");
  }
}

TEST_CASE("real disclosures: 决算 self-evaluations, budget and execution, actual values and scores that add up") {
  auto converted = convert_real("cities/central-state-petitions-bureau-2024-dept-final.pdf");
  if (!converted) return;
  const auto& first = converted->projects.front();
  CHECK(field(first, "budget_initial") == "180.61");
  CHECK(field(first, "budget_full_year") == "180.03");
  CHECK(field(first, "executed") == "180.03");
  CHECK(field(first, "execution_rate") == "100.00");
  CHECK(field(first, "weight") == "100");
  CHECK(field(first, "score") == "98");
  const auto& indicators = converted->indicators[1];
  REQUIRE(indicators.size() == 10);
  CHECK(field(indicators[0], "weight") == "20");
  CHECK(field(indicators[0], "score") == "20");
  CHECK(field(indicators[1], "actual_raw") == "123人");
  CHECK(field(indicators[7], "deviation_reason") != "null");
  CHECK(field(converted->projects[1], "execution_rate") == "77.13");
  // The funds under 年度资金总额: 财政拨款, 上年结转, 其他资金, each with its
  // 年初预算数, 全年预算数, 全年执行数, 分值, 执行率 and 得分 ("--" is null).
  CHECK(objects_of(first, "funds") == std::vector<std::string>{
                                          "财政拨款|fiscal|null|140.61|140.61|140.61|null|0.0|null",
                                          "上年结转|carried_over|null|40.00|39.42|39.42|null|0.0|null",
                                          "其他资金|other|null|0.00|0.00|0.00|null|0.0|null",
                                      });
  CHECK(objects_of(converted->projects[1], "funds")[1] == "上年结转|carried_over|null|20.00|62.44|62.44|null|0.0|null");
  // Weights, scores and the execution rate of each of the four projects,
  // and their funds adding up to 年度资金总额 in each of the three amount columns.
  CHECK(converted->checks.size() == 24);
}
