#include "normalize/narrative_text_checks.h"

#include <fmt/format.h>

#include <algorithm>

#include "normalize/narrative_text.h"
#include "normalize/patterns.h"
#include "normalize/text_join.h"

namespace budgetpdf::normalize {
namespace {

// Marks that end or split a sentence: two in a row are one too many.
constexpr std::u32string_view kSentenceMarks = U"。，、；：！？";

// Brackets and quotation marks by family: a full-width and a half-width
// bracket close each other ("（1)" is sloppy, not unbalanced).
struct BracketPair {
  char32_t open;
  char32_t close;
  int family;
};
constexpr BracketPair kBrackets[] = {
    {U'“', U'”', 0}, {U'‘', U'’', 1}, {U'《', U'》', 2}, {U'（', U'）', 3}, {U'(', U')', 3},
    {U'【', U'】', 4}, {U'[', U']', 4}, {U'〔', U'〕', 4}, {U'「', U'」', 5}, {U'〈', U'〉', 6},
};

// Words a sentence cannot end on: what they announce is missing
// ("主要原因是。").
constexpr std::string_view kConnectives[] = {"原因是", "原因为", "主要是", "主要为", "主要用于", "用于", "包括",
                                             "由于",   "因为",   "以及",   "是",     "为",       "：",   ":"};
// Words ending on a connective's character that are whole ("之和", "认为").
constexpr std::string_view kWholeWords[] = {"认为", "作为", "行为", "成为", "视为", "称为", "可是", "但是", "凡是",
                                            "于是", "就是", "总是", "还是", "或是", "只是", "要是", "更为", "较为",
                                            "极为", "尤为", "最为", "甚为", "颇为", "实为"};

// Words that make a paragraph a sentence rather than a title.
constexpr std::string_view kPredicateWords[] = {"原因是", "原因为", "主要是", "用于", "是"};

// Characters of context a finding quotes on each side.
constexpr size_t kExcerptReach = 12;

// The finding with its context, within its paragraph.
std::string excerpt(const std::u32string& text, size_t at, size_t length) {
  size_t begin = at > kExcerptReach ? at - kExcerptReach : 0;
  size_t end = std::min(text.size(), at + length + kExcerptReach);
  size_t paragraph_start = text.rfind(U'\n', at == 0 ? 0 : at - 1);
  if (paragraph_start != std::u32string::npos && paragraph_start + 1 > begin && paragraph_start < at) begin = paragraph_start + 1;
  size_t paragraph_end = text.find(U'\n', at + length);
  if (paragraph_end != std::u32string::npos) end = std::min(end, paragraph_end);
  return to_utf8(text.substr(begin, end - begin));
}

CheckResult finding(std::string rule, const Section& section, std::string detail) {
  CheckResult check;
  check.rule = std::move(rule);
  check.subject = section.heading.value_or("");
  check.detail = std::move(detail);
  return check;
}

void doubled_punctuation(const Section& section, const std::u32string& text, std::vector<CheckResult>& out) {
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    if (kSentenceMarks.find(text[i]) == std::u32string_view::npos) continue;
    if (kSentenceMarks.find(text[i + 1]) == std::u32string_view::npos) continue;
    out.push_back(finding("narrative.doubled_punctuation", section, excerpt(text, i, 2)));
    ++i;
  }
}

const BracketPair* bracket_opened_by(char32_t c) {
  for (const auto& pair : kBrackets) {
    if (pair.open == c) return &pair;
  }
  return nullptr;
}
const BracketPair* bracket_closed_by(char32_t c) {
  for (const auto& pair : kBrackets) {
    if (pair.close == c) return &pair;
  }
  return nullptr;
}

bool is_digit_or_numeral(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９') || (c >= U'a' && c <= U'z') ||
         std::u32string_view(U"一二三四五六七八九十").find(c) != std::u32string_view::npos;
}

// "1）", "a)", "一）" at the start of a paragraph or of a clause: a list's
// number, closing nothing.
bool list_number_before(const std::u32string& text, size_t close) {
  size_t i = close;
  while (i > 0 && is_digit_or_numeral(text[i - 1])) --i;
  if (i == close) return false;
  return i == 0 || kSentenceMarks.find(text[i - 1]) != std::u32string_view::npos || text[i - 1] == U' ' ||
         text[i - 1] == U'\n';
}

void unbalanced_brackets(const Section& section, const std::u32string& text, std::vector<CheckResult>& out) {
  std::vector<std::pair<const BracketPair*, size_t>> open;
  bool straight_quote_open = false;
  size_t straight_quote_at = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char32_t c = text[i];
    if (c == U'"') {
      straight_quote_open = !straight_quote_open;
      straight_quote_at = i;
      continue;
    }
    if (const BracketPair* pair = bracket_opened_by(c)) {
      open.emplace_back(pair, i);
      continue;
    }
    const BracketPair* pair = bracket_closed_by(c);
    if (!pair) continue;
    auto same = std::find_if(open.rbegin(), open.rend(), [&](const auto& entry) { return entry.first->family == pair->family; });
    if (same == open.rend()) {
      if (!list_number_before(text, i)) {
        out.push_back(finding("narrative.unbalanced_brackets", section,
                              fmt::format("{} closes nothing: {}", to_utf8(std::u32string(1, c)), excerpt(text, i, 1))));
      }
      continue;
    }
    // What was opened inside it and not closed is left open.
    for (auto inner = open.rbegin(); inner != same; ++inner) {
      out.push_back(finding("narrative.unbalanced_brackets", section,
                            fmt::format("{} is not closed: {}", to_utf8(std::u32string(1, inner->first->open)),
                                        excerpt(text, inner->second, 1))));
    }
    open.erase(std::next(same).base(), open.end());
  }
  for (const auto& [pair, at] : open) {
    out.push_back(finding("narrative.unbalanced_brackets", section,
                          fmt::format("{} is not closed: {}", to_utf8(std::u32string(1, pair->open)), excerpt(text, at, 1))));
  }
  if (straight_quote_open) {
    out.push_back(finding("narrative.unbalanced_brackets", section,
                          fmt::format("\" is not closed: {}", excerpt(text, straight_quote_at, 1))));
  }
}

