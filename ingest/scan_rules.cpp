// The separator over the notes on a page image (scan_rules.hpp).
#include "ingest/scan_rules.hpp"

#include <algorithm>
#include <cmath>

#include "ingest/leptonica_ptr.hpp"

namespace akn::detail {

namespace {

int pixels_of(double inches, int dpi, int least) {
  return std::max(least, static_cast<int>(std::lround(inches * dpi)));
}
int points_to_pixels(double points, int dpi, int least) { return pixels_of(points / 72.0, dpi, least); }

// The ink pixels of `binary` in the rectangle [x0, x1) x [y0, y1), clipped
// to the image, and the rectangle's area so clipped.
std::pair<long, long> ink_in(Pix* binary, int x0, int y0, int x1, int y1) {
  const int w = static_cast<int>(pixGetWidth(binary)), h = static_cast<int>(pixGetHeight(binary));
  x0 = std::clamp(x0, 0, w), x1 = std::clamp(x1, 0, w), y0 = std::clamp(y0, 0, h), y1 = std::clamp(y1, 0, h);
  if (x1 <= x0 || y1 <= y0) return {0, 0};
  const l_uint32* data = pixGetData(binary);
  const int wpl = pixGetWpl(binary);
  long ink = 0;
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x) ink += GET_DATA_BIT(data + static_cast<std::ptrdiff_t>(y) * wpl, x) != 0 ? 1 : 0;
  return {ink, static_cast<long>(x1 - x0) * (y1 - y0)};
}

// The rows of the box that hold ink over at least half of its columns
// (the rule's own; the bridged gaps and joined rows of the search are not).
int rule_thickness(Pix* binary, const SeparatorRule& r) {
  int rows = 0;
  for (int y = r.y; y < r.y + r.thickness; ++y)
    if (2 * ink_in(binary, r.x, y, r.x + r.width, y + 1).first >= r.width) ++rows;
  return rows;
}

// Whether the band of `height` rows above (or below) the rule, a pixel
// from it, is white across its columns (kSeparatorBandInkShare).
bool clear_band(Pix* binary, const SeparatorRule& r, int height, bool above) {
  const int y0 = above ? r.y - 1 - height : r.y + r.thickness + 1;
  const auto [ink, area] = ink_in(binary, r.x, y0, r.x + r.width, y0 + height);
  return area > 0 && static_cast<double>(ink) <= kSeparatorBandInkShare * static_cast<double>(area);
}

// The thin horizontal runs at least kSeparatorLeastInches long in the rows
// of `binary` from `top` down, small gaps and steps bridged, as boxes in
// pixels of `binary` (their height the joined rows').
std::vector<SeparatorRule> long_runs(Pix* binary, int dpi, int top) {
  std::vector<SeparatorRule> runs;
  const int w = static_cast<int>(pixGetWidth(binary)), h = static_cast<int>(pixGetHeight(binary));
  if (top >= h) return runs;
  LeptonicaBoxPtr lower(boxCreate(0, top, w, h - top));
  PixPtr clip(lower ? pixClipRectangle(binary, lower.get(), nullptr) : nullptr);
  if (!clip) return runs;
  const int gap = pixels_of(kSeparatorGapInches, dpi, 1), step = pixels_of(kSeparatorStepInches, dpi, 1);
  const int least = pixels_of(kSeparatorLeastInches, dpi, 8);
  PixPtr closed(pixCloseCompBrickExtendDwa(nullptr, clip.get(), gap + 1, step + 1));
  PixPtr open(closed ? pixOpenCompBrickExtendDwa(nullptr, closed.get(), least, 1) : nullptr);
  if (!open) return runs;
  l_int32 empty = 0;
  pixZero(open.get(), &empty);
  if (empty) return runs;
  BoxaPtr boxes(pixConnCompBB(open.get(), 8));
  if (!boxes) return runs;
  for (l_int32 i = 0; i < boxaGetCount(boxes.get()); ++i) {
    SeparatorRule r;
    boxaGetBoxGeometry(boxes.get(), i, &r.x, &r.y, &r.width, &r.thickness);
    r.y += top;
    runs.push_back(r);
  }
  return runs;
}

// The horizontal extent of the page's text: the leftmost and rightmost
// ends of its lines.
std::pair<int, int> text_extent(const std::vector<ReadLineBox>& lines) {
  int left = lines.front().x0, right = lines.front().x1;
  for (const ReadLineBox& l : lines) left = std::min(left, l.x0), right = std::max(right, l.x1);
  return {left, right};
}

// Whether a line of text starts under the rule as the first note does
// (kSeparatorNotesWithinPt), and no line's box crosses it.
bool opens_notes(const SeparatorRule& r, const std::vector<ReadLineBox>& lines, int dpi, bool right_to_left) {
  const int within = points_to_pixels(kSeparatorNotesWithinPt, dpi, 1);
  const int bottom = r.y + r.thickness;
  bool under = false;
  for (const ReadLineBox& l : lines) {
    const bool beside = l.x1 > r.x && l.x0 < r.x + r.width;
    if (beside && l.y0 < bottom && l.y1 > r.y) return false;  // text on the rule's rows
    if (l.y0 < bottom || l.y0 > bottom + within) continue;
    under = under || (right_to_left ? l.x1 <= r.x + r.width + r.width / 2 && l.x1 > r.x
                                    : l.x0 >= r.x - r.width / 2 && l.x0 < r.x + r.width);
  }
  return under;
}

// Whether the rule stands at the starting end of the text's lines: nearer
// that end of the text than the other.
bool at_line_starts(const SeparatorRule& r, std::pair<int, int> extent, bool right_to_left) {
  const int before = r.x - extent.first, after = extent.second - (r.x + r.width);
  return right_to_left ? after < before : before < after;
}

}  // namespace

std::vector<SeparatorRule> find_note_separators(Pix* binary, int dpi, const std::vector<ReadLineBox>& lines,
                                                bool right_to_left) {
  std::vector<SeparatorRule> found;
  if (!binary || pixGetDepth(binary) != 1 || dpi <= 0 || lines.empty()) return found;
  const auto extent = text_extent(lines);
  const int top = static_cast<int>(std::lround(kSeparatorLeastDepth * pixGetHeight(binary)));
  const int thickest = points_to_pixels(kSeparatorMostThicknessPt, dpi, 1);
  const int above = points_to_pixels(kSeparatorClearAbovePt, dpi, 1), below = points_to_pixels(kSeparatorClearBelowPt, dpi, 1);
  for (SeparatorRule r : long_runs(binary, dpi, top)) {
    if (r.width > kSeparatorMostTextShare * (extent.second - extent.first)) continue;
    const int thickness = rule_thickness(binary, r);
    if (thickness == 0 || thickness > thickest) continue;
    if (!clear_band(binary, r, above, true) || !clear_band(binary, r, below, false)) continue;
    if (!at_line_starts(r, extent, right_to_left) || !opens_notes(r, lines, dpi, right_to_left)) continue;
    found.push_back(r);
  }
  std::sort(found.begin(), found.end(), [](const SeparatorRule& a, const SeparatorRule& b) { return a.y < b.y; });
  return found;
}

}  // namespace akn::detail
