// Reactions to a deed told in words no verb codes (see reactions.h): a
// feeling about it, a judgement of it in a reported clause, a name given to
// it. Gated by ReactionWords (SentenceGates), so sentences without such words
// cost one probe a word.
#include "doc/reactions.h"

#include <algorithm>
#include <string>
#include <vector>

#include "doc/person_names.h"
#include "dyad/base/text.h"
#include "dyad/base/word_set.h"
#include "dyad/doc/deeds.h"
#include "dyad/doc/nominal_events.h"

namespace dyad::doc {
namespace {

// "was deeply concerned by", "was disappointed at": feelings that denounce
// what caused them.
constexpr std::string_view kBadFeelings[] = {
    "concerned", "disappointed", "dismayed",   "alarmed", "appalled",  "shocked", "outraged",
    "disturbed", "troubled",     "saddened",   "angered", "horrified", "worried", "upset",
    "incensed",  "perturbed",    "frustrated", "angry",   "indignant", "furious"};
const WordSet& BadFeelings() {
  static const WordSet kWords(kBadFeelings);
  return kWords;
}

// "was pleased with", "was encouraged by": feelings that praise it.
constexpr std::string_view kGoodFeelings[] = {"pleased",   "encouraged", "heartened", "satisfied",
                                              "delighted", "gratified",  "reassured", "happy"};
const WordSet& GoodFeelings() {
  static const WordSet kWords(kGoodFeelings);
  return kWords;
}

// "called the move", "described the decision as", "branded the ruling".
constexpr std::string_view kCallingVerbs[] = {
    "called",  "calls",  "calling",  "described", "describes", "termed", "terms",
    "branded", "brands", "labelled", "labeled",   "dubbed",    "deemed", "declared"};
const WordSet& CallingVerbs() {
  static const WordSet kWords(kCallingVerbs);
  return kWords;
}

// Words that judge a deed wrong: "hostile", "a violation", "a stab in the
// back", "politically motivated", "null and void".
constexpr std::string_view kCondemnations[] = {
    "hostile",       "unacceptable",  "illegal",       "illegitimate",
    "unlawful",      "irresponsible", "provocative",   "provocation",
    "unjustified",   "unjustifiable", "unwarranted",   "regrettable",
    "unfortunate",   "wrong",         "violation",     "mistake",
    "negative",      "dangerous",     "outrageous",    "absurd",
    "unfriendly",    "deplorable",    "disappointing", "counterproductive",
    "baseless",      "unfounded",     "biased",        "unconstitutional",
    "undemocratic",  "arbitrary",     "unjust",        "unfair",
    "sham",          "farce",         "betrayal",      "stab",
    "aggression",    "interference",  "heinous",       "cowardly",
    "barbaric",      "despicable",    "inexcusable",   "criminal",
    "crime",         "terrorism",     "shameful",      "reckless",
    "invalid",       "void",          "unhelpful",     "destabilising",
    "destabilizing", "motivated",     "insult",        "coup",
    "blackmail",     "retaliation",   "humiliation",   "disgrace",
    "backward",      "backwards",     "inadequate",    "insufficient",
    "worrying",      "unreasonable",  "excessive",     "inhumane",
    "persecution",   "hasty",         "premature",     "blasphemous"};
const WordSet& Condemnations() {
  static const WordSet kWords(kCondemnations);
  return kWords;
}

// Words that judge a deed good: "historic", "a positive step", "a
// breakthrough".
constexpr std::string_view kPraises[] = {"positive",     "historic", "constructive", "encouraging",
                                         "good",         "welcome",  "step",         "long-awaited",
                                         "breakthrough", "landmark", "milestone",    "forward",
                                         "victory",      "triumph",  "success",      "achievement"};
const WordSet& Praises() {
  static const WordSet kWords(kPraises);
  return kWords;
}

// Reactions told by a participle ("a move Moscow condemned", "was condemned
// by", "condemned", "welcomed" 051, "rejected" 120), and what a deed drew
// ("drew criticism from Washington").
constexpr std::string_view kCondemningVerbs[] = {
    "condemned", "denounced", "criticised", "criticized", "slammed", "decried", "deplored"};
constexpr std::string_view kPraisingVerbs[] = {"welcomed", "praised", "hailed", "applauded"};
constexpr std::string_view kDrawingVerbs[] = {"drew",      "drawing",   "drawn",
                                              "sparked",   "sparking",  "prompted",
                                              "prompting", "triggered", "provoked"};

// "a claim Islamabad denied", "a charge Bamako denies": a denial (016) of
// an accusation.
constexpr std::string_view kDenyingVerbs[] = {"denied", "denies", "disputed", "disputes"};
// What names a party the wrongdoer after a copula: "Iran was behind the
// attack", "the Russian state was culpable", "Hamas is responsible".
constexpr std::string_view kCulpable[] = {"behind", "culpable", "responsible", "guilty"};
bool IsDenial(std::string_view w) {
  static const WordSet kWords(kDenyingVerbs);
  return kWords.contains(w);
}

// The code of a reaction told by the participle `w`, "" if none.
std::string_view ReactionCode(std::string_view w) {
  static const WordSet kCondemning(kCondemningVerbs);
  static const WordSet kPraising(kPraisingVerbs);
  if (kCondemning.contains(w)) return "111";
  if (kPraising.contains(w)) return "051";
  return EqualsIgnoreCase(w, "rejected") ? "120" : "";
}

// Every word above.
const std::vector<std::string_view>& AllReactionWords() {
  static const std::vector<std::string_view> kWords = [] {
    std::vector<std::string_view> all;
    for (std::span<const std::string_view> list :
         {std::span<const std::string_view>(kBadFeelings),
          std::span<const std::string_view>(kGoodFeelings),
          std::span<const std::string_view>(kCallingVerbs),
          std::span<const std::string_view>(kCondemnations),
          std::span<const std::string_view>(kPraises),
          std::span<const std::string_view>(kCondemningVerbs),
          std::span<const std::string_view>(kPraisingVerbs),
          std::span<const std::string_view>(kDrawingVerbs),
          std::span<const std::string_view>(kDenyingVerbs),
          std::span<const std::string_view>(kCulpable)})
      all.insert(all.end(), list.begin(), list.end());
    all.push_back("rejected");
    all.push_back("release");
    return all;
  }();
  return kWords;
}

bool IsCopula(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"is", "are", "was", "were", "been", "be", "remains", "remained",
                                 "felt", "feels", "seemed"});
}

bool IsQuote(std::string_view w) { return w == "``" || w == "''" || w == "\""; }

bool IsNegation(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"not", "n't", "never", "no", "hardly"});
}

// A party's code: named, not a place, not nothing.
bool IsParty(const code::Mention& m) {
  return !m.place && !m.compound && !m.code.empty() && !m.code.starts_with("---") &&
         m.code.find('"') == std::string::npos;
}

const code::Mention* MentionAt(std::span<const code::Mention> mentions, int begin) {
  for (const code::Mention& m : mentions) {
    if (m.tokens.begin == begin) return &m;
  }
  return nullptr;
}

