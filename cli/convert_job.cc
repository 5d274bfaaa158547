#include "cli/convert_job.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <ostream>
#include <thread>

#include "cli/file_conversion.h"
#include "cli/input_list.h"
#include "cli/ordered_pipeline.h"
#include "cli/output_overlap.h"
#include "cli/outputs.h"
#include "cli/progress.h"

namespace budgetpdf::cli {
namespace {

// More workers than this per core only wait for each other (and for memory:
// each holds a document); --jobs may ask for more than one per core, e.g.
// for files on a slow network share.
constexpr unsigned kMaxJobsPerCore = 4;

// The workers to start, and a warning when --jobs asked for more than the
// machine runs.
unsigned worker_count(const ConvertJob& job, std::ostream& log) {
  unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  if (job.jobs == 0) return cores;
  unsigned most = cores * kMaxJobsPerCore;
  if (job.jobs <= most) return job.jobs;
  fmt::print(log, "budgetpdf: --jobs {} is more than this machine runs at once: using {} ({} per core)\n", job.jobs,
             most, kMaxJobsPerCore);
  return most;
}

// The entries of this shard.
std::vector<InputEntry> shard_of(InputListing& listing, const Shard& shard) {
  std::vector<InputEntry> inputs;
  for (auto& entry : listing.entries) {
    if (in_shard(entry.path, shard)) inputs.push_back(std::move(entry));
  }
  return inputs;
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

  const unsigned workers = worker_count(job, log);
  auto on_started = [&](unsigned started) {
    if (started < workers) {
      progress.print_line(fmt::format("budgetpdf: the system started only {} of {} worker threads: converting with {}",
                                      started, workers, std::max(1u, started)));
    }
  };
  try {
    convert_in_order(
        inputs.size(), workers,
        [&](size_t i) {
          const InputEntry& input = inputs[i];
          return input.problem ? failed_file(input.path, "", *input.problem) : convert_file(input.path, options, is_stored);
        },
        write, on_started);
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
