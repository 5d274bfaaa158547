#include "cli/dump_job.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <ostream>
#include <unicode/unistr.h>

#include "extract/input_error.h"
#include "extract/input_file.h"
#include "extract/pdf/pdf_reader.h"
#include "extract/dump/text_dump_reader.h"

namespace budgetpdf::cli {
namespace {

double rounded(double pt) { return std::round(pt * 100) / 100; }

}  // namespace

void dump_glyphs(const std::string& path, const std::vector<std::string>& passwords, int page, std::ostream& out) {
  extract::InputFile input = extract::read_input(path);
  if (input.format != extract::InputFormat::pdf) {
    throw extract::InputError(extract::ErrorCode::unsupported, "dump glyphs reads PDFs; this is a text dump");
  }
  extract::PdfReadOptions options;
  options.passwords = passwords;
  for (const auto& content : extract::read_pdf_pages(input.bytes, options, page)) {
    for (const auto& g : content.glyphs) {
      std::string c;
      icu::UnicodeString(static_cast<UChar32>(g.c)).toUTF8String(c);
      out << nlohmann::ordered_json{{"page", content.number}, {"c", c},          {"x0", rounded(g.x0)},
                                    {"y0", rounded(g.y0)},    {"x1", rounded(g.x1)}, {"y1", rounded(g.y1)}}
                 .dump()
          << '\n';
    }
    for (const auto* rules : {&content.rulings.horizontal, &content.rulings.vertical}) {
      for (const auto& r : *rules) {
        out << nlohmann::ordered_json{{"page", content.number}, {"rule", rules == &content.rulings.horizontal ? "h" : "v"},
                                      {"x0", rounded(r.x0)},    {"y0", rounded(r.y0)},
                                      {"x1", rounded(r.x1)},    {"y1", rounded(r.y1)}}
                   .dump()
            << '\n';
      }
    }
  }
}

void dump_printed(const std::string& path, const std::vector<std::string>& passwords, std::ostream& out) {
  extract::InputFile input = extract::read_input(path);
  extract::PdfReadOptions options;
  options.passwords = passwords;
  extract::PrintedDocument doc = input.format == extract::InputFormat::pdf
                                     ? extract::read_pdf(input.bytes, options)
                                     : extract::read_text_dump(extract::decode_text(input.bytes));
  for (const auto& line : doc.lines) {
    nlohmann::ordered_json cells = nlohmann::ordered_json::array();
    for (const auto& cell : line.cells) {
      if (cell.span > 1) {
        cells.push_back({{"span", cell.span}, {"lines", cell.lines}});
      } else {
        cells.push_back(cell.lines.size() == 1 ? nlohmann::ordered_json(cell.lines.front()) : nlohmann::ordered_json(cell.lines));
      }
    }
    nlohmann::ordered_json object = {{"page", line.page},
                                     {"kind", line.kind == extract::LineKind::row ? "row" : "text"},
                                     {"block", line.starts_block},
                                     {"cells", cells}};
    if (line.header) object["header"] = true;
    if (line.continues_row) object["continues_row"] = true;
    out << object.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
  }
  for (const auto& diagnostic : doc.diagnostics) {
    out << nlohmann::ordered_json{{"diagnostic", diagnostic.code}, {"page", diagnostic.page}, {"detail", diagnostic.detail}}
               .dump()
        << '\n';
  }
}

}  // namespace budgetpdf::cli
