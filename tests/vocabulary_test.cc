#include <doctest/doctest.h>

#include "extract/table_titles.h"
#include "extract/vocabulary.h"

using namespace budgetpdf;
namespace vocabulary = extract::vocabulary;
using vocabulary::TableKind;

TEST_CASE("titles in every province's wording name their kind") {
  struct Row {
    const char* title;
    TableKind kind;
  };
  for (Row row : {
           Row{"2025年部门财务收支预算总表", TableKind::summary},
           Row{"预算01表 收支总表", TableKind::summary},
           Row{"表1.2026年市级部门收支预算总表", TableKind::summary},
           Row{"一、收支总体情况表", TableKind::summary},
           Row{"2022年部门综合预算收支总表", TableKind::summary},
           Row{"收入支出决算总表", TableKind::summary},
           Row{"公开01表 收支预算总表", TableKind::summary},
           Row{"2. 2025年部门收入预算总表", TableKind::income},
           Row{"（二）收入总表", TableKind::income},
           Row{"二、收入总体情况表", TableKind::income},
           Row{"收入决算表", TableKind::income},
           Row{"三、本年支出总体情况表", TableKind::expenditure},
           Row{"2025年预算单位支出预算总表", TableKind::expenditure},
           Row{"支出决算表", TableKind::expenditure},
           Row{"4．2025年部门财政拨款收支预算总表", TableKind::fiscal_summary},
           Row{"财政拨款收支总体情况表", TableKind::fiscal_summary},
           Row{"财政拨款收入支出决算总表", TableKind::fiscal_summary},
           Row{"表4：2026年市级部门财政拨款收支预算总表", TableKind::fiscal_summary},
           Row{"5．2025年部门一般公共预算支出功能分类预算表", TableKind::general_public},
           Row{"预算05表 一般公共预算支出表", TableKind::general_public},
           Row{"五、本年一般公共预算支出表", TableKind::general_public},
           Row{"一般公共预算财政拨款支出决算表", TableKind::general_public},
           Row{"五、一般公共预算拨款支出预算表", TableKind::general_public},
           Row{"8．2025年部门一般公共预算基本支出部门预算经济分类预算表", TableKind::general_public_basic},
           Row{"六、一般公共预算基本支出情况表", TableKind::general_public_basic},
           Row{"一般公共预算财政拨款基本支出决算表", TableKind::general_public_basic},
           Row{"九、一般公共预算基本支出经济分类情况表", TableKind::general_public_basic},
           Row{"6．2025年部门政府性基金预算支出功能分类预算表", TableKind::gov_fund},
           Row{"财政拨款政府性基金支出预算表", TableKind::gov_fund},
           Row{"政府性基金预算财政拨款收入支出决算表", TableKind::gov_fund},
           Row{"2022年部门综合预算政府性基金收支表", TableKind::gov_fund},
           Row{"十、本年国有资本经营预算支出明细表", TableKind::state_capital},
           Row{"国有资本经营预算财政拨款支出决算表", TableKind::state_capital},
           Row{"9．2025年部门“三公”经费和机关运行经费预算表", TableKind::three_public},
           Row{"一般公共预算“三公”经费、会议费、培训费支出表", TableKind::three_public},
           Row{"财政拨款“三公”经费支出决算表", TableKind::three_public},
           Row{"十、政府采购预算明细表", TableKind::procurement},
           Row{"部门综合预算政府采购（资产配置、购买服务）预算表", TableKind::procurement},
           Row{"十一、一般公共预算机关运行经费支出预算表", TableKind::other},
           Row{"财政拨款支出预算表（功能科目）", TableKind::other},
           Row{"财政拨款基本支出预算表（经济科目）", TableKind::other},
           Row{"（八）一般公共预算支出表（按经济分类）", TableKind::other},
           Row{"（四）基本支出总表", TableKind::other},
           Row{"（五）项目支出总表", TableKind::other},
           Row{"预算11表 财政拨款政府购买服务明细表", TableKind::other},
           Row{"部门综合预算财政拨款上年结转资金支出表", TableKind::other},
           Row{"九、项目支出表", TableKind::other},
           // The sample's wording (河北).
           Row{"部门预算收支总表", TableKind::summary},
           Row{"部门预算收入总表", TableKind::income},
           Row{"部门预算支出总表", TableKind::expenditure},
           Row{"部门预算财政拨款收支总表", TableKind::fiscal_summary},
           Row{"部门预算一般公共预算财政拨款支出表", TableKind::general_public},
           Row{"部门预算一般公共预算财政拨款基本支出表", TableKind::general_public_basic},
           Row{"部门预算政府基金预算财政拨款支出表", TableKind::gov_fund},
           Row{"政府性基金预算财政拨款支出表", TableKind::gov_fund},
           Row{"部门预算国有资本经营预算财政拨款支出表", TableKind::state_capital},
           Row{"部门预算财政拨款“三公”经费支出表", TableKind::three_public},
           Row{"部门政府采购预算", TableKind::procurement},
           Row{"部门固定资产占用情况表", TableKind::assets},
           Row{"部门机构设置情况", TableKind::institutions},
           Row{"1、2023年武装工作经费绩效目标表", TableKind::performance},
           Row{"预算13表 部门整体支出绩效目标表", TableKind::performance},
           Row{"财政项目支出绩效目标填报表", TableKind::performance},  // a 填报表 is one table
           Row{"培训专项项目绩效自评表", TableKind::performance},
           Row{"部门整体支出绩效自评表", TableKind::performance},
       }) {
    std::string title = row.title;
    CAPTURE(title);
    auto kind = vocabulary::title_kind(row.title);
    REQUIRE(kind.has_value());
    CHECK(vocabulary::kind_name(*kind) == vocabulary::kind_name(row.kind));
    CHECK(vocabulary::looks_like_title(row.title));
  }
}

