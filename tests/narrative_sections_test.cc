#include <doctest/doctest.h>

#include "dump_builder.h"
#include "normalize/narrative_sections.h"
#include "schema/jsonl_writer.h"

using namespace budgetpdf;

namespace {

std::vector<std::string> section_lines(const extract::PrintedDocument& printed, bool has_pages) {
  std::vector<std::string> lines;
  for (const auto& section : normalize::narrative_sections(printed, normalize::segment_document(printed))) {
    lines.push_back(schema::to_json_line(normalize::to_record(section, "d", has_pages)));
  }
  return lines;
}

// A line of running text as the PDF reader gives it.
extract::PrintedLine text(int page, bool starts_block, std::string content) {
  extract::PrintedLine line;
  line.cells = {extract::Cell{{std::move(content)}, 1}};
  line.page = line.last_page = page;
  line.starts_block = starts_block;
  return line;
}

std::string section_json(const std::string& heading, const std::string& text, const std::string& repairs = "") {
  return R"({"record":"section","doc_id":"d","heading":")" + heading + R"(","text":")" + text +
         R"(","pages":null,"repairs":[)" + repairs + "]}";
}

}  // namespace

TEST_CASE("the narrative comes out as sections under headings found by their shape") {
  std::string dump =
      "2023 年部门预算信息公开目录\n\n部门预算公开表\n\n部门预算收支总表.....\t3\n部门预算信息公开情况说明\n\n"
      "一、部门职责及机构设置情况.....\t46\n\n" +
      testing::table_dump("部门预算一般公共预算财政拨款支出表", testing::kGeneralPublicHeader,
                          {"1\t\t合计\t1.00\t\t1.00\n"}) +
      "测试局 2023 年部门预算信息公开情况说明\n\n按照《预算法》规定，现将预算公开如下：\n\n"
      "一、部门职责及机构设置情况\n\n部门职责：\n\n（一）贯彻执行有关法律。\n\n（二）负责综合管理。\n\n"
      "二、部门预算安排的总体情况\n\n1、收入说明\n\n反映本部门当年全部收入。\n\n"
      "（一）加强干部队伍建设，提高干部整体素质\n\n"
      "四、财政拨款“三公”经费预算情况\n\n产业园运营达标率 $\\geq 90\\%$ 。\n\n"
      "五、预算绩效信息\n\n八、名词解释\n\n"
      "- 1、**一般公共预算拨款收入**：指县级财政当年拨付的资金。\n- 2、**事业收入**：指事业单位取得的收入。\n\n"
      "九、其他需要说明的事项\n\n我部门无其他需要说明的事项\n";
  auto lines = section_lines(extract::read_text_dump(dump), false);
  CHECK(lines == std::vector<std::string>{
                     section_json("测试局 2023 年部门预算信息公开情况说明", "按照《预算法》规定，现将预算公开如下："),
                     section_json("部门职责：", "（一）贯彻执行有关法律。\\n（二）负责综合管理。"),
                     // A numbered line with sentence punctuation is text, not a heading.
                     section_json("1、收入说明", "反映本部门当年全部收入。\\n（一）加强干部队伍建设，提高干部整体素质"),
                     section_json("四、财政拨款“三公”经费预算情况", "产业园运营达标率 ≥90% 。", R"("markup_removed")"),
                     section_json("八、名词解释",
                                  "1、一般公共预算拨款收入：指县级财政当年拨付的资金。\\n2、事业收入：指事业单位取得的收入。",
                                  R"("markup_removed")"),
                     section_json("九、其他需要说明的事项", "我部门无其他需要说明的事项"),
                 });
}

TEST_CASE("a PDF's lines join into paragraphs, across a page break too, without running furniture") {
  extract::PrintedDocument printed;
  printed.page_count = 3;
  printed.lines = {
      text(1, true, "测试局 2023 年部门预算"),  // running header, printed on every page
      text(1, true, "1、收入说明"),
      text(1, true, "反映本部门当年全部收入。2023 年预算收入"),
      text(1, false, "10544.51 万元，其中一般公共"),
      text(2, true, "测试局 2023 年部门预算"),
      text(2, true, "预算收入 10533.69 万元。"),
      text(2, false, "上年结转 10.69 万元。"),
      text(3, true, "测试局 2023 年部门预算"),
      text(3, true, "2、支出说明"),
      text(3, true, "支出预算 10544.51 万元。"),
  };
  auto lines = section_lines(printed, true);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == R"({"record":"section","doc_id":"d","heading":"1、收入说明","text":"反映本部门当年全部收入。)"
                    R"(2023 年预算收入10544.51 万元，其中一般公共预算收入 10533.69 万元。\n上年结转 10.69 万元。",)"
                    R"("pages":[1,2],"repairs":[]})");
  CHECK(lines[1] == R"({"record":"section","doc_id":"d","heading":"2、支出说明","text":"支出预算 10544.51 万元。",)"
                    R"("pages":[3],"repairs":[]})");
}

TEST_CASE("a sentence's short line printed alike on several pages is text, not running furniture") {
  extract::PrintedDocument printed;
  printed.page_count = 3;
  for (int page = 1; page <= 3; ++page) {
    printed.lines.push_back(text(page, true, "测试局 2023 年部门预算"));  // a running header
    printed.lines.push_back(text(page, true, std::to_string(page) + "、项目"));
    printed.lines.push_back(text(page, true, "主要原因是：业务量增"));
    printed.lines.push_back(text(page, false, "加。"));  // the end of a sentence, on every page
  }
  auto lines = section_lines(printed, true);
  REQUIRE(lines.size() == 3);
  CHECK(lines[2] == R"({"record":"section","doc_id":"d","heading":"3、项目","text":"主要原因是：业务量增加。",)"
                    R"("pages":[3],"repairs":[]})");
}
