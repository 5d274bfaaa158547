#include "normalize/table_segmenter.h"

// GCC 12 reports a false "may be used uninitialized" inside std::string when
// a vector of variants holding strings grows (GCC bug 105562).
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ == 12
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

#include <algorithm>

#include "normalize/patterns.h"
#include "normalize/text_join.h"

namespace budgetpdf::normalize {
namespace {

using extract::LineKind;
using extract::PrintedLine;

// Longest title we accept, in code points; a title is one printed phrase.
constexpr size_t kMaxTitleLength = 60;
// Text lines a title may be separated from its grid by (department, year,
// unit, the pieces a narrow header block breaks them into).
constexpr size_t kMaxFurnitureLines = 10;
// Lines of a 绩效目标 row printed as running text (the grid is on the next page).
constexpr size_t kMaxGoalLines = 30;

bool is_sentence(std::string_view text) {
  return text.find("。") != std::string_view::npos || text.find("，") != std::string_view::npos;
}

// A heading of the narrative ("四、财政拨款“三公”经费预算情况…") names a
// table's subject without being its title; a numbered name of a table
// ("一、部门收支总表") is a title.
bool is_narrative_heading(std::string_view squeezed) {
  if (squeezed.ends_with("表")) return false;
  static constexpr std::string_view kNumerals[] = {"一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、",
                                                   "(一)", "(二)", "(三)", "(四)", "(五)", "(六)"};
  for (auto numeral : kNumerals) {
    if (squeezed.starts_with(numeral)) return true;
  }
  return squeezed.ends_with("情况说明") || squeezed.ends_with("预算情况") || squeezed.ends_with("目录");
}

std::optional<TableKind> title_kind(std::string_view text) {
  if (text.empty() || code_point_count(text) > kMaxTitleLength || is_sentence(text)) return std::nullopt;
  if (patterns::is_toc_entry(text)) return std::nullopt;
  std::string squeezed = squeeze(text);
  if (is_narrative_heading(squeezed)) return std::nullopt;
  return classify_title(squeezed);
}

// A short phrase printed alone right above the first row of a `kind` grid:
// a spanning header cell that an unruled header left outside the rows
// ("政府采购项目" over a procurement grid). It belongs to the table, never
// ends it. Project tables are left out: their titles are such phrases too,
// and a text line there is the goal.
bool is_header_fragment(const PrintedLine& line, const PrintedLine* next, TableKind kind) {
  constexpr size_t kMaxHeaderCellLength = 16;
  if (kind == TableKind::performance || !next || next->kind != LineKind::row || line.kind != LineKind::text) return false;
  std::string text = line.text();
  if (code_point_count(squeeze(text)) > kMaxHeaderCellLength || is_sentence(text) || patterns::is_note(text) ||
      patterns::numbered_title(text, nullptr)) {
    return false;
  }
  auto named = title_kind(text);
  return !named || *named == kind;
}

bool page_changed(const PrintedLine& line, int previous_page) {
  return line.page != 0 && previous_page != 0 && line.page != previous_page;
}

class Segmenter {
 public:
  explicit Segmenter(const extract::PrintedDocument& doc) : lines_(doc.lines) {}

  std::vector<Segment> run() {
    size_t i = 0;
    while (i < lines_.size()) {
      const PrintedLine& line = lines_[i];
      if (line.kind == LineKind::text) {
        std::string text = line.text();
        if (patterns::is_toc_entry(text) || patterns::is_page_number(text)) {
          ++i;
          continue;
        }
        if (size_t end = try_table(i); end > i) {
          i = end;
          continue;
        }
        segments_.push_back(TextLine{&line});
      } else if (!is_toc_row(line)) {
        segments_.push_back(TextLine{&line});
      }
      ++i;
    }
    return std::move(segments_);
  }

 private:
  static bool is_toc_row(const PrintedLine& line) { return patterns::is_toc_entry(line.text()); }

  // A title at `i` (possibly wrapped over two text lines) followed by a grid
  // becomes a table segment; returns the index after it, or `i` if none.
  size_t try_table(size_t i) {
    std::string title = lines_[i].text();
    size_t after_title = i + 1;
    std::optional<TableKind> kind = title_kind(title);
    // A numbered title starts a title of its own, never ends another one
    // ("第二部分 预算项目绩效目标" printed above "1、…绩效目标表").
    if (!kind && i + 1 < lines_.size() && lines_[i + 1].kind == LineKind::text &&
        !patterns::numbered_title(lines_[i + 1].text(), nullptr)) {
      std::string joined = join_text({title, lines_[i + 1].text()});
      kind = title_kind(joined);
      if (kind) {
        title = joined;
        after_title = i + 2;
      }
    }
    if (!kind || !grid_follows(after_title, *kind)) return i;
    TableSegment table;
    table.kind = *kind;
    table.title = collapse_spaces(title);
    add_page(table, lines_[i].page);
    size_t end = consume(table, after_title);
    segments_.emplace_back(std::move(table));
    return end;
  }

