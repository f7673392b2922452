// Known real-word errors: phrases whose every word a spell-checker accepts
// but that no UN text means as written ("Untied Nations"), each with the
// phrase meant. fix_typos corrects only these, in their whole context; a
// phrase is never corrected because it is merely near a known one.
//
// The built-in list is cleanup/confusions.txt, compiled in; users add their
// own files (cleanup.confusion_files) in the same format.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/string_hash.hpp"

namespace akn {

// A confusion file that cannot be read, or a line of it that is not an entry.
class ConfusionListError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class ConfusionList {
 public:
  struct Entry {
    std::vector<std::string> wrong, right;  // word for word, the same number
    std::string source;                     // "built-in list" or the file's path
  };

  // The built-in entries.
  ConfusionList();
  // Adds the entries of a file: "wrong phrase => right phrase" a line, '#'
  // starts a comment. Throws ConfusionListError naming the file and line.
  void load_file(const std::string& path);
  // Adds the entries of `text`, in the same format; `source` names it.
  void add_text(std::string_view text, const std::string& source);

  [[nodiscard]] const std::vector<Entry>& entries() const { return entries_; }
  // The entries whose wrong phrase starts with `word` (indexes into entries()).
  [[nodiscard]] const std::vector<std::size_t>& starting_with(std::string_view word) const;

 private:
  std::vector<Entry> entries_;
  std::unordered_map<std::string, std::vector<std::size_t>, StringHash, std::equal_to<>> first_word_;
  // Which (first byte, length mod 64) the first words have: a word whose
  // pair is not set starts no entry, known without hashing it (fix_typos
  // asks of every word of the document).
  std::array<std::uint64_t, 256> first_word_shapes_{};
};

}  // namespace akn
