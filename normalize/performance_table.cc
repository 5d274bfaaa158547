#include "normalize/performance_table.h"

#include <algorithm>
#include <fmt/format.h>

#include "extract/vocabulary.h"
#include "normalize/doubled_text.h"
#include "normalize/markup.h"
#include "normalize/patterns.h"
#include "normalize/table_kind.h"
#include "normalize/text_join.h"

namespace budgetpdf::normalize {
namespace {

using extract::Cell;
using extract::PrintedLine;

constexpr std::string_view kTitleSuffix = "绩效目标表";

constexpr std::array<IndicatorColumn, kIndicatorColumnCount> kStandardOrder = {
    IndicatorColumn::level1,      IndicatorColumn::level2, IndicatorColumn::level3,
    IndicatorColumn::description, IndicatorColumn::value,  IndicatorColumn::basis,
};

size_t slot(IndicatorColumn column) { return static_cast<size_t>(column); }

bool has(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

std::optional<IndicatorColumn> column_of_label(const std::string& squeezed) {
  if (has(squeezed, "一级指标")) return IndicatorColumn::level1;
  if (has(squeezed, "二级指标")) return IndicatorColumn::level2;
  if (has(squeezed, "三级指标")) return IndicatorColumn::level3;
  if (has(squeezed, "依据")) return IndicatorColumn::basis;  // "指标值确定依据" before "指标值"
  if (has(squeezed, "指标值") || has(squeezed, "目标值")) return IndicatorColumn::value;
  if (has(squeezed, "描述") || has(squeezed, "指标内容")) return IndicatorColumn::description;
  return std::nullopt;
}

bool is_indicator_header(const PrintedLine& line) {
  bool level1 = false, value = false;
  for (const auto& cell : line.cells) {
    auto column = column_of_label(squeeze(cell.flat()));
    level1 = level1 || column == IndicatorColumn::level1;
    value = value || column == IndicatorColumn::value;
  }
  return level1 && value;
}

bool is_goal_label(const Cell& cell) { return extract::vocabulary::is_goal_label(cell.flat()); }

std::optional<size_t> first_filled(const std::vector<Cell>& cells) {
  for (size_t c = 0; c < cells.size(); ++c) {
    if (!cells[c].empty()) return c;
  }
  return std::nullopt;
}

void add_row_pages(LogicalRow& row, const PrintedLine& line) {
  for (int page : {line.page, line.last_page}) {
    if (page > 0 && std::find(row.pages.begin(), row.pages.end(), page) == row.pages.end()) row.pages.push_back(page);
  }
}

void add_repair(std::vector<std::string>& repairs, std::string_view repair) {
  if (std::find(repairs.begin(), repairs.end(), repair) == repairs.end()) repairs.emplace_back(repair);
}

class IndicatorGridBuilder {
 public:
  explicit IndicatorGridBuilder(const TableSegment& segment) : segment_(segment) {}

  IndicatorGrid run() {
    bool continuation_allowed = false;
    for (size_t r = 0; r < segment_.rows.size(); ++r) {
      const SegmentRow& row = segment_.rows[r];
      const PrintedLine& line = *row.line;
      if (row.after_page_break) continuation_allowed = true;
      if (is_indicator_header(line)) {
        if (!header_found_) set_header(line);  // later ones repeat it after a page break
        continue;
      }
      auto label = first_filled(line.cells);
      if (!label) continue;
      if (!header_found_) {
        if (is_goal_label(line.cells[*label])) {
          add_goal_cells(line, *label + 1);
          in_goal_ = true;
          continue;
        }
        // A goal cut by a page break goes on in a row whose label cell is empty.
        if (in_goal_ && row.after_page_break && *label > 0) {
          add_goal_cells(line, *label);
          continue;
        }
        if (!assume_standard_header(line, r)) continue;
      }
      add_data_row(line, r, continuation_allowed);
    }
    resolve_short_repeats();
    if (!header_found_ && !reported_missing_header_) {
      grid_problem(fmt::format("《{}》 prints no indicator header (一级指标 … 指标值)", segment_.title));
    }
    return std::move(grid_);
  }

 private:
  void grid_problem(std::string detail) {
    grid_.problems.push_back({extract::Severity::error, "performance.grid_shape", 0,
                              std::string(kind_name(TableKind::performance)), segment_.title, "", std::move(detail)});
  }

  void set_header(const PrintedLine& line) {
    header_found_ = true;
    in_goal_ = false;
    grid_.width = line.cells.size();
    for (size_t c = 0; c < line.cells.size(); ++c) {
      auto column = column_of_label(squeeze(line.cells[c].flat()));
      if (column && !grid_.columns[slot(*column)]) grid_.columns[slot(*column)] = c;
    }
  }

  void add_goal_cells(const PrintedLine& line, size_t from) {
    for (size_t c = from; c < line.cells.size(); ++c) {
      if (!line.cells[c].empty()) grid_.goal_cells.push_back(line.cells[c]);
    }
  }

  // Without a header, rows of the template's width are read in its order.
  bool assume_standard_header(const PrintedLine& line, size_t r) {
    if (!reported_missing_header_) {
      reported_missing_header_ = true;
      grid_problem(fmt::format(
          "《{}》 prints no indicator header (一级指标 … 指标值); rows of {} cells are read in the standard column "
          "order",
          segment_.title, kIndicatorColumnCount));
    }
    if (line.cells.size() != kIndicatorColumnCount) {
      grid_problem(fmt::format("printed row {} of 《{}》 has {} cells and no header says what they are; it "
                                           "is left out",
                                           r + 1, segment_.title, line.cells.size()));
      return false;
    }
    header_found_ = true;
    in_goal_ = false;
    grid_.width = kIndicatorColumnCount;
    for (size_t c = 0; c < kIndicatorColumnCount; ++c) grid_.columns[slot(kStandardOrder[c])] = c;
    return true;
  }

  // Some cell of `next` carries on the text of the same cell of `before`.
  static bool cut_inside_text(const std::vector<Cell>& before, const std::vector<Cell>& next) {
    for (size_t c = 0; c < next.size() && c < before.size(); ++c) {
      if (next[c].empty() || before[c].empty()) continue;
      std::u32string head = to_u32(join_text(next[c].lines)), end = to_u32(join_text(before[c].lines));
      if (!head.empty() && std::u32string_view(U"、，。；：）)】〕”").find(head.front()) != std::u32string_view::npos) return true;
      if (!end.empty() && std::u32string_view(U"/、，（(【〔“").find(end.back()) != std::u32string_view::npos) return true;
    }
    return false;
  }

  bool empty_at(const std::vector<Cell>& cells, IndicatorColumn column) const {
    const auto& printed = grid_.columns[slot(column)];
    return !printed || *printed >= cells.size() || cells[*printed].empty();
  }

  void add_data_row(const PrintedLine& line, size_t r, bool& continuation_allowed) {
    std::vector<Cell> cells = line.cells;
    bool extra_filled = cells.size() > grid_.width &&
                        std::any_of(cells.begin() + static_cast<std::ptrdiff_t>(grid_.width), cells.end(),
                                    [](const Cell& cell) { return !cell.empty(); });
    if (cells.size() < grid_.width || extra_filled) {
      grid_problem(fmt::format("printed row {} of 《{}》 has {} cells where its header has {}; it is left out",
                                           r + 1, segment_.title, cells.size(), grid_.width));
      return;
    }
    cells.resize(grid_.width);  // empty cells past the last column say nothing
    // The tail of a row cut by the page break: no 一级指标 of its own, and
    // no value (every indicator prints one) or no 二级 and 三级指标 either.
    // Its 二级指标 may hold the end of a wrapped name ("可持续影响" + "指标").
    // A PDF's layout may know it for a tail whatever it holds; and a cell
    // that starts with what never starts a cell ("、…"), or goes on from
    // one cut where no cell ends ("元/人/"), says so too.
    bool tail = continuation_allowed && !grid_.rows.empty() && empty_at(cells, IndicatorColumn::level1) &&
                (line.continues_row || empty_at(cells, IndicatorColumn::value) ||
                 (empty_at(cells, IndicatorColumn::level2) && empty_at(cells, IndicatorColumn::level3)) ||
                 cut_inside_text(grid_.rows.back().printed.cells, cells));
    if (tail) {
      join_tail(grid_.rows.back(), cells, line);
      return;
    }
    continuation_allowed = false;
    IndicatorGridRow row;
    row.printed.cells = std::move(cells);
    add_row_pages(row.printed, line);
    grid_.rows.push_back(std::move(row));
  }

  void join_tail(IndicatorGridRow& row, const std::vector<Cell>& tail, const PrintedLine& line) {
    for (size_t c = 0; c < tail.size(); ++c) {
      if (tail[c].empty()) continue;
      auto& lines = row.printed.cells[c].lines;
      std::string before = join_text(lines);
      std::string continued = join_text(tail[c].lines);
      if (repeats_ending(before, continued)) {
        row.repeated_tail_dropped = true;
        continue;
      }
      if (squeeze(before).ends_with(squeeze(continued))) {
        short_repeats_.push_back({grid_.rows.size() - 1, c, lines.size()});
      }
      for (const auto& text : tail[c].lines) {
        if (!text.empty()) lines.push_back(text);
      }
    }
    row.printed.joined_over_page_break = true;
    add_row_pages(row.printed, line);
  }

  // A tail too short to be a repeat by itself ("…13 号" + "号") is one when
  // another row of the same column prints the text without it: the table
  // itself says which spelling is right.
  void resolve_short_repeats() {
    // Latest first: a cell joined twice is cut back one tail at a time.
    for (auto it = short_repeats_.rbegin(); it != short_repeats_.rend(); ++it) {
      const ShortRepeat& repeat = *it;
      auto& lines = grid_.rows[repeat.row].printed.cells[repeat.column].lines;
      std::vector<std::string> before(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(repeat.lines_before));
      std::string spelling = squeeze(join_text(before));
      bool confirmed = false;
      for (size_t r = 0; r < grid_.rows.size() && !confirmed; ++r) {
        confirmed = r != repeat.row && squeeze(grid_.rows[r].printed.cells[repeat.column].flat()) == spelling;
      }
      if (!confirmed) continue;
      lines = std::move(before);
      grid_.rows[repeat.row].repeated_tail_dropped = true;
    }
  }

  struct ShortRepeat {
    size_t row;
    size_t column;
    size_t lines_before;
  };

  const TableSegment& segment_;
  IndicatorGrid grid_;
  bool header_found_ = false;
  bool reported_missing_header_ = false;
  bool in_goal_ = false;
  std::vector<ShortRepeat> short_repeats_;
};

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
  size_t suffix = title.rfind(kTitleSuffix);
  return collapse_spaces(suffix == std::string::npos ? title : title.substr(0, suffix));
}

Indicator read_indicator(const IndicatorGrid& grid, const IndicatorGridRow& row, const Indicator* previous) {
  Indicator indicator;
  indicator.pages = row.printed.pages;
  if (row.printed.joined_over_page_break) add_repair(indicator.repairs, kPageBreakRowJoined);
  if (row.repeated_tail_dropped) add_repair(indicator.repairs, kDoubledValueRemoved);
  auto text_of = [&](IndicatorColumn column) -> std::optional<std::string> {
    const auto& printed = grid.columns[slot(column)];
    if (!printed) return std::nullopt;
    CellText cell = read_text_cell(row.printed.cells[*printed]);
    for (const auto& repair : cell.repairs) add_repair(indicator.repairs, repair);
    return cell.text;
  };
  indicator.level1 = text_of(IndicatorColumn::level1);
  indicator.level2 = text_of(IndicatorColumn::level2);
  indicator.level3 = text_of(IndicatorColumn::level3);
  indicator.description = text_of(IndicatorColumn::description);
  indicator.basis = text_of(IndicatorColumn::basis);
  if (auto value = text_of(IndicatorColumn::value)) {
    DedupedValue deduped = remove_doubled_value(*value);
    if (deduped.removed) add_repair(indicator.repairs, kDoubledValueRemoved);
    indicator.value = parse_indicator_value(deduped.text);
    indicator.value_raw = std::move(deduped.text);
  }
  // 一级指标 and 二级指标 are merged over the rows they head.
  if (previous) {
    for (auto field : {&Indicator::level1, &Indicator::level2}) {
      if (!(indicator.*field) && previous->*field) {
        indicator.*field = previous->*field;
        add_repair(indicator.repairs, kFilledDown);
      }
    }
  }
  return indicator;
}

schema::Value optional_pages(const std::vector<int>& pages, bool has_pages) {
  return has_pages ? schema::Value{pages} : schema::Value{};
}

}  // namespace

IndicatorGrid build_indicator_grid(const TableSegment& segment) { return IndicatorGridBuilder(segment).run(); }

PerformanceProject read_performance_table(const TableSegment& segment, int ordinal) {
  PerformanceProject project;
  std::string title = join_text({segment.title});
  std::string unnumbered;
  if (auto number = patterns::numbered_title(title, &unnumbered)) {
    project.project_no = *number;
    title = unnumbered;
  } else {
    project.project_no = ordinal;
  }
  project.title = title;
  project.name = name_of(title);
  project.pages = segment.pages;

  IndicatorGrid grid = build_indicator_grid(segment);
  std::string goal;
  for (const auto& cell : grid.goal_cells) {
    CellText text = read_text_cell(cell);
    for (const auto& repair : text.repairs) add_repair(project.goal_repairs, repair);
    if (!text.text) continue;
    if (!goal.empty()) goal += '\n';
    goal += *text.text;
  }
  if (!goal.empty()) project.goal = std::move(goal);
  for (const auto& row : grid.rows) {
    Indicator indicator = read_indicator(grid, row, project.indicators.empty() ? nullptr : &project.indicators.back());
    indicator.seq = static_cast<int>(project.indicators.size()) + 1;
    project.indicators.push_back(std::move(indicator));
  }
  project.problems = std::move(grid.problems);
  for (auto& problem : project.problems) problem.subject = project.title;
  return project;
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
      .set("repairs", project.goal_repairs);
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
        .set("repairs", indicator.repairs);
    records.push_back(std::move(record));
  }
  return records;
}

}  // namespace budgetpdf::normalize
