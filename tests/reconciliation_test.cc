#include <doctest/doctest.h>

#include "dump_builder.h"
#include "normalize/reconciliation.h"
#include "schema/jsonl_writer.h"

using namespace budgetpdf;

namespace {

std::vector<normalize::BudgetTable> map_tables(const std::string& dump) {
  std::vector<normalize::BudgetTable> tables;
  auto printed = extract::read_text_dump(dump);
  for (const auto& segment : normalize::segment_document(printed)) {
    if (const auto* table = std::get_if<normalize::TableSegment>(&segment)) {
      tables.push_back(normalize::map_budget_table(*table, normalize::build_grid(*table)));
    }
  }
  return tables;
}

// The checks of a 一般公共预算财政拨款支出表 printing `rows`.
std::vector<normalize::CheckResult> general_public_checks(const std::string& rows) {
  return normalize::reconcile(
      map_tables(testing::table_dump("部门预算一般公共预算财政拨款支出表", testing::kGeneralPublicHeader, {rows})));
}

const normalize::CheckResult* find(const std::vector<normalize::CheckResult>& checks, std::string_view rule,
                                   std::string_view subject, std::string_view column) {
  for (const auto& check : checks) {
    if (check.rule == rule && check.subject == subject && check.column == column) return &check;
  }
  return nullptr;
}

const char* kRows =
    "1\t\t合计\t12.00\t2.00\t10.00\n"
    "2\t201\t一般公共服务支出\t12.00\t2.00\t10.00\n"
    "3\t20101\t人大事务\t12.00\t2.00\t10.00\n"
    "4\t2010101\t行政运行\t2.00\t2.00\t\n"
    "5\t2010108\t代表工作\t10.00\t\t10.00\n";

}  // namespace

TEST_CASE("hierarchy and row identities hold on consistent tables") {
  auto checks = normalize::reconcile(
      map_tables(testing::table_dump("部门预算一般公共预算财政拨款支出表", testing::kGeneralPublicHeader, {kRows})));
  REQUIRE_FALSE(checks.empty());
  for (const auto& check : checks) {
    CAPTURE(check.rule);
    CAPTURE(check.subject);
    CHECK(check.ok);
  }
  const auto* parent = find(checks, "general_public.parent_equals_children", "20101", "project");
  REQUIRE(parent);
  CHECK(parent->expected->to_string() == "10.00");
  CHECK(find(checks, "general_public.total_equals_classes", "合计", "total"));
  CHECK(find(checks, "general_public.total_equals_basic_plus_project", "2010101", "total"));
}

TEST_CASE("a sum that does not hold fails with both numbers, and the value stays as printed") {
  std::string rows = kRows;
  rows.replace(rows.find("10.00\t\t10.00"), 5, "10.10");  // 代表工作 total now 10.10
  auto tables = map_tables(testing::table_dump("部门预算一般公共预算财政拨款支出表", testing::kGeneralPublicHeader, {rows}));
  auto checks = normalize::reconcile(tables);
  const auto* parent = find(checks, "general_public.parent_equals_children", "20101", "total");
  REQUIRE(parent);
  CHECK_FALSE(parent->ok);
  CHECK(parent->expected->to_string() == "12.10");
  CHECK(parent->actual->to_string() == "12.00");
  const auto* identity = find(checks, "general_public.total_equals_basic_plus_project", "2010108", "total");
  REQUIRE(identity);
  CHECK_FALSE(identity->ok);
  CHECK(tables[0].find_code("2010108")->amounts[0].second->to_string() == "10.10");
}

