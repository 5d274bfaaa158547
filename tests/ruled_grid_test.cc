#include "extract/layout/ruled_grid.h"

#include <doctest/doctest.h>

#include <string>

#include "extract/layout/page_layout.h"
#include "synthetic_page.h"

using namespace budgetpdf;
using extract::Rule;

namespace {

// A row's cells as "text" or "text(span)", lines joined by "/".
std::string cells_of(const extract::PrintedLine& line) {
  std::string out;
  for (const auto& cell : line.cells) {
    std::string text;
    for (const auto& l : cell.lines) text += (text.empty() ? "" : "/") + l;
    out += "[" + text + (cell.span > 1 ? "(" + std::to_string(cell.span) + ")" : "") + "]";
  }
  return out;
}

// Columns at x = 100, 200, 300, 400; rows at y = 100, 120, 140, 170. The
// 项目 cell is merged down two rows (no rule under it), 预算 across two
// columns (no rule between them in the first row).
extract::Rulings header_and_one_row() {
  extract::Rulings rules;
  rules.horizontal = {{100, 100, 400, 100}, {200, 120, 400, 120}, {100, 140, 400, 140}, {100, 170, 400, 170}};
  rules.vertical = {{100, 100, 100, 170}, {200, 100, 200, 170}, {300, 120, 300, 170}, {400, 100, 400, 170}};
  return rules;
}

}  // namespace

TEST_CASE("a lattice's boxes are the cells, merged where a rule is missing, and glyphs lie where their centres are") {
  extract::LayoutParams params;
  auto grids = extract::find_ruled_grids(header_and_one_row(), params);
  REQUIRE(grids.size() == 1);
  auto& grid = grids[0];
  CHECK(grid.xs == std::vector<double>{100, 200, 300, 400});
  CHECK(grid.ys == std::vector<double>{100, 120, 140, 170});
  CHECK(grid.cells.size() == 7);  // 项目 over two rows, 预算 over two columns, 2 labels, 3 data cells

  extract::PageGlyphs page;
  testing::draw_text(page, "项目", 130, 116, 9);  // centred on the two rows it spans: its centre in the second
  testing::draw_text(page, "预算", 240, 104, 9);  // its centre right of the rule missing at x = 300
  testing::draw_text(page, "金额", 230, 124, 9);
  testing::draw_text(page, "备注", 330, 124, 9);
  testing::draw_text(page, "合计", 110, 148, 9);
  testing::draw_text(page, "1,054", 260, 142, 9);  // a number wrapped in its cell
  testing::draw_text(page, "4.51", 270, 155, 9);
  testing::draw_text(page, "x", 350, 148, 9);
  testing::draw_text(page, "注：单位万元", 100, 180, 9);  // under the grid: left to the text layout
  auto outside = extract::place_glyphs(grids, page.glyphs);
  CHECK(outside.size() == 6);

  auto rows = extract::ruled_rows(grid, 3, params);
  REQUIRE(rows.size() == 3);
  CHECK(cells_of(rows[0].line) == "[项目][预算(2)]");
  CHECK(cells_of(rows[1].line) == "[][金额][备注]");
  CHECK(cells_of(rows[2].line) == "[合计][1,054/4.51][x]");
  CHECK(rows[2].y == 140);
  CHECK(rows[2].line.page == 3);
  auto header = extract::mark_header(grid, rows, {}, false);
  CHECK(header.size() == 2);
  CHECK(rows[0].line.header);
  CHECK(rows[1].line.header);
  CHECK_FALSE(rows[2].line.header);

  // The next page prints the same header again: those rows and no more
  // are the header, whatever follows (here a row's tail with no number).
  auto next = rows;
  next[2].line.cells = {extract::Cell{{"的补助"}, 1}, extract::Cell{{""}, 1}, extract::Cell{{""}, 1}};
  for (auto& r : next) r.line.header = false;
  CHECK(extract::mark_header(grid, next, header, true).size() == 2);
  CHECK_FALSE(next[2].line.header);
}

