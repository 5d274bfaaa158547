#include "normalize/performance_table.h"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <utility>

#include "normalize/doubled_text.h"
#include "normalize/grid.h"
#include "normalize/indicator_text.h"
#include "normalize/markup.h"
#include "normalize/patterns.h"
#include "normalize/performance_layout.h"
#include "normalize/table_kind.h"
#include "normalize/text_join.h"

namespace budgetpdf::normalize {
namespace {

using extract::Cell;

constexpr std::string_view kTitleSuffixes[] = {"绩效目标填报表", "绩效目标表", "绩效自评表"};

void add_repair(std::vector<std::string>& repairs, std::string_view repair) {
  if (std::find(repairs.begin(), repairs.end(), repair) == repairs.end()) repairs.emplace_back(repair);
}

struct CellText {
  std::optional<std::string> text;
  std::vector<std::string> repairs;
};

// A text cell: wraps joined, a doubled wrapped phrase and markup removed.
CellText read_text_cell(const Cell& cell) {
  CellText out;
  DedupedLines deduped = drop_doubled_phrases(cell.lines);
  std::string joined = join_text(deduped.lines);
  CleanedText cleaned = remove_markup(joined);
  size_t lines = static_cast<size_t>(std::count_if(deduped.lines.begin(), deduped.lines.end(),
                                                   [](const std::string& line) { return !line.empty(); }));
  if (deduped.removed) add_repair(out.repairs, kDoubledValueRemoved);
  if (lines > 1 || (lines == 1 && joined != collapse_spaces(deduped.lines.front()))) {
    add_repair(out.repairs, kWrappedCellJoined);
  }
  if (cleaned.markup_removed) add_repair(out.repairs, kMarkupRemoved);
  if (!cleaned.text.empty()) out.text = std::move(cleaned.text);
  return out;
}

std::string name_of(const std::string& title) {
  for (auto suffix : kTitleSuffixes) {
    if (size_t at = title.rfind(suffix); at != std::string::npos) return collapse_spaces(title.substr(0, at));
  }
  return collapse_spaces(title);
}

// A comparison sign printed in an operator column (指标性质 "≥", "＝").
bool is_sign(std::string_view squeezed) {
  for (std::string_view sign : {"≥", "≤", "=", ">", "<", "≧", "≦", ">=", "<="}) {
    if (squeezed == sign) return true;
  }
  return false;
}

// A decimal printed in a cell: "2,134.87", "77.13%"; "-" and "--" print
// nothing. Nullopt for an empty cell; `unparsed` says a cell printed
// something else.
std::optional<schema::Decimal> decimal_in(const Cell& cell, bool* unparsed = nullptr) {
  std::string text = nfkc(join_token(cell.lines));
  if (text.ends_with("%")) text.pop_back();
  if (text.empty() || text == "-" || text == "--" || text == "—" || text == "/") return std::nullopt;
  auto value = schema::Decimal::parse(text);
  if (!value && unparsed) *unparsed = true;
  return value;
}

// The project's decimal facts (amounts, the execution rate, the funds row's
// share of the weights and scores), each from its printed fact.
constexpr std::pair<std::optional<schema::Decimal> PerformanceProject::*, ProjectFact> kDecimalFacts[] = {
    {&PerformanceProject::total_amount, ProjectFact::total_amount},
    {&PerformanceProject::fiscal_amount, ProjectFact::fiscal_amount},
    {&PerformanceProject::other_amount, ProjectFact::other_amount},
    {&PerformanceProject::budget_initial, ProjectFact::budget_initial},
    {&PerformanceProject::budget_full_year, ProjectFact::budget_full_year},
    {&PerformanceProject::executed, ProjectFact::executed},
    {&PerformanceProject::execution_rate, ProjectFact::execution_rate},
    {&PerformanceProject::execution_weight, ProjectFact::weight},
    {&PerformanceProject::execution_score, ProjectFact::score},
};

// An indicator's text fields, each from its column, in the order their
// repairs are listed.
constexpr std::pair<std::optional<std::string> Indicator::*, IndicatorField> kTextFields[] = {
    {&Indicator::level1, IndicatorField::level1},
    {&Indicator::level2, IndicatorField::level2},
    {&Indicator::level3, IndicatorField::level3},
    {&Indicator::description, IndicatorField::description},
    {&Indicator::basis, IndicatorField::basis},
    {&Indicator::scoring_rule, IndicatorField::scoring_rule},
    {&Indicator::actual_raw, IndicatorField::actual},
    {&Indicator::deviation_reason, IndicatorField::deviation},
};

class ProjectReader {
 public:
  ProjectReader(const ProjectLayout& layout, std::vector<extract::Diagnostic>& problems)
      : layout_(layout), problems_(problems) {}

