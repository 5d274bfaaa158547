// Layout reconstruction on generated pages: glyph boxes laid out like a
// printed table (no PDF involved), with the vertical alignment, glyph order,
// doubled glyphs and page breaks varied; the grid must come back exactly.

#include <doctest/doctest.h>

#include "extract/vocabulary.h"
#include "extract/layout/page_layout.h"
#include "synthetic_page.h"

using namespace budgetpdf;
using testing::SyntheticTable;
using testing::VerticalAlign;

namespace {

using Lines = std::vector<std::string>;
using Row = std::vector<Lines>;

// The rows of the layout: each cell as its lines.
std::vector<Row> rows_of(const std::vector<extract::PrintedLine>& lines) {
  std::vector<Row> rows;
  for (const auto& line : lines) {
    if (line.kind != extract::LineKind::row) continue;
    Row row;
    for (const auto& cell : line.cells) {
      Lines text;
      for (const auto& l : cell.lines) {
        if (!l.empty()) text.push_back(l);
      }
      row.push_back(text);
    }
    rows.push_back(row);
  }
  return rows;
}

// Rows as text, one per line, cells split by " | ", lines by "/": readable
// when a check fails.
std::string render(const std::vector<Row>& rows) {
  std::string out;
  for (const auto& row : rows) {
    for (size_t c = 0; c < row.size(); ++c) {
      if (c) out += " | ";
      for (size_t l = 0; l < row[c].size(); ++l) out += (l ? "/" : "") + row[c][l];
    }
    out += "\n";
  }
  return out;
}

std::vector<extract::PrintedLine> layout(const extract::PageGlyphs& page, const extract::PageCarry& carry = {}) {
  return extract::layout_page(page, carry, extract::LayoutParams{}).lines;
}

// Lays out one page of a document: `carry` is the previous page's, and
// becomes this page's for the next.
std::vector<extract::PrintedLine> lay_out(const extract::PageGlyphs& page, extract::PageCarry& carry,
                                          const extract::LayoutParams& params) {
  auto laid_out = extract::layout_page(page, carry, params);
  carry = std::move(laid_out.next);
  return std::move(laid_out.lines);
}

SyntheticTable income_like(VerticalAlign align) {
  SyntheticTable t;
  t.widths = {24, 30, 80, 30, 30, 30};
  t.align = align;
  t.header = {{{"序号"}, {"科目", "编码"}, {"科目名称"}, {"合计"}, {"基本", "支出"}, {"项目", "支出"}},
              {{"栏次"}, {"1"}, {"2"}, {"3"}, {"4"}, {"5"}}};
  t.rows = {
      {{"1"}, {}, {"合计"}, {"1054", "4.51"}, {"914.", "98"}, {"9629", ".53"}},
      {{"2"}, {"201"}, {"一般公共服务", "支出"}, {"859.", "23"}, {"704.", "02"}, {"155.", "21"}},
      {{"3"}, {"2010", "1"}, {"人大事务"}, {"0.80"}, {}, {"0.80"}},
      {{"4"}, {"2010", "108"}, {"代表工作"}, {"0.80"}, {}, {"0.80"}},
  };
  return t;
}

const std::vector<Row> kIncomeRows = {
    {{"序号"}, {"科目", "编码"}, {"科目名称"}, {"合计"}, {"基本", "支出"}, {"项目", "支出"}},
    {{"栏次"}, {"1"}, {"2"}, {"3"}, {"4"}, {"5"}},
    {{"1"}, {}, {"合计"}, {"1054", "4.51"}, {"914.", "98"}, {"9629", ".53"}},
    {{"2"}, {"201"}, {"一般公共服务", "支出"}, {"859.", "23"}, {"704.", "02"}, {"155.", "21"}},
    {{"3"}, {"2010", "1"}, {"人大事务"}, {"0.80"}, {}, {"0.80"}},
    {{"4"}, {"2010", "108"}, {"代表工作"}, {"0.80"}, {}, {"0.80"}},
};

// Poppler gives every glyph of a word the height of the word's first glyph:
// a word starting with a digit takes the Latin font's shorter box (1.8 pt
// less at its top). A word here is a run of glyphs on one baseline with no
// gap between them (the synthetic cells print no spaces inside words).
void shorten_latin_words(extract::PageGlyphs& page) {
  auto& glyphs = page.glyphs;
  for (size_t i = 0; i < glyphs.size();) {
    size_t end = i + 1;
    while (end < glyphs.size() && std::abs(glyphs[end].y0 - glyphs[i].y0) < 0.01 &&
           std::abs(glyphs[end].x0 - glyphs[end - 1].x1) < 0.01) {
      ++end;
    }
    bool latin_word = glyphs[i].c >= U'0' && glyphs[i].c <= U'9';
    for (size_t k = i; k < end && latin_word; ++k) glyphs[k].y0 += 1.8;
    i = end;
  }
}

}  // namespace

TEST_CASE("a grid comes back whatever the vertical alignment of its cells") {
  for (VerticalAlign align : {VerticalAlign::centre, VerticalAlign::top, VerticalAlign::bottom}) {
    CAPTURE(static_cast<int>(align));
    auto page = testing::draw_table(income_like(align));
    CHECK(render(rows_of(layout(page.page))) == render(kIncomeRows));
  }
}

TEST_CASE("glyphs drawn one by one in random order, some twice, give the same grid") {
  for (unsigned seed : {1u, 2u, 3u}) {
    CAPTURE(seed);
    auto page = testing::draw_table(income_like(VerticalAlign::centre));
    testing::scramble(page.page, seed, seed == 3 ? 2 : 1);
    CHECK(render(rows_of(layout(page.page))) == render(kIncomeRows));
  }
}

TEST_CASE("the tail of a row cut by the page break comes first, with an empty key") {
  SyntheticTable t = income_like(VerticalAlign::top);
  // The page starts with what the break left of row 4 of the last page.
  t.rows.insert(t.rows.begin(), Row{{}, {"199"}, {"和社会保障管", "理事务支出"}, {"82"}, {}, {"82"}});
  auto page = testing::draw_table(t, 2);
  extract::PageCarry carry;
  carry.ended_in_grid = true;  // the previous page's grid ran to its bottom
  auto rows = rows_of(layout(page.page, carry));
  REQUIRE(rows.size() == kIncomeRows.size() + 1);
  CHECK(rows[2] == Row{{}, {"199"}, {"和社会保障管", "理事务支出"}, {"82"}, {}, {"82"}});
  CHECK(rows[3] == kIncomeRows[2]);
  auto lines = layout(page.page, carry);
  REQUIRE(lines.size() == rows.size());
  CHECK(lines[2].continues_row);
  CHECK_FALSE(lines[3].continues_row);
}

TEST_CASE("group labels of a two-sided header span their columns") {
  SyntheticTable t;
  t.widths = {24, 110, 50, 110, 50};
  t.header = {{{"序号"}, {"<span>2", "收入"}, {}, {"<span>2", "支出"}, {}},
              {{}, {"项目"}, {"预算数"}, {"项目"}, {"预算数"}},
              {{"栏次"}, {"1"}, {"2"}, {"3"}, {"4"}}};
  t.rows = {{{"1"}, {"一、一般公共预算拨款收入"}, {"10533.69"}, {"一、一般公共服务支出"}, {"859.23"}}};
  auto lines = layout(testing::draw_table(t).page);
  REQUIRE(lines.size() >= 3);
  const auto& groups = lines[0];
  REQUIRE(groups.cells.size() == 3);
  CHECK(groups.cells[1].span == 2);
  CHECK(groups.cells[1].lines == Lines{"收入"});
  CHECK(groups.cells[2].span == 2);
  CHECK(groups.cells[2].lines == Lines{"支出"});
  CHECK(rows_of(lines).back() == Row{{"1"}, {"一、一般公共预算拨款收入"}, {"10533.69"}, {"一、一般公共服务支出"}, {"859.23"}});
}