TEST_CASE("headings of groups of tables, table numbers and narrative headings name no table") {
  for (std::string text : {"五、部门预算表", "第二部分 2026年度部门预算表", "第二部分 国家信访局部门预算表",
                           "江苏省2018年度省级部门预算公开报表", "部门预算公开表", "公开02表", "公开 02 表", "表3",
                           "预算01表", "二、机构设置情况", "四、财政拨款“三公”经费预算情况", "部门预算信息公开情况说明",
                           "2026年部门预算表", "第三部分 2026 年度部门预算情况说明",
                           "部门预算收支总表. . . . . . . . . . 2", "详见附表", "具体情况如下表",
                           "详见单位的项目绩效目标表"}) {
    CAPTURE(text);
    CHECK_FALSE(vocabulary::title_kind(text).has_value());
  }
  CHECK(vocabulary::is_table_number("公开 02 表"));
  CHECK(vocabulary::is_table_number("公开表1"));
  CHECK(vocabulary::is_table_number("表3"));
  CHECK_FALSE(vocabulary::is_table_number("收支总表"));
}

TEST_CASE("a title printed in the 目录 and on its page has one core") {
  CHECK(vocabulary::title_core("5．2025年部门一般公共预算支出功能分类预算表") == "部门一般公共预算支出功能分类预算表");
  CHECK(vocabulary::title_core("2025年部门一般公共预算支出功能分类预算表") == "部门一般公共预算支出功能分类预算表");
  CHECK(vocabulary::title_core("五、财政拨款支出表（功能科目）") == "财政拨款支出表");
  CHECK(vocabulary::title_core("预算01表 收支总表") == "收支总表");
}

