// The domain phrase lexicon: names of UN bodies, instruments and recurring
// phrases that a spell-checker cannot police ("Untied Nations" is two valid
// English words). fix_typos corrects a near-miss of a phrase only when the
// rest of the phrase matches exactly.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <utility>
#include <string_view>
#include <vector>

namespace akn {

class PhraseLexicon {
 public:
  // The built-in phrases.
  PhraseLexicon();
  // Adds the phrases of a file (one per line, '#' starts a comment).
  // Throws std::runtime_error when the file cannot be read.
  void load_file(const std::string& path);
  void add(std::string_view phrase);

  // Each phrase split into words.
  [[nodiscard]] const std::vector<std::vector<std::string>>& phrases() const { return phrases_; }

  // The phrases of two or more words whose first or second word is `word`:
  // (index into phrases(), 0 or 1). A phrase found with at most one word
  // wrong has its first or its second word right, so these are all the
  // phrases a run of text starting one or zero words before `word` can be.
  [[nodiscard]] const std::vector<std::pair<std::size_t, std::size_t>>& leading(std::string_view word) const;

 private:
  std::vector<std::vector<std::string>> phrases_;
  std::unordered_map<std::string, std::vector<std::pair<std::size_t, std::size_t>>> leading_;
};

}  // namespace akn
