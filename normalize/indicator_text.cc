#include "normalize/indicator_text.h"

#include "normalize/text_join.h"

namespace budgetpdf::normalize {
namespace {

// The 一级指标 of the national framework (财预〔2020〕10号 and its templates).
constexpr std::u32string_view kLevel1Names[] = {U"产出指标", U"效益指标", U"满意度指标", U"成本指标"};
constexpr std::u32string_view kLevelSuffix = U"指标";
// Longest 二级指标, in code points: "服务对象满意度指标", "生态环境成本指标".
constexpr size_t kMaxLevel2Length = 10;

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == 0x3000; }

std::u32string trim(std::u32string_view text) {
  size_t begin = 0, end = text.size();
  while (begin < end && is_space(text[begin])) ++begin;
  while (end > begin && is_space(text[end - 1])) --end;
  return std::u32string(text.substr(begin, end - begin));
}

// "11-数量指标" is 数量指标; nullopt without the number.
std::optional<std::u32string> without_level_number(std::u32string_view field) {
  std::u32string text = trim(field);
  size_t i = 0;
  while (i < text.size() && is_digit(text[i])) ++i;
  if (i == 0) return std::nullopt;
  while (i < text.size() && is_space(text[i])) ++i;
  if (i >= text.size() || (text[i] != U'-' && text[i] != U'－')) return std::nullopt;
  return trim(std::u32string_view(text).substr(i + 1));
}

std::vector<std::u32string> split_fields(std::u32string_view item) {
  std::vector<std::u32string> fields;
  size_t start = 0;
  for (size_t i = 0; i <= item.size(); ++i) {
    if (i == item.size() || item[i] == U'；' || item[i] == U';') {
      fields.push_back(trim(item.substr(start, i - start)));
      start = i + 1;
    }
  }
  return fields;
}

// The value after "年度指标值:" in `field`, when it starts with `label`.
std::optional<std::u32string> labelled_value(const std::u32string& field, std::u32string_view label) {
  if (!field.starts_with(label)) return std::nullopt;
  std::u32string_view rest = std::u32string_view(field).substr(label.size());
  if (rest.empty() || (rest.front() != U':' && rest.front() != U'：')) return std::nullopt;
  return trim(rest.substr(1));
}

// Where item `number` starts ("2、" at the start or after the "。" closing
// item 1), searching from `from`; npos when it does not.
size_t item_start(const std::u32string& text, int number, size_t from) {
  std::u32string mark = to_u32(std::to_string(number)) + U"、";
  for (size_t at = text.find(mark, from); at != std::u32string::npos; at = text.find(mark, at + 1)) {
    size_t before = at;
    while (before > 0 && is_space(text[before - 1])) --before;
    if (before == 0 || text[before - 1] == U'。' || text[before - 1] == U'.') return at;
  }
  return std::u32string::npos;
}

std::optional<ListedIndicator> read_item(std::u32string_view item) {
  while (!item.empty() && (item.back() == U'。' || is_space(item.back()))) item.remove_suffix(1);
  std::vector<std::u32string> fields = split_fields(item);
  if (fields.size() < 4) return std::nullopt;
  auto level1 = without_level_number(fields[0]);
  auto level2 = without_level_number(fields[1]);
  if (!level1 || !level2) return std::nullopt;
  ListedIndicator indicator;
  indicator.level1 = to_utf8(*level1);
  indicator.level2 = to_utf8(*level2);
  std::u32string name;
  size_t i = 2;
  for (; i < fields.size(); ++i) {
    if (labelled_value(fields[i], U"实施周期指标值") || labelled_value(fields[i], U"年度指标值")) break;
    if (!name.empty()) name += U"；";
    name += fields[i];
  }
  if (i == fields.size()) return std::nullopt;
  for (; i < fields.size(); ++i) {
    if (auto value = labelled_value(fields[i], U"实施周期指标值")) indicator.period_value = to_utf8(*value);
    if (auto value = labelled_value(fields[i], U"年度指标值")) indicator.annual_value = to_utf8(*value);
  }
  indicator.level3 = to_utf8(name);
  return indicator;
}

}  // namespace

std::optional<IndicatorLevels> split_indicator_levels(std::string_view text) {
  std::u32string all = trim(to_u32(text));
  for (auto level1 : kLevel1Names) {
    if (!all.starts_with(level1)) continue;
    IndicatorLevels levels;
    levels.level1 = to_utf8(level1);
    std::u32string_view rest = std::u32string_view(all).substr(level1.size());
    size_t end = rest.find(kLevelSuffix);
    if (end != std::u32string_view::npos && end + kLevelSuffix.size() <= kMaxLevel2Length) {
      levels.level2 = to_utf8(rest.substr(0, end + kLevelSuffix.size()));
      rest.remove_prefix(end + kLevelSuffix.size());
    }
    levels.level3 = to_utf8(trim(rest));
    return levels;
  }
  return std::nullopt;
}

std::optional<std::vector<ListedIndicator>> read_indicator_list(std::string_view text) {
  std::u32string all = trim(to_u32(text));
  std::vector<ListedIndicator> indicators;
  // Numbered items; a single item may come without its number.
  size_t start = item_start(all, 1, 0);
  if (start != 0) {
    auto only = read_item(all);
    if (!only) return std::nullopt;
    indicators.push_back(std::move(*only));
    return indicators;
  }
  for (int number = 1; start != std::u32string::npos; ++number) {
    size_t body = start + to_u32(std::to_string(number)).size() + 1;
    size_t next = item_start(all, number + 1, body);
    size_t length = next == std::u32string::npos ? std::u32string::npos : next - body;
    auto item = read_item(std::u32string_view(all).substr(body, length));
    if (!item) return std::nullopt;
    indicators.push_back(std::move(*item));
    start = next;
  }
  return indicators;
}

}  // namespace budgetpdf::normalize
