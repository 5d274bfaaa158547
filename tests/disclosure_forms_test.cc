// Disclosures as the provinces print them, as text dumps carrying their
// real wordings: furniture, titles, codes and numbers in each form, tables of
// no standard kind, the 目录 and a narrative alone.

#include <doctest/doctest.h>

#include "dump_builder.h"
#include "extract/input_error.h"
#include "normalize/convert.h"
#include "normalize/reconciliation.h"
#include "schema/jsonl_writer.h"

using namespace budgetpdf;

namespace {

std::vector<schema::Record> convert_dump(const std::string& dump) {
  return normalize::convert_printed(extract::read_text_dump(dump), "dump.txt", "d");
}

std::vector<std::string> json_lines(const std::vector<schema::Record>& records, std::string_view type) {
  std::vector<std::string> lines;
  for (const auto& record : records) {
    if (record.type().name == type) lines.push_back(schema::to_json_line(record));
  }
  return lines;
}

std::string text_of(const schema::Record& record, std::string_view field) {
  const auto& value = record.get(field);
  return std::holds_alternative<std::string>(value) ? std::get<std::string>(value) : "";
}

// A Shanghai 部门预算: 元 integers with separators, 类 | 款 | 项 code columns,
// "编制部门：" furniture, a header whose first labels the reader left as text.
const char* kShanghaiIncome =
    "2025年部门收入预算总表\n"
    "编制部门：上海市普陀区人民政府万里街道办事处\n"
    "单位：元\n"
    "项目\n"
    "收入预算\n"
    "功能分类科目编码\t\t\t功能分类科目名称\t合计\t财政拨款收入\t事业收入\t事业单位经营收入\t其他收入\n"
    "类\t款\t项\t\t\t\t\t\t\n"
    "212\t\t\t城乡社区支出\t94,995,790\t94,995,790\t0\t0\t0\n"
    "212\t01\t\t城乡社区管理事务\t94,995,790\t94,995,790\t0\t0\t0\n"
    "212\t01\t01\t行政运行\t17,887,739\t17,887,739\t0\t0\t0\n"
    "212\t01\t02\t一般行政管理事务\t17,464,243\t17,464,243\t0\t0\t0\n"
    "212\t01\t04\t城管执法\t6,522,681\t6,522,681\t0\t0\t0\n"
    "212\t01\t99\t其他城乡社区管理事务支出\t53,121,126\t53,121,126\t0\t0\t0\n";

// One field of a JSON line, as printed: "\"rule\":\"summary.total\"".
std::string field(const std::string& json, const char* name) {
  size_t at = json.find(std::string("\"") + name + "\":");
  return json.substr(at, json.find(',', at) - at);
}

}  // namespace

TEST_CASE("a Shanghai table: furniture, 元 integers, code parts, and a sum missing by rounding told apart") {
  auto records = convert_dump(kShanghaiIncome);
  const auto& document = records.front();
  CHECK(text_of(document, "dept_name") == "上海市普陀区人民政府万里街道办事处");
  CHECK(std::get<std::int64_t>(document.get("year")) == 2025);
  CHECK(text_of(document, "unit") == "元");
  auto tables = json_lines(records, "table");
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].find(R"("table":"income","title":"2025年部门收入预算总表","unit":"元")") != std::string::npos);
  auto lines = json_lines(records, "budget_line");
  REQUIRE(lines.size() == 6);
  CHECK(lines[2] ==
        R"({"record":"budget_line","doc_id":"d","table":"income","side":null,"row_no":null,"code":"2120101",)"
        R"("code_system":"function","level":3,"name":"行政运行","amounts":{"total":"17887739",)"
        R"("fiscal_appropriation":"17887739","business":"0","operating":"0","other":"0"},"pages":null,"repairs":[],"texts":[]})");
  // 17,887,739 + 17,464,243 + 6,522,681 + 53,121,126 = 94,995,789: the 款
  // prints 94,995,790, one 元 off over four terms.
  std::string miss;
  for (const auto& check : json_lines(records, "check")) {
    if (check.find(R"("rule":"income.parent_equals_children","table":"income","subject":"21201","column":"total")") !=
        std::string::npos) {
      miss = check;
    }
  }
  CHECK(miss == R"({"record":"check","doc_id":"d","rule":"income.parent_equals_children","table":"income",)"
                R"("subject":"21201","column":"total","expected":"94995789","actual":"94995790","ok":false,)"
                R"("detail":null,"within_rounding":true})");
}

