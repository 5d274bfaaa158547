#include "normalize/classifications.h"

#include <algorithm>
#include <set>

#include "normalize/text_join.h"

namespace budgetpdf::normalize {
namespace {

struct Classification {
  std::vector<size_t> columns;  // its code columns, then its name column
  size_t last_part = 0;
  bool named = false;
  bool functional = false;
};

bool is_code(ColumnRole role) {
  return role == ColumnRole::code || role == ColumnRole::code_name || role == ColumnRole::code_part;
}

// The classifications of one side and list, in printed order: a run of
// code columns whose parts go deeper (类 | 款 | 项, or a code cell), with the
// name column after them; a code column that is not deeper than the one
// before, or comes after the name, starts another.
std::vector<Classification> classifications(const std::vector<ColumnSpec>& specs, Side side, size_t group) {
  std::vector<Classification> found;
  for (size_t c = 0; c < specs.size(); ++c) {
    const ColumnSpec& spec = specs[c];
    if (spec.side != side || spec.group != group) continue;
    bool names_run = (spec.role == ColumnRole::name || spec.role == ColumnRole::code_name) && !found.empty() &&
                     !found.back().named;
    if (names_run) {  // the name after a run of codes (its cells may carry the code too)
      found.back().columns.push_back(c);
      found.back().named = true;
    } else if (is_code(spec.role)) {
      size_t part = spec.role == ColumnRole::code_part ? spec.part : 0;
      bool deeper = !found.empty() && !found.back().named && part > found.back().last_part;
      if (!deeper) found.push_back({});
      Classification& current = found.back();
      current.columns.push_back(c);
      current.last_part = part;
      current.functional = current.functional || spec.code_system == CodeSystem::function;
      current.named = spec.role == ColumnRole::code_name;
    }
  }
  return found;
}

// How many distinct codes the classification gives the table's rows.
size_t distinct_codes(const Classification& classification, const std::vector<ColumnSpec>& specs,
                      const std::vector<LogicalRow>& rows) {
  std::set<std::string> seen;
  for (const auto& row : rows) {
    std::string code;
    for (size_t c : classification.columns) {
      if (specs[c].role == ColumnRole::name) continue;
      std::string token = nfkc(join_token(row.cells[c].lines));
      size_t digits = 0;
      while (digits < token.size() && token[digits] >= '0' && token[digits] <= '9') ++digits;
      code += token.substr(0, digits);
    }
    if (!code.empty()) seen.insert(code);
  }
  return seen.size();
}

}  // namespace

void keep_one_classification(std::vector<ColumnSpec>& specs, const std::vector<LogicalRow>& rows) {
  std::set<std::pair<Side, size_t>> lists;
  for (const auto& spec : specs) lists.insert({spec.side, spec.group});
  for (auto [side, group] : lists) {
    auto found = classifications(specs, side, group);
    if (found.size() < 2) continue;
    size_t kept = found.size() - 1;  // the last printed, unless another tells rows apart better
    size_t most = distinct_codes(found[kept], specs, rows);
    for (size_t k = 0; k < found.size(); ++k) {
      size_t distinct = distinct_codes(found[k], specs, rows);
      if (distinct > most || (distinct == most && found[k].functional && !found[kept].functional)) {
        kept = k;
        most = distinct;
      }
    }
    for (size_t k = 0; k < found.size(); ++k) {
      if (k == kept) continue;
      for (size_t c : found[k].columns) {
        specs[c].role = ColumnRole::text;
        specs[c].key = squeeze(specs[c].label);
      }
    }
  }
}

}  // namespace budgetpdf::normalize
