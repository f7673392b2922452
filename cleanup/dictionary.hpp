// Spelling dictionary: the Hunspell adapter (the only file that includes
// Hunspell), plus the edit-distance helper the correcting passes share.
//
// Thread safety: lookups lock a mutex; Hunspell instances are not reentrant.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/string_hash.hpp"

class Hunspell;

namespace akn {

class Dictionary {
 public:
  // Loads DIR/LANG.aff and DIR/LANG.dic. Throws std::runtime_error naming the
  // missing file.
  Dictionary(const std::string& dir, const std::string& language);
  ~Dictionary();
  // Throws the same error as the constructor when DIR/LANG.aff or .dic is
  // missing, without loading them.
  static void check_files(const std::string& dir, const std::string& language);
  Dictionary(const Dictionary&) = delete;
  Dictionary& operator=(const Dictionary&) = delete;

  // True when the dictionary accepts `word` (UTF-8) as spelled. A
  // typographic apostrophe is asked as a straight one ("Children’s"):
  // the text keeps its own.
  [[nodiscard]] bool accepts(std::string_view word) const;
  // The language it spells, as detect_language names it (BCP 47: "en" for
  // en_US, "fr" for fr_FR, ...); empty for a language language_of_dictionary does not name.
  [[nodiscard]] const std::string& language() const { return language_; }

 private:
  static constexpr std::size_t kMaxKnown = 200'000;
  std::unique_ptr<Hunspell> hunspell_;
  std::string language_;
  mutable std::mutex mutex_;
  // Answers given, under mutex_; looked up by string_view (no string made
  // for a word asked before).
  mutable std::unordered_map<std::string, bool, StringHash, std::equal_to<>> known_;
};

// The dictionary of the configuration (cleanup.dictionary_language), used by
// every pass, and the dictionaries of other languages
// (cleanup.language_dictionaries), which the correcting passes use for a
// document written in their language. Those are loaded when a document
// first needs them (each costs a worker about 0.3 s and 15-20 MB), and
// their files are checked at once, so that a missing one is a
// configuration error.
//
// Thread safety: for_language may be called from several threads.
class DictionarySet {
 public:
  // An empty `dir` means no dictionary at all. Throws std::runtime_error
  // naming a missing file of `primary` or `others`. `measuring` names
  // dictionaries that only measure (the quality score's dictionary share of
  // a document in their language; no pass corrects with them), each used
  // when its files are in `dir` and left out quietly when not.
  DictionarySet(const std::string& dir, const std::string& primary, const std::vector<std::string>& others,
                const std::vector<std::string>& measuring = {});
  ~DictionarySet();
  DictionarySet(const DictionarySet&) = delete;
  DictionarySet& operator=(const DictionarySet&) = delete;

  // The configuration's dictionary; null when none.
  [[nodiscard]] const Dictionary* primary() const { return primary_.get(); }
  // The dictionary that spells `language` (as detect_language names it):
  // the primary one, or another loaded now or before; null when none does
  // (or `language` is empty: a language not told).
  [[nodiscard]] const Dictionary* for_language(std::string_view language) const;
  // The dictionary that measures `language`: for_language's, else one of
  // the measuring dictionaries installed; null when none.
  [[nodiscard]] const Dictionary* for_measuring(std::string_view language) const;
  // The measuring dictionaries named for `language` whose files are not in
  // the directory ("ar"): what to install for it to be measured; empty
  // when none.
  [[nodiscard]] std::string missing_for_measuring(std::string_view language) const;

 private:
  const Dictionary* load(std::string_view code, const std::string& name) const;
  std::string dir_;
  std::unique_ptr<Dictionary> primary_;
  std::map<std::string, std::string, std::less<>> others_;  // language code -> Hunspell name
  std::map<std::string, std::string, std::less<>> measuring_;  // language code -> Hunspell name, installed
  std::map<std::string, std::string, std::less<>> not_installed_;  // language code -> Hunspell name
  mutable std::mutex mutex_;
  mutable std::map<std::string, std::unique_ptr<Dictionary>, std::less<>> loaded_;  // under mutex_
};

// Optimal string alignment distance (Levenshtein plus adjacent
// transpositions) over code points, stopping early above `limit`.
int edit_distance(std::string_view a, std::string_view b, int limit = 3);

// The BCP 47 tag (as detect_language gives it) of a Hunspell dictionary
// name: "en_US" -> "en", "fr_FR" -> "fr", "es_ES" -> "es", "ru_RU" -> "ru",
// "ar" -> "ar", ...; empty for languages language_tag does not name.
std::string language_of_dictionary(std::string_view name);

// The Debian package that installs a Hunspell dictionary ("en_US" ->
// "hunspell-en-us", "fr_FR" -> "hunspell-fr"), for messages.
std::string hunspell_package(std::string_view dictionary);

}  // namespace akn
