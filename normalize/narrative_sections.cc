#include "normalize/narrative_sections.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "normalize/contents.h"
#include "normalize/grid.h"
#include "normalize/markup.h"
#include "extract/vocabulary.h"
#include "normalize/patterns.h"
#include "normalize/text_join.h"

namespace budgetpdf::normalize {
namespace {

using extract::PrintedLine;

// A heading is one printed line: an A4 page set in body size holds about 40
// CJK characters a line.
constexpr size_t kMaxHeadingLength = 40;
// A label heading names one thing in a few words ("部门职责：", "机构设置：").
constexpr size_t kMaxLabelLength = 12;
// A short line printed alike on this many pages or more is a running header
// or footer, not text.
constexpr size_t kMinFurniturePages = 3;

constexpr std::string_view kSentencePunctuation[] = {"。", "，", "；", "：", "！", "？", ",", ";", ":", "!", "?"};
// Marks a running header or footer never prints.
constexpr std::string_view kFurnitureNever[] = {"。", ":", ";", "：", "；"};
constexpr std::string_view kParagraphEnds[] = {"。", "！", "？", "：", "；", ":", ";", "!", "?"};

bool has_sentence_punctuation(std::string_view text) {
  return std::any_of(std::begin(kSentencePunctuation), std::end(kSentencePunctuation),
                     [&](std::string_view mark) { return text.find(mark) != std::string_view::npos; });
}

bool ends_paragraph(std::string_view text) {
  return std::any_of(std::begin(kParagraphEnds), std::end(kParagraphEnds),
                     [&](std::string_view mark) { return text.ends_with(mark); });
}

bool ends_or_explains(std::string_view squeezed) {
  return std::any_of(std::begin(kFurnitureNever), std::end(kFurnitureNever),
                     [&](std::string_view mark) { return squeezed.find(mark) != std::string_view::npos; });
}

std::string_view without_trailing_colon(std::string_view text) {
  for (std::string_view colon : {"：", ":"}) {
    if (text.ends_with(colon)) return text.substr(0, text.size() - colon.size());
  }
  return text;
}

bool is_heading(const std::string& text, bool starts_run) {
  size_t length = code_point_count(text);
  if (length > kMaxHeadingLength) return false;
  if (patterns::starts_with_heading_number(text)) return !has_sentence_punctuation(without_trailing_colon(text));
  std::string_view label = without_trailing_colon(text);
  if (label.size() != text.size()) return length <= kMaxLabelLength && !has_sentence_punctuation(label);
  // The title of what follows a table ("…2023 年部门预算信息公开情况说明").
  return starts_run && !has_sentence_punctuation(text);
}

// A list item starts a paragraph of its own even without a blank line.
bool starts_item(std::string_view raw, const std::string& text) {
  std::string_view trimmed = raw.substr(std::min(raw.size(), raw.find_first_not_of(' ')));
  bool marker = trimmed.size() > 1 && (trimmed[0] == '-' || trimmed[0] == '*') && trimmed[1] == ' ';
  return marker || patterns::starts_with_heading_number(text);
}

// Index after the last table-of-contents entry: the cover and the contents
// end there.
size_t contents_end(const extract::PrintedDocument& printed) {
  for (size_t i = printed.lines.size(); i > 0; --i) {
    if (extract::vocabulary::is_contents_entry(printed.lines[i - 1].text())) return i;
  }
  return 0;
}

std::set<std::string> running_furniture(const std::vector<Segment>& segments) {
  std::map<std::string, std::set<int>> pages_of;
  for (const auto& segment : segments) {
    const auto* text = std::get_if<TextLine>(&segment);
    if (!text || text->line->page <= 0) continue;
    std::string key = squeeze(text->line->text());
    // Running headers and footers are titles and numbers ("第 5 页，共 40
    // 页"), never a sentence's line (a glossary repeats "（项）：反映行政单位…"
    // under every item; a line "加。" ends one).
    if (code_point_count(key) <= kMaxHeadingLength && !ends_or_explains(key)) pages_of[key].insert(text->line->page);
  }
  std::set<std::string> furniture;
  for (const auto& [key, pages] : pages_of) {
    if (pages.size() >= kMinFurniturePages) furniture.insert(key);
  }
  return furniture;
}

class SectionBuilder {
 public:
  void table() {
    starts_run_ = true;
    previous_ = nullptr;
  }

