#include "extract/table_titles.h"

#include <initializer_list>

#include "extract/text_scan.h"
#include "extract/vocabulary.h"

namespace budgetpdf::extract::vocabulary {
namespace {

// Longest title, in code points: a title is one printed phrase.
constexpr size_t kMaxTitleLength = 60;

bool has(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

bool has_any(std::string_view text, std::initializer_list<std::string_view> parts) {
  for (auto part : parts) {
    if (has(text, part)) return true;
  }
  return false;
}

size_t consume_chinese_numeral(std::string_view& text) {
  size_t count = 0;
  while (consume_any(text, {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "零", "〇"})) ++count;
  return count;
}

size_t consume_number(std::string_view& text) {
  size_t digits = consume_digits(text);
  return digits > 0 ? digits : consume_chinese_numeral(text);
}

// "预算01表", "公开02表", "表4.", "公开表1", "预算表12", "附表1", "表一".
bool consume_table_number(std::string_view& text) {
  std::string_view rest = text;
  consume_any(rest, {"预算", "决算", "公开", "附"});
  if (consume(rest, "表")) {
    if (consume_number(rest) == 0) return false;
  } else {
    if (consume_number(rest) == 0 || !consume(rest, "表")) return false;
  }
  consume_any(rest, {"、", ".", "．", ":", "：", "-", "—"});
  text = rest;
  return true;
}

// "五、", "（五）", "(5)", "5.", "5．", "12、", "第二部分".
bool consume_list_number(std::string_view& text) {
  std::string_view rest = text;
  if (consume(rest, "第")) {
    if (consume_number(rest) == 0 || !consume_any(rest, {"部分", "章", "节"})) return false;
    consume_any(rest, {"：", ":", "、"});
    text = rest;
    return true;
  }
  if (consume_any(rest, {"（", "("})) {
    if (consume_number(rest) == 0 || !consume_any(rest, {"）", ")"})) return false;
    text = rest;
    return true;
  }
  size_t digits = consume_digits(rest);
  if (digits == 0 && consume_chinese_numeral(rest) == 0) return false;
  if (digits > 3) return false;  // a year, not a list number
  if (!consume_any(rest, {"、", ".", "．"})) return false;
  text = rest;
  return true;
}

// "2025年", "2026年度", "2022" before the words.
bool consume_year(std::string_view& text) {
  std::string_view rest = text;
  if (consume_digits(rest) != 4) return false;
  consume_any(rest, {"年度", "年"});
  text = rest;
  return true;
}

// A bracketed qualifier at the end: "（功能科目）", "(含转移支付项目)".
bool drop_bracketed_tail(std::string_view& text) {
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}}) {
    if (!text.ends_with(close)) continue;
    size_t at = text.rfind(open);
    if (at == std::string_view::npos || at == 0) continue;
    text = text.substr(0, at);
    return true;
  }
  return false;
}

struct TitleParts {
  std::string_view words;      // the title without numbers, year and qualifier
  std::string_view qualifier;  // the bracketed tail ("（按经济分类）")
  bool numbered = false;       // a list number came first ("五、")
};

TitleParts split_title(std::string_view text) {
  TitleParts parts{text, {}, false};
  for (bool changed = true; changed;) {
    changed = false;
    if (consume_table_number(parts.words)) changed = true;
    if (consume_list_number(parts.words)) changed = parts.numbered = true;
    if (consume_year(parts.words)) changed = true;
  }
  std::string_view whole = parts.words;
  while (drop_bracketed_tail(parts.words)) {
  }
  parts.qualifier = whole.substr(parts.words.size());
  return parts;
}

bool has_sentence_punctuation(std::string_view text) { return has_any(text, {"，", "。", "；", "：", ":", "！", "？"}); }

// "部门预算表", "单位预算表", "省级部门预算公开报表": the heading over a group of
// tables, naming none of them.
bool is_group_heading(std::string_view words) {
  // "…公开报表" heads a group; "…填报表" is one table (上海's 绩效目标填报表).
  if (words.ends_with("报表") && !words.ends_with("填报表")) return true;
  // "国家信访局部门预算表", "上海市普陀区财政局2024年度部门决算表".
  for (std::string_view group : {"部门预算表", "单位预算表", "部门决算表", "单位决算表", "部门综合预算表"}) {
    if (words.ends_with(group)) return true;
  }
  std::string_view rest = words;
  while (consume_any(rest, {"省级", "市级", "区级", "县级", "本级", "部门", "预算单位", "单位", "综合"})) {
  }
  return rest == "预算表" || rest == "决算表" || rest == "表" || rest == "公开表" || rest == "预算公开表" ||
         rest == "决算公开表";
}

// The kind the words name; the qualifier may narrow it ("一般公共预算支出表
// （按经济分类）" is no 功能分类 table).
// "详见附表", "具体情况如下表": running text pointing at a table, no title.
bool points_elsewhere(std::string_view words) {
  for (std::string_view end : {"下表", "附表", "上表"}) {
    if (words.ends_with(end)) return true;
  }
  return words.starts_with("详见") || words.starts_with("参见") || words.starts_with("见");
}