TEST_CASE("furniture in every form gives the department, the year and the unit") {
  auto read = [](const char* text) {
    auto furniture = vocabulary::read_furniture(text);
    REQUIRE(furniture.has_value());
    return *furniture;
  };
  auto shanghai = read("编制部门：上海市普陀区人民政府万里街道办事处                 单位：元");
  CHECK(shanghai.dept_name == "上海市普陀区人民政府万里街道办事处");
  CHECK(shanghai.unit == "元");
  auto yantai = read("部门（单位）：烟台市财政局      单位：万元");
  CHECK(yantai.dept_name == "烟台市财政局");
  CHECK(yantai.unit == "万元");
  CHECK(read("单位：苏州市自然资源和规划局").dept_name == "苏州市自然资源和规划局");
  CHECK(read("单位:万元").unit == "万元");
  CHECK(read("金额单位：万元").unit == "万元");
  CHECK(read("预算单位：长春市信访局").dept_name == "长春市信访局");
  CHECK(read("部 门:中共江苏省委办公厅").dept_name == "中共江苏省委办公厅");
  CHECK(read("编制单位：上海市财务会计综合管理事务中心（上海市财政科学研究所）").dept_name ==
        "上海市财务会计综合管理事务中心（上海市财政科学研究所）");
  CHECK(read("部门：").dept_name_follows);
  CHECK(read("预算年度：2023").year == 2023);
  CHECK(read("2023").year == 2023);
  CHECK(read("度：").year == std::nullopt);
  auto hebei = read("113 开发区组织人事局 预算年度：2023 单位：万元");
  CHECK(hebei.dept_code == "113");
  CHECK(hebei.dept_name == "开发区组织人事局");
  CHECK(hebei.year == 2023);
  CHECK(hebei.unit == "万元");
  CHECK(read("113 开发区组织人事局 2023").year == 2023);
  CHECK(read("（2026年度）").year == 2026);  // under a title
  CHECK(read("(2026 年度)").year == 2026);
  CHECK(read("资金主管部门：测试局").dept_name == "测试局");
  for (std::string text : {"行政单位：", "本文件起草单位：司法部人民参与和促进法治局、司法部信息中心。", "单位预算编制说明",
                           "位，中直、区直企事业单位：", "一、部门主要职能", "单位：个", "2023年部门预算"}) {
    CAPTURE(text);
    CHECK_FALSE(vocabulary::read_furniture(text).has_value());
  }
}

TEST_CASE("units, years, page numbers and contents entries") {
  CHECK(vocabulary::unit_in("价值（金额单位：万元）") == "万元");
  CHECK(vocabulary::unit_in("预算数（单位：元）") == "元");
  CHECK_FALSE(vocabulary::unit_in("单位名称").has_value());
  CHECK(vocabulary::year_in("国家信访局 2026 年度部门预算") == 2026);
  CHECK(vocabulary::year_in("预算年度：２０２３") == 2023);
  CHECK_FALSE(vocabulary::year_in("编号12026年").has_value());
  for (const char* text : {"- 4 -", "—9—", "— 10 —", "4", "第 4 页", "第4页 共56页", "4/56"}) {
    CAPTURE(text);
    CHECK(vocabulary::looks_like_page_number(text));
  }
  CHECK_FALSE(vocabulary::looks_like_page_number("第一部分 部门概况"));
  CHECK(vocabulary::is_contents_entry("一、部门职责 ............................................. 2"));
  CHECK(vocabulary::is_contents_entry("1. 2025年部门财务收支预算总表   ……………………………………"));
  CHECK(vocabulary::is_contents_entry("部门预算收支总表. . . . . . . . . . . . . . 2"));
  CHECK_FALSE(vocabulary::is_contents_entry("一、部门职责"));
  CHECK(vocabulary::is_contents_heading("目    录"));
  CHECK(vocabulary::is_note("注：本表无数据。"));
  CHECK(vocabulary::is_note("备注：空表列示"));
  CHECK_FALSE(vocabulary::is_note("注意事项"));
}

TEST_CASE("a department line is furniture with the labels a narrow page prints right after it") {
  CHECK(vocabulary::looks_like_dept_line("113 开发区组织人事局"));
  CHECK(vocabulary::looks_like_dept_line("113 开发区组织人事局预算年度：2023"));
  CHECK(vocabulary::starts_like_furniture("113 开发区组织人事局预算年度：2023"));
  CHECK(vocabulary::starts_like_furniture("编制部门：上海市普陀区司法局"));
  CHECK(vocabulary::starts_like_furniture("单位（万元）："));
  CHECK_FALSE(vocabulary::starts_like_furniture("价值（金额单位：万元）"));
  CHECK_FALSE(vocabulary::looks_like_dept_line("2023年部门预算"));
  CHECK_FALSE(vocabulary::looks_like_dept_line("10、部门整体支出绩效目标表"));
  // A quantity with its unit in a 绩效 cell.
  CHECK_FALSE(vocabulary::looks_like_dept_line("128 元补助"));
  CHECK_FALSE(vocabulary::starts_like_furniture("95%满意度"));
}
