// PETRARCH <Config> options that change how the coder works.
#include <charconv>

#include "dyad/base/text.h"
#include "dyad/code/coder.h"

namespace dyad::code {

namespace {

Status ParseBool(std::string_view option, std::string_view value, bool* out) {
  if (EqualsIgnoreCase(value, "true")) {
    *out = true;
  } else if (EqualsIgnoreCase(value, "false")) {
    *out = false;
  } else {
    return Status::InvalidInput("option " + std::string(option) +
                                ": expected true or false, got '" + std::string(value) + "'");
  }
  return Status::Ok();
}

Status ParseInt(std::string_view option, std::string_view value, int* out) {
  value = Trim(value);
  int v = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
  if (ec != std::errc() || end != value.data() + value.size() || v < 0) {
    return Status::InvalidInput("option " + std::string(option) +
                                ": expected a whole number >= 0, got '" + std::string(value) + "'");
  }
  *out = v;
  return Status::Ok();
}

}  // namespace

Status CoderOptions::Set(std::string_view option, std::string_view value) {
  value = Trim(value);
  if (option == "require_dyad") return ParseBool(option, value, &require_dyad);
  if (option == "new_actor_length") return ParseInt(option, value, &new_actor_length);
  struct IntOption {
    std::string_view name;
    int* field;
  };
  const IntOption ints[] = {{"comma_min", &comma_min},   {"comma_max", &comma_max},
                            {"comma_bmin", &comma_bmin}, {"comma_bmax", &comma_bmax},
                            {"comma_emin", &comma_emin}, {"comma_emax", &comma_emax}};
  for (const IntOption& o : ints) {
    if (option == o.name) return ParseInt(option, value, o.field);
  }
  static constexpr std::string_view kIgnored[] = {
      "stop_on_error",    "write_actor_root", "write_actor_text", "write_event_text",
      "code_by_sentence", "null_verbs",       "null_actors"};
  for (std::string_view ignored : kIgnored) {
    if (option == ignored) return Status::Ok();
  }
  return Status::InvalidInput("unknown option '" + std::string(option) + "'");
}

}  // namespace dyad::code
