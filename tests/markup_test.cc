#include <doctest/doctest.h>

#include "normalize/markup.h"

using namespace budgetpdf::normalize;

TEST_CASE("LaTeX math and HTML tags give way to what they print") {
  struct Row {
    const char* printed;
    const char* cleaned;
  };
  for (const Row& row : {
           Row{R"($\geq 90\%$)", "≥90%"},
           Row{R"($\leq 4$万元)", "≤4万元"},
           Row{R"(达标率（%） $\geq 90\%$ ；)", "达标率（%） ≥90% ；"},
           Row{R"($\ge{}95\%$)", "≥95%"},
           Row{R"($5\times 2$)", "5×2"},
           Row{R"($\frac{1}{2}$)", R"(\frac12)"},  // an unknown command stays as printed
           Row{"<p>1.目标内容 1 保证经费</p>", "1.目标内容 1 保证经费"},
           Row{"<p>1.甲。</p> <p>2.乙。</p>", "1.甲。\n2.乙。"},
           Row{"第一段<br/>第二段", "第一段\n第二段"},
           Row{"<span style=\"x\">≥95%</span>", "≥95%"},
           Row{"甲&nbsp;乙 &lt;丙&gt;", "甲 乙 <丙>"},
       }) {
    CAPTURE(row.printed);
    CleanedText cleaned = remove_markup(row.printed);
    CHECK(cleaned.text == row.cleaned);
    CHECK(cleaned.markup_removed);
  }
}

TEST_CASE("text without markup is left as printed") {
  for (const char* printed : {
           "《中共邢台市委组织部关于印发<邢台市农村党员档案“三化一集中”实施方案>的通知》",
           "$100 and $200",  // dollars without a command are prices
           "≥90%",
           "a < b > c",
       }) {
    CAPTURE(printed);
    CleanedText cleaned = remove_markup(printed);
    CHECK(cleaned.text == printed);
    CHECK_FALSE(cleaned.markup_removed);
  }
}

TEST_CASE("narrative lines also lose Markdown list markers and bold") {
  CHECK(remove_markup_and_markdown("- 1、**一般公共预算拨款收入**：指县级财政当年拨付的资金。").text ==
        "1、一般公共预算拨款收入：指县级财政当年拨付的资金。");
  CHECK(remove_markup_and_markdown("8、**机关运行费**：是指各部门的公用经费。").text == "8、机关运行费：是指各部门的公用经费。");
  CHECK(remove_markup_and_markdown("## 八、名词解释").text == "八、名词解释");
  CleanedText plain = remove_markup_and_markdown("-3.20 万元，比上年减少");
  CHECK(plain.text == "-3.20 万元，比上年减少");  // a minus sign is no list marker
  CHECK_FALSE(plain.markup_removed);
}
