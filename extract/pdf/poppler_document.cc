#include "extract/pdf/poppler_document.h"

#include <Error.h>
#include <ErrorCodes.h>
#include <GlobalParams.h>
#include <PDFDoc.h>
#include <Page.h>
#include <Stream.h>
#include <XRef.h>
#include <fmt/format.h>

#include <limits>
#include <mutex>
#include <optional>

#include "extract/input_error.h"
#include "extract/pdf/pdf_repair.h"
#include "extract/pdf/poppler_page_device.h"

namespace budgetpdf::extract {
namespace {

// Poppler reports what it meets through one process-wide callback. Each
// thread reads its own document: the messages go to the page that thread
// is reading, if any, and are dropped otherwise (opening a document: its
// outcome says enough).
thread_local std::vector<std::string>* page_messages = nullptr;

// Messages that mean part of the page may be lost: broken syntax or
// streams, missing objects, Poppler's own malfunctions. Warnings
// (worked around, output probably right) and unimplemented features
// (colour spaces, shadings: nothing we read) do not.
void collect_message(ErrorCategory category, Goffset, const char* message) {
  if (!page_messages || !message) return;
  if (category != errSyntaxError && category != errIO && category != errInternal) return;
  constexpr size_t kKept = 20;  // a broken stream repeats itself
  if (page_messages->size() < kKept) page_messages->emplace_back(message);
}

void init_poppler() {
  static std::once_flag once;
  std::call_once(once, [] {
    globalParams = std::make_unique<GlobalParams>();
    setErrorCallback(collect_message);
  });
}

// Poppler builds a colour transform for every page of a document that
// names an output intent (an ICC profile for print): up to 80% of the time
// spent on such a file. Text and rules need no colour management, so the
// catalog Poppler reads from here on names none.
void drop_output_intents(PDFDoc& doc) {
  XRef* xref = doc.getXRef();
  Ref root{xref->getRootNum(), xref->getRootGen()};
  Object catalog = xref->fetch(root);
  if (!catalog.isDict() || catalog.dictLookupNF("OutputIntents").isNull()) return;
  Object edited(catalog.getDict()->copy(xref));
  edited.dictRemove("OutputIntents");
  xref->setModifiedObject(&edited, root);
}

// Annotations (form fields, stamps, comments) are not the publication's
// printed content.
bool skip_annotation(Annot*, void*) { return false; }

class PageMessages {
 public:
  explicit PageMessages(std::vector<std::string>& sink) { page_messages = &sink; }
  ~PageMessages() { page_messages = nullptr; }
  PageMessages(const PageMessages&) = delete;
  PageMessages& operator=(const PageMessages&) = delete;
};

}  // namespace

struct PopplerDocument::Impl {
  std::string repaired_bytes;  // what Poppler reads when the file needed repair (it reads in place)
  std::string repair;          // how it was repaired; empty when it was not
  bool xref_rebuilt = false;
  std::unique_ptr<PDFDoc> doc;

  // Poppler reads the bytes in place: they must outlive the document. It
  // may rebuild the cross-reference table while reading pages too, so the
  // flag it sets lives as long as this.
  std::unique_ptr<PDFDoc> open(const std::string& bytes, const std::string& password) {
    if (bytes.size() > static_cast<size_t>(std::numeric_limits<Goffset>::max())) return nullptr;
    auto* stream = new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull));
    std::optional<GooString> given;
    if (!password.empty()) given.emplace(password);
    xref_rebuilt = false;
    return std::make_unique<PDFDoc>(stream, given, given, nullptr, [this] { xref_rebuilt = true; });
  }

  // The first password that opens it; the document that says it is
  // encrypted when none does.
  std::unique_ptr<PDFDoc> open_with_any(const std::string& bytes, const std::vector<std::string>& passwords) {
    std::unique_ptr<PDFDoc> last;
    for (const auto& password : passwords) {
      last = open(bytes, password);
      if (!last || last->getErrorCode() != errEncrypted) return last;
    }
    return last;
  }
};

