#include "normalize/narrative_statements.h"

#include <algorithm>
#include <map>
#include <span>
#include <stdexcept>

#include "normalize/check_result.h"
#include "normalize/narrative_text.h"
#include "normalize/patterns.h"
#include "normalize/text_join.h"

namespace budgetpdf::normalize {
namespace {

// Words of a comparison: what comes after them in a change's clause is the
// comparison, what comes before names the item ("财政拨款收入比2025年增加").
constexpr std::string_view kComparisonWords[] = {"同比", "相比", "对比", "比", "较", "与"};
// Words naming the figure compared with, no item ("上年预算数为").
constexpr std::string_view kBaseWords[] = {"上年度", "上一年度", "上一年", "上年", "去年", "同期", "执行数", "执行",
                                           "实际", "年初"};

std::string erase_all(std::string text, std::span<const std::string_view> words) {
  for (std::string_view word : words) {
    for (size_t at = text.find(word); at != std::string::npos; at = text.find(word, at)) text.erase(at, word.size());
  }
  return text;
}

// What names the item in a figure's clause: for a change or a rate the
// words before its comparison or its direction, for the figure compared
// with its words without those naming the year.
std::string item_words(const Figure& figure) {
  std::string_view about = figure.about;
  size_t comparison = about.size();
  for (std::string_view word : kComparisonWords) comparison = std::min(comparison, about.find(word));
  // "比 2025 年年初预算数 45557.68 万元": what is compared is named before 比.
  if (figure.role == FigureRole::base && comparison < about.size()) return std::string(about.substr(0, comparison));
  if (figure.role == FigureRole::change || figure.role == FigureRole::rate) {
    size_t cut = comparison;
    if (cut == about.size()) {
      // No comparison: the direction word ends the clause ("支出增加").
      for (std::string_view word : {"增加", "减少", "增长", "下降", "降低", "上升"}) {
        size_t at = about.rfind(word);
        if (at != std::string_view::npos) cut = std::min(cut, at);
      }
    }
    return std::string(about.substr(0, cut));
  }
  if (figure.role == FigureRole::base) return erase_all(std::string(about), kBaseWords);
  return std::string(about);
}

// Words of a sentence about a project or a part of a total ("该项目…其中当年
// 财政拨款 898.00万元", "涉及一般公共预算支出 1639.34 万元", "（含上年结转
// 750.00 万元）"): its figures are that project's or part's, not the
// document's totals.
constexpr std::string_view kPartWords[] = {"该项目", "本项目", "此项目", "项目全年", "项目年初", "涉及"};
constexpr std::string_view kIncludedWords[] = {"(含", "含"};
// Totals a clause names with generic words only ("2018年预算支出合计"): under
// a heading naming a line, they are that line's.
constexpr std::string_view kWeakTopics[] = {"收入预算合计", "支出预算合计"};

class ItemReader {
 public:
  ItemReader(const std::vector<BudgetTable>& tables, std::optional<int> year)
      : tables_(tables), year_(year), classification_(tables, year) {}

  // The item `words` name; nullopt when they only restate (inherit it).
  // `basic`: the text speaks of 基本支出, so an economic line's name is
  // that line in the 基本支出 table.
  std::optional<StatedItem> read(std::string_view words, const std::map<int, PathPart>& context,
                                 const std::string& under, bool basic) const {
    std::string text(words);
    if (std::vector<PathPart> path = printed_path(text); !path.empty()) {
      std::vector<PathPart> above;
      for (const auto& [level, part] : context) above.push_back(part);
      if (auto line = classification_.resolve(path, above)) return line_item(*line, basic);
      return StatedItem{path.back().name, std::nullopt, {}, false};
    }
    std::vector<patterns::CodedName> coded = patterns::coded_names(text);
    if (!coded.empty()) {
      if (auto line = classification_.coded(coded.back().code, coded.back().name)) return line_item(*line, basic);
    }
    std::optional<TopicMatch> topic = topic_named(text);
    std::optional<Classification::NameMatch> named = classification_.named_in(text, under, basic);
    if (topic || named) {
      StatedItem item;
      if (named) item = line_item(named->line, basic);
      if (topic) {
        item.weak = std::find(std::begin(kWeakTopics), std::end(kWeakTopics), topic->topic->label) != std::end(kWeakTopics) &&
                    only_generic_words(without_numbering(topic->before));
        // A topic the tables also print as a line (公务接待费, 30217): its
        // topic's cells first, the line's after, and no code of its own.
        std::vector<TableCell> cells = topic_cells(*topic->topic, tables_, year_);
        cells.insert(cells.end(), item.cells.begin(), item.cells.end());
        item.label = std::string(topic->topic->label);
        item.line.reset();
        item.cells = std::move(cells);
        item.known = true;
      }
      return item;
    }
    std::string rest = without_numbering(text);
    if (only_generic_words(rest)) return std::nullopt;
    return StatedItem{rest, std::nullopt, {}, false};
  }