TEST_CASE("within_rounding is half a unit of the printed precision per summed term, no more") {
  normalize::Sum two_terms;
  two_terms.add(schema::Decimal::parse("1.00"), true);
  two_terms.add(schema::Decimal::parse("2.00"), true);
  auto check = [&](const char* printed) {
    return normalize::sum_check("r", "t", "s", "c", two_terms, schema::Decimal::parse(printed), true);
  };
  CHECK(check("3.00")->within_rounding == false);  // it holds
  CHECK(check("3.01")->within_rounding == true);   // 0.01 ≤ 2 × 0.005
  CHECK(check("2.99")->within_rounding == true);
  CHECK(check("3.02")->within_rounding == false);  // 0.02 > 0.01
  CHECK_FALSE(check("3.01")->ok);
  normalize::Sum whole;
  whole.add(schema::Decimal::parse("94995789"), true);
  CHECK(normalize::sum_check("r", "t", "s", "c", whole, schema::Decimal::parse("94995790"), true)->within_rounding ==
        false);  // one term: 1 > 0.5
}

TEST_CASE("code and name in one cell, economic codes by length, 万元 with six decimals") {
  // Beijing: "2010501-行政运行"; its 基本支出 table prints government and
  // department economic codes side by side, a seven-digit one among them.
  const char* beijing =
      "预算06表 一般公共预算基本支出表\n"
      "金额单位：万元\n"
      "政府支出经济分类科目\t部门支出经济分类科目\t预算数\t\t\n"
      "\t\t合计\t人员经费\t公用经费\n"
      "50101-工资奖金津补贴\t30101-基本工资\t3,702.206400\t3,702.206400\t\n"
      "50201-办公经费\t3021101-差旅费\t115.760000\t\t115.760000\n"
      "\t合    计\t3,817.966400\t3,702.206400\t115.760000\n";
  auto mapped = testing::map_single_table(beijing);
  const auto& lines = mapped.table.lines;
  REQUIRE(lines.size() == 3);
  CHECK(mapped.table.kind == normalize::TableKind::general_public_basic);
  CHECK(mapped.table.unit == "万元");
  CHECK(lines[0].code == "30101");
  CHECK(lines[0].name == "基本工资");
  CHECK(lines[0].code_system == normalize::CodeSystem::economic);
  CHECK(lines[0].level == 2);
  CHECK(lines[1].code == "3021101");
  CHECK(lines[1].level == 3);
  CHECK(lines[1].amounts[0].first == "total");
  CHECK(lines[1].amounts[0].second->to_string() == "115.760000");
  CHECK(lines[2].name == "合计");
  CHECK_FALSE(lines[2].code.has_value());
  // The government's economic classification beside the department's: kept
  // as printed among the texts.
  CHECK(lines[0].texts == std::vector<std::string>{"50101-工资奖金津补贴"});
  CHECK(mapped.table.columns[0].role == normalize::ColumnRole::text);
  CHECK(mapped.table.columns[0].key == "政府支出经济分类科目");
  CHECK(mapped.table.problems.empty());
}

TEST_CASE("a table of no known kind is kept: kind other, its rows as budget lines keyed by their labels") {
  std::string dump = std::string(kShanghaiIncome) +
                     "\n十一、一般公共预算机关运行经费支出预算表\n"
                     "部门名称：上海市普陀区人民政府万里街道办事处\n"
                     "单位：万元\n"
                     "科目编码\t科目名称\t机关运行经费\t其中：办公费\n"
                     "302\t商品和服务支出\t12.50\t3.00\n";
  auto records = convert_dump(dump);
  auto tables = json_lines(records, "table");
  REQUIRE(tables.size() == 2);
  CHECK(tables[1] ==
        R"({"record":"table","doc_id":"d","table":"other","title":"十一、一般公共预算机关运行经费支出预算表",)"
        R"("unit":"万元","columns":[{"key":"code","label":"科目编码"},{"key":"name","label":"科目名称"},)"
        R"({"key":"机关运行经费","label":"机关运行经费"},{"key":"办公费","label":"其中：办公费"}],)"
        R"("row_count":1,"note":null,"pages":null})");
  auto lines = json_lines(records, "budget_line");
  CHECK(lines.back() ==
        R"({"record":"budget_line","doc_id":"d","table":"other","side":null,"row_no":null,"code":"302",)"
        R"("code_system":"function","level":1,"name":"商品和服务支出","amounts":{"机关运行经费":"12.50",)"
        R"("办公费":"3.00"},"pages":null,"repairs":[],"texts":[]})");
}