const code::Mention* MentionEndingAt(std::span<const code::Mention> mentions, int end) {
  for (const code::Mention& m : mentions) {
    if (m.tokens.end == end) return &m;
  }
  return nullptr;
}

// The first party named before word `k` (the subject of the clause that
// opens the sentence), null if none.
const code::Mention* FirstPartyBefore(std::span<const code::Mention> mentions, int k) {
  for (const code::Mention& m : mentions) {
    if (m.tokens.end <= k && IsParty(m)) return &m;
  }
  return nullptr;
}

// The last party named before word `k`, null if none.
const code::Mention* LastPartyBefore(std::span<const code::Mention> mentions, int k) {
  const code::Mention* last = nullptr;
  for (const code::Mention& m : mentions) {
    if (m.tokens.end <= k && IsParty(m)) last = &m;
  }
  return last;
}

// The subject of the verb at `k`: the antecedent of "who" ("Le Drian, who
// last week called ..."); the sentence's first party after an apposition or
// for a verb joined by "and" ("..., called", "and said"); else the party
// right before the verb, else the last one before it.
const code::Mention* SubjectOf(std::span<const std::string_view> words,
                               std::span<const code::Mention> mentions, int k) {
  for (int t = k - 1; t > 0 && t >= k - 4; --t) {
    if (!EqualsIgnoreCase(words[t], "who")) continue;
    const code::Mention* m = MentionEndingAt(mentions, words[t - 1] == "," ? t - 1 : t);
    return m != nullptr && IsParty(*m) ? m : nullptr;
  }
  int before = k - 1;
  while (before > 0 && words[before].ends_with("ly")) --before;
  if (words[before] == "," || EqualsAnyIgnoreCase(words[before], {"and", "but"}))
    return FirstPartyBefore(mentions, k);
  const code::Mention* m = MentionEndingAt(mentions, before + 1);
  return m != nullptr && IsParty(*m) ? m : LastPartyBefore(mentions, k);
}

// Whether a phrase's last word names a deed ("the move", "India's decision").
bool EndsInDeedNoun(std::span<const std::string_view> words, const code::Mention& m) {
  const std::string_view phrase[] = {"the", words[m.tokens.end - 1]};
  return m.tokens.end > m.tokens.begin && Deeds::NamesDeed(phrase);
}

// How the words from `begin` (up to `limit` of them, to a comma or the
// clause's end) judge a deed: "111", "051", or "" for neither or a negated
// judgement ("was not illegal"). A word of condemnation outweighs one of
// praise in the same name ("a historic mistake", "a positive step
// backwards"): the praise qualifies what is condemned.
std::string_view Judgement(std::span<const std::string_view> words, int begin, int limit) {
  const int n = static_cast<int>(words.size());
  std::string_view found;
  for (int t = begin; t < n && t < begin + limit; ++t) {
    std::string_view w = words[t];
    if (w == "," || w == "." || w == ";" || EqualsAnyIgnoreCase(w, {"and", "but", "because"}))
      break;
    if (IsNegation(w)) return {};
    if (Condemnations().contains(w)) return "111";
    if (found.empty() && Praises().contains(w)) found = "051";
  }
  return found;
}

struct Reaction {
  const code::Mention* source = nullptr;
  int object_begin = -1, object_end = -1;  // the deed's phrase
  int verb = -1;                           // the word that tells the reaction
  std::string_view code;
  bool deed_noun_only = true;  // a coded object must name a deed ("India's decision")
  bool no_object = false;      // "said he was appalled.": the article's deed of force
  code::Mention speaker;       // a speaker the coder set aside (TrailingSpeaker)

  // The reaction of `by` told by the word at `at` (`how` its code) to the
  // deed's phrase [begin, end).
  void Tell(const code::Mention* by, int begin, int end, int at, std::string_view how) {
    source = by;
    object_begin = begin;
    object_end = end;
    verb = at;
    code = how;
  }
};

bool VerbCoded(const std::vector<code::Event>& events, int verb) {
  for (const code::Event& e : events) {
    if (e.verb_tokens.begin <= verb && verb < e.verb_tokens.end) return true;
  }
  return false;
}

// Whether `a` and `b` are one side: the same code, or a country and one of
// its actors ("SRB", "SRBGOV").
bool OwnSide(std::string_view a, std::string_view b) {
  return a == b || ((a.size() == 3 || b.size() == 3) && a.size() >= 3 && b.size() >= 3 &&
                    a.substr(0, 3) == b.substr(0, 3));
}

// Appends words [begin, end) to `text`, separated by spaces.
void AppendWords(std::span<const std::string_view> words, int begin, int end, std::string* text) {
  for (int t = begin; t < end; ++t) {
    if (!text->empty()) *text += ' ';
    *text += words[t];
  }
}

// Whether `author` may be reacted to: a party the dictionaries name, or
// unnamed attackers ("---UAF": "was outraged by the killings" gunmen did,
// as "condemned the attack" codes them); no one of no role ("---").
bool IsReactedTo(std::string_view author) {
  return !author.empty() && (!author.starts_with("---") || author == "---UAF");
}

void Append(std::span<const std::string_view> words, const Reaction& r, std::string_view author,
            const std::string& antecedent, std::vector<code::Event>* events) {
  if (!IsReactedTo(author) || OwnSide(r.source->code, author) ||
      HasEventOfRoot(*events, r.source->code, author, r.code))
    return;
  code::Event& e = events->emplace_back();
  e.source = r.source->code;
  e.target = std::string(author);
  e.code = std::string(r.code);
  e.verb_text = std::string(words[r.verb]);
  e.verb_entry = kReactionEntry;
  e.source_tokens = r.source->tokens;
  e.target_tokens = {r.object_begin, r.object_end};
  e.verb_tokens = {r.verb, r.verb + 1};
  e.source_info.actor = r.source->actor;
  AppendWords(words, r.source->tokens.begin, r.source->tokens.end, &e.source_info.text);
  AppendWords(words, r.object_begin, r.object_end, &e.target_info.text);
  e.target_info.antecedent = antecedent;
}

// Whether `source` is one of `authors` ("ESP/IRL/NOR") or of its side.
bool AmongAuthors(std::string_view source, std::string_view authors) {
  while (!authors.empty()) {
    const size_t slash = authors.find('/');
    if (OwnSide(source, authors.substr(0, slash))) return true;
    if (slash == std::string_view::npos) break;
    authors.remove_prefix(slash + 1);
  }
  return false;
}

// One event for each of `authors` ("SOMGOV/ETHGOV"); none if the source is
// one of them (a joint deed of its own: "Spain and Ireland recognised ...
// Madrid called the decision historic").
void AppendEach(std::span<const std::string_view> words, const Reaction& r,
                std::string_view authors, const std::string& antecedent,
                std::vector<code::Event>* events) {
  if (r.source != nullptr && AmongAuthors(r.source->code, authors)) return;
  while (!authors.empty()) {
    const size_t slash = authors.find('/');
    Append(words, r, authors.substr(0, slash), antecedent, events);
    if (slash == std::string_view::npos) break;
    authors.remove_prefix(slash + 1);
  }
}

