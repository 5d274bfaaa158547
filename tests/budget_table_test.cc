#include <doctest/doctest.h>

#include "dump_builder.h"

using namespace budgetpdf;
using budgetpdf::testing::map_single_table;
using budgetpdf::testing::table_dump;

TEST_CASE("a two-sided table gives one line per side that has a name") {
  const char* header = "序号\t收入\t\t支出\t\n\t项 目\t预算数\t项 目\t预算数\n栏次\t1\t2\t3\t4\n";
  auto mapped = map_single_table(table_dump("部门预算收支总表", header,
                                            {"1\t一、一般公共预算 拨款收入\t10533.69\t一、一般公共服务 支出\t859.23\n"
                                             "2\t\t\t二、外交支出\t\n"}));
  auto& lines = mapped.table.lines;
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].side == normalize::Side::income);
  CHECK(lines[0].name == "一、一般公共预算拨款收入");
  CHECK(lines[0].amounts == decltype(lines[0].amounts){{"amount", schema::Decimal::parse("10533.69")}});
  CHECK(lines[1].side == normalize::Side::expenditure);
  CHECK(lines[1].row_no == 1);
  CHECK(lines[2].name == "二、外交支出");
  CHECK_FALSE(lines[2].amounts[0].second.has_value());
  CHECK(mapped.table.unit == "万元");
  CHECK(mapped.table.row_count == 2);
}

TEST_CASE("codes give their level; economic codes are economic") {
  const char* header =
      "序号\t支出部门经济分类科目\t\t一般公共预算基本支出\t\t\n\t科目编码\t科目名称\t合计\t人员经费\t公用经费\n"
      "栏次\t1\t2\t3\t4\t5\n";
  auto mapped = map_single_table(table_dump("部门预算一般公共预算财政拨款基本支出表", header,
                                            {"1\t\t合计\t1.00\t1.00\t\n2\t301\t工资福利支出\t1.00\t1.00\t\n"
                                             "3\t30101\t基本工资\t1.00\t1.00\t\n4\t3010\t坏编码\t\t\t\n"}));
  auto& lines = mapped.table.lines;
  REQUIRE(lines.size() == 4);
  CHECK_FALSE(lines[0].code.has_value());
  CHECK_FALSE(lines[0].level.has_value());
  CHECK(lines[1].level == 1);
  CHECK(lines[1].code_system == normalize::CodeSystem::economic);
  CHECK(lines[2].level == 2);
  CHECK_FALSE(lines[3].level.has_value());
  REQUIRE(mapped.table.problems.size() == 1);
  CHECK(mapped.table.problems[0].rule == "cell.code_shape");
  CHECK(mapped.table.problems[0].text == "3010");
}

TEST_CASE("an amount that does not parse stays null and is reported") {
  auto mapped = map_single_table(
      table_dump("部门预算一般公共预算财政拨款支出表", testing::kGeneralPublicHeader, {"1\t\t合计\t12.3.4\t-\t\n"}));
  REQUIRE(mapped.table.lines.size() == 1);
  CHECK_FALSE(mapped.table.lines[0].amounts[0].second.has_value());
  CHECK_FALSE(mapped.table.lines[0].amounts[1].second.has_value());  // a dash is an empty cell
  REQUIRE(mapped.table.problems.size() == 1);
  CHECK(mapped.table.problems[0].rule == "cell.amount_unparsed");
  CHECK(mapped.table.problems[0].text == "12.3.4");
}

TEST_CASE("a table printed empty keeps its note and has no rows") {
  std::string dump = testing::table_dump("部门预算政府基金预算财政拨款支出表", testing::kGeneralPublicHeader, {""}) +
                     "注：无政府基金预算财政拨款预算，空表列示。\n";
  auto mapped = map_single_table(dump);
  CHECK(mapped.table.row_count == 0);
  CHECK(mapped.table.note == "注：无政府基金预算财政拨款预算，空表列示。");
}
