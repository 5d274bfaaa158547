#pragma once
// Scratch paths for tests: ctest runs test cases as parallel processes, and
// other checkouts on the machine run theirs, so every path names its process.

#include <unistd.h>

#include <filesystem>
#include <string>

namespace budgetpdf::testing {

inline std::filesystem::path scratch_path(const std::string& name) {
  return std::filesystem::temp_directory_path() / ("budgetpdf-" + name + "-" + std::to_string(getpid()));
}

}  // namespace budgetpdf::testing
