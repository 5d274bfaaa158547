#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "normalize/narrative_figures.h"
#include "normalize/narrative_text.h"

using namespace budgetpdf;
using normalize::Direction;
using normalize::FigureRole;

namespace {

// A figure as "number unit role direction | about".
std::string describe(const normalize::Figure& figure) {
  static const char* roles[] = {"amount", "base", "change", "rate", "share", "completion", "explanation", "other"};
  std::string out = figure.number + " " + figure.unit + " " + roles[static_cast<int>(figure.role)];
  if (figure.direction != Direction::none) out += " " + std::string(normalize::direction_name(figure.direction));
  return out + " | " + figure.about;
}

// One figure a line, so a failure shows them.
std::string figures_of(const std::string& paragraph, normalize::FigureContext context = {2026, false}) {
  std::string out;
  for (const auto& figure : normalize::read_figures(paragraph, context).figures) out += describe(figure) + "\n";
  return out;
}

std::string lines(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += item + "\n";
  return out;
}

}  // namespace

TEST_CASE("every amount and percentage of a paragraph is read with what its clause says it is") {
  struct Row {
    std::string name;
    std::string paragraph;
    std::vector<std::string> figures;
  };
  const Row rows[] = {
      {"a total and its parts after 其中",
       "2026年，上海市普陀区司法局收入预算9628.22万元，其中：财政拨款收入9628.22万元，比2025年预算增加793.14万元；事业收入0万元。",
       {"9628.22 万元 amount | 上海市普陀区司法局收入预算", "9628.22 万元 amount | 财政拨款收入",
        "793.14 万元 change increase | 比2025年预算增加", "0 万元 amount | 事业收入"}},
      {"the year's figure, the one compared with, the rate",
       "2025年当年预算执行数为1690.69万元，2026年预算安排1672.67万元，比2025年预算执行数减少1.07%。",
       {"1690.69 万元 base | 2025年当年预算执行数为", "1672.67 万元 amount | 2026年预算安排",
        "1.07 % rate decrease | 比2025年预算执行数减少"}},
      {"the figure compared with printed after 比",
       "2026 年度收入预算51036.22 万元，比 2025 年年初预算数 45557.68 万元增加 5478.54 万元，增长 12.03%。",
       {"51036.22 万元 amount | 2026年度收入预算", "45557.68 万元 base | 比2025年年初预算数",
        "5478.54 万元 change increase | 增加", "12.03 % rate increase | 增长"}},
      {"thousands separators, spaces, 减幅 and 增幅",
       "比 2025 年执行数减少 20,766.6 万元，减幅55.76%，扣除中央基建后增幅 20.26%。",
       {"20,766.6 万元 change decrease | 比2025年执行数减少", "55.76 % rate decrease | 减幅",
        "20.26 % rate increase | 扣除中央基建后增幅"}},
      {"a share and a completion rate",
       "一般公共预算拨款收入 16,474.82 万元，占 32.55%；支出决算为13733.8 万元，完成年初预算的 91.14%。",
       {"16,474.82 万元 amount | 一般公共预算拨款收入", "32.55 % share | 占", "13733.8 万元 amount | 支出决算为",
        "91.14 % completion | 完成年初预算的"}},
      {"figures in a reason explain the change, to the end of the sentence or of a clause of its list",
       "增加4016.19万元。主要原因是基本支出增加人员工资等 3397.18 万元；项目支出 9629.53 万元。",
       {"4016.19 万元 change increase | 增加", "3397.18 万元 explanation | 主要原因是基本支出增加人员工资等",
        "9629.53 万元 amount | 项目支出"}},
      {"a threshold is no figure", "单价100万元（含）以上设备0台（套），单位价值 50 万元以上设备。", {}},
      {"a template's both directions", "与上年相比增加（减少）0万元，增长（减少）0 %。",
       {"0 万元 change unstated | 与上年相比增加(减少)", "0 % rate unstated | 增长(减少)"}},
      {"收、支 name one figure", "收、支总计各增加 5834.37 万元，增长 35.74%。",
       {"5834.37 万元 change increase | 收、支总计各增加", "35.74 % rate increase | 增长"}},
      {"a number that goes on from a word or a longer number is none", "2026信访专项经费30万元，A1.5%。",
       {"30 万元 amount | 2026信访专项经费"}},
      {"full-width percent", "占比 73.33％", {"73.33 % share | 占比"}},
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    CHECK(figures_of(row.paragraph) == lines(row.figures));
  }
}

TEST_CASE("in a 决算 the year's budget is what its figures are measured against") {
  CHECK(figures_of("2024 年度财政拨款支出年初预算为 15068.55 万元，支出决算为13733.8 万元。", {2024, true}) ==
        lines({"15068.55 万元 base | 2024年度财政拨款支出年初预算为", "13733.8 万元 amount | 支出决算为"}));
  // In a budget, the year's own 年初预算 is the year's figure.
  CHECK(figures_of("2026 年年初预算数19,230.18 万元。", {2026, false}) == lines({"19,230.18 万元 amount | 2026年年初预算数"}));
  // A year's end is a date of the figure, not the year compared with.
  CHECK(figures_of("上年末固定资产金额为331.41万元。", {2023, false}) == lines({"331.41 万元 amount | 上年末固定资产金额为"}));
}

TEST_CASE("a change stated without a figure is marked where it compares") {
  auto marks = normalize::read_figures("因公出国（境）费0万元，与2025年预算持平，主要原因是无变化；公务接待费与上年基本持平。",
                                       {2026, false})
                   .marks;
  // The reason's 无变化 and the loose 基本持平 are no marks.
  REQUIRE(marks.size() == 1);
  CHECK(marks[0].direction == Direction::flat);
}

TEST_CASE("paragraphs the reader broke at a printed line are one again, titles and numbered items stay apart") {
  normalize::Section section;
  section.heading = "2.一般公共服务支出（类）信访事务（款）一般行政管";
  section.paragraphs = {
      "理事务（项）2026 年预算数为 737.29 万元，比 2025 年执行数增加",
      "670.85 万元，主要用于：",
      "支付养老保险。",
      "2026年部门预算编制说明",
      "（1）一般公共预算拨款收入 41,183.84 万元，与上年相比减",
      "少 1,300.99 万元。",
      "苏州市生态环境局 2026 年一般公共预算拨款安排的“三",
      "公”经费支出预算 20 万元。",
  };
  normalize::NarrativeText text = normalize::narrative_text(section);
  CHECK_FALSE(text.heading.has_value());
  CHECK(lines(text.paragraphs) ==
        lines({
            "2.一般公共服务支出（类）信访事务（款）一般行政管理事务（项）2026 年预算数为 737.29 万元，比 2025 年执行数增加"
            "670.85 万元，主要用于：支付养老保险。",
            "2026年部门预算编制说明",
            "（1）一般公共预算拨款收入 41,183.84 万元，与上年相比减少 1,300.99 万元。",
            "苏州市生态环境局 2026 年一般公共预算拨款安排的“三公”经费支出预算 20 万元。",
        }));
  // A heading that is a title stays one.
  section.heading = "二、机关运行经费预算";
  section.paragraphs = {"2026年机关运行经费预算为217.83万元。"};
  text = normalize::narrative_text(section);
  CHECK(text.heading == "二、机关运行经费预算");
  CHECK(lines(text.paragraphs) == lines({"2026年机关运行经费预算为217.83万元。"}));
}