TEST_CASE("a grid without a 栏次 row: labels give the columns, a merged label its group's first row") {
  SyntheticTable t;
  t.widths = {50, 60, 80, 90, 50, 90};
  t.align = VerticalAlign::centre;
  t.header = {{{"一级指标"}, {"二级指标"}, {"三级指标"}, {"绩效指标描述"}, {"指标值"}, {"指标值确定依据"}}};
  t.rows = {
      {{}, {"数量指标"}, {"参保人数"}, {"享受待遇人员", "数量"}, {"≥144986 人"}, {"邢政发〔2016〕7 号"}},
      {{}, {"质量指标"}, {"覆盖率"}, {"实际保障人数"}, {"≥99%"}, {"邢政发〔2016〕7 号"}},
      {{}, {"时效指标"}, {"报销时效"}, {"完成时限"}, {"≤30 日"}, {"邢政发〔2016〕7 号"}},
      {{}, {"成本指标"}, {"补助标准"}, {"每人每年补助"}, {"128 元"}, {"邢政发〔2016〕7 号"}},
  };
  auto page = testing::draw_table(t);
  // 产出指标 printed once, centred over the four rows it groups (a merged cell).
  double rows_top = t.top + 1.45 * t.font + 2 * t.padding;
  double rows_bottom = page.bottom;
  testing::draw_text(page.page, "产出指标", t.left + t.padding, (rows_top + rows_bottom) / 2 - 0.65 * t.font, t.font);
  auto rows = rows_of(layout(page.page));
  REQUIRE(rows.size() == 5);
  CHECK(rows[0] == Row{{"一级指标"}, {"二级指标"}, {"三级指标"}, {"绩效指标描述"}, {"指标值"}, {"指标值确定依据"}});
  CHECK(rows[1][0] == Lines{"产出指标"});
  CHECK(rows[1][3] == Lines{"享受待遇人员", "数量"});
  for (size_t r = 2; r < rows.size(); ++r) CHECK(rows[r][0].empty());
  CHECK(rows[4][4] == Lines{"128 元"});
}

namespace {

SyntheticTable indicator_grid() {
  SyntheticTable t;
  t.widths = {55, 75, 80, 110, 50, 90};
  t.align = VerticalAlign::centre;
  t.header = {{{"一级指标"}, {"二级指标"}, {"三级指标"}, {"绩效指标描述"}, {"指标值"}, {"指标值确定依据"}}};
  t.rows = {
      {{"产出指标"}, {"数量指标"}, {"参保人数"}, {"享受待遇人员", "数量"}, {"≥144986 人"}, {"邢政发〔2016〕7 号"}},
      {{}, {"质量指标"}, {"覆盖率"}, {"实际保障人数", "应保障人数"}, {"≥99%"}, {"邢政发〔2016〕7 号"}},
      {{}, {"时效指标"}, {"报销时效"}, {"完成时限", "及时拨付"}, {"≤30 日"}, {"邢政发〔2016〕7 号"}},
      {{}, {"成本指标"}, {"补助标准"}, {"每人每年补助", "128 元"}, {"128 元"}, {"邢政发〔2016〕7 号"}},
      {{"效益指标"}, {"社会效益指标"}, {"保障率"}, {"保障全区居民", "待遇"}, {"≥99%"}, {"邢政发〔2016〕7 号"}},
      {{}, {"可持续影响指标"}, {"保障体系"}, {"不断增加获得感", "幸福感"}, {"≥99%"}, {"邢政发〔2016〕7 号"}},
      {{"满意度指标"}, {"服务对象满意度"}, {"满意度"}, {"居民满意度", "调查"}, {"≥99%"}, {"电话回访"}},
  };
  return t;
}

}  // namespace

TEST_CASE("a merged label printed in the first row of its run, not over the run, starts that run") {
  // Rows of two lines, labels of one centred in their row: 效益指标 sits
  // in the middle of rows 4-6 too, as a label centred over them would; but
  // 产出指标 in row 1 says labels stand in their first row.
  auto rows = rows_of(layout(testing::draw_table(indicator_grid()).page));
  REQUIRE(rows.size() == 8);
  CHECK(rows[1][0] == Lines{"产出指标"});
  for (size_t r : {2, 3, 4, 6}) CHECK(rows[r][0].empty());
  CHECK(rows[5][0] == Lines{"效益指标"});
  CHECK(rows[7][0] == Lines{"满意度指标"});
}

TEST_CASE("the tail of a table's last row, alone atop the next page, stays a row of that table") {
  SyntheticTable t = indicator_grid();
  t.rows.resize(2);
  extract::PageCarry carry;
  extract::LayoutParams params;
  auto first = testing::draw_table(t, 1);
  lay_out(first.page, carry, params);
  REQUIRE(carry.ended_in_grid);
  // Page 2: what the break left of the last row's 二级指标, then the next
  // project's title and grid.
  t.top = 200;
  t.rows = {{{"产出指标"}, {"数量指标"}, {"新兵人数"}, {"征兵人数"}, {"≤70 人"}, {"邢征〔2020〕4 号"}}};
  auto second = testing::draw_table(t, 2);
  double level2_left = t.left + t.widths[0];
  testing::draw_text(second.page, "指标", level2_left + 12, 60, t.font);
  testing::draw_text(second.page, "2、兵役征集工作经费绩效目标表", 150, 150, 1.5 * t.font);
  auto lines = lay_out(second.page, carry, params);
  auto rows = rows_of(lines);
  REQUIRE(rows.size() == 3);
  CHECK(rows[0] == Row{{}, {"指标"}, {}, {}, {}, {}});
  CHECK(lines[0].kind == extract::LineKind::row);
  CHECK(lines[0].continues_row);
  CHECK(rows[2][0] == Lines{"产出指标"});
}

namespace {

// The indicator grid split by a page break before row `split`: the layout
// of page 1 (its carry) and page 2's rows drawn with no header, atop it.
struct SplitGrid {
  extract::PageCarry carry;
  extract::LayoutParams params;
  SyntheticTable second;
};

SplitGrid split_indicator_grid(size_t split) {
  SplitGrid out;
  SyntheticTable t = indicator_grid();
  auto rows = t.rows;
  t.rows.assign(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(split));
  lay_out(testing::draw_table(t, 1).page, out.carry, out.params);
  t.header.clear();
  t.top = 60;
  t.rows.assign(rows.begin() + static_cast<std::ptrdiff_t>(split), rows.end());
  out.second = t;
  return out;
}

}  // namespace

