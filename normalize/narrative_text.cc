#include "normalize/narrative_text.h"

#include <algorithm>

#include "normalize/patterns.h"
#include "normalize/text_join.h"

namespace budgetpdf::normalize {
namespace {

constexpr std::string_view kSentenceEnds[] = {"。", "！", "？", "!", "?"};
constexpr std::string_view kClauseEnds[] = {"。", "！", "？", "；", "：", "!", "?", ";", ":"};
constexpr std::string_view kMarks[] = {"，", ",", "、", "；", ";", "：", ":", "。"};
constexpr std::string_view kClosers[] = {"”", "’", "）", ")", "」", "》"};

std::string_view without_closers(std::string_view text) { return without_endings(text, kClosers); }

int bracket_balance(std::string_view text) {
  int balance = 0;
  for (std::string_view open : {"（", "(", "“"}) {
    for (size_t at = text.find(open); at != std::string_view::npos; at = text.find(open, at + open.size())) ++balance;
  }
  for (std::string_view close : {"）", ")", "”"}) {
    for (size_t at = text.find(close); at != std::string_view::npos; at = text.find(close, at + close.size())) --balance;
  }
  return balance;
}

// A line without any mark this short is a title; a printed line of a
// paragraph runs the page's width (about 40 CJK characters on A4).
constexpr size_t kMaxTitleLength = 24;

// A heading the section builder took from the first printed line of a
// paragraph: its brackets are left open, or it names a classification path
// that its first paragraph goes on with ("…信访事务（款）一般行政管" | "理事务（项）").
bool cut_off(std::string_view heading, std::string_view first_paragraph) {
  if (ends_sentence(heading)) return false;
  if (bracket_balance(heading) > 0) return true;
  std::vector<patterns::ClassMarker> markers = patterns::classification_markers(heading);
  if (!markers.empty() && (markers.back().level < 3 || markers.back().end != heading.size())) return true;
  std::vector<patterns::ClassMarker> next = patterns::classification_markers(first_paragraph);
  return !next.empty() && next.front().begin == 0;
}

// Whether `next` goes on with the sentence `previous` stops short of: a
// line the reader took for a paragraph. A colon announces what follows
// ("主要用于：" | "支付养老保险。"), unless that is a numbered item; a line
// without any mark is a title of its own ("2026年部门预算编制说明").
bool goes_on_in(std::string_view previous, std::string_view next) {
  if (patterns::starts_with_heading_number(next)) return false;
  std::string_view bare = without_closers(previous);
  if (std::any_of(std::begin(kSentenceEnds), std::end(kSentenceEnds), [&](std::string_view end) { return bare.ends_with(end); }) ||
      bare.ends_with("；") || bare.ends_with(";")) {
    return false;
  }
  bool marked = std::any_of(std::begin(kMarks), std::end(kMarks),
                            [&](std::string_view mark) { return previous.find(mark) != std::string_view::npos; });
  return marked || bracket_balance(previous) > 0 || code_point_count(previous) > kMaxTitleLength;
}

}  // namespace

std::string_view without_endings(std::string_view text, std::span<const std::string_view> endings) {
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (std::string_view ending : endings) {
      if (text.ends_with(ending)) {
        text.remove_suffix(ending.size());
        stripped = true;
      }
    }
  }
  return text;
}

bool ends_sentence(std::string_view text) {
  text = without_closers(text);
  return std::any_of(std::begin(kClauseEnds), std::end(kClauseEnds),
                     [&](std::string_view end) { return text.ends_with(end); });
}

std::pair<size_t, size_t> sentence_around(std::string_view paragraph, size_t at) {
  size_t begin = 0;
  for (std::string_view end : kSentenceEnds) {
    size_t found = paragraph.substr(0, at).rfind(end);
    if (found != std::string_view::npos) begin = std::max(begin, found + end.size());
  }
  size_t end = paragraph.size();
  for (std::string_view mark : kSentenceEnds) {
    size_t found = paragraph.find(mark, at);
    if (found != std::string_view::npos) end = std::min(end, found + mark.size());
  }
  while (begin < end && paragraph[begin] == ' ') ++begin;
  return {begin, end};
}

NarrativeText narrative_text(const Section& section) {
  NarrativeText text;
  for (const auto& paragraph : section.paragraphs) {
    bool goes_on = !text.paragraphs.empty() && goes_on_in(text.paragraphs.back(), paragraph);
    if (goes_on) {
      text.paragraphs.back() = join_text({text.paragraphs.back(), paragraph});
    } else {
      text.paragraphs.push_back(paragraph);
    }
  }
  if (section.heading) {
    if (!text.paragraphs.empty() && cut_off(*section.heading, text.paragraphs.front())) {
      text.paragraphs.front() = join_text({*section.heading, text.paragraphs.front()});
    } else {
      text.heading = section.heading;
    }
  }
  return text;
}

}  // namespace budgetpdf::normalize
