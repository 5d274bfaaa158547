#include "extract/dump/text_dump_reader.h"

#include <algorithm>
#include <string>

namespace budgetpdf::extract {
namespace {

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

std::string_view trim_right_cr(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.remove_suffix(1);
  return line;
}

Cell make_cell(std::string_view text) {
  // Surrounding spaces carry no meaning in a dump; inner ones may be wraps.
  size_t begin = text.find_first_not_of(' ');
  size_t end = text.find_last_not_of(' ');
  Cell cell;
  if (begin == std::string_view::npos) {
    cell.lines.emplace_back();
  } else {
    cell.lines.emplace_back(text.substr(begin, end - begin + 1));
  }
  return cell;
}

}  // namespace

PrintedDocument read_text_dump(std::string_view utf8) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (utf8.substr(0, kBom.size()) == kBom) utf8.remove_prefix(kBom.size());

  PrintedDocument doc;
  bool after_blank = true;
  size_t pos = 0;
  while (pos <= utf8.size()) {
    size_t nl = utf8.find('\n', pos);
    if (nl == std::string_view::npos) nl = utf8.size();
    std::string_view raw = trim_right_cr(utf8.substr(pos, nl - pos));
    pos = nl + 1;
    if (is_blank(raw)) {
      after_blank = true;
      continue;
    }
    PrintedLine line;
    line.starts_block = after_blank;
    after_blank = false;
    if (raw.find('\t') != std::string_view::npos) {
      line.kind = LineKind::row;
      // Exactly one cell per tab and one more: a dump of a million rows
      // holds millions of cells, and a grown vector's spare capacity would
      // be up to half of them.
      line.cells.reserve(static_cast<size_t>(std::count(raw.begin(), raw.end(), '\t')) + 1);
      size_t start = 0;
      while (true) {
        size_t tab = raw.find('\t', start);
        line.cells.push_back(make_cell(raw.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start)));
        if (tab == std::string_view::npos) break;
        start = tab + 1;
      }
    } else {
      line.kind = LineKind::text;
      line.cells.push_back(make_cell(raw));
    }
    doc.lines.push_back(std::move(line));
  }
  return doc;
}

}  // namespace budgetpdf::extract
