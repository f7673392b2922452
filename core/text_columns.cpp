#include "core/text_columns.hpp"

#include <algorithm>
#include <cstdint>

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
// Per text line, the count of inked code points before each of its columns
// (one entry more than the line has code points): what each gutter position
// asks of a line is then two look-ups, not a walk along it.
using InkCounts = std::vector<std::uint32_t>;

InkCounts ink_before(std::string_view text) {
  InkCounts out{0};
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = next_code_point(text, i);
    out.push_back(out.back() + (c != ' ' && c != '\t' ? 1U : 0U));
  }
  return out;
}

// How many of lines `ink` leave a gutter at `at` clear, when enough of them
// do, with a column's text on each side of it on enough of them; 0 otherwise.
std::size_t gutter_at(const std::vector<InkCounts>& ink, std::size_t at) {
  std::size_t clear = 0, left = 0, right = 0;
  for (const InkCounts& l : ink) {
    const std::size_t columns = l.size() - 1;
    const std::uint32_t before = l[std::min(at, columns)];
    if (l[std::min(at + kGutterWidth, columns)] != before) continue;  // ink in the gutter
    ++clear;
    left += before >= kMinColumnText;
    right += l.back() - before >= kMinColumnText;
  }
  const auto n = static_cast<double>(ink.size());
  const bool columns = static_cast<double>(clear) >= kGutterClearShare * n &&
                       static_cast<double>(left) >= kColumnLineShare * n && static_cast<double>(right) >= kColumnLineShare * n;
  return columns ? clear : 0;
}
}  // namespace

std::optional<std::size_t> dump_page_gutter(const Page& page, std::size_t min_lines) {
  // A line with text right of the gutter holds the gutter's spaces: with
  // too few such lines no position can pass, and the page is not walked.
  std::size_t lines = 0, gapped = 0;
  for (const Line& l : page.lines) {
    if (is_blank(l.text)) continue;
    ++lines;
    gapped += has_blank_run(l.text, kGutterWidth);
  }
  if (lines < min_lines || static_cast<double>(gapped) < kColumnLineShare * static_cast<double>(lines)) return std::nullopt;
  std::vector<InkCounts> ink;
  std::size_t widest = 0;
  for (const Line& l : page.lines) {
    if (is_blank(l.text)) continue;
    ink.push_back(ink_before(l.text));
    widest = std::max(widest, ink.back().size() - 1);
  }
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
