#include <doctest/doctest.h>

#include "extract/dump/text_dump_reader.h"
#include "normalize/document_info.h"
#include "normalize/table_kind.h"
#include "normalize/table_segmenter.h"
#include "normalize/text_join.h"

using namespace budgetpdf;
using normalize::TableKind;

TEST_CASE("a title without a grid after it is running text, and so is a narrative heading") {
  auto doc = extract::read_text_dump(
      "四、财政拨款“三公”经费预算情况及增减变化原因\n\n2023年，我部门财政拨款“三公”经费预算安排0.5万元。\n\n"
      "部门预算财政拨款“三公”经费支出表\n\n113 开发区组织人事局\n\n预算年度：\n2023\n\n单位：万元\n\n"
      "序号\t项目\t合计\n栏次\t1\t2\n1\t合计\t0.50\n\n下一段文字。\n");
  auto segments = normalize::segment_document(doc);
  REQUIRE(segments.size() == 4);
  CHECK(std::holds_alternative<normalize::TextLine>(segments[0]));
  CHECK(std::holds_alternative<normalize::TextLine>(segments[1]));
  const auto& table = std::get<normalize::TableSegment>(segments[2]);
  CHECK(table.kind == TableKind::three_public);
  CHECK(table.furniture.size() == 4);
  CHECK(table.rows.size() == 3);
  CHECK(std::get<normalize::TextLine>(segments[3]).line->text() == "下一段文字。");
}

TEST_CASE("a short phrase right above the first row is a header cell left outside the grid, not the title") {
  // An unruled procurement header: its spanning cell "政府采购项目" comes as a
  // text line of its own, and it names the table kind too.
  auto doc = extract::read_text_dump(
      "部门政府采购预算\n113 开发区组织人事局\n单位：万元\n政府采购项目\n项目名称\t预算资金\t合计\n\n注：空表列示。\n");
  auto segments = normalize::segment_document(doc);
  REQUIRE(segments.size() == 1);
  const auto& table = std::get<normalize::TableSegment>(segments[0]);
  CHECK(table.kind == TableKind::procurement);
  CHECK(table.title == "部门政府采购预算");
  CHECK(table.furniture == std::vector<std::string>{"113 开发区组织人事局", "单位：万元", "政府采购项目"});
  CHECK(table.rows.size() == 1);

  // Above a project grid a phrase is its goal or the next title: never a header cell.
  auto projects = extract::read_text_dump(
      "1、2023年甲项目绩效目标表\n2、2023年乙项目绩效目标表\n一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\n");
  auto project_segments = normalize::segment_document(projects);
  REQUIRE(project_segments.size() == 2);
  CHECK(std::holds_alternative<normalize::TextLine>(project_segments[0]));
  CHECK(std::get<normalize::TableSegment>(project_segments[1]).title == "2、2023年乙项目绩效目标表");
}

TEST_CASE("a table's name numbered like a narrative heading is its title") {
  auto doc = extract::read_text_dump(
      "一、部门收支总表\n113 开发区组织人事局\n单位：万元\n项目\t预算数\t项目\t预算数\n栏次\t1\t栏次\t2\n"
      "一、一般公共预算拨款收入\t10544.51\t一、一般公共服务支出\t859.23\n");
  auto segments = normalize::segment_document(doc);
  REQUIRE(segments.size() == 1);
  const auto& table = std::get<normalize::TableSegment>(segments[0]);
  CHECK(table.kind == TableKind::summary);
  CHECK(table.title == "一、部门收支总表");
}

TEST_CASE("table-of-contents entries are not tables") {
  auto doc = extract::read_text_dump("部门预算收支总表.....\t3\n部门预算收入总表.....\t7\n");
  CHECK(normalize::segment_document(doc).empty());
}

TEST_CASE("the year under a title starts no title, and a unit's code and name opening a project title do") {
  const std::string grid = "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t人数\t5 人\n\n";
  auto doc = extract::read_text_dump("（2026年度）\n甲项目绩效目标表\n（2026年度）\n" + grid +
                                     "100001_测试局第一分局_乙项目绩效\n目标表\n(2026 年度)\n" + grid);
  auto segments = normalize::segment_document(doc);
  REQUIRE(segments.size() == 3);
  const auto& first = std::get<normalize::TableSegment>(segments[1]);
  CHECK(first.title == "甲项目绩效目标表");
  CHECK(first.rows.size() == 2);
  const auto& second = std::get<normalize::TableSegment>(segments[2]);
  CHECK(second.title == "100001_测试局第一分局_乙项目绩效目标表");
  CHECK(second.rows.size() == 2);
}

