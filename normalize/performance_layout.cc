#include "normalize/performance_layout.h"

#include <algorithm>
#include <fmt/format.h>

#include "extract/vocabulary.h"
#include "normalize/page_break_rows.h"
#include "normalize/performance_header.h"
#include "normalize/table_kind.h"
#include "normalize/text_join.h"

namespace budgetpdf::normalize {
namespace {

using extract::Cell;
using extract::PrintedLine;
using extract::vocabulary::is_goal_label;

// The sample's template, read when a table prints no header at all.
constexpr std::array<IndicatorField, 6> kStandardOrder = {
    IndicatorField::level1,      IndicatorField::level2, IndicatorField::level3,
    IndicatorField::description, IndicatorField::value,  IndicatorField::basis,
};

// Longest label of a goal's sub-header ("年度总体目标", "实际完成情况"), in code points.
constexpr size_t kMaxGoalSubLabelLength = 8;

bool has_text(const Cell* cell) { return cell && !cell->empty(); }

bool is_blank(const PrintedLine& line) {
  return std::all_of(line.cells.begin(), line.cells.end(), [](const Cell& cell) { return cell.empty(); });
}

void add_page(std::vector<int>& pages, const PrintedLine& line) {
  for (int page : {line.page, line.last_page}) {
    if (page > 0 && std::find(pages.begin(), pages.end(), page) == pages.end()) pages.push_back(page);
  }
}

// A project's own label starting a row ("项目名称 | X", "年度目标 | …", "总分 | …"):
// such a row is never an indicator, whatever columns its cells fall in.
bool is_row_label(const std::string& squeezed) {
  if (is_goal_label(squeezed) || is_total_label(squeezed)) return true;
  auto fact = project_fact_of(squeezed);
  return fact && *fact != ProjectFact::weight && *fact != ProjectFact::score;
}

std::string first_text(const PrintedLine& line) {
  for (const auto& cell : line.cells) {
    if (!cell.empty()) return squeeze(cell.flat());
  }
  return {};
}

bool parses_as_number(const Cell& cell) {
  std::string text = squeeze(cell.flat());
  if (text.ends_with("%")) text.pop_back();
  return !text.empty() && schema::Decimal::parse(text).has_value();
}

class LayoutReader {
 public:
  explicit LayoutReader(const TableSegment& segment) : segment_(segment) {}

  PerformanceLayout run() {
    blocks_ = find_header_blocks(segment_.rows);
    for (size_t r = 0; r < segment_.rows.size(); ++r) {
      const SegmentRow& row = segment_.rows[r];
      const PrintedLine& line = *row.line;
      if (row.after_page_break) continuation_allowed_ = true;
      if (auto block = block_starting_at(r)) {
        apply_header(*block);
        r = block->end - 1;
        continue;
      }
      if (is_blank(line)) continue;
      if (funds_ && read_funds_row(line)) continue;
      if (grid_ && read_total_row(line)) continue;
      if (grid_ && read_grid_row(line, r)) continue;
      if (read_goal_row(line, row.after_page_break)) continue;
      if (read_pair_row(line)) continue;
      if (blocks_.empty() && assume_standard_header(line, r)) read_grid_row(line, r);
      // Anything else printed outside the grid (项目概况, 其他说明, a note) is
      // no part of the contract.
    }
    finish();
    return std::move(layout_);
  }

 private:
  void grid_problem(std::string detail) {
    layout_.problems.push_back({extract::Severity::error, "performance.grid_shape", 0,
                                std::string(kind_name(TableKind::performance)), segment_.title, "", std::move(detail)});
  }

  std::optional<HeaderBlock> block_starting_at(size_t r) const {
    for (const auto& block : blocks_) {
      if (block.begin == r) return block;
    }
    return std::nullopt;
  }

  ProjectLayout& project() {
    if (layout_.projects.empty()) start_project();
    return layout_.projects.back();
  }

  void start_project() {
    layout_.projects.emplace_back();
    current_key_.clear();
    in_goal_ = false;
    pending_goal_column_.reset();
    if (grid_) layout_.projects.back().weight_total = grid_->weight_total;
  }

  static void set_fact(ProjectLayout& project, ProjectFact fact, const Cell& cell, bool overwrite) {
    auto& slot_cell = project.facts[slot(fact)];
    if (!slot_cell || overwrite) slot_cell = cell;
  }

