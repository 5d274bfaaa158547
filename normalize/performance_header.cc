#include "normalize/performance_header.h"

#include <algorithm>
#include <set>

#include "normalize/text_join.h"

namespace budgetpdf::normalize {
namespace {

using extract::Cell;
using extract::PrintedLine;

bool is_known_label(const std::string& label) {
  return indicator_field_of(label) || project_fact_of(label) || amount_unit_in_label(label) || is_total_label(label) ||
         task_field_of(label);
}

bool has_digit(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_sentence(std::string_view text) {
  return text.find("。") != std::string_view::npos || text.find("，") != std::string_view::npos ||
         text.find("；") != std::string_view::npos;
}

// A value, not a label: a number, a 一级/二级指标 name, or running text. A
// label's note of its score ("执行率分值（10分）") is no number.
bool is_value(const std::string& text) {
  if (is_known_label(text)) return false;
  return has_digit(before_bracket(text)) || is_level_name(text) || is_sentence(text) || code_point_count(text) > kMaxLabelLength;
}

// Facts that are columns of a funds grid rather than labels of one value.
bool is_column_fact(ProjectFact fact) {
  return is_amount_fact(fact) || fact == ProjectFact::execution_rate || fact == ProjectFact::weight ||
         fact == ProjectFact::score;
}

// Facts that head a project's own rows ("主管部门 | 测试局").
bool is_project_label(ProjectFact fact) {
  return fact == ProjectFact::name || fact == ProjectFact::department || fact == ProjectFact::unit_name ||
         fact == ProjectFact::period || fact == ProjectFact::period_start || fact == ProjectFact::period_end;
}

struct LatticeCell {
  size_t start = 0;
  size_t span = 1;
  std::string label;  // squeezed
};

std::vector<LatticeCell> lattice_of(const PrintedLine& row) {
  std::vector<LatticeCell> cells;
  size_t column = 0;
  for (const auto& cell : row.cells) {
    cells.push_back({column, cell.columns(), squeeze(cell.flat())});
    column += cell.columns();
  }
  return cells;
}

// The funding line a column's labels name, top down: the lowest label
// names it (a 合计 or 小计 the label over it), its use, and the lowest
// label naming a source its source (财政拨款 over 基本支出).
std::optional<FundingColumn> funding_column(const std::vector<const LatticeCell*>& path) {
  std::string label = path.back()->label;
  if ((label == "合计" || label == "小计") && path.size() > 1) label = path[path.size() - 2]->label;
  FundingColumn column{funding_label(label), {}};
  for (const auto* cell : path) {
    auto kind = funding_kind_of(cell->label);
    if (kind && kind->source) column.kind.source = kind->source;
  }
  if (auto kind = funding_kind_of(path.back()->label)) column.kind.use = kind->use;
  if (!column.kind.source && !column.kind.use) return std::nullopt;
  return column;
}

// A source label printed in the first cell of a merged header cell whose
// dividing rules the page draws ("财政拨款 | | " over "合计 | 基本支出 |
// 项目支出"): the source of the columns under its empty cells.
std::optional<std::string_view> source_left_of(const std::vector<LatticeCell>& lattice, size_t column) {
  auto at = std::find_if(lattice.begin(), lattice.end(), [&](const LatticeCell& cell) {
    return column >= cell.start && column < cell.start + cell.span;
  });
  if (at == lattice.end() || !at->label.empty()) return std::nullopt;
  while (at != lattice.begin() && at->label.empty()) --at;
  auto kind = funding_kind_of(at->label);
  if (!kind || kind->use) return std::nullopt;
  return kind->source;
}

}  // namespace

std::optional<size_t> HeaderColumns::column_of(IndicatorField field) const {
  for (size_t c = 0; c < indicator.size(); ++c) {
    if (indicator[c] == field) return c;
  }
  return std::nullopt;
}

std::optional<size_t> HeaderColumns::column_of(ProjectFact wanted) const {
  for (size_t c = 0; c < fact.size(); ++c) {
    if (fact[c] == wanted) return c;
  }
  return std::nullopt;
}

std::optional<size_t> HeaderColumns::column_of(TaskField field) const {
  for (size_t c = 0; c < task.size(); ++c) {
    if (task[c] == field) return c;
  }
  return std::nullopt;
}

std::vector<std::string> squeezed_cells(const PrintedLine& row) {
  std::vector<std::string> cells;
  for (const auto& cell : row.cells) cells.push_back(squeeze(cell.flat()));
  return cells;
}

bool is_indicator_label_row(const PrintedLine& row) {
  size_t indicators = 0, facts = 0;
  for (const auto& label : squeezed_cells(row)) {
    if (label.empty()) continue;
    if (is_value(label)) return false;
    auto field = indicator_field_of(label);
    auto fact = project_fact_of(label);
    // 分值 and 得分 head a funds grid too: they say nothing of indicators by themselves.
    if (field && *field != IndicatorField::weight && *field != IndicatorField::score) ++indicators;
    else if (fact && *fact != ProjectFact::goal) ++facts;
  }
  return indicators >= 2 || (indicators == 1 && facts >= 2);
}

bool is_fact_label_row(const PrintedLine& row) {
  auto labels = squeezed_cells(row);
  bool side_by_side = false;
  for (size_t i = 0; i < labels.size(); ++i) {
    if (!labels[i].empty() && is_value(labels[i])) return false;
    if (i + 1 < labels.size()) {
      auto here = project_fact_of(labels[i]), next = project_fact_of(labels[i + 1]);
      side_by_side = side_by_side || (here && next && is_column_fact(*here) && is_column_fact(*next));
    }
  }
  return side_by_side;
}

bool is_header_row(const PrintedLine& row) {
  auto labels = squeezed_cells(row);
  size_t known = 0;
  std::optional<ProjectFact> first;
  bool first_seen = false, unknown_after_first = false;
  for (const auto& label : labels) {
    if (label.empty()) continue;
    if (is_value(label)) return false;
    bool is_known = is_known_label(label);
    if (is_known) ++known;
    if (!first_seen) {
      first_seen = true;
      first = project_fact_of(label);
    } else if (!is_known) {
      unknown_after_first = true;
    }
  }
  if (first && is_project_label(*first) && unknown_after_first) return false;
  return known > 0;
}

namespace {

size_t indicator_label_count(const PrintedLine& line) {
  auto labels = squeezed_cells(line);
  return static_cast<size_t>(std::count_if(labels.begin(), labels.end(),
                                           [](const std::string& label) { return indicator_field_of(label).has_value(); }));
}

}  // namespace

std::vector<HeaderBlock> find_header_blocks(const std::vector<SegmentRow>& rows) {
  std::vector<HeaderBlock> blocks;
  std::vector<bool> claimed(rows.size(), false);
  for (size_t r = 0; r < rows.size(); ++r) {
    if (claimed[r]) continue;
    HeaderBlock block;
    if (is_indicator_label_row(*rows[r].line)) block.kind = HeaderKind::indicators;
    else if (is_fact_label_row(*rows[r].line)) block.kind = HeaderKind::facts;
    else continue;
    block.begin = r;
    while (block.begin > 0 && !claimed[block.begin - 1] && !rows[block.begin].after_page_break &&
           is_header_row(*rows[block.begin - 1].line)) {
      --block.begin;
    }
    block.end = r + 1;
    while (block.end < rows.size() && !rows[block.end].after_page_break && is_header_row(*rows[block.end].line)) {
      ++block.end;
    }
    block.label_row = r;
    if (block.kind == HeaderKind::indicators) {
      for (size_t h = block.begin; h < block.end; ++h) {
        if (indicator_label_count(*rows[h].line) > indicator_label_count(*rows[block.label_row].line)) block.label_row = h;
      }
    }
    for (size_t h = block.begin; h < block.end; ++h) claimed[h] = true;
    blocks.push_back(block);
  }
  return blocks;
}

HeaderColumns read_header(const std::vector<const PrintedLine*>& rows, size_t label_row, HeaderKind kind) {
  HeaderColumns header;
  header.width = rows[label_row]->width();
  for (const auto& cell : lattice_of(*rows[label_row])) header.label_cell_starts.push_back(cell.start);
  header.indicator.resize(header.width);
  header.fact.resize(header.width);
  header.funding.resize(header.width);
  header.task.resize(header.width);
  // Rows of another width (a header row the lattice splits otherwise) cannot
  // be lined up with the label row: they name nothing.
  std::vector<std::vector<LatticeCell>> lattices;
  for (const auto* row : rows) {
    if (row->width() == header.width) lattices.push_back(lattice_of(*row));
    for (const auto& label : squeezed_cells(*row)) {
      if (label.empty()) continue;
      if (!header.signature.empty()) header.signature += '|';
      header.signature += label;
      if (!header.amount_unit) header.amount_unit = amount_unit_in_label(label);
    }
  }
  for (size_t column = 0; column < header.width; ++column) {
    std::vector<const LatticeCell*> path;  // top down, the labels over the column
    for (const auto& lattice : lattices) {
      for (const auto& cell : lattice) {
        if (column >= cell.start && column < cell.start + cell.span && !cell.label.empty()) path.push_back(&cell);
      }
    }
    // The lowest label names the column, at the column where it starts.
    if (path.empty() || path.back()->start != column) continue;
    const std::string& leaf = path.back()->label;
    header.funding[column] = funding_column(path);
    if (header.funding[column] && header.funding[column]->kind.use && !header.funding[column]->kind.source) {
      for (const auto& lattice : lattices) {
        if (auto source = source_left_of(lattice, column)) header.funding[column]->kind.source = source;
      }
    }
    header.task[column] = task_field_of(leaf);
    if (kind == HeaderKind::indicators) {
      header.indicator[column] = indicator_field_of(leaf);
      if (!header.weight_total) header.weight_total = weight_total_in_label(leaf);
    }
    if (header.indicator[column]) continue;
    auto fact = project_fact_of(leaf);
    // "合计" under "财政拨款" is the fiscal total.
    if (!fact && (leaf == "合计" || leaf == "小计") && path.size() > 1) fact = project_fact_of(path[path.size() - 2]->label);
    if (fact && kind == HeaderKind::indicators && (*fact == ProjectFact::weight || *fact == ProjectFact::score)) continue;
    header.fact[column] = fact;
  }
  // The indicator's name is its lowest level: 三级指标, else 指标名称, else
  // the one column that describes it (西安: 一级指标 | 二级指标 | 指标内容).
  auto described = std::count(header.indicator.begin(), header.indicator.end(), IndicatorField::description);
  if (kind == HeaderKind::indicators && !header.column_of(IndicatorField::level3) && described == 1) {
    header.indicator[*header.column_of(IndicatorField::description)] = IndicatorField::level3;
  }
  return header;
}

std::optional<PlacedRow> place_row(const HeaderColumns& header, const PrintedLine& row) {
  auto lattice = lattice_of(row);
  size_t width = row.width();
  // Lattice column -> header column.
  auto column_at = [&](size_t at) -> size_t {
    if (width == header.label_cell_starts.size() && width != header.width) {
      return at < width ? header.label_cell_starts[at] : header.width;
    }
    return at;
  };
  bool fits = width == header.width || width == header.label_cell_starts.size();
  if (!fits && width > header.width) {
    // Empty cells past the last column say nothing.
    fits = std::all_of(lattice.begin(), lattice.end(),
                       [&](const LatticeCell& cell) { return cell.start < header.width || cell.label.empty(); });
  }
  if (!fits) return std::nullopt;
  PlacedRow placed;
  placed.cells.assign(header.width, nullptr);
  for (size_t i = 0; i < lattice.size(); ++i) {
    size_t begin = column_at(lattice[i].start);
    if (begin >= header.width) continue;
    placed.cells[begin] = &row.cells[i];
    if (lattice[i].label.empty()) continue;
    size_t end = std::min(column_at(lattice[i].start + lattice[i].span), header.width);
    std::set<std::pair<int, int>> fields;  // (kind, value) of every named column it covers
    for (size_t c = begin; c < end; ++c) {
      if (header.indicator[c]) fields.insert({0, static_cast<int>(*header.indicator[c])});
      if (header.fact[c]) fields.insert({1, static_cast<int>(*header.fact[c])});
    }
    placed.merged_over_fields = placed.merged_over_fields || fields.size() > 1;
  }
  return placed;
}

}  // namespace budgetpdf::normalize
