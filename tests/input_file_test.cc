#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "extract/input_error.h"
#include "extract/input_file.h"
#include "scratch.h"

using namespace budgetpdf;
using extract::InputFormat;

TEST_CASE("a PDF is known by its header line, not by a mention of one") {
  struct Row {
    const char* name;
    std::string bytes;
    InputFormat format;
  };
  std::string junk(900, 'x');
  for (const Row& row : {
           Row{"header first", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", InputFormat::pdf},
           Row{"header first, cut off", "%PDF-1.4 cut off", InputFormat::pdf},
           Row{"behind a mail header", "Content-Type: application/pdf\r\n\r\n%PDF-1.5\r%\xe2\xe3", InputFormat::pdf},
           Row{"behind 900 bytes of junk", junk + "\n%PDF-1.4\n1 0 obj", InputFormat::pdf},
           Row{"header line with trailing spaces", "junk\n%PDF-2.0  \n", InputFormat::pdf},
           // Former bug: any "%PDF-" in the first kilobyte made a PDF.
           Row{"mentioned in a sentence", "说明：本表由 %PDF-1.4 文件转换。\n部门预算收支总表\n", InputFormat::text},
           Row{"at a line start, then more text", "文件格式\n%PDF-1.4 版本\n", InputFormat::text},
           Row{"at a line start without a version", "注\n%PDF-文件\n", InputFormat::text},
           Row{"past the first kilobyte", std::string(1100, 'x') + "\n%PDF-1.4\n", InputFormat::text},
       }) {
    CAPTURE(row.name);
    CHECK(extract::sniff_input("f", row.bytes).format == row.format);
  }
}

TEST_CASE("a file past the input limit fails as too_large, identified by all its bytes") {
  auto path = testing::scratch_path("too-large.txt");
  std::ofstream(path, std::ios::binary) << "0123456789";
  try {
    extract::read_input(path, 4);
    FAIL("no error");
  } catch (const extract::InputError& error) {
    CHECK(error.code() == extract::ErrorCode::too_large);
    CHECK(error.doc_id() == extract::sha256_hex("0123456789"));
    CHECK(std::string(error.what()).starts_with("the file is larger than 0 MiB"));
  }
  auto input = extract::read_input(path, 10);  // at the limit: read whole
  CHECK(input.bytes == "0123456789");
  CHECK(input.doc_id == "84d89877f0d4041efb6bf91a16f0248f2fd573e6af05c19f96bedb9f882f7882");
  std::filesystem::remove(path);
}

TEST_CASE("a stream that does not end is refused at the limit, without an id") {
  try {
    extract::read_input("/dev/zero", 3 << 20);
    FAIL("no error");
  } catch (const extract::InputError& error) {
    CHECK(error.code() == extract::ErrorCode::too_large);
    CHECK(error.doc_id().empty());
    CHECK(std::string(error.what()) ==
          "the input did not end within 3 MiB, the most budgetpdf reads (is it a device or a pipe, such as "
          "/dev/zero?): give the disclosure's file itself");
  }
}