  void apply_header(const HeaderBlock& block) {
    std::vector<const PrintedLine*> lines;
    for (size_t h = block.begin; h < block.end; ++h) lines.push_back(segment_.rows[h].line);
    HeaderColumns header = read_header(lines, block.label_row - block.begin, block.kind);
    in_goal_ = false;
    pending_goal_column_.reset();
    if (block.kind == HeaderKind::facts) {
      funds_ = std::move(header);
      funds_taken_ = funds_total_taken_ = false;
      ProjectLayout& current = project();
      if (!current.amount_unit) current.amount_unit = funds_->amount_unit;
      for (const auto* line : lines) add_page(current.pages, *line);
      return;
    }
    funds_.reset();
    // The header printed again after a page break: the grid goes on.
    if (grid_ && grid_->signature == header.signature) return;
    grid_ = std::move(header);
    if (!has_key_column()) {
      ProjectLayout& current = project();
      if (!current.weight_total) current.weight_total = grid_->weight_total;
      if (!current.amount_unit) current.amount_unit = grid_->amount_unit;
      for (const auto* line : lines) add_page(current.pages, *line);
    }
  }

  // The column naming each project of a grid that prints many: 项目名称, or
  // the unit's name in a department-wide grid.
  std::optional<size_t> key_column() const {
    if (auto name = grid_->column_of(ProjectFact::name)) return name;
    return grid_->column_of(ProjectFact::unit_name);
  }
  bool has_key_column() const { return key_column().has_value(); }

  // Without any header, rows of the template's width are read in its order.
  bool assume_standard_header(const PrintedLine& line, size_t r) {
    if (!reported_missing_header_) {
      reported_missing_header_ = true;
      grid_problem(fmt::format(
          "《{}》 prints no indicator header (一级指标 … 指标值); rows of {} cells are read in the standard column "
          "order",
          segment_.title, kStandardOrder.size()));
    }
    if (line.cells.size() != kStandardOrder.size()) {
      grid_problem(fmt::format("printed row {} of 《{}》 has {} cells and no header says what they are; it is left out",
                               r + 1, segment_.title, line.cells.size()));
      return false;
    }
    HeaderColumns header;
    header.width = kStandardOrder.size();
    header.indicator.resize(header.width);
    header.fact.resize(header.width);
    for (size_t c = 0; c < header.width; ++c) {
      header.label_cell_starts.push_back(c);
      header.indicator[c] = kStandardOrder[c];
    }
    grid_ = std::move(header);
    in_goal_ = false;
    return true;
  }

  // A row of the funds grid under its header: the first row with amounts,
  // or the total row (年度资金总额, 金额合计) when one follows the items.
  bool read_funds_row(const PrintedLine& line) {
    auto placed = place_row(*funds_, line);
    std::string label = first_text(line);
    bool amounts = false;
    if (placed) {
      for (size_t c = 0; c < funds_->width; ++c) {
        amounts = amounts || (funds_->fact[c] && has_text(placed->cells[c]) && parses_as_number(*placed->cells[c]));
      }
    }
    if (!placed || !amounts || is_goal_label(label)) {
      funds_.reset();
      return false;
    }
    bool total = is_total_label(label);
    ProjectLayout& current = project();
    if (funds_->column_of(TaskField::name)) {
      read_task_row(current, *placed, total);
    } else {
      if (!funds_taken_) add_column_funding(current.funding, *funds_, *placed);
      if (!funds_taken_ || (total && !funds_total_taken_)) {
        for (size_t c = 0; c < funds_->width; ++c) {
          if (funds_->fact[c] && has_text(placed->cells[c])) set_fact(current, *funds_->fact[c], *placed->cells[c], true);
        }
        funds_taken_ = true;
        funds_total_taken_ = total;
      }
      if (auto funding = row_funding(*funds_, *placed, label)) current.funding.push_back(std::move(*funding));
    }
    add_page(current.pages, line);
    return true;
  }

  // A task list's row, or its 金额合计 row: the list's amounts are the
  // tasks', the project's own come from its total (performance_table).
  void read_task_row(ProjectLayout& current, const PlacedRow& placed, bool total) const {
    TaskCells cells = task_cells(*funds_, placed);
    if (total) current.tasks_total = std::move(cells);
    else if (cells.name || cells.content) current.tasks.push_back(std::move(cells));
  }

