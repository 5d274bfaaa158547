#include "extract/pdf/poppler_document.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <limits>
#include <mutex>
#include <unicode/utf16.h>

#include "extract/input_error.h"
#include "extract/pdf/pdf_repair.h"

namespace budgetpdf::extract {
namespace {

// Poppler reports parse problems through one process-wide callback; they
// are not ours to print. Silenced once for the process.
void silence_poppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

bool mentions_encryption(const std::string& bytes) { return bytes.find("/Encrypt") != std::string::npos; }

// Poppler reads the bytes in place: they must outlive the document.
std::unique_ptr<poppler::document> load(const std::string& bytes, const std::string& password) {
  if (bytes.size() > static_cast<size_t>(std::numeric_limits<int>::max())) return nullptr;
  return std::unique_ptr<poppler::document>(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size()), password, password));
}

bool readable(const std::unique_ptr<poppler::document>& doc) {
  return doc && !doc->is_locked() && doc->pages() > 0;
}

}  // namespace

struct PopplerDocument::Impl {
  std::string repaired_bytes;  // what Poppler reads when the file needed repair
  std::string repair;          // how it was repaired; empty when it was not
  std::unique_ptr<poppler::document> doc;
};

PopplerDocument::PopplerDocument(const std::string& bytes, const std::string& password) : impl_(new Impl) {
  silence_poppler();
  impl_->doc = load(bytes, password);
  if (!readable(impl_->doc) && !mentions_encryption(bytes)) {
    // A file cut off before its end: try what repair can give, best first.
    for (auto& candidate : repaired_candidates(bytes)) {
      impl_->repaired_bytes = std::move(candidate.bytes);
      auto repaired = load(impl_->repaired_bytes, password);
      if (readable(repaired)) {
        impl_->doc = std::move(repaired);
        impl_->repair = std::move(candidate.how);
        break;
      }
    }
    if (impl_->repair.empty()) impl_->repaired_bytes.clear();
  }
  const bool locked = impl_->doc ? impl_->doc->is_locked() : mentions_encryption(bytes);
  if (locked) {
    throw InputError(ErrorCode::encrypted, password.empty()
                                               ? "the PDF is encrypted: give its password with --password"
                                               : "the PDF is encrypted and the password given does not open it: "
                                                 "check it (it is the user or the owner password)");
  }
  if (!impl_->doc) {
    throw InputError(ErrorCode::damaged, "the PDF is damaged beyond what Poppler can read: download it again or "
                                         "repair it (e.g. qpdf input.pdf repaired.pdf)");
  }
  if (impl_->doc->pages() <= 0) {
    throw InputError(ErrorCode::damaged, "the PDF has no pages Poppler can read: download it again");
  }
}

PopplerDocument::~PopplerDocument() = default;

int PopplerDocument::page_count() const { return impl_->doc->pages(); }

const std::string& PopplerDocument::repair() const { return impl_->repair; }

PageGlyphs PopplerDocument::page(int number, std::vector<Diagnostic>& diagnostics) const {
  PageGlyphs out;
  out.number = number;
  std::unique_ptr<poppler::page> page(impl_->doc->create_page(number - 1));
  if (!page) {
    diagnostics.push_back({Severity::error, "reader.damaged_page", number, "", "", "",
                           "Poppler could not read this page; its text is missing"});
    return out;
  }
  poppler::rectf box = page->page_rect(poppler::crop_box);
  bool quarter_turn = page->orientation() == poppler::page::landscape || page->orientation() == poppler::page::seascape;
  out.width = quarter_turn ? box.height() : box.width();
  out.height = quarter_turn ? box.width() : box.height();
  // text_list(0): the fastest mode; font names cost ~80% more and the
  // glyph box gives the size anyway (see FACTS.md).
  for (const auto& word : page->text_list(0)) {
    poppler::ustring text = word.text();
    size_t glyph_index = 0;
    for (size_t i = 0; i < text.size(); ++glyph_index) {
      UChar32 c;
      U16_NEXT(text.data(), i, text.size(), c);
      poppler::rectf r = word.char_bbox(glyph_index);
      // Poppler gives an all-zero box past the glyphs it knows of.
      if (r.width() <= 0 && r.height() <= 0 && r.x() == 0 && r.y() == 0) continue;
      out.glyphs.push_back(Glyph{static_cast<char32_t>(c), r.left(), r.top(), r.right(), r.bottom()});
    }
  }
  return out;
}

Raster PopplerDocument::render(int number, double dpi) const {
  Raster raster;
  std::unique_ptr<poppler::page> page(impl_->doc->create_page(number - 1));
  if (!page) return raster;
  poppler::page_renderer renderer;
  renderer.set_render_hints(0);
  renderer.set_line_mode(poppler::page_renderer::line_solid);
  renderer.set_image_format(poppler::image::format_gray8);
  poppler::image image = renderer.render_page(page.get(), dpi, dpi);
  if (!image.is_valid()) return raster;
  raster.width = image.width();
  raster.height = image.height();
  raster.points_per_pixel = 72.0 / dpi;
  raster.grey.resize(static_cast<size_t>(raster.width) * static_cast<size_t>(raster.height));
  const char* data = image.const_data();
  for (int y = 0; y < raster.height; ++y) {
    const auto* row = reinterpret_cast<const std::uint8_t*>(data + static_cast<std::ptrdiff_t>(y) * image.bytes_per_row());
    std::copy(row, row + raster.width, raster.grey.begin() + static_cast<std::ptrdiff_t>(y) * raster.width);
  }
  return raster;
}

}  // namespace budgetpdf::extract