  PerformanceProject read(std::string title, bool department_wide) {
    project_.title = std::move(title);
    project_.scope = department_wide ? "department" : "project";
    project_.pages = layout_.pages;
    project_.department = text_fact(ProjectFact::department);
    project_.unit_name = text_fact(ProjectFact::unit_name);
    // A department-wide table names the department, as its unit or as the
    // 部门名称 above the grid.
    auto department_name = project_.unit_name ? project_.unit_name : project_.department;
    if (auto name = text_fact(ProjectFact::name)) project_.name = *name;
    else if (department_wide && department_name) project_.name = *department_name;
    else project_.name = name_of(project_.title);
    if (layout_.name_filled_down) add_repair(project_.goal_repairs, kFilledDown);
    read_goal();
    bool any_amount = false;
    for (auto [member, fact] : kDecimalFacts) {
      project_.*member = amount_fact(fact);
      any_amount = any_amount || (is_amount_fact(fact) && project_.*member);
    }
    read_funds();
    any_amount = any_amount || !project_.funds.empty() || !project_.tasks.empty();
    if (any_amount) project_.amount_unit = layout_.amount_unit;
    project_.period = text_fact(ProjectFact::period);
    auto start = text_fact(ProjectFact::period_start), end = text_fact(ProjectFact::period_end);
    if (!project_.period && start && end) project_.period = *start + "至" + *end;
    if (layout_.total_weight) project_.weight = decimal_in(*layout_.total_weight);
    if (layout_.total_score) project_.score = decimal_in(*layout_.total_score);
    project_.weight_total = layout_.weight_total;
    for (const auto& row : layout_.rows) read_row(row);
    fill_up_leading_levels();
    return std::move(project_);
  }

 private:
  std::optional<std::string> text_fact(ProjectFact fact) {
    if (!layout_[fact]) return std::nullopt;
    return read_text_cell(*layout_[fact]).text;
  }

  std::optional<schema::Decimal> amount_cell(const std::optional<Cell>& cell, std::string_view key) {
    if (!cell) return std::nullopt;
    bool unparsed = false;
    auto value = decimal_in(*cell, &unparsed);
    if (unparsed) {
      int page = project_.pages.empty() ? 0 : project_.pages.front();
      problems_.push_back({extract::Severity::error, "cell.amount_unparsed", page,
                           std::string(kind_name(TableKind::performance)), project_.name, std::string(key),
                           fmt::format("《{}》 prints {} as 「{}」, which is no amount", project_.title, key, cell->flat())});
    }
    return value;
  }

  std::optional<schema::Decimal> amount_fact(ProjectFact fact) { return amount_cell(layout_[fact], fact_field(fact)); }

  // The funding lines, kept where they say more than the project's own
  // amounts; the tasks, whose 金额合计 gives the project's amounts it does
  // not print elsewhere.
  void read_funds() {
    std::vector<FundingLine> lines;
    for (const auto& cells : layout_.funding) {
      FundingLine line{cells.label, cells.kind, {}};
      for (const auto& [key, cell] : cells.amounts) line.amounts.emplace_back(key, amount_cell(std::optional<Cell>(cell), key));
      lines.push_back(std::move(line));
    }
    if (is_breakdown(lines)) project_.funds = std::move(lines);
    for (const auto& cells : layout_.tasks) project_.tasks.push_back(read_task(cells));
    if (!layout_.tasks_total) return;
    project_.tasks_total = read_task(*layout_.tasks_total);
    for (auto [member, total] : {std::pair{&PerformanceProject::total_amount, &Task::total_amount},
                                 std::pair{&PerformanceProject::fiscal_amount, &Task::fiscal_amount},
                                 std::pair{&PerformanceProject::other_amount, &Task::other_amount}}) {
      if (!(project_.*member)) project_.*member = project_.tasks_total.*total;
    }
  }

