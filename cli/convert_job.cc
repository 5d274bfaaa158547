#include "cli/convert_job.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <fstream>
#include <ostream>
#include <stdexcept>

#include "extract/input_file.h"
#include "normalize/convert.h"
#include "schema/jsonl_writer.h"

namespace budgetpdf::cli {

JobSummary run(const ConvertJob& job, std::ostream& out, std::ostream& log) {
  std::ofstream file;
  std::ostream* sink = &out;
  if (!job.output.empty()) {
    file.open(job.output, std::ios::binary | std::ios::trunc);
    if (!file) throw std::runtime_error("cannot write " + job.output + ": check the directory exists and is writable");
    sink = &file;
  }
  schema::JsonlWriter writer(*sink);
  JobSummary summary;
  normalize::ConvertOptions options{job.password};
  for (const auto& path : job.inputs) {
    std::string doc_id;
    try {
      extract::InputFile input = extract::read_input(path);
      doc_id = input.doc_id;
      auto records = normalize::convert_input(input, options);
      for (const auto& record : records) {
        writer.write(record);
        if (record.type().name == "check" && std::get<bool>(record.get("ok")) == false) ++summary.checks_failed;
      }
      summary.records += static_cast<long>(records.size());
      ++summary.documents;
    } catch (const extract::InputError& error) {
      writer.write(normalize::error_record(path, doc_id, error));
      ++summary.records;
      ++summary.failed;
      fmt::print(log, "budgetpdf: {}: {} ({})\n", path, error.what(), extract::to_string(error.code()));
    }
  }
  sink->flush();
  if (!*sink) throw std::runtime_error("writing the records failed: check free disk space");
  return summary;
}

}  // namespace budgetpdf::cli
