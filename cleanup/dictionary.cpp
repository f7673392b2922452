#include "cleanup/dictionary.hpp"

#include <hunspell/hunspell.hxx>

#include <algorithm>
#include <filesystem>
#include <stdexcept>
#include <vector>

#include "core/text.hpp"

namespace akn {

Dictionary::Dictionary(const std::string& dir, const std::string& language) {
  const std::filesystem::path base = std::filesystem::path(dir) / language;
  const std::string aff = base.string() + ".aff", dic = base.string() + ".dic";
  for (const std::string& f : {aff, dic})
    if (!std::filesystem::is_regular_file(f))
      throw std::runtime_error("dictionary file not found: " + f +
                               " (install hunspell-" + to_lower_ascii(language.substr(0, 2)) +
                               "* or set cleanup.dictionary_dir)");
  hunspell_ = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
}

Dictionary::~Dictionary() = default;

bool Dictionary::accepts(std::string_view word) const {
  if (word.empty() || word.size() > 100) return false;
  std::lock_guard<std::mutex> lock(mutex_);
  return hunspell_->spell(std::string(word));
}

int edit_distance(std::string_view a, std::string_view b, int limit) {
  std::vector<char32_t> x, y;
  for (std::size_t i = 0; i < a.size();) x.push_back(next_code_point(a, i));
  for (std::size_t i = 0; i < b.size();) y.push_back(next_code_point(b, i));
  const std::size_t n = x.size(), m = y.size();
  if ((n > m ? n - m : m - n) > static_cast<std::size_t>(limit)) return limit + 1;
  std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1, 0));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= n; ++i) {
    int row_min = limit + 1;
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
