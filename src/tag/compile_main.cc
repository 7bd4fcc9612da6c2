// dyad_tag_compile LINGUA_DIR OUTPUT [VERBS_DIR]: the tagger's build step.
// Compiles Lingua::EN::Tagger's tables in LINGUA_DIR (words.yml, unknown.yml,
// tags.yml), with the irregular verb forms of the verb dictionaries in
// VERBS_DIR (dictionary_forms.h), into the binary model OUTPUT (format in
// src/tag/model.h), written to OUTPUT.tmp and renamed so a failed run leaves
// no partial model.
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "dictionary_forms.h"
#include "lingua.h"
#include "model.h"

int main(int argc, char** argv) {
  if (argc != 3 && argc != 4) {
    std::fprintf(stderr, "usage: dyad_tag_compile LINGUA_DIR OUTPUT [VERBS_DIR]\n");
    return 2;
  }
  dyad::StatusOr<std::vector<std::string>> forms = std::vector<std::string>();
  if (argc == 4) forms = dyad::tag::ReadIrregularForms(argv[3]);
  if (!forms.ok()) {
    std::fprintf(stderr, "dyad_tag_compile: %s\n", forms.status().message().c_str());
    return 1;
  }
  dyad::StatusOr<dyad::tag::ModelData> data = dyad::tag::CompileLinguaDir(argv[1], *forms);
  if (!data.ok()) {
    std::fprintf(stderr, "dyad_tag_compile: %s\n", data.status().message().c_str());
    return 1;
  }
  const std::string bytes = dyad::tag::SerializeModel(*data);
  // Check that the run-time loader accepts what we wrote.
  auto check = dyad::tag::ParseModel(bytes, argv[2]);
  if (check.ok()) {
    auto model = dyad::tag::Model::Create(std::move(*check), argv[2]);
    if (!model.ok()) check = model.status();
  }
  if (!check.ok()) {
    std::fprintf(stderr, "dyad_tag_compile: %s\n", check.status().message().c_str());
    return 1;
  }
  const std::string tmp = std::string(argv[2]) + ".tmp";
  std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out || std::rename(tmp.c_str(), argv[2]) != 0) {
    std::fprintf(stderr, "dyad_tag_compile: cannot write %s\n", argv[2]);
    return 1;
  }
  return 0;
}
