#pragma once
// Outputs never overlap the inputs: an output that is an input would be
// truncated before it is read, and one written where a folder's listing
// takes it would be read back as an input by the next run.

#include "cli/convert_job.h"
#include "cli/input_list.h"

namespace budgetpdf::cli {

// Throws std::runtime_error, before anything is written, when a file the
// job writes (the JSON Lines file, the SQLite database and its -wal, -shm
// and -journal files, the CSV files) is one of the listed inputs (the same
// file, by device and inode, whatever its name), or would be listed as one:
// named *.pdf or *.txt inside a listed folder.
void refuse_overlapping_outputs(const ConvertJob& job, const InputListing& listing);

}  // namespace budgetpdf::cli
