#include "schema/csv_writer.h"

#include <stdexcept>
#include <string_view>

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

bool is_plain_number(std::string_view text) {
  if (text.starts_with('-') || text.starts_with('+')) text.remove_prefix(1);
  size_t point = text.find('.');
  std::string_view whole = text.substr(0, point);
  std::string_view fraction = point == std::string_view::npos ? std::string_view() : text.substr(point + 1);
  auto digits = [](std::string_view part) {
    return !part.empty() && part.find_first_not_of("0123456789") == std::string_view::npos;
  };
  return digits(whole) && (point == std::string_view::npos || digits(fraction));
}

bool runs_as_formula(std::string_view text) {
  return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos &&
         !is_plain_number(text);
}

void write_row(std::ofstream& out, const std::vector<std::string>& fields) {
  for (size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << fields[i];
  out << "\r\n";
}

}  // namespace

std::string csv_field(const SqlValue& value, CsvText text) {
  if (std::holds_alternative<std::monostate>(value)) return "";
  if (const auto* b = std::get_if<bool>(&value)) return *b ? "true" : "false";
  if (const auto* i = std::get_if<std::int64_t>(&value)) return std::to_string(*i);
  const auto& string = std::get<std::string>(value);
  if (text == CsvText::for_spreadsheets && runs_as_formula(string)) return quoted("'" + string);
  return quoted(string);
}

CsvWriter::CsvWriter(const std::filesystem::path& dir, CsvText text) : dir_(dir), text_(text) {
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
      for (const auto& value : row) fields.push_back(csv_field(value, text_));
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
