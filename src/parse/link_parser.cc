// The link-grammar engine (see link_parser.h). link-grammar prints its
// constituent tree as "(S (NP Arnor{...}) (VP is.v ...) .)"; this file reads
// that bracketing, strips link-grammar's word decorations (".v", "[!...]",
// "{...}"), aligns the leaves with dyad's tokens and gives each leaf its tag.
#include "dyad/parse/link_parser.h"

#include <cstdlib>
#include <deque>

#ifdef DYAD_HAVE_LINK_GRAMMAR
#include <link-grammar/link-includes.h>
#endif

namespace dyad::parse {

#ifdef DYAD_HAVE_LINK_GRAMMAR

namespace {

bool SameWord(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

bool IsNominal(std::string_view tag) {
  return tag.starts_with("NN") || tag == "PRP" || tag == "CD" || tag == "DT" || tag == "PRP$" ||
         tag.starts_with("JJ");
}

// "restore.v" -> "restore", "Arnor{!<CAPITALIZED-WORDS>}" -> "Arnor", "[!x]" kept out too.
std::string_view Undecorate(std::string_view leaf) {
  size_t cut = leaf.find_first_of("[{");
  if (cut != std::string_view::npos && cut > 0) leaf = leaf.substr(0, cut);
  size_t dot = leaf.rfind('.');
  if (dot != std::string_view::npos && dot > 0 && dot + 1 < leaf.size()) {
    bool suffix = true;
    for (char c : leaf.substr(dot + 1))
      suffix &= (c >= 'a' && c <= 'z') || c == '-' || (c >= '0' && c <= '9');
    if (suffix) leaf = leaf.substr(0, dot);
  }
  return leaf;
}

}  // namespace

struct LinkParser::Impl {
  Dictionary dictionary = nullptr;
  Parse_Options options = nullptr;
  std::string text, bracketing;
  std::deque<std::string> labels;  // stable storage for phrase labels

  ~Impl() {
    if (options) parse_options_delete(options);
    if (dictionary) dictionary_delete(dictionary);
  }

  // Reads `bracketing` into `tree`, leaves taken in order from words/tags.
  bool Build(std::span<const std::string_view> words, std::span<const std::string_view> tags,
             Tree* tree) {
    tree->Clear();
    int root = tree->AddNode(-1, "ROOT");
    std::vector<int> open{root};
    // link-grammar leaves nouns bare under PP or VP ("(PP between Washington
    // and Moscow)"); the coder reads noun phrases, so runs of nominal words
    // outside an NP are gathered into one. -1: no such run is open.
    int run = -1;
    size_t next_word = 0;
    std::string_view s = bracketing;
    size_t i = 0;
    while (i < s.size()) {
      char c = s[i];
      if (c == ' ' || c == '\n') {
        ++i;
      } else if (c == '(') {
        size_t end = s.find_first_of(" )", i + 1);
        if (end == std::string_view::npos) return false;
        labels.emplace_back(s.substr(i + 1, end - i - 1));
        open.push_back(tree->AddNode(open.back(), labels.back()));
        run = -1;
        i = end;
      } else if (c == ')') {
        if (open.size() <= 1) return false;
        open.pop_back();
        run = -1;
        ++i;
      } else {
        size_t end = s.find_first_of(" ()", i);
        if (end == std::string_view::npos) end = s.size();
        std::string_view leaf = Undecorate(s.substr(i, end - i));
        // link-grammar lower-cases a sentence's first word.
        if (next_word >= words.size() || !SameWord(leaf, words[next_word])) return false;
        std::string_view tag = tags[next_word];
        int parent = open.back();
        bool in_np = tree->node(parent).label == "NP";
        bool joins_run = run >= 0 && (IsNominal(tag) || tag == "CC" || tag == "POS");
        if (!in_np && (IsNominal(tag) || joins_run)) {
          if (run < 0) run = tree->AddNode(parent, "NP");
          parent = run;
        } else {
          run = -1;
        }
        tree->AddNode(parent, tag, words[next_word]);
        ++next_word;
        i = end;
      }
    }
    return next_word == words.size() && open.size() == 1;
  }
};

namespace {
// link-grammar prints notes (locale fallbacks, timeouts) on standard output,
// where dyad writes events: they are dropped. Failures show as a fallback.
void IgnoreLinkGrammarMessage(lg_errinfo*, void*) {}
}  // namespace

StatusOr<std::unique_ptr<LinkParser>> LinkParser::Create() {
  lg_error_set_handler(IgnoreLinkGrammarMessage, nullptr);
  auto impl = std::make_unique<Impl>();
  impl->dictionary = dictionary_create_lang("en");
  if (impl->dictionary == nullptr) return Status::NotFound("link-grammar: no English dictionary");
  impl->options = parse_options_create();
  parse_options_set_verbosity(impl->options, 0);
  parse_options_set_max_parse_time(impl->options, 5);
  return std::unique_ptr<LinkParser>(new LinkParser(std::move(impl)));
}

bool LinkParser::Parse(std::span<const std::string_view> words,
                       std::span<const std::string_view> tags, Tree* tree) {
  Impl& x = *impl_;
  tree->Clear();
  if (words.empty() || words.size() != tags.size()) return false;
  x.labels.clear();
  x.text.clear();
  for (std::string_view w : words) {
    if (!x.text.empty()) x.text += ' ';
    x.text += w;
  }
  Sentence sentence = sentence_create(x.text.c_str(), x.dictionary);
  bool ok = false;
  if (sentence != nullptr && sentence_parse(sentence, x.options) > 0) {
    Linkage linkage = linkage_create(0, sentence, x.options);
    if (linkage != nullptr) {
      char* bracketing = linkage_print_constituent_tree(linkage, SINGLE_LINE);
      x.bracketing = bracketing ? bracketing : "";
      if (bracketing) linkage_free_constituent_tree_str(bracketing);
      linkage_delete(linkage);
      ok = x.Build(words, tags, tree);
    }
  }
  if (sentence != nullptr) sentence_delete(sentence);
  if (!ok) tree->Clear();
  return ok;
}

#else  // built without link-grammar

struct LinkParser::Impl {};

StatusOr<std::unique_ptr<LinkParser>> LinkParser::Create() {
  return Status::NotFound(
      "this dyad was built without link-grammar (apt-get install liblink-grammar-dev)");
}

bool LinkParser::Parse(std::span<const std::string_view>, std::span<const std::string_view>,
                       Tree* tree) {
  tree->Clear();
  return false;
}

#endif

LinkParser::LinkParser(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
LinkParser::~LinkParser() = default;

}  // namespace dyad::parse
