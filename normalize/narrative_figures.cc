#include "normalize/narrative_figures.h"

#include <algorithm>
#include <span>

#include "normalize/narrative_text.h"
#include "normalize/patterns.h"
#include "normalize/text_join.h"

namespace budgetpdf::normalize {
namespace {

// What ends a clause: the words before a figure up to one of these say what
// it is ("其中：财政拨款收入", "、政府采购工程预算").
constexpr std::string_view kClauseMarks[] = {"，", ",", "；", ";", "。", "！", "？", "：", ":", "、"};

// Words after which a figure is a change or a rate, and its direction; the
// longer spelling first. Matched on NFKC-folded text without spaces.
struct DirectionWord {
  std::string_view word;
  Direction direction;
};
constexpr DirectionWord kDirectionWords[] = {
    {"增加(减少)", Direction::unstated}, {"增长(减少)", Direction::unstated}, {"增长(下降)", Direction::unstated},
    {"减少(增加)", Direction::unstated}, {"下降(增长)", Direction::unstated}, {"增长率", Direction::up},
    {"增幅", Direction::up},            {"增长", Direction::up},            {"增加", Direction::up},
    {"上升", Direction::up},            {"提高", Direction::up},            {"提升", Direction::up},
    {"上涨", Direction::up},            {"减少", Direction::down},          {"下降", Direction::down},
    {"降低", Direction::down},          {"减幅", Direction::down},          {"降幅", Direction::down},
    {"减低", Direction::down},          {"压减", Direction::down},          {"缩减", Direction::down},
    {"节约", Direction::down},          {"增", Direction::up},              {"多", Direction::up},
    {"减", Direction::down},            {"降", Direction::down},            {"少", Direction::down},
};
// Words a change is stated with that say no direction.
constexpr std::string_view kChangeWords[] = {"变化", "变动", "增减"};
// Filler between a direction and its figure ("增长了", "增幅为").
constexpr std::string_view kFillers[] = {"了", "为", "约", "达", ":", "是"};

// A figure after these in its sentence explains a change: it is part of
// the reason, not the item's own figure.
constexpr std::string_view kReasonWords[] = {"原因", "主要是", "主要由于", "主要因为"};

// Words naming the figure a change is measured from.
constexpr std::string_view kBaseWords[] = {"上年预算", "上年执行", "上年决算", "上年实际", "上年年初", "上年同期",
                                           "上一年",   "去年",     "上年数",   "上年为",   "上年是",   "上年度预算",
                                           "上年度执行", "上年度决算"};
// In a 决算 the year's figures are measured against the year's budget.
constexpr std::string_view kBudgetWords[] = {"年初预算", "全年预算", "调整预算", "预算数", "预算为"};
// A year's end is a date, not the year compared with ("上年末固定资产").
constexpr std::string_view kYearEndWords[] = {"年末", "年底", "末"};

// Words stating a change without a figure, and those that make it loose.
constexpr std::string_view kFlatWords[] = {"持平", "相同", "一致", "不变", "无变化", "没有变化", "未变化", "无增减"};
constexpr std::string_view kLooseWords[] = {"基本", "大致", "大体", "略"};
constexpr std::string_view kComparisonWords[] = {"比", "较", "与", "同", "相比"};
constexpr std::string_view kCompletionWords[] = {"完成", "执行率"};

bool contains_any(std::string_view text, std::span<const std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view word) { return text.find(word) != std::string_view::npos; });
}

size_t last_mark_end(std::string_view text) {
  size_t start = 0;
  for (std::string_view mark : kClauseMarks) {
    size_t found = text.rfind(mark);
    // "收、支总计" names one figure: its 、 ends no clause.
    if (mark == "、" && found != std::string_view::npos && text.substr(0, found).ends_with("收") &&
        text.substr(found + mark.size()).starts_with("支")) {
      found = text.substr(0, found).rfind(mark);
    }
    if (found != std::string_view::npos) start = std::max(start, found + mark.size());
  }
  return start;
}

// The part of a sentence a reason stated in it may cover: a reason runs to
// its sentence's end or to the next clause of a list (；).
std::string_view reason_scope(std::string_view sentence_before) {
  size_t list_clause = sentence_before.rfind("；");
  return list_clause == std::string_view::npos ? sentence_before
                                               : sentence_before.substr(list_clause + std::string_view("；").size());
}