 private:
  StatedItem line_item(const NamedLine& line, bool basic) const {
    // The 基本支出 table prints an economic line's basic spending only: the
    // text's figure for it (差旅费, 委托业务费) may hold its projects too.
    bool comparable = line.system == CodeSystem::function || basic;
    return StatedItem{line.name, line, comparable ? classification_.cells(line) : std::vector<TableCell>{}, true};
  }

  const std::vector<BudgetTable>& tables_;
  std::optional<int> year_;
  Classification classification_;
};

void remember_path(std::map<int, PathPart>& context, const std::vector<PathPart>& path) {
  if (path.empty()) return;
  std::erase_if(context, [&](const auto& entry) { return entry.first >= path.front().level; });
  for (const auto& part : path) context[part.level] = part;
}

std::string subject_of(const Figure& figure, const StatedItem& item, const FigureContext& context) {
  switch (figure.role) {
    case FigureRole::amount:
    case FigureRole::explanation:
    case FigureRole::other: return item.label;
    case FigureRole::base:
      return context.final_account && figure.about.find("预算") != std::string::npos ? "年初预算数" : "上年数";
    case FigureRole::change: return "增减额";
    case FigureRole::rate: return "增减率";
    case FigureRole::share: return "占比";
    case FigureRole::completion: return "完成率";
  }
  return item.label;
}

// |a − b|; nullopt past the range of exact decimals.
std::optional<Decimal> distance(const Decimal& a, const Decimal& b) {
  try {
    Decimal miss = a - b;
    return miss < Decimal() ? Decimal() - miss : miss;
  } catch (const std::overflow_error&) {
    return std::nullopt;
  }
}

bool same_item(const StatedItem& a, const StatedItem& b) {
  if (a.line && b.line) return a.line->code == b.line->code;
  return a.label == b.label;
}

// Builds the comparisons of one paragraph as its figures come.
class ComparisonBuilder {
 public:
  explicit ComparisonBuilder(NarrativeFigures& out) : out_(out) {}

  // `fresh`: a change or rate whose clause restates its subject ("2026年
  // 预算比2025年预算增加…") compares figures of its own sentence only.
  void add(size_t index, bool explicit_item, bool fresh) {
    const Statement& statement = out_.statements[index];
    if (fresh && open_ && !in_sentence(statement.sentence_no)) close();
    switch (statement.figure.role) {
      case FigureRole::amount:
        // The year's figure restated after the one compared with
        // ("2025年…执行数为X，2026年预算安排Y") stays in its comparison.
        if (!open_ || current_.change || current_.rate ||
            (explicit_item && !same_item(item_of(current_), statement.item))) {
          close();
        }
        open_ = true;
        current_.amounts.push_back(index);
        return;
      case FigureRole::base:
        if (open_ && (current_.base || current_.change || current_.rate ||
                      (explicit_item && !same_item(item_of(current_), statement.item)))) {
          close();
        }
        open_ = true;
        current_.base = index;
        return;
      case FigureRole::change:
        if (open_ && (current_.change || (explicit_item && !same_item(item_of(current_), statement.item)))) close();
        open_ = true;
        current_.change = index;
        return;
      case FigureRole::rate:
        if (open_ && (current_.rate || (explicit_item && !same_item(item_of(current_), statement.item)))) close();
        open_ = true;
        current_.rate = index;
        return;
      default: return;
    }
  }

  void flat() {
    if (open_ && !current_.change && !current_.rate) current_.flat = true;
  }

  void close() {
    if (open_) out_.comparisons.push_back(current_);
    current_ = Comparison{};
    open_ = false;
  }

  const StatedItem* current_item() const {
    if (!open_) return nullptr;
    return &item_of(current_);
  }

 private:
  const StatedItem& item_of(const Comparison& comparison) const {
    if (!comparison.amounts.empty()) return out_.statements[comparison.amounts.front()].item;
    for (auto index : {comparison.base, comparison.change, comparison.rate}) {
      if (index) return out_.statements[*index].item;
    }
    static const StatedItem none;
    return none;
  }

  bool in_sentence(size_t sentence_no) const {
    auto same = [&](size_t index) { return out_.statements[index].sentence_no == sentence_no; };
    if (std::any_of(current_.amounts.begin(), current_.amounts.end(), same)) return true;
    for (auto index : {current_.base, current_.change, current_.rate}) {
      if (index && same(*index)) return true;
    }
    return false;
  }

