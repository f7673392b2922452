// Line boxes that hold two printed rows. See merged_rows.hpp.
#include "ingest/merged_rows.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdlib>

namespace akn::detail {

std::vector<int> ink_per_row(const std::uint8_t* pixels, int width, int height, int stride) {
  std::vector<int> ink(static_cast<std::size_t>(std::max(height, 0)), 0);
  for (int y = 0; y < height; ++y) {
    const std::uint8_t* row = pixels + static_cast<std::ptrdiff_t>(y) * stride;
    ink[static_cast<std::size_t>(y)] = static_cast<int>(std::count_if(row, row + width, [](std::uint8_t p) { return p < kInkGrey; }));
  }
  return ink;
}

std::optional<int> split_row(const std::vector<int>& ink, double median_height) {
  if (ink.empty() || median_height <= 0) return std::nullopt;
  const int n = static_cast<int>(ink.size());
  const int least = static_cast<int>(std::ceil(kLeastRowShare * median_height));
  if (n < 2 * least + 1) return std::nullopt;
  const int most = *std::max_element(ink.begin(), ink.end());
  if (most == 0) return std::nullopt;
  int best = -1;
  for (int y = least; y < n - least; ++y) {
    const int v = ink[static_cast<std::size_t>(y)];
    if (best < 0 || v < ink[static_cast<std::size_t>(best)] ||
        (v == ink[static_cast<std::size_t>(best)] && std::abs(2 * y - n) < std::abs(2 * best - n)))
      best = y;
  }
  if (best < 0 || ink[static_cast<std::size_t>(best)] > kGapInkShare * most) return std::nullopt;
  return best;
}

}  // namespace akn::detail
