#pragma once
// What a disclosure's narrative states figures about besides its
// classification lines: the totals every 情况说明 names (收入预算合计,
// 财政拨款收入, 基本支出, 人员经费, “三公”经费 and its kinds, 机关运行经费,
// 政府采购预算, 固定资产 …), the words it names each with, and the cells of
// the standard tables that state it. The provinces print the same figure in
// different tables and columns (the 三公 table keyed by column in Shanghai,
// by row elsewhere), so a topic lists every cell that may state it; a
// figure agrees with the tables when it agrees with one of them.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/budget_table.h"

namespace budgetpdf::normalize {

enum class RowMatch {
  total,  // the table's 合计 / 总计 row
  named,  // a row whose name (its numbering dropped) holds one of `row_words`
  any,    // every row that has the column (the 三公 table keyed by column)
  only,   // the table's one row (Shanghai's 三公 table)
};

struct CellSource {
  TableKind table = TableKind::other;
  Side side = Side::none;
  RowMatch row = RowMatch::total;
  std::vector<std::string_view> row_words;   // NFKC, no spaces
  std::vector<std::string_view> row_unless;  // a row whose name holds one of these is another's
  std::vector<std::string_view> columns;     // amount keys
  std::string_view title_word = {};          // only a table whose title holds it
};

struct Topic {
  std::string_view label;                // the statement's subject
  std::vector<std::string_view> words;   // how the text names it, NFKC without spaces
  std::vector<CellSource> cells;         // the most usual first
};

// A cell of a table: where a figure is stated, with its value.
struct TableCell {
  const BudgetTable* table = nullptr;
  const BudgetLine* line = nullptr;
  std::string column;
  Decimal value;  // zero for a cell printed empty
  bool printed = true;
};

// The topic the words before a figure name, where they name one: a topic
// word in `about` (NFKC, no spaces) that only generic words (预算, 安排, 数,
// 为, 总计 …) follow, the one starting first where several do
// ("一般公共预算拨款支出预算" is 一般公共预算支出, not 支出预算). `before`
// holds the words before it, quotes dropped.
struct TopicMatch {
  const Topic* topic = nullptr;
  std::string before;
};
std::optional<TopicMatch> topic_named(std::string_view about);

// Whether the words before a name leave it the name it is: nothing, a
// number, a department or unit ("…司法局", "本单位"), a year, a fund
// ("一般公共预算", "财政拨款"), "其中" — not a qualifier making it another
// thing ("临聘人员经费" is no 人员经费).
bool plain_prefix(std::string_view before);

// Whether nothing but generic words (and years, numbering, quotes) is left
// in `rest`: the words before a figure that restate what it is about
// ("2026年预算安排", "预算数为") without naming it.
bool only_generic_words(std::string_view rest);

// Every cell of the tables that states the topic for the budget `year`, in
// the topic's order.
std::vector<TableCell> topic_cells(const Topic& topic, const std::vector<BudgetTable>& tables, std::optional<int> year);

// The column of `table` stating `key`'s figure for the budget `year`: `key`
// itself unless its header names another year ("2025年预算数/合计", "上年/…",
// "增减变化情况/…"; tables printing two years side by side key the first),
// else the column printed under the budget year with the same header below
// ("2026年预算数/合计"). Nullopt when there is none.
std::optional<std::string> column_of_year(const BudgetTable& table, std::string_view key, std::optional<int> year);

// The column of `table` stating each row's total for the budget `year`
// where none is keyed total ("2026年预算数/年初预算数/小计").
std::optional<std::string> total_column_of_year(const BudgetTable& table, std::optional<int> year);

// `name` without its numbering ("一、", "（二）", "1.", "其中：").
std::string without_numbering(std::string_view squeezed_name);

}  // namespace budgetpdf::normalize
