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

TEST_CASE("codes give their level: economic codes are economic") {
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
  CHECK(mapped.table.problems[0].code == "cell.code_shape");
  CHECK(mapped.table.problems[0].subject == "3010");
  CHECK(mapped.table.problems[0].detail == "printed as \"3010\"");
}

TEST_CASE("an amount that does not parse stays null and is reported") {
  auto mapped = map_single_table(
      table_dump("部门预算一般公共预算财政拨款支出表", testing::kGeneralPublicHeader, {"1\t\t合计\t12.3.4\t-\t\n"}));
  REQUIRE(mapped.table.lines.size() == 1);
  CHECK_FALSE(mapped.table.lines[0].amounts[0].second.has_value());
  CHECK_FALSE(mapped.table.lines[0].amounts[1].second.has_value());  // a dash is an empty cell
  REQUIRE(mapped.table.problems.size() == 1);
  CHECK(mapped.table.problems[0].code == "cell.amount_unparsed");
  CHECK(mapped.table.problems[0].subject == "合计");
  CHECK(mapped.table.problems[0].column == "total");
  CHECK(mapped.table.problems[0].detail == "printed as \"12.3.4\"");
}

TEST_CASE("a table printed empty keeps its note and has no rows") {
  std::string dump = testing::table_dump("部门预算政府基金预算财政拨款支出表", testing::kGeneralPublicHeader, {""}) +
                     "注：无政府基金预算财政拨款预算，空表列示。\n";
  auto mapped = map_single_table(dump);
  CHECK(mapped.table.row_count == 0);
  CHECK(mapped.table.note == "注：无政府基金预算财政拨款预算，空表列示。");
}

TEST_CASE("a code printed as 类 | 款 | 项 columns is one code: parts left empty come from the row above") {
  const char* header =
      "序号\t科目编码\t\t\t科目名称\t合计\t基本支出\t项目支出\n\t类\t款\t项\t\t\t\t\n栏次\t1\t2\t3\t4\t5\t6\t7\n";
  auto mapped = map_single_table(table_dump("部门预算一般公共预算财政拨款支出表", header,
                                            {"1\t\t\t\t合计\t3.00\t2.00\t1.00\n"
                                             "2\t201\t\t\t一般公共服务支出\t3.00\t2.00\t1.00\n"
                                             "3\t\t32\t\t组织事务\t3.00\t2.00\t1.00\n"
                                             "4\t\t\t01\t行政运行\t2.00\t2.00\t\n"
                                             "5\t201\t32\t99\t其他组织事务支出\t1.00\t\t1.00\n"
                                             "6\t\t\t02\t一般行政管理事务\t\t\t\n"}));
  auto& lines = mapped.table.lines;
  REQUIRE(lines.size() == 6);
  CHECK_FALSE(lines[0].code.has_value());
  CHECK(lines[1].code == "201");
  CHECK(lines[1].level == 1);
  CHECK(lines[2].code == "20132");
  CHECK(lines[2].level == 2);
  CHECK(lines[3].code == "2013201");
  CHECK(lines[3].level == 3);
  CHECK(lines[4].code == "2013299");
  CHECK(lines[5].code == "2013202");
  CHECK(lines[3].name == "行政运行");
  CHECK(lines[3].amounts == decltype(lines[3].amounts){{"total", schema::Decimal::parse("2.00")},
                                                        {"basic", schema::Decimal::parse("2.00")},
                                                        {"project", std::nullopt}});
  CHECK(mapped.table.problems.empty());
  REQUIRE(mapped.table.columns.size() == 8);
  CHECK(mapped.table.columns[1].key == "code_class");
  CHECK(mapped.table.columns[3].key == "code_item");
}

TEST_CASE("beside a code column, the 科目名称 column is the name, however its label names the classification") {
  // 长春: "科目编码 | 支出经济分类科目名称"; elsewhere "科目编码 | 功能分类科目".
  for (const char* name_label : {"支出经济分类科目名称", "功能分类科目"}) {
    CAPTURE(name_label);
    std::string header = std::string("科目编码\t") + name_label + "\t合计\t人员经费\t公用经费\n";
    auto mapped = map_single_table(table_dump("部门预算一般公共预算财政拨款基本支出表", header.c_str(),
                                              {"\t合计\t1.00\t1.00\t\n301\t工资福利支出\t1.00\t1.00\t\n"
                                               "30101\t基本工资\t1.00\t1.00\t\n"}));
    auto& lines = mapped.table.lines;
    REQUIRE(lines.size() == 3);
    CHECK(lines[1].code == "301");
    CHECK(lines[1].name == "工资福利支出");
    CHECK(lines[2].code == "30101");
    CHECK(lines[2].name == "基本工资");
    CHECK(lines[2].level == 2);
  }
}

