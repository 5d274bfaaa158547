#include "extract/input_file.h"

#include <openssl/evp.h>
#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include <fstream>
#include <memory>
#include <sstream>

#include "extract/input_error.h"

namespace budgetpdf::extract {
namespace {

// How far into the file a PDF header may start (the PDF spec allows junk
// before it; readers accept it within the first kilobyte).
constexpr size_t kPdfHeaderWindow = 1024;

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

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < length; ++i) {
    out.push_back(kHex[digest[i] >> 4]);
    out.push_back(kHex[digest[i] & 15]);
  }
  return out;
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
  if (bytes.empty()) {
    throw InputError(ErrorCode::damaged, "the file is empty (0 bytes): it was probably cut off while downloading; "
                                         "download it again");
  }
  InputFile input;
  input.source = std::move(source);
  input.doc_id = sha256_hex(bytes);
  std::string_view head(bytes.data(), std::min(bytes.size(), kPdfHeaderWindow));
  input.format = head.find("%PDF-") != std::string_view::npos ? InputFormat::pdf : InputFormat::text;
  input.bytes = std::move(bytes);
  return input;
}

InputFile read_input(const std::filesystem::path& path) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    throw InputError(ErrorCode::io, "it is a directory, not a file: give the files in it instead");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw InputError(ErrorCode::io, "the file cannot be opened: check the path and its read permission");
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw InputError(ErrorCode::io, "the file could not be read to its end: check the disk and try again");
  return sniff_input(path.string(), std::move(buffer).str());
}

}  // namespace budgetpdf::extract