TEST_CASE("tables agree with each other") {
  const char* basic_header =
      "序号\t支出部门经济分类科目\t\t一般公共预算基本支出\t\t\n\t科目编码\t科目名称\t合计\t人员经费\t公用经费\n"
      "栏次\t1\t2\t3\t4\t5\n";
  std::string dump =
      testing::table_dump("部门预算一般公共预算财政拨款支出表", testing::kGeneralPublicHeader, {kRows}) +
      testing::table_dump("部门预算一般公共预算财政拨款基本支出表", basic_header,
                          {"1\t\t合计\t2.50\t2.00\t0.50\n2\t302\t商品和服务支出\t2.50\t2.00\t0.50\n"
                           "3\t30217\t公务接待费\t0.60\t\t0.60\n4\t30201\t办公费\t1.90\t2.00\t-0.10\n"}) +
      testing::table_dump("部门预算财政拨款“三公”经费支出表",
                          "序号\t项目\t合计\t一般公共预算财政拨款\n栏次\t1\t2\t3\n",
                          {"1\t合计\t0.50\t0.50\n2\t三、公务接待费\t0.50\t0.50\n"});
  auto checks = normalize::reconcile(map_tables(dump));
  const auto* basic = find(checks, "cross.basic_spending_equals_basic_table", "合计", "basic");
  REQUIRE(basic);
  CHECK_FALSE(basic->ok);  // 2.00 in the 支出表, 2.50 in the 基本支出表
  CHECK(basic->expected->to_string() == "2.50");
  const auto* reception = find(checks, "cross.reception_within_three_public", "30217", "total");
  REQUIRE(reception);
  CHECK_FALSE(reception->ok);  // 0.60 spent on reception, 0.50 budgeted as “三公”
}

TEST_CASE("a sum beyond the range of exact amounts fails the check instead of stopping the document") {
  // An 18-digit 项 beside one with cents: in cents the sum has 21 digits.
  std::string rows =
      "1\t\t合计\t1.00\t\t1.00\n"
      "2\t201\t一般公共服务支出\t1.00\t\t1.00\n"
      "3\t20101\t人大事务\t1.00\t\t1.00\n"
      "4\t2010101\t行政运行\t999999999999999999\t\t999999999999999999\n"
      "5\t2010108\t代表工作\t0.50\t\t0.50\n";
  auto checks = general_public_checks(rows);
  const auto* parent = find(checks, "general_public.parent_equals_children", "20101", "total");
  REQUIRE(parent);
  CHECK_FALSE(parent->ok);
  CHECK_FALSE(parent->expected.has_value());
  CHECK(parent->actual->to_string() == "1.00");
  CHECK(parent->detail == "the sum of the parts leaves the range of exact amounts (18 digits)");
  auto record = schema::to_json_line(normalize::to_record(*parent, "d"));
  CHECK(record.find(R"("expected":null,"actual":"1.00","ok":false)") != std::string::npos);
}

TEST_CASE("a line named both 本年合计 and 总计 gives no balance checks and does not stop the document") {
  // Former bug: a continuation page ran a column's cells into one name
  // ("本年收入合计 … 收入总计"); the lines between 本年合计 and 总计 were taken
  // from an empty range reversed, and the vector's size overflowed.
  normalize::BudgetTable table;
  table.kind = normalize::TableKind::fiscal_summary;
  normalize::BudgetLine merged;
  merged.table = table.kind;
  merged.side = normalize::Side::income;
  merged.name = "本年收入合计 上年结余、结转 收入总计";
  merged.amounts = {{"amount", schema::Decimal::parse("5417.80")}};
  table.lines.push_back(merged);
  std::vector<normalize::CheckResult> checks;
  CHECK_NOTHROW(checks = normalize::reconcile({table}));
  for (const auto& check : checks) {
    CAPTURE(check.rule);
    CHECK(check.rule.find("grand_total") == std::string::npos);
    CHECK(check.rule.find("current_equals_items") == std::string::npos);
  }
}

