#include "cli/convert_job.h"

#include <fmt/format.h>
#include <tbb/global_control.h>
#include <tbb/parallel_pipeline.h>
#include <tbb/task_arena.h>

#include <chrono>
#include <functional>
#include <ostream>
#include <thread>

#include "cli/file_conversion.h"
#include "cli/input_list.h"
#include "cli/output_overlap.h"
#include "cli/outputs.h"
#include "cli/progress.h"

namespace budgetpdf::cli {
namespace {

// Results that may wait for the in-order writer, per worker: enough to keep
// every worker busy while one slow document holds the writer back, without
// holding a whole batch's records in memory.
constexpr unsigned kResultsInFlightPerJob = 4;

unsigned worker_count(const ConvertJob& job) {
  if (job.jobs > 0) return job.jobs;
  return std::max(1u, std::thread::hardware_concurrency());
}

// The entries of this shard.
std::vector<InputEntry> shard_of(InputListing& listing, const Shard& shard) {
  std::vector<InputEntry> inputs;
  for (auto& entry : listing.entries) {
    if (in_shard(entry.path, shard)) inputs.push_back(std::move(entry));
  }
  return inputs;
}

// Runs convert(i) for i in [0, count) on `workers` threads and hands each
// result to `write`, one at a time, in index order.
void convert_in_order(size_t count, unsigned workers, const std::function<FileResult(size_t)>& convert,
                      const std::function<void(FileResult)>& write) {
  // TBB sizes its thread pool by the cores; --jobs may ask for more (e.g.
  // when reading from a slow network share).
  tbb::global_control parallelism(tbb::global_control::max_allowed_parallelism, workers);
  tbb::task_arena arena(static_cast<int>(workers));
  size_t next = 0;
  arena.execute([&] {
    tbb::parallel_pipeline(workers * kResultsInFlightPerJob,
                           tbb::make_filter<void, size_t>(tbb::filter_mode::serial_in_order,
                                                          [&](tbb::flow_control& control) -> size_t {
                                                            if (next == count) control.stop();
                                                            return next++;
                                                          }) &
                               tbb::make_filter<size_t, FileResult>(tbb::filter_mode::parallel, convert) &
                               tbb::make_filter<FileResult, void>(tbb::filter_mode::serial_in_order, write));
  });
}

}  // namespace

JobSummary run(const ConvertJob& job, std::ostream& out, std::ostream& log) {
  auto started = std::chrono::steady_clock::now();
  InputListing listing = list_inputs(job.inputs);
  refuse_overlapping_outputs(job, listing);
  Outputs outputs(job, out);
  outputs.clear_failures(listing.folders);
  const std::vector<InputEntry> inputs = shard_of(listing, job.shard);
  normalize::ConvertOptions options;
  options.passwords = job.passwords;
  const StoredPredicate is_stored = [&outputs](const std::string& doc_id) { return outputs.holds(doc_id); };
  const StoredPredicate never_stored = [](const std::string&) { return false; };

  JobSummary summary;
  summary.files = static_cast<int>(inputs.size());
  ProgressBar progress(log, job.progress);
  auto write = [&](FileResult result) {
    if (!outputs.write(result)) {
      // A database lost the document meanwhile: convert it here after all.
      result = convert_file(result.path, options, never_stored);
      outputs.write(result);
    }
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    summary.add(result);
    if (result.outcome == FileOutcome::failed) {
      const auto& failure = summary.failures.back();
      progress.print_line(fmt::format("budgetpdf: {}: {} ({})", failure.path, failure.message, failure.code));
    } else if (auto warning = missing_parts_warning(result)) {
      progress.print_line(fmt::format("budgetpdf: {}: {}", result.source, *warning));
    }
    progress.update(summary);
  };

  try {
    convert_in_order(
        inputs.size(), worker_count(job),
        [&](size_t i) {
          const InputEntry& input = inputs[i];
          return input.problem ? failed_file(input.path, "", *input.problem) : convert_file(input.path, options, is_stored);
        },
        write);
    outputs.finish();
  } catch (...) {
    progress.clear();  // the caller reports the error on a clean line
    throw;
  }
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  progress.clear();
  print_summary(log, summary);
  return summary;
}

}  // namespace budgetpdf::cli
