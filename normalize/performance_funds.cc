#include "normalize/performance_funds.h"

#include <algorithm>

#include "normalize/text_join.h"

namespace budgetpdf::normalize {
namespace {

bool has(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

// Sources from the most specific: 一般公共预算财政拨款 is general_public, and
// 财政专户 money is the department's own, held by the treasury, no 财政拨款.
constexpr std::pair<std::string_view, std::string_view> kSources[] = {
    {"财政专户", "special_account"}, {"一般公共预算", "general_public"}, {"政府性基金", "gov_fund"},
    {"上年结转", "carried_over"},     {"财政拨款", "fiscal"},             {"财政资金", "fiscal"},
    {"其他资金", "other"},
};

constexpr std::pair<std::string_view, std::string_view> kUses[] = {
    {"基本支出", "basic"},
    {"项目支出", "project"},
};

std::optional<std::string> text_of(const std::optional<schema::Decimal>& value) {
  if (!value) return std::nullopt;
  return value->to_string();
}

}  // namespace

std::string funding_label(std::string_view squeezed_label) { return std::string(bare_label(squeezed_label)); }

std::optional<FundingKind> funding_kind_of(std::string_view squeezed_label) {
  if (squeezed_label.empty() || code_point_count(squeezed_label) > kMaxLabelLength) return std::nullopt;
  std::string label = funding_label(squeezed_label);
  FundingKind kind;
  for (auto [words, source] : kSources) {
    if (has(label, words)) {
      kind.source = source;
      break;
    }
  }
  for (auto [words, use] : kUses) {
    if (has(label, words)) kind.use = use;
  }
  if (!kind.source && !kind.use) return std::nullopt;
  return kind;
}

std::optional<std::string_view> funding_key(ProjectFact fact) {
  // A line's own amount is "amount"; fiscal and other are lines of their own.
  if (fact == ProjectFact::total_amount) return "amount";
  if (fact == ProjectFact::fiscal_amount || fact == ProjectFact::other_amount) return std::nullopt;
  std::string_view field = fact_field(fact);
  if (field.empty()) return std::nullopt;
  return field;
}

std::optional<TaskField> task_field_of(std::string_view squeezed_label) {
  if (squeezed_label == "任务名称") return TaskField::name;
  if (squeezed_label == "主要内容") return TaskField::content;
  return std::nullopt;
}

std::optional<schema::Decimal> FundingLine::amount(std::string_view key) const {
  for (const auto& entry : amounts) {
    if (entry.first == key) return entry.second;
  }
  return std::nullopt;
}

bool is_breakdown(const std::vector<FundingLine>& funds) {
  return std::any_of(funds.begin(), funds.end(), [](const FundingLine& line) {
    bool own_field = !line.kind.use && (line.kind.source == "fiscal" || line.kind.source == "other");
    bool amount_only = std::all_of(line.amounts.begin(), line.amounts.end(),
                                   [](const auto& entry) { return entry.first == "amount"; });
    return !own_field || !amount_only;
  });
}

schema::Value funds_value(const std::vector<FundingLine>& funds) {
  if (funds.empty()) return std::monostate{};
  schema::Objects objects;
  for (const auto& line : funds) {
    schema::Object object{{"label", line.label}};
    object.emplace_back("source", line.kind.source ? std::optional<std::string>(*line.kind.source) : std::nullopt);
    object.emplace_back("use", line.kind.use ? std::optional<std::string>(*line.kind.use) : std::nullopt);
    for (const auto& entry : line.amounts) object.emplace_back(entry.first, text_of(entry.second));
    objects.push_back(std::move(object));
  }
  return objects;
}

schema::Value tasks_value(const std::vector<Task>& tasks) {
  if (tasks.empty()) return std::monostate{};
  schema::Objects objects;
  for (const auto& task : tasks) {
    objects.push_back({{"name", task.name},
                       {"content", task.content},
                       {"total_amount", text_of(task.total_amount)},
                       {"fiscal_amount", text_of(task.fiscal_amount)},
                       {"other_amount", text_of(task.other_amount)}});
  }
  return objects;
}

}  // namespace budgetpdf::normalize