  // The 总分 row under a self-evaluation's indicators: the project's 分值 and 得分.
  bool read_total_row(const PrintedLine& line) {
    auto weight = grid_->column_of(IndicatorField::weight), score = grid_->column_of(IndicatorField::score);
    if ((!weight && !score) || !is_total_label(first_text(line))) return false;
    auto placed = place_row(*grid_, line);
    if (!placed) return false;
    ProjectLayout& current = project();
    if (weight && has_text(placed->cells[*weight])) current.total_weight = *placed->cells[*weight];
    if (score && has_text(placed->cells[*score])) current.total_score = *placed->cells[*score];
    add_page(current.pages, line);
    return true;
  }

  bool read_grid_row(const PrintedLine& line, size_t r) {
    auto placed = place_row(*grid_, line);
    if (!placed) {
      if (is_row_label(first_text(line))) return false;
      grid_problem(fmt::format("printed row {} of 《{}》 has {} cells where its header has {}; it is left out", r + 1,
                               segment_.title, line.width(), grid_->width));
      return true;
    }
    // A goal or a name printed across the grid; a project's label row
    // ("绩效目标 | … ") whose label falls in the grid's first column.
    if (placed->merged_over_fields) return false;
    if (has_text(placed->cells[0]) && (grid_->indicator[0] || grid_->fact[0]) && key_column() != 0 &&
        is_row_label(squeeze(placed->cells[0]->flat()))) {
      return false;
    }
    auto at = [&](std::optional<size_t> column) -> const Cell* {
      return column && has_text(placed->cells[*column]) ? placed->cells[*column] : nullptr;
    };
    bool indicator = false;
    for (size_t c = 0; c < grid_->width; ++c) indicator = indicator || (grid_->indicator[c] && has_text(placed->cells[c]));
    const Cell* key = at(key_column());
    const Cell* goal = at(grid_->column_of(ProjectFact::goal));
    const Cell* total = at(grid_->column_of(ProjectFact::total_amount));
    if (const Cell* unit = at(grid_->column_of(ProjectFact::unit_name)); has_text(unit) && unit != key) unit_fill_ = *unit;
    // The first row after a page break printing a name or a goal but no
    // amount, where every project prints one, carries on the merged cells
    // the break cut ("甲项目数据" + "分析服务").
    // So does the first row printing the amounts a project's box, cut at
    // the page's foot before them, left to this page.
    bool carried_over = false;
    if (continuation_allowed_ && !layout_.projects.empty() && grid_->column_of(ProjectFact::total_amount)) {
      bool has_total = project()[ProjectFact::total_amount].has_value();
      carried_over = total == nullptr ? has_total : (!has_total && project().amounts_cut);
    }
    bool after_break = continuation_allowed_;
    bool named = false;  // the row names its project: never the tail of the row before
    if (carried_over && (has_text(key) || has_text(goal) || has_text(total))) {
      carry_over(*placed, key, goal);
    } else if (has_text(key)) {
      named = true;
      std::string name = squeeze(key->flat());
      if (is_total_label(name)) {
        add_subtotal(*placed, name, true, line.page);
        return true;
      }
      // A unit's row over its projects (广州: 资金使用单位; 长沙: 单位 totals).
      if (!indicator && !has_text(goal)) {
        unit_fill_ = *key;
        open_subtotal_ = add_subtotal(*placed, name, false, line.page);
        return true;
      }
      if (layout_.projects.empty() || current_key_ != name) {
        start_project_from(*placed);
        if (after_break) fill_up_awaited_name();
        name_awaited_from_.reset();
      }
      current_key_ = name;
      continuation_allowed_ = false;
    } else if (key_column() && has_text(total) && (indicator || has_text(goal))) {
      // A block with its own amounts and goal under the name cell merged
      // over the blocks above it: a project of that name. When that cell
      // starts at this block and runs past the page's foot, the name is
      // printed atop the next page.
      named = true;
      start_project_from(*placed);
      if (cut_at_foot(*placed, key_column())) name_awaited_from_ = layout_.projects.size() - 1;
      else if (!name_awaited_from_) fill_down_name();
      continuation_allowed_ = false;
    } else if (indicator && cut_at_foot(*placed, key_column()) &&
               (!grid_->column_of(ProjectFact::total_amount) || cut_at_foot(*placed, grid_->column_of(ProjectFact::total_amount)))) {
      // A block whose name and amount boxes start empty at the page's foot:
      // a project whose name, amounts and goal are printed atop the next page.
      named = true;
      start_project_from(*placed);
      continuation_allowed_ = false;
    }
    if (!indicator) return true;
    add_indicator_row(*placed, line, named);
    return true;
  }

