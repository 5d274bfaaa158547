#include <doctest/doctest.h>

#include "extract/dump/text_dump_reader.h"
#include "normalize/diagnostics.h"
#include "normalize/performance_table.h"
#include "schema/jsonl_writer.h"

using namespace budgetpdf;
using normalize::PerformanceProject;

namespace {

const char* kHeader = "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\n";

// The 绩效 tables of a document, read from its segments.
std::vector<normalize::PerformanceTable> tables_of(const extract::PrintedDocument& printed) {
  std::vector<normalize::PerformanceTable> tables;
  int projects = 0;
  for (const auto& segment : normalize::segment_document(printed)) {
    const auto* table = std::get_if<normalize::TableSegment>(&segment);
    if (table && table->kind == normalize::TableKind::performance) {
      tables.push_back(normalize::read_performance_table(*table, projects + 1));
      projects += static_cast<int>(tables.back().projects.size());
    }
  }
  return tables;
}

std::vector<PerformanceProject> projects_of(const extract::PrintedDocument& printed) {
  std::vector<PerformanceProject> projects;
  for (auto& table : tables_of(printed)) {
    for (auto& project : table.projects) projects.push_back(std::move(project));
  }
  return projects;
}

// The one 绩效 table of a dump.
normalize::PerformanceTable table_of(const std::string& dump) {
  auto tables = tables_of(extract::read_text_dump(dump));
  REQUIRE(tables.size() == 1);
  return tables.front();
}

PerformanceProject project_of(const std::string& dump) {
  auto table = table_of(dump);
  REQUIRE(table.projects.size() == 1);
  return table.projects.front();
}

std::vector<std::string> json_lines(const std::vector<schema::Record>& records) {
  std::vector<std::string> lines;
  for (const auto& record : records) lines.push_back(schema::to_json_line(record));
  return lines;
}

std::string text(const std::optional<std::string>& value) { return value ? *value : "null"; }

// What the PDF reader hands over: a cell keeps its printed lines, a row its
// page, and the first row of a page starts a block.
extract::Cell cell(std::vector<std::string> lines) { return extract::Cell{std::move(lines), 1}; }

extract::PrintedLine row(int page, bool starts_block, std::vector<extract::Cell> cells) {
  extract::PrintedLine line;
  line.kind = extract::LineKind::row;
  line.cells = std::move(cells);
  line.page = line.last_page = page;
  line.starts_block = starts_block;
  return line;
}

}  // namespace

TEST_CASE("a project table gives its goal and its indicators, merged 一级指标 filled down") {
  auto table = table_of(std::string("7、测试项目经费绩效目标表\n\n") +
                            "绩效目标\t\t\t<p>1.目标内容 1 甲。</p> <p>2.目标内容 2 乙。</p>\t\t\n" + kHeader +
                            "产出指标\t数量指标\t培训人数\t参加培训 人数\t≥70≥70 人\t邢字〔2018〕20号\n"
                            "\t质量指标\t合格率\t培训合格率\t不低于95%\t邢字〔2018〕20号\n"
                            "效益指标\t社会效益指标\t能力提升\t业务能力提升\t提升\t领导批示件\n");
  REQUIRE(table.projects.size() == 1);
  auto records = json_lines(normalize::to_records(table.projects.front(), "d", false));
  REQUIRE(records.size() == 4);
  CHECK(records[0] ==
        R"({"record":"performance_project","doc_id":"d","project_no":7,"title":"测试项目经费绩效目标表",)"
        R"("name":"测试项目经费","goal":"1.目标内容 1 甲。\n2.目标内容 2 乙。","pages":null,"repairs":["markup_removed"],)"
        R"("scope":"project","total_amount":null,"fiscal_amount":null,"other_amount":null,"amount_unit":null,)"
        R"("period":null,"unit_name":null,"department":null,"budget_initial":null,"budget_full_year":null,)"
        R"("executed":null,"execution_rate":null,"weight":null,"score":null,"funds":null,"tasks":null})");
  CHECK(records[1] ==
        R"({"record":"performance_indicator","doc_id":"d","project_no":7,"seq":1,"level1":"产出指标",)"
        R"("level2":"数量指标","level3":"培训人数","description":"参加培训人数","value_raw":"≥70 人","op":"≥",)"
        R"("value":"70","value_unit":"人","basis":"邢字〔2018〕20号","pages":null,)"
        R"("repairs":["wrapped_cell_joined","doubled_value_removed"],)"
        R"("scoring_rule":null,"weight":null,"actual_raw":null,"score":null,"deviation_reason":null})");
  CHECK(records[2] ==
        R"({"record":"performance_indicator","doc_id":"d","project_no":7,"seq":2,"level1":"产出指标",)"
        R"("level2":"质量指标","level3":"合格率","description":"培训合格率","value_raw":"不低于95%","op":"≥",)"
        R"("value":"95","value_unit":"%","basis":"邢字〔2018〕20号","pages":null,"repairs":["filled_down"],)"
        R"("scoring_rule":null,"weight":null,"actual_raw":null,"score":null,"deviation_reason":null})");
  CHECK(records[3] ==
        R"({"record":"performance_indicator","doc_id":"d","project_no":7,"seq":3,"level1":"效益指标",)"
        R"("level2":"社会效益指标","level3":"能力提升","description":"业务能力提升","value_raw":"提升","op":null,)"
        R"("value":null,"value_unit":null,"basis":"领导批示件","pages":null,"repairs":[],)"
        R"("scoring_rule":null,"weight":null,"actual_raw":null,"score":null,"deviation_reason":null})");
  CHECK(table.problems.empty());
}