  Task read_task(const TaskCells& cells) {
    auto text = [](const std::optional<Cell>& cell) { return cell ? read_text_cell(*cell).text : std::nullopt; };
    return {text(cells.name), text(cells.content), amount_cell(cells.total_amount, "total_amount"),
            amount_cell(cells.fiscal_amount, "fiscal_amount"), amount_cell(cells.other_amount, "other_amount")};
  }

  void read_goal() {
    std::string goal;
    for (const auto& cell : layout_.goal_cells) {
      CellText text = read_text_cell(cell);
      for (const auto& repair : text.repairs) add_repair(project_.goal_repairs, repair);
      if (!text.text) continue;
      if (!goal.empty()) goal += '\n';
      goal += *text.text;
    }
    if (!goal.empty()) project_.goal = std::move(goal);
  }

  void read_row(const IndicatorCells& row) {
    Indicator indicator;
    indicator.pages = row.pages;
    if (row.joined_over_page_break) add_repair(indicator.repairs, kPageBreakRowJoined);
    if (row.repeated_tail_dropped) add_repair(indicator.repairs, kDoubledValueRemoved);
    auto text_of = [&](IndicatorField field) -> std::optional<std::string> {
      CellText cell = read_text_cell(row[field]);
      for (const auto& repair : cell.repairs) add_repair(indicator.repairs, repair);
      return cell.text;
    };
    for (auto [member, field] : kTextFields) indicator.*member = text_of(field);
    indicator.weight = decimal_in(row[IndicatorField::weight]);
    indicator.score = decimal_in(row[IndicatorField::score]);
    read_value(indicator, text_of(IndicatorField::op), text_of(IndicatorField::value), text_of(IndicatorField::unit));
    if (!row[IndicatorField::indicator_text].empty() && !indicator.level1 && !indicator.level3) {
      if (read_listed(row, indicator)) return;
      auto text = text_of(IndicatorField::indicator_text);
      if (auto levels = split_indicator_levels(*text)) {
        indicator.level1 = levels->level1;
        indicator.level2 = levels->level2;
        indicator.level3 = levels->level3;
      } else {
        indicator.level3 = text;
      }
    }
    add(std::move(indicator), {row[IndicatorField::level1].cut_at_foot, row[IndicatorField::level2].cut_at_foot});
  }

  // The operator, value and unit: one cell as printed, or three columns of
  // their own (指标性质 | 指标值 | 度量单位) joined as read, "≥" "5000" "个" is
  // "≥5000个". An operator column saying 定性 makes the value qualitative;
  // 正向 and 反向 (指标方向) mean at least and at most.
  static void read_value(Indicator& indicator, const std::optional<std::string>& op,
                         const std::optional<std::string>& value, const std::optional<std::string>& unit) {
    std::string text;
    if (value) {
      DedupedValue deduped = remove_doubled_value(*value);
      if (deduped.removed) add_repair(indicator.repairs, kDoubledValueRemoved);
      text = std::move(deduped.text);
    }
    if (!op && !unit) {
      if (value) {
        indicator.value = parse_indicator_value(text);
        indicator.value_raw = std::move(text);
      }
      return;
    }
    std::string sign = op ? squeeze(*op) : std::string();
    std::string raw = (is_sign(sign) ? collapse_spaces(*op) : std::string()) + text + (unit ? *unit : std::string());
    if (raw.empty()) return;
    indicator.value_raw = raw;
    if (sign.find("定性") != std::string::npos) return;
    indicator.value = parse_indicator_value(raw);
    if (indicator.value.value && sign.find("正向") != std::string::npos) indicator.value.op = "≥";
    if (indicator.value.value && sign.find("反向") != std::string::npos) indicator.value.op = "≤";
  }

