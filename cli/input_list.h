#pragma once
// The input files a command line names.

#include <string>
#include <vector>

namespace budgetpdf::cli {

// Each argument that is a directory is searched recursively for *.pdf and
// *.txt files (any letter case; symbolic links to directories are not
// followed, so a link cannot loop), listed in byte order of their paths; any
// other argument is taken as a file as given (a missing one then fails as an
// input, not here). A path named twice is listed once, at its first place.
// Throws std::runtime_error when a directory cannot be listed to its end.
std::vector<std::string> list_inputs(const std::vector<std::string>& arguments);

}  // namespace budgetpdf::cli
