#include <doctest/doctest.h>

#include <fmt/format.h>

#include <algorithm>

#include "dump_builder.h"
#include "normalize/text_join.h"

using namespace budgetpdf;
using budgetpdf::testing::kGeneralPublicHeader;
using budgetpdf::testing::map_single_table;
using budgetpdf::testing::table_dump;

namespace {
const char* kTitle = "部门预算一般公共预算财政拨款支出表";

std::string amount(const normalize::BudgetLine& line, const char* key) {
  for (const auto& [k, v] : line.amounts) {
    if (k == key) return v ? v->to_string() : "null";
  }
  return "missing";
}

bool has_repair(const normalize::BudgetLine& line, std::string_view repair) {
  return std::find(line.repairs.begin(), line.repairs.end(), repair) != line.repairs.end();
}
}  // namespace

TEST_CASE("header paths follow merged cells and the 栏次 row ends the header") {
  auto mapped = map_single_table(table_dump(kTitle, kGeneralPublicHeader, {"1\t\t合计\t1.00\t\t1.00\n"}));
  REQUIRE(mapped.grid.column_paths.size() == 6);
  CHECK(mapped.grid.has_column_numbers);
  CHECK(mapped.grid.column_paths[1] == std::vector<std::string>{"功能分类科目", "科目编码"});
  CHECK(mapped.grid.column_paths[2] == std::vector<std::string>{"功能分类科目", "科目名称"});
  CHECK(mapped.grid.column_paths[3] == std::vector<std::string>{"合计"});
  CHECK(mapped.table.lines.size() == 1);
}

TEST_CASE("the header repeated on every page is dropped, also when misprinted as 档次") {
  std::string repeated_with_typo = kGeneralPublicHeader;
  repeated_with_typo.replace(repeated_with_typo.find("栏次"), std::string("栏次").size(), "档次");
  std::string dump = std::string(kTitle) + "\n\n" + testing::furniture() + kGeneralPublicHeader +
                     "1\t\t合计\t3.00\t\t3.00\n2\t201\t一般公共服务支出\t3.00\t\t3.00\n\n" + testing::furniture() +
                     repeated_with_typo + "3\t20101\t人大事务\t3.00\t\t3.00\n";
  auto mapped = map_single_table(dump);
  REQUIRE(mapped.table.lines.size() == 3);
  CHECK(mapped.table.lines[2].code == "20101");
  CHECK(mapped.table.row_count == 3);
}

TEST_CASE("a number split in three pieces is one amount") {
  auto mapped = map_single_table(table_dump(kTitle, kGeneralPublicHeader, {"1\t\t合计\t10 54 4.51\t\t1 05 44.51\n"}));
  REQUIRE(mapped.table.lines.size() == 1);
  CHECK(amount(mapped.table.lines[0], "total") == "10544.51");
  CHECK(amount(mapped.table.lines[0], "project") == "10544.51");
  CHECK(has_repair(mapped.table.lines[0], normalize::kSplitTokenJoined));
}

TEST_CASE("a row broken across two page breaks is joined back") {
  auto mapped = map_single_table(table_dump(
      kTitle, kGeneralPublicHeader,
      {"1\t\t合计\t1855.82\t\t1855.82\n2\t2101202\t财政对城乡居民\t1855.\t\t1855\n",
       "\t\t基本医疗保险\t82\t\t.8\n", "\t\t基金的补助\t\t\t2\n3\t2101203\t下一行\t\t\t\n"}));
  REQUIRE(mapped.table.lines.size() == 3);
  const auto& line = mapped.table.lines[1];
  CHECK(line.name == "财政对城乡居民基本医疗保险基金的补助");
  CHECK(amount(line, "total") == "1855.82");
  CHECK(amount(line, "project") == "1855.82");
  CHECK(has_repair(line, normalize::kPageBreakRowJoined));
  CHECK(mapped.table.lines[2].code == "2101203");
}

