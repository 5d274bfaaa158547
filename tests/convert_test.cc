#include <doctest/doctest.h>

#include <sstream>

#include "cli/convert_job.h"
#include "dump_builder.h"
#include "extract/input_error.h"
#include "extract/input_file.h"
#include "normalize/convert.h"
#include "schema/jsonl_writer.h"

using namespace budgetpdf;
using extract::ErrorCode;

namespace {

ErrorCode error_of(std::string bytes) {
  try {
    auto input = extract::sniff_input("test.txt", std::move(bytes));
    normalize::convert_input(input, {});
  } catch (const extract::InputError& error) {
    return error.code();
  }
  FAIL("no error");
  return ErrorCode::io;
}

}  // namespace

TEST_CASE("bad text inputs give typed errors") {
  CHECK(error_of("") == ErrorCode::damaged);
  CHECK(error_of("just some notes\nwith no tables\n") == ErrorCode::not_a_disclosure);
  CHECK(error_of(std::string("\x00\x01\x02\xff\xfe\x00\x10", 7)) == ErrorCode::unsupported);
}

TEST_CASE("a dump row with a tab too few is left out as a failed check holding what it printed: the rest converts") {
  std::string ragged = testing::small_disclosure();
  ragged.replace(ragged.find("1\t\t合计\t1.00\t\t1.00"), std::string("1\t\t合计\t1.00\t\t1.00").size(), "1\t\t合计\t1.00");
  auto records = normalize::convert_input(extract::sniff_input("ragged.txt", ragged), {});
  std::vector<std::string> lines;
  for (const auto& record : records) {
    if (record.type().name == "budget_line") lines.push_back(std::get<std::string>(record.get("name")));
  }
  CHECK(lines == std::vector<std::string>{"一般公共服务支出"});
  const auto& last = records.back();
  CHECK(std::get<std::string>(last.get("rule")) == "layout.row_shape");
  CHECK(std::get<bool>(last.get("ok")) == false);
  CHECK(std::get<std::string>(last.get("detail")) ==
        "printed row 4 of 《部门预算一般公共预算财政拨款支出表》 has 4 cells where its header has 6; it is left out: "
        "1 |  | 合计 | 1.00");
}

TEST_CASE("a GBK dump is read as its text") {
  // "部门预算一般公共预算财政拨款支出表" etc. would need a converter here; one
  // CJK title in GBK bytes is enough to see the decoding path.
  std::string gbk = "\xb2\xbf\xc3\xc5";  // 部门
  CHECK(extract::decode_text(gbk) == "部门");
}

TEST_CASE("a good document gives records in contract order, identified by its bytes") {
  std::string bytes = testing::small_disclosure();
  auto input = extract::sniff_input("small.txt", bytes);
  auto records = normalize::convert_input(input, {});
  REQUIRE(records.size() >= 4);
  CHECK(records[0].type().name == "document");
  CHECK(std::get<std::string>(records[0].get("doc_id")) == extract::sha256_hex(bytes));
  CHECK(std::get<std::string>(records[0].get("dept_code")) == "999");
  CHECK(std::get<std::int64_t>(records[0].get("year")) == 2024);
  CHECK(records[1].type().name == "table");
  CHECK(records[2].type().name == "budget_line");
  CHECK(schema::to_json_line(records[2]) ==
        R"({"record":"budget_line","doc_id":")" + extract::sha256_hex(bytes) +
            R"(","table":"general_public","side":null,"row_no":1,"code":null,"code_system":null,"level":null,)"
            R"("name":"合计","amounts":{"total":"1.00","basic":null,"project":"1.00"},"pages":null,"repairs":[],"texts":[]})");
}

TEST_CASE("a batch goes on after a bad file and reports it") {
  std::string dir = std::string(BUDGETPDF_SOURCE_DIR) + "/samples/2023-budget-113-text/input.txt";
  cli::ConvertJob job;
  job.inputs = {"/nonexistent/file.pdf", dir};
  std::ostringstream out, log;
  auto summary = cli::run(job, out, log);
  CHECK(summary.failed == 1);
  CHECK(summary.documents == 1);
  CHECK(log.str().find("/nonexistent/file.pdf") != std::string::npos);
  CHECK(out.str().rfind(R"({"record":"error","doc_id":null,"source":"/nonexistent/file.pdf","code":"io")", 0) == 0);
  CHECK(out.str().find(R"("record":"document")") != std::string::npos);
}

TEST_CASE("performance projects and sections follow the tables: a malformed project grid is a check, not an error") {
  std::string bytes = testing::small_disclosure() +
                      "第二部分 预算项目绩效目标\n\n1、测试经费绩效目标表\n\n绩效目标\t\t\t1.目标。\t\t\n"
                      "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\n"
                      "产出指标\t数量指标\t人数\t人数\t≥5 人\t文件\n"
                      "\t质量指标\t合格率\t合格率\t100%\t文件\t多出的一格\n\n"
                      "九、其他需要说明的事项\n\n我部门无其他需要说明的事项\n";
  auto records = normalize::convert_input(extract::sniff_input("small.txt", bytes), {});
  std::vector<std::string> types;
  for (const auto& record : records) {
    if (types.empty() || types.back() != record.type().name) types.emplace_back(record.type().name);
  }
  CHECK(types == std::vector<std::string>{"document", "table", "budget_line", "performance_project",
                                          "performance_indicator", "section", "check"});
  const auto& last = records.back();
  CHECK(std::get<std::string>(last.get("rule")) == "performance.grid_shape");
  CHECK(std::get<bool>(last.get("ok")) == false);
  CHECK(std::get<std::string>(last.get("detail")).find("has 7 cells where its header has 6") != std::string::npos);
}
