#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "cli/input_list.h"
#include "scratch.h"

namespace fs = std::filesystem;

namespace {

// "path" for a file to read, "path: io: message" for an entry with a problem.
std::vector<std::string> described(const budgetpdf::cli::InputListing& listing, const std::string& root) {
  std::vector<std::string> out;
  for (const auto& entry : listing.entries) {
    std::string path = entry.path.starts_with(root) ? "ROOT" + entry.path.substr(root.size()) : entry.path;
    if (entry.problem) {
      out.push_back(path + ": " + std::string(budgetpdf::extract::to_string(entry.problem->code())) + ": " +
                    entry.problem->what());
    } else {
      out.push_back(path);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("directories are searched recursively for PDFs and text dumps, in path order") {
  fs::path root = budgetpdf::testing::scratch_path("input-list");
  fs::remove_all(root);
  for (const char* file : {"b.pdf", "a.TXT", "notes.jsonl", "sub/c.txt", "sub/deeper/d.Pdf", "sub/e.docx"}) {
    fs::create_directories((root / file).parent_path());
    std::ofstream(root / file) << "x";
  }
  std::string dir = root.string();
  auto listing = budgetpdf::cli::list_inputs({dir, dir + "/b.pdf", "missing.pdf", dir + "/notes.jsonl"});
  CHECK(described(listing, dir) ==
        std::vector<std::string>{"ROOT/a.TXT", "ROOT/b.pdf", "ROOT/sub/c.txt", "ROOT/sub/deeper/d.Pdf", "missing.pdf",
                                 "ROOT/notes.jsonl"});
  CHECK(listing.folders == std::vector<std::string>{dir + "/sub/deeper", dir + "/sub", dir});
  fs::remove_all(root);
}

TEST_CASE("links are followed, and what cannot be followed is an entry that fails, never skipped") {
  fs::path root = budgetpdf::testing::scratch_path("input-links");
  fs::remove_all(root);
  fs::create_directories(root / "in/year");
  fs::create_directories(root / "elsewhere");
  std::ofstream(root / "in/year/a.txt") << "x";
  std::ofstream(root / "elsewhere/b.pdf") << "x";
  fs::create_directory_symlink(root / "elsewhere", root / "in/linked");  // a folder outside: followed
  fs::create_symlink(root / "in/year/a.txt", root / "in/alias.txt");      // a file: followed
  fs::create_symlink(root / "gone.pdf", root / "in/dangling.pdf");
  fs::create_symlink("self", root / "in/self");                          // a link to itself
  fs::create_directory_symlink(root / "in", root / "in/year/up");        // a folder it is in
  REQUIRE(mkfifo((root / "in/pipe.txt").c_str(), 0600) == 0);            // would block a reader
  std::string dir = (root / "in").string();
  auto listing = budgetpdf::cli::list_inputs({dir});
  CHECK(described(listing, dir) ==
        std::vector<std::string>{
            "ROOT/alias.txt",
            "ROOT/dangling.pdf: io: a symbolic link to nothing (No such file or directory): what it pointed to is "
            "gone; fix or remove the link",
            "ROOT/linked/b.pdf",
            "ROOT/pipe.txt: io: not a regular file (a pipe, socket or device), so it is not read: copy what it holds "
            "into a file",
            "ROOT/self: io: a symbolic link that leads back to itself (a loop): it is not followed; fix or remove the "
            "link",
            "ROOT/year/a.txt",
            "ROOT/year/up: io: a link to a folder it is in (a loop): it is not followed, the folder's files are listed "
            "once through their own path; remove the link",
        });
  fs::remove_all(root);
}
