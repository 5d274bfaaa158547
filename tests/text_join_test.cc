#include <doctest/doctest.h>

#include "normalize/text_join.h"

using namespace budgetpdf::normalize;

TEST_CASE("numbers and codes lose every break") {
  struct Row {
    std::vector<std::string> lines;
    const char* joined;
  };
  for (const Row& row : {Row{{"1054 4.51"}, "10544.51"}, Row{{"5655 .22"}, "5655.22"}, Row{{"811. 31"}, "811.31"},
                         Row{{"2012 999"}, "2012999"}, Row{{"1054", "4.51"}, "10544.51"},
                         Row{{"10", "54", "4.51"}, "10544.51"}, Row{{"1 0 5 4 4 . 5 1"}, "10544.51"},
                         Row{{"1855."}, "1855."}}) {
    CAPTURE(row.joined);
    CHECK(join_token(row.lines) == row.joined);
  }
}

TEST_CASE("text joins CJK without a space and Latin words with one") {
  struct Row {
    std::vector<std::string> lines;
    const char* joined;
  };
  for (const Row& row : {
           Row{{"一般公共预算 拨款收入"}, "一般公共预算拨款收入"},
           Row{{"国有 资本 经营 预算 支出"}, "国有资本经营预算支出"},
           Row{{"国有", "企业退休人员"}, "国有企业退休人员"},
           Row{{"“三公”经费 小计"}, "“三公”经费小计"},
           Row{{"3 月份及 9 月份"}, "3 月份及 9 月份"},  // spaces the source printed stay
           Row{{"邢字[2021]31", "号"}, "邢字[2021]31号"},   // a printed wrap before CJK leaves nothing
           Row{{"Excel", "file"}, "Excel file"},
           Row{{"  padded  "}, "padded"},
           Row{{"1039.", "49平方米"}, "1039.49平方米"},
       }) {
    CAPTURE(row.joined);
    CHECK(join_text(row.lines) == row.joined);
  }
}

TEST_CASE("text joined a line at a time is the text of its lines joined at once") {
  struct Row {
    std::vector<std::string> lines;
    const char* joined;
  };
  for (const Row& row : {
           Row{{"一般公共预算", "拨款收入", "Excel", "file", "  1039.", "49平方米。"}, "一般公共预算拨款收入Excel file 1039.49平方米。"},
           Row{{"  ", "国有 资本", "", "经营  预算"}, "国有资本经营预算"},
           Row{{"3 月份及", "9 月份"}, "3 月份及9 月份"},  // a printed wrap after CJK leaves nothing
       }) {
    CAPTURE(row.joined);
    budgetpdf::normalize::TextJoiner joiner;
    for (const auto& line : row.lines) joiner.add(line);
    CHECK(joiner.text() == row.joined);
    CHECK(join_text(row.lines) == row.joined);
  }
  TextJoiner sentence;
  CHECK_FALSE(sentence.ends_with("。"));
  sentence.add("反映本部门当年全部收入。 ");
  CHECK(sentence.ends_with("。"));
  sentence.add("其中");
  CHECK_FALSE(sentence.ends_with("。"));
}

TEST_CASE("squeeze folds spacing and width for comparing labels") {
  CHECK(squeeze("项 目") == "项目");
  CHECK(squeeze("（境）") == "(境)");
  CHECK(squeeze("资 金 性 质") == "资金性质");
  CHECK(squeeze("１２３") == "123");
  // Former bug (found by fuzzing): a spacing mark folds to space + combining
  // mark; without the space the mark combines, so squeezing twice differed.
  CHECK(squeeze("A\u00A8") == "\u00C4");
  CHECK(squeeze(squeeze("\u00A0@A\u00A8\u0007")) == squeeze("\u00A0@A\u00A8\u0007"));
}