// "about new arrests of activists": a deed whose phrase codes as its
// patient (the activists), not as who did it.
bool NamesDeedOfItsPatient(std::span<const std::string_view> words, const code::Mention& m) {
  for (int t = m.tokens.begin + 1; t + 1 < m.tokens.end; ++t) {
    if (!EqualsAnyIgnoreCase(words[t + 1], {"of", "on", "against"})) continue;
    const std::string_view phrase[] = {"the", words[t]};
    return Deeds::NamesDeed(phrase);
  }
  return false;
}

// "India's decision": a country's deed is the one its actor did, when the
// article told it ("the decision" by INDGOV); `authors` is left as it is
// otherwise.
void OwnersDeed(std::string_view head, code::PhraseResolver* deeds, std::string* authors,
                std::string* antecedent) {
  if (deeds == nullptr || authors->size() != 3) return;
  const std::string_view phrase[] = {"the", head};
  std::string found, found_antecedent;
  if (!deeds->ResolveDeed(phrase, 0, 2, &found, &found_antecedent) ||
      found.find('/') != std::string::npos || found.size() <= 3 || !found.starts_with(*authors))
    return;
  *authors = std::move(found);
  *antecedent = std::move(found_antecedent);
}

// "disturbed by the declaration [of the emergency]": the end of a deed
// phrase with the "of" complement the parser left outside it (up to four
// words, to a comma, "and" or the clause's end), which may name the deed's
// kind; `end` if none follows.
int OfComplementEnd(std::span<const std::string_view> words, int end) {
  const int n = static_cast<int>(words.size());
  if (end + 1 >= n || !EqualsIgnoreCase(words[end], "of")) return end;
  int last = end + 1;
  while (last < n && last <= end + 4 && words[last] != "," && words[last] != "." &&
         !EqualsAnyIgnoreCase(words[last], {"and", "or", "but", ";"}))
    ++last;
  return last;
}

// The reaction's events: to the coded party the object names, else to each
// author of the deed it describes.
void Emit(std::span<const std::string_view> words, std::span<const code::Mention> mentions,
          const Reaction& r, code::PhraseResolver* deeds, std::vector<code::Event>* events) {
  if (r.source == nullptr || r.code.empty() || VerbCoded(*events, r.verb)) return;
  std::string authors, antecedent;
  if (r.no_object) {
    const std::string_view attack[] = {"the", "attack"};
    if (deeds != nullptr && deeds->ResolveDeed(attack, 0, 2, &authors, &antecedent))
      AppendEach(words, r, authors, antecedent, events);
    return;
  }
  const code::Mention* object = MentionAt(mentions, r.object_begin);
  if (object != nullptr && object->tokens.end != r.object_end) return;
  if (object != nullptr && IsParty(*object) && !NamesDeedOfItsPatient(words, *object)) {
    if (r.deed_noun_only && !EndsInDeedNoun(words, *object)) return;
    authors = object->code;  // "India's decision", or a deed the coder resolved
    OwnersDeed(words[object->tokens.end - 1], deeds, &authors, &antecedent);
  } else if (deeds == nullptr ||
             !deeds->ResolveDeed(words, r.object_begin, OfComplementEnd(words, r.object_end),
                                 &authors, &antecedent)) {
    return;
  }
  AppendEach(words, r, authors, antecedent, events);
}

// "said he was appalled.", "was \"shocked and outraged\"", "was appalled
// and expressed solidarity": a feeling of horror at `k` (`p` the word after
// it and its quotes) that ends its clause (a stop, a comma, a semicolon, "and"
// another clause, after any "and" and another bad feeling), so it is horror
// at the deed of force the article told.
bool EndsFeelingOfHorror(std::span<const std::string_view> words, int k, int p) {
  static const WordSet kHorror = {"appalled",  "shocked",  "outraged",
                                  "horrified", "incensed", "sickened"};
  if (!kHorror.contains(words[k])) return false;
  const int n = static_cast<int>(words.size());
  while (p + 1 < n && EqualsIgnoreCase(words[p], "and") && BadFeelings().contains(words[p + 1])) {
    p += 2;
    while (p < n && IsQuote(words[p])) ++p;
  }
  // "said he was appalled and expressed solidarity": another clause, not
  // another feeling ("shocked and saddened by ...").
  if (p + 1 < n && EqualsIgnoreCase(words[p], "and"))
    return !BadFeelings().contains(words[p + 1]) && !GoodFeelings().contains(words[p + 1]) &&
           !IsNegation(words[p + 1]) && !words[p + 1].ends_with("ly");
  return p >= n || words[p] == "." || words[p] == "," || words[p] == ";";
}

// "it was \"deeply concerned\" by the decision": the feeling at `k`, its
// subject before the copula, the deed after the preposition.
bool ReadFeeling(std::span<const std::string_view> words, std::span<const code::Mention> mentions,
                 int k, Reaction* r) {
  const bool bad = BadFeelings().contains(words[k]);
  if (!bad && !GoodFeelings().contains(words[k])) return false;
  const int n = static_cast<int>(words.size());
  int p = k + 1;
  while (p < n && IsQuote(words[p])) ++p;
  const bool alone = bad && EndsFeelingOfHorror(words, k, p);
  if (!alone &&
      (p + 1 >= n || !EqualsAnyIgnoreCase(words[p], {"by", "at", "over", "with", "about"})))
    return false;
  int c = k - 1;
  while (c > 0 && (IsQuote(words[c]) || words[c].ends_with("ly") ||
                   EqualsAnyIgnoreCase(words[c], {"very", "so", "most", "also", "too"})))
    --c;
  if (c <= 0 || !IsCopula(words[c])) return false;
  for (int t = c + 1; t < k; ++t) {
    if (IsNegation(words[t])) return false;
  }
  const code::Mention* subject = MentionEndingAt(mentions, c);
  if (subject == nullptr || !IsParty(*subject)) return false;
  if (alone) {
    r->Tell(subject, k, k + 1, k, "111");
    r->no_object = true;
    return true;
  }
  const code::Mention* object = MentionAt(mentions, p + 1);
  if (object == nullptr) return false;
  r->Tell(subject, object->tokens.begin, object->tokens.end, k, bad ? "111" : "051");
  // "concerned by China" names who did it; "concerned about Sudan" may
  // only name where, so a coded phrase after another preposition must
  // name a deed ("about Sudan's decision").
  r->deed_noun_only = !EqualsIgnoreCase(words[p], "by");
  return true;
}

// Whether a verb of calling's object is followed, at `t`, by a name for it:
// a quotation, a determiner, an adjective, an adverb or a noun ("called the
// move \"a stab in the back\"", "the ruling a political decision"), not a
// preposition or the clause's end ("called the move on Thursday"); none
// negated.
bool NamesComplement(std::span<const std::string_view> words,
                     std::span<const std::string_view> tags, int t) {
  const int n = static_cast<int>(words.size());
  if (t < n && IsQuote(words[t])) ++t;
  if (t >= n || IsNegation(words[t])) return false;
  const std::string_view tag = tags[t];
  return tag == "DT" || tag.starts_with("JJ") || tag.starts_with("RB") || tag == "NN" ||
         tag == "NNS";
}

