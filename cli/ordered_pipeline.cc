#include "cli/ordered_pipeline.h"

#include <condition_variable>
#include <exception>
#include <map>
#include <mutex>
#include <system_error>
#include <vector>

namespace budgetpdf::cli {
namespace {

// Results that may wait for the in-order writer, per worker: enough to keep
// every worker busy while one slow document holds the writer back, without
// holding a whole batch's records in memory.
constexpr size_t kResultsInFlightPerJob = 4;

// What the workers and the writer share, under one mutex.
class Queue {
 public:
  Queue(size_t count, size_t window) : count_(count), window_(window) {}

  // The next index to convert, waiting while the writer lags a full window
  // behind; false when there is none left or the run stops.
  bool take(size_t& index) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return stopped_ || next_ == count_ || next_ < written_ + window_; });
    if (stopped_ || next_ == count_) return false;
    index = next_++;
    return true;
  }

  void put(size_t index, FileResult result) {
    {
      std::lock_guard lock(mutex_);
      done_.emplace(index, std::move(result));
    }
    changed_.notify_all();
  }

  // The result of the next index in order, once it is converted; rethrows
  // what a worker met.
  FileResult next_in_order() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return failure_ || done_.contains(written_); });
    if (failure_) std::rethrow_exception(failure_);
    auto found = done_.find(written_);
    FileResult result = std::move(found->second);
    done_.erase(found);
    ++written_;
    lock.unlock();
    changed_.notify_all();  // the window moved on
    return result;
  }

  void fail(std::exception_ptr failure) {
    {
      std::lock_guard lock(mutex_);
      if (!failure_) failure_ = failure;
      stopped_ = true;
    }
    changed_.notify_all();
  }

  void stop() {
    {
      std::lock_guard lock(mutex_);
      stopped_ = true;
    }
    changed_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  const size_t count_;
  const size_t window_;
  size_t next_ = 0;     // next index to convert
  size_t written_ = 0;  // indexes below it are written
  std::map<size_t, FileResult> done_;
  bool stopped_ = false;
  std::exception_ptr failure_;
};

// Stops and joins the workers however the writer leaves.
class Workers {
 public:
  explicit Workers(Queue& queue) : queue_(queue) {}
  ~Workers() {
    queue_.stop();
    for (auto& thread : threads_) thread.join();
  }
  std::vector<std::thread>& threads() { return threads_; }

 private:
  Queue& queue_;
  std::vector<std::thread> threads_;
};

}  // namespace

std::thread start_thread(std::function<void()> body) { return std::thread(std::move(body)); }

void convert_in_order(size_t count, unsigned workers, const std::function<FileResult(size_t)>& convert,
                      const std::function<void(FileResult)>& write, const std::function<void(unsigned)>& on_started,
                      const ThreadStarter& start) {
  Queue queue(count, std::max<size_t>(1, workers) * kResultsInFlightPerJob);
  Workers running(queue);
  auto work = [&] {
    try {
      for (size_t index; queue.take(index);) queue.put(index, convert(index));
    } catch (...) {
      queue.fail(std::current_exception());
    }
  };
  for (unsigned i = 0; i < workers; ++i) {
    try {
      running.threads().push_back(start(work));
    } catch (const std::system_error&) {
      break;  // the system's limit: go on with the workers started
    }
  }
  on_started(static_cast<unsigned>(running.threads().size()));
  if (running.threads().empty()) {
    for (size_t i = 0; i < count; ++i) write(convert(i));
    return;
  }
  for (size_t i = 0; i < count; ++i) write(queue.next_in_order());
}

}  // namespace budgetpdf::cli
