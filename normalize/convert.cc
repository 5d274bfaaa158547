#include "normalize/convert.h"

#include <fmt/format.h>

#include <algorithm>

#include "extract/pdf/pdf_reader.h"
#include "extract/dump/text_dump_reader.h"
#include "normalize/budget_table.h"
#include "normalize/contents.h"
#include "normalize/document_info.h"
#include "normalize/grid.h"
#include "normalize/institution_table.h"
#include "normalize/narrative_checks.h"
#include "normalize/narrative_sections.h"
#include "normalize/narrative_statements.h"
#include "normalize/narrative_text_checks.h"
#include "normalize/performance_checks.h"
#include "normalize/performance_table.h"
#include "normalize/diagnostics.h"
#include "normalize/reconciliation.h"
#include "normalize/table_segmenter.h"

namespace budgetpdf::normalize {
namespace {

using extract::ErrorCode;
using extract::InputError;

schema::Record document_record(const DocumentInfo& info, const extract::PrintedDocument& printed,
                               const std::string& source, const std::string& doc_id) {
  schema::Record record(schema::document_type());
  record.set("doc_id", doc_id)
      .set("source", source)
      .set("kind", info.kind)
      .set("year", info.year ? schema::Value{static_cast<std::int64_t>(*info.year)} : schema::Value{})
      .set("dept_code", schema::optional_text(info.dept_code))
      .set("dept_name", schema::optional_text(info.dept_name))
      .set("unit", schema::optional_text(info.unit))
      .set("page_count", printed.page_count ? schema::Value{static_cast<std::int64_t>(*printed.page_count)}
                                            : schema::Value{});
  return record;
}

size_t cells_of(const TableSegment& table) {
  size_t cells = 0;
  for (const auto& row : table.rows) cells += row.line->cells.size();
  return cells;
}

// A table of no known kind is still a budget table when it prints
// classification codes (功能分类科目编码 | 科目名称 | amounts), whatever its title.
bool has_classification_codes(const BudgetTable& table) {
  return std::any_of(table.lines.begin(), table.lines.end(), [](const BudgetLine& line) { return line.level.has_value(); });
}

bool has_prose(const std::vector<Section>& sections) {
  for (const auto& section : sections) {
    for (const auto& paragraph : section.paragraphs) {
      if (paragraph.find("。") != std::string::npos) return true;
    }
  }
  return false;
}

}  // namespace

std::vector<schema::Record> convert_printed(const extract::PrintedDocument& printed, const std::string& source,
                                            const std::string& doc_id, const extract::Limits& limits) {
  std::vector<Segment> segments = segment_document(printed);
  bool has_pages = printed.page_count.has_value();

  // Tables in printed order; each keeps its place for the output. Budget
  // tables are written last, once names are resolved across tables.
  struct TableOutput {
    std::optional<size_t> budget_index;
    std::vector<schema::Record> records;
  };
  std::vector<BudgetTable> budget_tables;
  std::vector<TableOutput> table_outputs;
  std::vector<extract::Diagnostic> layout_problems;
  std::vector<CheckResult> subtotal_checks;  // lists of projects against their 合计 and units' rows
  std::vector<PerformanceProject> projects;
  std::vector<extract::Diagnostic> performance_problems;
  for (const auto& segment : segments) {
    const auto* table = std::get_if<TableSegment>(&segment);
    if (!table) continue;
    if (table->kind == TableKind::performance) {
      // A malformed 绩效目标表 still gives what it can, and says what is wrong.
      PerformanceTable read = read_performance_table(*table, static_cast<int>(projects.size()) + 1);
      for (auto& check : check_subtotals(read)) subtotal_checks.push_back(std::move(check));
      for (auto& project : read.projects) projects.push_back(std::move(project));
      for (auto& problem : read.problems) performance_problems.push_back(std::move(problem));
      continue;
    }
    if (size_t cells = cells_of(*table); cells > limits.cells_per_table) {
      layout_problems.push_back({extract::Severity::error, "limit.cells_per_table", table->pages.empty() ? 0 : table->pages.front(),
                                 std::string(kind_name(table->kind)), table->title, "",
                                 fmt::format("《{}》 prints {} cells, past budgetpdf's cap of {} (cells_per_table): the "
                                             "table was skipped",
                                             table->title, cells, limits.cells_per_table)});
      continue;
    }
    Grid grid = build_grid(*table);
    // A row that does not fit the table's columns (a dump with a tab too
    // many or too few, a PDF row the layout could not place) is left out and
    // becomes a failed check holding what it printed; the rows that fit are
    // kept, and the sums they fail say what is missing.
    layout_problems.insert(layout_problems.end(), grid.problems.begin(), grid.problems.end());
    if (table->kind == TableKind::institutions) {
      table_outputs.push_back({std::nullopt, map_institutions(grid, doc_id, has_pages)});
      continue;
    }
    table_outputs.push_back({budget_tables.size(), {}});
    budget_tables.push_back(map_budget_table(*table, grid));
  }
  // A disclosure prints its budget tables, or is a narrative published
  // apart from them: its cover or its 目录 says what it is, and it says
  // something (a cover and a 目录 alone are no disclosure). Other tables alone (a
  // notice's statistics) make none.
  std::vector<Section> sections = narrative_sections(printed, segments);
  std::optional<Contents> contents = read_contents(printed);
  bool disclosure_cover = names_a_disclosure(cover_text(printed, segments)) ||
                          (contents && names_a_disclosure(contents_text(*contents)));
  bool budget_tables_found = !projects.empty() || table_outputs.size() > budget_tables.size() ||
                             std::any_of(budget_tables.begin(), budget_tables.end(), [](const BudgetTable& t) {
                               return t.kind != TableKind::other || has_classification_codes(t);
                             });
  bool other_tables_found = !budget_tables.empty();
  if (!budget_tables_found && !(disclosure_cover && (other_tables_found || has_prose(sections)))) {
    throw InputError(ErrorCode::not_a_disclosure,
                     "no budget table (部门预算收支总表, 收入总表, 支出总表 …) was found: the file is not a budget "
                     "disclosure, or its tables are printed as images");
  }
  resolve_doubled_names(budget_tables);

  DocumentInfo info = document_info(printed, segments, budget_tables);
  FigureContext narrative_context{info.year, info.kind == "final_account", limits.statements_per_document};
  NarrativeFigures figures = narrative_figures(sections, budget_tables, narrative_context);
  if (figures.capped_in_section) {
    const Section& section = sections[*figures.capped_in_section];
    std::string heading = section.heading.value_or("");
    layout_problems.push_back({extract::Severity::error, "limit.statements_per_document",
                               section.pages.empty() ? 0 : section.pages.front(), "narrative", heading, "",
                               fmt::format("the narrative states more than budgetpdf's cap of {} figures "
                                           "(statements_per_document): from the section 《{}》 on, its figures are "
                                           "not read nor audited; a disclosure never comes near it",
                                           limits.statements_per_document, heading)});
  }

  std::vector<schema::Record> records;
  records.push_back(document_record(info, printed, source, doc_id));
  for (auto& output : table_outputs) {
    if (output.budget_index) {
      const BudgetTable& table = budget_tables[*output.budget_index];
      records.push_back(to_record(table, doc_id, has_pages));
      for (const auto& line : table.lines) records.push_back(to_record(line, doc_id, has_pages));
    }
    for (auto& record : output.records) records.push_back(std::move(record));
  }
  for (const auto& project : projects) {
    for (auto& record : to_records(project, doc_id, has_pages)) records.push_back(std::move(record));
  }
  for (const auto& section : sections) records.push_back(to_record(section, doc_id, has_pages));
  for (const auto& statement : figures.statements) {
    records.push_back(to_record(statement, sections, doc_id, has_pages));
  }
  // What the reader could not read comes first among the checks: it
  // explains the failed sums that follow from it.
  auto add = [&records](std::vector<schema::Record> more) {
    for (auto& record : more) records.push_back(std::move(record));
  };
  add(check_records(printed.diagnostics, doc_id));
  // A narrative published apart from its tables lists tables it does not hold.
  if (contents && !table_outputs.empty()) {
    for (const auto& check : contents_checks(*contents, segments)) records.push_back(to_record(check, doc_id));
  }
  for (const auto& check : reconcile(budget_tables)) records.push_back(to_record(check, doc_id));
  for (const auto& table : budget_tables) add(check_records(table.problems, doc_id));
  add(check_records(performance_problems, doc_id));
  for (const auto& project : projects) {
    for (const auto& check : check_performance(project)) records.push_back(to_record(check, doc_id));
  }
  for (const auto& check : subtotal_checks) records.push_back(to_record(check, doc_id));
  add(check_records(layout_problems, doc_id));
  // The narrative against the tables, then its wording.
  for (const auto& check : narrative_checks(figures, sections, narrative_context)) {
    records.push_back(to_record(check, doc_id));
  }
  TextCheckContext text_context{names_unit_budget(cover_text(printed, segments))};
  for (const auto& check : narrative_text_checks(sections, text_context)) records.push_back(to_record(check, doc_id));
  return records;
}

std::vector<schema::Record> convert_input(const extract::InputFile& input, const ConvertOptions& options) {
  extract::PdfReadOptions pdf_options;
  pdf_options.passwords = options.passwords;
  pdf_options.limits = options.limits;
  extract::PrintedDocument printed = input.format == extract::InputFormat::pdf
                                         ? extract::read_pdf(input.bytes, pdf_options)
                                         : extract::read_text_dump(extract::decode_text(input.bytes));
  extract::cap_rows(printed, options.limits);
  try {
    return convert_printed(printed, input.source, input.doc_id, options.limits);
  } catch (const InputError& error) {
    throw explained_by_reader_diagnostics(printed, error);
  }
}

schema::Record error_record(const std::string& source, const std::string& doc_id, const InputError& error) {
  schema::Record record(schema::error_type());
  // A file that could not be read has no bytes to identify it by.
  record.set("doc_id", doc_id.empty() ? schema::Value{} : schema::Value{doc_id})
      .set("source", source)
      .set("code", std::string(extract::to_string(error.code())))
      .set("message", std::string(error.what()));
  return record;
}

}  // namespace budgetpdf::normalize