  void line(const PrintedLine& printed) {
    std::string raw = printed.text();
    CleanedText cleaned = remove_markup_and_markdown(join_text({raw}));
    if (cleaned.text.empty()) return;
    bool starts_run = starts_run_;
    starts_run_ = false;
    if (is_heading(cleaned.text, starts_run)) {
      flush();
      current_.heading = cleaned.text;
      add_line(printed, cleaned.markup_removed);
      previous_ = nullptr;
      return;
    }
    auto& paragraphs = current_.paragraphs;
    bool continues = previous_ && !paragraphs.empty() && !last_paragraph_ends() &&
                     !starts_item(raw, cleaned.text) &&
                     (!printed.starts_block || (printed.page > 0 && printed.page != previous_->page));
    if (continues) {
      if (!open_paragraph_) open_paragraph_.emplace().add(paragraphs.back());
      open_paragraph_->add(cleaned.text);
    } else {
      close_paragraph();
      paragraphs.push_back(cleaned.text);
    }
    add_line(printed, cleaned.markup_removed);
    previous_ = &printed;
  }

  std::vector<Section> finish() {
    flush();
    return std::move(sections_);
  }

 private:
  void add_line(const PrintedLine& printed, bool markup_removed) {
    current_.markup_removed = current_.markup_removed || markup_removed;
    for (int page : {printed.page, printed.last_page}) {
      if (page > 0 && std::find(current_.pages.begin(), current_.pages.end(), page) == current_.pages.end()) {
        current_.pages.push_back(page);
      }
    }
  }

  bool last_paragraph_ends() const {
    if (!open_paragraph_) return ends_paragraph(current_.paragraphs.back());
    return std::any_of(std::begin(kParagraphEnds), std::end(kParagraphEnds),
                       [&](std::string_view mark) { return open_paragraph_->ends_with(mark); });
  }

  // The last paragraph's text, once no line can continue it.
  void close_paragraph() {
    if (open_paragraph_) current_.paragraphs.back() = open_paragraph_->text();
    open_paragraph_.reset();
  }

  void flush() {
    close_paragraph();
    if (!current_.paragraphs.empty()) sections_.push_back(std::move(current_));
    current_ = Section{};
  }

  std::vector<Section> sections_;
  Section current_;
  // The last paragraph of current_ while lines join it (its text in
  // current_ is stale until close_paragraph).
  std::optional<TextJoiner> open_paragraph_;
  bool starts_run_ = true;
  const PrintedLine* previous_ = nullptr;
};

}  // namespace

std::vector<Section> narrative_sections(const extract::PrintedDocument& printed, const std::vector<Segment>& segments) {
  size_t first_line = contents_end(printed);
  // A 目录 printed without leaders (Shanghai) ends where its entries do.
  constexpr int kMaxContentsPage = 3;
  if (auto contents = read_contents(printed); contents && printed.lines[contents->heading].page <= kMaxContentsPage) {
    first_line = std::max(first_line, contents->end);
  }
  std::set<std::string> furniture = running_furniture(segments);
  SectionBuilder builder;
  for (const auto& segment : segments) {
    const auto* text = std::get_if<TextLine>(&segment);
    if (!text) {
      builder.table();
      continue;
    }
    auto index = static_cast<size_t>(text->line - printed.lines.data());
    if (index < first_line || furniture.count(squeeze(text->line->text()))) continue;
    builder.line(*text->line);
  }
  return builder.finish();
}

schema::Record to_record(const Section& section, const std::string& doc_id, bool has_pages) {
  std::string text;
  for (const auto& paragraph : section.paragraphs) {
    if (!text.empty()) text += '\n';
    text += paragraph;
  }
  std::vector<std::string> repairs;
  if (section.markup_removed) repairs.emplace_back(kMarkupRemoved);
  schema::Record record(schema::section_type());
  record.set("doc_id", doc_id)
      .set("heading", schema::optional_text(section.heading))
      .set("text", text)
      .set("pages", has_pages ? schema::Value{section.pages} : schema::Value{})
      .set("repairs", repairs);
  return record;
}

}  // namespace budgetpdf::normalize