TEST_CASE("the 目录 is read: each table it lists is looked for") {
  std::string dump = std::string("上海市普陀区2025年区级部门预算\n\n目 录\n\n") +
                     "一、部门主要职能 ……………………………………\n"
                     "五、部门预算表 ……………………………………\n"
                     "  2. 2025年部门收入预算总表 ……………………………………\n"
                     "  3. 2025年部门支出预算总表 ……………………………………\n"
                     "六、其他相关情况说明 ……………………………………\n\n" +
                     kShanghaiIncome;
  auto records = convert_dump(dump);
  std::vector<std::string> found;
  for (const auto& check : json_lines(records, "check")) {
    if (check.find("document.contents_table_found") != std::string::npos) found.push_back(check);
  }
  REQUIRE(found.size() == 2);
  CHECK(found[0] == R"({"record":"check","doc_id":"d","rule":"document.contents_table_found","table":"income",)"
                    R"("subject":"2. 2025年部门收入预算总表","column":null,"expected":null,"actual":null,"ok":true,)"
                    R"("detail":null,"within_rounding":null})");
  CHECK(found[1] == R"({"record":"check","doc_id":"d","rule":"document.contents_table_found","table":"expenditure",)"
                    R"("subject":"3. 2025年部门支出预算总表","column":null,"expected":null,"actual":null,"ok":false,)"
                    R"("detail":"the 目录 lists 《3. 2025年部门支出预算总表》 but no such table was found",)"
                    R"("within_rounding":null})");
  // Its entries are no narrative.
  for (const auto& section : json_lines(records, "section")) CHECK(section.find("部门主要职能") == std::string::npos);
}

TEST_CASE("a narrative published apart from its tables gives its document and sections") {
  std::string narrative =
      "江苏省政协办公厅 2017 年度部门预算\n\n"
      "目 录\n\n第一部分 部门概况\n第二部分 江苏省政协办公厅 2017 年度部门预算表\n\n"
      "第一部分 部门概况\n\n一、主要职能\n\n省政协是我省最广泛的爱国统一战线组织，主要职能是政治协商、民主监督、参政议政。\n";
  auto records = convert_dump(narrative);
  REQUIRE_FALSE(records.empty());
  CHECK(text_of(records.front(), "dept_name") == "江苏省政协办公厅");
  CHECK(std::get<std::int64_t>(records.front().get("year")) == 2017);
  CHECK(json_lines(records, "table").empty());
  auto sections = json_lines(records, "section");
  REQUIRE_FALSE(sections.empty());
  CHECK(sections.back().find("省政协是我省最广泛的爱国统一战线组织") != std::string::npos);
  CHECK(json_lines(records, "check").empty());  // its 目录 lists tables printed in another file

  // A notice with a table of its own is no disclosure.
  std::string notice =
      "关于印发建筑垃圾污染环境防治工作规划的通知\n\n经市人民政府同意，现将规划印发给你们。\n\n"
      "表 2 各旗县区建筑垃圾产生量汇总表\n旗县区名称\t产生量\n昆都仑区\t120.5\n";
  CHECK_THROWS_AS(convert_dump(notice), extract::InputError);
}

TEST_CASE("the year of the cover wins over a year in the running text, the department of the furniture over the cover") {
  std::string dump = std::string("国家信访局 2026 年度部门预算\n\n") +
                     "一、部门职责\n\n落实专项规划（2023年—2035年），做好信访工作。\n\n" +
                     "部门收支总表\n部门：\n国家信访局\n单位：万元\n"
                     "收入\t\t支出\t\n项目\t预算数\t项目\t预算数\n"
                     "一、一般公共预算拨款收入\t16,474.82\t一、一般公共服务支出\t16,474.82\n";
  auto records = convert_dump(dump);
  CHECK(std::get<std::int64_t>(records.front().get("year")) == 2026);
  CHECK(text_of(records.front(), "dept_name") == "国家信访局");
}