  // A cell listing the project's indicators (广州): one indicator each.
  bool read_listed(const IndicatorCells& row, const Indicator& base) {
    const Cell& cell = row[IndicatorField::indicator_text];
    std::string text;
    for (const auto& line : cell.lines) text += line;  // one running text, wrapped anywhere
    auto listed = read_indicator_list(text);
    if (!listed) {
      // A numbered list that does not read as one is reported, never guessed.
      if (!text.empty() && text.front() >= '0' && text.front() <= '9') {
        problems_.push_back({extract::Severity::error, "performance.grid_shape", row.pages.empty() ? 0 : row.pages.front(),
                             std::string(kind_name(TableKind::performance)), project_.name, "",
                             fmt::format("the 绩效指标 cell of 《{}》 does not read as a list of indicators "
                                         "(1、1-产出指标；11-数量指标；…；年度指标值:…): 「{}」",
                                         project_.name, text)});
        return true;
      }
      return false;
    }
    for (auto& item : *listed) {
      Indicator indicator = base;
      indicator.level1 = item.level1;
      indicator.level2 = item.level2;
      indicator.level3 = item.level3;
      if (cell.lines.size() > 1) add_repair(indicator.repairs, kWrappedCellJoined);
      auto value = item.annual_value ? item.annual_value : item.period_value;
      if (value) {
        DedupedValue deduped = remove_doubled_value(*value);
        if (deduped.removed) add_repair(indicator.repairs, kDoubledValueRemoved);
        indicator.value = parse_indicator_value(deduped.text);
        indicator.value_raw = std::move(deduped.text);
      }
      add(std::move(indicator));
    }
    return true;
  }

  // A merged 一级指标 (二级指标) over a run the page break cuts may print its
  // text where the run's middle falls, after the first rows of the run:
  // the rows before the first label printed are in its run (every
  // indicator has its levels).
  void fill_up_leading_levels() {
    auto& indicators = project_.indicators;
    for (auto field : {&Indicator::level1, &Indicator::level2}) {
      auto first = std::find_if(indicators.begin(), indicators.end(), [&](const Indicator& i) { return i.*field; });
      if (first == indicators.end()) continue;
      for (auto it = indicators.begin(); it != first; ++it) {
        // A 二级指标 fills up only within the 一级指标 run it heads.
        if (field == &Indicator::level2 && it->level1 != first->level1) continue;
        (*it).*field = (*first).*field;
        add_repair(it->repairs, kFilledDown);
      }
    }
  }

  // 一级指标 and 二级指标 are merged over the rows they head. A run whose
  // merged cell the page break cuts (`cut`: its box starts empty and runs
  // past the page's foot) may print its label atop the next page: its rows
  // take it from there when the next page's first row prints one, and
  // are filled down as any other run when it does not.
  void add(Indicator indicator, std::array<bool, 2> cut = {}) {
    constexpr std::array levels{&Indicator::level1, &Indicator::level2};
    auto& indicators = project_.indicators;
    bool starts_page = !indicators.empty() && !indicator.pages.empty() && !indicators.back().pages.empty() &&
                       indicator.pages.front() > indicators.back().pages.back();
    for (size_t k = 0; k < levels.size(); ++k) {
      auto field = levels[k];
      if (indicator.*field) {
        if (cut_run_[k] && starts_page) {
          for (size_t i = *cut_run_[k]; i < indicators.size(); ++i) indicators[i].*field = indicator.*field;
        }
        cut_run_[k].reset();
        continue;
      }
      if (cut[k] && !cut_run_[k]) cut_run_[k] = indicators.size();
      if (!indicators.empty() && indicators.back().*field) {
        indicator.*field = indicators.back().*field;
        add_repair(indicator.repairs, kFilledDown);
      }
    }
    indicator.seq = static_cast<int>(indicators.size()) + 1;
    indicators.push_back(std::move(indicator));
  }

