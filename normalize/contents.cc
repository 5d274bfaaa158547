#include "normalize/contents.h"

#include <algorithm>

#include "extract/vocabulary.h"
#include "normalize/text_join.h"

namespace budgetpdf::normalize {
namespace {

namespace vocabulary = extract::vocabulary;
using extract::LineKind;
using extract::PrintedLine;

// A 目录 lists a few dozen entries; more lines are the body.
constexpr size_t kMaxContentsLines = 80;

bool is_contents_heading(const std::string& text) {
  std::string t = vocabulary::without_spaces(text);
  return vocabulary::is_contents_heading(t) || (t.ends_with("目录") && vocabulary::code_point_count(t) <= 30);
}

bool is_sentence(std::string_view text) {
  return text.find("。") != std::string_view::npos || text.find("，") != std::string_view::npos ||
         text.find("；") != std::string_view::npos;
}

// The entry without its leader and page number.
std::string entry_text(const std::string& text) {
  std::string_view rest = text;
  auto trim_back = [&rest](std::initializer_list<std::string_view> tails) {
    for (bool changed = true; changed;) {
      changed = false;
      for (auto tail : tails) {
        if (!rest.empty() && rest.ends_with(tail)) {
          rest.remove_suffix(tail.size());
          changed = true;
        }
      }
    }
  };
  trim_back({"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", " ", "\t"});
  trim_back({".", "．", "·", "…", " ", "\t"});
  return collapse_spaces(rest);
}

// The words two printings of one title share: "项目支出预算情况表" in the 目录
// is "项目支出预算表" on its page.
std::string comparable(std::string core) {
  for (std::string_view filler : {"情况", "部门", "单位", "本年", "市级", "区级"}) {
    for (size_t at = core.find(filler); at != std::string::npos; at = core.find(filler)) core.erase(at, filler.size());
  }
  return core;
}

}  // namespace

std::optional<Contents> read_contents(const extract::PrintedDocument& printed) {
  const auto& lines = printed.lines;
  size_t heading = 0;
  while (heading < lines.size() && !(lines[heading].kind == LineKind::text && is_contents_heading(lines[heading].text()))) {
    ++heading;
  }
  if (heading == lines.size()) return std::nullopt;
  Contents contents;
  contents.heading = heading;
  std::string first_entry;
  bool leaders_seen = false;
  // In a 目录 printed with leaders, a line without one is a group heading
  // of the entries after it ("部门预算信息公开情况说明"), or the body.
  auto leader_follows = [&](size_t from) {
    for (size_t k = from + 1; k < lines.size() && k <= from + 3; ++k) {
      if (vocabulary::is_contents_entry(lines[k].text())) return true;
    }
    return false;
  };
  size_t i = heading + 1;
  for (; i < lines.size() && i <= heading + kMaxContentsLines; ++i) {
    const PrintedLine& line = lines[i];
    std::string text = line.text();
    bool leader = vocabulary::is_contents_entry(text);
    if (vocabulary::looks_like_page_number(text)) continue;
    if (leaders_seen && !leader && !leader_follows(i)) break;
    leaders_seen = leaders_seen || leader;
    // The body starts on a new page, or repeats the first entry as its
    // first heading; a sentence or a grid is never an entry.
    bool new_page = line.page != lines[heading].page && !leader;
    bool repeated = !first_entry.empty() && squeeze(entry_text(text)) == first_entry;
    if (new_page || repeated || (!leader && (is_sentence(text) || line.kind == LineKind::row))) break;
    if (!leader && vocabulary::read_furniture(text)) break;
    ContentsEntry entry;
    entry.text = entry_text(text);
    if (entry.text.empty()) continue;
    entry.table = vocabulary::title_kind(entry.text);
    if (first_entry.empty()) first_entry = squeeze(entry.text);
    bool listed = std::any_of(contents.entries.begin(), contents.entries.end(),
                              [&](const ContentsEntry& other) { return other.text == entry.text; });
    if (!listed) contents.entries.push_back(std::move(entry));
  }
  contents.end = i;
  return contents;
}

std::string contents_text(const Contents& contents) {
  std::string text;
  for (const auto& entry : contents.entries) text += squeeze(entry.text);
  return text;
}

std::vector<CheckResult> contents_checks(const Contents& contents, const std::vector<Segment>& segments) {
  std::vector<CheckResult> checks;
  for (const auto& entry : contents.entries) {
    if (!entry.table) continue;
    // A kind the contract names is printed once; a table of kind other is
    // the one of that title.
    std::string listed = comparable(vocabulary::title_core(entry.text));
    bool found = false;
    for (const auto& segment : segments) {
      const auto* table = std::get_if<TableSegment>(&segment);
      if (!table || table->kind != *entry.table) continue;
      std::string printed = comparable(vocabulary::title_core(table->title));
      found = found || table->kind != TableKind::other ||
              (!printed.empty() &&
               (printed.find(listed) != std::string::npos || listed.find(printed) != std::string::npos));
    }
    CheckResult check;
    check.rule = "document.contents_table_found";
    check.table = std::string(kind_name(*entry.table));
    check.subject = entry.text;
    check.ok = found;
    if (!found) check.detail = "the 目录 lists 《" + entry.text + "》 but no such table was found";
    checks.push_back(std::move(check));
  }
  return checks;
}

}  // namespace budgetpdf::normalize
