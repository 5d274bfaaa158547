#include "cli/outputs.h"

#include <stdexcept>

#include "schema/pg_writer.h"
#include "schema/sqlite_writer.h"
#include "schema/valid_text.h"

namespace budgetpdf::cli {

Outputs::Outputs(const ConvertJob& job, std::ostream& out) {
  if (!job.output.empty()) {
    jsonl_file_.open(job.output, std::ios::binary | std::ios::trunc);
    if (!jsonl_file_) throw std::runtime_error("cannot write " + job.output + ": check the directory exists and is writable");
    jsonl_ = &jsonl_file_;
  } else if (job.writes_stream()) {
    jsonl_ = &out;
  }
  if (jsonl_) jsonl_writer_.emplace(*jsonl_);
  if (!job.csv_dir.empty()) {
    csv_.emplace(job.csv_dir, job.csv_for_spreadsheets ? schema::CsvText::for_spreadsheets : schema::CsvText::exact);
  }
  auto add_database = [&](std::unique_ptr<schema::SqlSession> session) {
    auto store = std::make_unique<schema::DocumentStore>(std::move(session));
    auto stored = store->stored();
    databases_.push_back({std::move(store), std::move(stored)});
  };
  if (!job.sqlite_path.empty()) add_database(schema::open_sqlite(job.sqlite_path));
  if (!job.pg_url.empty()) add_database(schema::open_postgres(job.pg_url));
}

bool Outputs::holds(const std::string& doc_id) const {
  if (jsonl_writer_ || csv_ || databases_.empty()) return false;
  for (const auto& database : databases_) {
    if (!database.at_start.doc_ids.contains(doc_id)) return false;
  }
  return true;
}

bool Outputs::write(FileResult& result) {
  bool complete = true;
  if (result.outcome != FileOutcome::failed) {
    try {
      for (auto& database : databases_) {
        auto mapped = database.at_start.doc_of_path.find(result.source);
        bool unchanged = mapped != database.at_start.doc_of_path.end() && mapped->second == result.doc_id;
        if (result.outcome == FileOutcome::stored && unchanged) continue;  // nothing to do: no transaction at all
        auto outcome = database.store->store_document(result.source, result.doc_id, result.records);
        if (outcome == schema::StoreOutcome::needs_records) complete = false;
      }
    } catch (const schema::StoreRefused& refusal) {
      result = failed_file(result.path, result.doc_id,
                           extract::InputError(extract::ErrorCode::internal,
                                               std::string(refusal.what()) +
                                                   ": budgetpdf should have stored these records; please report it "
                                                   "with the file (unless the database has rules of its own)"));
      complete = true;
    }
  }
  if (result.outcome == FileOutcome::failed) {
    for (auto& database : databases_) database.store->store_failure(result.source, result.records.front());
  }
  if (jsonl_writer_) {
    for (const auto& record : result.records) jsonl_writer_->write(record);
  }
  if (csv_) csv_->write(result.records);
  return complete;
}

void Outputs::clear_failures(const std::vector<std::string>& folders) {
  for (auto& database : databases_) {
    for (const auto& folder : folders) {
      std::string source = schema::source_name(folder);
      if (database.at_start.failed_paths.contains(source)) database.store->clear_failure(source);
    }
  }
}

void Outputs::finish() {
  if (jsonl_) {
    jsonl_->flush();
    if (!*jsonl_) throw std::runtime_error("writing the records failed: check free disk space");
  }
  if (csv_) csv_->finish();
}

}  // namespace budgetpdf::cli
