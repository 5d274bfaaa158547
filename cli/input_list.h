#pragma once
// The input files a command line names. Nothing under a named folder is
// skipped without a word: what cannot be listed or followed is an input
// that fails, with its reason.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "extract/input_error.h"

namespace budgetpdf::cli {

struct InputEntry {
  std::string path;  // as given, or a folder as given joined with the names under it
  // Why the path cannot be converted, found while listing; nullopt for a
  // file to read.
  std::optional<extract::InputError> problem;
};

struct InputListing {
  std::vector<InputEntry> entries;
  std::vector<std::string> folders;  // the folders listed to their end, spelled as in `entries`
};

// Whether a folder's listing takes a file of this name: *.pdf and *.txt, in
// any letter case.
bool is_input_name(const std::filesystem::path& path);

// Each argument that is a directory is searched recursively for *.pdf and
// *.txt files (any letter case), listed in byte order of their paths; any
// other argument is taken as a file as given (a missing one then fails as an
// input, not here). Symbolic links are followed, to files and to folders,
// except a link to a folder it is itself in (a loop, detected by device and
// inode), which is an entry with an io problem, as are a dangling link, a
// folder that cannot be read, and a pipe, socket or device named like an
// input (reading it could block). A path named twice is listed once, at its
// first place.
InputListing list_inputs(const std::vector<std::string>& arguments);

}  // namespace budgetpdf::cli