TEST_CASE("a code split at every position, inside a cell and over a page break") {
  const std::string code = "2080199";
  for (size_t cut = 1; cut < code.size(); ++cut) {
    std::string head = code.substr(0, cut), tail = code.substr(cut);
    CAPTURE(cut);
    auto in_cell = map_single_table(table_dump(
        kTitle, kGeneralPublicHeader, {fmt::format("1\t{} {}\t其他人力资源和社会保障管理事务支出\t6.00\t\t6.00\n", head, tail)}));
    REQUIRE(in_cell.table.lines.size() == 1);
    CHECK(in_cell.table.lines[0].code == code);
    CHECK(in_cell.table.lines[0].level == 3);

    auto over_break = map_single_table(table_dump(
        kTitle, kGeneralPublicHeader,
        {fmt::format("1\t{}\t其他人力资源\t6.00\t\t6.00\n", head), fmt::format("\t{}\t和社会保障管理事务支出\t\t\t\n", tail)}));
    REQUIRE(over_break.table.lines.size() == 1);
    CHECK(over_break.table.lines[0].code == code);
    CHECK(over_break.table.lines[0].name == "其他人力资源和社会保障管理事务支出");
  }
}

TEST_CASE("a row after a page break that has its own 序号 is not a continuation") {
  auto mapped = map_single_table(
      table_dump(kTitle, kGeneralPublicHeader, {"1\t201\t一般公共服务支出\t1.00\t\t1.00\n", "2\t203\t国防支出\t2.00\t\t2.00\n"}));
  REQUIRE(mapped.table.lines.size() == 2);
  CHECK(mapped.table.lines[1].name == "国防支出");
  CHECK(mapped.table.lines[1].repairs.empty());
}

TEST_CASE("a ragged row is reported, not guessed into columns") {
  auto mapped = map_single_table(table_dump(kTitle, kGeneralPublicHeader, {"1\t\t合计\t1.00\t1.00\n"}));
  REQUIRE(mapped.grid.problems.size() == 1);
  CHECK(mapped.grid.problems[0].code == "layout.row_shape");
  CHECK(mapped.grid.problems[0].table == "general_public");
  CHECK(mapped.grid.problems[0].detail.find("has 5 cells where its header has 6") != std::string::npos);
}

TEST_CASE("a data cell a ruled grid merged over the code and name columns is read as the row's name") {
  // As the PDF reader gives a ruled 一般公共预算 table: the header rows
  // marked, 合计 one cell over 科目编码 and 科目名称.
  auto row = [](std::vector<extract::Cell> cells, bool header) {
    extract::PrintedLine line;
    line.kind = extract::LineKind::row;
    line.page = line.last_page = 1;
    line.header = header;
    line.cells = std::move(cells);
    return line;
  };
  extract::PrintedDocument printed;
  extract::PrintedLine title;
  title.cells = {extract::Cell{{kTitle}, 0}};
  printed.lines.push_back(title);
  printed.lines.push_back(row({{{"功能分类科目"}, 2}, {{"合计"}, 1}, {{"基本支出"}, 1}, {{"项目支出"}, 1}}, true));
  printed.lines.push_back(row({{{"科目编码"}, 1}, {{"科目名称"}, 1}, {{""}, 1}, {{""}, 1}, {{""}, 1}}, true));
  printed.lines.push_back(row({{{"合计"}, 2}, {{"3.00"}, 1}, {{"1.00"}, 1}, {{"2.00"}, 1}}, false));
  printed.lines.push_back(row({{{"201"}, 1}, {{"一般公共服务支出"}, 1}, {{"3.00"}, 1}, {{"1.00"}, 1}, {{"2.00"}, 1}}, false));
  auto segments = normalize::segment_document(printed);
  const auto* table = std::get_if<normalize::TableSegment>(&segments.at(0));
  REQUIRE(table);
  auto grid = normalize::build_grid(*table);
  CHECK(grid.problems.empty());
  auto mapped = normalize::map_budget_table(*table, grid);
  REQUIRE(mapped.lines.size() == 2);
  CHECK(mapped.lines[0].name == "合计");
  CHECK_FALSE(mapped.lines[0].code.has_value());
  CHECK(amount(mapped.lines[0], "total") == "3.00");
  CHECK(mapped.lines[1].code == "201");
}