void sentence_cut(const Section& section, const std::string& paragraph, std::vector<CheckResult>& out) {
  for (std::string_view mark : {"。", "；"}) {
    for (size_t at = paragraph.find(mark); at != std::string::npos; at = paragraph.find(mark, at + mark.size())) {
      std::string_view before = std::string_view(paragraph).substr(0, at);
      while (before.ends_with(" ")) before.remove_suffix(1);
      bool whole = std::any_of(std::begin(kWholeWords), std::end(kWholeWords),
                               [&](std::string_view word) { return before.ends_with(word); });
      auto connective = std::find_if(std::begin(kConnectives), std::end(kConnectives),
                                     [&](std::string_view word) { return before.ends_with(word); });
      if (whole || connective == std::end(kConnectives)) continue;
      auto [begin, end] = sentence_around(paragraph, at);
      out.push_back(finding("narrative.sentence_cut", section,
                            fmt::format("ends on {}: {}", *connective, paragraph.substr(begin, end - begin))));
    }
  }
}

bool ends_on_word(std::string_view paragraph) {
  std::u32string text = to_u32(paragraph);
  while (!text.empty() && text.back() == U' ') text.pop_back();
  if (text.empty()) return false;
  char32_t last = text.back();
  return is_wide(last) ? kSentenceMarks.find(last) == std::u32string_view::npos &&
                             !bracket_closed_by(last) && !bracket_opened_by(last) && last != U'…' && last != U'—'
                       : std::isalnum(static_cast<int>(last)) != 0;
}

bool reads_as_sentence(std::string_view paragraph) {
  return std::any_of(std::begin(kPredicateWords), std::end(kPredicateWords),
                     [&](std::string_view word) { return paragraph.find(word) != std::string_view::npos; });
}

bool has_mark(std::string_view paragraph) {
  std::u32string text = to_u32(paragraph);
  return std::any_of(text.begin(), text.end(), [](char32_t c) { return kSentenceMarks.find(c) != std::u32string_view::npos; });
}

// A paragraph of one clause, no mark inside it, that reads as a sentence,
// comes after a paragraph that ended and is followed by another: the reader
// saw it end there, short of the line (a paragraph the reader broke at a
// printed line holds marks before the break, which this cannot tell from a
// missing one).
void missing_full_stops(const Section& section, std::vector<CheckResult>& out) {
  for (size_t i = 0; i + 1 < section.paragraphs.size(); ++i) {
    const std::string& paragraph = section.paragraphs[i];
    if (!ends_on_word(paragraph) || !reads_as_sentence(paragraph) || has_mark(paragraph)) continue;
    // It is a paragraph of its own only where the one before it ended.
    if (i > 0 && !ends_sentence(section.paragraphs[i - 1])) continue;
    std::u32string text = to_u32(paragraph);
    out.push_back(finding("narrative.missing_full_stop", section,
                          fmt::format("no mark after: {}", excerpt(text, text.size(), 0))));
  }
}

void placeholders(const Section& section, const std::string& paragraph, std::vector<CheckResult>& out) {
  for (const auto& placeholder : patterns::template_placeholders(paragraph)) {
    size_t at = paragraph.find(placeholder);
    auto [begin, end] = sentence_around(paragraph, at == std::string::npos ? 0 : at);
    out.push_back(finding("narrative.template_placeholder", section,
                          fmt::format("{}: {}", placeholder, paragraph.substr(begin, end - begin))));
  }
}

// A 单位预算's narrative calling what it lists the 部门预算's: "2026年部门
// 预算安排购置车辆" (a policy's name, "深化部门预算改革", is none).
void document_scope(const Section& section, const std::string& paragraph, std::vector<CheckResult>& out) {
  std::string squeezed = squeeze(paragraph);
  std::u32string text = to_u32(squeezed);
  std::u32string_view word = U"部门预算";
  for (size_t at = text.find(word); at != std::u32string::npos; at = text.find(word, at + word.size())) {
    bool of_the_year = at > 0 && text[at - 1] == U'年';
    bool arranging = std::u32string_view(text).substr(at + word.size()).starts_with(U"安排");
    if (!of_the_year && !arranging) continue;
    out.push_back(finding("narrative.document_scope", section,
                          fmt::format("a 单位预算 says 部门预算: {}", excerpt(text, at, word.size()))));
  }
}

}  // namespace

std::vector<CheckResult> narrative_text_checks(const std::vector<Section>& sections, const TextCheckContext& context) {
  std::vector<CheckResult> out;
  for (const auto& section : sections) {
    NarrativeText text = narrative_text(section);
    std::vector<std::string> paragraphs = text.paragraphs;
    if (text.heading) paragraphs.insert(paragraphs.begin(), *text.heading);
    std::u32string whole;
    for (const auto& paragraph : paragraphs) {
      std::u32string wide = to_u32(paragraph);
      doubled_punctuation(section, wide, out);
      sentence_cut(section, paragraph, out);
      placeholders(section, paragraph, out);
      if (context.unit_budget) document_scope(section, paragraph, out);
      if (!whole.empty()) whole += U'\n';
      whole += wide;
    }
    // A bracket may hold a list of numbered items, each a paragraph: it
    // closes within its section.
    unbalanced_brackets(section, whole, out);
    missing_full_stops(section, out);
  }
  return out;
}

}  // namespace budgetpdf::normalize