  NarrativeFigures& out_;
  Comparison current_;
  bool open_ = false;
};

// What a heading or a paragraph's title names ("（一）因公出国（境）费用。",
// "二、机关运行经费预算"): read as a clause, its title words dropped.
std::string title_words(std::string_view text) {
  std::string words = without_numbering(squeeze(text));
  for (std::string_view tail : {"情况说明", "预算情况", "情况", "说明", "。", ":", "：", "(详见表", "预算表", "表"}) {
    size_t at = words.find(tail);
    if (at != std::string::npos && at > 0) words.erase(at);
  }
  return words;
}

// What a paragraph says before its first figure, up to where that ends
// ("（一）因公出国（境）费用。", "（一）公共安全支出（类）检察（款）:"); empty
// when it says nothing before it.
std::string_view paragraph_title(std::string_view paragraph, size_t first_figure) {
  std::string_view before = paragraph.substr(0, first_figure);
  size_t end = std::string_view::npos;
  for (std::string_view mark : {"。", "：", ":"}) {
    size_t found = before.rfind(mark);
    if (found != std::string_view::npos && (end == std::string_view::npos || found > end)) end = found;
  }
  return end == std::string_view::npos ? std::string_view() : before.substr(0, end);
}

// Whether a figure is a project's or a part's, not the document's total of
// what it names.
bool of_a_part(const Figure& figure, std::string_view sentence_before) {
  std::string words = squeeze(sentence_before);
  auto in_sentence = [&](std::string_view word) { return words.find(word) != std::string::npos; };
  auto leads = [&](std::string_view word) { return figure.about.starts_with(word); };
  return std::any_of(std::begin(kPartWords), std::end(kPartWords), in_sentence) ||
         std::any_of(std::begin(kIncludedWords), std::end(kIncludedWords), leads);
}

// The cell an amount is compared with: the first that agrees, else the
// nearest printed total (a line's basic or project spending, an empty cell,
// only where it agrees), the first of those equally near.
std::optional<TableCell> compared_cell(const Figure& figure, const std::vector<TableCell>& cells) {
  for (const auto& cell : cells) {
    if (agrees(figure, cell).value_or(false)) return cell;
  }
  std::optional<TableCell> nearest_cell;
  std::optional<Decimal> nearest;
  for (const auto& cell : cells) {
    if (!cell.printed || cell.column == "basic" || cell.column == "project") continue;
    std::optional<Decimal> value = in_figure_unit(figure, cell);
    std::optional<Decimal> miss = value ? distance(*value, figure.value) : std::nullopt;
    if (miss && (!nearest || *miss < *nearest)) {
      nearest = *miss;
      nearest_cell = cell;
    }
  }
  return nearest_cell;
}

// What a section has named so far, that its figures' clauses may leave
// unsaid.
struct SectionContext {
  std::map<int, PathPart> path;         // the levels of the last path printed
  std::string under;                    // the 类 of the last line named
  std::optional<StatedItem> heading;    // what the heading names
  std::optional<StatedItem> last_line;  // the last line named
  bool basic = false;                   // the heading speaks of 基本支出

