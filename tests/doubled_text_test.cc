#include <doctest/doctest.h>

#include "normalize/doubled_text.h"

using namespace budgetpdf::normalize;

TEST_CASE("a wrapped phrase printed twice in a row is printed once") {
  struct Row {
    std::vector<std::string> lines;
    std::vector<std::string> deduped;
  };
  for (const Row& row : {
           // A dump: the wraps are spaces inside one line.
           Row{{"开展共青团、少先队、 开展共青团、少先队、 关爱留守儿童等活动次数"},
               {"开展共青团、少先队、 关爱留守儿童等活动次数"}},
           // A PDF: the wraps are the cell's lines.
           Row{{"开展共青团、少先队、", "开展共青团、少先队、", "关爱留守儿童等活动次数"},
               {"开展共青团、少先队、", "关爱留守儿童等活动次数"}},
           Row{{"保障全区参保 保障全区参保 保障全区参保"}, {"保障全区参保"}},
       }) {
    CAPTURE(row.lines.front());
    DedupedLines deduped = drop_doubled_phrases(row.lines);
    CHECK(deduped.lines == row.deduped);
    CHECK(deduped.removed);
  }
}

TEST_CASE("short or numeric repeats are kept as printed") {
  for (const auto& lines : std::vector<std::vector<std::string>>{
           {"保障区内困难群众参医疗医疗救助待遇"},  // a typo to keep: two characters, no wrap between
           {"研究 研究"},                          // reduplication
           {"2023 2023 年"},                       // numbers only
           {"3 月份及 9 月份"},
           {"开展共青团、少先队、 关爱留守儿童", "等活动次数"},
       }) {
    CAPTURE(lines.front());
    DedupedLines deduped = drop_doubled_phrases(lines);
    CHECK(deduped.lines == lines);
    CHECK_FALSE(deduped.removed);
  }
}

TEST_CASE("a tail a page break repeats is told from a tail it continues") {
  CHECK(repeats_ending("印发《关于开展全省非公企业和社会组织党群活动服务中心检查验收工作方案》的通知",
                       "公企业和社会组织党群活动服务中心检查验收工作方案》的通知"));
  CHECK(repeats_ending("工作方案》的 通知", "方案》的通知"));  // spaces aside
  CHECK_FALSE(repeats_ending("邢字[2021]31", "号"));
  CHECK_FALSE(repeats_ending("邢开组人呈[2021]13 号", "号"));  // too short to tell alone
  CHECK_FALSE(repeats_ending("故障报修后 24 小时内完", "成修复"));
}
