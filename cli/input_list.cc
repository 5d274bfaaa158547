#include "cli/input_list.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <stdexcept>

namespace budgetpdf::cli {
namespace {

namespace fs = std::filesystem;

bool is_input_name(const fs::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension == ".pdf" || extension == ".txt";
}

std::vector<std::string> files_under(const fs::path& dir) {
  std::vector<std::string> files;
  std::error_code error;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, error), end;
  for (; !error && it != end; it.increment(error)) {
    if (it->is_regular_file(error) && is_input_name(it->path())) files.push_back(it->path().string());
  }
  if (error) {
    throw std::runtime_error("cannot list the files under " + dir.string() + " (" + error.message() +
                             "): check the directory and its permissions");
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

std::vector<std::string> list_inputs(const std::vector<std::string>& arguments) {
  std::vector<std::string> inputs;
  std::set<std::string> seen;
  auto add = [&](std::string path) {
    if (seen.insert(path).second) inputs.push_back(std::move(path));
  };
  for (const auto& argument : arguments) {
    std::error_code error;
    if (fs::is_directory(argument, error)) {
      for (auto& file : files_under(argument)) add(std::move(file));
    } else {
      add(argument);
    }
  }
  return inputs;
}

}  // namespace budgetpdf::cli