TEST_CASE("without furniture or cover, a 部门名称 cell names the department") {
  // Beijing's tables print no department above them; the 部门整体支出绩效目标表
  // does, in a cell.
  std::string dump = std::string("预算01表 收支总表\n金额单位：万元\n") +
                     "收入\t\t支出\t\n项目\t预算数\t项目\t预算数\n"
                     "一、一般公共预算拨款收入\t50,665.496773\t一、一般公共服务支出\t50,665.496773\n\n"
                     "部门名称\t北京市统计局\n";
  auto records = convert_dump(dump);
  CHECK(text_of(records.front(), "dept_name") == "北京市统计局");
  CHECK(text_of(records.front(), "unit") == "万元");
}

TEST_CASE("a narrative whose 目录 alone names the disclosure, and a year over a column") {
  // Jiangsu's text PDF: its cover is an image; the 目录 says what it is.
  std::string narrative =
      "目 录\n第一部分 部门概况\n一、主要职能\n第二部分 2019 年度部门预算表\n第三部分 2019 年度部门预算情况说明\n\n"
      "一、主要职能\n\n省政协是我省最广泛的爱国统一战线组织。2019 年，省政协围绕中心工作履职。\n";
  auto records = convert_dump(narrative);
  CHECK(std::get<std::int64_t>(records.front().get("year")) == 2019);
  CHECK_FALSE(json_lines(records, "section").empty());
  // Shenzhen: one page of a table, its year printed only over a column.
  std::string page = std::string("财政拨款收支总表\n部门名称：深圳市统计局（本级）\n单位：万元\n") +
                     "收入\t\t支出\t\n项目\t2026 年预算数\t项目\t2026 年预算数\n"
                     "本年收入合计\t5,417.80\t本年支出合计\t5,417.80\n";
  auto table = convert_dump(page);
  CHECK(std::get<std::int64_t>(table.front().get("year")) == 2026);
  auto lines = json_lines(table, "budget_line");
  REQUIRE(lines.size() == 2);
  CHECK(lines[1].find(R"("amounts":{"total":"5417.80"})") != std::string::npos);
}

TEST_CASE("a two-sided table without 本年合计: 总计 sums the items numbered 一、二、, each sums those under it") {
  std::string dump = std::string("2025年部门财务收支预算总表\n编制部门：上海市普陀区财政局\n单位：元\n") +
                     "本年收入\t\t本年支出\t\n项目\t预算数\t项目\t预算数\n"
                     "一、财政拨款收入\t31,214,205.80\t一、一般公共服务支出\t22,186,440.80\n"
                     "1. 一般公共预算资金\t31,214,205.80\t二、社会保障和就业支出\t9,027,765.00\n"
                     "2. 政府性基金\t\t\t\n"
                     "二、事业收入\t\t\t\n"
                     "收入总计\t31,214,205.80\t支出总计\t31,214,205.80\n";
  std::vector<std::string> outcomes;
  for (const auto& check : json_lines(convert_dump(dump), "check")) {
    if (check.find(R"("table":"summary")") == std::string::npos) continue;
    outcomes.push_back(field(check, "rule") + " " + field(check, "subject") + " " + field(check, "ok"));
  }
  CHECK(outcomes == std::vector<std::string>{
                        R"("rule":"summary.item_equals_sub_items" "subject":"一、财政拨款收入" "ok":true)",
                        R"("rule":"summary.grand_total_equals_items" "subject":"收入总计" "ok":true)",
                        R"("rule":"summary.grand_total_equals_items" "subject":"支出总计" "ok":true)",
                        R"("rule":"summary.income_equals_expenditure" "subject":"总计" "ok":true)",
                    });
}