TEST_CASE("indicator rows atop a page with no header repeated go on with the grid that ended the page before") {
  // Page 2: the other rows, no title, no header; the first is a row of text
  // alone, as a header would be, and 一级指标 is empty in it.
  SplitGrid split = split_indicator_grid(3);
  REQUIRE(split.carry.ended_in_grid);
  auto lines = lay_out(testing::draw_table(split.second, 2).page, split.carry, split.params);
  auto got = rows_of(lines);
  INFO(render(got));
  REQUIRE(got.size() == 4);
  for (const auto& line : lines) CHECK_FALSE(line.header);
  CHECK(got[0] == Row{{}, {"成本指标"}, {"补助标准"}, {"每人每年补助", "128 元"}, {"128 元"}, {"邢政发〔2016〕7 号"}});
  CHECK(got[1][0] == Lines{"效益指标"});
  CHECK(got[1][1] == Lines{"社会效益指标"});
  CHECK(got[3] == Row{{"满意度指标"}, {"服务对象满意度"}, {"满意度"}, {"居民满意度", "调查"}, {"≥99%"}, {"电话回访"}});
}

TEST_CASE("a whole row alone atop a page, before the next project's title, is a row of its own, not a tail") {
  SplitGrid split = split_indicator_grid(indicator_grid().rows.size() - 1);
  REQUIRE(split.carry.ended_in_grid);
  auto second = testing::draw_table(split.second, 2);
  testing::draw_text(second.page, "2、兵役征集工作经费绩效目标表", 150, 150, 1.5 * split.second.font);
  auto lines = lay_out(second.page, split.carry, split.params);
  auto got = rows_of(lines);
  INFO(render(got));
  REQUIRE_FALSE(got.empty());
  CHECK(got[0] == Row{{"满意度指标"}, {"服务对象满意度"}, {"满意度"}, {"居民满意度", "调查"}, {"≥99%"}, {"电话回访"}});
  CHECK_FALSE(lines[0].continues_row);
}

TEST_CASE("a department's name wrapped in the sheet's narrow first column is furniture, not the header's first row") {
  SyntheticTable t = income_like(VerticalAlign::centre);
  t.top = 160;
  auto page = testing::draw_table(t);
  testing::draw_text(page.page, "部门预算收入总表", 200, 80, 1.6 * t.font);
  // "113 开发区组织人事局" in a cell as narrow as 序号, over the header.
  double y = 112;
  for (const char* part : {"113 开", "发区组", "织人事", "局"}) {
    testing::draw_text(page.page, part, t.left + 1, y, t.font);
    y += 1.45 * t.font;
  }
  testing::draw_text(page.page, "单位：万元", 300, 112, t.font);
  auto lines = layout(page.page);
  auto got = rows_of(lines);
  INFO(render(got));
  REQUIRE(got.size() == kIncomeRows.size());
  CHECK(got[0] == Row{{"序号"}, {"科目", "编码"}, {"科目名称"}, {"合计"}, {"基本", "支出"}, {"项目", "支出"}});
  bool department = false;
  for (const auto& line : lines) {
    if (line.kind == extract::LineKind::text && extract::vocabulary::without_spaces(line.text()) == "113开发区组织人事局") department = true;
  }
  CHECK(department);
}

TEST_CASE("a table's title repeated over its continuation page lets the first rows keep the previous page's label") {
  extract::PageCarry carry;
  extract::LayoutParams params;
  // Page 1: two projects; the second runs to the page's end.
  SyntheticTable first = indicator_grid();
  first.top = 100;
  first.rows.resize(2);
  auto page = testing::draw_table(first, 1);
  testing::draw_text(page.page, "1、征兵工作经费绩效目标表", 150, 70, 1.5 * first.font);
  SyntheticTable second = indicator_grid();
  second.top = page.bottom + 60;
  second.rows.resize(3);
  auto lower = testing::draw_table(second, 1);
  page.page.glyphs.insert(page.page.glyphs.end(), lower.page.glyphs.begin(), lower.page.glyphs.end());
  testing::draw_text(page.page, "2、城乡居民养老保险绩效目标表", 150, second.top - 30, 1.5 * first.font);
  lay_out(page.page, carry, params);
  REQUIRE(carry.ended_in_grid);
  // Page 2: the second project's title and header again, then its rows
  // from 成本指标 on: that row still belongs to 产出指标.
  SyntheticTable rest = indicator_grid();
  rest.top = 100;
  rest.rows.erase(rest.rows.begin(), rest.rows.begin() + 3);
  auto next = testing::draw_table(rest, 2);
  testing::draw_text(next.page, "2、城乡居民养老保险绩效目标表", 150, 70, 1.5 * first.font);
  auto rows = rows_of(lay_out(next.page, carry, params));
  REQUIRE(rows.size() == 5);
  CHECK(rows[1][1] == Lines{"成本指标"});
  CHECK(rows[1][0].empty());
  CHECK(rows[2][0] == Lines{"效益指标"});
}

TEST_CASE("a page with too few cells to choose its key column keeps the one the grid chose before") {
  extract::PageCarry carry;
  extract::LayoutParams params;
  // Page 1: the 二级指标 column has a cell in every row: it is the key.
  SyntheticTable first = indicator_grid();
  first.rows.resize(5);
  first.rows.back()[5] = {"邢政发〔2016〕"};
  lay_out(testing::draw_table(first, 1).page, carry, params);
  REQUIRE(carry.ended_in_grid);
  // Page 2: the header again, the basis's last line cut by the break, and
  // one row with a three-line description. Counting cells, the basis
  // column (two of them) would win, and every column left of it would
  // count as merged labels, their text in the first row.
  SyntheticTable rest = indicator_grid();
  rest.rows = {{{}, {}, {}, {}, {}, {"7 号"}},
               {{"满意度指标"}, {"服务对象满意度", "指标"}, {"满意度"}, {"对信息发布", "及时满意度", "使用满意度"}, {"≥98%"}, {"电话回访"}}};
  auto lines = lay_out(testing::draw_table(rest, 2).page, carry, params);
  auto rows = rows_of(lines);
  REQUIRE(rows.size() == 3);
  CHECK(rows[1] == Row{{}, {}, {}, {}, {}, {"7 号"}});
  CHECK(lines[1].continues_row);
  CHECK(rows[2] == Row{{"满意度指标"}, {"服务对象满意度", "指标"}, {"满意度"}, {"对信息发布", "及时满意度", "使用满意度"}, {"≥98%"}, {"电话回访"}});
}

TEST_CASE("labels in the first row of their runs, the last one at the top of a row the page break cuts") {
  // Every row two lines tall (the basis wraps); 效益指标 centred in its own
  // row is also centred over the row above it and the one below, a run
  // that would fit as well. The last label is at the top of the last row,
  // as in a row going on over the page break: it must not make the
  // labels' own rows look a worse fit.
  SyntheticTable t = indicator_grid();
  const std::vector<std::string> basis = {"《支部工作条", "例（试行）》"};
  t.rows = {{{"产出指标"}, {"数量指标"}, {"学习人次"}, {"集中学习"}, {"≥1000 人次"}, basis},
            {{}, {"质量指标"}, {"完成率"}, {"发展党员"}, {"≥95%"}, basis},
            {{}, {"成本指标"}, {"其他成本"}, {"办公耗材"}, {"≤1000 元"}, basis},
            {{"效益指标"}, {"社会效益指标"}, {"合格率"}, {"民主评议"}, {"≥90%"}, basis},
            {{}, {"可持续影响指标"}, {"培训合格率"}, {"集中培训"}, {"100%"}, basis},
            {{}, {"服务对象满意度"}, {"满意度调查"}, {"表示满意的", "基层党支部数"}, {"≥90%"}, {"电话回访"}}};
  auto page = testing::draw_table(t);
  double pitch = 1.45 * t.font;
  double last_row_top = page.bottom - (2 * pitch + 2 * t.padding);
  testing::draw_text(page.page, "满意度指标", t.left + t.padding, last_row_top + t.padding + 0.075 * t.font, t.font);
  auto rows = rows_of(layout(page.page));
  REQUIRE(rows.size() == 7);
  CHECK(rows[1][0] == Lines{"产出指标"});
  CHECK(rows[3][0].empty());
  CHECK(rows[3][2] == Lines{"其他成本"});
  CHECK(rows[4][0] == Lines{"效益指标"});
  CHECK(rows[6][0] == Lines{"满意度指标"});
}

