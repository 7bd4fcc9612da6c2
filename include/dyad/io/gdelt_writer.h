// GDELT 2.0 output: the event table (61 tab-separated columns) and the
// mentions table (16 columns), in the column order of the GDELT 2.0 Event
// Codebook, so that tools written for GDELT's files read dyad's.
//
// Events are deduplicated over the whole run: the same (date, source, target,
// code, action place) from several sentences or stories is one event row, with
// NumMentions, NumSources and NumArticles counted, and one mentions row per
// sentence that mentions it. Mention rows are written as they come; event rows
// when the writer finishes (EventWriter::Finish, or its destructor).
// docs/gdelt.md says what each column holds and which stay empty.
#ifndef DYAD_IO_GDELT_WRITER_H_
#define DYAD_IO_GDELT_WRITER_H_

#include <cstdio>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "dyad/base/date.h"
#include "dyad/dict/cameo.h"
#include "dyad/io/event_writer.h"

namespace dyad::io {

// A column's type in the codebook. Any field may be empty (GDELT's NULL).
enum class GdeltType { kInteger, kFloat, kString };

struct GdeltColumn {
  std::string_view name;  // as the codebook spells it ("Actor1CountryCode")
  GdeltType type;
};

// The columns of each table, in file order: 61 for events, 16 for mentions.
std::span<const GdeltColumn> GdeltEventColumns();
std::span<const GdeltColumn> GdeltMentionColumns();

// A CAMEO actor code split into GDELT's actor fields. `code` is the whole
// code; the others are 3-letter blocks of it (empty when absent).
struct GdeltActor {
  std::string code, country, known_group, ethnic, religion1, religion2;
  std::string type1, type2, type3;
};

// Splits a CAMEO actor code ("USAGOV", "IGOWSTNAT", "NGOGBRHRI") into
// GDELT's fields: country (a leading country or region code, or one after
// IGO/NGO/IMG/...), known group (an organisation's own code: "NAT" in
// IGOWSTNAT), religions, and up to three role codes (GOV, MIL, IGO, ...).
// Ethnic codes are not recognised (CAMEO's list is long; left empty). "---"
// and codes that are not 3-letter blocks (new actors in quotes) give only `code`,
// and "---" gives nothing at all.
GdeltActor SplitCameoActor(std::string_view code);

// GDELT's FractionDate, "YYYY.FFFF": the year plus day-of-year / 365 to four
// places (20140101 -> "2014.0027"). "" for kNoDate.
std::string GdeltFractionDate(Date date);

struct GdeltOptions {
  bool header = false;  // write a line of column names first (GDELT's files have none)
};

// Writes GDELT 2.0 events to `events` and mentions to `mentions` (which may be
// null: no mentions table). `cameo` (may be null) supplies QuadClass and
// GoldsteinScale. The files must outlive the writer; the event rows are
// written by Finish() (or the destructor, if Finish was not called).
std::unique_ptr<EventWriter> MakeGdeltWriter(std::FILE* events, std::FILE* mentions,
                                             const dict::CameoTable* cameo,
                                             GdeltOptions options = {});

}  // namespace dyad::io

#endif  // DYAD_IO_GDELT_WRITER_H_