TEST_CASE("一、本年支出合计 printed first, its classes under it, then 二、: 总计 sums the numbered lines") {
  // 杭州 财政拨款收支预算总表: the expenditure side heads with its total.
  std::string dump = std::string("2026年市级部门财政拨款收支预算总表\n部门名称：杭州市司法局\n单位：万元\n") +
                     "收入\t\t支出\t\n项目\t预算数\t项目\t预算数\n"
                     "一、财政拨款\t10.00\t一、本年支出合计\t10.00\n"
                     "一般公共预算\t10.00\t一般公共服务支出\t4.00\n"
                     "\t\t其他一般公共服务支出\t4.00\n"
                     "\t\t公共安全支出\t6.00\n"
                     "\t\t司法\t6.00\n"
                     "\t\t二、年终结转结余\t\n"
                     "收入总计\t10.00\t支出总计\t10.00\n";
  std::vector<std::string> failed;
  for (const auto& check : json_lines(convert_dump(dump), "check")) {
    if (check.find(R"("ok":false)") != std::string::npos) failed.push_back(check);
  }
  CHECK(failed.empty());
  bool grand = false;
  for (const auto& check : json_lines(convert_dump(dump), "check")) {
    grand = grand || check.find(R"("rule":"fiscal_summary.grand_total_equals_current_plus_carryover","table":"fiscal_summary","subject":"支出总计","column":"total","expected":"10.00")") != std::string::npos;
  }
  CHECK(grand);
}

TEST_CASE("a column of words among the amounts is text: its cells go to texts, never to amounts") {
  // Jiangsu's 政府采购支出预算表: what is bought and how, beside the amounts.
  std::string dump = std::string("十二、政府采购支出预算表\n部门名称：江苏省高级人民法院\n单位：万元\n") +
                     "采购项目\t采购物品名称\t采购组织形式\t合计\n"
                     "合计\t\t\t22.00\n"
                     "办公设备\t台式计算机（20万以下）\t分散自行组织\t22.00\n";
  auto records = convert_dump(dump);
  auto tables = json_lines(records, "table");
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].find(R"("columns":[{"key":"name","label":"采购项目"},{"key":"item_name","label":"采购物品名称"},)"
                       R"({"key":"采购组织形式","label":"采购组织形式"},{"key":"total","label":"合计"}])") !=
        std::string::npos);
  auto lines = json_lines(records, "budget_line");
  REQUIRE(lines.size() == 2);
  CHECK(lines[1] == R"({"record":"budget_line","doc_id":"d","table":"procurement","side":null,"row_no":null,"code":null,)"
                    R"("code_system":null,"level":null,"name":"办公设备","amounts":{"total":"22.00"},"pages":null,)"
                    R"("repairs":[],"texts":["台式计算机（20万以下）","分散自行组织"]})");
  for (const auto& check : json_lines(records, "check")) CHECK(check.find("cell.amount_unparsed") == std::string::npos);
}

TEST_CASE("tables in different units are compared in one: 25.40 万元 is 254000 元") {
  auto in = [](const char* value, const char* from, const char* to) {
    return normalize::in_unit(*schema::Decimal::parse(value), std::string(from), std::string(to))->to_string();
  };
  CHECK(in("25.40", "万元", "元") == "254000");
  CHECK(in("191000", "元", "万元") == "19.1000");
  CHECK(in("-0.05", "万元", "元") == "-500");
  CHECK(in("7.5", "千元", "万元") == "0.75");
  CHECK(in("3", "元", "元") == "3");
  CHECK(normalize::in_unit(*schema::Decimal::parse("3"), std::nullopt, std::string("元"))->to_string() == "3");
  // Shanghai: the 基本支出 table in 元, the 三公 table in 万元.
  std::string dump = std::string("2025年部门一般公共预算基本支出部门预算经济分类预算表\n单位：元\n") +
                     "科目编码\t科目名称\t合计\n302\t商品和服务支出\t191000\n30217\t公务接待费\t191000\n\n" +
                     "2025年部门“三公”经费和机关运行经费预算表\n单位：万元\n" +
                     "合计\t因公出国(境)费\t公务接待费\n25.40\t0.00\t25.40\n";
  std::string reception;
  for (const auto& check : json_lines(convert_dump(dump), "check")) {
    if (check.find("cross.reception_within_three_public") != std::string::npos) reception = check;
  }
  CHECK(reception == R"({"record":"check","doc_id":"d","rule":"cross.reception_within_three_public",)"
                     R"("table":"general_public_basic","subject":"30217","column":"total","expected":"254000",)"
                     R"("actual":"191000","ok":true,"detail":null,"within_rounding":null})");
}

