#pragma once
// One definition of every record type of the contract (RECORDS.md): a field
// table per type. JSON key order, CSV headers and SQL DDL are all derived
// from these tables; a record is a row of values in its type's field order.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "schema/decimal.h"

namespace budgetpdf::schema {

enum class FieldType {
  text,       // UTF-8 string
  integer,    // 64-bit integer
  boolean,
  decimal,    // exact decimal, written as a JSON string
  int_list,   // e.g. pages: [4,5]
  text_list,  // e.g. repairs
  amounts,    // ordered {column key: decimal or null}
  columns,    // ordered [{key, label}]
  objects,    // list of flat objects, each value text or null: e.g. a project's funds
};

struct FieldDef {
  std::string_view name;
  FieldType type;
  std::string_view meaning;  // one line, for docs and SQL comments
};

struct RecordType {
  std::string_view name;  // the `record` value, also the SQL table name
  std::span<const FieldDef> fields;

  // Index of `field` in fields; throws std::logic_error for an unknown name
  // (a programming error: the record tables are the single definition).
  size_t index_of(std::string_view field) const;
};

// The record types of the contract, in the order documents list them.
const RecordType& document_type();
const RecordType& table_type();
const RecordType& budget_line_type();
const RecordType& institution_type();
const RecordType& performance_project_type();
const RecordType& performance_indicator_type();
const RecordType& section_type();
const RecordType& statement_type();
const RecordType& check_type();
const RecordType& error_type();
std::span<const RecordType* const> all_record_types();

using Amounts = std::vector<std::pair<std::string, std::optional<Decimal>>>;
struct Column {
  std::string key;
  std::string label;
};
using Columns = std::vector<Column>;
// A flat object: its keys in order, each with a text or null.
using Object = std::vector<std::pair<std::string, std::optional<std::string>>>;
using Objects = std::vector<Object>;

using Value = std::variant<std::monostate, bool, std::int64_t, std::string, Decimal,
                           std::vector<int>, std::vector<std::string>, Amounts, Columns, Objects>;

class Record {
 public:
  explicit Record(const RecordType& type);

  const RecordType& type() const { return *type_; }
  // Sets a field by name (the `record` field is set by the constructor).
  Record& set(std::string_view field, Value value);
  const Value& get(std::string_view field) const;
  const std::vector<Value>& values() const { return values_; }

 private:
  const RecordType* type_;
  std::vector<Value> values_;
};

// Helpers for optional values: nullopt becomes a JSON null.
Value optional_text(const std::optional<std::string>& text);
Value optional_decimal(const std::optional<Decimal>& value);

}  // namespace budgetpdf::schema