TEST_CASE("of two classifications on a row, code holds the one that tells the rows apart, and a child split over rows sums whole") {
  // 烟台: 部门经济分类 (类 | 款 | name) beside 政府经济分类 (类 | 款 | name); the
  // 政府 codes repeat (501 01 under 301 01 and 301 02), the 部门 ones do not.
  const char* header =
      "部门预算支出经济分类科目编码\t\t部门预算支出经济分类科目名称\t政府预算支出经济分类科目编码\t\t政府预算支出经济分类科目名称\t合计\t人员经费\t公用经费\n"
      "类\t款\t\t类\t款\t\t\t\t\n";
  std::string rows =
      "\t\t合计\t\t\t\t3.00\t3.00\t\n"
      "301\t\t工资福利支出\t501\t\t机关工资福利支出\t3.00\t3.00\t\n"
      "301\t01\t基本工资\t501\t01\t工资奖金津补贴\t1.00\t1.00\t\n"
      "301\t02\t津贴补贴\t501\t01\t工资奖金津补贴\t2.00\t2.00\t\n";
  auto tables = map_tables(testing::table_dump("部门预算一般公共预算财政拨款基本支出表", header, {rows}));
  REQUIRE(tables.size() == 1);
  REQUIRE(tables[0].lines.size() == 4);
  CHECK(tables[0].lines[2].code == "30101");
  CHECK(tables[0].lines[2].name == "基本工资");
  CHECK(tables[0].lines[3].code == "30102");
  auto checks = normalize::reconcile(tables);
  const auto* parent = find(checks, "general_public_basic.parent_equals_children", "301", "total");
  REQUIRE(parent);
  CHECK(parent->ok);

  // 西安: the row's own code repeats too, 基本工资 split over two 政府 codes;
  // 301 is the sum of all its rows, repeats included.
  std::string split =
      "\t\t合计\t\t\t\t6.00\t6.00\t\n"
      "301\t\t工资福利支出\t\t\t\t6.00\t6.00\t\n"
      "301\t01\t基本工资\t501\t01\t工资奖金津补贴\t1.00\t1.00\t\n"
      "301\t01\t基本工资\t505\t01\t工资福利支出\t2.00\t2.00\t\n"
      "301\t02\t津贴补贴\t501\t01\t工资奖金津补贴\t3.00\t3.00\t\n";
  auto split_tables = map_tables(testing::table_dump("部门预算一般公共预算财政拨款基本支出表", header, {split}));
  auto split_checks = normalize::reconcile(split_tables);
  const auto* whole = find(split_checks, "general_public_basic.parent_equals_children", "301", "total");
  REQUIRE(whole);
  CHECK(whole->ok);
  CHECK(whole->expected->to_string() == "6.00");
}

TEST_CASE("a code's children are summed wherever they are printed") {
  // Children are looked up in an index of the coded lines (scanning the
  // table for each parent took quadratic time): one printed before its
  // parent and one after another class both count, a code that only starts
  // like the parent's does not.
  std::string rows =
      "1\t\t合计\t15.50\t\t15.50\n"
      "2\t2010108\t代表工作\t10.00\t\t10.00\n"
      "3\t201\t一般公共服务支出\t12.00\t\t12.00\n"
      "4\t20101\t人大事务\t12.00\t\t12.00\n"
      "5\t202\t外交支出\t3.00\t\t3.00\n"
      "6\t2010101\t行政运行\t2.50\t\t2.50\n"
      "7\t20201\t外交管理事务\t3.00\t\t3.00\n"
      "8\t2020101\t行政运行\t3.00\t\t3.00\n";
  std::vector<std::string> parents;
  for (const auto& check : general_public_checks(rows)) {
    if (check.rule != "general_public.parent_equals_children" || check.column != "total") continue;
    parents.push_back(check.subject + " " + check.expected->to_string() + (check.ok ? " = " : " != ") +
                      check.actual->to_string());
  }
  CHECK(parents == std::vector<std::string>{"201 12.00 = 12.00", "20101 12.50 != 12.00", "202 3.00 = 3.00",
                                            "20201 3.00 = 3.00"});
}
