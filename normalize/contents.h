#pragma once
// The 目录 (table of contents): where it is printed, and the tables it
// lists. Entries come with a leader and a page number ("一、部门职责 ......
// 2") or bare ("5．2025年部门一般公共预算支出功能分类预算表"), under a heading
// "目录" or a title ending so ("2023 年部门预算信息公开目录").

#include <optional>
#include <string>
#include <vector>

#include "extract/printed_document.h"
#include "normalize/reconciliation.h"
#include "normalize/table_segmenter.h"

namespace budgetpdf::normalize {

struct ContentsEntry {
  std::string text;                 // as printed, without leader and page number
  std::optional<TableKind> table;   // the kind of table it lists, if it lists one
};

struct Contents {
  size_t heading = 0;  // index of the heading line in the printed document
  size_t end = 0;      // index after the last line of the contents
  std::vector<ContentsEntry> entries;
};

// The document's first 目录, if it prints one.
std::optional<Contents> read_contents(const extract::PrintedDocument& printed);

// The entries joined, without spaces: what the 目录 says the document is.
std::string contents_text(const Contents& contents);

// One `document.contents_table_found` check per table the contents list:
// ok when a table of that kind (and, for a kind without a fixed title, of
// that title) was found.
std::vector<CheckResult> contents_checks(const Contents& contents, const std::vector<Segment>& segments);

}  // namespace budgetpdf::normalize
