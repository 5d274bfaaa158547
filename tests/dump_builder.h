#pragma once
// Small hand-made text dumps for tests: a table title, its page furniture,
// its header, and data pages split wherever a test wants a page break.

#include <string>
#include <vector>

#include "extract/dump/text_dump_reader.h"
#include "normalize/budget_table.h"
#include "normalize/grid.h"
#include "normalize/table_segmenter.h"

namespace budgetpdf::testing {

inline const char* kGeneralPublicHeader =
    "序号\t功能分类科目\t\t合计\t基本支出\t项目支出\n"
    "\t科目编码\t科目名称\t\t\t\n"
    "栏次\t1\t2\t3\t4\t5\n";

inline std::string furniture() { return "999 测试局\n\n预算年度：2024\n\n单位：万元\n\n"; }

// A dump of one table whose data rows come in `pages`, each page repeating
// the furniture and the header, as a dump of a printed table does.
inline std::string table_dump(const std::string& title, const std::string& header,
                              const std::vector<std::string>& pages) {
  std::string dump = title + "\n\n";
  for (const auto& page : pages) dump += furniture() + header + page + "\n";
  return dump;
}

// The smallest document the converter takes: one general public table with a
// total and one 类 row, both of `amount`.
inline std::string small_disclosure(const std::string& amount = "1.00") {
  return table_dump("部门预算一般公共预算财政拨款支出表", kGeneralPublicHeader,
                    {"1\t\t合计\t" + amount + "\t\t" + amount + "\n2\t201\t一般公共服务支出\t" + amount + "\t\t" +
                     amount + "\n"});
}

struct MappedTable {
  normalize::Grid grid;
  normalize::BudgetTable table;
};

// Reads a dump holding one table and maps it.
inline MappedTable map_single_table(const std::string& dump) {
  auto printed = extract::read_text_dump(dump);
  auto segments = normalize::segment_document(printed);
  for (const auto& segment : segments) {
    if (const auto* table = std::get_if<normalize::TableSegment>(&segment)) {
      MappedTable mapped;
      mapped.grid = normalize::build_grid(*table);
      mapped.table = normalize::map_budget_table(*table, mapped.grid);
      return mapped;
    }
  }
  return {};
}

}  // namespace budgetpdf::testing
