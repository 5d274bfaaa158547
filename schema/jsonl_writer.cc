#include "schema/jsonl_writer.h"

#include <nlohmann/json.hpp>

namespace budgetpdf::schema {
namespace {

using Json = nlohmann::ordered_json;

struct ToJson {
  Json operator()(std::monostate) const { return nullptr; }
  Json operator()(bool b) const { return b; }
  Json operator()(std::int64_t i) const { return i; }
  Json operator()(const std::string& s) const { return s; }
  Json operator()(const Decimal& d) const { return d.to_string(); }
  Json operator()(const std::vector<int>& v) const { return v; }
  Json operator()(const std::vector<std::string>& v) const { return v; }
  Json operator()(const Amounts& amounts) const {
    Json object = Json::object();
    for (const auto& [key, value] : amounts) {
      object[key] = value ? Json(value->to_string()) : Json(nullptr);
    }
    return object;
  }
  Json operator()(const Columns& columns) const {
    Json list = Json::array();
    for (const auto& column : columns) list.push_back(Json{{"key", column.key}, {"label", column.label}});
    return list;
  }
  Json operator()(const Objects& objects) const {
    Json list = Json::array();
    for (const auto& object : objects) {
      Json entry = Json::object();
      for (const auto& [key, value] : object) entry[key] = value ? Json(*value) : Json(nullptr);
      list.push_back(std::move(entry));
    }
    return list;
  }
};

}  // namespace

std::string to_json_line(const Record& record) {
  Json object = Json::object();
  const auto& fields = record.type().fields;
  for (size_t i = 0; i < fields.size(); ++i) {
    object[std::string(fields[i].name)] = std::visit(ToJson{}, record.values()[i]);
  }
  // Invalid UTF-8 in a source is replaced rather than aborting the batch.
  return object.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string to_json_text(const Value& value) {
  return std::visit(ToJson{}, value).dump(-1, ' ', false, Json::error_handler_t::replace);
}

void JsonlWriter::write(const Record& record) {
  out_ << to_json_line(record) << '\n';
}

}  // namespace budgetpdf::schema
