// Loading a dictionary bundle from PETRARCH files.
#include "dyad/dict/dictionaries.h"

#include "dict/petrarch_readers.h"
#include "dyad/base/file.h"
#include "dyad/base/text.h"

namespace dyad::dict {

namespace {

using Reader = Status (*)(std::string_view, const std::string&, Dictionaries*);

Status ReadOne(const std::string& path, Reader reader, Dictionaries* dicts) {
  if (path.empty()) return Status::Ok();
  DYAD_ASSIGN_OR_RETURN(std::string text, ReadFile(path));
  return reader(text, path, dicts);
}

}  // namespace

void Dictionaries::Finish() {
  // dyad's coder matches "* that TARGET ..." without its "that" (pattern_match.cc).
  verbs.Finish(format == Format::kDyad ? vocabulary.Find("THAT") : kUnknownWord);
  actors.names().Finish();
  agents.names().Finish();
  discards.phrases.Finish();
  issues.phrases.Finish();
}

StatusOr<std::unique_ptr<Dictionaries>> LoadPetrarchDictionaries(const PetrarchFiles& files) {
  auto dicts = std::make_unique<Dictionaries>();
  DYAD_RETURN_IF_ERROR(ReadOne(files.verbs, petrarch::ReadVerbs, dicts.get()));
  for (const std::string& actors : files.actors) {
    DYAD_RETURN_IF_ERROR(ReadOne(actors, petrarch::ReadActors, dicts.get()));
  }
  DYAD_RETURN_IF_ERROR(ReadOne(files.agents, petrarch::ReadAgents, dicts.get()));
  DYAD_RETURN_IF_ERROR(ReadOne(files.discards, petrarch::ReadDiscards, dicts.get()));
  DYAD_RETURN_IF_ERROR(ReadOne(files.issues, petrarch::ReadIssues, dicts.get()));
  dicts->Finish();
  return dicts;
}

namespace {

// Reads the [Dictionaries] section of a PETR_config.ini.
PetrarchFiles FilesFromConfig(std::string_view ini, const std::string& dir) {
  PetrarchFiles files;
  bool in_section = false;
  ForEachLine(ini, [&](std::string_view line, int) {
    std::string_view s = Trim(line);
    if (s.empty() || s[0] == '#' || s[0] == ';') return;
    if (s[0] == '[') {
      in_section = s == "[Dictionaries]";
      return;
    }
    size_t eq = s.find('=');
    if (!in_section || eq == std::string_view::npos) return;
    std::string_view key = Trim(s.substr(0, eq));
    std::string_view value = Trim(s.substr(eq + 1));
    auto in_dir = [&](std::string_view name) { return dir + "/" + std::string(Trim(name)); };
    if (key == "verbfile_name") files.verbs = in_dir(value);
    if (key == "agentfile_name") files.agents = in_dir(value);
    if (key == "discardfile_name") files.discards = in_dir(value);
    if (key == "issuefile_name") files.issues = in_dir(value);
    if (key == "actorfile_list") {
      while (!value.empty()) {
        size_t comma = value.find(',');
        std::string_view name = Trim(value.substr(0, comma));
        if (!name.empty()) files.actors.push_back(in_dir(name));
        if (comma == std::string_view::npos) break;
        value.remove_prefix(comma + 1);
      }
    }
  });
  return files;
}

}  // namespace

StatusOr<PetrarchFiles> FindPetrarchFiles(const std::string& dir) {
  std::string ini = dir + "/PETR_config.ini";
  if (FileExists(ini)) {
    DYAD_ASSIGN_OR_RETURN(std::string text, ReadFile(ini));
    PetrarchFiles files = FilesFromConfig(text, dir);
    if (files.verbs.empty())
      return Status::InvalidInput(ini + ": no verbfile_name in [Dictionaries]");
    return files;
  }
  PetrarchFiles files;
  files.verbs = dir + "/CAMEO.2.0.txt";
  for (const char* name : {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                           "Phoenix.MilNonState.actors.txt"}) {
    files.actors.push_back(dir + "/" + name);
  }
  files.agents = dir + "/Phoenix.agents.txt";
  files.discards = dir + "/Phoenix.discards.txt";
  files.issues = dir + "/Phoenix.IssueCoding.txt";
  if (!FileExists(files.verbs)) {
    return Status::NotFound(
        dir + ": no PETR_config.ini and no CAMEO.2.0.txt: not a PETRARCH dictionary folder");
  }
  return files;
}

StatusOr<std::unique_ptr<Dictionaries>> LoadDictionaries(const std::string& spec) {
  std::string dir = spec;
  if (spec.starts_with("petrarch:")) {
    dir = spec.substr(9);
  } else if (spec.starts_with("dyad:")) {
    return LoadDyadDictionaries(spec.substr(5));
  } else if (FileExists(dir + "/dyad.txt")) {
    return LoadDyadDictionaries(dir);
  }
  DYAD_ASSIGN_OR_RETURN(PetrarchFiles files, FindPetrarchFiles(dir));
  return LoadPetrarchDictionaries(files);
}

}  // namespace dyad::dict
