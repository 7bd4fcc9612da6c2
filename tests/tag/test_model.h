// A tiny inline Lingua-format model for the tag tests that must always run,
// whether or not liblingua-en-tagger-perl is installed.
#ifndef DYAD_TESTS_TAG_TEST_MODEL_H_
#define DYAD_TESTS_TAG_TEST_MODEL_H_

#include <string_view>

namespace dyad::tag::testing {

inline constexpr std::string_view kWordsYml = R"(--- #YAML:1.0
".": { pp: 1000 }
",": { ppc: 500 }
"``": { ppl: 50 }
"*NUM*": { cd: 300, nns: 2 }
"*ORD*": { jj: 80, cd: 7 }
"*LRB*": { lrb: 20 }
"*RRB*": { rrb: 20 }
the: { det: 900, nnp: 2 }
The: { det: 100, nnp: 3 }
minister: { nn: 40 }
said: { vbd: 300, vbn: 40 }
on: { in: 300, rp: 10 }
that: { in: 200, det: 80, wdt: 60 }
talks: { nns: 30, vbz: 4 }
would: { md: 100 }
resume: { vb: 10 }
he: { prp: 100 }
visit: { vb: 20, nn: 15 }
a: { det: 600 }
visits: { nns: 10, vbz: 8 }
plan: { nn: 30, vb: 10 }
to: { to: 500 }
new: { jj: 100, nnp: 5 }
fighting: { vbg: 10, nn: 10 }
police: { nn: 20, nns: 30 }
attack: { nn: 20, vb: 10 }
Tuesday: { nnp: 50 }
big: { jj: 30 }
)";

inline constexpr std::string_view kUnknownYml = R"(--- #YAML:1.0
"-abr-": { nnp: 1000 }
"-cap-": { nnp: 900, nn: 48, nns: 48, vbg: 2, vbz: 2 }
"-ed-": { vbn: 300, nn: 300, jj: 200, vbd: 200 }
"-hyp-": { jj: 530, nn: 470 }
"-hyp-adj-": { jj: 850, nn: 150 }
"-ing-": { vbg: 800, jj: 180, nnp: 10, nn: 10 }
"-ly-": { rb: 900, jj: 100 }
"-s-": { nnp: 48, nn: 48, nns: 900, vbg: 2, vbz: 2 }
"-sym-": { sym: 1000 }
"-tion-": { nn: 950, nnp: 50 }
"-unknown-": { nn: 875, jj: 195, nns: 20, vbz: 10 }
)";

// P(next | tag); rows need not list every tag.
inline constexpr std::string_view kTagsYml = R"(--- #YAML:1.0
pp: { det: 0.3, nnp: 0.25, prp: 0.2, ppl: 0.05, nn: 0.05, nns: 0.05, jj: 0.05, cd: 0.05 }
det: { nn: 0.5, jj: 0.3, nns: 0.1, nnp: 0.1 }
nn: { vbd: 0.25, in: 0.2, pp: 0.2, nn: 0.1, vbz: 0.1, md: 0.05, ppc: 0.1 }
nns: { vbd: 0.2, in: 0.2, pp: 0.2, md: 0.2, vbp: 0.2 }
nnp: { vbd: 0.3, nnp: 0.3, pp: 0.2, in: 0.1, ppc: 0.1 }
vbd: { in: 0.3, det: 0.2, vbn: 0.1, nns: 0.05, nnp: 0.05, pp: 0.1, prp: 0.1, rp: 0.1 }
vbn: { in: 0.5, pp: 0.5 }
vbz: { det: 0.5, nns: 0.3, in: 0.2 }
in: { det: 0.4, nnp: 0.3, nns: 0.2, nn: 0.1 }
wdt: { vbd: 0.5, md: 0.5 }
md: { vb: 0.9, rb: 0.1 }
vb: { det: 0.5, pp: 0.3, in: 0.2 }
prp: { vbd: 0.6, md: 0.4 }
to: { vb: 0.9, det: 0.1 }
jj: { nn: 0.6, nns: 0.4 }
rp: { det: 0.5, pp: 0.5 }
cd: { nns: 0.6, nn: 0.2, pp: 0.2 }
vbg: { det: 0.5, nns: 0.5 }
ppc: { det: 0.3, nnp: 0.3, prp: 0.4 }
ppl: { det: 0.5, nnp: 0.5 }
lrb: { nnp: 1 }
rrb: { pp: 1 }
rb: { vb: 1 }
sym: { cd: 1 }
vbp: { det: 1 }
)";

}  // namespace dyad::tag::testing

#endif  // DYAD_TESTS_TAG_TEST_MODEL_H_
