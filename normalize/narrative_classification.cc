#include "normalize/narrative_classification.h"

#include <algorithm>
#include <set>

#include "normalize/patterns.h"
#include "normalize/text_join.h"

namespace budgetpdf::normalize {
namespace {

constexpr std::string_view kQuotes[] = {"“", "”", "‘", "’", "\"", "「", "」"};

// A name as compared: no quotes, no "支出" at its end (the text says
// "一般公共服务（类）" for the tables' 一般公共服务支出).
std::string comparable(std::string_view name) {
  std::string out = squeeze(name);
  for (std::string_view quote : kQuotes) {
    for (size_t at = out.find(quote); at != std::string::npos; at = out.find(quote, at)) out.erase(at, quote.size());
  }
  for (std::string_view tail : {"支出", "(类)", "(款)", "(项)"}) {
    if (out.size() > tail.size() && out.ends_with(tail)) out.erase(out.size() - tail.size());
  }
  return out;
}

size_t level_length(int level) { return level == 1 ? 3 : level == 2 ? 5 : 7; }

int level_of(std::string_view code) { return code.size() == 3 ? 1 : code.size() == 5 ? 2 : 3; }

// Tables whose lines state a function line's amount, the one the narrative
// explains first.
constexpr TableKind kLineTables[] = {TableKind::general_public, TableKind::expenditure, TableKind::income,
                                     TableKind::gov_fund,       TableKind::state_capital, TableKind::general_public_basic,
                                     TableKind::other};
constexpr std::string_view kLineColumns[] = {"total", "current_expenditure", "amount", "basic", "project"};

}  // namespace

std::vector<PathPart> printed_path(std::string_view about) {
  std::vector<PathPart> parts;
  size_t name_begin = 0;
  for (const auto& marker : patterns::classification_markers(about)) {
    // "（一）公共安全（类）1．法院（款）": each name may carry its numbering.
    std::string name = without_numbering(about.substr(name_begin, marker.begin - name_begin));
    for (std::string_view quote : kQuotes) {
      for (size_t at = name.find(quote); at != std::string::npos; at = name.find(quote, at)) name.erase(at, quote.size());
    }
    // "公共安全（类）支出" then "法院（款）": what follows a 类 marker before the
    // next name is no name of its own.
    if (!parts.empty() && name.starts_with("支出")) name.erase(0, std::string_view("支出").size());
    parts.push_back({marker.level, marker.digits, name});
    name_begin = marker.end;
  }
  return parts;
}

Classification::Classification(const std::vector<BudgetTable>& tables, std::optional<int> year)
    : tables_(&tables), year_(year) {
  for (const auto& table : tables) {
    for (const auto& line : table.lines) {
      if (!line.code || !line.level || line.code_system == CodeSystem::none) continue;
      auto same = std::find_if(codes_.begin(), codes_.end(), [&](const Code& code) {
        return code.code == *line.code && code.system == line.code_system;
      });
      if (same == codes_.end()) same = codes_.insert(codes_.end(), {*line.code, line.code_system, {}, line.name});
      std::string name = comparable(line.name);
      if (!name.empty() && std::find(same->names.begin(), same->names.end(), name) == same->names.end()) {
        same->names.push_back(name);
      }
    }
  }
}

const Classification::Code* Classification::find(std::string_view code, CodeSystem system) const {
  for (const auto& known : codes_) {
    if (known.code == code && known.system == system) return &known;
  }
  return nullptr;
}

bool Classification::name_fits(const Code& code, std::string_view name) const {
  std::string printed = comparable(name);
  return std::find(code.names.begin(), code.names.end(), printed) != code.names.end();
}

std::vector<NameMismatch> Classification::mismatches(const std::string& code, CodeSystem system,
                                                     const std::vector<PathPart>& parts) const {
  std::vector<NameMismatch> out;
  for (const auto& part : parts) {
    if (part.name.empty() || level_length(part.level) > code.size()) continue;
    const Code* known = find(std::string_view(code).substr(0, level_length(part.level)), system);
    if (known && !name_fits(*known, part.name)) out.push_back({known->code, part.name, known->printed});
  }
  return out;
}

std::optional<NamedLine> Classification::resolve(const std::vector<PathPart>& printed,
                                                 const std::vector<PathPart>& context) const {
  if (printed.empty()) return std::nullopt;
  std::vector<PathPart> parts;
  for (const auto& part : context) {
    if (part.level < printed.front().level) parts.push_back(part);
  }
  parts.insert(parts.end(), printed.begin(), printed.end());
  const PathPart& deepest = parts.back();

  // The codes the markers print, chained from the 类 down.
  std::string chained;
  for (const auto& part : parts) {
    if (part.level == 1 && part.digits.size() == 3) chained = part.digits;
    else if (part.level > 1 && part.digits.size() == 2 && chained.size() == level_length(part.level - 1)) chained += part.digits;
  }
  for (CodeSystem system : {CodeSystem::function, CodeSystem::economic}) {
    if (chained.size() == level_length(deepest.level) && find(chained, system)) {
      return NamedLine{chained, system, find(chained, system)->printed, mismatches(chained, system, parts)};
    }
  }

  // Else the most specific name, narrowed by the names above it.
  for (CodeSystem system : {CodeSystem::function, CodeSystem::economic}) {
    std::vector<const Code*> named;
    for (const auto& code : codes_) {
      if (code.system == system && level_of(code.code) == deepest.level && name_fits(code, deepest.name)) {
        named.push_back(&code);
      }
    }
    if (named.empty()) continue;
    auto fitting = [&](const Code* code) {
      int fits = 0;
      for (const auto& part : parts) {
        if (&part == &deepest || part.name.empty()) continue;
        const Code* above = find(std::string_view(code->code).substr(0, level_length(part.level)), system);
        if (above && name_fits(*above, part.name)) ++fits;
      }
      return fits;
    };
    int best = -1;
    std::vector<const Code*> best_codes;
    for (const Code* code : named) {
      int fits = fitting(code);
      if (fits > best) best_codes.clear();
      if (fits >= best) {
        best = fits;
        best_codes.push_back(code);
      }
    }
    bool ancestors_named = std::any_of(parts.begin(), parts.end() - 1, [](const PathPart& part) { return !part.name.empty(); });
    // Names above that fit no candidate say the line is another, unprinted one.
    if (best_codes.size() != 1 || (ancestors_named && best == 0)) return std::nullopt;
    const Code& code = *best_codes.front();
    return NamedLine{code.code, system, code.printed, mismatches(code.code, system, parts)};
  }
  return std::nullopt;
}

std::optional<NamedLine> Classification::coded(std::string_view code, std::string_view printed_name) const {
  const Code* known = find(code, CodeSystem::function);
  if (!known) return std::nullopt;
  NamedLine line{known->code, CodeSystem::function, known->printed, {}};
  if (!printed_name.empty() && !name_fits(*known, printed_name)) {
    line.mismatches.push_back({known->code, std::string(printed_name), known->printed});
  }
  return line;
}

std::optional<Classification::NameMatch> Classification::named_in(std::string_view about, const std::string& under,
                                                                  bool basic) const {
  std::string text = comparable(about);
  size_t best_end = 0, best_length = 0;
  std::vector<const Code*> tied;
  for (const auto& code : codes_) {
    bool distinct = code.system == CodeSystem::function ? level_of(code.code) == 1 : basic;
    if (!distinct) continue;
    for (const auto& name : code.names) {
      // A name of one or two characters ("奖金") names nothing for sure.
      if (code_point_count(name) < 3) continue;
      size_t at = text.rfind(name);
      if (at == std::string::npos || !only_generic_words(std::string_view(text).substr(at + name.size()))) continue;
      if (!plain_prefix(std::string_view(text).substr(0, at))) continue;
      size_t end = at + name.size();
      if (end > best_end || (end == best_end && name.size() > best_length)) {
        best_end = end;
        best_length = name.size();
        tied = {&code};
      } else if (end == best_end && name.size() == best_length && tied.back() != &code) {
        tied.push_back(&code);
      }
    }
  }
  if (tied.size() > 1 && !under.empty()) {
    std::vector<const Code*> below;
    for (const Code* code : tied) {
      if (code->code.starts_with(under)) below.push_back(code);
    }
    tied = below;
  }
  std::set<std::pair<std::string, CodeSystem>> codes;
  for (const Code* code : tied) codes.insert({code->code, code->system});
  if (codes.size() != 1) return std::nullopt;
  return NameMatch{{tied.front()->code, tied.front()->system, tied.front()->printed, {}}, best_end};
}

std::vector<TableCell> Classification::cells(const NamedLine& named) const {
  std::vector<TableCell> out;
  auto add = [&](const BudgetTable& table, const BudgetLine& line, std::optional<std::string> key) {
    if (!key) return;
    if (std::optional<Decimal> value = line.amount_or_zero(*key); value && line.has_amount(*key)) {
      out.push_back({&table, &line, *key, *value});
    }
  };
  for (TableKind kind : kLineTables) {
    for (const auto& table : *tables_) {
      if (table.kind != kind) continue;
      for (const auto& line : table.lines) {
        if (!line.code || *line.code != named.code || line.code_system != named.system) continue;
        bool has_total = false;
        for (std::string_view column : kLineColumns) {
          std::optional<std::string> key = column_of_year(table, column, year_);
          has_total = has_total || (key && column != "basic" && column != "project");
          add(table, line, key);
        }
        if (!has_total) add(table, line, total_column_of_year(table, year_));
      }
    }
  }
  // A 类 as the summary tables print it: by name, without its code.
  if (level_of(named.code) == 1 && named.system == CodeSystem::function) {
    const Code* code = find(named.code, named.system);
    for (const auto& table : *tables_) {
      if (table.kind != TableKind::summary && table.kind != TableKind::fiscal_summary) continue;
      for (const auto& line : table.lines) {
        if (line.code || line.side != Side::expenditure || !code) continue;
        if (!name_fits(*code, without_numbering(squeeze(line.name)))) continue;
        for (std::string_view column : {"amount", "total", "general_public"}) add(table, line, column_of_year(table, column, year_));
      }
    }
  }
  return out;
}

}  // namespace budgetpdf::normalize
