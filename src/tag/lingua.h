// Compiles Lingua::EN::Tagger's Penn-Treebank-derived tables (Debian package
// liblingua-en-tagger-perl, /usr/share/perl5/Lingua/EN/Tagger) into a tagger
// Model. This is the build step: dyad_tag_compile runs it once and writes the
// binary model; the tagger never reads YAML.
//
// Inputs, one map per line as `key: { tag: number, ... }` (keys may be quoted):
//   words.yml    word -> tag counts (numbers as *NUM*, ordinals as *ORD*, ...)
//   unknown.yml  unknown-word class (-cap-, -ing-, ...) -> tag pseudo-counts
//   tags.yml     tag -> next tag -> P(next | tag)
// Lingua's tag names are mapped to Penn's (det -> DT, ppc -> ",", pp -> ".",
// pps -> ":", ppl -> ``, ppr -> '', ppd -> $, prps -> PRP$, wps -> WP$,
// lrb/rrb -> -LRB-/-RRB-, the rest upper-cased).
#ifndef DYAD_SRC_TAG_LINGUA_H_
#define DYAD_SRC_TAG_LINGUA_H_

#include <span>
#include <string>
#include <string_view>

#include "dyad/base/status.h"
#include "model.h"

namespace dyad::tag {

struct LinguaSources {
  std::string_view words_yml, unknown_yml, tags_yml;  // file contents
  std::string_view words_name = "words.yml", unknown_name = "unknown.yml",
                   tags_name = "tags.yml";  // for messages
  // Irregular verb forms of dyad's verb dictionaries (dictionary_forms.h).
  // Each the lexicon lacks, or lists with no verb tag, becomes a verb:
  // a past tense or participle (VBD, VBN), an "-ing" form VBG.
  std::span<const std::string> verb_forms = {};
};

// Errors: InvalidInput naming file:line for a malformed line or an unknown tag.
StatusOr<ModelData> CompileLingua(const LinguaSources& sources);

// Reads DIR/words.yml, DIR/unknown.yml and DIR/tags.yml and compiles them,
// with `verb_forms` as in LinguaSources.
StatusOr<ModelData> CompileLinguaDir(const std::string& dir,
                                     std::span<const std::string> verb_forms = {});

}  // namespace dyad::tag

#endif  // DYAD_SRC_TAG_LINGUA_H_