namespace {

// Draws `text` centred over the columns [first, last] of `t` at `y`.
void centred_label(extract::PageGlyphs& page, const SyntheticTable& t, size_t first, size_t last, const std::string& text,
                   double y) {
  double left = t.left, right = t.left;
  for (size_t c = 0; c <= last; ++c) {
    if (c < first) left += t.widths[c];
    right += t.widths[c];
  }
  double width = testing::text_width(normalize::to_u32(text), t.font);
  testing::draw_text(page, text, (left + right - width) / 2, y, t.font);
}

// The data rows of a 基本支出-like table under a header drawn by the caller.
SyntheticTable basic_rows() {
  SyntheticTable t;
  t.widths = {22, 44, 84, 44, 44, 44};
  t.top = 150;
  t.rows = {{{"1"}, {}, {"合计"}, {"914.98"}, {"858.76"}, {"56.22"}},
            {{"2"}, {"301"}, {"工资福利支出"}, {"846.20"}, {"846.20"}, {}},
            {{"3"}, {"30101"}, {"基本工资"}, {"200.00"}, {"200.00"}, {}},
            {{"4"}, {"302"}, {"商品和服务支出"}, {"56.22"}, {}, {"56.22"}}};
  return t;
}

}  // namespace

TEST_CASE("序号 centred over two header rows, alone on its line, is a column of its own") {
  SyntheticTable t = basic_rows();
  auto page = testing::draw_table(t);
  auto& glyphs = page.page;
  centred_label(glyphs, t, 1, 2, "支出部门经济分类科目", 100);
  centred_label(glyphs, t, 3, 5, "一般公共预算基本支出", 100);
  // Between the rows: shares too little height with either to be on their lines.
  centred_label(glyphs, t, 0, 0, "序号", 110);
  centred_label(glyphs, t, 1, 1, "科目", 118);
  centred_label(glyphs, t, 1, 1, "编码", 131);
  for (size_t c : {2, 3, 4, 5}) centred_label(glyphs, t, c, c, std::vector<std::string>{"科目名称", "合计", "人员经费", "公用经费"}[c - 2], 124.5);
  auto rows = rows_of(layout(glyphs));
  CAPTURE(render(rows));
  REQUIRE(rows.size() >= 4);
  CHECK(rows[rows.size() - 4] == Row{{"1"}, {}, {"合计"}, {"914.98"}, {"858.76"}, {"56.22"}});
  CHECK(rows[rows.size() - 3] == Row{{"2"}, {"301"}, {"工资福利支出"}, {"846.20"}, {"846.20"}, {}});
}

TEST_CASE("a lone group label over labels standing at several heights heads the header") {
  // 资金性质 over 合计 and three fund columns whose labels wrap over two to
  // four lines, centred: the line right under the group holds one label.
  SyntheticTable t;
  t.widths = {22, 84, 44, 30, 30, 30};
  t.top = 190;
  t.rows = {{{"1"}, {"合计"}, {"0.50"}, {"0.50"}, {}, {}},
            {{"2"}, {"公务接待费"}, {"0.50"}, {"0.50"}, {}, {}},
            {{"3"}, {"公务用车"}, {"0.20"}, {}, {"0.20"}, {}}};
  auto page = testing::draw_table(t);
  auto& glyphs = page.page;
  centred_label(glyphs, t, 2, 5, "资金性质", 100);
  // The lower row's labels centred on it (y 116 to 188), 序号 and 项目 on
  // both rows.
  centred_label(glyphs, t, 5, 5, "国有", 124.5);
  for (auto [text, y] : {std::pair{"资本", 137.5}, {"经营", 150.5}, {"拨款", 163.5}}) centred_label(glyphs, t, 5, 5, text, y);
  for (auto [text, y] : {std::pair{"一般", 131}, {"公共", 144}, {"拨款", 157}}) centred_label(glyphs, t, 3, 3, text, y);
  for (auto [text, y] : {std::pair{"基金", 131}, {"拨款", 144}, {"收入", 157}}) centred_label(glyphs, t, 4, 4, text, y);
  centred_label(glyphs, t, 0, 0, "序号", 138);
  centred_label(glyphs, t, 1, 1, "项目", 138);
  centred_label(glyphs, t, 2, 2, "合计", 144);
  auto lines = layout(glyphs);
  auto rows = rows_of(lines);
  CAPTURE(render(rows));
  REQUIRE(rows.size() == 5);
  const auto& groups = lines[0];
  CHECK(groups.header);
  REQUIRE(groups.cells.size() == 3);
  CHECK(groups.cells[2].lines == Lines{"资金性质"});
  CHECK(groups.cells[2].span == 4);
  CHECK(rows[1] == Row{{"序号"}, {"项目"}, {"合计"}, {"一般", "公共", "拨款"}, {"基金", "拨款", "收入"}, {"国有", "资本", "经营", "拨款"}});
  CHECK(rows[4] == Row{{"3"}, {"公务用车"}, {"0.20"}, {}, {"0.20"}, {}});
}

TEST_CASE("a row's last line alone atop the next page stays with its row, also where only the page's leading can tell") {
  // Top-aligned cells, no rules. On page 2 the description column holds
  // the cut row's last line and, one row gap lower, the next row's
  // one-line description: as a two-line cell it would end where the row
  // ends (bottom-aligned). Page 1's wrapped cells show the leading.
  extract::PageCarry carry;
  extract::LayoutParams params;
  SyntheticTable first = indicator_grid();
  first.align = VerticalAlign::top;
  first.rows.resize(5);
  first.rows.back()[3] = {"保障全区居民"};
  lay_out(testing::draw_table(first, 1).page, carry, params);
  REQUIRE(carry.ended_in_grid);
  SyntheticTable rest = indicator_grid();
  rest.align = VerticalAlign::top;
  rest.rows = {{{}, {}, {}, {"待遇"}, {}, {}},
               {{"满意度指标"}, {"服务对象满意度"}, {"满意度"}, {"居民满意度"}, {"≥99%"}, {"电话回访"}}};
  auto lines = lay_out(testing::draw_table(rest, 2).page, carry, params);
  auto rows = rows_of(lines);
  CAPTURE(render(rows));
  REQUIRE(rows.size() == 3);
  CHECK(rows[1] == Row{{}, {}, {}, {"待遇"}, {}, {}});
  CHECK(lines[1].continues_row);
  CHECK(rows[2] == Row{{"满意度指标"}, {"服务对象满意度"}, {"满意度"}, {"居民满意度"}, {"≥99%"}, {"电话回访"}});
}

