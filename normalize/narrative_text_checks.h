#pragma once
// What a reviewer marks in the narrative's wording, each its own rule so a
// user can filter them; a check is written for each finding, none where
// the text is clean:
//
//   narrative.doubled_punctuation  two marks in a row ("。。", "，。")
//   narrative.unbalanced_brackets  a quotation mark or bracket opened and not
//                                  closed in its paragraph, or closed and never
//                                  opened (“…”、…”; a list's "1）" is no bracket)
//   narrative.sentence_cut         a sentence that ends on a connective
//                                  ("主要原因是。", "包括；")
//   narrative.missing_full_stop    a paragraph of prose that ends without a
//                                  mark, in a document whose paragraphs end
//                                  with one (where the reader sees a paragraph
//                                  at every printed line, it cannot tell)
//   narrative.template_placeholder a template's wording left unfilled: both
//                                  directions ("增加（减少）"), XX
//   narrative.document_scope       a 单位预算 calling itself 部门预算
//                                  ("2026年部门预算安排购置车辆")
//
// A blank page is the reader's `reader.blank_page` already: it is not
// reported twice.

#include <vector>

#include "normalize/check_result.h"
#include "normalize/narrative_sections.h"

namespace budgetpdf::normalize {

struct TextCheckContext {
  bool unit_budget = false;  // the cover names a 单位预算
};

std::vector<CheckResult> narrative_text_checks(const std::vector<Section>& sections, const TextCheckContext& context);

}  // namespace budgetpdf::normalize
