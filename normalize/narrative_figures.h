#pragma once
// The figures a narrative paragraph states: every amount (a number with 元,
// 千元, 万元 or 亿元) and every percentage, with what its own clause says it
// is: a figure of the year, the figure a change is measured from, a change,
// a rate, a share, a completion rate, a part of a reason. What a figure is
// about is left to narrative_statements; the tables are not read here.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "schema/decimal.h"

namespace budgetpdf::normalize {

enum class FigureRole {
  amount,       // a figure of the year: 收入预算9628.22万元, 2026年预算安排1672.67万元
  base,         // what a change is measured from: 2025年预算执行数为1690.69万元, 上年预算数; in a 决算 also 年初预算
  change,       // 比上年增加793.14万元
  rate,         // 增长17.62%, 减幅55.76%
  share,        // 占32.55%, 占“三公”经费的31.14%
  completion,   // 完成年初预算的91.14%
  explanation,  // a figure in a reason (主要原因是…增加3397.18万元): a part of a change, not the item's figure
  other,        // any other percentage (缴存比例不低于5%)
};

enum class Direction {
  none,
  up,        // 增加, 增长, 上升 …
  down,      // 减少, 下降, 降低 …
  flat,      // 持平, 相同, 不变 …
  unstated,  // a template's "增加（减少）": both, so neither
};

struct Figure {
  std::string number;  // as printed, separators kept
  schema::Decimal value;
  std::string unit;  // 元, 千元, 万元, 亿元, %
  FigureRole role = FigureRole::amount;
  Direction direction = Direction::none;
  // The words of its clause before it, white space removed: what the text
  // says it is ("其中：财政拨款收入", "2025年当年预算执行数为").
  std::string about;
  // The year its clause names, if any ("2025年当年预算执行数为" 2025).
  std::optional<int> year;
  size_t begin = 0;  // bytes into its paragraph
  size_t end = 0;
};

// A change stated without a figure ("与2025年预算持平", "与上年预算数相同").
struct DirectionMark {
  size_t at = 0;
  Direction direction = Direction::flat;
};

struct ParagraphFigures {
  std::vector<Figure> figures;
  std::vector<DirectionMark> marks;
};

struct FigureContext {
  std::optional<int> year;     // the document's fiscal year
  bool final_account = false;  // a 决算: 年初预算 is what the year's figures are measured against
  // Statements taken at most (Limits::statements_per_document); the
  // paragraphs after the one that reaches it are not read.
  size_t max_statements = SIZE_MAX;
};

ParagraphFigures read_figures(const std::string& paragraph, const FigureContext& context);

// The contract's spelling of a direction ("increase", "decrease",
// "unchanged"); empty for none.
std::string_view direction_name(Direction direction);

}  // namespace budgetpdf::normalize
