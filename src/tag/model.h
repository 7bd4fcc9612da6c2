// The tagger's model: Penn tags, bigram transition scores and a lexicon of
// keys (words and unknown-word classes) with their candidate tags, plus the
// compact binary file that carries it from the build step to run time.
//
// Scores are natural logarithms. A transition is log P(tag | previous tag); a
// candidate's score is log P(tag | key) - log P(tag), which orders the tags of
// one word exactly as the HMM emission log P(key | tag) does (the two differ by
// log P(key), the same for every tag of that word), and is defined for
// unknown-word classes as well as words.
//
// File format (version 1; integers are u32, scores IEEE-754 binary32, both
// little-endian; strings are a u32 length and that many bytes):
//
//   "DYADTAG1"                          8-byte magic
//   u32 T                               number of tags, 1..kMaxTags
//   T strings                           Penn tag names ("NN", "-LRB-", "``")
//   (T+1)*T f32                         transitions, row-major: row p, column t is
//                                       log P(t | p); row T is the sentence start
//   u32 K                               number of keys
//   K * { string key, u32 n, n * { u32 tag, f32 score } }
//   "END1"                              4-byte trailer, then end of file
//
// Keys are unique; tags of one key are distinct and below T.
#ifndef DYAD_SRC_TAG_MODEL_H_
#define DYAD_SRC_TAG_MODEL_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/base/status.h"

namespace dyad::tag {

inline constexpr int kMaxTags = 64;

// One tag a word may take, with its emission score.
struct Candidate {
  uint8_t tag = 0;
  float score = 0;
};

// The Penn Treebank tags a model may name. Returns the table's own view of
// `name` (static storage), or an empty view if it is not a Penn tag.
std::string_view StaticPennTag(std::string_view name);

// A model as plain data: what the compiler produces and the file holds.
struct ModelData {
  std::vector<std::string> tags;
  std::vector<float> transitions;  // (tags.size() + 1) * tags.size()
  std::vector<std::pair<std::string, std::vector<Candidate>>> entries;
};

// The binary file for `data` (which must satisfy the format's invariants).
std::string SerializeModel(const ModelData& data);

// Reads a binary model. Errors name `name` and the byte offset.
StatusOr<ModelData> ParseModel(std::string_view bytes, std::string_view name);

// The loaded, immutable model with a hash index over its keys. Safe to share
// between threads.
class Model {
 public:
  // Checks the invariants (tags are Penn tags, sizes agree, keys unique, tag
  // ids in range) and indexes the keys.
  static StatusOr<Model> Create(ModelData data, std::string_view name);

  int num_tags() const { return num_tags_; }
  // Static storage: valid for the life of the program.
  std::string_view tag_name(int tag) const { return tag_names_[tag]; }
  // The tag id of a Penn tag name, or -1.
  int TagId(std::string_view name) const;
  // log P(tag | prev); prev == num_tags() is the sentence start.
  float transition(int prev, int tag) const { return transitions_[prev * num_tags_ + tag]; }
  const float* transition_table() const { return transitions_.data(); }
  // The candidates of `key`, empty if the lexicon lacks it. Views into the model.
  std::span<const Candidate> Lookup(std::string_view key) const;
  size_t num_keys() const { return key_begin_.size() - 1; }

 private:
  Model() = default;
  std::string_view Key(uint32_t k) const {
    return std::string_view(keys_).substr(key_begin_[k], key_begin_[k + 1] - key_begin_[k]);
  }

  int num_tags_ = 0;
  std::vector<std::string_view> tag_names_;  // static Penn names
  std::vector<float> transitions_;
  std::string keys_;                  // all keys, concatenated
  std::vector<uint32_t> key_begin_;   // K+1 offsets into keys_
  std::vector<uint32_t> cand_begin_;  // K+1 offsets into cands_
  std::vector<Candidate> cands_;
  std::vector<uint32_t> buckets_;  // open addressing: key index + 1, 0 = empty
};

}  // namespace dyad::tag

#endif  // DYAD_SRC_TAG_MODEL_H_