TEST_CASE("the goal is every filled cell after its label, wherever the template puts it") {
  auto project = project_of(std::string("33、就业专项资金绩效目标表\n\n") + "绩效目标\t\t1.就业补助资金用于落实补贴。\t\t\t\n" +
                            kHeader + "产出指标\t数量指标\t人数\t人数\t≥145 人\t文件\n");
  CHECK(text(project.goal) == "1.就业补助资金用于落实补贴。");
  auto two_cells = project_of(std::string("1、甲经费绩效目标表\n\n") + "年度目标\t1.第一个目标。\t\t2.第二个目标。\t\t\n" +
                              kHeader + "产出指标\t数量指标\t人数\t人数\t5 人\t文件\n");
  CHECK(text(two_cells.goal) == "1.第一个目标。\n2.第二个目标。");
}

TEST_CASE("after a page break the header is dropped and a cut row joined, a merged row kept") {
  auto project = project_of(
      std::string("16、高层次人才选聘经费绩效目标表\n\n") + "绩效目标\t\t\t1.招引人才。\t\t\n" + kHeader +
      "产出指标\t成本指标\t考官费\t考官考务费\t≤6000 元\t实施办法》邢字[2021]31\n"
      "\n" + kHeader +
      "\t\t\t\t\t号\n"
      "\t成本指标\t文印费\t文印费用\t≤700 元\t实施办法》邢字[2021]31号\n"
      "满意度指标\t服务对象满意度指标\t各基层党组织满意度调\t表示满意的基层党支部\t≥90%\t电话回访\n"
      "\n" + kHeader +
      "\t\t查\t数/所辖基层党支部数*100%\t\t\n"
      // Merged 一级指标 and 二级指标 right after a break: a row of its own, it prints 三级指标 and 指标值.
      "\t\t回访满意度\t回访满意的人数\t≥95%\t电话回访\n");
  REQUIRE(project.indicators.size() == 4);
  const auto& cut = project.indicators[0];
  CHECK(text(cut.basis) == "实施办法》邢字[2021]31号");
  // As for budget lines, a cell made of several pieces counts as wrapped too.
  CHECK(cut.repairs == std::vector<std::string>{"page_break_row_joined", "wrapped_cell_joined"});
  CHECK(text(project.indicators[1].level1) == "产出指标");
  CHECK(text(project.indicators[1].level3) == "文印费");
  const auto& cut_in_text = project.indicators[2];
  CHECK(text(cut_in_text.level3) == "各基层党组织满意度调查");
  CHECK(text(cut_in_text.description) == "表示满意的基层党支部数/所辖基层党支部数*100%");
  CHECK(text(cut_in_text.value_raw) == "≥90%");
  const auto& merged = project.indicators[3];
  CHECK(text(merged.level1) == "满意度指标");
  CHECK(text(merged.level2) == "服务对象满意度指标");
  CHECK(text(merged.level3) == "回访满意度");
  CHECK(merged.repairs == std::vector<std::string>{"filled_down"});
  CHECK(merged.seq == 4);
}

