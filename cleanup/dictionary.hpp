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

  // True when the dictionary accepts `word` (UTF-8) as spelled. A
  // typographic apostrophe is asked as a straight one ("Children’s"):
  // the text keeps its own.
  [[nodiscard]] bool accepts(std::string_view word) const;
  // The language it spells, as detect_language names it ("eng" for en_US,
  // "fre" for fr_FR, ...); empty for a language language_of_dictionary does not name.
  [[nodiscard]] const std::string& language() const { return language_; }

 private:
  static constexpr std::size_t kMaxKnown = 200'000;
  std::unique_ptr<Hunspell> hunspell_;
  std::string language_;
  mutable std::mutex mutex_;
  mutable std::unordered_map<std::string, bool> known_;  // answers given, under mutex_
};

// Optimal string alignment distance (Levenshtein plus adjacent
// transpositions) over code points, stopping early above `limit`.
int edit_distance(std::string_view a, std::string_view b, int limit = 3);

// The ISO 639-2/B code (as detect_language gives it) of a Hunspell
// dictionary name: "en_US" -> "eng", "fr_FR" -> "fre", "es_ES" -> "spa",
// "ru_RU" -> "rus", ...; empty for languages it does not name.
std::string language_of_dictionary(std::string_view name);

}  // namespace akn
