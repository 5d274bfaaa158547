#include "cli/input_list.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <set>
#include <system_error>
#include <utility>

namespace budgetpdf::cli {
namespace {

namespace fs = std::filesystem;
using extract::ErrorCode;
using extract::InputError;

std::string reason(int error) { return std::generic_category().message(error); }

// A folder's identity whatever the links that lead to it.
using FolderId = std::pair<dev_t, ino_t>;

// The entries under one folder argument, depth first.
class FolderWalk {
 public:
  void folder(const fs::path& dir, FolderId id) {
    ancestors_.push_back(id);
    std::error_code error;
    fs::directory_iterator it(dir, error), end;
    for (; !error && it != end; it.increment(error)) entry(it->path());
    if (error) {
      problem(dir, "the folder cannot be read to its end (" + error.message() +
                       "): check its permissions; the files in it are not converted");
    } else {
      folders_.push_back(dir.string());
    }
    ancestors_.pop_back();
  }

  // What the walk found, in byte order of the paths.
  std::vector<InputEntry> entries() && {
    std::sort(found_.begin(), found_.end(), [](const InputEntry& a, const InputEntry& b) { return a.path < b.path; });
    return std::move(found_);
  }
  std::vector<std::string> folders() && { return std::move(folders_); }

 private:
  void entry(const fs::path& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
      int error = errno;
      std::error_code ignored;
      if (!fs::is_symlink(fs::symlink_status(path, ignored))) {
        problem(path, "it cannot be read (" + reason(error) + "): check its permissions");
      } else if (error == ELOOP) {
        problem(path, "a symbolic link that leads back to itself (a loop): it is not followed; fix or remove the link");
      } else {
        problem(path, "a symbolic link to nothing (" + reason(error) +
                          "): what it pointed to is gone; fix or remove the link");
      }
      return;
    }
    if (S_ISDIR(info.st_mode)) {
      FolderId id{info.st_dev, info.st_ino};
      if (std::find(ancestors_.begin(), ancestors_.end(), id) != ancestors_.end()) {
        problem(path, "a link to a folder it is in (a loop): it is not followed, the folder's files are listed once "
                      "through their own path; remove the link");
        return;
      }
      folder(path, id);
      return;
    }
    if (!is_input_name(path)) return;
    if (S_ISREG(info.st_mode)) {
      found_.push_back({path.string(), std::nullopt});
    } else {
      problem(path, "not a regular file (a pipe, socket or device), so it is not read: copy what it holds into a file");
    }
  }

  void problem(const fs::path& path, const std::string& message) {
    found_.push_back({path.string(), InputError(ErrorCode::io, message)});
  }

  std::vector<FolderId> ancestors_;  // of the folder being listed, itself included
  std::vector<InputEntry> found_;
  std::vector<std::string> folders_;
};

}  // namespace

bool is_input_name(const fs::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension == ".pdf" || extension == ".txt";
}

InputListing list_inputs(const std::vector<std::string>& arguments) {
  InputListing listing;
  std::set<std::string> seen;
  auto add = [&](InputEntry entry) {
    if (seen.insert(entry.path).second) listing.entries.push_back(std::move(entry));
  };
  for (const auto& argument : arguments) {
    struct stat info {};
    if (::stat(argument.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) {
      FolderWalk walk;
      walk.folder(argument, {info.st_dev, info.st_ino});
      for (auto& folder : std::move(walk).folders()) listing.folders.push_back(std::move(folder));
      for (auto& entry : std::move(walk).entries()) add(std::move(entry));
    } else {
      add({argument, std::nullopt});  // a file, or a path that fails as one when it is read
    }
  }
  return listing;
}

}  // namespace budgetpdf::cli