std::optional<TableKind> kind_of_words(std::string_view t, std::string_view qualifier) {
  // 绩效目标表 (项目支出, 部门整体支出), 上海's 绩效目标填报表, 决算's 绩效自评表.
  if (has_any(t, {"绩效目标表", "绩效目标填报表", "绩效自评表"})) return TableKind::performance;
  if (has(t, "机构设置")) return TableKind::institutions;
  if (has_any(t, {"固定资产", "资产占用"})) return TableKind::assets;
  if (has(t, "政府采购")) return TableKind::procurement;
  if (has(t, "三公")) return TableKind::three_public;
  bool both_sides = has_any(t, {"收支", "收入支出"});
  bool overall = has_any(t, {"总表", "总体情况"});
  bool fund = has_any(t, {"一般公共预算", "政府性基金", "政府基金", "国有资本"});
  bool fiscal = has(t, "财政拨款");
  if (fiscal && both_sides && overall && !fund) return TableKind::fiscal_summary;
  if (both_sides && overall && !fund) return TableKind::summary;
  if (has(t, "收入") && !has(t, "支出") && !fund && !fiscal) return TableKind::income;
  bool spending = has(t, "支出") || both_sides;
  bool special = has_any(t, {"基本支出", "项目支出", "机关运行", "经济分类", "上年结转", "专项", "购买服务"}) ||
                 has(qualifier, "经济分类");
  if (spending && !fund && !fiscal && !special && (overall || t.ends_with("支出决算表"))) {
    return TableKind::expenditure;
  }
  if (spending && has(t, "一般公共预算") && has(t, "基本支出") && !has(t, "机关运行")) {
    return TableKind::general_public_basic;
  }
  if (spending && has(t, "一般公共预算") && !special) return TableKind::general_public;
  if (spending && has_any(t, {"政府性基金", "政府基金"}) && !special) return TableKind::gov_fund;
  if (spending && has(t, "国有资本经营") && !special) return TableKind::state_capital;
  return std::nullopt;
}

}  // namespace

std::string_view kind_name(TableKind kind) {
  switch (kind) {
    case TableKind::summary: return "summary";
    case TableKind::income: return "income";
    case TableKind::expenditure: return "expenditure";
    case TableKind::fiscal_summary: return "fiscal_summary";
    case TableKind::general_public: return "general_public";
    case TableKind::general_public_basic: return "general_public_basic";
    case TableKind::gov_fund: return "gov_fund";
    case TableKind::state_capital: return "state_capital";
    case TableKind::three_public: return "three_public";
    case TableKind::procurement: return "procurement";
    case TableKind::assets: return "assets";
    case TableKind::institutions: return "institutions";
    case TableKind::performance: return "performance";
    case TableKind::other: return "other";
  }
  return "other";
}

bool is_table_number(std::string_view text) {
  std::string squeezed = without_spaces(text);
  std::string_view rest = squeezed;
  return consume_table_number(rest) && rest.empty();
}

bool looks_like_title(std::string_view text) {
  std::string squeezed = without_spaces(text);
  // A table's number printed above its title ("公开02表") is title-shaped.
  if (is_table_number(squeezed)) return true;
  TitleParts parts = split_title(squeezed);
  std::string_view words = parts.words;
  // A sentence that happens to end so ("…组织人大代表") is running text.
  if (words.empty() || has_any(words, {"，", "。", "；"})) return false;
  if (words.ends_with("表")) return true;
  // A qualifier in brackets follows a table's name ("…表（功能科目）"), never
  // a label's ("专项资金情况（万元）").
  return parts.qualifier.empty() && (words.ends_with("情况") || words.ends_with("预算"));
}

std::optional<TableKind> title_kind(std::string_view text) {
  std::string squeezed = without_spaces(text);
  if (code_point_count(squeezed) > kMaxTitleLength || is_contents_entry(text)) {
    return std::nullopt;
  }
  TitleParts parts = split_title(squeezed);
  std::string_view words = parts.words;
  if (words.empty() || has_sentence_punctuation(words) || is_group_heading(words) || points_elsewhere(words)) {
    return std::nullopt;
  }
  std::optional<TableKind> kind = kind_of_words(words, parts.qualifier);
  if (words.ends_with("表")) return kind ? kind : TableKind::other;
  // Without 表 only two titles read as names of tables ("部门机构设置情况",
  // "部门政府采购预算"); a numbered line so worded heads the narrative
  // ("二、机构设置情况", "四、财政拨款“三公”经费预算情况").
  if (parts.numbered) return std::nullopt;
  if (kind == TableKind::institutions && words.ends_with("情况") && !words.ends_with("预算情况")) return kind;
  if (kind == TableKind::procurement && words.ends_with("预算")) return kind;
  return std::nullopt;
}

std::string title_core(std::string_view text) {
  std::string squeezed = without_spaces(text);
  return std::string(split_title(squeezed).words);
}

}  // namespace budgetpdf::extract::vocabulary
