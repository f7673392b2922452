// Spelling dictionary: the Hunspell adapter (the only file that includes
// Hunspell), plus the edit-distance helper the correcting passes share.
//
// Thread safety: lookups lock a mutex; Hunspell instances are not reentrant.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

class Hunspell;

namespace akn {

class Dictionary {
 public:
  // Loads DIR/LANG.aff and DIR/LANG.dic. Throws std::runtime_error naming the
  // missing file.
  Dictionary(const std::string& dir, const std::string& language);
  ~Dictionary();
  Dictionary(const Dictionary&) = delete;
  Dictionary& operator=(const Dictionary&) = delete;

  // True when the dictionary accepts `word` (UTF-8) as spelled.
  [[nodiscard]] bool accepts(std::string_view word) const;

 private:
  static constexpr std::size_t kMaxKnown = 200'000;
  std::unique_ptr<Hunspell> hunspell_;
  mutable std::mutex mutex_;
  mutable std::unordered_map<std::string, bool> known_;  // answers given, under mutex_
};

// Optimal string alignment distance (Levenshtein plus adjacent
// transpositions) over code points, stopping early above `limit`.
int edit_distance(std::string_view a, std::string_view b, int limit = 3);

}  // namespace akn
