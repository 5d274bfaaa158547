#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "normalize/narrative_text_checks.h"

using namespace budgetpdf;

namespace {

// The findings on one section, one a line: "rule | detail".
std::string findings(std::vector<std::string> paragraphs, bool unit_budget = false) {
  normalize::Section section;
  section.heading = "三、说明";
  section.paragraphs = std::move(paragraphs);
  std::string out;
  for (const auto& check : normalize::narrative_text_checks({section}, {unit_budget})) {
    CHECK(check.subject == "三、说明");
    CHECK_FALSE(check.ok);
    out += check.rule + " | " + check.detail + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("the wording a reviewer marks is found, each finding its own rule") {
  struct Row {
    std::string name;
    std::vector<std::string> paragraphs;
    std::string found;
  };
  const Row rows[] = {
      {"a full stop doubled", {"主要用于：信息化建设及运行维护等方面的支出。。2025年当年预算执行数为60.41万元。"},
       "narrative.doubled_punctuation | 设及运行维护等方面的支出。。2025年当年预算执行数\n"},
      {"a comma and a full stop", {"收入预算100万元，。"}, "narrative.doubled_punctuation | 收入预算100万元，。\n"},
      {"an ellipsis and a dash are no doubled marks", {"包括办公费、印刷费……等——共计。"}, ""},
      {"a quotation mark closing nothing", {"开展“人民调解协议书检查”、优秀调解案例”活动。"},
       "narrative.unbalanced_brackets | ” closes nothing: 议书检查”、优秀调解案例”活动。\n"},
      {"a bracket left open", {"绩效自评的项目39个（其中，评级为“优”的项目39个。"},
       "narrative.unbalanced_brackets | （ is not closed: 绩效自评的项目39个（其中，评级为“优”的项目\n"},
      {"a bracket closed in a later paragraph of the section", {"平均得分99分（其中：", "1.优的项目39个；", "2.良的0个）。"}, ""},
      {"a list's number closes nothing and is no bracket", {"1）办公费；2）印刷费。", "a)差旅费。"}, ""},
      {"a full-width bracket closed by a half-width one", {"（1)办公费（含印刷费)。"}, ""},
      {"a sentence cut after its connective", {"公务用车购置及运行费9.98万元，与2025年预算数持平，主要原因是。其中：购置费0万元。"},
       "narrative.sentence_cut | ends on 原因是: 公务用车购置及运行费9.98万元，与2025年预算数持平，主要原因是。\n"},
      {"words that end on a connective's character are whole", {"列入其中。", "视为。", "总和。"}, ""},
      {"a paragraph of one sentence without its full stop",
       {"支出预算100万元。", "财政拨款收入支出增加的主要原因是工作量增加", "财政拨款支出主要内容如下："},
       "narrative.missing_full_stop | no mark after: 加的主要原因是工作量增加\n"},
      {"a title, and a line the reader broke, are no sentence without a full stop",
       {"2026年部门预算编制说明", "收入预算100万元，主要原因", "是业务量增加。"}, ""},
      {"a template's wording left", {"财政拨款收入支出增加（减少）的主要原因是业务量增加。", "公用经费XX万元。"},
       "narrative.template_placeholder | 增加（减少）: 财政拨款收入支出增加（减少）的主要原因是业务量增加。\n"
       "narrative.template_placeholder | XX: 公用经费XX万元。\n"},
      {"Latin words are no placeholder", {"XXL号被装。"}, ""},
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    CHECK(findings(row.paragraphs) == row.found);
  }
}

TEST_CASE("a 单位预算 calling itself 部门预算 is found, a policy's name is not") {
  std::vector<std::string> paragraphs = {"深化部门预算改革。2026年部门预算安排购置车辆0辆；部门预算安排购置单价100万元（含）以上设备0台（套）。"};
  CHECK(findings(paragraphs, true) ==
        "narrative.document_scope | a 单位预算 says 部门预算: 部门预算改革。2026年部门预算安排购置车辆0辆;部门预\n"
        "narrative.document_scope | a 单位预算 says 部门预算: 门预算安排购置车辆0辆;部门预算安排购置单价100万元(\n");
  CHECK(findings(paragraphs, false) == "");
}
