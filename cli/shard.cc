#include "cli/shard.h"

#include <charconv>

#include "extract/input_file.h"

namespace budgetpdf::cli {
namespace {

std::optional<std::uint64_t> number(std::string_view text) {
  std::uint64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

std::optional<Shard> parse_shard(std::string_view text) {
  size_t slash = text.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  auto index = number(text.substr(0, slash));
  auto count = number(text.substr(slash + 1));
  if (!index || !count || *count == 0 || *index >= *count) return std::nullopt;
  return Shard{*index, *count};
}

bool in_shard(std::string_view path, const Shard& shard) {
  constexpr size_t kHexDigitsOf64Bits = 16;
  std::string digest = extract::sha256_hex(path);
  std::uint64_t hash = 0;
  std::from_chars(digest.data(), digest.data() + kHexDigitsOf64Bits, hash, 16);
  return hash % shard.count == shard.index;
}

}  // namespace budgetpdf::cli
