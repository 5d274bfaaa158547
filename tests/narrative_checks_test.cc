#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "dump_builder.h"
#include "extract/dump/text_dump_reader.h"
#include "normalize/convert.h"

using namespace budgetpdf;

namespace {

// A 2026 budget whose general public table prints 元, and its narrative in
// 万元, as Shanghai's disclosures do.
std::string disclosure(const std::string& narrative) {
  std::string furniture = "测试局\n\n预算年度：2026\n\n单位：元\n\n";
  return "部门预算一般公共预算财政拨款支出表\n\n" + furniture + testing::kGeneralPublicHeader +
         "1\t\t合计\t58419262.44\t19964362.44\t38454900.00\n"
         "2\t204\t公共安全支出\t55181625.44\t16726725.44\t38454900.00\n"
         "3\t20406\t司法\t55181625.44\t16726725.44\t38454900.00\n"
         "4\t2040601\t行政运行\t16726725.44\t16726725.44\t\n"
         "5\t2040699\t其他司法支出\t38454900.00\t\t38454900.00\n"
         "6\t210\t卫生健康支出\t1149678.00\t1149678.00\t\n"
         "7\t21011\t行政事业单位医疗\t1149678.00\t1149678.00\t\n"
         "8\t2101101\t行政单位医疗\t1149678.00\t1149678.00\t\n"
         "9\t221\t住房保障支出\t2087959.00\t2087959.00\t\n"
         "10\t22102\t住房改革支出\t2087959.00\t2087959.00\t\n"
         "11\t2210201\t住房公积金\t2087959.00\t2087959.00\t\n\n" +
         narrative;
}

std::string field(const schema::Record& record, std::string_view name) {
  const schema::Value& value = record.get(name);
  if (const auto* text = std::get_if<std::string>(&value)) return *text;
  if (const auto* decimal = std::get_if<schema::Decimal>(&value)) return decimal->to_string();
  if (const auto* flag = std::get_if<bool>(&value)) return *flag ? "true" : "false";
  return "-";
}

struct Audit {
  std::string statements;  // one a line: subject | item | value unit direction | table code column
  std::string failed;      // one a line: rule | subject | expected | actual | within_rounding
};

Audit audit(const std::string& narrative) {
  auto records = normalize::convert_printed(extract::read_text_dump(disclosure(narrative)), "t.txt", "d");
  Audit out;
  for (const auto& record : records) {
    if (record.type().name == "statement") {
      out.statements += field(record, "subject") + " | " + field(record, "item") + " | " + field(record, "value") + " " +
                        field(record, "unit") + " " + field(record, "direction") + " | " + field(record, "table") + " " +
                        field(record, "code") + " " + field(record, "column") + "\n";
    } else if (record.type().name == "check" && field(record, "rule").starts_with("narrative.") &&
               field(record, "ok") == "false") {
      out.failed += field(record, "rule") + " | " + field(record, "subject") + " | " + field(record, "expected") + " | " +
                    field(record, "actual") + " | " + field(record, "within_rounding") + "\n";
    }
  }
  return out;
}

}  // namespace

TEST_CASE("every figure of the narrative is a statement, compared with the table cell that states it") {
  Audit result = audit(
      "一、预算编制说明\n\n"
      "2026年，测试局一般公共预算拨款支出预算5841.93万元，比上年增加41.93万元，增长0.72%。\n\n"
      "1、公共安全支出（204类）司法（06款）行政运行（01项）1672.67万元。主要用于：行政单位的基本支出。"
      "2025年当年预算执行数为1690.69万元，2026年预算安排1672.67万元，比2025年预算执行数减少1.07%。"
      "主要原因是：人员退休减少18.02万元。\n\n"
      "2、卫生健康支出（210类）行政事业单位医疗（11款）行政单位医疗（01项）114.97万元，占 1.97%。\n");
  CHECK(result.statements ==
        // 5841.926244 万元 printed to the hundredth.
        "一般公共预算支出 | 一般公共预算支出 | 5841.93 万元 - | general_public - total\n"
        "增减额 | 一般公共预算支出 | 41.93 万元 increase | - - -\n"
        "增减率 | 一般公共预算支出 | 0.72 % increase | - - -\n"
        "行政运行 | 行政运行 | 1672.67 万元 - | general_public 2040601 total\n"
        "上年数 | 行政运行 | 1690.69 万元 - | - - -\n"
        "行政运行 | 行政运行 | 1672.67 万元 - | general_public 2040601 total\n"
        "增减率 | 行政运行 | 1.07 % decrease | - - -\n"
        // A figure of the reason is no figure of the item.
        "人员退休减少 | 人员退休减少 | 18.02 万元 - | - - -\n"
        "行政单位医疗 | 行政单位医疗 | 114.97 万元 - | general_public 2101101 total\n"
        "占比 | 行政单位医疗 | 1.97 % - | - - -\n");
  CHECK(result.failed == "");
}