  void carry_over(const PlacedRow& placed, const Cell* key, const Cell* goal) {
    ProjectLayout& current = project();
    if (current.amounts_cut && !current[ProjectFact::total_amount]) {
      for (size_t c = 0; c < grid_->width; ++c) {
        auto fact = grid_->fact[c];
        if (!fact || !is_amount_fact(*fact) || !has_text(placed.cells[c]) || current[*fact]) continue;
        set_fact(current, *fact, *placed.cells[c], false);
      }
      current.funding.clear();
      add_column_funding(current.funding, *grid_, placed);
    }
    if (key) {
      auto& name = current.facts[slot(*grid_->fact[*key_column()])];
      if (!name) name = Cell{};
      for (const auto& line : key->lines) name->lines.push_back(line);
      current_key_ = squeeze(name->flat());
    }
    if (goal) {
      if (current.goal_cells.empty()) current.goal_cells.emplace_back();
      for (const auto& line : goal->lines) current.goal_cells.back().lines.push_back(line);
    }
  }

  // A project named in the grid's key column: its facts from the columns beside.
  void start_project_from(const PlacedRow& placed) {
    start_project();
    ProjectLayout& current = layout_.projects.back();
    current.amount_unit = grid_->amount_unit;
    for (size_t c = 0; c < grid_->width; ++c) {
      if (!grid_->fact[c] || !has_text(placed.cells[c])) continue;
      if (*grid_->fact[c] == ProjectFact::goal) current.goal_cells.push_back(*placed.cells[c]);
      else set_fact(current, *grid_->fact[c], *placed.cells[c], false);
    }
    add_column_funding(current.funding, *grid_, placed);
    if (auto column = grid_->column_of(ProjectFact::total_amount); column && placed.cells[*column]) {
      current.amounts_cut = placed.cells[*column]->cut_at_foot;
    }
    if (unit_fill_ && !current[ProjectFact::unit_name] && key_column() != grid_->column_of(ProjectFact::unit_name)) {
      set_fact(current, ProjectFact::unit_name, *unit_fill_, false);
    }
    current.subtotal = open_subtotal_;
  }

  // The name that starts the next page, for the blocks before the break
  // whose merged name cell is cut before it.
  void fill_up_awaited_name() {
    if (!name_awaited_from_) return;
    auto slot_of_name = slot(*grid_->fact[*key_column()]);
    const auto& name = project().facts[slot_of_name];
    for (size_t i = *name_awaited_from_; i + 1 < layout_.projects.size(); ++i) {
      layout_.projects[i].facts[slot_of_name] = name;
      layout_.projects[i].name_filled_down = true;
    }
  }

  static bool cut_at_foot(const PlacedRow& placed, std::optional<size_t> column) {
    return column && placed.cells[*column] && placed.cells[*column]->cut_at_foot;
  }

  void fill_down_name() {
    if (layout_.projects.size() < 2) return;
    auto slot_of_name = slot(*grid_->fact[*key_column()]);
    const auto& above = layout_.projects[layout_.projects.size() - 2].facts[slot_of_name];
    if (!above) return;
    project().facts[slot_of_name] = above;
    project().name_filled_down = true;
  }

  // A 合计 or a unit's row of a list of projects: its amounts, when it
  // prints any, for the check that the projects add up to them. Returns its
  // index, or nothing when it prints no amount.
  std::optional<size_t> add_subtotal(const PlacedRow& placed, std::string label, bool grand, int page) {
    SubtotalCells subtotal{std::move(label), grand, {}, {}, {}, page};
    bool printed = false;
    for (auto [fact, cell] : {std::pair{ProjectFact::total_amount, &subtotal.total_amount},
                              std::pair{ProjectFact::fiscal_amount, &subtotal.fiscal_amount},
                              std::pair{ProjectFact::other_amount, &subtotal.other_amount}}) {
      auto column = grid_->column_of(fact);
      if (!column || !placed.cells[*column] || !has_text(placed.cells[*column])) continue;
      *cell = *placed.cells[*column];
      printed = true;
    }
    if (!printed) return std::nullopt;
    layout_.subtotals.push_back(std::move(subtotal));
    return layout_.subtotals.size() - 1;
  }