TEST_CASE("numbered 绩效目标表 titles each start a table, also past 9 and when wrapped") {
  const std::string grid = "绩效目标\t\t\t1.目标。\t\t\n一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\n"
                           "产出指标\t数量指标\t人数\t人数\t5 人\t文件\n\n";
  auto doc = extract::read_text_dump("第二部分 预算项目绩效目标\n\n9、甲经费绩效目标表\n\n" + grid +
                                     "10、乙经费绩效目标表\n\n" + grid +  // "10、…" is no department line
                                     "11、提前下达 2023 年中央财政城乡居\n民基本养老保险补助经费绩效目标表\n\n" + grid);
  auto segments = normalize::segment_document(doc);
  REQUIRE(segments.size() == 4);
  CHECK(std::get<normalize::TextLine>(segments[0]).line->text() == "第二部分 预算项目绩效目标");
  std::vector<std::string> titles;
  for (size_t i = 1; i < segments.size(); ++i) {
    const auto& table = std::get<normalize::TableSegment>(segments[i]);
    CHECK(table.kind == TableKind::performance);
    CHECK(table.rows.size() == 3);
    titles.push_back(table.title);
  }
  CHECK(titles == std::vector<std::string>{"9、甲经费绩效目标表", "10、乙经费绩效目标表",
                                           "11、提前下达 2023 年中央财政城乡居民基本养老保险补助经费绩效目标表"});
}

TEST_CASE("the budget year printed on the department's line is not part of the name") {
  auto doc = extract::read_text_dump(
      "部门预算收支总表\n预算年度：\n113 开发区组织人事局 2023\n单位：元\n"
      "序号\t收入\t\t支出\t\n\t项目\t预算数\t项目\t预算数\n栏次\t1\t2\t3\t4\n"
      "1\t一、一般公共预算拨款收入\t10.00\t一、一般公共服务支出\t10.00\n");
  auto segments = normalize::segment_document(doc);
  auto info = normalize::document_info(doc, segments, {});
  CHECK(info.dept_code == "113");
  CHECK(info.dept_name == "开发区组织人事局");
  CHECK(info.year == 2023);
}

TEST_CASE("a title wrapped over two lines and printed again on the next page stays one table") {
  auto doc = extract::read_text_dump(
      "1、2023年城乡居民基本养老保险补助资金（对基金补助）绩效目\n标表\n"
      "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\n"
      "产出指标\t数量指标\t参保人数\t参保人数\t≥100 人\t文件\n\n"
      "1、2023年城乡居民基本养老保险补助资金（对基金补助）绩效目\n标表\n"
      "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\n"
      "\t质量指标\t发放率\t发放率\t100%\t文件\n");
  auto segments = normalize::segment_document(doc);
  REQUIRE(segments.size() == 1);
  const auto& table = std::get<normalize::TableSegment>(segments[0]);
  CHECK(table.title == "1、2023年城乡居民基本养老保险补助资金（对基金补助）绩效目标表");
  REQUIRE(table.rows.size() == 4);
  CHECK(table.rows[2].after_page_break);
}

TEST_CASE("a unit printed after the rows (on the page a wide sheet's last columns spill onto) is the table's") {
  auto doc = extract::read_text_dump(
      "部门政府采购预算\n305 某市交通运输局\n政府采购项目\n项目名称\t预算资金\t合计\n\n注：无政府采购预算，空表列示。\n\n"
      "- 33 -\n\n单位：元\n\n部门机构设置情况\n单位名称\t单位性质\n本级\t行政\n");
  auto segments = normalize::segment_document(doc);
  REQUIRE(segments.size() == 2);
  const auto& table = std::get<normalize::TableSegment>(segments[0]);
  CHECK(table.kind == TableKind::procurement);
  CHECK(table.furniture == std::vector<std::string>{"305 某市交通运输局", "政府采购项目", "单位：元"});
  // A unit printed above the grid stays the table's; one printed after
  // the rows adds nothing then.
  auto printed_above = extract::read_text_dump(
      "部门政府采购预算\n单位：万元\n项目名称\t预算资金\t合计\n\n- 33 -\n\n单位：元\n");
  auto above = normalize::segment_document(printed_above);
  REQUIRE(above.size() == 1);
  CHECK(std::get<normalize::TableSegment>(above[0]).furniture == std::vector<std::string>{"单位：万元"});
}
