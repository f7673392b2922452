// A rectangle on a page.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <map>

namespace akn {

// Page coordinates (points for PDFs, pixels for scans), origin at the top
// left, x0 <= x1 and y0 <= y1.
struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;

  [[nodiscard]] double width() const { return x1 - x0; }
  [[nodiscard]] double height() const { return y1 - y0; }
  [[nodiscard]] Box united(const Box& o) const {
    return {std::min(x0, o.x0), std::min(y0, o.y0), std::max(x1, o.x1), std::max(y1, o.y1)};
  }
};

// The font size most characters are set in, counted to a tenth of a point.
class SizeTally {
 public:
  void add(double size, std::size_t characters) { chars_[std::lround(size * 10)] += characters; }
  // 0 when nothing was added; the smaller size on a tie.
  [[nodiscard]] double most_common() const {
    long best = 0;
    std::size_t most = 0;
    for (const auto& [size, n] : chars_)
      if (n > most) {
        most = n;
        best = size;
      }
    return static_cast<double>(best) / 10.0;
  }

 private:
  std::map<long, std::size_t> chars_;
};

}  // namespace akn
