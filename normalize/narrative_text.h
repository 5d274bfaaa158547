#pragma once
// A narrative section as a reader reads it: paragraphs and sentences. The
// reader of a PDF starts a paragraph where it sees one (an indent, a gap),
// and some layouts make every printed line one ("与上年相比减" | "少 1,300.99
// 万元"); a paragraph that stops short of a sentence's end goes on in the
// next one unless that starts a numbered item. A heading cut off at its
// line's end ("2.一般公共服务支出（类）信访事务（款）一般行政管" | "理事务（项）
// 2026 年预算数为 …") is the start of its first paragraph.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/narrative_sections.h"

namespace budgetpdf::normalize {

struct NarrativeText {
  // The heading when it stands alone as a title; null when it is none or
  // was the first line of the first paragraph.
  std::optional<std::string> heading;
  std::vector<std::string> paragraphs;
};

NarrativeText narrative_text(const Section& section);

// `text` without any of `endings` at its end, however many follow each
// other ("增长了" without 了, "。”）" without its closing marks).
std::string_view without_endings(std::string_view text, std::span<const std::string_view> endings);

// Whether text ends where a sentence or a clause of a list may end
// (。！？；：, also behind a closing quote or bracket).
bool ends_sentence(std::string_view text);

// The byte range [begin, end) of the sentence around `at`: from after the
// previous 。！？ to its own, trimmed.
std::pair<size_t, size_t> sentence_around(std::string_view paragraph, size_t at);

}  // namespace budgetpdf::normalize