// Whether the verb of calling at `k` ends "what it called", "what the
// ministry termed": "what" and at most two words before it.
bool OpensWhatClause(std::span<const std::string_view> words, int k) {
  for (int t = k - 2; t >= 0 && t >= k - 3; --t) {
    if (EqualsIgnoreCase(words[t], "what")) return true;
  }
  return false;
}

// "called the move \"a stab in the back\"", "described the decision as
// unfortunate": a deed named by a judgement; who calls it is the sentence's
// first party.
bool ReadCalling(std::span<const std::string_view> words, std::span<const std::string_view> tags,
                 std::span<const code::Mention> mentions, int k, Reaction* r) {
  if (!CallingVerbs().contains(words[k]) || !tags[k].starts_with("VB")) return false;
  const code::Mention* object = MentionAt(mentions, k + 1);
  if (object == nullptr) return false;
  int after = object->tokens.end;
  if (after < static_cast<int>(words.size()) && EqualsIgnoreCase(words[after], "as")) ++after;
  r->Tell(SubjectOf(words, mentions, k), object->tokens.begin, object->tokens.end, k,
          Judgement(words, after, 7));
  // "called the verdict \"very unexpected\"", "called the massacre the
  // deadliest attack": a deed given a name that is no praise is criticised.
  if (r->code.empty() && NamesComplement(words, tags, after)) r->code = "111";
  // "in response to what it called Canada's unreasonable action": after
  // "what" the object is the name given, and its own words after the
  // possessive judge the deed of the party it names (not "what his critics
  // called an attempted coup").
  if (r->code.empty() && IsParty(*object) && OpensWhatClause(words, k)) {
    int owner = object->tokens.begin;  // "Canada 's": the possessive that names the party
    while (owner < object->tokens.end && words[owner] != "'s" && words[owner] != "'") ++owner;
    if (owner + 1 < object->tokens.end)
      r->code = Judgement(words, owner + 1, object->tokens.end - owner - 1);
  }
  return true;
}

// A verb of saying whose reported clause is the judgement.
bool IsSaying(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"said", "says", "saying", "added", "stated", "insisted",
                                 "declared", "argued", "believed", "stressed"});
}

// The speaker of a reported clause that starts at `begin`: "Soria said on
// Tuesday that [the move was ...]" (the party before the verb of saying),
// or ", the ministry said." at the sentence's end; null if none.
const code::Mention* Speaker(std::span<const std::string_view> words,
                             std::span<const code::Mention> mentions, int begin) {
  for (int t = begin - 1; t >= 0 && t >= begin - 5; --t) {
    if (IsSaying(words[t])) return SubjectOf(words, mentions, t);
    if (words[t] == "," || words[t] == ";") break;
  }
  return nullptr;
}

// ", the Chilean foreign ministry said." closing the sentence (a clause the
// coder set aside; also after a quote, and with a phrase of time or medium
// after the verb): the speaker, coded into `speaker`; false if none.
bool TrailingSpeaker(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                     int begin, Date date, code::Mention* speaker) {
  int end = static_cast<int>(words.size());
  while (end > begin && (words[end - 1] == "." || IsQuote(words[end - 1]))) --end;
  // ", the ministry said on Monday.", "said in a statement.": a closing phrase
  // of time or medium after the verb of saying.
  static const WordSet kClosing = {"on", "in", "at", "late", "earlier", "later", "during"};
  for (int t = end - 2; t > begin && t >= end - 6; --t) {
    if (words[t] == ",") break;
    if (IsSaying(words[t]) && kClosing.contains(words[t + 1])) {
      end = t + 1;
      break;
    }
  }
  if (end - 1 <= begin || !IsSaying(words[end - 1])) return false;
  // '"... unacceptable," the French foreign minister said.': a closing quote
  // after the comma is no word of the speaker's.
  int start = end - 1, quotes = 0;
  while (start > begin && words[start - 1] != "," && end - 1 - start < 6 + quotes) {
    --start;
    if (IsQuote(words[start])) ++quotes;
  }
  if (start <= begin || words[start - 1] != "," || start == end - 1) return false;
  while (start < end - 1 && IsQuote(words[start])) ++start;
  if (start == end - 1) return false;
  speaker->code = code::CodeNounPhrase(dicts, words.subspan(start, end - 1 - start), date, nullptr);
  speaker->tokens = {start, end - 1};
  return IsParty(*speaker);
}

// "the move was", "the decision constitutes", "the ban amounts to", "the
// move sent \"a very negative signal\"": what a deed is said to be.
constexpr std::string_view kJudgingVerbs[] = {
    "is",          "are",     "was",      "were",  "constitutes", "constituted", "represents",
    "represented", "amounts", "amounted", "sends", "sent",        "marks",       "marked"};
bool IsJudgingVerb(std::string_view w) {
  static const WordSet kVerbs(kJudgingVerbs);
  return kVerbs.contains(w);
}

// "said the move was \"a hostile decision\"": a deed judged by a copula at
// `k`, in a clause someone reports.
bool ReadJudgement(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                   std::span<const code::Mention> mentions, int k, Date date, Reaction* r) {
  if (k < 2 || !IsJudgingVerb(words[k])) return false;
  const code::Mention* object = MentionEndingAt(mentions, k);
  if (object == nullptr || !EndsInDeedNoun(words, *object)) return false;
  r->Tell(Speaker(words, mentions, object->tokens.begin), object->tokens.begin, object->tokens.end,
          k, Judgement(words, k + 1, 6));
  if (r->source == nullptr && !r->code.empty() &&
      TrailingSpeaker(dicts, words, k, date, &r->speaker))
    r->source = &r->speaker;
  return r->source != nullptr;
}

// '"Iran was behind the attack," Israeli officials said', "the Russian state
// was culpable for the attempt, May said": a party a reported clause names
// the wrongdoer with a copula at `k` is accused (112) by its speaker (before
// the clause, or closing the sentence), `author` its code. Not negated ("was
// not behind"); a deed judged so is ReadJudgement's.
bool ReadCulpability(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                     std::span<const code::Mention> mentions, int k, Date date, Reaction* r,
                     std::string* author) {
  static const WordSet kWords(kCulpable);
  const int n = static_cast<int>(words.size());
  if (k < 1 || k + 1 >= n || !IsCopula(words[k])) return false;
  int t = k + 1;
  while (t + 1 < n && words[t].ends_with("ly")) ++t;  // "was clearly behind"
  if (!kWords.contains(words[t])) return false;
  // ... of a wrong named within the next words ("behind the attack",
  // "responsible for the killings"; not "responsible for the economy").
  static const WordSet kWrongs = {
      "attack",    "attacks",    "killing",  "killings", "bombing",    "bombings",      "blast",
      "blasts",    "explosion",  "violence", "deaths",   "murder",     "assassination", "crash",
      "downing",   "shelling",   "strike",   "strikes",  "attempt",    "poisoning",     "massacre",
      "incident",  "unrest",     "riots",    "coup",     "plot",       "hack",          "sabotage",
      "abduction", "kidnapping", "shooting", "fire",     "atrocities", "crimes",        "murders"};
  bool wrong = words[t] == "culpable";
  for (int w = t + 1; w < n && w <= t + 5 && !wrong; ++w) wrong = kWrongs.contains(words[w]);
  if (!wrong) return false;
  const code::Mention* party = MentionEndingAt(mentions, k);
  if (party == nullptr || !IsParty(*party) || EndsInDeedNoun(words, *party)) return false;
  r->Tell(Speaker(words, mentions, party->tokens.begin), party->tokens.begin, party->tokens.end, k,
          "112");
  if (r->source == nullptr && TrailingSpeaker(dicts, words, k, date, &r->speaker))
    r->source = &r->speaker;
  if (r->source == nullptr) return false;
  author->assign(party->code);
  return true;
}

