#include "extract/vocabulary.h"

#include "extract/text_scan.h"

namespace budgetpdf::extract::vocabulary {
namespace {

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

size_t utf8_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 6) return 2;
  if ((lead >> 4) == 14) return 3;
  return 4;
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

bool is_colon(std::string_view text) { return text == ":" || text == "："; }

bool consume_colon(std::string_view& text) { return consume_any(text, {":", "："}); }

enum class LabelRole { department, unit_or_department, unit, year, date };

struct Label {
  std::string_view text;
  LabelRole role;
};

// Longest first where one label ends another ("预算单位" before "单位").
constexpr Label kLabels[] = {
    {"预算主管部门", LabelRole::department}, {"资金主管部门", LabelRole::department},
    {"主管部门", LabelRole::department},
    {"编制部门", LabelRole::department},     {"编制单位", LabelRole::department},
    {"部门名称", LabelRole::department},     {"单位名称", LabelRole::department},
    {"填报单位", LabelRole::department},     {"预算单位", LabelRole::department},
    {"部门（单位）", LabelRole::department}, {"部门(单位)", LabelRole::department},
    {"部门", LabelRole::department},         {"金额单位", LabelRole::unit},
    {"单位", LabelRole::unit_or_department}, {"预算年度", LabelRole::year},
    {"决算年度", LabelRole::year},           {"年度", LabelRole::year},
    {"截止时间", LabelRole::date},           {"截至时间", LabelRole::date},
    {"截止日期", LabelRole::date},           {"截至日期", LabelRole::date},
    {"编制日期", LabelRole::date},
};

// The pieces a narrow header splits "预算年度：" into.
constexpr std::string_view kLabelFragments[] = {"预算年", "决算年", "度"};

// The label starting `text` when a colon follows it, or (`bare`) when it
// is all the text ("部门" printed alone, its colon lost).
const Label* label_at(std::string_view text, bool bare) {
  for (const Label& label : kLabels) {
    if (!text.starts_with(label.text)) continue;
    std::string_view rest = text.substr(label.text.size());
    if ((bare && rest.empty()) || rest.starts_with(":") || rest.starts_with("：")) return &label;
  }
  return nullptr;
}

// Full-width digits as ASCII ones, so a year is four bytes.
std::string ascii_digits(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    size_t before = i;
    int d = digit_at(text, i);
    if (d >= 0) {
      out.push_back(static_cast<char>('0' + d));
    } else {
      out.push_back(text[i]);
      i = before + 1;
    }
  }
  return out;
}

std::optional<std::string> unit_word(std::string_view value) {
  for (std::string_view unit : {"万元", "千元", "亿元", "元"}) {
    if (value.starts_with(unit)) return std::string(unit);
  }
  return std::nullopt;
}

// "2023", "2023年", "2023年度": the year alone.
std::optional<int> year_alone(std::string_view text) {
  int year = 0;
  if (consume_digits(text, &year) != 4) return std::nullopt;
  consume_any(text, {"年度", "年"});
  if (!text.empty() || year < 1990 || year > 2100) return std::nullopt;
  return year;
}

// "2023-01-01", "2023年1月1日", "2023.1.1".
bool is_date(std::string_view text) {
  consume_colon(text);
  if (consume_digits(text) != 4 || !consume_any(text, {"-", "年", ".", "/"})) return false;
  size_t month = consume_digits(text);
  if (month < 1 || month > 2 || !consume_any(text, {"-", "月", ".", "/"})) return false;
  size_t day = consume_digits(text);
  consume(text, "日");
  return day >= 1 && day <= 2 && text.empty();
}

struct DeptLine {
  std::string code;
  std::string name;
  std::optional<int> year;
};

// "113开发区组织人事局", "113开发区组织人事局2023": spaces already removed.
std::optional<DeptLine> dept_line(std::string_view t) {
  std::string_view rest = t;
  size_t digits = consume_digits(rest);
  if (digits < 2 || digits > 9 || rest.empty() || static_cast<unsigned char>(rest[0]) < 0x80) return std::nullopt;
  // A number with its unit is a quantity ("128 元补助", "95%"), never a code
  // and a name.
  for (std::string_view not_a_name : {"年", "、", "．", "：", "，", "。", "元", "万元", "亿元", "%", "％"}) {
    if (rest.starts_with(not_a_name)) return std::nullopt;
  }
  if (contains(rest, "，") || contains(rest, "。") || contains(rest, ":") || contains(rest, "：")) return std::nullopt;
  DeptLine line{std::string(t.substr(0, t.size() - rest.size())), std::string(rest), std::nullopt};
  // The budget year may share the line: it is not part of the name.
  std::string_view name = rest;
  if (name.ends_with("年")) name.remove_suffix(std::string_view("年").size());
  if (name.size() > 4) {
    std::string_view tail = name.substr(name.size() - 4);
    if (auto year = year_alone(tail); year && name.size() > 4) {
      line.year = year;
      line.name = std::string(name.substr(0, name.size() - 4));
    }
  }
  constexpr size_t kMaxNameLength = 30;
  if (line.name.empty() || code_point_count(line.name) > kMaxNameLength) return std::nullopt;
  return line;
}

