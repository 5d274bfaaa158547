#pragma once
// The classification lines a narrative names, and whether it names them as
// the tables do. A line is named by its path ("公共安全支出（204类）司法（06款）
// 行政运行（01项）", "法院（款）行政运行（项）" under a heading "（一）公共安全
// （类）"), by a code printed before its name ("2014099 其他信访事务支出") or
// by its name alone ("社会保障和就业支出 178.42 万元"). The tables say which
// code each name is: a path's codes, where printed, make the code; else its
// most specific name does, narrowed by the others. A name that differs from
// the tables' name for its code ("医疗卫生与计划生育支出（210类）" where the
// tables print 卫生健康支出, the name since 2018) is a finding.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/budget_table.h"
#include "normalize/narrative_topics.h"

namespace budgetpdf::normalize {

struct PathPart {
  int level = 0;       // 1 类, 2 款, 3 项
  std::string digits;  // the code digits its marker prints, if any
  std::string name;    // as printed before its marker, numbering and quotes dropped
};

// The path `about` (NFKC, no spaces) prints, empty when it prints none.
std::vector<PathPart> printed_path(std::string_view about);

// A name the text gives a code that is not the tables' name for it.
struct NameMismatch {
  std::string code;
  std::string printed;  // the text's name
  std::string tables;   // the tables' name
};

struct NamedLine {
  std::string code;
  CodeSystem system = CodeSystem::function;
  std::string name;  // the tables' name for it
  std::vector<NameMismatch> mismatches;
};

// The codes and names the document's tables print.
class Classification {
 public:
  // `year` is the budget year: the columns of another year are never read.
  Classification(const std::vector<BudgetTable>& tables, std::optional<int> year);

  // The line a path names; `context` gives the levels above the path's
  // first (a heading's "（一）公共安全（类）"). Nullopt when no line, or more
  // than one, fits.
  std::optional<NamedLine> resolve(const std::vector<PathPart>& path, const std::vector<PathPart>& context) const;

  // The line a code printed before a name is ("2014099 其他信访事务支出").
  std::optional<NamedLine> coded(std::string_view code, std::string_view printed_name) const;

  // The line whose name ends `about` (only generic words after it), when
  // the name is one code's; `under` prefers codes below it when several are.
  // A name alone is distinct for a 类 ("社会保障和就业支出"); a 款 or 项
  // name alone ("行政运行", "统计管理", also a project's name) names none,
  // and an economic line's only where `basic` (the text speaks of 基本支出).
  struct NameMatch {
    NamedLine line;
    size_t end = 0;  // where its name ends in `about`
  };
  std::optional<NameMatch> named_in(std::string_view about, const std::string& under, bool basic) const;

  // The cells stating the line's amount for the budget year: its rows in
  // every table (the general_public table's first), a 类 also as the
  // summary tables print it by name.
  std::vector<TableCell> cells(const NamedLine& line) const;

 private:
  struct Code {
    std::string code;
    CodeSystem system;
    std::vector<std::string> names;  // normalized, every spelling the tables print
    std::string printed;             // the first table's name as printed
  };
  const Code* find(std::string_view code, CodeSystem system) const;
  bool name_fits(const Code& code, std::string_view name) const;
  std::vector<NameMismatch> mismatches(const std::string& code, CodeSystem system,
                                       const std::vector<PathPart>& parts) const;

  const std::vector<BudgetTable>* tables_;
  std::optional<int> year_;
  std::vector<Code> codes_;
};

}  // namespace budgetpdf::normalize
