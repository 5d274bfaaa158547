#include "normalize/budget_table.h"

#include <algorithm>
#include <map>

#include "extract/vocabulary.h"
#include "normalize/classifications.h"
#include "normalize/text_join.h"

namespace budgetpdf::normalize {
namespace {

using extract::Cell;

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A cell whose number or code the source broke into pieces.
bool token_was_split(const Cell& cell) {
  size_t pieces = 0;
  for (const auto& line : cell.lines) {
    if (line.empty()) continue;
    ++pieces;
    if (line.find(' ') != std::string::npos) return true;
  }
  return pieces > 1;
}

bool text_was_wrapped(const Cell& cell, const std::string& joined) {
  size_t pieces = 0;
  for (const auto& line : cell.lines) {
    if (!line.empty()) ++pieces;
  }
  if (pieces > 1) return true;
  return pieces == 1 && joined != collapse_spaces(cell.flat());
}

// A dash printed in an amount cell means nothing was budgeted there.
bool is_dash(std::string_view token) {
  return token == "-" || token == "—" || token == "－" || token == "--" || token == "——";
}

// 类 (3 digits), 款 (5), 项 (7) of the functional classification; the
// economic one has 类 (301, 501) and 款 (30101, 50101), and a few provinces
// print a third level (3021101 差旅费, Beijing).
std::optional<int> level_of(const std::string& code) {
  switch (code.size()) {
    case 3: return 1;
    case 5: return 2;
    case 7: return 3;
    default: return std::nullopt;
  }
}

// The code column a line takes its code from when a row prints several
// classifications (功能分类 | 政府经济分类 | 部门经济分类): the functional one,
// else the finest economic one (the last printed).
size_t primary_code_column(const std::vector<ColumnSpec>& specs, Side side, size_t group) {
  size_t primary = specs.size();
  for (size_t c = 0; c < specs.size(); ++c) {
    if (specs[c].role != ColumnRole::code && specs[c].role != ColumnRole::code_name) continue;
    if (specs[c].side != side || specs[c].group != group) continue;
    if (specs[c].code_system == CodeSystem::function) return c;
    primary = c;
  }
  return primary;
}

// "2010501-行政运行", "30101 基本工资": a code, a separator, the name. A
// cell without a code ("合计") is all name.
std::pair<std::optional<std::string>, std::string> split_code_and_name(const std::string& text) {
  // "[201]一般公共服务支出", "【301】工资福利支出" (Guangzhou).
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"[", "]"}, {"【", "】"}}) {
    if (!text.starts_with(open)) continue;
    size_t end = text.find(close);
    if (end == std::string::npos) break;
    std::string_view inside = std::string_view(text).substr(open.size(), end - open.size());
    if (inside.size() < 3 || inside.find_first_not_of("0123456789") != std::string_view::npos) break;
    return {std::string(inside), collapse_spaces(std::string_view(text).substr(end + close.size()))};
  }
  std::string code;
  size_t i = 0;
  for (int digit = 0; i < text.size() && (digit = extract::vocabulary::digit_at(text, i)) >= 0;) {
    code.push_back(static_cast<char>('0' + digit));
  }
  if (code.size() < 3) return {std::nullopt, text};
  std::string_view rest = std::string_view(text).substr(i);
  size_t separator = 0;
  while (separator < rest.size() && (rest[separator] == '-' || rest[separator] == ' ')) ++separator;
  if (separator == 0 && !rest.empty()) return {std::nullopt, text};
  return {code, collapse_spaces(rest.substr(separator))};
}

// The code printed as 类 | 款 | 项 parts: the parts up to the last one
// printed, those left empty before it taken from the row above (`last`,
// updated). Nothing when no part is printed.
std::optional<std::string> code_from_parts(const std::vector<std::string>& parts, std::vector<std::string>& last) {
  size_t deepest = parts.size();
  while (deepest > 0 && parts[deepest - 1].empty()) --deepest;
  if (deepest == 0) return std::nullopt;
  last.resize(std::max(last.size(), parts.size()));
  std::string code;
  for (size_t p = 0; p < deepest; ++p) {
    if (!parts[p].empty()) last[p] = parts[p];
    // A 款 or 项 is two digits: a spreadsheet that stored "02" as a number
    // prints "2".
    bool one_digit = last[p].size() == 1 && last[p][0] >= '0' && last[p][0] <= '9';
    code += p > 0 && one_digit ? "0" + last[p] : last[p];
  }
  for (size_t p = deepest; p < last.size(); ++p) last[p].clear();
  return code;
}

