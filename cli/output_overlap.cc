#include "cli/output_overlap.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <utility>
#include <vector>

#include "schema/sql_schema.h"

namespace budgetpdf::cli {
namespace {

namespace fs = std::filesystem;

using FileId = std::pair<dev_t, ino_t>;

std::optional<FileId> id_of(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return std::nullopt;
  return FileId{info.st_dev, info.st_ino};
}

std::vector<std::string> files_written(const ConvertJob& job) {
  std::vector<std::string> files;
  if (!job.output.empty()) files.push_back(job.output);
  if (!job.sqlite_path.empty()) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) files.push_back(job.sqlite_path + suffix);
  }
  if (!job.csv_dir.empty()) {
    for (const auto& table : schema::record_tables()) files.push_back((fs::path(job.csv_dir) / (table.name + ".csv")).string());
  }
  return files;
}

// Whether `path` is `folder` or under it; both canonical.
bool is_within(const fs::path& path, const fs::path& folder) {
  auto [folder_end, path_at] = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
  return folder_end == folder.end();
}

}  // namespace

void refuse_overlapping_outputs(const ConvertJob& job, const InputListing& listing) {
  std::map<FileId, std::string> inputs;
  for (const auto& entry : listing.entries) {
    if (entry.problem) continue;
    if (auto id = id_of(entry.path)) inputs.emplace(*id, entry.path);
  }
  std::vector<std::pair<fs::path, std::string>> folders;  // canonical, as listed
  for (const auto& folder : listing.folders) {
    std::error_code error;
    fs::path canonical = fs::canonical(folder, error);
    if (!error) folders.emplace_back(std::move(canonical), folder);
  }
  for (const auto& file : files_written(job)) {
    if (auto id = id_of(file); id && inputs.contains(*id)) {
      throw std::runtime_error("the output " + file + " is the input " + inputs.at(*id) +
                               ": writing it would destroy it; name an output that is not among the inputs");
    }
    if (!is_input_name(file)) continue;
    std::error_code error;
    fs::path parent = fs::weakly_canonical(fs::absolute(file, error).parent_path(), error);
    if (error) continue;
    for (const auto& [canonical, folder] : folders) {
      if (is_within(parent, canonical)) {
        throw std::runtime_error("the output " + file + " is in the input folder " + folder +
                                 " and named like an input (*.pdf, *.txt): the next run would read it as one; write "
                                 "it outside the input folders or name it otherwise (e.g. *.jsonl)");
      }
    }
  }
}

}  // namespace budgetpdf::cli
