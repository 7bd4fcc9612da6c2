// See dictionary_choice.h.
#include "cli/dictionary_choice.h"

#include <cstdio>

#include "dyad/base/file.h"

namespace dyad::cli {

namespace {

std::string FolderOf(const std::string& spec) {
  return spec.starts_with("petrarch:") ? spec.substr(9) : spec;
}

// A dictionary named by the <Environment>: beside the XML file, else in the folder.
std::string Locate(const std::string& name, const std::string& xml_path, const std::string& spec) {
  if (name.empty()) return name;
  std::string beside = PathBeside(xml_path, name);
  if (FileExists(beside) || spec.empty()) return beside;
  return FolderOf(spec) + "/" + name;
}

}  // namespace

StatusOr<std::unique_ptr<dict::Dictionaries>> ChooseDictionaries(const std::string& xml_path,
                                                                 const io::Environment& env,
                                                                 const std::string& spec) {
  if (!env.present) {
    if (spec.empty()) {
      return Status::InvalidInput(xml_path +
                                  " names no dictionaries (no <Environment>): give --dictionaries "
                                  "petrarch:DIR");
    }
    return dict::LoadDictionaries(spec);
  }
  dict::PetrarchFiles names;
  names.verbs = Locate(env.verb_file, xml_path, spec);
  for (const auto& a : env.actor_files) names.actors.push_back(Locate(a, xml_path, spec));
  names.agents = Locate(env.agent_file, xml_path, spec);
  names.discards = Locate(env.discard_file, xml_path, spec);
  names.issues = Locate(env.issue_file, xml_path, spec);
  return dict::LoadPetrarchDictionaries(names);
}

StatusOr<std::unique_ptr<dict::Dictionaries>> LoadDictionariesOrOwn(const std::string& spec,
                                                                    const std::string& data_dir) {
  return spec.empty() ? dict::LoadDyadDictionaries(data_dir) : dict::LoadDictionaries(spec);
}

void ReportDictionaryWarnings(const dict::Dictionaries& dicts, bool all) {
  const auto& warnings = dicts.diagnostics.warnings;
  size_t shown = all ? warnings.size() : std::min<size_t>(warnings.size(), 3);
  for (size_t i = 0; i < shown; ++i) std::fprintf(stderr, "warning: %s\n", warnings[i].c_str());
  if (shown < warnings.size()) {
    std::fprintf(
        stderr,
        "warning: ... %zu more dictionary lines skipped (--dictionary-warnings lists them)\n",
        warnings.size() - shown);
  }
}

}  // namespace dyad::cli