TEST_CASE("a lattice of one row is a grid, a box alone is not, and a row across the whole grid is text") {
  extract::LayoutParams params;
  extract::Rulings one_row;
  one_row.horizontal = {{28, 36, 569, 36}, {28, 58, 569, 58}};
  one_row.vertical = {{28, 36, 28, 58}, {85, 36, 85, 58}, {262, 36, 262, 58}, {569, 36, 569, 58}};
  auto grids = extract::find_ruled_grids(one_row, params);
  REQUIRE(grids.size() == 1);
  CHECK(grids[0].rows() == 1);
  CHECK(grids[0].columns() == 3);

  extract::Rulings box;
  box.horizontal = {{50, 50, 500, 50}, {50, 700, 500, 700}};
  box.vertical = {{50, 50, 50, 700}, {500, 50, 500, 700}};
  CHECK(extract::find_ruled_grids(box, params).empty());

  extract::Rulings titled = header_and_one_row();
  titled.horizontal.push_back({100, 80, 400, 80});  // a title row drawn inside the rules
  titled.vertical.push_back({100, 80, 100, 100});
  titled.vertical.push_back({400, 80, 400, 100});
  auto with_title = extract::find_ruled_grids(titled, params);
  REQUIRE(with_title.size() == 1);
  extract::PageGlyphs page;
  testing::draw_text(page, "部门预算收支总表", 200, 84, 9);
  testing::draw_text(page, "合计", 110, 148, 9);
  testing::draw_text(page, "1.00", 230, 148, 9);
  extract::place_glyphs(with_title, page.glyphs);
  auto rows = extract::ruled_rows(with_title[0], 1, params);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].line.kind == extract::LineKind::text);
  CHECK(rows[0].line.text() == "部门预算收支总表");
  CHECK(cells_of(rows[1].line) == "[合计][1.00][]");
}

TEST_CASE("a page's ruled grid and its text come out in reading order") {
  extract::PageGlyphs page;
  page.number = 1;
  page.width = 500;
  page.height = 300;
  page.rulings = header_and_one_row();
  testing::draw_text(page, "一般公共预算支出表", 150, 60, 12);
  testing::draw_text(page, "项目", 130, 114, 9);
  testing::draw_text(page, "预算", 240, 104, 9);
  testing::draw_text(page, "金额", 230, 124, 9);
  testing::draw_text(page, "备注", 330, 124, 9);
  testing::draw_text(page, "合计", 110, 148, 9);
  testing::draw_text(page, "10.00", 260, 148, 9);
  testing::draw_text(page, "注：无。", 100, 190, 9);
  auto laid_out = extract::layout_page(page, extract::PageCarry{}, extract::LayoutParams{});
  const auto& lines = laid_out.lines;
  REQUIRE(lines.size() == 5);
  CHECK(lines[0].text() == "一般公共预算支出表");
  CHECK(cells_of(lines[1]) == "[项目][预算(2)]");
  CHECK(lines[1].header);
  CHECK(cells_of(lines[3]) == "[合计][10.00][]");
  CHECK(lines[4].text() == "注：无。");
  CHECK(laid_out.next.ruled_header.size() == 2);
}

TEST_CASE("a ruled grid going on from the previous page: its first row continues the row the break cut when its key cell is empty") {
  // 序号 | 科目名称 | 金额, ruled; page 1 ends with row 2 cut after "对机关事业单位基本养",
  // page 2 holds its tail "老保险基金的补助" and row 3, under a page number only.
  auto page_of = [](int number, std::vector<std::pair<double, std::vector<std::string>>> rows, bool header) {
    extract::PageGlyphs page;
    page.number = number;
    page.width = 500;
    page.height = 400;
    double top = 60, y = top;
    std::vector<double> ys = {top};
    auto row = [&](const std::vector<std::string>& cells, double height) {
      double x[] = {100, 140, 300};
      for (size_t c = 0; c < cells.size(); ++c) testing::draw_text(page, cells[c], x[c] + 4, y + 4, 9);
      y += height;
      ys.push_back(y);
    };
    if (header) row({"序号", "科目名称", "金额"}, 20);
    for (auto& [height, cells] : rows) row(cells, height);
    for (double at : ys) page.rulings.horizontal.push_back({100, at, 400, at});
    for (double at : {100.0, 140.0, 300.0, 400.0}) page.rulings.vertical.push_back({at, top, at, y});
    testing::draw_text(page, "- " + std::to_string(number) + " -", 240, 380, 9);
    return page;
  };
  extract::LayoutParams params;
  auto first = extract::layout_page(page_of(1, {{20, {"1", "行政运行", "87.60"}}, {20, {"2", "对机关事业单位基本养", "388.00"}}}, true),
                                    extract::PageCarry{}, params);
  CHECK(first.next.ruled_columns == std::vector<double>{100, 140, 300, 400});
  auto second = extract::layout_page(page_of(2, {{20, {"", "老保险基金的补助", ""}}, {20, {"3", "事业运行", "1.00"}}}, false),
                                     first.next, params);
  std::vector<const extract::PrintedLine*> rows;
  for (const auto& line : second.lines) {
    if (line.kind == extract::LineKind::row) rows.push_back(&line);
  }
  REQUIRE(rows.size() == 2);
  CHECK(rows[0]->continues_row);
  CHECK(rows[0]->key_column == 0);
  CHECK_FALSE(rows[1]->continues_row);

  // Under a title of its own, the same first row starts a table: no row goes on.
  auto titled = page_of(2, {{20, {"", "老保险基金的补助", ""}}}, false);
  testing::draw_text(titled, "部门预算支出总表", 150, 30, 12);
  auto fresh = extract::layout_page(titled, first.next, params);
  for (const auto& line : fresh.lines) CHECK_FALSE(line.continues_row);

  // Under the title its first page printed, printed again, it goes on.
  auto first_titled = page_of(1, {{20, {"1", "行政运行", "87.60"}}, {20, {"2", "对机关事业单位基本养", "388.00"}}}, true);
  testing::draw_text(first_titled, "部门预算支出总表", 150, 30, 12);
  auto before = extract::layout_page(first_titled, extract::PageCarry{}, params);
  CHECK(before.next.ruled_title == "部门预算支出总表");
  auto again = extract::layout_page(titled, before.next, params);
  bool went_on = false;
  for (const auto& line : again.lines) went_on = went_on || line.continues_row;
  CHECK(went_on);
}

