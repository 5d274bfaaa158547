#include "normalize/institution_table.h"

#include "normalize/text_join.h"

namespace budgetpdf::normalize {
namespace {

// The contract field each printed column fills, by its header wording.
std::string field_for(const std::string& squeezed_label) {
  if (squeezed_label.find("名称") != std::string::npos) return "name";
  if (squeezed_label.find("性质") != std::string::npos) return "nature";
  if (squeezed_label.find("规格") != std::string::npos || squeezed_label.find("级别") != std::string::npos) return "rank";
  if (squeezed_label.find("经费") != std::string::npos) return "funding";
  return {};
}

}  // namespace

std::vector<schema::Record> map_institutions(const Grid& grid, const std::string& doc_id, bool has_pages) {
  std::vector<std::string> fields;
  for (const auto& path : grid.column_paths) fields.push_back(path.empty() ? std::string() : field_for(squeeze(path.back())));
  std::vector<schema::Record> records;
  for (const auto& row : grid.rows) {
    schema::Record record(schema::institution_type());
    record.set("doc_id", doc_id);
    std::vector<std::string> repairs;
    for (size_t c = 0; c < fields.size() && c < row.cells.size(); ++c) {
      if (fields[c].empty()) continue;
      std::string text = join_text(row.cells[c].lines);
      record.set(fields[c], text.empty() ? schema::Value{} : schema::Value{text});
    }
    if (row.joined_over_page_break) repairs.emplace_back(kPageBreakRowJoined);
    record.set("pages", has_pages ? schema::Value{row.pages} : schema::Value{}).set("repairs", repairs);
    records.push_back(std::move(record));
  }
  return records;
}

}  // namespace budgetpdf::normalize