  void add_indicator_row(const PlacedRow& placed, const PrintedLine& line, bool named) {
    IndicatorCells cells;
    for (size_t c = 0; c < grid_->width; ++c) {
      if (grid_->indicator[c] && placed.cells[c]) cells[*grid_->indicator[c]] = *placed.cells[c];
    }
    auto empty = [&](IndicatorField field) { return cells[field].empty(); };
    ProjectLayout& current = project();
    // The tail of a row cut by the page break: no 一级指标 of its own, and
    // no value (every indicator prints one) or no 二级 and 三级指标 either.
    // Its 二级指标 may hold the end of a wrapped name ("可持续影响" + "指标").
    // A PDF's layout may know it for a tail whatever it holds; and a cell
    // that starts with what never starts a cell ("、…"), or goes on from
    // one cut where no cell ends ("元/人/"), says so too.
    bool by_text = grid_->column_of(IndicatorField::level1).has_value() &&
                   ((empty(IndicatorField::value) && empty(IndicatorField::op)) ||
                    (empty(IndicatorField::level2) && empty(IndicatorField::level3)) ||
                    (!current.rows.empty() && cuts_inside_text(current.rows.back(), cells)));
    bool tail = continuation_allowed_ && !named && !current.rows.empty() && empty(IndicatorField::level1) &&
                (line.continues_row || by_text);
    if (tail) {
      tails_.join(current.rows.back(), layout_.projects.size() - 1, current.rows.size() - 1, cells);
      add_page(current.rows.back().pages, line);
      add_page(current.pages, line);
      return;
    }
    // Merged 一级/二级指标 alone (an empty template's rows) are no indicator.
    bool only_levels = true;
    for (size_t f = 0; f < kIndicatorFieldCount; ++f) {
      bool level = f == slot(IndicatorField::level1) || f == slot(IndicatorField::level2);
      only_levels = only_levels && (level || cells.cells[f].empty());
    }
    if (only_levels) return;
    continuation_allowed_ = false;
    add_page(cells.pages, line);
    add_page(current.pages, line);
    current.rows.push_back(std::move(cells));
  }

  // A goal row: its label, then the goal's cells; or its label over
  // sub-labels (项目总目标 | 年度总体目标, 预期目标 | 实际完成情况) whose texts
  // are in the row below: the year's goal, else the expected one, is read.
  bool read_goal_row(const PrintedLine& line, bool after_page_break) {
    size_t column = 0;
    std::optional<size_t> first;
    std::vector<std::pair<size_t, const Cell*>> cells;  // lattice column, cell
    for (const auto& cell : line.cells) {
      if (!cell.empty()) {
        if (!first) first = cells.size();
        cells.push_back({column, &cell});
      } else {
        cells.push_back({column, nullptr});
      }
      column += cell.span > 0 ? static_cast<size_t>(cell.span) : 1;
    }
    if (!first) return false;
    if (pending_goal_column_) {
      size_t wanted = *pending_goal_column_;
      pending_goal_column_.reset();
      const Cell* text = nullptr;
      for (const auto& [at, cell] : cells) {
        if (at <= wanted && cell) text = cell;
      }
      if (text) project().goal_cells.push_back(*text);
      add_page(project().pages, line);
      in_goal_ = true;
      return true;
    }
    if (is_goal_label(squeeze(cells[*first].second->flat()))) {
      std::vector<std::pair<size_t, const Cell*>> rest;
      for (size_t i = *first + 1; i < cells.size(); ++i) {
        if (cells[i].second) rest.push_back(cells[i]);
      }
      ProjectLayout& current = project();
      add_page(current.pages, line);
      in_goal_ = true;
      if (auto sub = goal_sub_label_column(rest)) {
        pending_goal_column_ = sub;
        return true;
      }
      for (const auto& [at, cell] : rest) current.goal_cells.push_back(*cell);
      return true;
    }
    // A goal cut by a page break goes on in a row whose label cell is empty.
    if (in_goal_ && after_page_break && *first > 0 && !grid_) {
      for (size_t i = *first; i < cells.size(); ++i) {
        if (cells[i].second) project().goal_cells.push_back(*cells[i].second);
      }
      add_page(project().pages, line);
      return true;
    }
    return false;
  }

  static std::optional<size_t> goal_sub_label_column(const std::vector<std::pair<size_t, const Cell*>>& rest) {
    if (rest.size() < 2) return std::nullopt;
    std::optional<size_t> year, goal;
    for (const auto& [at, cell] : rest) {
      std::string label = squeeze(cell->flat());
      if (code_point_count(label) > kMaxGoalSubLabelLength || label.find("。") != std::string::npos) return std::nullopt;
      if (label.find("年度") != std::string::npos && !year) year = at;
      if (is_goal_label(label) && !goal) goal = at;
    }
    if (!goal) return std::nullopt;
    return year ? year : goal;
  }

