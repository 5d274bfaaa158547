#pragma once
// Every figure the narrative states, as a `statement`: what it is about and
// the table cell that states the same, or none. What a figure is about is
// what its clause names (a classification path, a code, a line's name, a
// total of narrative_topics); a clause that only restates ("2026年预算安排",
// "2025年当年预算执行数为") is about what its paragraph, else its section's
// heading, is about. The figures of one comparison (the year's, the one
// compared with, the change, the rate) are grouped for narrative_checks.

#include <optional>
#include <string>
#include <vector>

#include "normalize/budget_table.h"
#include "normalize/narrative_classification.h"
#include "normalize/narrative_figures.h"
#include "normalize/narrative_sections.h"
#include "normalize/narrative_topics.h"
#include "schema/record.h"

namespace budgetpdf::normalize {

struct StatedItem {
  std::string label;  // 收入预算合计, 行政运行, or the clause's own words
  std::optional<NamedLine> line;
  std::vector<TableCell> cells;  // every cell stating it
  bool known = false;            // a topic or a line, not just words
  // A total named by generic words only ("2018年预算支出合计"): under a
  // heading or a path naming a line, it is that line's.
  bool weak = false;
};

struct Statement {
  size_t section = 0;
  std::string sentence;
  std::string subject;  // the item for a figure of it, else 增减额, 增减率, 上年数, 占比 …
  StatedItem item;
  Figure figure;
  // The cell it agrees with, else the first cell stating it; none for a
  // figure no table states (a change, a rate, a reason's part).
  std::optional<TableCell> compared;
  size_t sentence_no = 0;  // sentences of the narrative counted in order
};

// The figures of one comparison, by their index among the statements: the
// year's figure, the one it is compared with, the change and the rate
// stated, and whether the text calls it unchanged (持平) without a figure.
struct Comparison {
  // The year's figure, and its restatements ("…住房公积金（01项）208.8万元。…
  // 2026年预算安排201.50万元"): a change or rate holds if it holds for one.
  std::vector<size_t> amounts;
  std::optional<size_t> base;
  std::optional<size_t> change;
  std::optional<size_t> rate;
  bool flat = false;
};

struct NarrativeFigures {
  std::vector<Statement> statements;
  std::vector<Comparison> comparisons;
  // The section whose paragraphs were left unread past the cap on
  // statements, if it was reached.
  std::optional<size_t> capped_in_section;
};

NarrativeFigures narrative_figures(const std::vector<Section>& sections, const std::vector<BudgetTable>& tables,
                                   const FigureContext& context);

// Whether the stated figure agrees with the table's value, to the stated
// precision (rounded or cut there) and after unit conversion. Nullopt when
// the units cannot be compared.
std::optional<bool> agrees(const Figure& figure, const TableCell& cell);

// The table's value in the figure's unit, exact.
std::optional<Decimal> in_figure_unit(const Figure& figure, const TableCell& cell);

schema::Record to_record(const Statement& statement, const std::vector<Section>& sections, const std::string& doc_id,
                         bool has_pages);

}  // namespace budgetpdf::normalize
