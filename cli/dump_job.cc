#include "cli/dump_job.h"

#include <nlohmann/json.hpp>

#include <ostream>

#include "extract/input_file.h"
#include "extract/pdf/pdf_reader.h"
#include "extract/dump/text_dump_reader.h"

namespace budgetpdf::cli {

void dump_printed(const std::string& path, const std::string& password, bool use_rulings, std::ostream& out) {
  extract::InputFile input = extract::read_input(path);
  extract::PdfReadOptions options{password, {}};
  options.layout.use_rulings = use_rulings;
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
