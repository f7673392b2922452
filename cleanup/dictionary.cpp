#include "cleanup/dictionary.hpp"

#include <hunspell/hunspell.hxx>

#include <algorithm>
#include <filesystem>
#include <stdexcept>
#include <vector>

#include "core/error.hpp"
#include "core/language.hpp"
#include "core/text.hpp"

namespace akn {

void Dictionary::check_files(const std::string& dir, const std::string& language) {
  const std::filesystem::path base = std::filesystem::path(dir) / language;
  for (const char* ext : {".aff", ".dic"})
    if (!std::filesystem::is_regular_file(base.string() + ext))
      throw EnvironmentError("dictionary file not found: " + base.string() + ext + " (install " +
                                 hunspell_package(language) + " or set cleanup.dictionary_dir)",
                             hunspell_package(language));
}

Dictionary::Dictionary(const std::string& dir, const std::string& language) {
  check_files(dir, language);
  const std::string base = (std::filesystem::path(dir) / language).string();
  hunspell_ = std::make_unique<Hunspell>((base + ".aff").c_str(), (base + ".dic").c_str());
  language_ = language_of_dictionary(language);
}

Dictionary::~Dictionary() = default;

std::string hunspell_package(std::string_view dictionary) {
  // Debian names most dictionaries by language alone, a few by region.
  static const std::pair<std::string_view, std::string_view> kPackages[] = {
      {"en_US", "hunspell-en-us"}, {"en_GB", "hunspell-en-gb"}, {"fr", "hunspell-fr"}, {"es", "hunspell-es"},
      {"ru", "hunspell-ru"},       {"ar", "hunspell-ar"},       {"de_DE", "hunspell-de-de"}};
  for (const auto& [prefix, package] : kPackages)
    if (dictionary.starts_with(prefix)) return std::string(package);
  return "the hunspell-" + to_lower_ascii(std::string(dictionary.substr(0, 2))) + "* package that has " +
         std::string(dictionary) + ".dic";
}

std::string language_of_dictionary(std::string_view name) {
  return language_tag(name);
}

bool Dictionary::accepts(std::string_view word) const {
  if (word.empty() || word.size() > 100) return false;
  std::lock_guard<std::mutex> lock(mutex_);
  // Answers are kept: a worker sees the same vocabulary document after
  // document, and Hunspell's lookup (affixes, compounds) is the costly part.
  // Bounded, so that a batch of OCR garbage cannot grow it without end.
  // Most words hold no typographic apostrophe: asked as they are, with no copy.
  const bool curly = word.find("\u2019") != std::string_view::npos;
  if (!curly)
    if (auto it = known_.find(word); it != known_.end()) return it->second;
  std::string key(word);
  for (std::size_t at = key.find("\u2019"); at != std::string::npos; at = key.find("\u2019", at + 1))
    key.replace(at, 3, "'");
  if (curly)
    if (auto it = known_.find(key); it != known_.end()) return it->second;
  if (known_.size() >= kMaxKnown) known_.clear();
  const bool ok = hunspell_->spell(key);
  known_.emplace(std::move(key), ok);
  return ok;
}

DictionarySet::DictionarySet(const std::string& dir, const std::string& primary, const std::vector<std::string>& others,
                             const std::vector<std::string>& measuring)
    : dir_(dir) {
  if (dir.empty()) return;
  primary_ = std::make_unique<Dictionary>(dir, primary);
  for (const std::string& name : others) {
    const std::string code = language_of_dictionary(name);
    if (code.empty())
      throw ConfigError("cleanup.language_dictionaries: \"" + name + "\" names no language akn-ingest can tell");
    Dictionary::check_files(dir, name);
    if (code != primary_->language()) others_.emplace(code, name);
  }
  for (const std::string& name : measuring) {
    const std::string code = language_of_dictionary(name);
    if (code.empty())
      throw ConfigError("cleanup.measure_dictionaries: \"" + name + "\" names no language akn-ingest can tell");
    if (code == primary_->language() || others_.count(code)) continue;
    try {
      Dictionary::check_files(dir, name);
      measuring_.emplace(code, name);
    } catch (const EnvironmentError&) {
      not_installed_.emplace(code, name);  // measured when installed: not an error
    }
  }
}

DictionarySet::~DictionarySet() = default;

const Dictionary* DictionarySet::for_language(std::string_view language) const {
  if (!primary_ || language.empty()) return nullptr;
  if (primary_->language() == language) return primary_.get();
  const auto name = others_.find(language);
  if (name == others_.end()) return nullptr;
  return load(name->first, name->second);
}

const Dictionary* DictionarySet::load(std::string_view code, const std::string& name) const {
  std::lock_guard<std::mutex> lock(mutex_);
  auto& slot = loaded_[std::string(code)];
  if (!slot) slot = std::make_unique<Dictionary>(dir_, name);
  return slot.get();
}

const Dictionary* DictionarySet::for_measuring(std::string_view language) const {
  if (const Dictionary* d = for_language(language)) return d;
  const auto name = measuring_.find(language);
  return name == measuring_.end() ? nullptr : load(name->first, name->second);
}

std::string DictionarySet::missing_for_measuring(std::string_view language) const {
  const auto name = not_installed_.find(language);
  return name == not_installed_.end() ? std::string() : name->second;
}

namespace {
bool ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

// Whether two ASCII words are at most one edit apart (substitution,
// insertion, deletion or adjacent transposition): 0, 1, or 2 for more.
int within_one(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return 2;
  std::size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (i == a.size()) return a.size() == b.size() ? 0 : 1;
  if (a.size() == b.size()) {
    if (a.substr(i + 1) == b.substr(i + 1)) return 1;  // substitution
    if (i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2)) return 1;
    return 2;
  }
  return a.substr(i) == b.substr(i + 1) ? 1 : 2;  // b has one more
}
}  // namespace

int edit_distance(std::string_view a, std::string_view b, int limit) {
  // The passes ask "one edit apart?" of many pairs: ASCII words are
  // answered without building the table.
  if (limit <= 1 && limit >= 0 && ascii(a) && ascii(b)) return std::min(within_one(a, b), limit + 1);
  std::vector<char32_t> x, y;
  for (std::size_t i = 0; i < a.size();) x.push_back(next_code_point(a, i));
  for (std::size_t i = 0; i < b.size();) y.push_back(next_code_point(b, i));
  const std::size_t n = x.size(), m = y.size();
  if ((n > m ? n - m : m - n) > static_cast<std::size_t>(limit)) return limit + 1;
  std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1, 0));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= n; ++i) {
    int row_min = d[i][0];  // (an empty second word has no other cell)
    for (std::size_t j = 1; j <= m; ++j) {
      const int cost = x[i - 1] == y[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      row_min = std::min(row_min, d[i][j]);
    }
    if (row_min > limit) return limit + 1;
  }
  return std::min(d[n][m], limit + 1);
}

}  // namespace akn
