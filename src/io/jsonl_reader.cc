// JSON Lines articles, parsed with simdjson's On-Demand API (error codes, no
// exceptions).
#include "dyad/io/jsonl_reader.h"

// Only simdjson's error-code API: its throwing overloads do not compile here.
#define SIMDJSON_EXCEPTIONS 0
#include <simdjson.h>

#include "dyad/base/file.h"
#include "dyad/base/text.h"

namespace dyad::io {

namespace {

// Reads an optional string field into `out`; a field of another type is an error.
Status OptionalString(simdjson::ondemand::object& object, const char* key, std::string* out) {
  auto field_error = [&](std::string_view what) {
    return Status::InvalidInput(std::string("field \"") + key + "\": " + std::string(what));
  };
  simdjson::ondemand::value value;
  auto error = object.find_field_unordered(key).get(value);
  if (error == simdjson::NO_SUCH_FIELD) return Status::Ok();
  if (error) return field_error(simdjson::error_message(error));
  simdjson::ondemand::json_type type;
  if ((error = value.type().get(type))) return field_error(simdjson::error_message(error));
  if (type == simdjson::ondemand::json_type::null) return Status::Ok();
  if (type != simdjson::ondemand::json_type::string) return field_error("not a string");
  std::string_view text;
  if ((error = value.get_string().get(text))) return field_error(simdjson::error_message(error));
  out->assign(text);
  return Status::Ok();
}

}  // namespace

StatusOr<Article> ParseArticleLine(std::string_view line) {
  static thread_local simdjson::ondemand::parser parser;
  simdjson::padded_string padded(line);
  simdjson::ondemand::document doc;
  if (auto error = parser.iterate(padded).get(doc)) {
    return Status::InvalidInput(std::string("not JSON: ") + simdjson::error_message(error));
  }
  simdjson::ondemand::object object;
  if (doc.get_object().get(object)) return Status::InvalidInput("not a JSON object");
  Article a;
  std::string date;
  for (auto [key, out] : {std::pair{"id", &a.id},
                          {"text", &a.text},
                          {"date", &date},
                          {"title", &a.title},
                          {"url", &a.url},
                          {"source", &a.source}}) {
    DYAD_RETURN_IF_ERROR(OptionalString(object, key, out));
  }
  if (a.id.empty()) return Status::InvalidInput("missing \"id\"");
  if (a.text.empty()) return Status::InvalidInput("missing \"text\"");
  if (!date.empty()) {
    auto parsed = ParseDate(date);
    if (!parsed.ok()) return Status::InvalidInput("field \"date\": " + parsed.status().message());
    a.date = *parsed;
  }
  return a;
}

Status ReadJsonLines(const std::string& path, const std::string& file_name,
                     const std::function<void(Article&&)>& on_article,
                     const std::function<void(Reject&&)>& on_reject) {
  std::string pending;
  int line_number = 0;
  auto handle = [&](std::string_view line) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (Trim(line).empty()) return;
    auto article = ParseArticleLine(line);
    if (!article.ok())
      return on_reject(Reject{file_name, line_number, "", article.status().message()});
    article->line = line_number;
    on_article(std::move(article).value());
  };
  Status s = ReadFileBlocks(path, 1 << 20, [&](std::string_view block) {
    while (!block.empty()) {
      size_t newline = block.find('\n');
      if (newline == std::string_view::npos) {
        pending.append(block);
        break;
      }
      if (pending.empty()) {
        handle(block.substr(0, newline));
      } else {
        pending.append(block.substr(0, newline));
        handle(pending);
        pending.clear();
      }
      block.remove_prefix(newline + 1);
    }
    return true;
  });
  if (!pending.empty()) handle(pending);
  return s;
}

}  // namespace dyad::io
