#include "schema/record.h"

#include <array>
#include <stdexcept>
#include <string>

namespace budgetpdf::schema {
namespace {

using enum FieldType;

constexpr FieldDef kDocumentFields[] = {
    {"record", text, "record type"},
    {"doc_id", text, "lowercase hex SHA-256 of the input file's bytes"},
    {"source", text, "file name as given"},
    {"kind", text, "budget (预算) or final_account (决算)"},
    {"year", integer, "fiscal year"},
    {"dept_code", text, "department code printed before the name"},
    {"dept_name", text, "department name"},
    {"unit", text, "unit of the standard budget tables"},
    {"page_count", integer, "pages of the PDF; null for text dumps"},
};

constexpr FieldDef kTableFields[] = {
    {"record", text, "record type"},
    {"doc_id", text, "document id"},
    {"table", text, "table kind"},
    {"title", text, "title as printed"},
    {"unit", text, "unit printed in the table's own header"},
    {"columns", columns, "columns as {key, label}; label is the header path joined with /"},
    {"row_count", integer, "number of data rows"},
    {"note", text, "note printed with the table, e.g. 空表列示"},
    {"pages", int_list, "pages the table spans; null for text dumps"},
};

constexpr FieldDef kBudgetLineFields[] = {
    {"record", text, "record type"},
    {"doc_id", text, "document id"},
    {"table", text, "table kind"},
    {"side", text, "income / expenditure for two-sided tables, else null"},
    {"row_no", integer, "序号 as printed"},
    {"code", text, "classification code, digits only"},
    {"code_system", text, "function / economic"},
    {"level", integer, "code level: 1 类, 2 款, 3 项"},
    {"name", text, "item name"},
    {"amounts", amounts, "every amount column by key, exact decimals in the table's unit"},
    {"pages", int_list, "pages the row spans"},
    {"repairs", text_list, "what reconstruction did to read the row"},
    {"texts", text_list, "cells of the table's columns of words (采购物品名称 …), in their order"},
};

constexpr FieldDef kInstitutionFields[] = {
    {"record", text, "record type"},
    {"doc_id", text, "document id"},
    {"name", text, "单位名称"},
    {"nature", text, "单位性质"},
    {"rank", text, "单位规格"},
    {"funding", text, "经费保障形式"},
    {"pages", int_list, "pages the row spans"},
    {"repairs", text_list, "what reconstruction did to read the row"},
};

constexpr FieldDef kProjectFields[] = {
    {"record", text, "record type"},
    {"doc_id", text, "document id"},
    {"project_no", integer, "project number as printed"},
    {"title", text, "title as printed, without the number"},
    {"name", text, "title without the number and the 绩效目标表 suffix"},
    {"goal", text, "the 绩效目标 text"},
    {"pages", int_list, "pages the table spans"},
    {"repairs", text_list, "what reconstruction did to read the goal"},
    {"scope", text, "project, or department for the 部门整体支出绩效目标表"},
    {"total_amount", decimal, "项目总额/资金总额"},
    {"fiscal_amount", decimal, "财政资金/财政拨款"},
    {"other_amount", decimal, "其他资金"},
    {"amount_unit", text, "unit of the amounts (万元, 元)"},
    {"period", text, "实施期"},
    {"unit_name", text, "实施单位"},
    {"department", text, "主管部门"},
    {"budget_initial", decimal, "年初预算数 (self-evaluation)"},
    {"budget_full_year", decimal, "全年预算数 (self-evaluation)"},
    {"executed", decimal, "全年执行数 (self-evaluation)"},
    {"execution_rate", decimal, "执行率 in percent, as printed (self-evaluation)"},
    {"weight", decimal, "分值 of the whole (self-evaluation)"},
    {"score", decimal, "得分 of the whole (self-evaluation)"},
    {"funds", objects,
     "funding lines as printed ({label, source, use, and amount or the self-evaluation's columns}), null without a "
     "breakdown"},
    {"tasks", objects, "department-wide tasks ({name, content, total_amount, fiscal_amount, other_amount})"},
};

constexpr FieldDef kIndicatorFields[] = {
    {"record", text, "record type"},
    {"doc_id", text, "document id"},
    {"project_no", integer, "project number"},
    {"seq", integer, "row order within the project"},
    {"level1", text, "一级指标"},
    {"level2", text, "二级指标"},
    {"level3", text, "三级指标"},
    {"description", text, "绩效指标描述"},
    {"value_raw", text, "指标值, cleaned"},
    {"op", text, "comparison operator of the value"},
    {"value", decimal, "the number of the value"},
    {"value_unit", text, "the unit of the value"},
    {"basis", text, "指标值确定依据"},
    {"pages", int_list, "pages the row spans"},
    {"repairs", text_list, "what reconstruction did to read the row"},
    {"scoring_rule", text, "评分标准"},
    {"weight", decimal, "分值/权重"},
    {"actual_raw", text, "实际完成值 (self-evaluation)"},
    {"score", decimal, "得分 (self-evaluation)"},
    {"deviation_reason", text, "偏差原因分析及改进措施 (self-evaluation)"},
};

constexpr FieldDef kSectionFields[] = {
    {"record", text, "record type"},
    {"doc_id", text, "document id"},
    {"heading", text, "heading as printed"},
    {"text", text, "paragraphs joined by newlines"},
    {"pages", int_list, "pages the section spans"},
    {"repairs", text_list, "what reconstruction did to read the text"},
};

constexpr FieldDef kStatementFields[] = {
    {"record", text, "record type"},
    {"doc_id", text, "document id"},
    {"heading", text, "heading of the section stating it"},
    {"sentence", text, "the sentence stating it, as printed"},
    {"subject", text, "what it is: the item for its figure, else 增减额, 增减率, 上年数, 占比, 完成率"},
    {"item", text, "what it is about: a total (收入预算合计), a line's name (行政运行), else the text's words"},
    {"value", decimal, "the figure as printed, thousands separators removed"},
    {"unit", text, "元, 千元, 万元, 亿元 or %"},
    {"direction", text, "a change's or rate's direction as worded: increase, decrease, unchanged, unstated"},
    {"table", text, "table kind of the cell it was compared with; null when no table states it"},
    {"code", text, "code of the row it was compared with"},
    {"row", text, "name of the row it was compared with"},
    {"column", text, "column key of the cell it was compared with"},
    {"pages", int_list, "pages of its section"},
};

constexpr FieldDef kCheckFields[] = {
    {"record", text, "record type"},
    {"doc_id", text, "document id"},
    {"rule", text, "stable rule id"},
    {"table", text, "table kind the rule is about"},
    {"subject", text, "code or row name"},
    {"column", text, "column key"},
    {"expected", decimal, "value the rule expects"},
    {"actual", decimal, "value printed"},
    {"ok", boolean, "whether the rule holds"},
    {"detail", text, "what was printed, for checks about a cell that could not be read"},
    {"within_rounding", boolean, "a failed sum missing by at most half a unit of the printed precision per term"},
};

constexpr FieldDef kErrorFields[] = {
    {"record", text, "record type"},
    {"doc_id", text, "document id"},
    {"source", text, "file name as given"},
    {"code", text, "encrypted, no_text_layer, damaged, not_a_disclosure, io, unsupported, internal, too_large"},
    {"message", text, "what is wrong and what to do"},
};

const RecordType kDocument{"document", kDocumentFields};
const RecordType kTable{"table", kTableFields};
const RecordType kBudgetLine{"budget_line", kBudgetLineFields};
const RecordType kInstitution{"institution", kInstitutionFields};
const RecordType kProject{"performance_project", kProjectFields};
const RecordType kIndicator{"performance_indicator", kIndicatorFields};
const RecordType kSection{"section", kSectionFields};
const RecordType kStatement{"statement", kStatementFields};
const RecordType kCheck{"check", kCheckFields};
const RecordType kError{"error", kErrorFields};

const std::array<const RecordType*, 10> kAllTypes = {
    &kDocument, &kTable, &kBudgetLine, &kInstitution, &kProject,
    &kIndicator, &kSection, &kStatement, &kCheck, &kError,
};

}  // namespace

size_t RecordType::index_of(std::string_view field) const {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (fields[i].name == field) return i;
  }
  throw std::logic_error("record type " + std::string(name) + " has no field " + std::string(field));
}

