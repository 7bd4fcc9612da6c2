// The expected-events notation shared by dictionary examples and the
// development set: "SOURCE TARGET CODE; SOURCE TARGET CODE", or "none".
#ifndef DYAD_SRC_CLI_EVENT_LIST_H_
#define DYAD_SRC_CLI_EVENT_LIST_H_

#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace dyad::cli {

using EventTriple = std::tuple<std::string, std::string, std::string>;  // source, target, code

// Parses `text` into `out` (cleared first; "none" gives no events). Returns
// false when an item is not three words.
bool ParseEventList(std::string_view text, std::vector<EventTriple>* out);

}  // namespace dyad::cli

#endif  // DYAD_SRC_CLI_EVENT_LIST_H_