TEST_CASE("a tail that only repeats the end of its cell is dropped, when the table proves it") {
  auto project = project_of(
      std::string("12、党群活动服务中心经费绩效目标表\n\n") + "绩效目标\t\t\t1.目标。\t\t\n" + kHeader +
      "产出指标\t成本指标\t奖励标准\t奖励\t≤7 万元\t②邢开组人呈[2021]13 号\n"
      "\t成本指标\t项目成本\t购买办公用品\t≤2万元\t印发《关于开展非公企业检查验收工作方案》的通知\n"
      "\n" + kHeader +
      "\t\t\t\t\t检查验收工作方案》的通知\n"
      "\t成本指标\t奖励标准\t奖励\t≤1 万元\t②邢开组人呈[2021]13 号\n"
      "\n" + kHeader +
      "\t\t\t\t\t号\n"
      "\t成本指标\t选聘\t选聘\t≤1 万元\t邢字[2021]31\n"
      "\n" + kHeader +
      "\t\t\t\t\t号\n");
  REQUIRE(project.indicators.size() == 4);
  // Long enough to be a repeat by itself.
  CHECK(text(project.indicators[1].basis) == "印发《关于开展非公企业检查验收工作方案》的通知");
  CHECK(project.indicators[1].repairs ==
        std::vector<std::string>{"page_break_row_joined", "doubled_value_removed", "filled_down"});
  // "号" after "…13 号": the first row prints "…13 号", so it is a repeat.
  CHECK(text(project.indicators[2].basis) == "②邢开组人呈[2021]13 号");
  CHECK(project.indicators[2].repairs ==
        std::vector<std::string>{"page_break_row_joined", "doubled_value_removed", "filled_down"});
  // "号" after "…31" continues it: no other row prints "邢字[2021]31".
  CHECK(text(project.indicators[3].basis) == "邢字[2021]31号");
}

TEST_CASE("a malformed grid still gives the rows it can read, and a failed check") {
  auto table = table_of(std::string("3、测试经费绩效目标表\n\n") + "绩效目标\t\t\t1.目标。\t\t\n" + kHeader +
                            "产出指标\t数量指标\t人数\t人数\t5 人\t文件\t\t\n"  // empty cells past the grid: harmless
                            "\t质量指标\t合格率\t合格率\t100%\t文件\t多出的一格\n"
                            "\t时效指标\t及时率\t及时率\n"
                            "效益指标\t社会效益指标\t提升\t提升\t提升\t文件\n");
  REQUIRE(table.projects.size() == 1);
  const auto& project = table.projects.front();
  REQUIRE(project.indicators.size() == 2);
  CHECK(text(project.indicators[0].level3) == "人数");
  CHECK(text(project.indicators[1].level3) == "提升");
  auto checks = json_lines(normalize::check_records(table.problems, "d"));
  REQUIRE(checks.size() == 2);
  CHECK(checks[0] == R"({"record":"check","doc_id":"d","rule":"performance.grid_shape","table":"performance",)"
                     R"("subject":"测试经费绩效目标表","column":null,"expected":null,"actual":null,"ok":false,)"
                     R"("detail":"printed row 4 of 《3、测试经费绩效目标表》 has 7 cells where its header has 6; it is )"
                     R"(left out","within_rounding":null})");
  CHECK(checks[1].find("printed row 5 of 《3、测试经费绩效目标表》 has 4 cells where its header has 6") != std::string::npos);
}

TEST_CASE("without a header, rows of the template's width are read in its order and reported") {
  auto table = table_of(std::string("4、无表头经费绩效目标表\n\n") + "绩效目标\t\t\t1.目标。\t\t\n" +
                            "产出指标\t数量指标\t人数\t人数\t≥5 人\t文件\n"
                            "\t质量指标\t合格率\n");
  REQUIRE(table.projects.size() == 1);
  const auto& project = table.projects.front();
  REQUIRE(project.indicators.size() == 1);
  CHECK(text(project.indicators[0].value_raw) == "≥5 人");
  CHECK(text(project.goal) == "1.目标。");
  REQUIRE(table.problems.size() == 2);
  CHECK(table.problems[0].detail.find("prints no indicator header") != std::string::npos);
  CHECK(table.problems[1].detail.find("printed row 3") != std::string::npos);

  auto nothing = table_of("5、空经费绩效目标表\n\n绩效目标\t\t\t1.目标。\t\t\n");
  REQUIRE(nothing.projects.size() == 1);
  CHECK(nothing.projects.front().indicators.empty());
  REQUIRE(nothing.problems.size() == 1);
  CHECK(nothing.problems[0].detail == "《5、空经费绩效目标表》 prints no indicator header (一级指标 … 指标值)");
}