// Whether an event is a deed a decision names: not words, a meeting or a
// reaction, but an agreement signed (057) or a recognition (054).
bool IsDecision(std::string_view code) {
  if (code.starts_with("054") || code.starts_with("057")) return true;
  for (std::string_view root : {"01", "02", "04", "05", "11", "12"}) {
    if (code.starts_with(root)) return false;
  }
  return true;
}

// The party named at word `begin`: its mention, or for words the coder set
// aside with a comma's clause (", drawing condemnation from Peru") the
// capitalised name there ("the" and up to five words), coded into
// `storage`; null if none.
const code::Mention* PartyAt(const dict::Dictionaries& dicts,
                             std::span<const std::string_view> words,
                             std::span<const code::Mention> mentions, int begin, Date date,
                             code::Mention* storage) {
  if (const code::Mention* m = MentionAt(mentions, begin); m != nullptr)
    return IsParty(*m) ? m : nullptr;
  const int n = static_cast<int>(words.size());
  int end = begin < n && EqualsIgnoreCase(words[begin], "the") ? begin + 1 : begin;
  while (end < n && end - begin < 6 && IsCapitalised(words[end])) ++end;
  if (end == begin || !IsCapitalised(words[end - 1])) return nullptr;
  storage->code = code::CodeNounPhrase(dicts, words.subspan(begin, end - begin), date, nullptr);
  storage->tokens = {begin, end};
  return IsParty(*storage) ? storage : nullptr;
}

// The authors of the sentence's latest deed told before word `before` (not
// words, a meeting or a reaction): each source of its verb ("Ghana signed a
// deal with Togo": GHA/TGO), in `author`; false if none.
bool SentenceDeedAuthors(const std::vector<code::Event>& events, int before, std::string* author) {
  const code::Event* deed = nullptr;
  for (const code::Event& e : events) {
    if (!e.verb_tokens.empty() && e.verb_tokens.begin < before && IsDecision(e.code)) deed = &e;
  }
  if (deed == nullptr) return false;
  author->clear();
  for (const code::Event& e : events) {
    if (e.verb_tokens.begin != deed->verb_tokens.begin || e.code != deed->code) continue;
    if (("/" + *author + "/").find("/" + e.source + "/") != std::string::npos) continue;
    if (!author->empty()) *author += '/';
    *author += e.source;
  }
  return true;
}

// "Argentina seized YPF, a move Spain called \"hostile\"", "..., a decision
// that Moscow condemned": a deed noun set off by a comma after the clause
// that told the deed, and a reaction to it in the relative clause after it
// (its verb at `k`); the deed is the sentence's latest told before the
// comma. Sets `r` and `author`.
// "India's foreign secretary said the strike had killed 300 militants, a
// claim Pakistan rejected": who made the claim a sentence tells before word
// `before`, the source of its accusation (11) if one was coded, else the
// party that opens it (who said it); false if none ("A separatist commander
// said Ukrainian troops had surrendered" names no claimant).
bool SentenceClaimant(const std::vector<code::Event>& events,
                      std::span<const code::Mention> mentions, int before, std::string* author) {
  for (const code::Event& e : events) {
    if (!e.verb_tokens.empty() && e.verb_tokens.begin < before && e.code.starts_with("11")) {
      author->assign(e.source);
      return true;
    }
  }
  if (mentions.empty() || mentions.front().tokens.begin != 0 ||
      mentions.front().tokens.end > before || !IsParty(mentions.front()))
    return false;
  author->assign(mentions.front().code);
  return true;
}

// The capitalised words (at most four) right before `end`, coded as the
// reaction's speaker (the coder set their clause aside); false if none.
bool CodeCapitalisedSpeaker(const dict::Dictionaries& dicts,
                            std::span<const std::string_view> words, int end, Date date,
                            Reaction* r) {
  int start = end;
  while (start > 0 && end - start < 4 && IsCapitalised(words[start - 1])) --start;
  if (start == end) return false;
  r->speaker.code = code::CodeNounPhrase(dicts, words.subspan(start, end - start), date, nullptr);
  r->speaker.tokens = {start, end};
  return true;
}

// "a charge Kigali has long denied", "a charge Ankara angrily rejected": the
// word before the verb of reaction at `k` once its auxiliary and adverbs are
// set aside.
int SkipAuxiliaries(std::span<const std::string_view> words, int k) {
  static const WordSet kSkipped = {
      "has",         "have",      "had",         "long",          "always",       "repeatedly",
      "strongly",    "flatly",    "angrily",     "firmly",        "swiftly",      "quickly",
      "vehemently",  "promptly",  "immediately", "categorically", "emphatically", "sharply",
      "indignantly", "furiously", "publicly",    "officially",    "consistently", "also",
      "already",     "later"};
  while (k > 1 && kSkipped.contains(words[k - 1])) --k;
  return k;
}