TEST_CASE("digits in a Latin font, with shorter glyph boxes than CJK, do not make top-aligned rows look bottom-aligned") {
  SyntheticTable t;
  t.widths = {24, 100, 50};
  t.align = VerticalAlign::top;
  t.header = {{{"序号"}, {"项目"}, {"金额"}}, {{"栏次"}, {"1"}, {"2"}}};
  for (int r = 1; r <= 12; ++r) {
    std::vector<std::string> name = {"第" + std::to_string(r) + "项支出"};
    if (r == 6) name = {"灾害防治及应急管理支", "出"};
    t.rows.push_back({{std::to_string(r)}, name, {std::to_string(r) + ".00"}});
  }
  auto page = testing::draw_table(t);
  // Times digits: boxes 0.7 pt lower at the top and 0.2 pt higher at the
  // bottom than the CJK glyphs set on the same line.
  for (auto& g : page.page.glyphs) {
    if (g.c < 128) {
      g.y0 += 0.7;
      g.y1 -= 0.2;
    }
  }
  auto rows = rows_of(layout(page.page));
  CAPTURE(render(rows));
  REQUIRE(rows.size() == 14);
  CHECK(rows[7] == Row{{"6"}, {"灾害防治及应急管理支", "出"}, {"6.00"}});
  CHECK(rows[8] == Row{{"7"}, {"第7项支出"}, {"7.00"}});
}

TEST_CASE("the key column of a grid continued over pages is chosen on all its pages, not on a page's few rows") {
  extract::PageCarry carry;
  extract::LayoutParams params;
  SyntheticTable first = indicator_grid();
  first.align = VerticalAlign::bottom;
  first.rows.resize(5);
  first.rows.back()[5] = {"邢政发〔2016〕"};
  lay_out(testing::draw_table(first, 1).page, carry, params);
  REQUIRE(carry.ended_in_grid);
  // Page 2: the cut basis line and three rows, two of them under one merged
  // 二级指标. Here alone the basis column has the most cells (four with the
  // tail), and would be the key: every column left of it would be read as
  // merged labels.
  SyntheticTable rest = indicator_grid();
  rest.align = VerticalAlign::bottom;
  rest.rows = {{{}, {}, {}, {}, {}, {"7 号"}},
               {{}, {"可持续影响指标"}, {"保障体系"}, {"不断增加获得感", "幸福感"}, {"≥99%"}, {"邢政发〔2016〕7 号"}},
               {{}, {}, {"保障率"}, {"保障全区居民", "待遇"}, {"≥99%"}, {"邢政发〔2016〕7 号"}},
               {{"满意度指标"}, {"服务对象满意度"}, {"满意度"}, {"居民满意度", "调查"}, {"≥99%"}, {"电话回访"}}};
  auto lines = lay_out(testing::draw_table(rest, 2).page, carry, params);
  auto rows = rows_of(lines);
  CAPTURE(render(rows));
  REQUIRE(rows.size() == 5);
  CHECK(rows[1] == Row{{}, {}, {}, {}, {}, {"7 号"}});
  CHECK(rows[2] == Row{{}, {"可持续影响指标"}, {"保障体系"}, {"不断增加获得感", "幸福感"}, {"≥99%"}, {"邢政发〔2016〕7 号"}});
  CHECK(rows[3] == Row{{}, {}, {"保障率"}, {"保障全区居民", "待遇"}, {"≥99%"}, {"邢政发〔2016〕7 号"}});
  CHECK(rows[4] == Row{{"满意度指标"}, {"服务对象满意度"}, {"满意度"}, {"居民满意度", "调查"}, {"≥99%"}, {"电话回访"}});
}

TEST_CASE("in a bottom-aligned grid the page's last row, cut by the break, may start at its top") {
  SyntheticTable t = indicator_grid();
  t.align = VerticalAlign::bottom;
  t.rows.resize(3);
  auto page = testing::draw_table(t);
  // The last row's part on this page: its first four description lines,
  // the other cells at its top, as a producer breaking the row prints it.
  SyntheticTable cut = indicator_grid();
  cut.align = VerticalAlign::top;
  cut.header.clear();
  cut.top = page.bottom;
  cut.rows = {{{}, {"成本指标"}, {"补助标准"}, {"对参保居民", "进行补助", "基础养老金", "每月发放"}, {"≥727 万"}, {"邢政发〔2016〕7 号"}}};
  auto part = testing::draw_table(cut);
  page.page.glyphs.insert(page.page.glyphs.end(), part.page.glyphs.begin(), part.page.glyphs.end());
  auto rows = rows_of(layout(page.page));
  CAPTURE(render(rows));
  REQUIRE(rows.size() == 5);
  CHECK(rows[3][3] == Lines{"完成时限", "及时拨付"});
  CHECK(rows[4] == Row{{}, {"成本指标"}, {"补助标准"}, {"对参保居民", "进行补助", "基础养老金", "每月发放"}, {"≥727 万"}, {"邢政发〔2016〕7 号"}});
}

TEST_CASE("a line of running text ending in 表 is not a title") {
  CHECK(extract::vocabulary::looks_like_title("部门预算财政拨款“三公”经费支出表"));
  CHECK(extract::vocabulary::looks_like_title("1、2023 年武装工作经费绩效目标表"));
  // The second line of a wrapped goal, above its 绩效目标 label.
  CHECK_FALSE(extract::vocabulary::looks_like_title("，提高依法履职的能力，促进提出各类提案、议案和批评、意见、建议；组织人大代表"));
}

TEST_CASE("合计 merged down the whole header beside a group is a column, however far its neighbours on its line") {
  SyntheticTable t;
  t.widths = {22, 70, 50, 50, 50, 50, 50};
  t.top = 160;
  t.rows = {{{"1"}, {"合计"}, {"3.00"}, {"2.00"}, {"2.00"}, {}, {"1.00"}},
            {{"2"}, {"一般公共服务支出"}, {"3.00"}, {"2.00"}, {"2.00"}, {}, {"1.00"}}};
  auto page = testing::draw_table(t);
  auto& glyphs = page.page;
  centred_label(glyphs, t, 3, 5, "本年收入", 100);
  // 序号, 科目名称, 合计 and 上年结转 centred on both header rows (100 to
  // 137.7); the leaves of 本年收入 in the lower row.
  for (size_t c : {0, 1, 2, 6}) {
    centred_label(glyphs, t, c, c, std::vector<std::string>{"序号", "科目名称", "合计", "", "", "", "上年结转"}[c], 113);
  }
  for (size_t c : {3, 4, 5}) centred_label(glyphs, t, c, c, std::vector<std::string>{"小计", "财政拨款", "其他收入"}[c - 3], 126);
  auto rows = rows_of(layout(glyphs));
  CAPTURE(render(rows));
  REQUIRE(rows.size() == 4);
  CHECK(rows[1] == Row{{"序号"}, {"科目名称"}, {"合计"}, {"小计"}, {"财政拨款"}, {"其他收入"}, {"上年结转"}});
  CHECK(rows[2] == Row{{"1"}, {"合计"}, {"3.00"}, {"2.00"}, {"2.00"}, {}, {"1.00"}});
}

TEST_CASE("a bottom-aligned row's first line under the header is data, not a row of sub-labels") {
  // The first row's name wraps; bottom-aligned, its first line stands
  // alone under the header, two phrases without numbers. The header's
  // first group label must not reach out over them.
  SyntheticTable t;
  t.widths = {22, 60, 60, 60, 60, 60};
  t.align = VerticalAlign::bottom;
  t.top = 150;
  t.rows = {{{"1"}, {"一、一般公共预", "算拨款"}, {"105.00"}, {"一、一般公共服", "务支出"}, {"85.00"}, {"85.00"}},
            {{"2"}, {"二、政府性基金"}, {}, {"二、外交支出"}, {}, {}}};
  auto page = testing::draw_table(t);
  auto& glyphs = page.page;
  centred_label(glyphs, t, 1, 2, "收入", 100);
  centred_label(glyphs, t, 3, 5, "支出", 100);
  for (size_t c : {0, 1, 2, 3, 4}) {
    centred_label(glyphs, t, c, c, std::vector<std::string>{"序号", "项目", "金额", "项目", "合计"}[c], 120);
  }
  centred_label(glyphs, t, 5, 5, "一般公共", 113);
  centred_label(glyphs, t, 5, 5, "预算拨款", 126);
  auto rows = rows_of(layout(glyphs));
  CAPTURE(render(rows));
  REQUIRE(rows.size() == 4);
  CHECK(rows[2] == Row{{"1"}, {"一、一般公共预", "算拨款"}, {"105.00"}, {"一、一般公共服", "务支出"}, {"85.00"}, {"85.00"}});
}