  // Facts printed as label | value pairs ("项目名称 | X | 主管部门 | Y",
  // "资金总额： | 21.50"): the first printed value of each fact is kept. A new
  // 项目名称 after a project's rows starts the next project.
  bool read_pair_row(const PrintedLine& line) {
    auto labels = squeezed_cells(line);
    bool found = false;
    for (size_t i = 0; i < labels.size(); ++i) {
      auto fact = project_fact_of(labels[i]);
      if (!fact || *fact == ProjectFact::goal || *fact == ProjectFact::weight || *fact == ProjectFact::score) continue;
      const Cell* value = nullptr;
      if (i + 1 < labels.size() && !indicator_field_of(labels[i + 1]) && !project_fact_of(labels[i + 1])) {
        value = &line.cells[i + 1];
      }
      found = true;
      if (*fact == ProjectFact::name && has_text(value) && !layout_.projects.empty()) {
        const ProjectLayout& current = layout_.projects.back();
        if (current[ProjectFact::name] || !current.rows.empty() || !current.goal_cells.empty()) {
          start_project();
          grid_.reset();
          funds_.reset();
        }
      }
      ProjectLayout& current = project();
      if (has_text(value)) set_fact(current, *fact, *value, false);
      if (!current.amount_unit) current.amount_unit = amount_unit_in_label(labels[i]);
      if (value) ++i;
    }
    if (!found) return false;
    for (const auto& label : labels) {
      if (auto unit = amount_unit_in_label(label); unit && !project().amount_unit) project().amount_unit = unit;
    }
    add_page(project().pages, line);
    return true;
  }

  // "部门名称：测试局", "资金主管部门：…" above the grid: the department,
  // for every project of the table that does not print it.
  void apply_furniture() {
    std::optional<std::string> unit;
    std::optional<Cell> department;
    for (const auto& text : segment_.furniture) {
      if (!unit) unit = extract::vocabulary::unit_in(text);
      auto [label, value] = split_at_colon(text);
      auto fact = project_fact_of(squeeze(label));
      if ((fact == ProjectFact::department || fact == ProjectFact::unit_name) && !value.empty() && !department) {
        department = Cell{{value}, 1};
      }
    }
    for (auto& current : layout_.projects) {
      if (department && !current[ProjectFact::department]) current.facts[slot(ProjectFact::department)] = department;
      if (!current.amount_unit) current.amount_unit = unit;
    }
  }

  // "部门名称：测试局" is 部门名称 and 测试局.
  static std::pair<std::string, std::string> split_at_colon(const std::string& text) {
    for (std::string_view colon : {"：", ":"}) {
      if (size_t at = text.find(colon); at != std::string::npos) {
        return {text.substr(0, at), collapse_spaces(text.substr(at + colon.size()))};
      }
    }
    return {text, {}};
  }

  void finish() {
    tails_.drop_confirmed_repeats(layout_.projects);
    // A form printed empty (a template with no project) gives no project.
    std::erase_if(layout_.projects, [](const ProjectLayout& project) {
      bool facts = std::any_of(project.facts.begin(), project.facts.end(),
                               [](const auto& fact) { return fact.has_value(); });
      return !facts && project.rows.empty() && project.goal_cells.empty();
    });
    apply_furniture();
    if (layout_.projects.size() == 1) layout_.projects.front().pages = segment_.pages;
    if (!grid_ && blocks_.empty() && !reported_missing_header_) {
      grid_problem(fmt::format("《{}》 prints no indicator header (一级指标 … 指标值)", segment_.title));
    }
  }

  const TableSegment& segment_;
  PerformanceLayout layout_;
  std::vector<HeaderBlock> blocks_;
  std::optional<HeaderColumns> grid_;   // the indicator grid's columns, once its header is read
  std::optional<HeaderColumns> funds_;  // a funds grid's columns, while its rows go on
  bool funds_taken_ = false, funds_total_taken_ = false;
  bool reported_missing_header_ = false;
  bool continuation_allowed_ = false;
  bool in_goal_ = false;
  std::optional<size_t> pending_goal_column_;  // the goal's column under a goal sub-header
  std::string current_key_;                    // the current project's name in the key column
  std::optional<Cell> unit_fill_;              // the unit whose projects follow
  std::optional<size_t> open_subtotal_;        // and its row's amounts, in layout_.subtotals
  std::optional<size_t> name_awaited_from_;    // the first project whose name the next page prints
  TailJoiner tails_;
};

}  // namespace

PerformanceLayout read_performance_layout(const TableSegment& segment) { return LayoutReader(segment).run(); }

}  // namespace budgetpdf::normalize