TEST_CASE("the narrative's figures that disagree with the tables or with each other are failed checks") {
  struct Row {
    std::string name;
    std::string narrative;
    std::string failed;
  };
  const Row rows[] = {
      {"a rate whose figures went the other way (the 司法局's 43269.3 → 3845.49, 增加17.62%)",
       "2、公共安全支出（204类）司法（06款）其他司法支出（99项）3845.49万元。2025年当年预算执行数为43269.3万元，"
       "2026年预算安排3845.49万元，比2025年预算执行数增加17.62%。\n",
       "narrative.rate_equals_change_over_base | 2040699 | -91.11 | 17.62 | false\n"},
      {"a rate off by its last digit is told apart",
       "一般公共预算支出5841.93万元，比上年增加41.93万元，增长0.74%。\n",
       "narrative.rate_equals_change_over_base | 一般公共预算支出 | 0.72 | 0.74 | false\n"},
      {"a figure restated otherwise than the table: the rate holds for the first statement",
       "4、住房保障支出（221类）住房改革支出（02款）住房公积金（01项）208.8万元。2025年当年预算执行数为198.34万元，"
       "2026年预算安排201.50万元，比2025年预算执行数增加5.27%。\n",
       "narrative.amount_equals_table | 2210201 | 208.795900 | 201.50 | false\n"},
      {"a figure in the wrong unit", "2026年一般公共预算支出5841.93元。\n",
       "narrative.amount_equals_table | 一般公共预算支出 | 58419262.44 | 5841.93 | false\n"},
      {"a change that is not the difference of its figures",
       "住房保障支出（221类）住房改革支出（02款）住房公积金（01项）208.8万元，比2025年预算数200.00万元增加7.8万元。\n",
       "narrative.change_equals_difference | 2210201 | 8.80 | 7.8 | false\n"},
      {"持平 where the figures differ",
       "住房保障支出（221类）住房改革支出（02款）住房公积金（01项）208.8万元，与2025年预算数200万元相比持平。\n",
       "narrative.change_equals_difference | 2210201 | 8.8 | 0 | -\n"},
      {"a class named otherwise than the tables name its code",
       "医疗卫生与计划生育支出（210类）行政事业单位医疗（11款）行政单位医疗（01项）114.97万元。\n",
       "narrative.class_name | 210 | - | - | -\n"},
      {"the year compared with is the budget's own", "一般公共预算支出5841.93万元，比2026年预算增加41.93万元。\n",
       "narrative.comparison_year | 2026年预算增加 | 2025 | 2026 | -\n"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    CHECK(audit("一、预算编制说明\n\n" + row.narrative).failed == row.failed);
  }
}

TEST_CASE("the sample's 情况说明: every figure is a statement, and each agrees with the tables") {
  std::ifstream in(std::string(BUDGETPDF_SOURCE_DIR) + "/samples/2023-budget-113-text/input.txt", std::ios::binary);
  std::string dump((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  REQUIRE_FALSE(dump.empty());
  auto records = normalize::convert_printed(extract::read_text_dump(dump), "input.txt", "d");
  std::string statements, failed;
  for (const auto& record : records) {
    if (record.type().name == "statement" && field(record, "unit") != "%") {
      statements += field(record, "heading") + " | " + field(record, "subject") + " | " + field(record, "value") + " " +
                    field(record, "unit") + " | " + field(record, "table") + " " + field(record, "row") + " " +
                    field(record, "column") + "\n";
    }
    if (record.type().name == "check" && field(record, "rule").starts_with("narrative.") && field(record, "ok") == "false") {
      failed += field(record, "rule") + " " + field(record, "subject") + "\n";
    }
  }
  // Every amount its 情况说明 states (二 to 七), in order, with the cell
  // that states the same; 机关运行经费, 政府采购 (its table printed empty)
  // and the assets the year will buy are in no table.
  CHECK(statements ==
        "1、收入说明 | 收入预算合计 | 10544.51 万元 | income 合计 total\n"
        "1、收入说明 | 一般公共预算收入 | 10533.69 万元 | summary 一、一般公共预算拨款收入 amount\n"
        "1、收入说明 | 政府性基金预算收入 | 0 万元 | summary 二、政府性基金预算拨款收入 amount\n"
        "1、收入说明 | 国有资本经营预算收入 | 0.13 万元 | summary 三、国有资本经营预算拨款收入 amount\n"
        "1、收入说明 | 财政专户管理资金收入 | 0 万元 | income 合计 fiscal_special_account\n"
        "1、收入说明 | 其他收入 | 0 万元 | income 合计 other\n"
        "1、收入说明 | 上年结转 | 10.69 万元 | summary 上年结转结余 amount\n"
        "2、支出说明 | 支出预算合计 | 10544.51 万元 | expenditure 合计 total\n"
        "2、支出说明 | 基本支出 | 914.98 万元 | expenditure 合计 basic\n"
        "2、支出说明 | 人员经费 | 858.76 万元 | general_public_basic 合计 personnel\n"
        "2、支出说明 | 公用经费 | 56.22 万元 | general_public_basic 合计 public_expense\n"
        "2、支出说明 | 项目支出 | 9629.53 万元 | expenditure 合计 project\n"
        "3、比上年增减情况 | 收入预算合计 | 10544.51 万元 | income 合计 total\n"
        "3、比上年增减情况 | 增减额 | 4723.24 万元 | - - -\n"
        "3、比上年增减情况 | 增减额 | 77.77 万元 | - - -\n"
        "3、比上年增减情况 | 增减额 | 4645.47 万元 | - - -\n"
        "三、机关运行经费安排情况 | 机关运行经费 | 56.22 万元 | - - -\n"
        "四、财政拨款“三公”经费预算情况及增减变化原因 | 三公经费合计 | 0.5 万元 | three_public “三公”经费小计 total\n"
        "四、财政拨款“三公”经费预算情况及增减变化原因 | 因公出国（境）费 | 0 万元 | three_public 一、因公出国 (境)费 total\n"
        "四、财政拨款“三公”经费预算情况及增减变化原因 | 公务用车购置及运行费 | 0 万元 | three_public 二、公务用车购置及运维费 total\n"
        "四、财政拨款“三公”经费预算情况及增减变化原因 | 公务用车购置费 | 0 万元 | three_public 其中：公务用车购置费 total\n"
        "四、财政拨款“三公”经费预算情况及增减变化原因 | 公务用车运行维护费 | 0 万元 | three_public 公务用车运行维护费 total\n"
        "四、财政拨款“三公”经费预算情况及增减变化原因 | 公务接待费 | 0.5 万元 | three_public 三、公务接待费 total\n"
        "六、政府采购预算情况 | 政府采购预算 | 0.00 万元 | - - -\n"
        "七、国有资产信息 | 固定资产 | 331.41 万元 | assets 资产总额 value\n"
        "七、国有资产信息 | 本年度拟购置固定资产总额为 | 0.00 万元 | - - -\n");
  // The sample's narrative is consistent with its tables: no figure, change,
  // year or wording is found wrong.
  CHECK(failed == "");
}
