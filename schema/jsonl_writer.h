#pragma once
// JSON Lines, the contract's own form: one object per record, keys in the
// order of the record's field table, amounts as decimal strings.

#include <ostream>
#include <string>

#include "schema/record.h"

namespace budgetpdf::schema {

// The record as one line of JSON, without the newline.
std::string to_json_line(const Record& record);

class JsonlWriter {
 public:
  explicit JsonlWriter(std::ostream& out) : out_(out) {}
  void write(const Record& record);

 private:
  std::ostream& out_;
};

}  // namespace budgetpdf::schema