PopplerDocument::PopplerDocument(const std::string& bytes, const std::vector<std::string>& passwords) : impl_(new Impl) {
  init_poppler();
  std::vector<std::string> tried = passwords;
  tried.emplace_back();  // then the empty one
  auto readable = [](const std::unique_ptr<PDFDoc>& doc) { return doc && doc->isOk() && doc->getNumPages() > 0; };
  impl_->doc = impl_->open_with_any(bytes, tried);
  bool encrypted = impl_->doc && !impl_->doc->isOk() && impl_->doc->getErrorCode() == errEncrypted;
  if (!readable(impl_->doc) && !encrypted) {
    // A file cut off before its end: try what repair can give, best first.
    for (auto& candidate : repaired_candidates(bytes)) {
      impl_->repaired_bytes = std::move(candidate.bytes);
      auto repaired = impl_->open_with_any(impl_->repaired_bytes, tried);
      if (readable(repaired)) {
        impl_->doc = std::move(repaired);
        impl_->repair = std::move(candidate.how);
        break;
      }
      if (repaired && !repaired->isOk() && repaired->getErrorCode() == errEncrypted) encrypted = true;
    }
    if (impl_->repair.empty()) impl_->repaired_bytes.clear();
  }
  if (!readable(impl_->doc) && encrypted) {
    impl_->doc.reset();  // it reads the bytes of the last candidate tried
    throw InputError(ErrorCode::encrypted, passwords.empty()
                                               ? "the PDF is encrypted: give its password with --password"
                                               : "the PDF is encrypted and no password given opens it: check them "
                                                 "(the user or the owner password)");
  }
  if (!impl_->doc || !impl_->doc->isOk()) {
    impl_->doc.reset();
    throw InputError(ErrorCode::damaged, "the PDF is damaged beyond what Poppler can read: download it again or "
                                         "repair it (e.g. qpdf input.pdf repaired.pdf)");
  }
  if (impl_->doc->getNumPages() <= 0) {
    impl_->doc.reset();
    throw InputError(ErrorCode::damaged, "the PDF has no pages Poppler can read: download it again");
  }
  drop_output_intents(*impl_->doc);
}

PopplerDocument::~PopplerDocument() = default;

int PopplerDocument::page_count() const { return impl_->doc->getNumPages(); }

const std::string& PopplerDocument::repair() const { return impl_->repair; }

bool PopplerDocument::xref_rebuilt() const { return impl_->xref_rebuilt; }

PageGlyphs PopplerDocument::page(int number, const Limits& limits, std::vector<Diagnostic>& diagnostics) const {
  PageGlyphs out;
  out.number = number;
  std::vector<std::string> messages;
  PageMessages collecting(messages);
  Page* page = impl_->doc->getPage(number);
  if (!page || !page->isOk()) {
    diagnostics.push_back({Severity::error, "reader.damaged_page", number, "", "", "",
                           "Poppler could not read this page; its text is missing"});
    return out;
  }
  bool quarter_turn = page->getRotate() % 180 != 0;
  out.width = quarter_turn ? page->getCropHeight() : page->getCropWidth();
  out.height = quarter_turn ? page->getCropWidth() : page->getCropHeight();
  PopplerPageDevice device(out, limits);
  // 72 dpi: device space is points; rotation 0 adds nothing to the page's
  // own /Rotate; the crop box is the page as displayed.
  impl_->doc->displayPage(&device, number, 72, 72, 0, false, true, false, &PopplerPageDevice::abort_check, &device,
                          &skip_annotation, nullptr);
  if (!messages.empty()) {
    std::string more = messages.size() > 1 ? fmt::format(" (and {} more)", messages.size() - 1) : "";
    diagnostics.push_back({Severity::error, "reader.damaged_page", number, "", "", "",
                           fmt::format("Poppler reported \"{}\"{} while reading this page: what it could not read is "
                                       "missing, and the sums it belongs to fail; get an undamaged copy of the file",
                                       messages.front(), more)});
  }
  return out;
}

}  // namespace budgetpdf::extract
