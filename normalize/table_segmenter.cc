#include "normalize/table_segmenter.h"

// GCC 12 reports a false "may be used uninitialized" inside std::string when
// a vector of variants holding strings grows (GCC bug 105562).
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ == 12
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "extract/vocabulary.h"
#include "normalize/patterns.h"
#include "normalize/text_join.h"

namespace budgetpdf::normalize {
namespace {

using extract::LineKind;
using extract::PrintedLine;
namespace vocabulary = extract::vocabulary;

// Text lines a title may be separated from its grid by (department, year,
// unit, the pieces a narrow header block breaks them into).
constexpr size_t kMaxFurnitureLines = 10;
// Lines of a 绩效目标 row printed as running text (the grid is on the next page).
constexpr size_t kMaxGoalLines = 30;
// A line printed alike on this many pages or more is a running header.
constexpr size_t kMinRunningHeaderPages = 3;

bool is_sentence(std::string_view text) {
  return text.find("。") != std::string_view::npos || text.find("，") != std::string_view::npos;
}

std::optional<TableKind> title_kind(const std::string& text) { return vocabulary::title_kind(text); }

bool is_furniture(const std::string& text) { return vocabulary::read_furniture(text).has_value(); }

bool names_standard_table(const std::string& text) {
  auto kind = title_kind(text);
  return kind && *kind != TableKind::other && *kind != TableKind::performance;
}

// A short phrase printed alone over the first row of a `kind` grid.
bool is_header_phrase(const PrintedLine& line, TableKind kind) {
  constexpr size_t kMaxHeaderCellLength = 16;
  if (line.kind != LineKind::text) return false;
  std::string text = line.text();
  if (code_point_count(squeeze(text)) > kMaxHeaderCellLength || is_sentence(text) || vocabulary::is_note(text) ||
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
  explicit Segmenter(const extract::PrintedDocument& doc) : lines_(doc.lines) {
    std::map<std::string, std::set<int>> pages_of;
    for (const auto& line : lines_) {
      if (line.kind == LineKind::text && line.page > 0) pages_of[squeeze(line.text())].insert(line.page);
    }
    for (auto& [text, pages] : pages_of) {
      if (pages.size() >= kMinRunningHeaderPages) running_headers_.insert(text);
    }
  }

  std::vector<Segment> run() {
    size_t i = 0;
    while (i < lines_.size()) {
      const PrintedLine& line = lines_[i];
      if (line.kind == LineKind::text) {
        std::string text = line.text();
        if (vocabulary::is_contents_entry(text) || vocabulary::looks_like_page_number(text) ||
            vocabulary::is_table_number(text)) {
          ++i;
          continue;
        }
        if (size_t end = try_table(i); end > i) {
          i = end;
          continue;
        }
        segments_.push_back(TextLine{&line});
      } else if (!is_toc_row(line)) {
        if (size_t end = try_untitled_table(i); end > i) {
          i = end;
          continue;
        }
        segments_.push_back(TextLine{&line});
      }
      ++i;
    }
    return std::move(segments_);
  }

 private:
  static bool is_toc_row(const PrintedLine& line) { return vocabulary::is_contents_entry(line.text()); }

  // A title at `i` (possibly wrapped over two text lines) followed by a grid
  // becomes a table segment; returns the index after it, or `i` if none.
  size_t try_table(size_t i) {
    std::string title = lines_[i].text();
    size_t after_title = i + 1;
    std::optional<TableKind> kind = title_kind(title);
    // A numbered title starts a title of its own, never ends another one
    // ("第二部分 预算项目绩效目标" printed above "1、…绩效目标表").
    // A table number ("公开05表") or a standard table's own title (after
    // "支出总计" left outside its grid) ends none; a title is printed on one
    // page. A running header ("…2026年度单位预算公开" over every page) starts
    // no title of kind other: a title wrapped the same way on every page of
    // its table does start its own. Furniture ("（2026年度）") starts none,
    // unless it is the unit a project title names first ("100001_…分局_甲项"
    // over "目绩效目标表").
    bool may_start_title = !is_furniture(title) || vocabulary::looks_like_dept_line(title);
    if (!kind && may_start_title && i + 1 < lines_.size() && lines_[i + 1].kind == LineKind::text &&
        lines_[i + 1].page == lines_[i].page && !patterns::numbered_title(lines_[i + 1].text(), nullptr) &&
        !vocabulary::is_table_number(lines_[i + 1].text()) && !names_standard_table(lines_[i + 1].text())) {
      std::string joined = join_text({title, lines_[i + 1].text()});
      kind = title_kind(joined);
      if (kind && *kind == TableKind::other && is_running_header(lines_[i])) kind.reset();
      if (kind) {
        title = joined;
        after_title = i + 2;
      }
    }
    if (!kind) return i;
    TableSegment table;
    table.kind = *kind;
    table.title = collapse_spaces(title);
    add_page(table, lines_[i].page);
    size_t end = after_title;
    if (grid_follows(after_title, *kind)) {
      end = consume(table, after_title);
    } else if (size_t empty_end = empty_table_end(after_title, *kind); empty_end > after_title) {
      end = consume_empty(table, after_title, empty_end);
    } else {
      return i;
    }
    segments_.emplace_back(std::move(table));
    return end;
  }

  // A table printed empty ("无", "本表无数据"): its title, furniture and
  // header labels alone fill the rest of its page, with no row to anchor a
  // grid. Returns the index after its page, or `j` when the page holds
  // anything else. A text dump, without pages, never tells.
  size_t empty_table_end(size_t j, TableKind kind) const {
    constexpr size_t kMinHeaderLabels = 2;
    if (kind == TableKind::performance || j >= lines_.size() || lines_[j].page == 0) return j;
    int page = lines_[j - 1].page;
    size_t labels = 0, k = j;
    for (; k < lines_.size() && lines_[k].page == page; ++k) {
      std::string text = lines_[k].text();
      if (lines_[k].kind == LineKind::row || title_kind(text)) return j;
      if (is_furniture_at(k) || vocabulary::looks_like_page_number(text) || vocabulary::is_note(text)) continue;
      if (!is_header_phrase(lines_[k], kind) && !(labels > 0 && text.size() <= 9)) return j;  // "无", "合计"
      ++labels;
    }
    return labels >= kMinHeaderLabels ? k : j;
  }

  size_t consume_empty(TableSegment& table, size_t j, size_t end) {
    for (; j < end; ++j) {
      std::string text = lines_[j].text();
      if (vocabulary::is_note(text)) table.notes.push_back(collapse_spaces(text));
      else if (is_furniture_at(j)) table.furniture.push_back(text);
    }
    return end;
  }

  // A grid no title names is still a budget table when its header names a
  // code column and a name column (功能分类科目编码 | 科目名称 | amounts): kind
  // other, titled by the short line right above it if there is one.
  size_t try_untitled_table(size_t i) {
    const PrintedLine& header = lines_[i];
    bool code = false, name = false;
    for (const auto& cell : header.cells) {
      std::string label = vocabulary::without_spaces(cell.flat());
      code = code || vocabulary::is_code_label(label);
      name = name || label.find("名称") != std::string::npos;
    }
    if (!code || !name) return i;
    TableSegment table;
    table.kind = TableKind::other;
    if (!segments_.empty()) {
      const auto* above = std::get_if<TextLine>(&segments_.back());
      if (above && above->line->kind == LineKind::text && above->line->page == header.page) {
        std::string text = above->line->text();
        if (!is_sentence(text) && code_point_count(squeeze(text)) <= 60 && !is_furniture(text)) {
          table.title = collapse_spaces(text);
          segments_.pop_back();
        }
      }
    }
    add_page(table, header.page);
    size_t end = consume(table, i);
    segments_.emplace_back(std::move(table));
    return end;
  }

  bool grid_follows(size_t j, TableKind kind) const {
    bool goal_text = false;
    for (size_t seen = 0; j < lines_.size() && seen <= kMaxFurnitureLines + (goal_text ? kMaxGoalLines : 0); ++j, ++seen) {
      const PrintedLine& line = lines_[j];
      if (line.kind == LineKind::row && !is_furniture_row(line)) return !is_toc_row(line);
      std::string text = line.text();
      if (kind == TableKind::performance && vocabulary::is_goal_label((text))) goal_text = true;
      if (!goal_text && !is_furniture_at(j) && !vocabulary::looks_like_page_number(text) &&
          !is_header_fragment(j, kind)) {
        // The goal's lines may come before its label (a centred label).
        if (kind != TableKind::performance || !goal_label_ahead(j)) return false;
      }
    }
    return false;
  }

  // Whether a goal label comes among the text lines from `j` to the next row.
  bool goal_label_ahead(size_t j) const {
    for (size_t seen = 0; j < lines_.size() && seen <= kMaxGoalLines && lines_[j].kind == LineKind::text; ++j, ++seen) {
      if (vocabulary::is_goal_label((lines_[j].text()))) return true;
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

  // Furniture a ruled grid prints inside its top box: a row whose every
  // cell is labelled furniture ("预算单位：长春市信访局 | 单位：万元"). A
  // cell's text alone ("22〕28 号", the tail of a wrapped cell) never is.
  static bool is_furniture_row(const PrintedLine& line) {
    bool any = false;
    for (const auto& cell : line.cells) {
      if (cell.empty()) continue;
      std::string text = cell.flat();
      bool labelled = text.find("：") != std::string::npos || text.find(':') != std::string::npos;
      if (!labelled || !is_furniture(text)) return false;
      any = true;
    }
    return any;
  }

  // Page furniture: department, year, unit, a table number ("公开02表"), or
  // the name a bare "部门：" leaves to the next line.
  bool is_furniture_at(size_t j) const {
    constexpr size_t kMaxNameLength = 40;
    std::string text = lines_[j].text();
    if (lines_[j].kind == LineKind::row) return is_furniture_row(lines_[j]);
    if (is_furniture(text) || vocabulary::is_table_number(text)) return true;
    // "无锡市人力资源和社会保障局2026年度部门预算公开" over every page; not a
    // title, nor the first line of one wrapped the same way on every page.
    if (is_running_header(lines_[j]) && !title_kind(text)) {
      bool starts_title = j + 1 < lines_.size() && lines_[j + 1].kind == LineKind::text &&
                          !vocabulary::is_table_number(lines_[j + 1].text()) &&
                          title_kind(join_text({text, lines_[j + 1].text()}));
      return !starts_title;
    }
    if (j == 0 || lines_[j].kind != LineKind::text || is_sentence(text)) return false;
    auto above = vocabulary::read_furniture(lines_[j - 1].text());
    return above && above->dept_name_follows && code_point_count(squeeze(text)) <= kMaxNameLength;
  }

  // Short phrases printed alone right above the first row of a `kind` grid:
  // spanning header cells an unruled header left outside the rows ("政府采购
  // 项目" over a procurement grid, "项目" and "收入预算" over an income grid).
  // They belong to the table, never end it. Project tables are left out:
  // their titles are such phrases too, and a text line there is the goal.
  bool is_header_fragment(size_t j, TableKind kind) const {
    constexpr size_t kMaxHeaderPhrases = 4;
    if (kind == TableKind::performance) return false;
    for (size_t k = j; k < lines_.size() && k < j + kMaxHeaderPhrases; ++k) {
      if (lines_[k].kind == LineKind::row) return k > j;
      if (!is_header_phrase(lines_[k], kind)) return false;
    }
    return false;
  }

  static bool unit_printed(const TableSegment& table) {
    return std::any_of(table.furniture.begin(), table.furniture.end(),
                       [](const std::string& text) { return vocabulary::unit_in(text).has_value(); });
  }

  static void add_page(TableSegment& table, int page) {
    if (page > 0 && std::find(table.pages.begin(), table.pages.end(), page) == table.pages.end()) {
      table.pages.push_back(page);
    }
  }

  // Takes the table's lines from `j`; returns the index after the table.
  size_t consume(TableSegment& table, size_t j) {
    bool break_pending = false;
    bool in_note = false;
    // The last note while its wrapped lines join it (joining the note again
    // at each line took time quadratic in its lines).
    std::optional<TextJoiner> open_note;
    auto close_note = [&] {
      if (open_note) table.notes.back() = open_note->text();
      open_note.reset();
    };
    int previous_page = j > 0 ? lines_[j - 1].page : 0;
    for (; j < lines_.size(); ++j) {
      const PrintedLine& line = lines_[j];
      if (line.kind == LineKind::row && is_furniture_row(line)) {
        if (table.rows.empty()) table.furniture.push_back(line.text());
        else break_pending = true;
        continue;
      }
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
      if (table.kind == TableKind::performance && no_printed_rows && collect_goal_text(table, j)) continue;
      if (vocabulary::is_note(text)) {
        close_note();
        table.notes.push_back(collapse_spaces(text));
        in_note = true;
        continue;
      }
      // A note wrapped over lines: the reader says the line runs on (on its
      // page: the next page starts afresh, a title never runs a note on).
      if (in_note && !line.starts_block && !page_changed(line, previous_page) && !title_kind(text)) {
        if (!open_note) open_note.emplace().add(table.notes.back());
        open_note->add(collapse_spaces(text));
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
      bool furniture = is_furniture_at(j) || (table.rows.empty() && is_header_fragment(j, table.kind));
      if (furniture || vocabulary::looks_like_page_number(text)) {
        // Above the grid a lone "2023" is the budget year, not a page number.
        if (table.rows.empty()) {
          if (furniture) table.furniture.push_back(text);
        } else {
          // A unit printed at the right edge of a sheet wider than the page
          // comes after the rows, on the page its last columns spill onto.
          if (furniture && vocabulary::unit_in(text) && !unit_printed(table)) table.furniture.push_back(text);
          break_pending = true;
        }
        continue;
      }
      break;
    }
    close_note();
    return j;
  }

  // A 绩效目标 row printed as running text becomes a row of the table: its
  // label in the first cell, its lines in the second.
  bool collect_goal_text(TableSegment& table, size_t j) {
    const PrintedLine& line = lines_[j];
    std::string text = line.text();
    if (is_furniture_at(j) || vocabulary::looks_like_page_number(text)) return false;
    if (table.made_rows.empty()) {
      auto row = std::make_unique<PrintedLine>();
      row->kind = LineKind::row;
      row->page = row->last_page = line.page;
      row->cells.resize(2);
      table.made_rows.push_back(std::move(row));
    }
    PrintedLine& row = *table.made_rows.back();
    auto& cell = vocabulary::is_goal_label((text)) ? row.cells[0] : row.cells[1];
    cell.lines.push_back(text);
    row.last_page = std::max(row.last_page, line.page);
    if (table.rows.empty() || table.rows.front().line != &row) {
      table.rows.insert(table.rows.begin(), SegmentRow{&row, false});
    }
    return true;
  }

  bool is_running_header(const PrintedLine& line) const { return running_headers_.count(squeeze(line.text())) > 0; }

  const std::vector<PrintedLine>& lines_;
  std::vector<Segment> segments_;
  std::set<std::string> running_headers_;
};

}  // namespace

std::vector<Segment> segment_document(const extract::PrintedDocument& doc) { return Segmenter(doc).run(); }

}  // namespace budgetpdf::normalize
