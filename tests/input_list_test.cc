#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "cli/input_list.h"
#include "scratch.h"

namespace fs = std::filesystem;

TEST_CASE("directories are searched recursively for PDFs and text dumps, in path order") {
  fs::path root = budgetpdf::testing::scratch_path("input-list");
  fs::remove_all(root);
  for (const char* file : {"b.pdf", "a.TXT", "notes.jsonl", "sub/c.txt", "sub/deeper/d.Pdf", "sub/e.docx"}) {
    fs::create_directories((root / file).parent_path());
    std::ofstream(root / file) << "x";
  }
  std::string dir = root.string();
  auto inputs = budgetpdf::cli::list_inputs({dir, dir + "/b.pdf", "missing.pdf", dir + "/notes.jsonl"});
  CHECK(inputs == std::vector<std::string>{dir + "/a.TXT", dir + "/b.pdf", dir + "/sub/c.txt",
                                           dir + "/sub/deeper/d.Pdf", "missing.pdf", dir + "/notes.jsonl"});
  fs::remove_all(root);
}