namespace {

extract::PrintedLine printed(int page, std::vector<std::vector<std::string>> cells, bool header = false,
                             extract::LineKind kind = extract::LineKind::row) {
  extract::PrintedLine line;
  line.kind = kind;
  line.page = line.last_page = page;
  line.header = header;
  for (auto& lines : cells) line.cells.push_back(extract::Cell{std::move(lines), 1});
  return line;
}

}  // namespace

TEST_CASE("a header the page break cut goes on atop the next page, its group row spread over the columns it groups") {
  // Page 1 ends with the title and the group row 收入 | 支出; page 2 holds the
  // rest of the header, marked by the reader, then the rows.
  extract::PrintedDocument doc;
  doc.page_count = 2;
  doc.lines.push_back(printed(1, {{"部门财政拨款收支预算总表"}}, false, extract::LineKind::text));
  doc.lines.push_back(printed(1, {{"单位：万元"}}, false, extract::LineKind::text));
  doc.lines.push_back(printed(1, {{"收入"}, {"支出"}}));
  auto next = printed(2, {{"项目名称"}, {"金额"}, {"项目名称"}, {"金额"}}, true);
  next.starts_block = true;
  doc.lines.push_back(next);
  doc.lines.push_back(printed(2, {{"一、一般公共预算"}, {"33,172.15"}, {"一、基本支出"}, {"18,570.82"}}));
  doc.lines.push_back(printed(2, {{""}, {""}, {"二、项目支出"}, {"14,601.33"}}));
  doc.lines.push_back(printed(2, {{"收入合计"}, {"33,172.15"}, {"支出合计"}, {"33,172.15"}}));
  auto segments = normalize::segment_document(doc);
  const normalize::TableSegment* table = nullptr;
  for (const auto& segment : segments) {
    if (const auto* t = std::get_if<normalize::TableSegment>(&segment)) table = t;
  }
  REQUIRE(table);
  auto grid = normalize::build_grid(*table);
  CHECK(grid.problems.empty());
  REQUIRE(grid.column_paths.size() == 4);
  CHECK(grid.column_paths[1] == std::vector<std::string>{"收入", "金额"});
  CHECK(grid.column_paths[2] == std::vector<std::string>{"支出", "项目名称"});
  auto mapped = normalize::map_budget_table(*table, grid);
  REQUIRE(mapped.lines.size() == 5);
  CHECK(mapped.lines[0].side == normalize::Side::income);
  CHECK(amount(mapped.lines[0], "amount") == "33172.15");
  CHECK(mapped.lines[4].side == normalize::Side::expenditure);
  CHECK(amount(mapped.lines[4], "total") == "33172.15");
}

TEST_CASE("a row after a page break with an empty key is its own when both print a whole amount in one column") {
  // A category at the page's foot, its first item atop the next page with
  // the 序号 column empty: "59.00" over "59.00" are two amounts, not one cut.
  auto mapped = map_single_table(table_dump(kTitle, kGeneralPublicHeader,
                                            {"1\t\t合计\t59.00\t\t59.00\n2\t201\t一般公共服务支出\t59.00\t\t59.00\n",
                                             "\t\t人大事务\t59.00\t\t59.00\n"}));
  REQUIRE(mapped.table.lines.size() == 3);
  CHECK(mapped.table.lines[2].name == "人大事务");
  CHECK(amount(mapped.table.lines[1], "total") == "59.00");
  CHECK(mapped.table.problems.empty());
}
