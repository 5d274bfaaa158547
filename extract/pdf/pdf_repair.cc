#include "extract/pdf/pdf_repair.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <optional>

namespace budgetpdf::extract {
namespace {

// Bytes of an object read to find its /Type: a catalog or page dictionary
// names its type within its first few hundred bytes; 4 KiB leaves room for
// long inline arrays before it without reading whole content streams.
constexpr size_t kObjectHeadBytes = 4096;

// Longest object and generation numbers read: PDF's limits (8,388,607
// objects, generation 65,535) fit in 7 and 5 digits.
constexpr size_t kMaxObjectNumberDigits = 7;
constexpr size_t kMaxGenerationDigits = 5;

bool is_pdf_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

struct ObjectHead {
  long number = 0;
  long generation = 0;
  std::string squeezed_head;  // the dictionary part with white space removed
};

// Reads the digits ending just before `end` (white space first skipped);
// returns where they start.
std::optional<size_t> digits_before(std::string_view bytes, size_t end, size_t max_digits, long* value) {
  size_t i = end;
  while (i > 0 && is_pdf_space(bytes[i - 1])) --i;
  if (i == end) return std::nullopt;  // "obj" needs white space before it
  size_t last = i;
  while (i > 0 && is_digit(bytes[i - 1]) && last - i < max_digits) --i;
  if (i == last || (i > 0 && is_digit(bytes[i - 1]))) return std::nullopt;
  *value = std::stol(std::string(bytes.substr(i, last - i)));
  return i;
}

std::string squeezed(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (!is_pdf_space(c)) out.push_back(c);
  }
  return out;
}

// Every "N G obj" the bytes hold, in file order.
std::vector<ObjectHead> object_heads(std::string_view bytes) {
  std::vector<ObjectHead> heads;
  for (size_t at = bytes.find("obj"); at != std::string_view::npos; at = bytes.find("obj", at + 3)) {
    size_t after = at + 3;
    if (after < bytes.size() && std::isalnum(static_cast<unsigned char>(bytes[after]))) continue;  // "objects"
    ObjectHead head;
    auto generation_start = digits_before(bytes, at, kMaxGenerationDigits, &head.generation);
    if (!generation_start) continue;
    auto number_start = digits_before(bytes, *generation_start, kMaxObjectNumberDigits, &head.number);
    if (!number_start || head.number <= 0) continue;
    // The head ends at its stream, at its "endobj" or at the next object,
    // whichever comes first: each byte is read once whatever the input.
    std::string_view body = bytes.substr(after, kObjectHeadBytes);
    body = body.substr(0, std::min(body.find("obj"), body.find("stream")));
    head.squeezed_head = squeezed(body);
    heads.push_back(std::move(head));
  }
  return heads;
}

bool names_type(const std::string& squeezed_head, std::string_view type) {
  std::string key = "/Type/" + std::string(type);
  for (size_t at = squeezed_head.find(key); at != std::string::npos; at = squeezed_head.find(key, at + 1)) {
    size_t after = at + key.size();
    // "/Type/Page" must not be the start of "/Type/Pages".
    if (after == squeezed_head.size() || !std::isalnum(static_cast<unsigned char>(squeezed_head[after]))) return true;
  }
  return false;
}

}  // namespace

std::vector<RepairedPdf> repaired_candidates(std::string_view bytes) {
  std::vector<ObjectHead> heads = object_heads(bytes);
  if (heads.empty()) return {};
  long max_number = 0;
  const ObjectHead* catalog = nullptr;
  std::vector<const ObjectHead*> pages;
  for (const auto& head : heads) {
    max_number = std::max(max_number, head.number);
    // The last catalog is the newest (incremental updates append).
    if (names_type(head.squeezed_head, "Catalog")) catalog = &head;
    if (names_type(head.squeezed_head, "Page")) pages.push_back(&head);
  }
  // A blank line first: Poppler's reconstruction reads the file line by
  // line and finds "trailer" only at the start of one.
  std::vector<RepairedPdf> candidates;
  if (catalog) {
    candidates.push_back({std::string(bytes) + fmt::format("\n\ntrailer\n<</Size {}/Root {} {} R>>\n%%EOF\n",
                                                           max_number + 1, catalog->number, catalog->generation),
                          "its trailer was rebuilt around the catalog that remains"});
  }
  if (!pages.empty()) {
    std::string kids;
    for (const auto* page : pages) kids += fmt::format("{} {} R ", page->number, page->generation);
    long tree = max_number + 1;
    long root = max_number + 2;
    candidates.push_back(
        {std::string(bytes) +
             fmt::format("\n\n{} 0 obj\n<</Type/Pages/Kids[{}]/Count {}>>\nendobj\n{} 0 obj\n<</Type/Catalog/Pages {} "
                         "0 R>>\nendobj\ntrailer\n<</Size {}/Root {} 0 R>>\n%%EOF\n",
                         tree, kids, pages.size(), root, tree, root + 1, root),
         "its page tree was rebuilt from the page objects that remain, in file order"});
  }
  return candidates;
}

}  // namespace budgetpdf::extract