const RecordType& document_type() { return kDocument; }
const RecordType& table_type() { return kTable; }
const RecordType& budget_line_type() { return kBudgetLine; }
const RecordType& institution_type() { return kInstitution; }
const RecordType& performance_project_type() { return kProject; }
const RecordType& performance_indicator_type() { return kIndicator; }
const RecordType& section_type() { return kSection; }
const RecordType& statement_type() { return kStatement; }
const RecordType& check_type() { return kCheck; }
const RecordType& error_type() { return kError; }
std::span<const RecordType* const> all_record_types() { return kAllTypes; }

Record::Record(const RecordType& type) : type_(&type), values_(type.fields.size()) {
  values_[type.index_of("record")] = std::string(type.name);
}

namespace {

bool fits(FieldType type, const Value& value) {
  if (std::holds_alternative<std::monostate>(value)) return true;
  switch (type) {
    case FieldType::text: return std::holds_alternative<std::string>(value);
    case FieldType::integer: return std::holds_alternative<std::int64_t>(value);
    case FieldType::boolean: return std::holds_alternative<bool>(value);
    case FieldType::decimal: return std::holds_alternative<Decimal>(value);
    case FieldType::int_list: return std::holds_alternative<std::vector<int>>(value);
    case FieldType::text_list: return std::holds_alternative<std::vector<std::string>>(value);
    case FieldType::amounts: return std::holds_alternative<Amounts>(value);
    case FieldType::columns: return std::holds_alternative<Columns>(value);
    case FieldType::objects: return std::holds_alternative<Objects>(value);
  }
  return false;
}

}  // namespace

Record& Record::set(std::string_view field, Value value) {
  size_t index = type_->index_of(field);
  if (!fits(type_->fields[index].type, value)) {
    throw std::logic_error("field " + std::string(type_->name) + "." + std::string(field) + " set with a value of the wrong type");
  }
  values_[index] = std::move(value);
  return *this;
}

const Value& Record::get(std::string_view field) const {
  return values_[type_->index_of(field)];
}

Value optional_text(const std::optional<std::string>& text) {
  if (!text) return std::monostate{};
  return *text;
}

Value optional_decimal(const std::optional<Decimal>& value) {
  if (!value) return std::monostate{};
  return *value;
}

}  // namespace budgetpdf::schema
