#include <doctest/doctest.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "cli/shard.h"

using budgetpdf::cli::in_shard;
using budgetpdf::cli::parse_shard;
using budgetpdf::cli::Shard;

TEST_CASE("shard specs are K/N with 0 <= K < N") {
  struct Row {
    const char* text;
    bool ok;
    std::uint64_t index, count;
  };
  for (Row row : {Row{"0/1", true, 0, 1}, Row{"1/2", true, 1, 2}, Row{"7/16", true, 7, 16}, Row{"2/2", false, 0, 0},
                  Row{"0/0", false, 0, 0}, Row{"-1/2", false, 0, 0}, Row{"1", false, 0, 0}, Row{"1/", false, 0, 0},
                  Row{"/2", false, 0, 0}, Row{"a/b", false, 0, 0}, Row{"1/2/3", false, 0, 0}, Row{" 1/2", false, 0, 0}}) {
    CAPTURE(row.text);
    auto shard = parse_shard(row.text);
    REQUIRE(shard.has_value() == row.ok);
    if (row.ok) {
      CHECK(shard->index == row.index);
      CHECK(shard->count == row.count);
    }
  }
}

TEST_CASE("every path is in exactly one shard, and the shards share the work") {
  for (std::uint64_t count = 1; count <= 5; ++count) {
    std::vector<int> sizes(count);
    for (int i = 0; i < 1000; ++i) {
      std::string path = "budgets/2023/dept-" + std::to_string(i) + ".pdf";
      int owners = 0;
      for (std::uint64_t k = 0; k < count; ++k) {
        if (in_shard(path, Shard{k, count})) {
          ++owners;
          ++sizes[k];
        }
      }
      CHECK(owners == 1);
    }
    // A hash spreads 1000 paths evenly: each shard within 20% of its share.
    for (int size : sizes) CHECK(std::abs(size - 1000 / static_cast<int>(count)) < 200 / static_cast<int>(count));
  }
}

TEST_CASE("the shard of a path is the same on every machine and build") {
  // First 64 bits of SHA-256 of the path, modulo N (computed independently
  // with Python's hashlib).
  struct Row {
    const char* path;
    std::uint64_t of2, of3, of7;
  };
  for (Row row : {Row{"a.pdf", 0, 2, 1}, Row{"d.txt", 1, 2, 2}, Row{"2023/114.pdf", 1, 1, 2},
                  Row{"in/part-1/dept-501.txt", 1, 2, 6}}) {
    CAPTURE(row.path);
    CHECK(in_shard(row.path, Shard{row.of2, 2}));
    CHECK(in_shard(row.path, Shard{row.of3, 3}));
    CHECK(in_shard(row.path, Shard{row.of7, 7}));
  }
}