TEST_CASE("quotes and brackets set in the CJK font beside Times digits do not end a grid") {
  SyntheticTable t;
  t.widths = {24, 110, 50};
  t.align = VerticalAlign::top;
  t.header = {{{"序号"}, {"项目"}, {"合计"}}, {{"栏次"}, {"1"}, {"2"}}};
  t.rows = {{{"1"}, {"合计"}, {"0.50"}},
            {{"2"}, {"“三公”经费小计"}, {"0.50"}},
            {{"3"}, {"一、因公出国(境)费"}, {}},
            {{"4"}, {"二、公务接待费"}, {"0.50"}}};
  auto page = testing::draw_table(t);
  // Digits in Times: shorter boxes than the CJK font's, in which the
  // quotes and brackets of the names are set.
  for (auto& g : page.page.glyphs) {
    if (g.c >= U'0' && g.c <= U'9') g.y0 += 1.8;
  }
  auto rows = rows_of(layout(page.page));
  CAPTURE(render(rows));
  REQUIRE(rows.size() == 6);
  CHECK(rows[4] == Row{{"3"}, {"一、因公出国(境)费"}, {}});
  CHECK(rows[5] == Row{{"4"}, {"二、公务接待费"}, {"0.50"}});
}

TEST_CASE("a table under another set smaller on the same page keeps its header: title size is the grid's, not the page's") {
  // Above: a wide table shrunk to fit (6 pt), many rows; below: a table in
  // 9 pt whose header label 科目编码 wraps over three lines, the last one
  // alone on its line (next to the page's 6 pt body it looks title-sized).
  SyntheticTable small = income_like(VerticalAlign::centre);
  small.font = 6;
  small.top = 60;
  small.rows.clear();
  for (int r = 1; r <= 16; ++r) small.rows.push_back({{std::to_string(r)}, {"2010101"}, {"行政运行"}, {"1.00"}, {"1.00"}, {}});
  auto page = testing::draw_table(small);
  SyntheticTable large = income_like(VerticalAlign::centre);
  large.top = page.bottom + 40;
  large.header = {{{"序号"}, {"科目", "编", "码"}, {"科目名称"}, {"合计"}, {"基本", "支出"}, {"项目", "支出"}},
                  {{"栏次"}, {"1"}, {"2"}, {"3"}, {"4"}, {"5"}}};
  auto lower = testing::draw_table(large);
  page.page.glyphs.insert(page.page.glyphs.end(), lower.page.glyphs.begin(), lower.page.glyphs.end());
  auto lines = layout(page.page);
  size_t headers = 0;
  bool labels_in_header = false;
  for (const auto& line : lines) {
    if (line.kind != extract::LineKind::row || !line.header) continue;
    ++headers;
    if (line.cells.size() > 1 && line.cells[0].flat() == "序号" && line.cells[1].lines.back() == "码") labels_in_header = true;
  }
  std::string dump;
  for (const auto& line : lines) {
    dump += line.kind == extract::LineKind::row ? (line.header ? "H " : "R ") : "T ";
    for (const auto& cell : line.cells) dump += cell.flat() + "|";
    dump += "\n";
  }
  CAPTURE(dump);
  CHECK(headers == 4);  // labels and 栏次 row of each table
  CHECK(labels_in_header);
}

TEST_CASE("digits given the height of the hanzi of their word do not make a row of plain digits look another size") {
  // Poppler gives every glyph of a word the word's height: digits in
  // "2015年" are as tall as the CJK font, a number alone is as short as
  // its Latin font.
  SyntheticTable t;
  t.widths = {24, 90, 110};
  t.align = VerticalAlign::top;
  t.header = {{{"序号"}, {"三级指标"}, {"指标值确定依据"}}};
  t.rows = {{{"1"}, {"训练人数"}, {"2015年8月8日纪要", "2018年19号"}},
            {{"2"}, {"发放率"}, {"2015年8月8日纪要", "2018年19号"}},
            {{"3"}, {"完成率"}, {"2020年15号", "2021年3号"}},
            {{"4"}, {"补贴标准"}, {"2020年", "5号。"}},
            {{"5"}, {"满意度"}, {"电话回访"}}};
  auto page = testing::draw_table(t);
  auto& glyphs = page.page.glyphs;
  auto column = [&](double x) { return x < t.left + t.widths[0] ? 0 : x < t.left + t.widths[0] + t.widths[1] ? 1 : 2; };
  std::vector<extract::Glyph> original = glyphs;
  for (auto& g : glyphs) {
    if (g.c < U'0' || g.c > U'9') continue;
    // A word here is a cell's line without spaces.
    bool in_cjk_word = std::any_of(original.begin(), original.end(), [&](const extract::Glyph& other) {
      return normalize::is_wide(other.c) && std::abs(other.y0 - g.y0) < 0.1 && column(other.x0) == column(g.x0);
    });
    if (!in_cjk_word) g.y0 += 1.8;
  }
  auto rows = rows_of(layout(page.page));
  CAPTURE(render(rows));
  REQUIRE(rows.size() == 6);
  CHECK(rows[4] == Row{{"4"}, {"补贴标准"}, {"2020年", "5号。"}});
  CHECK(rows[5] == Row{{"5"}, {"满意度"}, {"电话回访"}});
}

TEST_CASE("a name starting with a digit, its whole word as short as the digit, stays in the grid") {
  // Poppler gives the glyphs of "1、房屋（平方米）" the height of the word's
  // first glyph, a Times digit: shorter hanzi, same advance.
  SyntheticTable t;
  t.widths = {160, 60, 90};
  t.align = VerticalAlign::top;
  t.header = {{{"项目"}, {"数量"}, {"价值"}}};
  t.rows = {{{"资产总额"}, {}, {"331.41"}},
            {{"1、房屋（平方米）"}, {}, {}},
            {{"2、车辆（台、辆）"}, {}, {}},
            {{"4、其他固定资产"}, {"544"}, {"331.41"}}};
  auto page = testing::draw_table(t);
  double rows_top = t.top + 1.45 * t.font + 2 * t.padding;
  double first_row_bottom = rows_top + 1.45 * t.font + 2 * t.padding;
  for (auto& g : page.page.glyphs) {
    if (g.y0 > first_row_bottom) g.y0 += 1.6;  // every row below 资产总额
  }
  auto rows = rows_of(layout(page.page));
  CAPTURE(render(rows));
  REQUIRE(rows.size() == 5);
  CHECK(rows[2] == Row{{"1、房屋（平方米）"}, {}, {}});
  CHECK(rows[4] == Row{{"4、其他固定资产"}, {"544"}, {"331.41"}});
}