TEST_CASE("a name label over two columns names the row in the second, its 小计 in the first") {
  // 江苏: "项目名称" over a category and its items, "小计" the category's own row.
  auto mapped = map_single_table(table_dump("收入预算总表", "项目名称\t\t金额\n",
                                            {"收入总计\t\t9,146.79\n一般公共预算资金\t小计\t9,066.79\n"
                                             "\t公共财政拨款(补助)资金\t9,066.79\n\t专项收入\t\n"
                                             "其他资金\t小计\t80.00\n\t其他收入\t80.00\n"}));
  CHECK(mapped.table.kind == normalize::TableKind::income);
  std::vector<std::string> names;
  for (const auto& line : mapped.table.lines) {
    names.push_back(line.name);
    CHECK(line.texts.empty());
  }
  CHECK(names == std::vector<std::string>{"收入总计", "一般公共预算资金", "公共财政拨款(补助)资金", "专项收入", "其他资金",
                                          "其他收入"});
  // The rules cut one more column, empty in every row, between the two.
  auto cut = map_single_table(table_dump("收入预算总表", "项目名称\t\t\t金额\n",
                                         {"一般公共预算资金\t\t小计\t9,066.79\n\t\t公共财政拨款(补助)资金\t9,066.79\n"}));
  REQUIRE(cut.table.lines.size() == 2);
  CHECK(cut.table.lines[0].name == "一般公共预算资金");
  CHECK(cut.table.lines[1].name == "公共财政拨款(补助)资金");
}

TEST_CASE("a table printed in halves gives no line for a half that prints nothing") {
  // 决算 基本支出 tables: 人员经费 left, 公用经费 right, the right half longer.
  auto mapped = map_single_table(table_dump("一般公共预算财政拨款基本支出决算表",
                                            "科目编码\t科目名称\t决算数\t科目编码\t科目名称\t决算数\n",
                                            {"301\t工资福利支出\t1.00\t302\t商品和服务支出\t3.00\n"
                                             "30101\t基本工资\t1.00\t30201\t办公费\t1.00\n"
                                             "\t\t\t30202\t印刷费\t2.00\n"}));
  std::vector<std::string> codes;
  for (const auto& line : mapped.table.lines) codes.push_back(line.code.value_or("-"));
  CHECK(codes == std::vector<std::string>{"301", "302", "30101", "30201", "30202"});
}

TEST_CASE("a unit's code (单位编码) is kept with no classification, and its length is no error") {
  auto mapped = map_single_table(table_dump("收入总表", "单位编码\t单位名称\t合计\n",
                                            {"\t合计\t3.00\n123\t某市交通运输局\t3.00\n123001\t某市交通运输局本级\t2.00\n"
                                             "123002\t某市公路事业发展中心\t1.00\n"}));
  auto& lines = mapped.table.lines;
  REQUIRE(lines.size() == 4);
  CHECK(lines[1].code == "123");
  CHECK(lines[2].code == "123001");
  CHECK(lines[2].code_system == normalize::CodeSystem::none);
  CHECK_FALSE(lines[2].level.has_value());
  CHECK(mapped.table.problems.empty());
}

TEST_CASE("类, 款 and 项 printed in the first row beside its 合计 label the code columns") {
  // 上海's 决算: 科目编码 over three columns whose labels share the 合计 row.
  auto mapped = map_single_table(table_dump("收入决算表", "科目编码\t\t\t科目名称\t本年收入合计\n",
                                            {"类\t款\t项\t合计\t10.00\n201\t\t\t一般公共服务支出\t10.00\n"
                                             "201\t06\t\t财政事务\t10.00\n201\t06\t01\t行政运行\t10.00\n"}));
  auto& lines = mapped.table.lines;
  REQUIRE(lines.size() == 4);
  CHECK(lines[0].name == "合计");
  CHECK_FALSE(lines[0].code.has_value());
  CHECK(lines[3].code == "2010601");
  CHECK(lines[3].level == 3);
  CHECK(mapped.table.columns[0].key == "code_class");
  CHECK(mapped.table.columns[2].key == "code_item");
  CHECK(mapped.table.problems.empty());
}

TEST_CASE("a label printed in the code columns (合计, 无) names the row and is no code") {
  auto coded = map_single_table(table_dump("部门预算一般公共预算财政拨款基本支出表", "科目编码\t科目名称\t合计\n",
                                           {"合计\t\t1.00\n301\t工资福利支出\t1.00\n"}));
  REQUIRE(coded.table.lines.size() == 2);
  CHECK(coded.table.lines[0].name == "合计");
  CHECK_FALSE(coded.table.lines[0].code.has_value());
  CHECK(coded.table.problems.empty());
  auto parts = map_single_table(table_dump("政府性基金预算支出功能分类预算表", "类\t款\t项\t科目名称\t合计\n",
                                           {"无\t\t\t\t\n"}));
  REQUIRE(parts.table.lines.size() == 1);
  CHECK(parts.table.lines[0].name == "无");
  CHECK_FALSE(parts.table.lines[0].code.has_value());
  CHECK(parts.table.problems.empty());
}