TEST_CASE("furniture printed inside a ruled grid's top box is furniture, not its header") {
  std::string dump = std::string("一、收支总表\n") +
                     "预算单位：长春市信访局\t\t\t单位：万元\n"
                     "收入\t\t支出\t\n项目\t预算数\t项目\t预算数\n"
                     "一、一般公共预算拨款收入\t1,682.76\t一、一般公共服务支出\t1,682.76\n";
  auto records = convert_dump(dump);
  CHECK(text_of(records.front(), "dept_name") == "长春市信访局");
  auto tables = json_lines(records, "table");
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].find(R"("unit":"万元","columns":[{"key":"name","label":"收入/项目"},{"key":"amount","label":"收入/预算数"},)")
        != std::string::npos);
}

TEST_CASE("a grid no title names is a budget table when its header names codes and names") {
  std::string dump = std::string("部门支出预算功能分类明细\n") +
                     "科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
                     "204\t公共安全支出\t30.00\t10.00\t20.00\n"
                     "20406\t司法\t30.00\t10.00\t20.00\n";
  auto records = convert_dump(dump);
  auto tables = json_lines(records, "table");
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].find(R"("table":"other","title":"部门支出预算功能分类明细")") != std::string::npos);
  auto lines = json_lines(records, "budget_line");
  REQUIRE(lines.size() == 2);
  CHECK(lines[1].find(R"("code":"20406","code_system":"function","level":2,"name":"司法",)"
                      R"("amounts":{"total":"30.00","basic":"10.00","project":"20.00"})") != std::string::npos);
  // Without codes such a grid is no budget table: the notice is no disclosure.
  CHECK_THROWS_AS(convert_dump("统计数据\n地区\t数量\n昆都仑区\t120.5\n"), extract::InputError);
}

TEST_CASE("a title wrapped the same way on every page of its table is its title, not a running header") {
  extract::PrintedDocument doc;
  doc.page_count = 3;
  auto text = [&](int page, std::string line) {
    extract::PrintedLine printed;
    printed.page = printed.last_page = page;
    printed.cells.push_back({{std::move(line)}, 0});
    doc.lines.push_back(std::move(printed));
  };
  auto row = [&](int page, std::vector<std::string> cells, bool header) {
    extract::PrintedLine printed;
    printed.kind = extract::LineKind::row;
    printed.page = printed.last_page = page;
    printed.header = header;
    for (auto& cell : cells) printed.cells.push_back({{std::move(cell)}, 0});
    doc.lines.push_back(std::move(printed));
  };
  const char* codes[] = {"201", "20101", "2010101"};
  for (int page = 1; page <= 3; ++page) {
    text(page, "部门预算一般公共预算财政拨款支");
    text(page, "出表");
    text(page, "单位：元");
    row(page, {"科目编码", "科目名称", "合计"}, true);
    row(page, {codes[page - 1], "事务", "5.00"}, false);
  }
  auto records = normalize::convert_printed(doc, "wrapped.pdf", "d");
  auto tables = json_lines(records, "table");
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].find(R"("table":"general_public","title":"部门预算一般公共预算财政拨款支出表")") != std::string::npos);
  CHECK(json_lines(records, "budget_line").size() == 3);
}

TEST_CASE("a side printing several lists gives a line per list, each summed in its own numbering") {
  // 西安: 支出 by 功能分类 and by 部门经济分类 side by side; "1、" over "(1)".
  std::string dump = std::string("部门综合预算收支总表\n单位：元\n") +
                     "收入\t\t支出\t\t\t\n"
                     "项目\t预算数\t支出功能分类科目（按大类）\t预算数\t部门预算支出经济分类科目（按大类）\t预算数\n"
                     "一、部门预算\t30.00\t一、部门预算\t30.00\t一、部门预算\t30.00\n"
                     "1、财政拨款\t30.00\t1、一般公共服务支出\t20.00\t1、人员经费和公用经费支出\t25.00\n"
                     "\t\t2、教育支出\t10.00\t(1)工资福利支出\t25.00\n"
                     "\t\t\t\t2、专项业务经费支出\t5.00\n"
                     "本年收入合计\t30.00\t本年支出合计\t30.00\t本年支出合计\t30.00\n"
                     "收入总计\t30.00\t支出总计\t30.00\t支出总计\t30.00\n";
  auto records = convert_dump(dump);
  size_t expenditure_lines = 0;
  for (const auto& line : json_lines(records, "budget_line")) {
    if (line.find(R"("side":"expenditure")") != std::string::npos) ++expenditure_lines;
  }
  CHECK(expenditure_lines == 11);  // the 功能分类 list has no line on the fourth row
  size_t sums = 0;
  for (const auto& check : json_lines(records, "check")) {
    CAPTURE(check);
    CHECK(check.find(R"("ok":true)") != std::string::npos);
    if (check.find("summary.item_equals_sub_items") != std::string::npos) ++sums;
  }
  CHECK(sums == 3);  // 一、部门预算 on each list
}