TEST_CASE("a cell's last line of plain digits is not another size where most digits stand in words of hanzi") {
  // Poppler gives every glyph of a word the height of the word's first
  // glyph: the digits of "邢征[2020]4号" and "≤1.04万元" (≤ set in the CJK
  // font) are as tall as hanzi, those of "00.00%" as short as Times digits.
  // Most digits of a 绩效 grid stand in such words; the wrapped value's
  // last line must not end the grid.
  SyntheticTable t;
  t.widths = {60, 70, 56, 100};
  t.align = VerticalAlign::top;
  t.header = {{{"三级指标"}, {"绩效指标描述"}, {"指标值"}, {"指标值确定依据"}}};
  t.rows = {{{"新兵入伍人数"}, {"征兵人数"}, {"≤70人"}, {"邢征[2020]4号"}},
            {{"合格率"}, {"合格率"}, {"100%"}, {"邢征[2020]4号"}},
            {{"按时完成率"}, {"按时完成率"}, {"3月、9月份", "按时完成率=1", "00.00%"}, {"邢征[2020]4号"}},
            {{"项目成本"}, {"征兵宣传费用"}, {"≤1.04万元"}, {"邢开组人呈[2019]53号"}},
            {{"项目成本"}, {"新兵回访费用"}, {"≤0.6万元"}, {"邢开组人呈[2019]53号"}}};
  auto page = testing::draw_table(t);
  shorten_latin_words(page.page);
  auto rows = rows_of(layout(page.page));
  CAPTURE(render(rows));
  REQUIRE(rows.size() == 6);
  CHECK(rows[3] == Row{{"按时完成率"}, {"按时完成率"}, {"3月、9月份", "按时完成率=1", "00.00%"}, {"邢征[2020]4号"}});
  CHECK(rows[4] == Row{{"项目成本"}, {"征兵宣传费用"}, {"≤1.04万元"}, {"邢开组人呈[2019]53号"}});
}

TEST_CASE("a table without 栏次 row under another set smaller on the same page: its labels are a header, not titles") {
  // Above: a wide table shrunk to fit (6 pt), many rows, the page's body;
  // below: a table in 9 pt whose header labels are larger than that body
  // but not than the table's own rows.
  SyntheticTable small = income_like(VerticalAlign::centre);
  small.header.pop_back();
  small.font = 6;
  small.top = 60;
  small.rows.clear();
  for (int r = 1; r <= 16; ++r) small.rows.push_back({{std::to_string(r)}, {"2010101"}, {"行政运行"}, {"1.00"}, {"1.00"}, {}});
  auto page = testing::draw_table(small);
  SyntheticTable large = income_like(VerticalAlign::centre);
  large.header.pop_back();
  large.top = page.bottom + 40;
  auto lower = testing::draw_table(large);
  page.page.glyphs.insert(page.page.glyphs.end(), lower.page.glyphs.begin(), lower.page.glyphs.end());
  auto rows = rows_of(layout(page.page));
  CAPTURE(render(rows));
  REQUIRE(rows.size() == 17 + 5);
  CHECK(rows[17] == Row{{"序号"}, {"科目", "编码"}, {"科目名称"}, {"合计"}, {"基本", "支出"}, {"项目", "支出"}});
  CHECK(rows[18] == Row{{"1"}, {}, {"合计"}, {"1054", "4.51"}, {"914.", "98"}, {"9629", ".53"}});
  CHECK(rows[21] == Row{{"4"}, {"2010", "108"}, {"代表工作"}, {"0.80"}, {}, {"0.80"}});
}

TEST_CASE("a group label wrapped over two lines, another group centred between them, heads the header") {
  // 一般公共预算基本 / 支出 over three columns beside the one-line
  // 支出部门经济分类科目: the wrapped label's last line, under its first
  // line at the text's leading, is not the tail of a paragraph.
  SyntheticTable t;
  t.widths = {24, 40, 80, 40, 40, 40};
  t.padding = 4;
  t.header = {{{}, {"<span>2", "支出部门经济分类科目"}, {}, {"<span>3", "一般公共预算基本", "支出"}, {}, {}},
              {{"序号"}, {"科目", "编码"}, {"科目名称"}, {"合计"}, {"人员", "经费"}, {"公用", "经费"}}};
  t.rows = {{{"1"}, {}, {"合计"}, {"914.98"}, {"858.76"}, {"56.22"}},
            {{"2"}, {"301"}, {"工资福利支出"}, {"846.20"}, {"846.20"}, {}},
            {{"3"}, {"30101"}, {"基本工资"}, {"540.00"}, {"540.00"}, {}},
            {{"4"}, {"302"}, {"商品和服务支出"}, {"56.22"}, {}, {"56.22"}}};
  auto lines = layout(testing::draw_table(t).page);
  REQUIRE(!lines.empty());
  const auto& groups = lines[0];
  CHECK(groups.header);
  REQUIRE(groups.cells.size() == 3);
  CHECK(groups.cells[1].span == 2);
  CHECK(groups.cells[1].lines == Lines{"支出部门经济分类科目"});
  CHECK(groups.cells[2].span == 3);
  CHECK(groups.cells[2].lines == Lines{"一般公共预算基本", "支出"});
  CHECK(rows_of(lines).back() == Row{{"4"}, {"302"}, {"商品和服务支出"}, {"56.22"}, {}, {"56.22"}});
}

TEST_CASE("a merged label printed in its own first row stays there though it is centred on a longer run as well") {
  // 效益指标 is centred in its own row, and, to the point, on the run of
  // that row and its two neighbours (three-line cells both). The own row's
  // top is a line of Latin digits, a box shorter than the CJK font's by a
  // point or two: its own row fits a little worse by the boxes alone. The
  // run over three rows would take 效益指标 to the row above, whose 成本指标
  // belongs to 产出指标.
  SyntheticTable t;
  t.widths = {60, 70, 70, 90};
  t.header = {{{"一级指标"}, {"二级指标"}, {"三级指标"}, {"指标值确定依据"}}};
  t.rows = {{{"产出指标"}, {"数量指标"}, {"新兵入伍人数"}, {"邢征4号"}},
            {{}, {"成本指标"}, {"项目成本"}, {"邢人社发11号", "邢开组人发10号", "邢人社办82号"}},
            {{"效益指标"}, {"社会效益指标"}, {"补助率"}, {"2019年11号", "邢人社办21号"}},
            {{}, {"社会效益指标"}, {"养老金水平率"}, {"邢人社办58号", "及会议纪要要求", "邢开组人发10号"}},
            {{}, {"社会效益指标"}, {"代缴率"}, {"邢人社发11号"}},
            {{"满意度指标"}, {"服务对象满意度"}, {"满意度"}, {"调查问卷"}}};
  auto page = testing::draw_table(t);
  shorten_latin_words(page.page);
  auto rows = rows_of(layout(page.page));
  CAPTURE(render(rows));
  REQUIRE(rows.size() == 7);
  CHECK(rows[2].front().empty());
  CHECK(rows[3].front() == Lines{"效益指标"});
  CHECK(rows[6].front() == Lines{"满意度指标"});
}

