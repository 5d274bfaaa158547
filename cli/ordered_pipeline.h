#pragma once
// Files converted on worker threads and written by the calling thread in
// input order, with a bounded number of results waiting for the writer.
//
// The threads are std::threads rather than TBB's: TBB ends the process
// (std::terminate) when the system refuses it a thread, while a batch must
// go on with the workers it could start.

#include <cstddef>
#include <functional>
#include <thread>

#include "cli/file_conversion.h"

namespace budgetpdf::cli {

// Starts a thread running `body`; throws std::system_error when the system
// refuses (its limit on threads or memory). Tests give one that refuses.
using ThreadStarter = std::function<std::thread(std::function<void()> body)>;
std::thread start_thread(std::function<void()> body);

// Runs convert(i) for i in [0, count) on up to `workers` threads and hands
// each result to `write`, one at a time, in index order, on the calling
// thread. When a thread cannot be started, the ones started do the work
// (the calling thread converts too when none could start);
// `on_started(started)` is told how many run, before any file is converted.
// An exception from `write` stops the workers and is rethrown.
void convert_in_order(size_t count, unsigned workers, const std::function<FileResult(size_t)>& convert,
                      const std::function<void(FileResult)>& write, const std::function<void(unsigned)>& on_started,
                      const ThreadStarter& start = start_thread);

}  // namespace budgetpdf::cli
