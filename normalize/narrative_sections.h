#pragma once
// The narrative of a disclosure as sections (部门职责, 收入说明, 支出说明, the
// department-wide performance goals, 名词解释 …). Headings are found by their
// shape, not their wording: a numbered line (一、 （一） 1、 第一部分) short
// enough to be a title and free of sentence punctuation, a short label that
// ends with a colon (部门职责：), or the title line a run of text starts with
// right after a table. The table of contents and running page furniture
// never become sections.

#include <optional>
#include <string>
#include <vector>

#include "extract/printed_document.h"
#include "normalize/table_segmenter.h"
#include "schema/record.h"

namespace budgetpdf::normalize {

struct Section {
  std::optional<std::string> heading;  // null for text printed before any heading
  std::vector<std::string> paragraphs;
  std::vector<int> pages;
  bool markup_removed = false;
};

// Sections with text, in printed order; a heading that only heads other
// headings or a table ("五、预算绩效信息", "机构设置：") gives none.
std::vector<Section> narrative_sections(const extract::PrintedDocument& printed, const std::vector<Segment>& segments);

schema::Record to_record(const Section& section, const std::string& doc_id, bool has_pages);

}  // namespace budgetpdf::normalize
