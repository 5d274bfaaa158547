#pragma once
// Splitting a batch between processes that share nothing but the input
// paths: shard K of N takes the paths whose hash is K modulo N, so N
// processes started anywhere (a Slurm array, Kubernetes indexed jobs, GNU
// parallel over ssh) cover every path exactly once, provided they are given
// the same paths (same arguments, same working directory or mount point).

#include <cstdint>
#include <optional>
#include <string_view>

namespace budgetpdf::cli {

struct Shard {
  std::uint64_t index = 0;  // K, 0-based
  std::uint64_t count = 1;  // N
};

// Parses "K/N" with 0 <= K < N; nullopt for anything else.
std::optional<Shard> parse_shard(std::string_view text);

// Whether `path` (as given) belongs to `shard`: the first 64 bits of the
// SHA-256 of its bytes, modulo N. SHA-256 rather than std::hash so that
// every machine and every build agrees.
bool in_shard(std::string_view path, const Shard& shard);

}  // namespace budgetpdf::cli
