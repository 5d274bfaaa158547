#pragma once
// One-page PDFs made in memory for tests of the PDF reader: a content
// stream and the page's resources, with a correct cross-reference table.

#include <fmt/format.h>

#include <string>
#include <vector>

namespace budgetpdf::testing {

// `resources`: the page's /Resources dictionary body; by default one font,
// /F1, Helvetica. Extra objects are numbered from 5 on.
inline std::string one_page_pdf(const std::string& content,
                                const std::string& resources = "/Font<</F1<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>>>",
                                const std::vector<std::string>& extra_objects = {}) {
  std::vector<std::string> objects = {
      "<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Kids[3 0 R]/Count 1>>",
      "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<<" + resources + ">>>>",
      fmt::format("<</Length {}>>stream\n{}\nendstream", content.size() + 1, content)};
  objects.insert(objects.end(), extra_objects.begin(), extra_objects.end());
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += fmt::format("{} 0 obj\n{}\nendobj\n", i + 1, objects[i]);
  }
  size_t xref = pdf.size();
  pdf += fmt::format("xref\n0 {}\n0000000000 65535 f \n", objects.size() + 1);
  for (size_t offset : offsets) pdf += fmt::format("{:010} 00000 n \n", offset);
  pdf += fmt::format("trailer\n<</Size {}/Root 1 0 R>>\nstartxref\n{}\n%%EOF\n", objects.size() + 1, xref);
  return pdf;
}

}  // namespace budgetpdf::testing
