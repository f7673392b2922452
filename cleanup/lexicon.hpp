// The domain phrase lexicon: names of UN bodies, instruments and recurring
// phrases that a spell-checker cannot police ("Untied Nations" is two valid
// English words). fix_typos corrects a near-miss of a phrase only when the
// rest of the phrase matches exactly.
#pragma once

#include <string>
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

 private:
  std::vector<std::vector<std::string>> phrases_;
};

}  // namespace akn
