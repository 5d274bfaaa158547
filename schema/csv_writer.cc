#include "schema/csv_writer.h"

#include <stdexcept>

namespace budgetpdf::schema {
namespace {

std::string quoted(const std::string& text) {
  if (!text.empty() && text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  return out + "\"";
}

void write_row(std::ofstream& out, const std::vector<std::string>& fields) {
  for (size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << fields[i];
  out << "\r\n";
}

}  // namespace

std::string csv_field(const SqlValue& value) {
  if (std::holds_alternative<std::monostate>(value)) return "";
  if (const auto* b = std::get_if<bool>(&value)) return *b ? "true" : "false";
  if (const auto* i = std::get_if<std::int64_t>(&value)) return std::to_string(*i);
  return quoted(std::get<std::string>(value));
}

CsvWriter::CsvWriter(const std::filesystem::path& dir) : dir_(dir) {
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  for (const auto& table : record_tables()) {
    auto path = dir / (table.name + ".csv");
    auto& file = files_.emplace_back(path, std::ios::binary | std::ios::trunc);
    if (!file) throw std::runtime_error("cannot write " + path.string() + ": check the directory is writable");
    std::vector<std::string> header;
    for (const auto& column : table.columns) header.push_back(quoted(column.name));
    write_row(file, header);
  }
}

void CsvWriter::write(std::span<const Record> records) {
  if (!records.empty() && &records.front().type() == &document_type()) {
    const auto* doc_id = std::get_if<std::string>(&records.front().get("doc_id"));
    if (doc_id && !documents_written_.insert(*doc_id).second) return;
  }
  auto tables = rows_of(records);
  for (size_t t = 0; t < tables.size(); ++t) {
    for (const auto& row : tables[t].rows) {
      std::vector<std::string> fields;
      for (const auto& value : row) fields.push_back(csv_field(value));
      write_row(files_[t], fields);
    }
  }
}

void CsvWriter::finish() {
  for (auto& file : files_) {
    file.flush();
    if (!file) throw std::runtime_error("writing the CSV files in " + dir_.string() + " failed: check free disk space");
  }
}

}  // namespace budgetpdf::schema