void add_repair(std::vector<std::string>& repairs, std::string_view repair) {
  if (std::find(repairs.begin(), repairs.end(), repair) == repairs.end()) repairs.emplace_back(repair);
}

size_t utf8_length_at(std::string_view text, size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return 1;
  if ((c >> 5) == 6) return 2;
  if ((c >> 4) == 14) return 3;
  return 4;
}

// Names with one of a doubled pair of characters dropped.
std::vector<std::string> undoubled_variants(const std::string& name) {
  std::vector<std::string> variants;
  for (size_t i = 0; i < name.size();) {
    size_t n = utf8_length_at(name, i);
    if (i + 2 * n <= name.size() && name.compare(i, n, name, i + n, n) == 0) {
      variants.push_back(name.substr(0, i) + name.substr(i + n));
    }
    i += n;
  }
  return variants;
}

}  // namespace

std::optional<Decimal> BudgetLine::amount_or_zero(std::string_view key) const {
  for (const auto& [k, v] : amounts) {
    if (k == key) return v ? *v : Decimal();
  }
  return std::nullopt;
}

bool BudgetLine::has_amount(std::string_view key) const {
  for (const auto& [k, v] : amounts) {
    if (k == key) return v.has_value();
  }
  return false;
}

const BudgetLine* BudgetTable::find_code(std::string_view code, Side side) const {
  for (const auto& line : lines) {
    if (line.code && *line.code == code && line.side == side) return &line;
  }
  return nullptr;
}

const BudgetLine* BudgetTable::find_name(std::string_view squeezed_name, Side side) const {
  for (const auto& line : lines) {
    if (line.side == side && squeeze(line.name) == squeezed_name) return &line;
  }
  return nullptr;
}

std::string subject_of(const BudgetLine& line) { return line.code ? *line.code : line.name; }

bool is_total_row(const BudgetLine& line) {
  if (line.code) return false;
  std::string name = squeeze(line.name);
  return name == "合计" || name == "总计";
}

std::optional<std::string> table_unit(const TableSegment& segment, const Grid& grid) {
  for (const auto& text : segment.furniture) {
    if (auto unit = extract::vocabulary::unit_in(text)) return unit;
  }
  for (const auto& path : grid.column_paths) {
    for (const auto& label : path) {
      if (auto unit = extract::vocabulary::unit_in(label)) return unit;
    }
  }
  return std::nullopt;
}