bool fill(Furniture& furniture, const Label& label, std::string_view value) {
  if (contains(value, "，") || contains(value, "。") || contains(value, "；")) return false;
  // The bracket a label was opened in ("（金额单位：万元）"); a name keeps its
  // own ("…中心（上海市财政科学研究所）").
  if (!contains(value, "（") && !contains(value, "(")) {
    while (value.ends_with(")") || value.ends_with("）")) value.remove_suffix(value.ends_with(")") ? 1 : 3);
  }
  // A department's name has a few characters at least; "单位：个" is a
  // measure, never a department.
  constexpr size_t kMinNameLength = 3;
  switch (label.role) {
    case LabelRole::department:
      if (value.empty()) furniture.dept_name_follows = true;
      else furniture.dept_name = std::string(value);
      return true;
    case LabelRole::unit_or_department:
      if (auto unit = unit_word(value)) {
        furniture.unit = unit;
      } else if (code_point_count(value) >= kMinNameLength) {
        furniture.dept_name = std::string(value);  // "单位：苏州市生态环境局"
      } else if (!value.empty()) {
        return false;
      }
      return true;
    case LabelRole::unit:
      furniture.unit = unit_word(value);
      return furniture.unit.has_value() || value.empty();
    case LabelRole::year: {
      if (value.empty()) return true;
      auto year = year_alone(value);
      furniture.year = year;
      return year.has_value();
    }
    case LabelRole::date:
      return true;
  }
  return false;
}

}  // namespace

std::string without_spaces(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') continue;
    // U+3000 ideographic space: E3 80 80.
    if (text.substr(i, 3) == "\xE3\x80\x80") {
      i += 2;
      continue;
    }
    out.push_back(text[i]);
  }
  return out;
}