TEST_CASE("a grid going on with a cell merged over some of the previous grid's columns takes all of them") {
  // The previous page's grid: rules at x = 100, 140, 300, 400. This page
  // holds its 合计 alone, one box over the first two columns.
  extract::Rulings total_only;
  total_only.horizontal = {{100, 60, 400, 60}, {100, 80, 400, 80}};
  total_only.vertical = {{100, 60, 100, 80}, {300, 60, 300, 80}, {400, 60, 400, 80}};
  extract::LayoutParams params;
  std::vector<double> previous = {100, 140, 300, 400};
  auto alone = extract::find_ruled_grids(total_only, params);
  REQUIRE(alone.size() == 1);
  CHECK(alone[0].columns() == 2);
  auto going_on = extract::find_ruled_grids(total_only, params, previous);
  REQUIRE(going_on.size() == 1);
  CHECK(going_on[0].xs == previous);
  extract::PageGlyphs page;
  testing::draw_text(page, "合计", 150, 64, 9);
  testing::draw_text(page, "3.00", 330, 64, 9);
  extract::place_glyphs(going_on, page.glyphs);
  auto rows = extract::ruled_rows(going_on[0], 2, params);
  REQUIRE(rows.size() == 1);
  CHECK(cells_of(rows[0].line) == "[合计(2)][3.00]");
  // Other columns than the previous grid's: a table of its own.
  CHECK(extract::find_ruled_grids(total_only, params, {100, 200, 400})[0].columns() == 2);
}

TEST_CASE("an empty box that starts on a row and runs to the grid's foot is marked cut there") {
  // Columns at x = 100, 200, 300; rows at y = 100, 120, 140, 160. The first
  // column's box from y = 120 runs to the foot (no rule at 140 under it).
  extract::Rulings rules;
  rules.horizontal = {{100, 100, 300, 100}, {100, 120, 300, 120}, {200, 140, 300, 140}, {100, 160, 300, 160}};
  rules.vertical = {{100, 100, 100, 160}, {200, 100, 200, 160}, {300, 100, 300, 160}};
  extract::LayoutParams params;
  auto grids = extract::find_ruled_grids(rules, params);
  REQUIRE(grids.size() == 1);
  extract::PageGlyphs page;
  testing::draw_text(page, "产出指标", 110, 104, 9);
  testing::draw_text(page, "成本", 210, 104, 9);
  testing::draw_text(page, "补助率", 210, 124, 9);
  testing::draw_text(page, "代缴率", 210, 144, 9);
  extract::place_glyphs(grids, page.glyphs);
  auto rows = extract::ruled_rows(grids[0], 38, params);
  REQUIRE(rows.size() == 3);
  CHECK(cells_of(rows[1].line) == "[][补助率]");
  CHECK(rows[1].line.cells[0].cut_at_foot);
  CHECK_FALSE(rows[2].line.cells[0].cut_at_foot);  // covered by the box above it
  CHECK_FALSE(rows[0].line.cells[0].cut_at_foot);  // its box ends above the foot
  CHECK_FALSE(rows[2].line.cells[1].cut_at_foot);  // printed
  // Filled, the box is no longer cut before its label.
  testing::draw_text(page, "效益指标", 110, 134, 9);
  grids = extract::find_ruled_grids(rules, params);
  extract::place_glyphs(grids, page.glyphs);
  CHECK_FALSE(extract::ruled_rows(grids[0], 38, params)[1].line.cells[0].cut_at_foot);
}

