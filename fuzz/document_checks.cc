#include "fuzz/document_checks.h"

#include "fuzz/fuzz_target.h"
#include "schema/jsonl_writer.h"

namespace budgetpdf::fuzz {
namespace {

bool reads_back(const schema::Decimal& value) {
  auto again = schema::Decimal::parse(value.to_string());
  return again && *again == value && again->to_string() == value.to_string();
}

void check_record(const schema::Record& record, const std::string& doc_id) {
  require(std::get<std::string>(record.get("doc_id")) == doc_id, "every record carries the input's doc_id");
  for (const auto& value : record.values()) {
    if (const auto* decimal = std::get_if<schema::Decimal>(&value)) require(reads_back(*decimal), "decimal reads back");
    if (const auto* amounts = std::get_if<schema::Amounts>(&value)) {
      for (const auto& [key, amount] : *amounts) {
        require(!key.empty(), "amount keys are not empty");
        if (amount) require(reads_back(*amount), "amount reads back");
      }
    }
  }
  std::string line = schema::to_json_line(record);
  require(line.find('\n') == std::string::npos, "a record is one line");
}

}  // namespace

void convert_and_check(const extract::InputFile& input, const normalize::ConvertOptions& options) {
  std::vector<schema::Record> records;
  try {
    records = normalize::convert_input(input, options);
  } catch (const extract::InputError& error) {
    require(!std::string(error.what()).empty(), "an error says what is wrong");
    schema::to_json_line(normalize::error_record(input.source, input.doc_id, error));
    return;
  }
  require(!records.empty() && records.front().type().name == "document", "a document record comes first");
  for (const auto& record : records) check_record(record, input.doc_id);
}

}  // namespace budgetpdf::fuzz
