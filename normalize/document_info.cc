#include "normalize/document_info.h"

#include <map>

#include "extract/vocabulary.h"
#include "normalize/text_join.h"

namespace budgetpdf::normalize {
namespace {

namespace vocabulary = extract::vocabulary;

// A cover holds a few lines (department, year, title, date); a page's first
// lines at most.
constexpr size_t kMaxCoverLines = 12;

bool is_standard(TableKind kind) {
  return kind != TableKind::procurement && kind != TableKind::assets && kind != TableKind::institutions &&
         kind != TableKind::performance && kind != TableKind::other;
}

// The value most often seen, the first seen among equals.
template <typename T>
class Vote {
 public:
  void add(const T& value) {
    if (counts_.emplace(value, 0).first->second++ == 0) order_.push_back(value);
  }
  std::optional<T> winner() const {
    std::optional<T> best;
    int most = 0;
    for (const auto& value : order_) {
      if (int n = counts_.at(value); n > most) {
        most = n;
        best = value;
      }
    }
    return best;
  }

 private:
  std::map<T, int> counts_;
  std::vector<T> order_;
};

constexpr std::string_view kDisclosureWords[] = {"部门预算", "单位预算", "部门决算", "单位决算",
                                                 "预算公开", "决算公开", "综合预算"};

// "2026年", "2026年度" at `at` in squeezed text: the year and its length.
std::optional<std::pair<int, size_t>> year_at(std::string_view text, size_t at) {
  if (at + 4 > text.size() || (at > 0 && text[at - 1] >= '0' && text[at - 1] <= '9')) return std::nullopt;
  std::string_view rest = text.substr(at + 4);
  size_t length = rest.starts_with("年度") ? 4 + 6 : rest.starts_with("年") ? 4 + 3 : 0;
  if (length == 0) return std::nullopt;
  auto year = vocabulary::year_in(text.substr(at, length));
  if (!year) return std::nullopt;
  return std::pair{*year, length};
}

// The department a cover names around its year: "国家信访局2026年度部门预算",
// "2026年度福州市民政局(本级)单位预算", "北京市统计局部门2026年度…".
std::optional<std::string> dept_from_cover(std::string_view cover) {
  for (size_t at = 0; at + 4 <= cover.size(); ++at) {
    auto year = year_at(cover, at);
    if (!year) continue;
    std::string_view before = cover.substr(0, at);
    std::string_view after = cover.substr(at + year->second);
    std::string_view name = before;
    if (name.empty()) {
      size_t end = std::string_view::npos;
      for (std::string_view word : {"部门", "单位", "预算", "决算"}) end = std::min(end, after.find(word));
      name = after.substr(0, end);
    }
    while (name.ends_with("部门")) name.remove_suffix(std::string_view("部门").size());
    while (!name.empty() && static_cast<unsigned char>(name.front()) < 0x80) name.remove_prefix(1);
    constexpr size_t kMinNameLength = 3;
    if (vocabulary::code_point_count(name) < kMinNameLength) return std::nullopt;
    return std::string(name);
  }
  return std::nullopt;
}

struct FurnitureFacts {
  Vote<std::string> dept_names;
  std::optional<std::string> dept_code;
  std::optional<int> labelled_year;
  std::optional<int> other_year;
};

// What a table's furniture says: "部门：" may leave the name to the next line.
void read_furniture(const std::vector<std::string>& lines, FurnitureFacts& facts) {
  bool name_follows = false;
  for (const auto& text : lines) {
    auto furniture = vocabulary::read_furniture(text);
    if (!furniture) {
      if (name_follows) facts.dept_names.add(vocabulary::without_spaces(text));
      name_follows = false;
      continue;
    }
    name_follows = furniture->dept_name_follows;
    if (furniture->dept_name) facts.dept_names.add(*furniture->dept_name);
    if (furniture->dept_code && !facts.dept_code) facts.dept_code = furniture->dept_code;
    if (furniture->year) {
      bool labelled = vocabulary::without_spaces(text).find("年度") != std::string::npos;
      auto& slot = labelled ? facts.labelled_year : facts.other_year;
      if (!slot) slot = furniture->year;
    }
  }
}

// "部门名称 | 首都绿化委员会办公室": a cell naming the department in a grid
// (the 部门整体支出绩效目标表 prints one).
std::optional<std::string> dept_from_cells(const std::vector<Segment>& segments) {
  auto from_row = [](const extract::PrintedLine& row) -> std::optional<std::string> {
    for (size_t c = 0; c + 1 < row.cells.size(); ++c) {
      std::string label = vocabulary::without_spaces(row.cells[c].flat());
      std::string name = vocabulary::without_spaces(row.cells[c + 1].flat());
      if ((label == "部门名称" || label == "单位名称" || label == "预算单位名称") && !name.empty()) return name;
    }
    return std::nullopt;
  };
  for (const auto& segment : segments) {
    if (const auto* table = std::get_if<TableSegment>(&segment)) {
      for (const auto& row : table->rows) {
        if (auto name = from_row(*row.line)) return name;
      }
    } else if (const auto* text = std::get_if<TextLine>(&segment); text->line->kind == extract::LineKind::row) {
      if (auto name = from_row(*text->line)) return name;
    }
  }
  return std::nullopt;
}

}  // namespace

std::string cover_text(const extract::PrintedDocument& printed, const std::vector<Segment>& segments) {
  const extract::PrintedLine* first_table_line = nullptr;
  for (const auto& segment : segments) {
    if (const auto* table = std::get_if<TableSegment>(&segment); table && !table->rows.empty()) {
      first_table_line = table->rows.front().line;
      break;
    }
  }
  std::string cover;
  size_t taken = 0;
  int first_page = printed.lines.empty() ? 0 : printed.lines.front().page;
  for (const auto& line : printed.lines) {
    if (&line == first_table_line || line.kind != extract::LineKind::text || taken == kMaxCoverLines ||
        line.page != first_page) {
      break;
    }
    std::string text = line.text();
    if (vocabulary::is_contents_heading(text) || vocabulary::is_contents_entry(text)) break;
    if (vocabulary::title_kind(text)) break;  // a table's title: the tables start at once
    cover += vocabulary::without_spaces(text);
    ++taken;
  }
  return cover;
}

bool names_a_disclosure(std::string_view cover) {
  for (auto word : kDisclosureWords) {
    if (cover.find(word) != std::string_view::npos) return true;
  }
  return false;
}

bool names_unit_budget(std::string_view cover) {
  return cover.find("单位预算") != std::string_view::npos && cover.find("部门预算") == std::string_view::npos;
}

DocumentInfo document_info(const extract::PrintedDocument& printed, const std::vector<Segment>& segments,
                           const std::vector<BudgetTable>& tables) {
  DocumentInfo info;
  std::string cover = cover_text(printed, segments);
  bool disclosure_cover = names_a_disclosure(cover);
  bool saw_final = disclosure_cover && cover.find("决算") != std::string::npos;
  FurnitureFacts furniture;
  Vote<int> title_years;
  for (const auto& segment : segments) {
    const auto* table = std::get_if<TableSegment>(&segment);
    if (!table) continue;
    // Titles of a final account still say 预算 in places (一般公共预算); a
    // 决算 title anywhere makes the document a final account.
    saw_final = saw_final || vocabulary::title_core(table->title).find("决算") != std::string::npos;
    read_furniture(table->furniture, furniture);
    if (auto year = vocabulary::year_in(table->title)) title_years.add(*year);
  }
  if (saw_final) info.kind = "final_account";

  std::optional<int> cover_year;
  if (disclosure_cover) {
    for (size_t at = 0; at + 4 <= cover.size() && !cover_year; ++at) {
      if (auto year = year_at(cover, at)) cover_year = year->first;
    }
  }
  info.year = furniture.labelled_year;
  if (!info.year) info.year = cover_year;
  if (!info.year) info.year = title_years.winner();
  if (!info.year) info.year = furniture.other_year;
  if (!info.year) {
    // "2026 年预算数" over a column.
    Vote<int> header_years;
    for (const auto& table : tables) {
      for (const auto& column : table.columns) {
        if (auto year = vocabulary::year_in(column.label)) header_years.add(*year);
      }
    }
    info.year = header_years.winner();
  }
  if (!info.year) {
    // Last, the year the document's lines mention most, in its text and its
    // cells ("通过实施2026年度…" in a 绩效 table printed alone).
    Vote<int> text_years;
    for (const auto& line : printed.lines) {
      for (const auto& cell : line.cells) {
        if (auto year = vocabulary::year_in(cell.flat())) text_years.add(*year);
      }
    }
    info.year = text_years.winner();
  }

  info.dept_code = furniture.dept_code;
  info.dept_name = furniture.dept_names.winner();
  if (!info.dept_name && disclosure_cover) info.dept_name = dept_from_cover(cover);
  if (!info.dept_name) info.dept_name = dept_from_cells(segments);

  Vote<std::string> units;
  for (const auto& table : tables) {
    if (is_standard(table.kind) && table.unit) units.add(*table.unit);
  }
  info.unit = units.winner();
  return info;
}

}  // namespace budgetpdf::normalize