TEST_CASE("a one-row grid whose first column is empty takes its gutters between phrases, not at a word space") {
  // The boundaries mirror each other from the grid's left edge; with the
  // first column empty that edge is its label's, and the mirror images
  // land on ink: inside 民兵训练人数 and inside the basis' words.
  SyntheticTable t;
  t.widths = {120, 100, 130, 150, 110, 170};
  t.align = VerticalAlign::top;
  t.header = {{{"一级指标"}, {"二级指标"}, {"三级指标"}, {"绩效指标描述"}, {"指标值"}, {"指标值确定依据"}}};
  t.rows = {{{}, {"数量指标"}, {"民兵训练人数"}, {"基干民兵军事训练人数"}, {"≥90 人"}, {"①2015 年 8 月 8 日《纪要》"}}};
  auto rows = rows_of(layout(testing::draw_table(t).page));
  CAPTURE(render(rows));
  REQUIRE(rows.size() == 2);
  CHECK(rows[1] == Row{{}, {"数量指标"}, {"民兵训练人数"}, {"基干民兵军事训练人数"}, {"≥90 人"}, {"①2015 年 8 月 8 日《纪要》"}});
}

TEST_CASE("in a bottom-aligned grid the rest of a row whose key wrapped over the break starts at the page's top") {
  // 可持续影响 / 指标: the key cell itself is cut, so the rest of the row is
  // a row with a key, printed from the top of the page as the rest of a cut
  // row is. Under it a bottom-aligned row with a six-line basis: the basis
  // lines of the two rows are told apart by the gap between them, not by
  // bottom alignment (which would give the first row one line).
  extract::PageCarry carry;
  extract::LayoutParams params;
  SyntheticTable first = indicator_grid();
  first.align = VerticalAlign::bottom;
  first.rows.resize(5);
  first.rows.push_back({{}, {"可持续影响"}, {"培训所学内容"}, {"增加知识储备"}, {"长期"}, {"中共中央关于"}});
  lay_out(testing::draw_table(first, 1).page, carry, params);
  REQUIRE(carry.ended_in_grid);
  SyntheticTable rest = indicator_grid();
  rest.align = VerticalAlign::top;
  rest.rows = {{{}, {"指标"}, {}, {"工作能力"}, {}, {"认真学习宣传", "贯彻二十大精", "神的决定、会", "议纪要〔2022", "〕28 号"}}};
  auto page = testing::draw_table(rest, 2);
  SyntheticTable next = indicator_grid();
  next.align = VerticalAlign::bottom;
  next.header.clear();
  next.top = page.bottom;
  next.rows = {{{"满意度指标"}, {"服务对象满", "意度指标"}, {"学员满意度"}, {"对课程满意", "学有所获"},
                {"≥95%"}, {"中共中央关于", "认真学习宣传", "贯彻二十大精", "神的决定、会", "议纪要〔2022", "〕28 号"}}};
  auto lower = testing::draw_table(next, 2);
  page.page.glyphs.insert(page.page.glyphs.end(), lower.page.glyphs.begin(), lower.page.glyphs.end());
  auto rows = rows_of(lay_out(page.page, carry, params));
  CAPTURE(render(rows));
  REQUIRE(rows.size() == 3);
  CHECK(rows[1] == Row{{}, {"指标"}, {}, {"工作能力"}, {}, {"认真学习宣传", "贯彻二十大精", "神的决定、会", "议纪要〔2022", "〕28 号"}});
  CHECK(rows[2].back() == Lines{"中共中央关于", "认真学习宣传", "贯彻二十大精", "神的决定、会", "议纪要〔2022", "〕28 号"});
}

TEST_CASE("a next table's title in body size, inside the name column under the last row, is not part of that row") {
  SyntheticTable upper = income_like(VerticalAlign::centre);
  upper.top = 60;
  auto page = testing::draw_table(upper);
  // Title centred where the name column runs, then the furniture.
  testing::draw_text(page.page, "部门预算支出总表", 118, page.bottom + 6, upper.font);
  testing::draw_text(page.page, "113 开发区组织人事局", 60, page.bottom + 22, upper.font);
  testing::draw_text(page.page, "单位：万元", 260, page.bottom + 22, upper.font);
  SyntheticTable lower = income_like(VerticalAlign::centre);
  lower.top = page.bottom + 40;
  auto next = testing::draw_table(lower);
  page.page.glyphs.insert(page.page.glyphs.end(), next.page.glyphs.begin(), next.page.glyphs.end());
  auto lines = layout(page.page);
  auto rows = rows_of(lines);
  CAPTURE(render(rows));
  REQUIRE(rows.size() == 2 * kIncomeRows.size());
  CHECK(rows[kIncomeRows.size() - 1] == kIncomeRows.back());
  bool title_line = std::any_of(lines.begin(), lines.end(), [](const extract::PrintedLine& line) {
    return line.kind == extract::LineKind::text && line.cells.size() == 1 && line.cells[0].flat() == "部门预算支出总表";
  });
  CHECK(title_line);
}

TEST_CASE("a grid under the header of one fitted before takes that grid's gutters as where its own should be") {
  // Project 2's rows all leave 一级指标 empty and repeat one short 三级指标:
  // mirrored from the 一级指标 label's edge, the gutter after 二级指标 lands
  // in the free space after 补贴标准. Project 1, under the same header,
  // showed where the gutters are.
  SyntheticTable first;
  first.widths = {120, 90, 120, 150, 90, 120};
  first.align = VerticalAlign::top;
  first.top = 60;
  first.header = {{{"一级指标"}, {"二级指标"}, {"三级指标"}, {"绩效指标描述"}, {"指标值"}, {"指标值确定依据"}}};
  first.rows = {{{"产出指标"}, {"数量指标"}, {"补贴人数"}, {"确保全覆盖"}, {"490 人"}, {"冀组字[2020]18 号"}},
                {{}, {"质量指标"}, {"发放补贴准确率"}, {"发放补贴准确率"}, {"≥99%"}, {"冀组字[2020]18 号"}},
                {{}, {"时效指标"}, {"补贴发放时间"}, {"确保按月发放"}, {"按月"}, {"冀组字[2020]18 号"}},
                {{"效益指标"}, {"社会效益指标"}, {"村内工作运转率"}, {"确保正常运转"}, {"≥99.5%"}, {"冀组字[2020]18 号"}}};
  auto page = testing::draw_table(first);
  testing::draw_text(page.page, "2、村干部基本报酬绩效目标表", 200, page.bottom + 20, first.font);
  SyntheticTable second = first;
  second.top = page.bottom + 50;
  second.rows = {{{}, {"成本指标"}, {"补贴标准"}, {"三星级书记补贴"}, {"6000 元/人"}, {"冀组字[2020]18 号"}},
                 {{}, {"成本指标"}, {"补贴标准"}, {"二星级书记补贴"}, {"5000 元/人"}, {"冀组字[2020]18 号"}},
                 {{}, {"成本指标"}, {"补贴标准"}, {"一星级书记补贴"}, {"4139 元/人"}, {"冀组字[2020]18 号"}},
                 {{}, {"成本指标"}, {"补贴标准"}, {"村主任补贴"}, {"2070 元/人"}, {"冀组字[2020]18 号"}}};
  auto lower = testing::draw_table(second);
  page.page.glyphs.insert(page.page.glyphs.end(), lower.page.glyphs.begin(), lower.page.glyphs.end());
  auto rows = rows_of(layout(page.page));
  CAPTURE(render(rows));
  REQUIRE(rows.size() == 10);
  CHECK(rows[6] == Row{{}, {"成本指标"}, {"补贴标准"}, {"三星级书记补贴"}, {"6000 元/人"}, {"冀组字[2020]18 号"}});
  CHECK(rows[9] == Row{{}, {"成本指标"}, {"补贴标准"}, {"村主任补贴"}, {"2070 元/人"}, {"冀组字[2020]18 号"}});
}
