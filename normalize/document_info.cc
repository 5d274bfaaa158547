#include "normalize/document_info.h"

#include <map>

#include "normalize/patterns.h"
#include "normalize/text_join.h"

namespace budgetpdf::normalize {
namespace {

bool is_standard(TableKind kind) {
  return kind != TableKind::procurement && kind != TableKind::assets && kind != TableKind::institutions &&
         kind != TableKind::performance;
}

}  // namespace

DocumentInfo document_info(const std::vector<Segment>& segments, const std::vector<BudgetTable>& tables) {
  DocumentInfo info;
  bool saw_final = false, saw_budget = false;
  for (const auto& segment : segments) {
    const auto* table = std::get_if<TableSegment>(&segment);
    if (!table) continue;
    std::string title = squeeze(table->title);
    saw_final = saw_final || title.find("决算") != std::string::npos;
    saw_budget = saw_budget || title.find("预算") != std::string::npos;
    for (const auto& text : table->furniture) {
      if (!info.dept_code) {
        if (auto dept = patterns::dept_line(text)) {
          info.dept_code = dept->code;
          info.dept_name = collapse_spaces(dept->name);
          if (!info.year) info.year = dept->year;
        }
      }
      if (!info.year) info.year = patterns::year_in(text);
    }
    if (!info.year) info.year = patterns::year_in(table->title);
  }
  // Titles of a final account still say 预算 in places (一般公共预算); a
  // 决算 title anywhere makes the document a final account.
  if (saw_final) info.kind = "final_account";
  else if (saw_budget) info.kind = "budget";
  if (!info.year) {
    for (const auto& segment : segments) {
      if (const auto* text = std::get_if<TextLine>(&segment)) {
        if ((info.year = patterns::year_in(text->line->text()))) break;
      }
    }
  }
  std::map<std::string, int> unit_votes;
  for (const auto& table : tables) {
    if (is_standard(table.kind) && table.unit) ++unit_votes[*table.unit];
  }
  int best = 0;
  for (const auto& [unit, votes] : unit_votes) {
    if (votes > best) {
      best = votes;
      info.unit = unit;
    }
  }
  return info;
}

}  // namespace budgetpdf::normalize