bool ReadAppositive(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                    std::span<const std::string_view> tags, std::span<const code::Mention> mentions,
                    const std::vector<code::Event>& events, int k, Date date, Reaction* r,
                    std::string* author) {
  const bool calling = CallingVerbs().contains(words[k]);
  const bool denial = IsDenial(words[k]);
  std::string_view code = calling ? "" : denial ? "016" : ReactionCode(words[k]);
  if (!calling && code.empty()) return false;
  const int verb = k;
  k = SkipAuxiliaries(words, k);
  // The subject: a mention ending at the verb, or the words before it the
  // coder set aside with the comma's clause ("~, a step that Nigeria
  // welcomed"), or read into one phrase with the noun ("a move Chile").
  int noun = -1;
  const code::Mention* subject = MentionEndingAt(mentions, k);
  if (subject != nullptr) {
    for (int t = subject->tokens.begin + 1; t + 1 < k && noun < 0; ++t) {
      const std::string_view phrase[] = {"the", words[t]};
      if (EqualsAnyIgnoreCase(words[subject->tokens.begin], {"a", "an"}) &&
          Deeds::NamesDeed(phrase) && IsCapitalised(words[t + 1]))
        noun = t;
    }
    if (noun >= 0) {
      r->speaker.code =
          code::CodeNounPhrase(dicts, words.subspan(noun + 1, k - noun - 1), date, nullptr);
      r->speaker.tokens = {noun + 1, k};
      subject = &r->speaker;
    }
  } else {
    if (!CodeCapitalisedSpeaker(dicts, words, k, date, r)) return false;
    subject = &r->speaker;
  }
  if (!IsParty(*subject)) return false;
  if (noun < 0) noun = subject->tokens.begin - 1;
  if (noun >= 0 && EqualsAnyIgnoreCase(words[noun], {"that", "which"})) --noun;
  if (noun < 3) return false;
  const std::string_view phrase[] = {"the", words[noun]};
  if (!Deeds::NamesDeed(phrase)) return false;
  // A claim or charge is what the sentence's speaker said, not a deed.
  const bool claim = Deeds::NamesAccusation(phrase);
  if (denial && !claim) return false;
  int det = noun - 1;
  while (det > 1 && tags[det].starts_with("JJ")) --det;
  if (!EqualsAnyIgnoreCase(words[det], {"a", "an"}) || words[det - 1] != ",") return false;
  if (calling) {
    code = Judgement(words, verb + 1, 6);
    if (code.empty() && NamesComplement(words, tags, verb + 1)) code = "111";
  }
  if (code.empty()) return false;
  if (claim ? !SentenceClaimant(events, mentions, det - 1, author)
            : !SentenceDeedAuthors(events, det - 1, author))
    return false;
  r->Tell(subject, det, noun + 1, verb, code);
  return true;
}

// "Kiev accused Moscow of sending troops, which the Kremlin denies": a
// denial (016) or rejection (120) at `k` in a relative clause on the whole
// clause before the comma, of the accusation (11) the sentence made there
// against the denier's side; the accuser in `author`. Sets `r`.
bool ReadWhichDenied(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                     std::span<const code::Mention> mentions,
                     const std::vector<code::Event>& events, int k, Date date, Reaction* r,
                     std::string* author) {
  const std::string_view code = IsDenial(words[k]) ? "016" : ReactionCode(words[k]);
  if (code != "016" && code != "120") return false;
  const int end = SkipAuxiliaries(words, k);
  const code::Mention* subject = MentionEndingAt(mentions, end);
  if (subject == nullptr || !IsParty(*subject)) {
    // The coder set the clause aside: its capitalised subject, coded here.
    if (!CodeCapitalisedSpeaker(dicts, words, end, date, r)) return false;
    subject = &r->speaker;
  }
  if (!IsParty(*subject) || subject->tokens.begin < 3) return false;
  const int which = subject->tokens.begin - 1;
  if (!EqualsIgnoreCase(words[which], "which") || words[which - 1] != ",") return false;
  for (const code::Event& e : events) {
    if (e.verb_tokens.empty() || e.verb_tokens.begin >= which || !e.code.starts_with("11") ||
        !OwnSide(e.target, subject->code) || OwnSide(e.source, subject->code))
      continue;
    author->assign(e.source);
    r->Tell(subject, which, which + 1, k, code);
    return true;
  }
  return false;
}

// "The arrests were condemned by Chile", "the move has been welcomed by
// Argentina": a deed the subject names, reacted to by the "by" phrase.
bool ReadPassive(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                 std::span<const code::Mention> mentions, int k, Date date, Reaction* r) {
  const std::string_view code = ReactionCode(words[k]);
  if (code.empty() || k < 2 || k + 2 >= static_cast<int>(words.size()) ||
      !EqualsIgnoreCase(words[k + 1], "by"))
    return false;
  const code::Mention* agent = PartyAt(dicts, words, mentions, k + 2, date, &r->speaker);
  if (agent == nullptr) return false;
  int c = k - 1;
  while (c > 1 && words[c].ends_with("ly")) --c;  // "widely", "swiftly"
  if (!EqualsAnyIgnoreCase(words[c], {"was", "were", "been", "being"})) return false;
  int end = c;
  if (EqualsAnyIgnoreCase(words[end - 1], {"has", "have", "had"})) --end;
  const code::Mention* object = MentionEndingAt(mentions, end);
  if (object == nullptr) return false;
  r->Tell(agent, object->tokens.begin, object->tokens.end, k, code);
  return true;
}

// "The arrests drew sharp criticism from Peru", "..., drawing condemnation
// from Washington": what a deed drew from whom; the deed is the subject's,
// or after a comma the sentence's latest before it (then in `author`).
bool ReadDrawing(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                 std::span<const std::string_view> tags, std::span<const code::Mention> mentions,
                 const std::vector<code::Event>& events, int k, Date date, Reaction* r,
                 std::string* author) {
  static const WordSet kDrawing(kDrawingVerbs);
  if (!kDrawing.contains(words[k])) return false;
  const int n = static_cast<int>(words.size());
  int t = k + 1;
  while (t < n && t <= k + 3 && (tags[t].starts_with("JJ") || tags[t].starts_with("RB"))) ++t;
  if (t + 2 >= n || !EqualsIgnoreCase(words[t + 1], "from")) return false;
  std::string_view code;
  if (EqualsAnyIgnoreCase(words[t], {"criticism", "condemnation", "condemnations", "rebuke",
                                     "rebukes", "outrage", "anger", "censure"}))
    code = "111";
  else if (EqualsAnyIgnoreCase(words[t], {"praise", "applause"}))
    code = "051";
  if (code.empty()) return false;
  const code::Mention* agent = PartyAt(dicts, words, mentions, t + 2, date, &r->speaker);
  if (agent == nullptr) return false;
  if (words[k - 1] == ",") {
    r->Tell(agent, k, k + 1, k, code);
    return SentenceDeedAuthors(events, k - 1, author);
  }
  const code::Mention* subject = MentionEndingAt(mentions, k);
  if (subject == nullptr) return false;
  r->Tell(agent, subject->tokens.begin, subject->tokens.end, k, code);
  return true;
}

}  // namespace

// The code of an appeal or demand for a release told by the word before
// "for" or before the release's phrase: "called for", "appealed for" (0253),
// "demanded" (1053), "sought" (0253); "" if none.
std::string_view ReleaseCallCode(std::string_view before_for, std::string_view verb) {
  if (EqualsAnyIgnoreCase(before_for, {"called", "calls", "calling", "call", "appealed", "appeals",
                                       "appealing", "pressed", "pressing", "pushed", "pushing"}))
    return "0253";
  if (EqualsAnyIgnoreCase(verb, {"demanded", "demands", "demanding", "demand"})) return "1053";
  if (EqualsAnyIgnoreCase(verb, {"sought", "seeks", "seeking", "seek"})) return "0253";
  return {};
}