  void named(const StatedItem& item) {
    if (!item.line) return;
    under = item.line->code.substr(0, 3);
    last_line = item;
  }
};

}  // namespace

NarrativeFigures narrative_figures(const std::vector<Section>& sections, const std::vector<BudgetTable>& tables,
                                   const FigureContext& context) {
  NarrativeFigures out;
  ItemReader reader(tables, context.year);
  size_t sentence_no = 0;
  for (size_t s = 0; s < sections.size(); ++s) {
    NarrativeText text = narrative_text(sections[s]);
    SectionContext section;
    section.basic = text.heading && text.heading->find("基本支出") != std::string::npos;
    if (text.heading) {
      std::string words = title_words(*text.heading);
      remember_path(section.path, printed_path(words));
      section.heading = reader.read(words, section.path, section.under, section.basic);
      if (section.heading && !section.heading->known) section.heading.reset();
      if (section.heading) section.named(*section.heading);
    }
    for (const auto& paragraph : text.paragraphs) {
      if (out.statements.size() >= context.max_statements) {
        out.capped_in_section = s;
        return out;
      }
      bool basic = section.basic || paragraph.find("基本支出") != std::string::npos;
      ParagraphFigures figures = read_figures(paragraph, context);
      if (figures.figures.empty()) continue;
      ComparisonBuilder comparisons(out);
      std::optional<StatedItem> paragraph_item;
      if (std::string_view title = paragraph_title(paragraph, figures.figures.front().begin); !title.empty()) {
        std::string words = title_words(title);
        remember_path(section.path, printed_path(words));
        auto item = reader.read(words, section.path, section.under, basic);
        if (item && item->known) paragraph_item = item;
        if (item) section.named(*item);
      }
      size_t next_mark = 0, last_sentence_begin = std::string::npos;
      for (const auto& figure : figures.figures) {
        for (; next_mark < figures.marks.size() && figures.marks[next_mark].at < figure.begin; ++next_mark) {
          comparisons.flat();
        }
        std::string words = item_words(figure);
        remember_path(section.path, printed_path(words));
        auto [sentence_begin, sentence_end] = sentence_around(paragraph, figure.begin);
        std::optional<StatedItem> item;
        if (figure.role == FigureRole::explanation ||
            of_a_part(figure, std::string_view(paragraph).substr(sentence_begin, figure.begin - sentence_begin))) {
          item = StatedItem{without_numbering(words), std::nullopt, {}, false};
        } else {
          item = reader.read(words, section.path, section.under, basic);
        }
        if (item && item->weak && section.last_line) item = section.last_line;
        bool explicit_item = item.has_value();
        std::string stem = without_numbering(words);
        bool fresh = (figure.role == FigureRole::change || figure.role == FigureRole::rate) && !item &&
                     !stem.empty() && only_generic_words(stem);
        // A change, a rate or a share whose clause names something unknown
        // is still of what its paragraph is about.
        bool of_another = figure.role == FigureRole::change || figure.role == FigureRole::rate ||
                          figure.role == FigureRole::share || figure.role == FigureRole::completion;
        if (item && !item->known && of_another) {
          item.reset();
          explicit_item = false;
        }
        if (!item) {
          if (const StatedItem* current = comparisons.current_item()) item = *current;
          else if (paragraph_item) item = paragraph_item;
          else if (section.heading) item = section.heading;
          else item = StatedItem{text.heading ? title_words(*text.heading) : stem, std::nullopt, {}, false};
        }
        section.named(*item);
        if (figure.role == FigureRole::amount && item->known) paragraph_item = item;
        if (sentence_begin != last_sentence_begin) ++sentence_no;
        last_sentence_begin = sentence_begin;

        Statement statement;
        statement.section = s;
        statement.sentence_no = sentence_no;
        statement.sentence = paragraph.substr(sentence_begin, sentence_end - sentence_begin);
        statement.subject = subject_of(figure, *item, context);
        statement.item = std::move(*item);
        statement.figure = figure;
        if (figure.role == FigureRole::amount) statement.compared = compared_cell(figure, statement.item.cells);
        out.statements.push_back(std::move(statement));
        comparisons.add(out.statements.size() - 1, explicit_item, fresh);
      }
      for (; next_mark < figures.marks.size(); ++next_mark) comparisons.flat();
      comparisons.close();
    }
  }
  return out;
}

std::optional<Decimal> in_figure_unit(const Figure& figure, const TableCell& cell) {
  if (figure.unit == "%" || !cell.table->unit) return std::nullopt;
  static const std::vector<std::string> money = {"元", "千元", "万元", "亿元"};
  if (std::find(money.begin(), money.end(), *cell.table->unit) == money.end()) return std::nullopt;
  return in_unit(cell.value, cell.table->unit, figure.unit);
}

std::optional<bool> agrees(const Figure& figure, const TableCell& cell) {
  std::optional<Decimal> table = in_figure_unit(figure, cell);
  std::optional<Decimal> miss = table ? distance(*table, figure.value) : std::nullopt;
  if (!miss) return std::nullopt;
  // Half a unit of the stated precision either way (rounded), or less than
  // a unit below the table's value (cut off there).
  auto place = static_cast<size_t>(figure.value.scale());
  Decimal half = *Decimal::parse(place == 0 ? "0.5" : "0." + std::string(place, '0') + "5");
  Decimal unit = *Decimal::parse(place == 0 ? "1" : "0." + std::string(place - 1, '0') + "1");
  return *miss <= half || (figure.value <= *table && *miss < unit);
}

schema::Record to_record(const Statement& statement, const std::vector<Section>& sections, const std::string& doc_id,
                         bool has_pages) {
  const Section& section = sections[statement.section];
  schema::Record record(schema::statement_type());
  const TableCell* cell = statement.compared ? &*statement.compared : nullptr;
  std::string_view direction = direction_name(statement.figure.direction);
  record.set("doc_id", doc_id)
      .set("heading", schema::optional_text(section.heading))
      .set("sentence", statement.sentence)
      .set("subject", statement.subject)
      .set("item", statement.item.label.empty() ? schema::Value{} : schema::Value{statement.item.label})
      .set("value", statement.figure.value)
      .set("unit", statement.figure.unit)
      .set("direction", direction.empty() ? schema::Value{} : schema::Value{std::string(direction)})
      .set("table", cell ? schema::Value{std::string(kind_name(cell->table->kind))} : schema::Value{})
      .set("code", cell && cell->line->code ? schema::Value{*cell->line->code} : schema::Value{})
      .set("row", cell ? schema::Value{cell->line->name} : schema::Value{})
      .set("column", cell ? schema::Value{cell->column} : schema::Value{})
      .set("pages", has_pages ? schema::Value{section.pages} : schema::Value{});
  return record;
}

}  // namespace budgetpdf::normalize
