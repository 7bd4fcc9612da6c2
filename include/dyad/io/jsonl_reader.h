// Reader for articles as JSON Lines: one object per line,
//   {"id": "...", "date": "2015-11-25", "text": "...", "title": ..., "url": ..., "source": ...}
// "id" and "text" are required; "date" is YYYY-MM-DD or YYYYMMDD (optional).
// A line that is not such an object becomes a Reject naming the file, line and
// reason; reading goes on. Blank lines are skipped.
#ifndef DYAD_IO_JSONL_READER_H_
#define DYAD_IO_JSONL_READER_H_

#include <functional>
#include <string>
#include <string_view>

#include "dyad/base/date.h"
#include "dyad/base/status.h"
#include "dyad/io/petrarch_xml.h"

namespace dyad::io {

struct Article {
  std::string id, title, url, source, text;
  Date date = kNoDate;
  int line = 0;
};

// Parses one line; errors say what is wrong with it (no file or line).
StatusOr<Article> ParseArticleLine(std::string_view line);

// Streams `path` ("-" = standard input) line by line, in bounded memory (the
// longest line). Returns an error only if the file cannot be read.
Status ReadJsonLines(const std::string& path, const std::string& file_name,
                     const std::function<void(Article&&)>& on_article,
                     const std::function<void(Reject&&)>& on_reject);

}  // namespace dyad::io

#endif  // DYAD_IO_JSONL_READER_H_