std::optional<Direction> direction_at_end(std::string_view about) {
  about = without_endings(about, kFillers);
  for (const auto& [word, direction] : kDirectionWords) {
    if (about.ends_with(word)) return direction;
  }
  for (std::string_view word : kChangeWords) {
    if (about.ends_with(word)) return Direction::none;
  }
  return std::nullopt;
}

bool names_base(std::string_view about, std::optional<int> year, const FigureContext& context) {
  if (context.final_account && contains_any(about, kBudgetWords)) return true;
  if (context.year && year == *context.year) return false;
  if (context.year && year == *context.year - 1 && !contains_any(about, kYearEndWords)) return true;
  return contains_any(about, kBaseWords);
}

FigureRole role_of(const Figure& figure, std::string_view sentence_before, const FigureContext& context,
                   Direction& direction) {
  if (contains_any(reason_scope(sentence_before), kReasonWords)) return FigureRole::explanation;
  std::optional<Direction> stated = direction_at_end(figure.about);
  if (figure.unit == "%") {
    if (figure.about.find("占") != std::string::npos) return FigureRole::share;
    if (contains_any(figure.about, kCompletionWords)) return FigureRole::completion;
    if (stated) {
      direction = *stated;
      return FigureRole::rate;
    }
    return FigureRole::other;
  }
  if (stated) {
    direction = *stated;
    return FigureRole::change;
  }
  return names_base(figure.about, figure.year, context) ? FigureRole::base : FigureRole::amount;
}

std::vector<DirectionMark> flat_marks(const std::string& paragraph) {
  std::vector<DirectionMark> marks;
  for (std::string_view word : kFlatWords) {
    for (size_t at = paragraph.find(word); at != std::string::npos; at = paragraph.find(word, at + word.size())) {
      std::string_view before = std::string_view(paragraph).substr(0, at);
      std::string_view clause = before.substr(last_mark_end(before));
      auto [sentence_begin, sentence_end] = sentence_around(paragraph, at);
      std::string_view sentence_before = std::string_view(paragraph).substr(sentence_begin, at - sentence_begin);
      bool loose = std::any_of(std::begin(kLooseWords), std::end(kLooseWords),
                               [&](std::string_view loose_word) { return clause.ends_with(loose_word); });
      if (loose || !contains_any(clause, kComparisonWords) || contains_any(reason_scope(sentence_before), kReasonWords)) {
        continue;
      }
      marks.push_back({at, Direction::flat});
    }
  }
  std::sort(marks.begin(), marks.end(), [](const DirectionMark& a, const DirectionMark& b) { return a.at < b.at; });
  return marks;
}

}  // namespace

std::string_view direction_name(Direction direction) {
  switch (direction) {
    case Direction::up: return "increase";
    case Direction::down: return "decrease";
    case Direction::flat: return "unchanged";
    case Direction::unstated: return "unstated";
    case Direction::none: return "";
  }
  return "";
}

ParagraphFigures read_figures(const std::string& paragraph, const FigureContext& context) {
  ParagraphFigures out;
  size_t previous_end = 0;
  for (const auto& match : patterns::narrative_figures(paragraph)) {
    std::optional<schema::Decimal> value = schema::Decimal::parse(match.number);
    if (!value) continue;
    auto [sentence_begin, sentence_end] = sentence_around(paragraph, match.begin);
    std::string_view before = std::string_view(paragraph).substr(0, match.begin);
    size_t clause_begin = std::max({last_mark_end(before), sentence_begin, previous_end});
    Figure figure;
    figure.number = match.number;
    figure.value = *value;
    figure.unit = match.unit;
    figure.about = squeeze(before.substr(clause_begin));
    figure.year = patterns::last_year(figure.about);
    figure.begin = match.begin;
    figure.end = match.end;
    figure.role = role_of(figure, before.substr(sentence_begin), context, figure.direction);
    previous_end = match.end;
    out.figures.push_back(std::move(figure));
  }
  out.marks = flat_marks(paragraph);
  return out;
}

}  // namespace budgetpdf::normalize
