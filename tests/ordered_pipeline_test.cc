#include <doctest/doctest.h>

#include <chrono>
#include <memory>
#include <stdexcept>
#include <system_error>

#include "cli/ordered_pipeline.h"

using namespace budgetpdf;

namespace {

// Converts index i into a result named "file-i", the later ones faster, so
// that results come out of order.
cli::FileResult convert(size_t i) {
  std::this_thread::sleep_for(std::chrono::microseconds(200 * (20 - i % 20)));
  cli::FileResult result;
  result.path = "file-" + std::to_string(i);
  return result;
}

std::vector<std::string> expected_paths(size_t count) {
  std::vector<std::string> paths;
  for (size_t i = 0; i < count; ++i) paths.push_back("file-" + std::to_string(i));
  return paths;
}

// A starter that the system lets start `allowed` threads.
cli::ThreadStarter refusing_after(unsigned allowed) {
  auto started = std::make_shared<unsigned>(0);
  return [started, allowed](std::function<void()> body) {
    if ((*started)++ >= allowed) throw std::system_error(std::make_error_code(std::errc::resource_unavailable_try_again));
    return std::thread(std::move(body));
  };
}

}  // namespace

TEST_CASE("results are written in input order by as many workers as the system starts") {
  struct Row {
    unsigned workers;
    unsigned allowed;  // threads the system starts
  };
  for (Row row : {Row{4, 4}, Row{8, 2}, Row{3, 0}}) {
    CAPTURE(row.workers);
    CAPTURE(row.allowed);
    std::vector<std::string> written;
    unsigned told = 99;
    cli::convert_in_order(
        60, row.workers, convert, [&](cli::FileResult result) { written.push_back(result.path); },
        [&](unsigned started) { told = started; }, refusing_after(row.allowed));
    CHECK(told == row.allowed);
    CHECK(written == expected_paths(60));
  }
}

TEST_CASE("a writer that throws stops the workers, and its exception comes out") {
  size_t written = 0;
  auto write = [&](cli::FileResult) {
    if (++written == 5) throw std::runtime_error("disk full");
  };
  CHECK_THROWS_WITH(cli::convert_in_order(60, 3, convert, write, [](unsigned) {}), "disk full");
  CHECK(written == 5);
}