size_t code_point_count(std::string_view text) {
  size_t count = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

std::optional<int> small_integer(std::string_view text) {
  std::string t = without_spaces(text);
  std::string_view rest = t;
  int value = 0;
  size_t digits = consume_digits(rest, &value);
  if (digits == 0 || digits > 4 || !rest.empty()) return std::nullopt;
  return value;
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

bool looks_like_page_number(std::string_view text) {
  std::string t = without_spaces(text);
  std::string_view core = strip_dashes(t);
  if (small_integer(core)) return true;
  std::string_view rest = core;
  if (consume(rest, "第")) {
    if (consume_digits(rest) == 0 || !consume(rest, "页")) return false;
    consume_any(rest, {",", "，"});
    if (consume(rest, "共") && (consume_digits(rest) == 0 || !consume(rest, "页"))) return false;
    return rest.empty();
  }
  size_t slash = core.find('/');
  if (slash != std::string_view::npos) {
    return small_integer(core.substr(0, slash)) && small_integer(core.substr(slash + 1));
  }
  return false;
}

bool is_contents_heading(std::string_view text) {
  std::string t = without_spaces(text);
  return t == "目录" || t == "目次";
}

bool is_contents_entry(std::string_view text) {
  std::string t = without_spaces(text);
  std::string_view rest = t;
  while (!rest.empty() && rest.back() >= '0' && rest.back() <= '9') rest.remove_suffix(1);
  size_t dots = 0, ellipses = 0;
  for (bool changed = true; changed;) {
    changed = false;
    for (std::string_view dot : {".", "．", "·"}) {
      if (rest.ends_with(dot)) {
        rest.remove_suffix(dot.size());
        ++dots;
        changed = true;
      }
    }
    if (rest.ends_with("…")) {
      rest.remove_suffix(std::string_view("…").size());
      ++ellipses;
      changed = true;
    }
  }
  return dots >= 4 || ellipses >= 2;
}

bool is_note(std::string_view text) {
  std::string t = without_spaces(text);
  std::string_view rest = t;
  if (!consume_any(rest, {"备注", "说明", "注"})) return false;
  consume_digits(rest);
  return rest.starts_with(":") || rest.starts_with("：");
}

bool looks_like_dept_line(std::string_view text) {
  // "113 开发区组织人事局预算年度：2023": the department before the labels a
  // narrow page prints right after it.
  std::string t = without_spaces(text);
  std::string_view rest = t;
  size_t end = 0;
  while (end < rest.size() && !label_at(rest.substr(end), false)) end += utf8_length(static_cast<unsigned char>(rest[end]));
  return dept_line(rest.substr(0, end)).has_value();
}

bool starts_like_furniture(std::string_view text) {
  std::string t = without_spaces(text);
  for (const Label& label : kLabels) {
    std::string_view rest = t;
    if (!consume(rest, label.text)) continue;
    // "单位：", or "单位（万元）：" with its qualifier between.
    if (rest.starts_with(":") || rest.starts_with("：")) return true;
    if ((rest.starts_with("（") || rest.starts_with("(")) && (contains(rest, "：") || contains(rest, ":"))) return true;
  }
  return looks_like_dept_line(t);
}

std::optional<Furniture> read_furniture(std::string_view text) {
  std::string t = without_spaces(text);
  std::string_view rest = t;
  if (rest.empty()) return std::nullopt;
  Furniture furniture;
  // The year alone, or in brackets under a title: "（2026年度）".
  std::string_view bracketed = rest;
  if (consume_any(bracketed, {"（", "("}) && (bracketed.ends_with("）") || bracketed.ends_with(")"))) {
    bracketed.remove_suffix(bracketed.ends_with("）") ? std::string_view("）").size() : 1);
  } else {
    bracketed = rest;
  }
  if (auto year = year_alone(bracketed)) {
    furniture.year = year;
    return furniture;
  }
  if (is_date(rest)) return furniture;
  for (std::string_view fragment : kLabelFragments) {
    std::string_view after = rest;
    if (consume(after, fragment) && (after.empty() || is_colon(after))) return furniture;
  }
  // Where the labels start: what comes before the first one must be a
  // department line ("113 开发区组织人事局预算年度：2023").
  size_t first = label_at(rest, true) ? 0 : 1;
  if (first > 0) {
    first = 0;
    while (first < rest.size() && !label_at(rest.substr(first), false)) {
      first += utf8_length(static_cast<unsigned char>(rest[first]));
    }
  }
  if (first > 0) {
    auto dept = dept_line(rest.substr(0, first));
    if (!dept) return std::nullopt;
    furniture.dept_code = dept->code;
    furniture.dept_name = dept->name;
    furniture.year = dept->year;
    rest.remove_prefix(first);
  }
  while (!rest.empty()) {
    const Label* label = label_at(rest, true);
    rest.remove_prefix(label->text.size());
    consume_colon(rest);
    size_t end = 0;
    while (end < rest.size() && !label_at(rest.substr(end), false)) {
      end += utf8_length(static_cast<unsigned char>(rest[end]));
    }
    if (!fill(furniture, *label, rest.substr(0, end))) return std::nullopt;
    rest.remove_prefix(end);
  }
  return furniture;
}

std::optional<std::string> unit_in(std::string_view text) {
  std::string t = without_spaces(text);
  for (size_t at = t.find("单位"); at != std::string::npos; at = t.find("单位", at + 1)) {
    std::string_view rest = std::string_view(t).substr(at + std::string_view("单位").size());
    if (consume_colon(rest)) {
      if (auto unit = unit_word(rest)) return unit;
    }
  }
  return std::nullopt;
}

std::optional<int> year_in(std::string_view text) {
  std::string t = ascii_digits(without_spaces(text));
  std::string_view all = t;
  if (auto year = year_alone(all)) return year;
  // Labelled first ("预算年度：2023"), then the first "2023年" not inside a
  // longer number.
  for (size_t at = t.find("年度"); at != std::string::npos; at = t.find("年度", at + 1)) {
    std::string_view rest = all.substr(at + std::string_view("年度").size());
    consume_colon(rest);
    int year = 0;
    if (consume_digits(rest, &year) == 4 && year >= 1990 && year <= 2100) return year;
  }
  for (size_t at = t.find("年"); at != std::string::npos; at = t.find("年", at + 1)) {
    if (at < 4) continue;
    std::string_view digits = all.substr(at - 4, 4);
    bool preceded_by_digit = at > 4 && all[at - 5] >= '0' && all[at - 5] <= '9';
    if (auto year = year_alone(digits); year && !preceded_by_digit) return year;
  }
  return std::nullopt;
}

bool is_goal_label(std::string_view text) {
  // One short term ("绩效目标", "年度目标", "总体目标"); 8 code points leave
  // room for a qualifier ("年度总体绩效目标") while a sentence never fits.
  constexpr size_t kMaxGoalLabelLength = 8;
  std::string t = without_spaces(text);
  return t.ends_with("目标") && code_point_count(t) <= kMaxGoalLabelLength;
}

}  // namespace budgetpdf::extract::vocabulary
