// Golden tests: every folder of samples/ holds an input (input.txt or
// input.pdf) and the exact records it must give (expected.jsonl). Run with
// UPDATE_GOLDENS=1 to rewrite the expected files from the current output,
// then explain every changed line in the commit message.
//
// Where a folder also holds reference.jsonl (records made independently of
// this code, e.g. ../shared/inputs/expected), the output must score 100% on
// it with the shared score.py.

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/input_file.h"
#include "normalize/convert.h"
#include "schema/jsonl_writer.h"
#include "scratch.h"

namespace fs = std::filesystem;
using namespace budgetpdf;

namespace {

// The record types the reference records hold (sections and checks have no
// independent reference yet).
const std::string kReferenceTypes =
    "document,table,budget_line,institution,performance_project,performance_indicator";

fs::path samples_dir() { return fs::path(BUDGETPDF_SOURCE_DIR) / "samples"; }

std::optional<fs::path> input_of(const fs::path& folder) {
  for (const char* name : {"input.pdf", "input.txt"}) {
    if (fs::exists(folder / name)) return folder / name;
  }
  return std::nullopt;
}

std::string convert_to_jsonl(const fs::path& input) {
  // Records name the input as the sample gives it, relative to samples/.
  auto file = extract::read_input(input);
  file.source = fs::relative(input, samples_dir()).string();
  std::ostringstream out;
  schema::JsonlWriter writer(out);
  try {
    for (const auto& record : normalize::convert_input(file, {})) writer.write(record);
  } catch (const extract::InputError& error) {
    writer.write(normalize::error_record(file.source, file.doc_id, error));
  }
  return out.str();
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::vector<fs::path> sample_folders() {
  std::vector<fs::path> folders;
  for (const auto& entry : fs::directory_iterator(samples_dir())) {
    if (entry.is_directory() && input_of(entry.path())) folders.push_back(entry.path());
  }
  std::sort(folders.begin(), folders.end());
  return folders;
}

}  // namespace

TEST_CASE("golden: every sample gives exactly its expected records") {
  auto folders = sample_folders();
  REQUIRE_FALSE(folders.empty());
  bool update = std::getenv("UPDATE_GOLDENS") != nullptr;
  for (const auto& folder : folders) {
    CAPTURE(folder.filename().string());
    std::string actual = convert_to_jsonl(*input_of(folder));
    fs::path expected_path = folder / "expected.jsonl";
    if (update) {
      std::ofstream(expected_path, std::ios::binary) << actual;
      continue;
    }
    REQUIRE_MESSAGE(fs::exists(expected_path), "no expected.jsonl: run with UPDATE_GOLDENS=1 and review it");
    auto expected_lines = lines_of(read_file(expected_path));
    auto actual_lines = lines_of(actual);
    size_t n = std::min(expected_lines.size(), actual_lines.size());
    for (size_t i = 0; i < n; ++i) {
      if (expected_lines[i] != actual_lines[i]) {
        CAPTURE(i + 1);
        CHECK(actual_lines[i] == expected_lines[i]);
        break;  // the first difference says enough; the rest usually follows from it
      }
    }
    CHECK(actual_lines.size() == expected_lines.size());
  }
}

TEST_CASE("golden: samples with independent reference records score 100%") {
  fs::path score = fs::path(BUDGETPDF_SOURCE_DIR) / ".." / "shared" / "tools" / "score.py";
  if (!fs::exists(score)) {
    MESSAGE("../shared/tools/score.py is not here; reference comparison not run");
    return;
  }
  int compared = 0;
  for (const auto& folder : sample_folders()) {
    if (!fs::exists(folder / "reference.jsonl")) continue;
    CAPTURE(folder.filename().string());
    fs::path actual = testing::scratch_path("reference-" + folder.filename().string() + ".jsonl");
    std::ofstream(actual, std::ios::binary) << convert_to_jsonl(*input_of(folder));
    std::string command = "python3 '" + score.string() + "' '" + (folder / "reference.jsonl").string() + "' '" +
                          actual.string() + "' --strict --only " + kReferenceTypes + " > '" + actual.string() + ".score' 2>&1";
    int status = std::system(command.c_str());
    std::string report = read_file(actual.string() + ".score");
    CAPTURE(report);
    CHECK(status == 0);
    ++compared;
  }
  CHECK(compared > 0);
}
