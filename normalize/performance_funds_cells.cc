#include "normalize/performance_funds_cells.h"

namespace budgetpdf::normalize {
namespace {

using extract::Cell;

std::optional<Cell> cell_at(const PlacedRow& placed, std::optional<size_t> column) {
  if (!column || !placed.cells[*column] || placed.cells[*column]->empty()) return std::nullopt;
  return *placed.cells[*column];
}

}  // namespace

void add_column_funding(std::vector<FundingCells>& funding, const HeaderColumns& header, const PlacedRow& placed) {
  for (size_t c = 0; c < header.width; ++c) {
    if (!header.funding[c]) continue;
    Cell amount = placed.cells[c] ? *placed.cells[c] : Cell{};
    funding.push_back({header.funding[c]->label, header.funding[c]->kind, {{"amount", std::move(amount)}}});
  }
}

std::optional<FundingCells> row_funding(const HeaderColumns& header, const PlacedRow& placed,
                                        const std::string& squeezed_label) {
  auto kind = funding_kind_of(squeezed_label);
  if (!kind) return std::nullopt;
  FundingCells line{funding_label(squeezed_label), *kind, {}};
  for (size_t c = 0; c < header.width; ++c) {
    auto key = header.fact[c] ? funding_key(*header.fact[c]) : std::nullopt;
    if (!key) continue;
    line.amounts.emplace_back(std::string(*key), placed.cells[c] ? *placed.cells[c] : Cell{});
  }
  return line;
}

TaskCells task_cells(const HeaderColumns& header, const PlacedRow& placed) {
  return {cell_at(placed, header.column_of(TaskField::name)), cell_at(placed, header.column_of(TaskField::content)),
          cell_at(placed, header.column_of(ProjectFact::total_amount)),
          cell_at(placed, header.column_of(ProjectFact::fiscal_amount)),
          cell_at(placed, header.column_of(ProjectFact::other_amount))};
}

}  // namespace budgetpdf::normalize
