#include "normalize/markup.h"

#include <optional>

#include "normalize/patterns.h"
#include "normalize/text_join.h"

namespace budgetpdf::normalize {
namespace {

// What a LaTeX command prints; nullopt for one we do not know (it stays as
// printed rather than being guessed).
std::optional<std::string> latex_symbol(std::string_view command) {
  struct Symbol {
    std::string_view command;
    std::string_view printed;
  };
  static constexpr Symbol kSymbols[] = {
      {"geq", "≥"},   {"ge", "≥"},     {"geqslant", "≥"}, {"leq", "≤"},  {"le", "≤"},    {"leqslant", "≤"},
      {"gt", ">"},    {"lt", "<"},     {"neq", "≠"},      {"ne", "≠"},   {"times", "×"}, {"div", "÷"},
      {"pm", "±"},    {"cdot", "·"},   {"approx", "≈"},   {"sim", "~"},  {"%", "%"},     {"$", "$"},
      {"&", "&"},     {"#", "#"},      {"_", "_"},        {"{", ""},     {"}", ""},      {",", ""},
      {";", ""},      {"!", ""},       {" ", ""},         {"text", ""},  {"mathrm", ""}, {"textrm", ""},
      {"mathbf", ""}, {"rm", ""},      {"mbox", ""},      {"left", ""},  {"right", ""},
  };
  for (const auto& symbol : kSymbols) {
    if (symbol.command == command) return std::string(symbol.printed);
  }
  return std::nullopt;
}

// Inside math, spaces and grouping braces print nothing.
std::string latex_math_to_text(std::string_view math) {
  std::string replaced = patterns::replace_latex_commands(math.substr(1, math.size() - 2), latex_symbol);
  std::string out;
  for (char c : replaced) {
    if (c != ' ' && c != '\t' && c != '{' && c != '}') out.push_back(c);
  }
  return out;
}

std::string replace_latex(std::string_view text) {
  std::string out;
  size_t copied = 0;
  for (auto [begin, end] : patterns::latex_math_spans(text)) {
    out.append(text.substr(copied, begin - copied));
    out += latex_math_to_text(text.substr(begin, end - begin));
    copied = end;
  }
  out.append(text.substr(copied));
  return out;
}

// The lines of text, trimmed, empty ones dropped, joined by "\n".
std::string tidy_paragraphs(std::string_view text) {
  std::string out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t newline = text.find('\n', start);
    if (newline == std::string_view::npos) newline = text.size();
    std::string line = collapse_spaces(text.substr(start, newline - start));
    if (!line.empty()) {
      if (!out.empty()) out += '\n';
      out += line;
    }
    start = newline + 1;
  }
  return out;
}

}  // namespace

CleanedText remove_markup(std::string_view text) {
  std::string latex_free = replace_latex(text);
  std::string html_free = patterns::replace_html_markup(latex_free);
  if (html_free != latex_free) html_free = tidy_paragraphs(html_free);
  return {html_free, html_free != text};
}

CleanedText remove_markup_and_markdown(std::string_view text) {
  CleanedText cleaned = remove_markup(text);
  std::string plain = patterns::strip_markdown(cleaned.text);
  if (plain != cleaned.text) {
    cleaned.text = std::move(plain);
    cleaned.markup_removed = true;
  }
  return cleaned;
}

}  // namespace budgetpdf::normalize
