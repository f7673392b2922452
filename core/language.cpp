#include "core/language.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <string_view>
#include <utility>

#include "core/text.hpp"

namespace akn {

namespace {
constexpr std::pair<std::string_view, std::string_view> kOfficial[] = {
    {"English", "eng"}, {"French", "fre"}, {"Spanish", "spa"}, {"Russian", "rus"}, {"Arabic", "ara"}, {"Chinese", "chi"}};

// Words that make up a large share of any running text in their language.
const std::map<std::string, std::string, std::less<>>& stop_words() {
  static const std::map<std::string, std::string, std::less<>> kWords = {
      {"the", "eng"}, {"of", "eng"}, {"and", "eng"}, {"to", "eng"},
      {"le", "fre"},  {"les", "fre"}, {"des", "fre"}, {"et", "fre"},
      {"el", "spa"},  {"los", "spa"}, {"las", "spa"}, {"y", "spa"},
      {"и", "rus"},   {"в", "rus"},   {"на", "rus"},  {"по", "rus"}};
  return kWords;
}

// Counts the stop words of `text` (words split at spaces) by language.
void vote(std::string_view text, std::map<std::string, int>& votes, int& total) {
  // Words longer than the longest stop word are not looked up.
  static const std::size_t kLongestStopWord = [] {
    std::size_t n = 0;
    for (const auto& [word, lang] : stop_words()) n = std::max(n, word.size());
    return n;
  }();
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = text.find(' ', i);
    if (j == std::string_view::npos) j = text.size();
    if (j - i > kLongestStopWord) {  // no stop word is as long
      i = j + 1;
      continue;
    }
    auto it = stop_words().find(text.substr(i, j - i));
    if (it != stop_words().end()) {
      ++votes[it->second];
      ++total;
    }
    i = j + 1;
  }
}
}  // namespace

std::string detect_language(const Document& doc) {
  std::map<std::string, int> votes;
  int total = 0;
  if (!doc.blocks.empty()) {
    for (const Block& block : doc.blocks) vote(block.text, votes, total);
  } else {
    for (const Page& page : doc.pages)
      for (const Line& line : page.lines)
        if (line.role == LineRole::body) vote(line.text, votes, total);
  }
  for (const auto& [lang, n] : votes)
    if (total >= 10 && n * 10 >= total * 7) return lang;
  return {};
}

std::string official_language_code(std::string_view name) {
  const std::string lower = to_lower_ascii(trim(name));
  for (const auto& [n, code] : kOfficial)
    if (lower == to_lower_ascii(n)) return std::string(code);
  return {};
}

std::string official_language_name(std::string_view code) {
  for (const auto& [n, c] : kOfficial)
    if (code == c) return std::string(n);
  return {};
}

}  // namespace akn