TEST_CASE("a side listing 类, 款 and 项 by name alone sums its 类") {
  // 杭州: no code, no numbering; the national 类 names tell the top level.
  std::string dump = std::string("表1：2026年市级部门收支预算总表\n单位：万元\n") +
                     "收入\t\t支出\t\n项目\t预算数\t项目\t预算数\n"
                     "一般公共预算\t30.00\t一般公共服务支出\t10.00\n"
                     "\t\t其他一般公共服务支出\t10.00\n"
                     "\t\t公共安全支出\t20.00\n"
                     "\t\t司法\t20.00\n"
                     "\t\t行政运行\t20.00\n"
                     "本年收入合计\t30.00\t本年支出合计\t30.00\n"
                     "收入总计\t30.00\t支出总计\t30.00\n";
  std::string current;
  for (const auto& check : json_lines(convert_dump(dump), "check")) {
    if (check.find(R"("subject":"本年支出合计")") != std::string::npos) current = check;
  }
  CHECK(current.find(R"("rule":"summary.current_equals_items")") != std::string::npos);
  CHECK(current.find(R"("expected":"30.00","actual":"30.00","ok":true)") != std::string::npos);
}

TEST_CASE("a 款 printed as one digit is two: a spreadsheet stored 02 as the number 2") {
  std::string dump = std::string("2024年部门一般公共预算基本支出预算表\n编制部门：上海市普陀区人民政府万里街道办事处\n单位：元\n") +
                     "部门经济分类科目编码\t\t部门经济分类科目名称\t合计\t人员经费\t公用经费\n"
                     "类\t款\t\t\t\t\n"
                     "301\t\t工资福利支出\t3\t3\t0\n"
                     "301\t01\t基本工资\t1\t1\t0\n"
                     "301\t2\t津贴补贴\t2\t2\t0\n";
  auto lines = json_lines(convert_dump(dump), "budget_line");
  REQUIRE(lines.size() == 3);
  CHECK(lines[2].find(R"("code":"30102","code_system":"economic","level":2,"name":"津贴补贴")") != std::string::npos);
}

TEST_CASE("一、本年支出 over a list numbered 一、二、 again, then 二、: the list starting again is nested") {
  // 长春 财政拨款收支总表: the classes under 一、本年支出 are numbered from 一 anew.
  std::string dump = std::string("财政拨款收支总表\n预算单位：长春市信访局\n单位：万元\n") +
                     "收入\t\t支出\t\n项目\t本年预算\t项目\t本年预算\n"
                     "一、本年收入\t10.00\t一、本年支出\t10.00\n"
                     "一般公共预算拨款\t10.00\t一、一般公共服务支出\t6.00\n"
                     "\t\t二、社会保障和就业支出\t4.00\n"
                     "\t\t二、结转下年支出\t\n"
                     "收入总计\t10.00\t支出总计\t10.00\n";
  std::vector<std::string> grand;
  for (const auto& check : json_lines(convert_dump(dump), "check")) {
    if (check.find("grand_total_equals_items") == std::string::npos) continue;
    grand.push_back(field(check, "subject") + " " + field(check, "expected") + " " + field(check, "ok"));
  }
  CHECK(grand == std::vector<std::string>{R"("subject":"收入总计" "expected":"10.00" "ok":true)",
                                          R"("subject":"支出总计" "expected":"10.00" "ok":true)"});
}
