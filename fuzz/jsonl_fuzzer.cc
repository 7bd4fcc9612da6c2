// Fuzzes the JSON Lines article parser: any bytes give an article or an error.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dyad/io/jsonl_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view line(reinterpret_cast<const char*>(data), size);
  auto article = dyad::io::ParseArticleLine(line);
  if (article.ok() && (article->id.empty() || article->text.empty())) std::abort();
  if (!article.ok() && article.status().message().empty()) std::abort();
  return 0;
}
