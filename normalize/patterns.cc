#include "normalize/patterns.h"

#include <re2/re2.h>

#include "normalize/text_join.h"

namespace budgetpdf::normalize::patterns {
namespace {

// Each pattern is compiled once, on first use; RE2 matching is thread-safe.
#define BUDGETPDF_PATTERN(name, pattern) \
  const RE2& name() {                    \
    static const RE2 compiled(pattern);  \
    return compiled;                     \
  }

// A name never starts with list punctuation: "10、…绩效目标表" is a numbered title.
BUDGETPDF_PATTERN(kDeptLine, R"(^\s*(\d{2,9})\s*([^\d\s:：年、.．][^:：]*?)\s*$)")
BUDGETPDF_PATTERN(kYearLabelled, R"((?:预算|决算)?年度\s*[:：]?\s*(\d{4}))")
BUDGETPDF_PATTERN(kYearTitle, R"((\d{4})\s*年)")
BUDGETPDF_PATTERN(kYearAlone, R"(^\s*(\d{4})\s*$)")
BUDGETPDF_PATTERN(kUnit, R"(单位\s*[:：]\s*(万元|千元|亿元|元))")
BUDGETPDF_PATTERN(kToc, R"((?:\.{4,}|…{2,}|·{4,})\s*\d*\s*$)")
BUDGETPDF_PATTERN(kPageNumber, R"(^\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})\s*$)")
BUDGETPDF_PATTERN(kFurniture, R"(^\s*(?:预算年度|决算年度|年度|预算年|决算年|度|单位|金额单位|截止时间|截至时间|编制单位|部门名称|填报单位)\s*[:：]?)")
BUDGETPDF_PATTERN(kDate, R"(^\s*[:：]?\s*\d{4}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}\s*日?\s*$)")
BUDGETPDF_PATTERN(kNote, R"(^\s*(?:注|备注|说明)\s*\d?\s*[:：])")
BUDGETPDF_PATTERN(kNumberedTitle, R"(^\s*(\d{1,4})\s*[、.．]\s*(.+?)\s*$)")

}  // namespace

std::optional<DeptLine> dept_line(std::string_view text) {
  std::string code, name;
  if (!RE2::FullMatch(text, kDeptLine(), &code, &name)) return std::nullopt;
  return DeptLine{code, name};
}

std::optional<int> year_in(std::string_view text) {
  std::string nfkc_text = nfkc(text);
  int year = 0;
  if (RE2::PartialMatch(nfkc_text, kYearLabelled(), &year) || RE2::PartialMatch(nfkc_text, kYearAlone(), &year) ||
      RE2::PartialMatch(nfkc_text, kYearTitle(), &year)) {
    if (year >= 1990 && year <= 2100) return year;
  }
  return std::nullopt;
}

std::optional<std::string> unit_in(std::string_view text) {
  std::string squeezed = squeeze(text);
  std::string unit;
  if (RE2::PartialMatch(squeezed, kUnit(), &unit)) return unit;
  return std::nullopt;
}

bool is_toc_entry(std::string_view text) { return RE2::PartialMatch(text, kToc()); }

bool is_page_number(std::string_view text) { return RE2::FullMatch(text, kPageNumber()); }

bool is_table_furniture(std::string_view text) {
  if (dept_line(text) || RE2::PartialMatch(text, kYearAlone()) || RE2::PartialMatch(text, kDate())) return true;
  if (RE2::PartialMatch(text, kFurniture())) return true;
  // A line made only of furniture pieces: "113 开发区组织人事局 预算年度：2023 单位：万元".
  std::string squeezed = squeeze(text);
  return (squeezed.find("预算年度") != std::string::npos || squeezed.find("决算年度") != std::string::npos) &&
         squeezed.find("单位") != std::string::npos;
}

bool is_note(std::string_view text) { return RE2::PartialMatch(text, kNote()); }

std::optional<int> numbered_title(std::string_view text, std::string* rest) {
  int number = 0;
  std::string tail;
  if (!RE2::FullMatch(text, kNumberedTitle(), &number, &tail)) return std::nullopt;
  if (rest) *rest = tail;
  return number;
}

}  // namespace budgetpdf::normalize::patterns