// "The United States called for his immediate release", "China demanded
// Meng's release": an appeal or demand for the release of those a deed of
// the article holds (an abduction, a detention) is made to who holds them.
// `k` is the word "release"; the verb stands at most five words before it
// (a determiner or possessive and adjectives between: "the immediate and
// unconditional release").
// The party holding those a deed of the article holds: the author of its
// abduction or detention, "" if none (or several).
std::string Holder(code::PhraseResolver* deeds, std::string* antecedent) {
  std::string author;
  for (std::string_view deed : {"abduction", "detention"}) {
    const std::string_view phrase[] = {"the", deed};
    if (deeds->ResolveDeed(phrase, 0, 2, &author, antecedent)) break;
    author.clear();
  }
  return author.find('/') == std::string::npos ? author : "";
}

// Whether a target's words [begin, end) name who is to be released: "the
// release of the children", "for the immediate release of ..." ("release
// of" before the target's last word), not the holder ("Russia").
bool NamesReleased(std::span<const std::string_view> words, int begin, int end) {
  const int n = static_cast<int>(words.size());
  for (int t = std::max(begin - 2, 0); t + 1 < end && t + 1 < n; ++t) {
    if (EqualsIgnoreCase(words[t], "release") && EqualsIgnoreCase(words[t + 1], "of")) return true;
  }
  return false;
}

// "UNICEF called for the release of the children": an appeal (0253) or
// demand (1053) for a release the dictionaries coded against those to be
// released is made to who holds them, when the article told who did.
void RetargetReleaseCalls(std::span<const std::string_view> words, code::PhraseResolver* deeds,
                          std::vector<code::Event>* events) {
  for (code::Event& e : *events) {
    if (!(e.code.starts_with("0253") || e.code.starts_with("1053")) ||
        !NamesReleased(words, e.target_tokens.begin, e.target_tokens.end))
      continue;
    std::string antecedent;
    std::string holder = Holder(deeds, &antecedent);
    if (holder.empty() || OwnSide(e.source, holder) || holder == e.target) continue;
    e.target = std::move(holder);
    e.target_info.antecedent = std::move(antecedent);
  }
}

bool ReadReleaseCall(std::span<const std::string_view> words,
                     std::span<const code::Mention> mentions,
                     const std::vector<code::Event>& events, int k, code::PhraseResolver* deeds,
                     Reaction* r, std::string* author, std::string* antecedent) {
  if (deeds == nullptr || words[k] != "release") return false;
  std::string_view code;
  int verb = -1;
  for (int t = k - 1; t >= 1 && t >= k - 6 && code.empty(); --t) {
    if (words[t] == "," || words[t] == "." || EqualsAnyIgnoreCase(words[t], {"or", "to"}))
      return false;
    const bool after_for = EqualsIgnoreCase(words[t], "for");
    code = ReleaseCallCode(after_for ? words[t - 1] : std::string_view(), words[t]);
    verb = after_for ? t - 1 : t;
  }
  if (code.empty() || VerbCoded(events, verb)) return false;
  const code::Mention* source = SubjectOf(words, mentions, verb);
  if (source == nullptr) return false;
  *author = Holder(deeds, antecedent);
  if (author->empty()) return false;
  r->Tell(source, k, k + 1, verb, code);
  return true;
}

// The most words a quotation set inside a deed's phrase may hold ("the
// \"senseless and cowardly\" attack").
constexpr int kQuotedWords = 5;

// Whether `w` is a determiner that opens a definite description of a deed.
bool IsDeedDeterminer(std::string_view w) {
  return EqualsAnyIgnoreCase(w, {"the", "this", "these", "its", "their"});
}

// "condemned the \"cowardly\" attack", "welcomed the \"historic\" deal": a
// verb of reaction whose object's determiner and head noun a quoted
// judgement splits (the parser leaves each piece a phrase of its own, so no
// verb coded it); the deed is the one the determiner and the head name,
// with the sentence's words before it (who reacts) in `storage`. Sets `r`,
// `author` and `antecedent`.
bool ReadQuotedDeed(std::span<const std::string_view> words,
                    std::span<const code::Mention> mentions, const std::vector<code::Event>& events,
                    int k, code::PhraseResolver* deeds, Reaction* r, std::string* author,
                    std::string* antecedent) {
  const int n = static_cast<int>(words.size());
  const bool denial = IsDenial(words[k]);  // "denied the \"baseless\" charges"
  const std::string_view code = denial ? "016" : ReactionCode(words[k]);
  if (deeds == nullptr || code.empty() || k + 4 >= n || !IsDeedDeterminer(words[k + 1]) ||
      !IsQuote(words[k + 2]))
    return false;
  int close = k + 3;
  while (close < n && close <= k + 3 + kQuotedWords && !IsQuote(words[close])) ++close;
  const int head = close + 1;
  if (close == k + 3 || head >= n || close > k + 3 + kQuotedWords || !IsLowerCase(words[head]))
    return false;
  const std::string_view phrase[] = {"the", words[head]};
  if (!Deeds::NamesDeed(phrase) || (denial && !Deeds::NamesAccusation(phrase)) ||
      VerbCoded(events, k))
    return false;
  const code::Mention* source = SubjectOf(words, mentions, k);
  if (source == nullptr) return false;
  // The sentence up to the verb, then the determiner and the head: the
  // phrase as the coder would have read it unquoted.
  std::vector<std::string_view> unquoted(words.begin(), words.begin() + k + 2);
  unquoted.push_back(words[head]);
  if (!deeds->ResolveDeed(unquoted, k + 1, k + 3, author, antecedent)) return false;
  r->Tell(source, k + 1, head + 1, k, code);
  return true;
}

std::span<const std::string_view> ReactionWords() { return AllReactionWords(); }

namespace {

// Whether a reader of FindDeedReactions may find a reaction at the word
// `w`: each begins by asking for one of these at its `k` (a reaction's
// participle or noun, a feeling, a calling, drawing or denying verb,
// "rejected", "release", a judging verb) and returns false without it.
bool MayReactAt(std::string_view w) {
  static const WordSet kWords = [] {
    std::vector<std::string_view> all = AllReactionWords();
    all.insert(all.end(), std::begin(kJudgingVerbs), std::end(kJudgingVerbs));
    return WordSet(all);
  }();
  return kWords.contains(w);
}

}  // namespace

void FindDeedReactions(const dict::Dictionaries& dicts, std::span<const std::string_view> words,
                       std::span<const std::string_view> tags,
                       std::span<const code::Mention> mentions, Date date,
                       code::PhraseResolver* deeds, std::vector<code::Event>* events) {
  const int n = static_cast<int>(words.size());
  if (deeds != nullptr) RetargetReleaseCalls(words, deeds, events);
  for (int k = 1; k + 1 < n; ++k) {
    if (!MayReactAt(words[k])) continue;  // every reader below would return false
    Reaction r;
    std::string author, antecedent;
    if (ReadReleaseCall(words, mentions, *events, k, deeds, &r, &author, &antecedent) ||
        ReadQuotedDeed(words, mentions, *events, k, deeds, &r, &author, &antecedent)) {
      AppendEach(words, r, author, antecedent, events);
      continue;
    }
    if (!ReadAppositive(dicts, words, tags, mentions, *events, k, date, &r, &author) &&
        !ReadWhichDenied(dicts, words, mentions, *events, k, date, &r, &author) &&
        !ReadDrawing(dicts, words, tags, mentions, *events, k, date, &r, &author) &&
        !ReadPassive(dicts, words, mentions, k, date, &r) && !ReadFeeling(words, mentions, k, &r) &&
        !ReadCalling(words, tags, mentions, k, &r) &&
        !ReadJudgement(dicts, words, mentions, k, date, &r) &&
        !ReadCulpability(dicts, words, mentions, k, date, &r, &author))
      continue;
    if (author.empty()) {
      Emit(words, mentions, r, deeds, events);
    } else if (!VerbCoded(*events, k)) {
      AppendEach(words, r, author, "", events);
    }
  }
}

