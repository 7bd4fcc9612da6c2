// Tests of the dictionaries dyad ships in data/: they load without skipped
// lines, cover every ISO 3166-1 country (Debian's iso-codes list), and resolve
// titles and people by date as the facts say.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <set>
#include <string>

#include "dyad/base/file.h"
#include "dyad/code/coder.h"
#include "dyad/dict/dictionaries.h"

namespace dyad::dict {
namespace {

const Dictionaries& Shipped() {
  static const std::unique_ptr<Dictionaries> dicts = [] {
    auto loaded = LoadDyadDictionaries(std::string(DYAD_SOURCE_DIR) + "/data");
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return loaded.ok() ? std::move(loaded).value() : std::make_unique<Dictionaries>();
  }();
  return *dicts;
}

std::string Code(std::initializer_list<std::string_view> words, Date date) {
  std::vector<std::string_view> w(words);
  return code::CodeNounPhrase(Shipped(), w, date, nullptr);
}

TEST(ShippedDictionariesTest, LoadWithoutSkippedLines) {
  const Dictionaries& d = Shipped();
  std::string all;
  for (const std::string& w : d.diagnostics.warnings) all += w + "\n";
  EXPECT_TRUE(d.diagnostics.warnings.empty()) << all;
  EXPECT_EQ(d.format, Dictionaries::Format::kDyad);
}

TEST(ShippedDictionariesTest, EveryIsoCountryHasABlock) {
  const std::string path = "/usr/share/iso-codes/json/iso_3166-1.json";
  ASSERT_TRUE(FileExists(path)) << path << " is missing: scripts/setup installs iso-codes";
  simdjson::ondemand::parser parser;
  simdjson::padded_string json = simdjson::padded_string::load(path);
  simdjson::ondemand::document doc = parser.iterate(json);
  std::set<std::string> iso;
  for (auto entry : doc["3166-1"].get_array()) {
    std::string_view alpha3 = entry["alpha_3"].get_string();
    iso.emplace(alpha3);
  }
  ASSERT_GT(iso.size(), 240u);
  std::set<std::string> blocks;  // country blocks are actors named by their ISO code
  for (const Actor& a : Shipped().actors.actors()) blocks.insert(a.name);
  for (const std::string& code : iso) EXPECT_TRUE(blocks.count(code)) << code << " has no block";
}

// Facts checked by hand against the record of who held which office.
TEST(ShippedDictionariesTest, TitlesAndPeopleByDate) {
  EXPECT_EQ(Code({"the", "French", "President"}, 20151125), "FRAGOV");
  EXPECT_EQ(Code({"the", "UK", "Prime", "Minister"}, 20130829), "GBRGOV");
  EXPECT_EQ(Code({"Hollande"}, 20151125), "FRAGOV");
  EXPECT_EQ(Code({"Hollande"}, 20190101), "FRAELI");
  EXPECT_EQ(Code({"David", "Cameron"}, 20130829), "GBRGOV");
  EXPECT_EQ(Code({"David", "Cameron"}, 20200101), "GBRELI");
  EXPECT_EQ(Code({"Vladimir", "Putin"}, 20151125), "RUSGOV");
  EXPECT_EQ(Code({"Muammar", "Gaddafi"}, 20151125), "LBYELI");
  EXPECT_EQ(Code({"Moscow"}, 20151125), "RUSGOV");
  EXPECT_EQ(Code({"French", "troops"}, 20151125), "FRAMIL");
  EXPECT_EQ(Code({"Taliban"}, 20150101), "AFGINS");
  EXPECT_EQ(Code({"Taliban"}, 20220101), "AFGGOV");
  EXPECT_EQ(Code({"NATO"}, 20220101), "IGOWSTNAT");
}

// docs/articles.md, "Coding conventions for gold writers", rule 2: jihadist
// groups are insurgents of their base country, other armed movements rebels.
TEST(ShippedDictionariesTest, ArmedGroupsFollowTheGoldConventions) {
  EXPECT_EQ(Code({"al-Shabaab"}, 20200101), "SOMINS");
  EXPECT_EQ(Code({"ISWAP"}, 20200101), "NGAINS");
  EXPECT_EQ(Code({"Hamas"}, 20240101), "PSEINS");
  EXPECT_EQ(Code({"Islamic", "Jihad"}, 20240101), "PSEINS");
  EXPECT_EQ(Code({"JNIM"}, 20240101), "MLIINS");
  EXPECT_EQ(Code({"Jaish-e-Mohammed"}, 20190101), "PAKINS");
  EXPECT_EQ(Code({"ISIS-K"}, 20210826), "AFGINS");
  EXPECT_EQ(Code({"Islamic", "State"}, 20170101), "---INS");
  EXPECT_EQ(Code({"Hezbollah"}, 20240101), "LBNREB");
  EXPECT_EQ(Code({"Hassan", "Nasrallah"}, 20200101), "LBNREB");
  EXPECT_EQ(Code({"M23"}, 20240101), "CODREB");
  EXPECT_EQ(Code({"the", "ELN"}, 20240101), "COLREB");
  EXPECT_EQ(Code({"RSF"}, 20230301), "SDNMIL");
  EXPECT_EQ(Code({"RSF"}, 20230501), "SDNREB");
  EXPECT_EQ(Code({"Kosovo"}, 20230101), "KSV");
}

// Role words and bodies of wire English (actors10).
TEST(ShippedDictionariesTest, BodiesAndRolesOfNewsEnglish) {
  // Latin America's Public Ministry is the prosecution service.
  EXPECT_EQ(Code({"Peru", "'s", "Public", "Ministry"}, 20230101), "PERJUD");
  EXPECT_EQ(Code({"the", "Moroccan", "banking", "association"}, 20230101), "MARBUS");
  EXPECT_EQ(Code({"the", "Botswana", "Defence", "Force"}, 20230101), "BWAMIL");
  EXPECT_EQ(Code({"a", "Turkish", "fighter", "pilot"}, 20230101), "TURMIL");
  EXPECT_EQ(Code({"U.S.", "Africa", "Command"}, 20230101), "USAMIL");
  EXPECT_EQ(Code({"CENTCOM"}, 20230101), "USAMIL");
  // "criminal" qualifying a deed names no criminals; "criminals" do.
  EXPECT_EQ(Code({"criminal", "Iranian", "aggression"}, 20230101), "IRN");
  EXPECT_EQ(Code({"Iranian", "criminals"}, 20230101), "IRNCRM");
  // "Sadr" is a surname, not Western Sahara's SADR.
  EXPECT_EQ(Code({"Sadr"}, 20230101), "---");
  // The text's own word "separatists" is SEP; a group's name keeps its code.
  EXPECT_EQ(Code({"Nigerien", "separatists"}, 20230101), "NERSEP");
  EXPECT_EQ(Code({"Polisario", "Front"}, 20230101), "ESHREB");
  // A junta's chief is the army's, as a junta is; as prime minister, the government's.
  EXPECT_EQ(Code({"Min", "Aung", "Hlaing"}, 20210424), "MMRMIL");
  EXPECT_EQ(Code({"Min", "Aung", "Hlaing"}, 20230101), "MMRGOV");
  EXPECT_EQ(Code({"Southeast", "Asian", "leaders"}, 20210424), "IGOSEAASN");
  EXPECT_EQ(Code({"Southeast", "Asian", "nations"}, 20210424), "SEA");
  EXPECT_EQ(Code({"the", "State", "Department"}, 20241130), "USAGOV");
  EXPECT_EQ(Code({"President-elect", "Bernardo", "Arevalo"}, 20230912), "GTMOPP");
  // The attacker a shooting or stabbing names (gold conventions, rule 3); bombers are aircraft.
  EXPECT_EQ(Code({"the", "shooter"}, 20230101), "---UAF");
  EXPECT_EQ(Code({"a", "knifeman"}, 20230101), "---UAF");
  EXPECT_EQ(Code({"Russian", "bombers"}, 20230101), "RUSMIL");
}

// Native peoples of the Americas named as "Indians" are no Indians of India;
// "Indians" alone still are.
TEST(ShippedDictionariesTest, NativeAmericanIndiansAreNoIndians) {
  EXPECT_EQ(Code({"Quechua", "Indians"}, 20050601), "---CVL");
  EXPECT_EQ(Code({"thousands", "of", "Mapuche", "Indians"}, 20180601), "---CVL");
  EXPECT_EQ(Code({"Indians"}, 20180601), "IND");
  EXPECT_EQ(Code({"Indian", "troops"}, 20180601), "INDMIL");
}

// Mutineers are soldiers still under arms, as coup leaders are; deserters
// have left the army.
TEST(ShippedDictionariesTest, MutineersAreTheMilitary) {
  EXPECT_EQ(Code({"Guinean", "mutineers"}, 20210901), "GINMIL");
  EXPECT_EQ(Code({"mutinous", "troops"}, 20210901), "---MIL");
  EXPECT_EQ(Code({"Syrian", "deserters"}, 20120101), "SYROPP");
}

// Foreign ministers of 2000-2025 by date, before and after their terms; an
// opposition leader between two offices is the opposition.
TEST(ShippedDictionariesTest, ForeignMinistersByDate) {
  EXPECT_EQ(Code({"Alexander", "Downer"}, 20050301), "AUSGOV");
  EXPECT_EQ(Code({"Downer"}, 20100301), "AUSELI");
  EXPECT_EQ(Code({"Garcia-Margallo"}, 20130301), "ESPGOV");
  EXPECT_EQ(Code({"Didier", "Reynders"}, 20150301), "BELGOV");
  EXPECT_EQ(Code({"Didier", "Reynders"}, 20210301), "IGOEUREEC");
  EXPECT_EQ(Code({"Carl", "Bildt"}, 20100301), "SWEGOV");
  EXPECT_EQ(Code({"Ri", "Yong", "Ho"}, 20170901), "PRKGOV");
  EXPECT_EQ(Code({"Vladimir", "Makei"}, 20150301), "BLRGOV");
  EXPECT_EQ(Code({"Jean", "Asselborn"}, 20100301), "LUXGOV");
  EXPECT_EQ(Code({"Jean", "Asselborn"}, 20250301), "LUXELI");
  EXPECT_EQ(Code({"Yushchenko"}, 20041125), "UKROPP");
  EXPECT_EQ(Code({"Yushchenko"}, 20060101), "UKRGOV");
}

// A leader named before their first office led the opposition (or sat in
// parliament): not a former leader.
TEST(ShippedDictionariesTest, LeadersBeforeOfficeAreNoFormerLeaders) {
  EXPECT_EQ(Code({"Mariano", "Rajoy"}, 20090101), "ESPOPP");
  EXPECT_EQ(Code({"Mariano", "Rajoy"}, 20130101), "ESPGOV");
  EXPECT_EQ(Code({"Jair", "Bolsonaro"}, 20170101), "BRALEG");
  EXPECT_EQ(Code({"Justin", "Trudeau"}, 20140101), "CANOPP");
  EXPECT_EQ(Code({"Evo", "Morales"}, 20040101), "BOLOPP");
  EXPECT_EQ(Code({"Evo", "Morales"}, 20200101), "BOLELI");
}

// US national security officials by date: the Director of National
// Intelligence is a cabinet official (GOV), CIA directors the agency (SPY).
TEST(ShippedDictionariesTest, UsSecurityOfficialsByDate) {
  EXPECT_EQ(Code({"Director", "of", "National", "Intelligence"}, 20180716), "USAGOV");
  EXPECT_EQ(Code({"Dan", "Coats"}, 20180716), "USAGOV");
  EXPECT_EQ(Code({"Dan", "Coats"}, 20150101), "USALEG");
  EXPECT_EQ(Code({"George", "Tenet"}, 20030201), "USASPY");
  EXPECT_EQ(Code({"Stephen", "Hadley"}, 20060601), "USAGOV");
  EXPECT_EQ(Code({"Stephen", "Hadley"}, 20120601), "USAELI");
}

// The security committees of former Soviet states are intelligence
// services; a parliament's security committee is not.
TEST(ShippedDictionariesTest, SovietStyleSecurityCommitteesAreIntelligence) {
  EXPECT_EQ(
      Code({"Tajikistan", "'s", "State", "Committee", "for", "National", "Security"}, 20200101),
      "TJKSPY");
  EXPECT_EQ(Code({"the", "Belarusian", "KGB"}, 20200101), "BLRSPY");
  EXPECT_NE(Code({"Iran", "'s", "parliamentary", "national", "security", "committee"}, 20200101),
            "IRNSPY");
}

// "The Commonwealth" alone is the Commonwealth of Nations; its games, the
// UK's Foreign and Commonwealth Office and the other commonwealths are not.
TEST(ShippedDictionariesTest, TheCommonwealthIsTheCommonwealthOfNations) {
  EXPECT_EQ(Code({"the", "Commonwealth"}, 20090901), "IGOCWN");
  EXPECT_EQ(Code({"the", "Foreign", "and", "Commonwealth", "Office"}, 20150101), "GBRGOV");
  EXPECT_EQ(Code({"the", "Commonwealth", "Games"}, 20220801), "---");
  EXPECT_EQ(Code({"the", "Commonwealth", "of", "Independent", "States"}, 20100101), "IGOCASCIS");
}

TEST(ShippedDictionariesTest, EveryTitleHolderIsFound) {
  const Dictionaries& d = Shipped();
  std::set<std::string> offices;
  for (const Actor& a : d.actors.actors()) {
    if (!a.office.empty()) offices.insert(a.office);
  }
  for (const OfficeTerm& t : d.office_terms) EXPECT_TRUE(offices.count(t.office)) << t.office;
  EXPECT_GT(d.office_terms.size(), 1000u);
}

}  // namespace
}  // namespace dyad::dict
