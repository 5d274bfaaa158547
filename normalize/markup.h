#pragma once
// Markup a converter left in a dump's text: LaTeX math ("$\geq 90\%$" is
// "≥90%"), HTML ("<p>…</p>" paragraphs) and, in running text, Markdown
// ("- 1、**事业收入**：…"). What the document prints is what remains.

#include <string>
#include <string_view>

namespace budgetpdf::normalize {

struct CleanedText {
  std::string text;
  bool markup_removed = false;
};

// LaTeX math spans become the symbols they print; HTML tags go, and the
// paragraphs that block tags separate come out as trimmed lines joined by
// "\n" (empty ones dropped).
CleanedText remove_markup(std::string_view text);

// remove_markup, then a leading list or heading marker and bold markers.
CleanedText remove_markup_and_markdown(std::string_view text);

}  // namespace budgetpdf::normalize
