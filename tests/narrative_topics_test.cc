#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "dump_builder.h"
#include "normalize/narrative_classification.h"
#include "normalize/narrative_topics.h"
#include "normalize/text_join.h"

using namespace budgetpdf;

TEST_CASE("the words before a figure name the total it is about, or none") {
  struct Row {
    std::string about;  // as the figure reader gives it: NFKC, no spaces
    std::string topic;  // its label, empty for none
  };
  const Row rows[] = {
      {"上海市普陀区司法局收入预算", "收入预算合计"},
      {"其中:财政拨款收入", "财政拨款收入"},
      // The word starting first covers most.
      {"财政拨款支出预算中,一般公共预算拨款支出预算", "一般公共预算支出"},
      {"政府性基金拨款支出预算", "政府性基金预算支出"},
      {"2026年“三公”经费预算数为", "三公经费合计"},
      {"(二)公务用车购置及运行费", "公务用车购置及运行费"},
      {"公务用车购置预算支出", "公务用车购置费"},
      {"公务车用车运行费", "公务用车运行维护费"},
      {"2026年上海市普陀区司法局下属1家机关和1家参公事业单位财政拨款的机关运行经费预算为", "机关运行经费"},
      {"2026年一般公共预算财政拨款基本支出预算", "基本支出"},
      {"包括人员经费", "人员经费"},
      {"开发区组织人事局(含所属单位)上年末固定资产金额为", "固定资产"},
      // A qualifier makes it another thing.
      {"信访局临聘人员经费", ""},
      {"其他资金收入预算总计", ""},
      {"本年度拟购置固定资产总额为", ""},
      // Words after it that are no restatement.
      {"2026年本部门面向中小企业预留政府采购项目预算金额", ""},
      {"涉及项目预算资金", ""},
  };
  for (const auto& row : rows) {
    CAPTURE(row.about);
    auto match = normalize::topic_named(row.about);
    CHECK((match ? std::string(match->topic->label) : std::string()) == row.topic);
  }
}

TEST_CASE("a table printing two years side by side is read in the budget year's columns") {
  normalize::BudgetTable table;
  table.kind = normalize::TableKind::three_public;
  auto column = [](std::string key, std::string label) {
    normalize::ColumnSpec spec;
    spec.key = std::move(key);
    spec.label = std::move(label);
    return spec;
  };
  table.columns = {column("total", "2025年预算数/合计"), column("abroad", "2025年预算数/因公出国（境）费"),
                   column("2026年预算数/合计", "2026 年预算数/合计"),
                   column("2026年预算数/因公出国(境)费", "2026年预算数/因公出国（境）费"),
                   column("增减/合计", "增减变化情况/合计"), column("reception", "公务接待费")};
  CHECK(normalize::column_of_year(table, "total", 2026) == "2026年预算数/合计");
  CHECK(normalize::column_of_year(table, "abroad", 2026) == "2026年预算数/因公出国(境)费");
  CHECK(normalize::column_of_year(table, "total", 2025) == "total");
  CHECK(normalize::column_of_year(table, "reception", 2026) == "reception");  // no year printed over it
  CHECK_FALSE(normalize::column_of_year(table, "vehicle", 2026).has_value());
  CHECK(normalize::total_column_of_year(table, 2026) == "2026年预算数/合计");
}

TEST_CASE("a classification path is read from the text and named as the tables name it") {
  auto parts = [](const std::string& about) {
    std::string out;
    for (const auto& part : normalize::printed_path(normalize::squeeze(about))) {
      out += std::to_string(part.level) + ":" + part.digits + ":" + part.name + " ";
    }
    return out;
  };
  CHECK(parts("1、公共安全支出（204类）司法（06款）行政运行（01项）") == "1:204:公共安全支出 2:06:司法 3:01:行政运行 ");
  CHECK(parts("（一）公共安全（类）1．法院（款）行政运行（项）支出") == "1::公共安全 2::法院 3::行政运行 ");
  CHECK(parts("“一般公共服务支出（类）商贸事务（款）行政运行（项）”") == "1::一般公共服务支出 2::商贸事务 3::行政运行 ");
  CHECK(parts("公共安全（类）支出") == "1::公共安全 ");
  CHECK(parts("2026年预算安排") == "");

  auto mapped = testing::map_single_table(testing::table_dump(
      "部门预算一般公共预算财政拨款支出表", testing::kGeneralPublicHeader,
      {"1\t\t合计\t3.00\t3.00\t\n2\t210\t卫生健康支出\t1.00\t1.00\t\n3\t21011\t行政事业单位医疗\t1.00\t1.00\t\n"
       "4\t2101101\t行政单位医疗\t1.00\t1.00\t\n5\t201\t一般公共服务支出\t2.00\t2.00\t\n6\t20101\t人大事务\t1.00\t1.00\t\n"
       "7\t2010101\t行政运行\t1.00\t1.00\t\n8\t20103\t政府办公厅（室）及相关机构事务\t1.00\t1.00\t\n"
       "9\t2010301\t行政运行\t1.00\t1.00\t\n"}));
  std::vector<normalize::BudgetTable> tables = {mapped.table};
  normalize::Classification classification(tables, 2024);
  auto resolve = [&](const std::string& about, const std::string& context = "") {
    auto line = classification.resolve(normalize::printed_path(normalize::squeeze(about)),
                                       normalize::printed_path(normalize::squeeze(context)));
    if (!line) return std::string("none");
    std::string out = line->code + " " + line->name;
    for (const auto& mismatch : line->mismatches) out += " | " + mismatch.code + " " + mismatch.printed + "≠" + mismatch.tables;
    return out;
  };
  // Codes printed: the code, and every name checked against it.
  CHECK(resolve("医疗卫生与计划生育支出（210类）行政事业单位医疗（11款）行政单位医疗（01项）") ==
        "2101101 行政单位医疗 | 210 医疗卫生与计划生育支出≠卫生健康支出");
  // Names only: the most specific, narrowed by those above it; the old name
  // of the 类 still found.
  CHECK(resolve("医疗卫生与计划生育支出（类）行政事业单位医疗（款）行政单位医疗（项）") ==
        "2101101 行政单位医疗 | 210 医疗卫生与计划生育支出≠卫生健康支出");
  CHECK(resolve("政府办公厅（室）及相关机构事务（款）行政运行（项）") == "2010301 行政运行");
  CHECK(resolve("人大事务（款）行政运行（项）", "（一）一般公共服务支出（类）") == "2010101 行政运行");
  // 行政运行 under two 款 and none named: no line for sure.
  CHECK(resolve("行政运行（项）") == "none");
  // Names above that fit no line: another line, not printed in the tables.
  CHECK(resolve("一般公共服务支出（类）审计事务（款）行政运行（项）") == "none");
  // A 类 by its name alone; a 项 name alone names none.
  auto named = classification.named_in("社会保障和就业支出", "", false);
  CHECK_FALSE(named.has_value());
  named = classification.named_in("一般公共服务支出", "", false);
  REQUIRE(named.has_value());
  CHECK(named->line.code == "201");
  CHECK_FALSE(classification.named_in("行政运行", "", false).has_value());
}