TEST_CASE("a PDF's table model gives the same indicators, with pages and wraps") {
  auto title = [](int page, std::string text) {
    extract::PrintedLine line;
    line.cells = {extract::Cell{{std::move(text)}, 1}};
    line.page = line.last_page = page;
    line.starts_block = true;
    return line;
  };
  auto header = [&](int page) {
    return row(page, true, {cell({"一级指标"}), cell({"二级指标"}), cell({"三级指标"}), cell({"绩效指标描述"}),
                            cell({"指标值"}), cell({"指标值确定", "依据"})});
  };
  extract::PrintedDocument printed;
  printed.page_count = 5;
  printed.lines = {
      title(4, "45、提前下达 2023 年中央财政城乡居"),
      title(4, "民基本养老保险补助经费绩效目标表"),
      row(4, false, {cell({"绩效目标"}), cell({}), cell({}), cell({"1.确保基础养老金按时足额发放到符合待遇领取条件的城乡",
                                                                 "居民手中"}), cell({}), cell({})}),
      header(4),
      row(4, false, {cell({"成本指标"}), cell({"补助标准"}), cell({"补助标准"}),
                     cell({"城乡居", "民中央基础养老", "金平均每人每月发"}), cell({"98 元/人/月"}),
                     cell({"邢财社【2022】86"})}),
      header(5),
      row(5, false, {cell({}), cell({}), cell({}), cell({"放金额"}), cell({}), cell({"号"})}),
  };
  auto projects = projects_of(printed);
  REQUIRE(projects.size() == 1);
  const auto& project = projects.front();
  CHECK(project.project_no == 45);
  CHECK(project.title == "提前下达 2023 年中央财政城乡居民基本养老保险补助经费绩效目标表");
  CHECK(project.name == "提前下达 2023 年中央财政城乡居民基本养老保险补助经费");
  CHECK(text(project.goal) == "1.确保基础养老金按时足额发放到符合待遇领取条件的城乡居民手中");
  CHECK(project.pages == std::vector<int>{4, 5});
  REQUIRE(project.indicators.size() == 1);
  const auto& indicator = project.indicators.front();
  CHECK(text(indicator.description) == "城乡居民中央基础养老金平均每人每月发放金额");
  CHECK(text(indicator.basis) == "邢财社【2022】86号");
  CHECK(indicator.pages == std::vector<int>{4, 5});
  CHECK(indicator.repairs == std::vector<std::string>{"page_break_row_joined", "wrapped_cell_joined"});
  auto records = json_lines(normalize::to_records(project, "d", true));
  CHECK(records[1].find(R"("pages":[4,5])") != std::string::npos);
}

TEST_CASE("a row the PDF's layout marks as a row's tail joins it, even with a value and 三级指标 of its own") {
  auto header = [&](int page) {
    return row(page, true, {cell({"一级指标"}), cell({"二级指标"}), cell({"三级指标"}), cell({"绩效指标描述"}),
                            cell({"指标值"}), cell({"指标值确定依据"})});
  };
  extract::PrintedLine title;
  title.cells = {extract::Cell{{"17、劳务派遣人员经费绩效目标表"}, 1}};
  title.page = title.last_page = 21;
  title.starts_block = true;
  extract::PrintedDocument printed;
  printed.page_count = 22;
  printed.lines = {
      title,
      header(21),
      row(21, false, {cell({"产出指标"}), cell({"成本指标"}), cell({"劳务派遣人员人均发放"}),
                      cell({"劳务派遣人员人均发放金额"}), cell({"3565.12 元/人/"}), cell({"邢开组人呈【2018】19 号"})}),
      header(22),
      row(22, false, {cell({}), cell({}), cell({"金额"}), cell({}), cell({"月"}), cell({"、劳务派遣协议"})}),
  };
  auto tail_of = [&](bool continues_row) {
    printed.lines.back().continues_row = continues_row;
    auto projects = projects_of(printed);
    REQUIRE(projects.size() == 1);
    return projects.front().indicators;
  };
  auto joined = tail_of(true);
  REQUIRE(joined.size() == 1);
  CHECK(text(joined[0].level3) == "劳务派遣人员人均发放金额");
  CHECK(text(joined[0].value_raw) == "3565.12 元/人/月");
  CHECK(text(joined[0].value.unit) == "元/人/月");
  CHECK(text(joined[0].basis) == "邢开组人呈【2018】19 号、劳务派遣协议");
  // Unmarked (a text dump), the cut text still tells: the basis goes on
  // with "、", the value from "元/人/".
  CHECK(tail_of(false).size() == 1);
  printed.lines.back().cells[5] = cell({"劳务派遣协议"});
  CHECK(tail_of(false).size() == 1);
  // The value cut after "元/人", its tail starting "/月": no cell starts with "/".
  printed.lines[2].cells[4] = cell({"3565.12 元/人"});
  printed.lines.back().cells[4] = cell({"/月"});
  CHECK(tail_of(false).size() == 1);
  printed.lines.back().cells[4] = cell({"月"});
  printed.lines[2].cells[4] = cell({"3565.12 元"});
  // Nothing tells: a row of its own (a value and a 三级指标 of its own).
  CHECK(tail_of(false).size() == 2);
  CHECK(tail_of(true).size() == 1);
}