TEST_CASE("a table with open sides ends where most of its row rules do") {
  // Row rules from x = 100 to 400, column rules only at 200, 250 and 300:
  // the first and last columns have no outer rule.
  extract::Rulings rules;
  rules.horizontal = {{100, 100, 400, 100}, {100, 120, 400, 120}, {100, 140, 400, 140}};
  rules.vertical = {{200, 100, 200, 140}, {250, 100, 250, 140}, {300, 100, 300, 140}};
  extract::LayoutParams params;
  auto grids = extract::find_ruled_grids(rules, params);
  REQUIRE(grids.size() == 1);
  CHECK(grids[0].xs == std::vector<double>{100, 200, 250, 300, 400});
  extract::PageGlyphs page;
  testing::draw_text(page, "科目编码", 110, 104, 9);
  testing::draw_text(page, "金额", 330, 104, 9);
  testing::draw_text(page, "301", 110, 124, 9);
  testing::draw_text(page, "5,469.17", 330, 124, 9);
  auto outside = extract::place_glyphs(grids, page.glyphs);
  CHECK(outside.empty());
  auto rows = extract::ruled_rows(grids[0], 14, params);
  REQUIRE(rows.size() == 2);
  CHECK(cells_of(rows[1].line) == "[301][][][5,469.17]");
  // One long rule alone (a line under the title) does not widen the grid.
  rules.horizontal[0] = {50, 100, 500, 100};
  rules.horizontal[1] = {150, 120, 300, 120};
  rules.horizontal[2] = {150, 140, 300, 140};
  rules.vertical.insert(rules.vertical.begin(), {150, 100, 150, 140});
  grids = extract::find_ruled_grids(rules, params);
  REQUIRE(grids.size() == 1);
  CHECK(grids[0].xs == std::vector<double>{150, 200, 250, 300});
}

TEST_CASE("furniture drawn in a grid's top row is no header label: the merged labels under it are the header") {
  // Rows at y = 100 (预算单位 … | 单位：万元), 120, 140, 160 (the labels, 序号
  // merged down two rows, 国有资本经营预算 across two columns), 180 (end).
  extract::Rulings rules;
  rules.horizontal = {{100, 100, 400, 100}, {100, 120, 400, 120}, {200, 140, 400, 140}, {100, 160, 400, 160}};
  rules.vertical = {{100, 100, 100, 160}, {200, 120, 200, 160}, {300, 140, 300, 160}, {400, 100, 400, 160},
                    {300, 100, 300, 120}};
  extract::LayoutParams params;
  auto grids = extract::find_ruled_grids(rules, params);
  REQUIRE(grids.size() == 1);
  extract::PageGlyphs page;
  testing::draw_text(page, "预算单位：长春市信访局", 110, 104, 9);
  testing::draw_text(page, "单位：万元", 310, 104, 9);
  testing::draw_text(page, "序号", 110, 134, 9);
  testing::draw_text(page, "国有资本经营预算", 210, 124, 9);
  testing::draw_text(page, "基本支出", 210, 144, 9);
  testing::draw_text(page, "项目支出", 310, 144, 9);
  extract::place_glyphs(grids, page.glyphs);
  auto rows = extract::ruled_rows(grids[0], 15, params);
  REQUIRE(rows.size() == 3);
  auto header = extract::mark_header(grids[0], rows, {}, false);
  CHECK(header.size() == 2);
  CHECK_FALSE(rows[0].line.header);
  CHECK(rows[1].line.header);
  CHECK(rows[2].line.header);
}

TEST_CASE("in a table printed empty, a label over several columns takes the row of labels under it into the header") {
  // 项目 over 功能分类科目编码 (itself over 类 | 款) and 科目名称; 合计 over
  // two rows; then the empty table's 合计 row. Columns at x = 100, 150, 200,
  // 300, 400; rows at y = 100, 120, 140, 160, 180.
  extract::Rulings rules;
  rules.horizontal = {{100, 100, 400, 100}, {100, 120, 300, 120}, {100, 140, 400, 140}, {100, 160, 400, 160},
                      {100, 180, 400, 180}};
  rules.vertical = {{100, 100, 100, 180}, {150, 140, 150, 160}, {200, 120, 200, 180}, {300, 100, 300, 180},
                    {400, 100, 400, 180}};
  extract::LayoutParams params;
  auto grids = extract::find_ruled_grids(rules, params);
  REQUIRE(grids.size() == 1);
  extract::PageGlyphs page;
  testing::draw_text(page, "项目", 180, 104, 9);
  testing::draw_text(page, "合计", 330, 124, 9);
  testing::draw_text(page, "功能分类科目编码", 105, 124, 7);
  testing::draw_text(page, "科目名称", 220, 124, 9);
  testing::draw_text(page, "类", 120, 144, 9);
  testing::draw_text(page, "款", 170, 144, 9);
  testing::draw_text(page, "合计", 180, 164, 9);
  extract::place_glyphs(grids, page.glyphs);
  auto rows = extract::ruled_rows(grids[0], 16, params);
  REQUIRE(rows.size() == 4);
  CHECK(extract::mark_header(grids[0], rows, {}, false).size() == 3);
  CHECK(rows[2].line.header);  // 类 | 款
  CHECK_FALSE(rows[3].line.header);  // the table's 合计 row
}