  bool grid_follows(size_t j, TableKind kind) const {
    bool goal_text = false;
    for (size_t seen = 0; j < lines_.size() && seen <= kMaxFurnitureLines + (goal_text ? kMaxGoalLines : 0); ++j, ++seen) {
      const PrintedLine& line = lines_[j];
      if (line.kind == LineKind::row) return true;
      std::string text = line.text();
      if (kind == TableKind::performance && is_goal_label(squeeze(text))) goal_text = true;
      if (!goal_text && !patterns::is_table_furniture(text) && !patterns::is_page_number(text) &&
          !is_header_fragment(line, next_line(j), kind)) {
        // The goal's lines may come before its label (a centred label).
        if (kind != TableKind::performance || !goal_label_ahead(j)) return false;
      }
    }
    return false;
  }

  // Whether a goal label comes among the text lines from `j` to the next row.
  bool goal_label_ahead(size_t j) const {
    for (size_t seen = 0; j < lines_.size() && seen <= kMaxGoalLines && lines_[j].kind == LineKind::text; ++j, ++seen) {
      if (is_goal_label(squeeze(lines_[j].text()))) return true;
    }
    return false;
  }

  // The number of text lines from `j` that print `title` again, 0 if they
  // do not.
  size_t repeated_title_lines(size_t j, const std::string& title) const {
    const std::string wanted = squeeze(title);
    std::string seen;
    for (size_t k = j; k < lines_.size() && lines_[k].kind == LineKind::text; ++k) {
      seen += squeeze(lines_[k].text());
      if (seen == wanted) return k - j + 1;
      if (seen.empty() || !wanted.starts_with(seen)) return 0;
    }
    return 0;
  }

  const PrintedLine* next_line(size_t j) const { return j + 1 < lines_.size() ? &lines_[j + 1] : nullptr; }

  static void add_page(TableSegment& table, int page) {
    if (page > 0 && std::find(table.pages.begin(), table.pages.end(), page) == table.pages.end()) {
      table.pages.push_back(page);
    }
  }

  // Takes the table's lines from `j`; returns the index after the table.
  size_t consume(TableSegment& table, size_t j) {
    bool break_pending = false;
    bool in_note = false;
    int previous_page = j > 0 ? lines_[j - 1].page : 0;
    for (; j < lines_.size(); ++j) {
      const PrintedLine& line = lines_[j];
      if (line.kind == LineKind::row) {
        bool after_break = !table.rows.empty() &&
                           (break_pending || line.starts_block || page_changed(line, previous_page));
        table.rows.push_back(SegmentRow{&line, after_break});
        add_page(table, line.page);
        add_page(table, line.last_page);
        break_pending = false;
        previous_page = line.last_page ? line.last_page : line.page;
        continue;
      }
      std::string text = line.text();
      bool no_printed_rows = table.rows.size() == table.made_rows.size();
      if (table.kind == TableKind::performance && no_printed_rows && collect_goal_text(table, line)) continue;
      if (patterns::is_note(text)) {
        table.notes.push_back(collapse_spaces(text));
        in_note = true;
        continue;
      }
      // A note wrapped over lines: the reader says the line runs on.
      if (in_note && !line.starts_block) {
        table.notes.back() = join_text({table.notes.back(), collapse_spaces(text)});
        continue;
      }
      in_note = false;
      // Some producers print the title again on every page of a table,
      // wrapped as the first time.
      if (size_t lines = table.rows.empty() ? 0 : repeated_title_lines(j, table.title); lines > 0) {
        j += lines - 1;
        break_pending = true;
        continue;
      }
      bool furniture = patterns::is_table_furniture(text) ||
                       (table.rows.empty() && is_header_fragment(line, next_line(j), table.kind));
      if (furniture || patterns::is_page_number(text)) {
        // Above the grid a lone "2023" is the budget year, not a page number.
        if (table.rows.empty()) {
          if (furniture) table.furniture.push_back(text);
        } else {
          break_pending = true;
        }
        continue;
      }
      break;
    }
    return j;
  }

  // A 绩效目标 row printed as running text becomes a row of the table: its
  // label in the first cell, its lines in the second.
  bool collect_goal_text(TableSegment& table, const PrintedLine& line) {
    std::string text = line.text();
    if (patterns::is_table_furniture(text) || patterns::is_page_number(text)) return false;
    if (table.made_rows.empty()) {
      auto row = std::make_unique<PrintedLine>();
      row->kind = LineKind::row;
      row->page = row->last_page = line.page;
      row->cells.resize(2);
      table.made_rows.push_back(std::move(row));
    }
    PrintedLine& row = *table.made_rows.back();
    auto& cell = is_goal_label(squeeze(text)) ? row.cells[0] : row.cells[1];
    cell.lines.push_back(text);
    row.last_page = std::max(row.last_page, line.page);
    if (table.rows.empty() || table.rows.front().line != &row) {
      table.rows.insert(table.rows.begin(), SegmentRow{&row, false});
    }
    return true;
  }

  const std::vector<PrintedLine>& lines_;
  std::vector<Segment> segments_;
};

}  // namespace

std::vector<Segment> segment_document(const extract::PrintedDocument& doc) { return Segmenter(doc).run(); }

}  // namespace budgetpdf::normalize
