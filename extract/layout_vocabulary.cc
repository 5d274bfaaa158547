#include "extract/layout_vocabulary.h"

namespace budgetpdf::extract::vocabulary {
namespace {

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

// Maps a full-width digit (U+FF10..U+FF19, UTF-8 EF BC 90..99) or an ASCII
// digit at `i` to its value and advances `i`; -1 for anything else.
int digit_at(std::string_view text, size_t& i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c >= '0' && c <= '9') {
    ++i;
    return c - '0';
  }
  if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBC) {
    unsigned char d = static_cast<unsigned char>(text[i + 2]);
    if (d >= 0x90 && d <= 0x99) {
      i += 3;
      return d - 0x90;
    }
  }
  return -1;
}

// Strips the dashes and spaces printed around page numbers from both ends.
std::string_view strip_dashes(std::string_view text) {
  static constexpr std::string_view kDashes[] = {"-", "—", "–", "－", " "};
  bool changed = true;
  while (changed && !text.empty()) {
    changed = false;
    for (auto dash : kDashes) {
      if (text.starts_with(dash)) {
        text.remove_prefix(dash.size());
        changed = true;
      }
      if (text.ends_with(dash)) {
        text.remove_suffix(dash.size());
        changed = true;
      }
    }
  }
  return text;
}

}  // namespace

std::string without_spaces(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ' ' || text[i] == '\t') continue;
    // U+3000 ideographic space: E3 80 80.
    if (text.substr(i, 3) == "\xE3\x80\x80") {
      i += 2;
      continue;
    }
    out.push_back(text[i]);
  }
  return out;
}

bool is_column_number_label(std::string_view text) {
  std::string t = without_spaces(text);
  return t == "栏次" || t == "档次" || t == "行次" || t == "栏号";
}

bool is_row_number_label(std::string_view text) {
  std::string t = without_spaces(text);
  return contains(t, "序号") || t == "行次";
}

bool is_code_label(std::string_view text) {
  std::string t = without_spaces(text);
  return contains(t, "编码") || contains(t, "代码");
}

std::optional<int> small_integer(std::string_view text) {
  std::string t = without_spaces(text);
  if (t.empty()) return std::nullopt;
  int value = 0, digits = 0;
  for (size_t i = 0; i < t.size();) {
    int d = digit_at(t, i);
    if (d < 0 || ++digits > 4) return std::nullopt;
    value = value * 10 + d;
  }
  return value;
}

bool looks_like_page_number(std::string_view text) {
  std::string t = without_spaces(text);
  std::string_view core = strip_dashes(t);
  if (small_integer(core)) return true;
  if (core.starts_with("第") && (core.ends_with("页") || contains(core, "页"))) return true;
  size_t slash = core.find('/');
  if (slash != std::string_view::npos) {
    return small_integer(core.substr(0, slash)) && small_integer(core.substr(slash + 1));
  }
  return false;
}

bool looks_like_dept_line(std::string_view text) {
  std::string t = without_spaces(text);
  if (contains(t, "，") || contains(t, "。")) return false;
  size_t i = 0, digits = 0;
  while (i < t.size()) {
    size_t before = i;
    if (digit_at(t, i) < 0) {
      i = before;
      break;
    }
    ++digits;
  }
  // A code of 2–9 digits, then the name (not a year: "2023年…").
  return digits >= 2 && digits <= 9 && i < t.size() && static_cast<unsigned char>(t[i]) >= 0x80 &&
         !t.substr(i).starts_with("年") && t.size() - i <= 30 * 3;
}

bool starts_like_furniture(std::string_view text) {
  std::string t = without_spaces(text);
  for (std::string_view word : {"单位", "金额单位", "预算年度", "决算年度", "年度", "截止", "截至", "编制单位", "填报单位", "部门：",
                                "部门:", "部门名称"}) {
    if (t.starts_with(word) && (contains(t, "：") || contains(t, ":"))) return true;
  }
  return looks_like_dept_line(t);
}

bool is_goal_label(std::string_view text) {
  std::string t = without_spaces(text);
  return t.ends_with("目标") && t.size() <= 8 * 3;
}

bool looks_like_title(std::string_view text) {
  std::string t = without_spaces(text);
  // A sentence that happens to end so ("…组织人大代表") is running text.
  for (std::string_view mark : {"，", "。", "；"}) {
    if (contains(t, mark)) return false;
  }
  return t.ends_with("表") || t.ends_with("情况") || t.ends_with("预算");
}

}  // namespace budgetpdf::extract::vocabulary