BudgetTable map_budget_table(const TableSegment& segment, const Grid& grid) {
  BudgetTable table;
  table.kind = segment.kind;
  table.title = segment.title;
  table.unit = table_unit(segment, grid);
  table.columns = classify_columns(segment.kind, grid.column_paths, segment.title);
  mark_text_columns(table.columns, grid.rows);
  keep_one_classification(table.columns, grid.rows);
  table.row_count = static_cast<int>(grid.rows.size());
  table.pages = segment.pages;
  if (!segment.notes.empty()) {
    std::string note;
    for (const auto& n : segment.notes) note += (note.empty() ? "" : "\n") + n;
    table.note = note;
  }
  // A row gives one line per side of a two-sided table, per group of
  // columns of a table printed in halves side by side.
  const auto& specs = table.columns;
  std::vector<std::pair<Side, size_t>> parts_of_row;
  for (Side side : is_two_sided(segment.kind) ? std::vector<Side>{Side::income, Side::expenditure}
                                              : std::vector<Side>{Side::none}) {
    size_t groups = 1;
    for (const auto& spec : specs) {
      if (spec.side == side) groups = std::max(groups, spec.group + 1);
    }
    for (size_t group = 0; group < groups; ++group) parts_of_row.emplace_back(side, group);
  }
  // Code parts of the last row with a code, per side: a row may print only
  // the parts that change (款 01 under 类 201).
  std::map<std::pair<Side, size_t>, std::vector<std::string>> last_parts;
  for (const auto& row : grid.rows) {
    for (const auto& part_of_row : parts_of_row) {
      // Named, not bound: the lambdas below capture them (clang 14 captures
      // no structured binding).
      const Side side = part_of_row.first;
      const size_t group = part_of_row.second;
      size_t primary = primary_code_column(specs, side, group);
      // Without a code column, a name may carry its code ("[201]一般公共服务支出").
      bool names_carry_codes = primary == specs.size() && !std::any_of(specs.begin(), specs.end(), [&](const ColumnSpec& spec) {
        return spec.role == ColumnRole::code_part && spec.side == side && spec.group == group;
      });
      BudgetLine line;
      std::vector<extract::Diagnostic> problems;
      auto cell_problem = [&](const char* rule, const std::string& column, const std::string& printed) {
        problems.push_back({extract::Severity::error, rule, 0, std::string(kind_name(segment.kind)), "", column,
                            "printed as \"" + printed + "\""});
      };
      line.table = segment.kind;
      line.side = side;
      line.group = group;
      line.pages = row.pages;
      if (row.joined_over_page_break) add_repair(line.repairs, kPageBreakRowJoined);
      std::vector<std::string> parts;
      for (size_t c = 0; c < specs.size(); ++c) {
        const ColumnSpec& spec = specs[c];
        // A 行次 printed once serves both sides; printed per side, its own.
        bool shared = spec.role == ColumnRole::row_no && spec.side == Side::none;
        if ((spec.side != side || spec.group != group) && !shared) continue;
        const Cell& cell = row.cells[c];
        switch (spec.role) {
          case ColumnRole::row_no: {
            std::string token = nfkc(join_token(cell.lines));
            if (all_digits(token) && token.size() <= 6) line.row_no = std::stoi(token);
            break;
          }
          case ColumnRole::name: {
            // Of two name columns (预算单位 | 科目名称) the row names itself
            // in the last one it fills, unless that says it is the subtotal
            // of the one before ("一般公共预算资金 | 小计").
            std::string name = join_text(cell.lines);
            if (name.empty() || (!line.name.empty() && (squeeze(name) == "小计" || squeeze(name) == "合计"))) break;
            line.name = name;
            if (text_was_wrapped(cell, line.name)) add_repair(line.repairs, kWrappedCellJoined);
            if (auto [code, rest] = split_code_and_name(name); names_carry_codes && code && !rest.empty()) {
              line.code = code;
              line.code_system = spec.code_system;
              line.name = rest;
            }
            break;
          }
          case ColumnRole::code: {
            if (c != primary) break;
            std::string token = nfkc(join_token(cell.lines));
            if (token.empty()) break;
            if (token_was_split(cell)) add_repair(line.repairs, kSplitTokenJoined);
            line.code = token;
            line.code_system = spec.code_system;
            break;
          }
          case ColumnRole::code_name: {
            std::string text = join_text(cell.lines);
            auto [code, name] = split_code_and_name(text);
            // Beside a code column of its own ("科目编码 | 功能分类科目"), it
            // prints the name.
            if (c != primary) {
              if (line.name.empty() && !name.empty()) {
                line.name = name;
                if (text_was_wrapped(cell, text)) add_repair(line.repairs, kWrappedCellJoined);
              }
              break;
            }
            if (text_was_wrapped(cell, text)) add_repair(line.repairs, kWrappedCellJoined);
            if (code) {
              line.code = code;
              line.code_system = spec.code_system;
            }
            if (!name.empty()) line.name = name;
            break;
          }
          case ColumnRole::code_part: {
            std::string token = nfkc(join_token(cell.lines));
            if (token_was_split(cell)) add_repair(line.repairs, kSplitTokenJoined);
            if (parts.size() <= spec.part) parts.resize(spec.part + 1);
            parts[spec.part] = token;
            line.code_system = spec.code_system;
            break;
          }
          case ColumnRole::text: {
            std::string text = join_text(cell.lines);
            if (text_was_wrapped(cell, text)) add_repair(line.repairs, kWrappedCellJoined);
            line.texts.push_back(text);
            break;
          }
          case ColumnRole::amount: {
            std::string token = nfkc(join_token(cell.lines));
            std::optional<Decimal> value;
            if (!token.empty() && !is_dash(token)) {
              value = Decimal::parse(token);
              if (!value) cell_problem("cell.amount_unparsed", spec.key, token);
              if (token_was_split(cell)) add_repair(line.repairs, kSplitTokenJoined);
            }
            line.amounts.emplace_back(spec.key, value);
            break;
          }
        }
      }
      if (!line.code) line.code = code_from_parts(parts, last_parts[{side, group}]);
      // No digit at all: a label printed in the code columns (合计, 无,
      // 此表为空), the row's name when it has none.
      if (line.code && std::none_of(line.code->begin(), line.code->end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
        if (line.name.empty()) line.name = *line.code;
        line.code.reset();
      }
      // A row with neither name nor code is labelled in a word column
      // (合计 printed under the classification that another one's code
      // stands for, a project's name under 二级项目).
      if (line.name.empty() && !line.code) {
        auto label = std::find_if(line.texts.begin(), line.texts.end(), [](const std::string& t) { return !t.empty(); });
        if (label != line.texts.end()) line.name = *label;
      }
      if ((side != Side::none || group > 0) && line.name.empty() && !line.code) continue;
      // A part of the row printing nothing (one half of a table printed in
      // halves runs longer than the other) is no line.
      bool printed_nothing =
          line.name.empty() && !line.code && !line.row_no &&
          std::none_of(line.amounts.begin(), line.amounts.end(), [](const auto& amount) { return amount.second; }) &&
          std::all_of(line.texts.begin(), line.texts.end(), [](const std::string& text) { return text.empty(); });
      if (printed_nothing) continue;
      if (line.code) {
        line.level = level_of(*line.code);
        // A unit's code (code_system none: 123 the department, 123001 its
        // units) has no classification's length.
        bool unit_code = line.code_system == CodeSystem::none && all_digits(*line.code);
        if (!unit_code && (!all_digits(*line.code) || !line.level)) {
          cell_problem("cell.code_shape", "code", *line.code);
          line.level.reset();
        }
      } else {
        line.code_system = CodeSystem::none;
      }
      for (auto& problem : problems) {
        problem.subject = line.code ? *line.code : line.name;
        table.problems.push_back(std::move(problem));
      }
      table.lines.push_back(std::move(line));
    }
  }
  return table;
}

void resolve_doubled_names(std::vector<BudgetTable>& tables) {
  for (auto& table : tables) {
    for (auto& line : table.lines) {
      if (std::find(line.repairs.begin(), line.repairs.end(), kPageBreakRowJoined) == line.repairs.end()) continue;
      for (const auto& variant : undoubled_variants(line.name)) {
        std::string wanted = squeeze(variant);
        bool confirmed = false;
        for (const auto& other : tables) {
          if (&other == &table) continue;
          for (const auto& candidate : other.lines) {
            bool same_item = line.code ? candidate.code == line.code : !candidate.code;
            if (same_item && squeeze(candidate.name) == wanted) confirmed = true;
          }
        }
        if (confirmed) {
          line.name = variant;
          break;
        }
      }
    }
  }
}

schema::Record to_record(const BudgetLine& line, const std::string& doc_id, bool has_pages) {
  schema::Record record(schema::budget_line_type());
  record.set("doc_id", doc_id)
      .set("table", std::string(kind_name(line.table)))
      .set("side", line.side == Side::none ? schema::Value{} : schema::Value{std::string(side_name(line.side))})
      .set("row_no", line.row_no ? schema::Value{static_cast<std::int64_t>(*line.row_no)} : schema::Value{})
      .set("code", schema::optional_text(line.code))
      .set("code_system", line.code ? schema::Value{std::string(code_system_name(line.code_system))} : schema::Value{})
      .set("level", line.level ? schema::Value{static_cast<std::int64_t>(*line.level)} : schema::Value{})
      .set("name", line.name)
      .set("amounts", schema::Amounts(line.amounts.begin(), line.amounts.end()))
      .set("pages", has_pages ? schema::Value{line.pages} : schema::Value{})
      .set("repairs", line.repairs)
      .set("texts", line.texts);
  return record;
}

schema::Record to_record(const BudgetTable& table, const std::string& doc_id, bool has_pages) {
  schema::Columns columns;
  for (const auto& spec : table.columns) {
    std::string key = spec.key;
    if (spec.role == ColumnRole::row_no) key = "row_no";
    if (spec.role == ColumnRole::code || spec.role == ColumnRole::code_name) key = "code";
    if (spec.role == ColumnRole::name) key = "name";
    columns.push_back({key, spec.label});
  }
  schema::Record record(schema::table_type());
  record.set("doc_id", doc_id)
      .set("table", std::string(kind_name(table.kind)))
      .set("title", table.title)
      .set("unit", schema::optional_text(table.unit))
      .set("columns", columns)
      .set("row_count", static_cast<std::int64_t>(table.row_count))
      .set("note", schema::optional_text(table.note))
      .set("pages", has_pages ? schema::Value{table.pages} : schema::Value{});
  return record;
}

}  // namespace budgetpdf::normalize
