// Which dictionaries a command uses: those a PETRARCH file's <Environment>
// names (looked up beside the file, else in the --dictionaries folder), or the
// --dictionaries folder itself. Shared by `validate`, `code` and `explain`.
#ifndef DYAD_SRC_CLI_DICTIONARY_CHOICE_H_
#define DYAD_SRC_CLI_DICTIONARY_CHOICE_H_

#include <memory>
#include <string>

#include "dyad/base/status.h"
#include "dyad/dict/dictionaries.h"
#include "dyad/io/petrarch_xml.h"

namespace dyad::cli {

// `xml_path` is the file whose `env` this is; `spec` the --dictionaries value
// ("" when not given). The environment wins when present.
StatusOr<std::unique_ptr<dict::Dictionaries>> ChooseDictionaries(const std::string& xml_path,
                                                                 const io::Environment& env,
                                                                 const std::string& spec);

// The dictionaries `spec` names ("dyad:DIR", "petrarch:DIR", DIR), or dyad's
// own in `data_dir` when `spec` is empty.
StatusOr<std::unique_ptr<dict::Dictionaries>> LoadDictionariesOrOwn(const std::string& spec,
                                                                    const std::string& data_dir);

// Prints the dictionary warnings: all of them with `all`, else a count and the first few.
void ReportDictionaryWarnings(const dict::Dictionaries& dicts, bool all);

}  // namespace dyad::cli

#endif  // DYAD_SRC_CLI_DICTIONARY_CHOICE_H_