  const ProjectLayout& layout_;
  std::vector<extract::Diagnostic>& problems_;
  PerformanceProject project_;
  // Per level, the first indicator of a run whose label may be printed
  // atop the next page.
  std::array<std::optional<size_t>, 2> cut_run_;
};

schema::Value optional_pages(const std::vector<int>& pages, bool has_pages) {
  return has_pages ? schema::Value{pages} : schema::Value{};
}

}  // namespace

PerformanceTable read_performance_table(const TableSegment& segment, int ordinal) {
  PerformanceTable table;
  std::string printed = join_text({segment.title});
  std::string title = printed;
  std::optional<int> number = patterns::numbered_title(printed, &title);
  bool department_wide = squeeze(title).find("整体") != std::string::npos;
  PerformanceLayout layout = read_performance_layout(segment);
  for (const auto& project_layout : layout.projects) {
    PerformanceProject project = ProjectReader(project_layout, table.problems).read(title, department_wide);
    project.project_no = number && layout.projects.size() == 1 ? *number : ordinal;
    ++ordinal;
    table.projects.push_back(std::move(project));
  }
  for (auto& problem : layout.problems) {
    problem.subject = title;
    table.problems.push_back(std::move(problem));
  }
  for (size_t s = 0; s < layout.subtotals.size(); ++s) {
    const SubtotalCells& cells = layout.subtotals[s];
    auto amount = [](const std::optional<Cell>& cell) {
      return cell ? decimal_in(*cell) : std::optional<schema::Decimal>();
    };
    ProjectsSubtotal subtotal{cells.label, amount(cells.total_amount), amount(cells.fiscal_amount),
                              amount(cells.other_amount), {}, cells.page};
    for (size_t p = 0; p < layout.projects.size(); ++p) {
      if (cells.grand || layout.projects[p].subtotal == s) subtotal.projects.push_back(p);
    }
    if (!subtotal.projects.empty()) table.subtotals.push_back(std::move(subtotal));
  }
  return table;
}

std::vector<schema::Record> to_records(const PerformanceProject& project, const std::string& doc_id, bool has_pages) {
  std::vector<schema::Record> records;
  schema::Record head(schema::performance_project_type());
  head.set("doc_id", doc_id)
      .set("project_no", static_cast<std::int64_t>(project.project_no))
      .set("title", project.title)
      .set("name", project.name)
      .set("goal", schema::optional_text(project.goal))
      .set("pages", optional_pages(project.pages, has_pages))
      .set("repairs", project.goal_repairs)
      .set("scope", project.scope)
      .set("total_amount", schema::optional_decimal(project.total_amount))
      .set("fiscal_amount", schema::optional_decimal(project.fiscal_amount))
      .set("other_amount", schema::optional_decimal(project.other_amount))
      .set("amount_unit", schema::optional_text(project.amount_unit))
      .set("period", schema::optional_text(project.period))
      .set("unit_name", schema::optional_text(project.unit_name))
      .set("department", schema::optional_text(project.department))
      .set("budget_initial", schema::optional_decimal(project.budget_initial))
      .set("budget_full_year", schema::optional_decimal(project.budget_full_year))
      .set("executed", schema::optional_decimal(project.executed))
      .set("execution_rate", schema::optional_decimal(project.execution_rate))
      .set("weight", schema::optional_decimal(project.weight))
      .set("score", schema::optional_decimal(project.score))
      .set("funds", funds_value(project.funds))
      .set("tasks", tasks_value(project.tasks));
  records.push_back(std::move(head));
  for (const auto& indicator : project.indicators) {
    schema::Record record(schema::performance_indicator_type());
    record.set("doc_id", doc_id)
        .set("project_no", static_cast<std::int64_t>(project.project_no))
        .set("seq", static_cast<std::int64_t>(indicator.seq))
        .set("level1", schema::optional_text(indicator.level1))
        .set("level2", schema::optional_text(indicator.level2))
        .set("level3", schema::optional_text(indicator.level3))
        .set("description", schema::optional_text(indicator.description))
        .set("value_raw", schema::optional_text(indicator.value_raw))
        .set("op", schema::optional_text(indicator.value.op))
        .set("value", schema::optional_decimal(indicator.value.value))
        .set("value_unit", schema::optional_text(indicator.value.unit))
        .set("basis", schema::optional_text(indicator.basis))
        .set("pages", optional_pages(indicator.pages, has_pages))
        .set("repairs", indicator.repairs)
        .set("scoring_rule", schema::optional_text(indicator.scoring_rule))
        .set("weight", schema::optional_decimal(indicator.weight))
        .set("actual_raw", schema::optional_text(indicator.actual_raw))
        .set("score", schema::optional_decimal(indicator.score))
        .set("deviation_reason", schema::optional_text(indicator.deviation_reason));
    records.push_back(std::move(record));
  }
  return records;
}

}  // namespace budgetpdf::normalize
