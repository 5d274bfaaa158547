#include "normalize/narrative_topics.h"

#include <algorithm>

#include "normalize/patterns.h"
#include "normalize/text_join.h"

namespace budgetpdf::normalize {
namespace {

using enum TableKind;
constexpr Side kIncome = Side::income;
constexpr Side kSpending = Side::expenditure;
constexpr Side kNoSide = Side::none;

// The summary tables' total rows, by side.
const std::vector<std::string_view> kIncomeTotalRows = {"总计", "收入合计", "本年收入合计", "收入总额"};
const std::vector<std::string_view> kSpendingTotalRows = {"总计", "支出合计", "本年支出合计", "支出总额"};
// A table's amount of the year: the budget's column, or a 决算's.
const std::vector<std::string_view> kTotal = {"total", "current_expenditure", "amount"};
const std::vector<std::string_view> kAmount = {"amount", "total", "current_income", "current_expenditure"};

CellSource total_row(TableKind table, std::vector<std::string_view> columns) {
  return {table, kNoSide, RowMatch::total, {}, {}, std::move(columns)};
}
CellSource named_row(TableKind table, Side side, std::vector<std::string_view> rows,
                     std::vector<std::string_view> columns, std::vector<std::string_view> unless = {}) {
  return {table, side, RowMatch::named, std::move(rows), std::move(unless), std::move(columns)};
}
CellSource any_row(TableKind table, std::vector<std::string_view> columns, std::string_view title_word = {}) {
  return {table, kNoSide, RowMatch::any, {}, {}, std::move(columns), title_word};
}

// 三公 tables print each kind of expense as a column (Shanghai: one row) or
// as a row (合计 | 因公出国（境）费 | …), and in a 决算 under 预算数 and 决算数.
std::vector<CellSource> three_public_cells(std::string_view key, std::vector<std::string_view> rows,
                                           std::vector<std::string_view> unless = {}) {
  static const std::vector<std::string> prefixed_keys = [] {
    std::vector<std::string> keys;
    for (std::string_view k : {"abroad", "vehicle", "vehicle_purchase", "vehicle_operation", "reception",
                               "office_operation", "meeting", "training", "three_public_total"}) {
      keys.push_back("budget_" + std::string(k));
      keys.push_back("actual_" + std::string(k));
    }
    return keys;
  }();
  // A 决算's statements are its 决算数; its 预算数 are what they are measured
  // against, never compared as the year's figure.
  std::vector<std::string_view> columns = {key};
  for (std::string_view prefix : {"actual_", "budget_"}) {
    for (const auto& k : prefixed_keys) {
      if (k.starts_with(prefix) && std::string_view(k).substr(prefix.size()) == key) columns.push_back(k);
    }
  }
  const std::vector<std::string_view> row_totals = {"total", "budget_total", "actual_total"};
  return {any_row(three_public, std::move(columns)),
          named_row(three_public, kNoSide, std::move(rows), row_totals, std::move(unless))};
}

std::vector<Topic> make_topics() {
  std::vector<Topic> topics = {
      {"收入预算合计",
       {"收入", "收入预算", "收支总计", "收、支总计", "收支", "预算收支", "收支安排", "预算收入", "收入总计", "收入合计", "收入总额", "总收入", "本年收入", "收支总预算",
        "收支预算", "收支总计", "收支预算总计", "收支总额", "收、支总计", "收、支预算总计"},
       {total_row(income, {"total", "current_income"}), total_row(income, {"current_subtotal"}),
        named_row(summary, kIncome, kIncomeTotalRows, kAmount)}},
      {"支出预算合计",
       {"支出预算", "预算支出", "支出总计", "支出合计", "支出总额", "总支出", "本年支出"},
       {total_row(expenditure, {"total", "current_expenditure"}), named_row(summary, kSpending, kSpendingTotalRows, kAmount)}},
      {"财政拨款收入",
       {"财政拨款收入", "财政补助收入", "财政拨款收支", "财政拨款收、支", "财政拨款收支总预算", "财政拨款收入支出"},
       {total_row(income, {"fiscal_appropriation"}), named_row(fiscal_summary, kIncome, kIncomeTotalRows, kAmount),
        named_row(summary, kIncome, {"财政拨款"}, kAmount)}},
      {"财政拨款支出",
       {"财政拨款支出", "财政拨款预算支出", "财政拨款支出预算"},
       {named_row(fiscal_summary, kSpending, kSpendingTotalRows, kTotal)}},
      {"一般公共预算收入",
       {"一般公共预算收入", "一般公共预算拨款收入", "一般公共预算财政拨款收入", "一般公共预算当年拨款收入",
        "一般公共预算拨款", "一般公共预算当年拨款", "一般公共预算财政拨款", "一般公共预算当年财政拨款",
        "本年一般公共预算收入"},
       {named_row(summary, kIncome, {"一般公共预算"}, kAmount, {"结转"}),
        named_row(fiscal_summary, kIncome, {"一般公共预算"}, kAmount, {"结转"}), total_row(income, {"general_public"}),
        total_row(general_public, kTotal)}},
      {"一般公共预算支出",
       {"一般公共预算支出", "一般公共预算拨款支出", "一般公共预算财政拨款支出", "一般公共预算财政拨款预算支出",
        "一般公共预算当年拨款支出"},
       {total_row(general_public, kTotal), named_row(fiscal_summary, kSpending, kSpendingTotalRows, {"general_public"})}},
      {"政府性基金预算收入",
       {"政府性基金预算收入", "政府性基金预算拨款收入", "政府性基金预算财政拨款收入", "政府性基金收入",
        "基金预算收入", "政府性基金拨款收入", "政府性基金预算拨款"},
       {named_row(summary, kIncome, {"政府性基金"}, kAmount, {"结转"}),
        named_row(fiscal_summary, kIncome, {"政府性基金"}, kAmount, {"结转"}), total_row(gov_fund, kTotal)}},
      {"政府性基金预算支出",
       {"政府性基金预算支出", "政府性基金支出", "政府性基金拨款支出", "政府性基金预算拨款支出",
        "政府性基金预算财政拨款支出"},
       {total_row(gov_fund, kTotal), named_row(fiscal_summary, kSpending, kSpendingTotalRows, {"gov_fund"})}},
      {"国有资本经营预算收入",
       {"国有资本经营预算收入", "国有资本经营预算拨款收入", "国有资本经营预算财政拨款收入", "国有资本经营收入",
        "国有资本经营预算拨款"},
       {named_row(summary, kIncome, {"国有资本经营"}, kAmount, {"结转"}),
        named_row(fiscal_summary, kIncome, {"国有资本经营"}, kAmount, {"结转"}), total_row(state_capital, kTotal)}},
      {"国有资本经营预算支出",
       {"国有资本经营预算支出", "国有资本经营支出", "国有资本经营预算拨款支出", "国有资本经营预算财政拨款支出"},
       {total_row(state_capital, kTotal), named_row(fiscal_summary, kSpending, kSpendingTotalRows, {"state_capital"})}},
      {"事业收入", {"事业收入"}, {total_row(income, {"business"}), named_row(summary, kIncome, {"事业收入"}, kAmount)}},
      {"事业单位经营收入",
       {"事业单位经营收入", "经营收入", "事业单位经营服务收入"},
       {total_row(income, {"operating"}), named_row(summary, kIncome, {"经营收入"}, kAmount)}},
      {"其他收入",
       {"其他收入", "其他来源收入"},
       {total_row(income, {"other"}), named_row(summary, kIncome, {"其他收入"}, kAmount)}},
      {"上年结转",
       {"上年结转", "上年结转结余", "年初结转和结余", "年初结转结余", "上年结转结余收入"},
       {total_row(income, {"carryover"}), named_row(summary, kIncome, {"上年结转", "年初结转"}, kAmount),
        named_row(fiscal_summary, kIncome, {"上年结转", "年初结转", "年初财政拨款结转"}, kAmount)}},
      {"财政专户管理资金收入",
       {"财政专户管理资金收入", "财政专户管理资金", "财政专户核拨收入", "财政专户收入"},
       {total_row(income, {"fiscal_special_account"}), named_row(summary, kIncome, {"财政专户"}, kAmount)}},
      {"上级补助收入", {"上级补助收入"}, {total_row(income, {"higher_subsidy"}), named_row(summary, kIncome, {"上级补助"}, kAmount)}},
      {"附属单位上缴收入",
       {"附属单位上缴收入"},
       {total_row(income, {"affiliated_remit"}), named_row(summary, kIncome, {"附属单位上缴"}, kAmount)}},
      {"基本支出",
       {"基本支出"},
       {total_row(expenditure, {"basic"}), total_row(general_public, {"basic"}), total_row(general_public_basic, kTotal),
        named_row(summary, kSpending, {"基本支出"}, kAmount)}},
      {"项目支出",
       {"项目支出"},
       {total_row(expenditure, {"project"}), total_row(general_public, {"project"}),
        named_row(summary, kSpending, {"项目支出"}, kAmount)}},
      {"人员经费",
       {"人员经费", "人员支出"},
       {total_row(general_public_basic, {"personnel"}), total_row(general_public, {"basic_personnel", "personnel"})}},
      {"公用经费",
       {"公用经费", "日常公用经费", "日常公用支出", "公用支出"},
       {total_row(general_public_basic, {"public_expense"}), total_row(general_public, {"basic_public_expense", "public_expense"})}},
      {"三公经费合计",
       {"三公经费", "三公经费支出", "三公经费预算"},
       [] {
         std::vector<CellSource> cells = three_public_cells("three_public_total", {"三公"});
         cells.push_back({three_public, kNoSide, RowMatch::only, {}, {}, {"total", "budget_total", "actual_total"}});
         cells.push_back(total_row(three_public, {"total", "budget_total", "actual_total"}));
         return cells;
       }()},
      {"因公出国（境）费", {"因公出国(境)费", "因公出国(境)费用", "因公出国(境)经费"}, three_public_cells("abroad", {"因公出国"})},
      {"公务用车购置及运行费",
       {"公务用车购置及运行维护费", "公务用车购置及运行费", "公务用车购置和运行维护费", "公务用车购置及运维费",
        "公务车购置及运行费", "公务用车购置及运行维护费用"},
       three_public_cells("vehicle", {"购置及运", "购置和运"})},
      {"公务用车购置费", {"公务用车购置费", "公务用车购置"}, three_public_cells("vehicle_purchase", {"购置费"}, {"运行", "运维"})},
      {"公务用车运行维护费",
       {"公务用车运行维护费", "公务用车运行费", "公务用车运维费", "公务车用车运行费", "公务车运行维护费", "公务用车运行"},
       three_public_cells("vehicle_operation", {"运行维护费", "运行费", "运维费"}, {"购置"})},
      {"公务接待费", {"公务接待费", "公务接待费用"}, three_public_cells("reception", {"公务接待"})},
      {"会议费", {"会议费"}, three_public_cells("meeting", {"会议费"})},
      {"培训费", {"培训费"}, three_public_cells("training", {"培训费"})},
      {"机关运行经费",
       {"机关运行经费", "机关运行费", "运行经费"},
       {any_row(three_public, {"office_operation", "budget_office_operation", "actual_office_operation"}),
        {other, kNoSide, RowMatch::total, {}, {}, kTotal, "机关运行"}}},
      {"政府采购预算",
       {"政府采购预算", "政府采购", "政府采购支出", "政府采购资金"},
       {total_row(procurement, {"total"})}},
      {"固定资产", {"固定资产"}, {named_row(assets, kNoSide, {"资产总额", "资产总计", "合计"}, {"value"})}},
  };
  return topics;
}

const std::vector<Topic>& topics() {
  static const std::vector<Topic> all = make_topics();
  return all;
}

// Words that restate a figure without naming what it is about.
constexpr std::string_view kGenericWords[] = {
    "预算执行数", "预算安排数", "财政拨款", "预算数", "决算数", "执行数", "合计数", "总金额", "预算", "决算",
    "安排", "支出", "总计", "合计", "总额", "金额", "资金", "拨款", "当年", "本年", "全年", "年初", "年度",
    "小计", "规模", "共计", "共", "计", "数", "为", "是", "约", "达", "了", "的", "有", "年", "度"};
// How the words before a plainly named total may end: a year, a body
// (局, 委, 单位, 部门 …), a fund, 其中, 包括, 的.
constexpr std::string_view kPlainPrefixEnds[] = {
    "年", "度", "局", "委", "办", "院", "部", "厅", "处", "室", "会", "中心", "站", "所", "队", "单位", "部门",
    "本级", "机关", "本", "的", "中", "为", "包括", "其中", "预算", "拨款", "财政", "当年", "全年", "末",
    "合计", "安排", "及", "和", "、"};
constexpr std::string_view kQuotes[] = {"“", "”", "‘", "’", "\"", "'", "「", "」"};

std::string without_quotes(std::string_view text) {
  std::string out(text);
  for (std::string_view quote : kQuotes) {
    for (size_t at = out.find(quote); at != std::string::npos; at = out.find(quote, at)) out.erase(at, quote.size());
  }
  return out;
}

bool row_matches(const BudgetLine& line, const CellSource& source) {
  if (line.side != source.side) return false;
  switch (source.row) {
    case RowMatch::total: return is_total_row(line);
    case RowMatch::any:
    case RowMatch::only: return true;
    case RowMatch::named: break;
  }
  if (line.code) return false;
  std::string name = without_quotes(without_numbering(squeeze(line.name)));
  auto holds = [&](std::string_view word) { return name.find(word) != std::string::npos; };
  return std::any_of(source.row_words.begin(), source.row_words.end(), holds) &&
         std::none_of(source.row_unless.begin(), source.row_unless.end(), holds);
}

}  // namespace

std::string without_numbering(std::string_view squeezed_name) {
  std::string_view name = squeezed_name;
  name.remove_prefix(patterns::heading_number_length(name));
  for (std::string_view lead : {"其中:", "其中：", "其中"}) {
    if (name.starts_with(lead)) name.remove_prefix(lead.size());
  }
  return std::string(name);
}

bool only_generic_words(std::string_view rest) {
  while (!rest.empty()) {
    if (rest.front() >= '0' && rest.front() <= '9') {
      rest.remove_prefix(1);
      continue;
    }
    bool stripped = false;
    for (std::string_view word : kGenericWords) {
      if (rest.starts_with(word)) {
        rest.remove_prefix(word.size());
        stripped = true;
        break;
      }
    }
    for (std::string_view quote : kQuotes) {
      if (!stripped && rest.starts_with(quote)) {
        rest.remove_prefix(quote.size());
        stripped = true;
      }
    }
    if (!stripped) return false;
  }
  return true;
}

bool plain_prefix(std::string_view before) {
  if (before.empty()) return true;
  unsigned char last = static_cast<unsigned char>(before.back());
  if (last < 0x80) return true;  // a number, a mark, a bracket closed
  return std::any_of(std::begin(kPlainPrefixEnds), std::end(kPlainPrefixEnds),
                     [&](std::string_view end) { return before.ends_with(end); });
}

std::optional<TopicMatch> topic_named(std::string_view about) {
  std::string text = without_quotes(about);
  std::optional<TopicMatch> best;
  size_t best_start = 0, best_length = 0;
  for (const auto& topic : topics()) {
    for (std::string_view word : topic.words) {
      size_t at = text.rfind(word);
      if (at == std::string::npos || !only_generic_words(std::string_view(text).substr(at + word.size()))) continue;
      if (!plain_prefix(std::string_view(text).substr(0, at))) continue;
      // Every candidate runs to the end but for generic words: the one
      // starting first covers most ("一般公共预算拨款支出" over "支出预算").
      if (!best || at < best_start || (at == best_start && word.size() > best_length)) {
        best = TopicMatch{&topic, text.substr(0, at)};
        best_start = at;
        best_length = word.size();
      }
    }
  }
  return best;
}

std::vector<TableCell> topic_cells(const Topic& topic, const std::vector<BudgetTable>& tables, std::optional<int> year) {
  std::vector<TableCell> cells;
  for (const auto& source : topic.cells) {
    for (const auto& table : tables) {
      if (table.kind != source.table) continue;
      if (!source.title_word.empty() && squeeze(table.title).find(source.title_word) == std::string::npos) continue;
      if (source.row == RowMatch::only && table.lines.size() != 1) continue;
      for (const auto& line : table.lines) {
        if (!row_matches(line, source)) continue;
        for (std::string_view column : source.columns) {
          std::optional<std::string> key = column_of_year(table, column, year);
          if (!key) continue;
          std::optional<Decimal> value = line.amount_or_zero(*key);
          if (value) cells.push_back({&table, &line, *key, *value, line.has_amount(*key)});
        }
      }
    }
  }
  return cells;
}

namespace {

enum class Period { none, budget_year, other };

// What the first level of a column's header says of its year.
Period period_of(std::string_view head, std::optional<int> year) {
  std::string text = squeeze(head);
  for (std::string_view word : {"增减", "变化", "变动", "比较", "上年", "上一年", "去年"}) {
    if (text.find(word) != std::string::npos) return Period::other;
  }
  for (std::string_view word : {"当年", "本年", "今年"}) {
    if (text.find(word) != std::string::npos) return Period::budget_year;
  }
  std::optional<int> printed = patterns::last_year(text);
  if (!printed) return Period::none;
  return year && *printed == *year ? Period::budget_year : Period::other;
}

std::pair<std::string_view, std::string_view> head_and_rest(std::string_view label) {
  size_t slash = label.find('/');
  if (slash == std::string_view::npos) return {label, {}};
  return {label.substr(0, slash), label.substr(slash + 1)};
}

}  // namespace

std::optional<std::string> column_of_year(const BudgetTable& table, std::string_view key, std::optional<int> year) {
  auto keyed = std::find_if(table.columns.begin(), table.columns.end(),
                            [&](const ColumnSpec& column) { return column.role == ColumnRole::amount && column.key == key; });
  if (keyed == table.columns.end()) return std::nullopt;
  auto [head, rest] = head_and_rest(keyed->label);
  if (period_of(head, year) != Period::other) return keyed->key;
  for (const auto& column : table.columns) {
    if (column.role != ColumnRole::amount || column.side != keyed->side) continue;
    auto [other_head, other_rest] = head_and_rest(column.label);
    if (squeeze(other_rest) == squeeze(rest) && period_of(other_head, year) == Period::budget_year) return column.key;
  }
  return std::nullopt;
}

std::optional<std::string> total_column_of_year(const BudgetTable& table, std::optional<int> year) {
  for (const auto& column : table.columns) {
    if (column.role != ColumnRole::amount) continue;
    auto [head, rest] = head_and_rest(column.label);
    if (period_of(head, year) != Period::budget_year) continue;
    std::string tail = squeeze(rest);
    if (tail.empty() || tail.ends_with("小计") || tail.ends_with("合计")) return column.key;
  }
  return std::nullopt;
}

}  // namespace budgetpdf::normalize