namespace {

// The past tenses of a legislature's enacting ("passed a law", "adopted a
// resolution", "voted to ban ...").
bool IsEnacting(std::string_view w) {
  static const WordSet kWords = {"passed",  "approved", "adopted", "voted",
                                 "enacted", "ratified", "endorsed"};
  return kWords.contains(w);
}

// Whether a word tagged `tag` is a verb in the past: "nullified", and a
// participle, as the tagger often reads a past tense after a time ("The
// Constitutional Court on Monday nullified/VBN the result") and as a perfect
// tells a ruling too ("has ordered").
bool IsPastVerb(std::string_view tag) { return tag == "VBD" || tag == "VBN"; }

}  // namespace

std::string_view BodyThatDecided(std::span<const std::string_view> words,
                                 std::span<const std::string_view> tags,
                                 std::span<const code::Mention> mentions,
                                 const std::vector<code::Event>& events) {
  const code::Mention* body = FirstPartyBefore(mentions, static_cast<int>(words.size()));
  if (body == nullptr) return {};
  const bool court = body->code.ends_with("JUD");
  if (!court && !body->code.ends_with("LEG")) return {};
  for (const code::Event& e : events) {
    if (e.source == body->code) return {};
  }
  const int n = static_cast<int>(words.size());
  for (int t = body->tokens.end; t < n && t <= body->tokens.end + 4; ++t) {
    if (IsNegation(words[t]) || IsSaying(words[t]) || words[t] == ",") return {};
    if (IsPastVerb(tags[t])) return court || IsEnacting(words[t]) ? body->code : std::string_view();
  }
  return {};
}

namespace {

// "accusations", "allegations", "charges": a noun that names an accusation
// whatever follows; "claims" only before "that" or its author ("claims by
// Kyiv"), not a territory's ("claims to Crimea", "claims over the islands").
bool IsAccusationNoun(std::string_view w) {
  return EqualsAnyIgnoreCase(
      w, {"accusation", "accusations", "allegation", "allegations", "charge", "charges"});
}

bool IsClaimNoun(std::string_view w) { return EqualsAnyIgnoreCase(w, {"claim", "claims"}); }

// Whether the words right before the noun at `k` (in a phrase from `begin`)
// name its author: a name or a country's adjective ("Ukrainian claims",
// "Washington 's allegations", "U.S. accusations") or a body's noun ("police
// claims"); not a determiner or an adjective of judgement ("the baseless
// allegations").
bool AuthorBeforeNoun(std::span<const std::string_view> words, int begin, int k) {
  int t = k - 1;
  if (t > begin && (words[t] == "'s" || words[t] == "'")) --t;
  if (t < begin || EqualsAnyIgnoreCase(words[t], {"the", "these", "this", "those", "such", "any"}))
    return false;
  return IsCapitalised(words[t]) ||
         EqualsAnyIgnoreCase(words[t], {"police", "army", "military", "government", "opposition"});
}

// The party of the phrase that starts at word `t`, null if none.
const code::Mention* PartyAt(std::span<const code::Mention> mentions, int t) {
  const code::Mention* m = MentionAt(mentions, t);
  return m != nullptr && IsParty(*m) ? m : nullptr;
}

// Whom the accusation whose phrase ends before `end` names after "that",
// "of" or "against" ("claims that Russian troops shelled ...": RUSMIL); ""
// if none.
std::string_view AccusedAfter(std::span<const std::string_view> words,
                              std::span<const code::Mention> mentions, int end) {
  const int n = static_cast<int>(words.size());
  if (end + 1 >= n || !EqualsAnyIgnoreCase(words[end], {"that", "of", "against"})) return {};
  const code::Mention* accused = PartyAt(mentions, end + 1);
  return accused != nullptr ? std::string_view(accused->code) : std::string_view();
}

// "Ukrainian claims that ...", "Accusations by Kyiv": authors inside the
// accusation's own phrase.
void FindAuthorsInAccusations(std::span<const std::string_view> words,
                              std::span<const code::Mention> mentions,
                              std::vector<NominalAccusation>* found) {
  const int n = static_cast<int>(words.size());
  for (const code::Mention& m : mentions) {
    if (!IsParty(m)) continue;
    // "Ukrainian claims that ...": the author before the noun that ends the
    // phrase; "accusations by Kyiv": the author after "by" or "from" in it.
    for (int k = m.tokens.begin; k < m.tokens.end; ++k) {
      const bool claim = IsClaimNoun(words[k]);
      if (!claim && !IsAccusationNoun(words[k])) continue;
      const bool last = k + 1 == m.tokens.end;
      const bool by = !last && EqualsAnyIgnoreCase(words[k + 1], {"by", "from"});
      if (!(last && AuthorBeforeNoun(words, m.tokens.begin, k)) && !by) continue;
      if (claim && !by && !(m.tokens.end < n && EqualsIgnoreCase(words[m.tokens.end], "that")))
        continue;
      std::string_view accused = AccusedAfter(words, mentions, m.tokens.end);
      if (accused == m.code) accused = {};
      found->push_back(NominalAccusation{m.code, accused});
      break;
    }
  }
}

// "the allegations by Human Rights Watch": an author the parser left in a
// phrase of its own after "by" or "from".
void FindAuthorsAfterAccusations(std::span<const std::string_view> words,
                                 std::span<const code::Mention> mentions,
                                 std::vector<NominalAccusation>* found) {
  const int n = static_cast<int>(words.size());
  for (int k = 0; k + 2 < n; ++k) {
    if (!IsAccusationNoun(words[k]) && !IsClaimNoun(words[k])) continue;
    if (!EqualsAnyIgnoreCase(words[k + 1], {"by", "from"})) continue;
    const code::Mention* author = PartyAt(mentions, k + 2);
    if (author == nullptr) continue;
    std::string_view accused = AccusedAfter(words, mentions, author->tokens.end);
    if (accused == author->code) accused = {};
    found->push_back(NominalAccusation{author->code, accused});
  }
}

}  // namespace

void FindNominalAccusations(std::span<const std::string_view> words,
                            std::span<const code::Mention> mentions,
                            std::vector<NominalAccusation>* found) {
  found->clear();
  FindAuthorsInAccusations(words, mentions, found);
  FindAuthorsAfterAccusations(words, mentions, found);
}

}  // namespace dyad::doc
