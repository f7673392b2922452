// Horizontal rules drawn on a page (drawn_rules.hpp).
#include "ingest/drawn_rules.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>

namespace akn::detail {

namespace {
// A run of ink pixels in one row, and the rows it continues in.
struct Stroke {
  int x0 = 0, x1 = 0;  // columns [x0, x1)
  int y0 = 0, y1 = 0;  // rows [y0, y1)
};

// Marks the pixels covered by the text, with a pixel of margin.
std::vector<std::uint8_t> text_mask(const GreyImage& image, double scale, const std::vector<Box>& text_boxes) {
  std::vector<std::uint8_t> mask(static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height), 0);
  auto clamp_x = [&](double v) { return std::clamp(static_cast<int>(std::floor(v)), 0, image.width); };
  auto clamp_y = [&](double v) { return std::clamp(static_cast<int>(std::floor(v)), 0, image.height); };
  for (const Box& b : text_boxes) {
    const int x0 = clamp_x(b.x0 * scale - 1), x1 = clamp_x(b.x1 * scale + 2);
    const int y0 = clamp_y(b.y0 * scale - 1), y1 = clamp_y(b.y1 * scale + 2);
    for (int y = y0; y < y1; ++y)
      std::fill_n(mask.begin() + static_cast<std::ptrdiff_t>(y) * image.width + x0, std::max(0, x1 - x0), std::uint8_t{1});
  }
  return mask;
}

// The runs of at least `min_width` ink pixels outside the mask in row y.
std::vector<Stroke> row_runs(const GreyImage& image, const std::vector<std::uint8_t>& mask, int y, int min_width) {
  std::vector<Stroke> runs;
  const std::uint8_t* row = image.pixels + static_cast<std::ptrdiff_t>(y) * image.stride;
  const std::uint8_t* masked = mask.data() + static_cast<std::ptrdiff_t>(y) * image.width;
  int start = -1;
  for (int x = 0; x <= image.width; ++x) {
    const bool ink = x < image.width && masked[x] == 0 && row[x] < kInkBelow;
    if (ink && start < 0) start = x;
    if (!ink && start >= 0) {
      if (x - start >= min_width) runs.push_back(Stroke{start, x, y, y + 1});
      start = -1;
    }
  }
  return runs;
}
}  // namespace

std::vector<Box> find_drawn_rules(const GreyImage& image, double dpi, const std::vector<Box>& text_boxes) {
  std::vector<Box> rules;
  if (image.pixels == nullptr || image.width <= 0 || image.height <= 0 || dpi <= 0) return rules;
  const double scale = dpi / 72.0;
  const auto mask = text_mask(image, scale, text_boxes);
  const int min_width = std::max(2, static_cast<int>(std::lround(kMinRuleWidthPt * scale)));
  const int max_rows = std::max(1, static_cast<int>(std::ceil(kMaxRuleThicknessPt * scale)));
  // Runs of consecutive rows that overlap by half of the shorter make one
  // stroke; a stroke no thicker than a rule is one.
  std::vector<Stroke> open, done;
  for (int y = 0; y <= image.height; ++y) {
    std::vector<Stroke> runs = y < image.height ? row_runs(image, mask, y, min_width) : std::vector<Stroke>{};
    std::vector<Stroke> next;
    for (Stroke& s : open) {
      auto joins = [&](const Stroke& r) {
        return std::min(s.x1, r.x1) - std::max(s.x0, r.x0) >= std::min(s.x1 - s.x0, r.x1 - r.x0) / 2;
      };
      auto r = std::find_if(runs.begin(), runs.end(), joins);
      if (r == runs.end()) {
        done.push_back(s);
        continue;
      }
      next.push_back(Stroke{std::min(s.x0, r->x0), std::max(s.x1, r->x1), s.y0, y + 1});
      runs.erase(r);
    }
    next.insert(next.end(), runs.begin(), runs.end());
    open = std::move(next);
  }
  for (const Stroke& s : done)
    if (s.y1 - s.y0 <= max_rows)
      rules.push_back(Box{s.x0 / scale, s.y0 / scale, s.x1 / scale, s.y1 / scale});
  std::sort(rules.begin(), rules.end(), [](const Box& a, const Box& b) { return a.y0 < b.y0; });
  return rules;
}

}  // namespace akn::detail
