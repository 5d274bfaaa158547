#include <doctest/doctest.h>

#include "normalize/indicator_value.h"

using namespace budgetpdf::normalize;

namespace {

struct Parsed {
  const char* printed;
  const char* op;     // nullptr: null
  const char* value;  // nullptr: null
  const char* unit;   // nullptr: null
};

std::string or_null(const std::optional<std::string>& text) { return text ? *text : "null"; }
std::string or_null(const char* text) { return text ? text : "null"; }

}  // namespace

TEST_CASE("indicator values read as [operator] number [unit]") {
  for (const Parsed& row : {
           // Shapes printed in the sample.
           Parsed{"≥70 人", "≥", "70", "人"},
           Parsed{"100%", "=", "100", "%"},
           Parsed{"≤4万元", "≤", "4", "万元"},
           Parsed{"3565.12 元/人/月", "=", "3565.12", "元/人/月"},
           Parsed{"≤2.4 万元/家", "≤", "2.4", "万元/家"},
           Parsed{"<30日", "<", "30", "日"},
           Parsed{"8元", "=", "8", "元"},
           Parsed{"≥99.09", "≥", "99.09", nullptr},
           Parsed{"≤10 月底", "≤", "10", "月底"},
           Parsed{"10 月底前", "=", "10", "月底前"},
           Parsed{"≥70.00 名", "≥", "70.00", "名"},  // decimals stay as printed
           Parsed{"1039.49平方米", "=", "1039.49", "平方米"},
           Parsed{"2 次/年", "=", "2", "次/年"},
           Parsed{"≥2000 元/人/年", "≥", "2000", "元/人/年"},
           Parsed{"≥20元/任职每满一年", "≥", "20", "元/任职每满一年"},  // a CJK numeral is no digit
           // Qualitative, or a unit holding a digit, a sign or list punctuation: all null.
           Parsed{"≤5000 元/2 套", nullptr, nullptr, nullptr},
           Parsed{"按月", nullptr, nullptr, nullptr},
           Parsed{"提升", nullptr, nullptr, nullptr},
           Parsed{"成效明显", nullptr, nullptr, nullptr},
           Parsed{"3 月、9 月份按时完成率=100.00%", nullptr, nullptr, nullptr},
           Parsed{"离职前基础职务补贴的70%、80%、90%、100%", nullptr, nullptr, nullptr},
           Parsed{"每个党员每年不少于200元", nullptr, nullptr, nullptr},
           Parsed{"物业费1.8元/平/月，公共水电费0.55元/平/月", nullptr, nullptr, nullptr},
           // Shapes not in the sample.
           Parsed{"80%-90%", nullptr, nullptr, nullptr},
           Parsed{"80-90%", nullptr, nullptr, nullptr},
           Parsed{"不低于95%", "≥", "95", "%"},
           Parsed{"不少于 3 次", "≥", "3", "次"},
           Parsed{"不高于5万元", "≤", "5", "万元"},
           Parsed{"不超过 30 天", "≤", "30", "天"},
           Parsed{"大于0", ">", "0", nullptr},
           Parsed{"小于5%", "<", "5", "%"},
           Parsed{"低于 1 次", "<", "1", "次"},
           Parsed{"≥９５％", "≥", "95", "%"},  // full-width digits and percent sign
           Parsed{">=90%", "≥", "90", "%"},
           Parsed{"＜３０日", "<", "30", "日"},
           Parsed{"=100.00(%)", "=", "100.00", "%"},  // the unit in brackets (上海)
           Parsed{"≥13459.00（平方米）", "≥", "13459.00", "平方米"},
           Parsed{"=100%", "=", "100", "%"},
           Parsed{"1,200 人", "=", "1200", "人"},
           Parsed{"≥", nullptr, nullptr, nullptr},
           Parsed{"", nullptr, nullptr, nullptr},
       }) {
    CAPTURE(row.printed);
    IndicatorValue value = parse_indicator_value(row.printed);
    CHECK(or_null(value.op) == or_null(row.op));
    CHECK((value.value ? value.value->to_string() : "null") == or_null(row.value));
    CHECK(or_null(value.unit) == or_null(row.unit));
  }
}

TEST_CASE("a value printed twice is printed once, where the value proves the doubling") {
  struct Row {
    const char* printed;
    const char* cleaned;
  };
  for (const Row& row : {
           Row{"≥144986≥144986 人", "≥144986 人"},
           Row{"≥436788≥436788 人次", "≥436788 人次"},
           Row{"≥99≥99%", "≥99%"},
           Row{"≥3≥3次", "≥3次"},
           Row{"≥70≥70.00 名", "≥70.00 名"},  // the fuller spelling stays
           Row{"≤1≤万元", "≤1万元"},          // the sign again between number and unit
           Row{"≤0.40.4万", "≤0.4万"},         // no number has two decimal points
           Row{"55285528人", "5528人"},        // two copies of four digits
           Row{"≥ 99 ≥ 99%", "≥ 99%"},
           Row{"≥９９≥９９％", "≥９９％"},
       }) {
    CAPTURE(row.printed);
    DedupedValue deduped = remove_doubled_value(row.printed);
    CHECK(deduped.text == row.cleaned);
    CHECK(deduped.removed);
  }
}

TEST_CASE("legitimate values are left alone by the de-doubling") {
  for (const char* printed : {
           "100%", "1039.49平方米", "2 次/年", "≥2000 元/人/年", "≥99.09", "1010 元", "100100 元", "1111人",
           "≥99≥98%",           // two different numbers: no evidence of a doubled print
           "≥1≤5万元",          // two different signs
           "≤5000 元/2 套",
           "3 月、9 月份按时完成率=100.00%",
           "离职前基础职务补贴的70%、80%、90%、100%",
           "≥1≥万元2",          // a digit after the repeated sign: not a unit
           "1,0001,000人",      // copies with thousands separators are not taken apart
           "按月",
           "",
       }) {
    CAPTURE(printed);
    DedupedValue deduped = remove_doubled_value(printed);
    CHECK(deduped.text == printed);
    CHECK_FALSE(deduped.removed);
  }
}
