// Horizontal rules drawn on a page (drawn_rules.hpp).
#include "ingest/drawn_rules.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace akn::detail {

namespace {
// A run of ink pixels in one row, and the rows it continues in.
struct Stroke {
  int x0 = 0, x1 = 0;  // columns [x0, x1)
  int y0 = 0, y1 = 0;  // rows [y0, y1)
};

// A page-sized scratch buffer of this thread, filled with `value`: a page
// at kRuleDpi is half a megabyte, and a fresh vector per page and use was
// zeroed twice (by the kernel's page faults, then by the fill): 3% of a
// born-digital PDF's time. Each use names its own buffer.
enum class Scratch { text_mask, possible, near_opaque };
std::vector<std::uint8_t>& scratch(Scratch which, std::size_t size, std::uint8_t value) {
  thread_local std::vector<std::uint8_t> buffers[3];
  std::vector<std::uint8_t>& b = buffers[static_cast<int>(which)];
  b.assign(size, value);
  return b;
}

// Marks the pixels covered by the text, with a pixel of margin.
const std::vector<std::uint8_t>& text_mask(const GreyImage& image, double scale, const std::vector<Box>& text_boxes) {
  std::vector<std::uint8_t>& mask =
      scratch(Scratch::text_mask, static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height), 0);
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

// Whether a row is white throughout (most rows of a page of text are, once
// the glyphs are not drawn): compared as memory, many pixels at a time.
bool white_row(const std::uint8_t* row, int width) {
  static constexpr std::size_t kChunk = 256;
  static const std::vector<std::uint8_t> white(kChunk, 255);
  for (int x = 0; x < width; x += static_cast<int>(kChunk))
    if (std::memcmp(row + x, white.data(), std::min(kChunk, static_cast<std::size_t>(width - x))) != 0) return false;
  return true;
}

// The runs of at least `min_width` ink pixels outside the mask in row y.
std::vector<Stroke> row_runs(const GreyImage& image, const std::vector<std::uint8_t>& mask, int y, int min_width) {
  std::vector<Stroke> runs;
  const std::uint8_t* row = image.pixels + static_cast<std::ptrdiff_t>(y) * image.stride;
  if (white_row(row, image.width)) return runs;
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
int min_rule_pixels(double scale) { return std::max(2, static_cast<int>(std::lround(kMinRuleWidthPt * scale))); }
}  // namespace

namespace {
// The pixels of a w x h image any of `marks` could touch (0), the rest 255.
// False when a mark is not finite.
bool paint_marks(const std::vector<Box>& marks, double scale, int margin, int w, int h, std::vector<std::uint8_t>& pixels) {
  auto clamp = [](double v, int hi) { return static_cast<int>(std::clamp(v, 0.0, static_cast<double>(hi))); };
  for (const Box& m : marks) {
    if (!std::isfinite(m.x0) || !std::isfinite(m.y0) || !std::isfinite(m.x1) || !std::isfinite(m.y1)) return false;
    const int x0 = clamp(std::floor(m.x0 * scale) - margin, w), x1 = clamp(std::ceil(m.x1 * scale) + margin + 1, w);
    const int y0 = clamp(std::floor(m.y0 * scale) - margin, h), y1 = clamp(std::ceil(m.y1 * scale) + margin + 1, h);
    for (int y = y0; y < y1; ++y)
      std::fill_n(pixels.begin() + static_cast<std::ptrdiff_t>(y) * w + x0, std::max(0, x1 - x0), std::uint8_t{0});
  }
  return true;
}
}  // namespace

bool is_picture(const double* ctm, double dpi) {
  // The unit square's corners (0,0), (1,0), (0,1), (1,1) at y = m[1]x + m[3]y + m[5].
  const double ys[4] = {ctm[5], ctm[1] + ctm[5], ctm[3] + ctm[5], ctm[1] + ctm[3] + ctm[5]};
  const double height = *std::max_element(ys, ys + 4) - *std::min_element(ys, ys + 4);
  return dpi > 0 && height * 72.0 / dpi > kMaxRuleImageHeightPt;
}

RuleSearch plan_rule_search(const std::vector<Box>& marks, const std::vector<Box>& opaque, double width,
                            double height, double dpi, const std::vector<Box>& text_boxes) {
  if (marks.empty()) return RuleSearch::none;
  if (dpi <= 0 || !(width > 0) || !(height > 0) || width > 1e5 || height > 1e5) return RuleSearch::render;
  const double scale = dpi / 72.0;
  // At least as large as any render of the page (whose size is rounded).
  const int w = static_cast<int>(std::ceil(width * scale)) + 2, h = static_cast<int>(std::ceil(height * scale)) + 2;
  const std::size_t size = static_cast<std::size_t>(w) * static_cast<std::size_t>(h);
  std::vector<std::uint8_t>& possible = scratch(Scratch::possible, size, 255);
  std::vector<std::uint8_t>& near_opaque = scratch(Scratch::near_opaque, opaque.empty() ? 0 : size, 255);
  if (!paint_marks(marks, scale, kMarkMarginPx, w, h, possible) ||
      (!opaque.empty() && !paint_marks(opaque, scale, kMarkMarginPx + 1, w, h, near_opaque)))
    return RuleSearch::render;
  const GreyImage image{w, h, w, possible.data()};
  const auto& mask = text_mask(image, scale, text_boxes);
  const int min_width = min_rule_pixels(scale);
  bool any = false;
  for (int y = 0; y < h; ++y)
    for (const Stroke& run : row_runs(image, mask, y, min_width)) {
      any = true;
      if (opaque.empty()) return RuleSearch::from_marks;
      const auto row = near_opaque.begin() + static_cast<std::ptrdiff_t>(y) * w;
      if (std::find(row + run.x0, row + run.x1, std::uint8_t{0}) != row + run.x1) return RuleSearch::render;
    }
  return any ? RuleSearch::from_marks : RuleSearch::none;
}

std::vector<Box> find_drawn_rules(const GreyImage& image, double dpi, const std::vector<Box>& text_boxes) {
  std::vector<Box> rules;
  if (image.pixels == nullptr || image.width <= 0 || image.height <= 0 || dpi <= 0) return rules;
  const double scale = dpi / 72.0;
  const auto& mask = text_mask(image, scale, text_boxes);
  const int min_width = min_rule_pixels(scale);
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
