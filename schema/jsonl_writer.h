#pragma once
// JSON Lines, the contract's own form: one object per record, keys in the
// order of the record's field table, amounts as decimal strings.

#include <ostream>
#include <string>

#include "schema/record.h"

namespace budgetpdf::schema {

// The record as one line of JSON, without the newline.
std::string to_json_line(const Record& record);

// One field value as JSON text, as it stands in the record's line ("[4,5]",
// "{\"total\":\"6.00\"}", "\"40.00\"", "null"). SQL and CSV outputs store
// list, amounts and columns fields in this form.
std::string to_json_text(const Value& value);

class JsonlWriter {
 public:
  explicit JsonlWriter(std::ostream& out) : out_(out) {}
  void write(const Record& record);

 private:
  std::ostream& out_;
};

}  // namespace budgetpdf::schema
