#include "core/text_columns.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace akn {

std::vector<bool> inked(std::string_view text) {
  std::vector<bool> out;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = next_code_point(text, i);
    out.push_back(c != ' ' && c != '\t');
  }
  return out;
}

namespace {
// How many of lines `ink` leave a gutter at `at` clear, when enough of them
// do, with a column's text on each side of it on enough of them; 0 otherwise.
std::size_t gutter_at(const std::vector<std::vector<bool>>& ink, std::size_t at) {
  std::size_t clear = 0, left = 0, right = 0;
  for (const std::vector<bool>& l : ink) {
    bool blank = true;
    for (std::size_t k = at; k < at + kGutterWidth && k < l.size(); ++k) blank = blank && !l[k];
    if (!blank) continue;
    ++clear;
    const auto begin = l.begin(), gutter = begin + static_cast<std::ptrdiff_t>(std::min(at, l.size()));
    left += static_cast<std::size_t>(std::count(begin, gutter, true)) >= kMinColumnText;
    right += static_cast<std::size_t>(std::count(gutter, l.end(), true)) >= kMinColumnText;
  }
  const auto n = static_cast<double>(ink.size());
  const bool columns = static_cast<double>(clear) >= kGutterClearShare * n &&
                       static_cast<double>(left) >= kColumnLineShare * n && static_cast<double>(right) >= kColumnLineShare * n;
  return columns ? clear : 0;
}
}  // namespace

std::optional<std::size_t> dump_page_gutter(const Page& page, std::size_t min_lines) {
  std::vector<std::vector<bool>> ink;
  std::size_t widest = 0;
  for (const Line& l : page.lines) {
    if (is_blank(l.text)) continue;
    ink.push_back(inked(l.text));
    widest = std::max(widest, ink.back().size());
  }
  if (ink.size() < min_lines) return std::nullopt;
  const auto from = static_cast<std::size_t>(kGutterFrom * static_cast<double>(widest));
  const auto to = static_cast<std::size_t>(kGutterTo * static_cast<double>(widest));
  // The position most lines leave clear (the leftmost of equals): a line
  // of the left column that runs into the gutter's left side does not move
  // it away from the column of spaces the other lines leave.
  std::optional<std::size_t> best;
  std::size_t most = 0;
  for (std::size_t at = from; at < to; ++at)
    if (const std::size_t clear = gutter_at(ink, at); clear > most) most = clear, best = at;
  return best;
}

}  // namespace akn
