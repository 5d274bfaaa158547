#include "extract/input_file.h"

#include <openssl/evp.h>
#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <new>
#include <vector>

#include "extract/input_error.h"

namespace budgetpdf::extract {
namespace {

// How far into the file a PDF header may start (the PDF spec allows junk
// before it; readers accept it within the first kilobyte).
constexpr size_t kPdfHeaderWindow = 1024;
// Bytes read and hashed at a time: large enough for few system calls,
// small beside the memory of a conversion.
constexpr size_t kReadChunkBytes = size_t{1} << 20;

// "%PDF-d.d" and then the end of its line (spaces allowed before it).
bool is_header_line(std::string_view text) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (text.size() < 8 || !digit(text[5]) || text[6] != '.' || !digit(text[7])) return false;
  size_t end = text.find_first_not_of(" \t", 8);
  return end == std::string_view::npos || text[end] == '\r' || text[end] == '\n';
}

bool has_pdf_header(std::string_view bytes) {
  if (bytes.starts_with("%PDF-")) return true;
  std::string_view window = bytes.substr(0, kPdfHeaderWindow);
  for (size_t at = window.find("%PDF-"); at != std::string_view::npos; at = window.find("%PDF-", at + 1)) {
    bool line_start = window[at - 1] == '\n' || window[at - 1] == '\r';
    if (line_start && is_header_line(bytes.substr(at))) return true;
  }
  return false;
}

std::string to_hex(const unsigned char* bytes, unsigned int size) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < size; ++i) {
    out.push_back(kHex[bytes[i] >> 4]);
    out.push_back(kHex[bytes[i] & 15]);
  }
  return out;
}

// SHA-256 over bytes given a chunk at a time.
class StreamHash {
 public:
  StreamHash() : context_(EVP_MD_CTX_new(), EVP_MD_CTX_free) {
    if (!context_ || EVP_DigestInit_ex(context_.get(), EVP_sha256(), nullptr) != 1) throw std::bad_alloc();
  }
  void add(const char* bytes, size_t size) { EVP_DigestUpdate(context_.get(), bytes, size); }
  std::string hex() {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(context_.get(), digest, &length);
    return to_hex(digest, length);
  }

 private:
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context_;
};

bool is_valid_utf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  int32_t length = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

// Text holds few control characters other than tab and newlines.
bool looks_like_text(std::string_view utf8) {
  size_t controls = 0;
  for (unsigned char c : utf8) {
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++controls;
  }
  return controls * 100 <= utf8.size();
}

std::string convert_from(const char* charset, std::string_view bytes, bool* clean) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(charset, &status), ucnv_close);
  *clean = false;
  if (U_FAILURE(status)) return {};
  // Stop at the first byte sequence that is not in the charset.
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::u16string utf16(bytes.size() + 1, u'\0');
  int32_t length = ucnv_toUChars(converter.get(), reinterpret_cast<UChar*>(utf16.data()), static_cast<int32_t>(utf16.size()),
                                 bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return {};
  utf16.resize(static_cast<size_t>(length));
  std::string out;
  out.reserve(utf16.size() * 3);
  for (size_t i = 0; i < utf16.size();) {
    UChar32 c;
    U16_NEXT(utf16.data(), i, utf16.size(), c);
    uint8_t buffer[4];
    int32_t n = 0;
    UBool error = false;
    U8_APPEND(buffer, n, 4, c, error);
    if (!error) out.append(reinterpret_cast<const char*>(buffer), static_cast<size_t>(n));
  }
  *clean = true;
  return out;
}

InputFile identified(std::string source, std::string bytes, std::string doc_id) {
  if (bytes.empty()) {
    throw InputError(ErrorCode::damaged, "the file is empty (0 bytes): it was probably cut off while downloading; "
                                         "download it again");
  }
  InputFile input;
  input.source = std::move(source);
  input.doc_id = std::move(doc_id);
  input.format = has_pdf_header(bytes) ? InputFormat::pdf : InputFormat::text;
  input.bytes = std::move(bytes);
  return input;
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  StreamHash hash;
  hash.add(bytes.data(), bytes.size());
  return hash.hex();
}

std::string decode_text(std::string_view bytes) {
  // Windows editors save "Unicode" text as UTF-16 behind a byte order mark;
  // ICU's UTF-16 converter reads the mark and drops it.
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    bool clean = false;
    std::string converted = convert_from("UTF-16", bytes, &clean);
    if (clean && looks_like_text(converted)) return converted;
  } else if (is_valid_utf8(bytes)) {
    if (looks_like_text(bytes)) return std::string(bytes);
  } else {
    bool clean = false;
    std::string converted = convert_from("GB18030", bytes, &clean);
    if (clean && looks_like_text(converted)) return converted;
  }
  throw InputError(ErrorCode::unsupported,
                   "the file is neither a PDF nor a text dump (UTF-8, GBK or UTF-16 text): check that it is the "
                   "disclosure itself and not an archive, image or office document");
}

InputFile sniff_input(std::string source, std::string bytes) {
  std::string doc_id = sha256_hex(bytes);
  return identified(std::move(source), std::move(bytes), std::move(doc_id));
}

InputFile read_input(const std::filesystem::path& path, std::uint64_t max_bytes) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    throw InputError(ErrorCode::io, "it is a directory, not a file: give the files in it instead");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw InputError(ErrorCode::io, "the file cannot be opened: check the path and its read permission");
  }
  // A regular file ends: past the limit it is still hashed to its end. A
  // pipe or a device may not: reading stops at the limit.
  bool regular = std::filesystem::is_regular_file(path, error);
  std::uintmax_t size = regular ? std::filesystem::file_size(path, error) : 0;
  bool known_too_large = regular && !error && size > max_bytes;  // hashed only, never held
  std::string bytes;
  if (regular && !error && !known_too_large) bytes.reserve(static_cast<size_t>(size));
  StreamHash hash;
  std::vector<char> chunk(kReadChunkBytes);
  std::uint64_t total = 0;
  while (in) {
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    auto count = static_cast<size_t>(in.gcount());
    hash.add(chunk.data(), count);
    total += count;
    if (total > max_bytes || known_too_large) {
      std::string().swap(bytes);  // too large: only the hash goes on
      if (!regular) break;
      continue;
    }
    bytes.append(chunk.data(), count);
  }
  if (in.bad()) throw InputError(ErrorCode::io, "the file could not be read to its end: check the disk and try again");
  if (known_too_large && total <= max_bytes) {
    throw InputError(ErrorCode::io, "the file changed while it was read: convert it again once it is complete");
  }
  if (total > max_bytes) {
    std::string limit = std::to_string(max_bytes >> 20) + " MiB";
    if (!regular) {
      throw InputError(ErrorCode::too_large, "the input did not end within " + limit +
                                                 ", the most budgetpdf reads (is it a device or a pipe, such as "
                                                 "/dev/zero?): give the disclosure's file itself");
    }
    throw InputError(ErrorCode::too_large,
                     "the file is larger than " + limit +
                         ", the most budgetpdf converts (disclosures are a few MB): check that it is the disclosure "
                         "itself, not a scan, an archive or several files joined",
                     hash.hex());
  }
  return identified(path.string(), std::move(bytes), hash.hex());
}

}  // namespace budgetpdf::extract
