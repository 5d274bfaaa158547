#include "schema/valid_text.h"

#include <fmt/format.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <optional>

namespace budgetpdf::schema {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Calls on_char(begin, end) for each well-formed character and
// on_bad(begin, end) for each ill-formed sequence, as ICU delimits them.
template <class OnChar, class OnBad>
void scan_utf8(std::string_view text, OnChar on_char, OnBad on_bad) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    int32_t begin = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {
      on_bad(static_cast<size_t>(begin), static_cast<size_t>(i));
    } else {
      on_char(c, static_cast<size_t>(begin), static_cast<size_t>(i));
    }
  }
}

bool is_clean(std::string_view text) {
  bool clean = true;
  scan_utf8(
      text, [&](UChar32 c, size_t, size_t) { clean = clean && c != 0; }, [&](size_t, size_t) { clean = false; });
  return clean;
}

std::string cleaned(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  scan_utf8(
      text,
      [&](UChar32 c, size_t begin, size_t end) {
        if (c == 0) {
          out += kReplacement;
        } else {
          out.append(text.substr(begin, end - begin));
        }
      },
      [&](size_t, size_t) { out += kReplacement; });
  return out;
}

// The value with its texts cleaned; nullopt when it holds none to clean.
struct CleanValue {
  std::optional<Value> operator()(const std::string& text) const {
    if (is_clean(text)) return std::nullopt;
    return cleaned(text);
  }
  std::optional<Value> operator()(const std::vector<std::string>& texts) const {
    if (std::all_of(texts.begin(), texts.end(), is_clean)) return std::nullopt;
    std::vector<std::string> out;
    for (const auto& text : texts) out.push_back(cleaned(text));
    return out;
  }
  std::optional<Value> operator()(const Amounts& amounts) const {
    if (std::all_of(amounts.begin(), amounts.end(), [](const auto& amount) { return is_clean(amount.first); })) {
      return std::nullopt;
    }
    Amounts out = amounts;
    for (auto& amount : out) amount.first = cleaned(amount.first);
    return out;
  }
  std::optional<Value> operator()(const Columns& columns) const {
    if (std::all_of(columns.begin(), columns.end(),
                    [](const Column& column) { return is_clean(column.key) && is_clean(column.label); })) {
      return std::nullopt;
    }
    Columns out = columns;
    for (auto& column : out) {
      column.key = cleaned(column.key);
      column.label = cleaned(column.label);
    }
    return out;
  }
  std::optional<Value> operator()(const Objects& objects) const {
    auto clean_entry = [](const auto& entry) { return is_clean(entry.first) && (!entry.second || is_clean(*entry.second)); };
    if (std::all_of(objects.begin(), objects.end(),
                    [&](const Object& object) { return std::all_of(object.begin(), object.end(), clean_entry); })) {
      return std::nullopt;
    }
    Objects out = objects;
    for (auto& object : out) {
      for (auto& entry : object) {
        entry.first = cleaned(entry.first);
        if (entry.second) entry.second = cleaned(*entry.second);
      }
    }
    return out;
  }
  template <class Other>
  std::optional<Value> operator()(const Other&) const {
    return std::nullopt;
  }
};

}  // namespace

size_t clean_text(Record& record) {
  size_t changed = 0;
  const auto& fields = record.type().fields;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (auto value = std::visit(CleanValue{}, record.values()[i])) {
      record.set(fields[i].name, std::move(*value));
      ++changed;
    }
  }
  bool has_repairs = std::any_of(fields.begin(), fields.end(), [](const FieldDef& f) { return f.name == "repairs"; });
  if (changed > 0 && has_repairs) {
    std::vector<std::string> repairs;
    if (const auto* listed = std::get_if<std::vector<std::string>>(&record.get("repairs"))) repairs = *listed;
    repairs.emplace_back(kTextCleaned);
    record.set("repairs", std::move(repairs));
  }
  return changed;
}

size_t clean_document_text(std::vector<Record>& records) {
  size_t changed = 0;
  for (auto& record : records) changed += clean_text(record);
  if (changed == 0 || records.empty() || &records.front().type() != &document_type()) return changed;
  Record check(check_type());
  check.set("doc_id", records.front().get("doc_id"))
      .set("rule", std::string("text.cleaned"))
      .set("ok", false)
      .set("detail", fmt::format("{} {} held NUL bytes or bytes that are not UTF-8; each such character is now U+FFFD "
                                 "(the records list the repair text_cleaned where they have repairs)",
                                 changed, changed == 1 ? "value" : "values"));
  records.push_back(std::move(check));
  return changed;
}

std::string source_name(std::string_view path) {
  if (is_clean(path) && path.find('\\') == std::string_view::npos) return std::string(path);
  std::string out;
  scan_utf8(
      path,
      [&](UChar32 c, size_t begin, size_t end) {
        if (c == '\\') {
          out += "\\\\";
        } else {
          out.append(path.substr(begin, end - begin));
        }
      },
      [&](size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i) out += fmt::format("\\x{:02x}", static_cast<unsigned char>(path[i]));
      });
  return out;
}

}  // namespace budgetpdf::schema