TEST_CASE("a 一级指标 printed after the first rows of its run (centred on a run the page break cuts) fills them up") {
  auto project = project_of(std::string("8、测试经费绩效目标表\n\n") + "绩效目标\t\t\t1.目标。\t\t\n" + kHeader +
                            "\t数量指标\t培训人数\t参加培训人数\t≥70 人\t文件\n"
                            "产出指标\t质量指标\t合格率\t培训合格率\t≥95%\t文件\n"
                            "效益指标\t社会效益指标\t能力提升\t业务能力提升\t提升\t文件\n");
  REQUIRE(project.indicators.size() == 3);
  CHECK(text(project.indicators[0].level1) == "产出指标");
  CHECK(text(project.indicators[0].level2) == "数量指标");
  CHECK(project.indicators[0].repairs == std::vector<std::string>{"filled_down"});
  CHECK(text(project.indicators[2].level1) == "效益指标");
}

TEST_CASE("a 一级指标 run the page break cuts before its label takes the label printed atop the next page") {
  auto cut = [] {
    extract::Cell empty{{""}, 1};
    empty.cut_at_foot = true;
    return empty;
  };
  extract::PrintedLine title;
  title.cells = {extract::Cell{{"5、城乡居民养老保险区级配套资金绩效目标表"}, 1}};
  title.page = title.last_page = 38;
  title.starts_block = true;
  auto document = [&](extract::Cell level1, extract::Cell level2, std::string next_label) {
    extract::PrintedDocument printed;
    printed.page_count = 39;
    printed.lines = {
        title,
        row(38, false, {cell({"一级指标"}), cell({"二级指标"}), cell({"三级指标"}), cell({"绩效指标描述"}),
                        cell({"指标值"}), cell({"指标值确定依据"})}),
        row(38, false, {cell({"产出指标"}), cell({"成本指标"}), cell({"基础养老金"}), cell({"每人每月 123 元"}),
                        cell({"≤120 万"}), cell({"文件"})}),
        row(38, false, {std::move(level1), std::move(level2), cell({"补助率"}), cell({"征缴后补贴"}),
                        cell({"≥99%"}), cell({"文件"})}),
        row(39, true, {cell({next_label}), cell({next_label.empty() ? "" : "社会效益指标"}), cell({"待遇水平率"}),
                       cell({"覆盖率"}), cell({"≥99%"}), cell({"文件"})}),
        row(39, false, {cell({}), cell({}), cell({"代缴率"}), cell({"代缴覆盖率"}), cell({"≥99%"}), cell({"文件"})}),
    };
    auto projects = projects_of(printed);
    REQUIRE(projects.size() == 1);
    REQUIRE(projects.front().indicators.size() == 4);
    return projects.front().indicators;
  };
  // Its boxes start empty at the page's foot: the run is the next page's.
  auto indicators = document(cut(), cut(), "效益指标");
  CHECK(text(indicators[1].level1) == "效益指标");
  CHECK(text(indicators[1].level2) == "社会效益指标");
  CHECK(indicators[1].repairs == std::vector<std::string>{"filled_down"});
  CHECK(text(indicators[3].level1) == "效益指标");
  // Boxes covered by the run above (or a text dump, which cannot tell):
  // the run above goes on.
  indicators = document(cell({}), cell({}), "效益指标");
  CHECK(text(indicators[1].level1) == "产出指标");
  CHECK(text(indicators[1].level2) == "成本指标");
  // Cut, but the next page prints no label atop it: filled down as before.
  indicators = document(cut(), cut(), "");
  CHECK(text(indicators[1].level1) == "产出指标");
  CHECK(text(indicators[3].level2) == "成本指标");
}
