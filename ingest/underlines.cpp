// Underlines on a page image (underlines.hpp).
#include "ingest/underlines.hpp"

#include <algorithm>
#include <cmath>

#include "core/text.hpp"
#include "ingest/leptonica_ptr.hpp"

namespace akn::detail {

namespace {

int pixels_of(double x_heights, int x_height, int least) {
  return std::max(least, static_cast<int>(std::lround(x_heights * x_height)));
}

bool ink(Pix* binary, int x, int y) {
  if (x < 0 || y < 0 || x >= static_cast<int>(pixGetWidth(binary)) || y >= static_cast<int>(pixGetHeight(binary)))
    return false;
  l_uint32 v = 0;
  pixGetPixel(binary, x, y, &v);
  return v != 0;
}

// Whether the run at `u` (its box set) lies under a line of text: the
// baseline of the text above it (the lowest row whose ink over its columns
// is a third of the densest row's, in the two x-heights above it, rows as
// full as a rule left out) is near, and that text's x-height band covers
// its columns and reaches both its ends. Sets drop and covered.
bool under_text(Pix* binary, int x_height, Underline& u) {
  const int fringe = pixels_of(kUnderlineFringe, x_height, 1);
  const int bottom = u.y - 1 - fringe, top = std::max(0, u.y - 2 * x_height - fringe);
  if (bottom <= top) return false;
  std::vector<int> count(static_cast<std::size_t>(bottom - top + 1), 0);
  for (int y = top; y <= bottom; ++y)
    for (int x = u.x; x < u.x + u.width; ++x) count[static_cast<std::size_t>(y - top)] += ink(binary, x, y);
  int most = 0;
  for (int c : count)
    if (10 * c < 9 * u.width) most = std::max(most, c);
  if (most == 0) return false;
  int baseline = -1;
  for (int y = top; y <= bottom; ++y) {
    const int c = count[static_cast<std::size_t>(y - top)];
    if (3 * c >= most && 10 * c < 9 * u.width) baseline = y;
  }
  u.drop = static_cast<double>(u.y - 1 - baseline) / x_height;
  if (baseline < 0 || u.drop < kUnderlineLeastDrop || u.drop > kUnderlineMostDrop) return false;
  int covered = 0, first = -1, last = -1;
  for (int x = u.x; x < u.x + u.width; ++x) {
    bool letter = false;
    for (int y = std::max(0, baseline - x_height + 1); y <= baseline && !letter; ++y) letter = ink(binary, x, y);
    if (!letter) continue;
    ++covered;
    if (first < 0) first = x;
    last = x;
  }
  u.covered = static_cast<double>(covered) / u.width;
  const int reach = pixels_of(kUnderlineEndReach, x_height, 1);
  return u.covered >= kUnderlineCoveredShare && first - u.x <= reach && u.x + u.width - 1 - last <= reach;
}

}  // namespace

std::vector<Underline> find_underlines(Pix* binary, int x_height) {
  std::vector<Underline> found;
  if (!binary || pixGetDepth(binary) != 1 || x_height <= 0) return found;
  const int length = pixels_of(kUnderlineLeastLength, x_height, 8);
  const int gap = pixels_of(kUnderlineGapBridged, x_height, 1), step = pixels_of(kUnderlineStepBridged, x_height, 1);
  const int thickest = pixels_of(kUnderlineMostThickness, x_height, 2);
  // Pieces bridged, then only what runs `length` on one row kept.
  PixPtr closed(pixCloseCompBrickExtendDwa(nullptr, binary, gap + 1, step + 1));
  PixPtr runs(closed ? pixOpenCompBrickExtendDwa(nullptr, closed.get(), length, 1) : nullptr);
  if (!runs) return found;
  l_int32 empty = 0;
  pixZero(runs.get(), &empty);
  if (empty) return found;
  BOXA* boxes = pixConnCompBB(runs.get(), 8);
  if (!boxes) return found;
  for (l_int32 i = 0; i < boxaGetCount(boxes); ++i) {
    Underline u;
    boxaGetBoxGeometry(boxes, i, &u.x, &u.y, &u.width, &u.thickness);
    if (u.width >= length && u.thickness <= thickest && under_text(binary, x_height, u)) found.push_back(u);
  }
  boxaDestroy(&boxes);
  std::sort(found.begin(), found.end(), [](const Underline& a, const Underline& b) { return a.y < b.y || (a.y == b.y && a.x < b.x); });
  return found;
}

std::size_t erase_underlines(Pix* work, Pix* binary, std::vector<Underline>& found, int x_height) {
  const int fringe = pixels_of(kUnderlineFringe, x_height, 1);
  const bool grey = pixGetDepth(work) == 8;
  std::size_t erased = 0;
  for (Underline& u : found) {
    for (int x = u.x; x < u.x + u.width; ++x) {
      int top = -1, bottom = -1;
      for (int y = u.y; y < u.y + u.thickness; ++y)
        if (ink(binary, x, y)) {
          if (top < 0) top = y;
          bottom = y;
        }
      if (top < 0) continue;
      for (int k = 0; k < fringe && ink(binary, x, top - 1); ++k) --top;
      for (int k = 0; k < fringe && ink(binary, x, bottom + 1); ++k) ++bottom;
      if (ink(binary, x, top - 1) && ink(binary, x, bottom + 1)) {  // a stroke crosses it
        ++u.crossing_columns;
        continue;
      }
      for (int y = top; y <= bottom; ++y) {
        erased += ink(binary, x, y);
        pixSetPixel(binary, x, y, 0);
        pixSetPixel(work, x, y, grey ? 255 : 0);
      }
      // The antialiased edge of a grey underline, lighter than the threshold.
      if (grey)
        for (int y : {top - 1, bottom + 1})
          if (y >= 0 && y < static_cast<int>(pixGetHeight(work)) && !ink(binary, x, y)) pixSetPixel(work, x, y, 255);
    }
  }
  return erased;
}

std::string describe_underlines(const std::vector<Underline>& found, std::size_t pixels, int x_height) {
  constexpr std::size_t kListed = 4;
  std::string text = std::to_string(found.size()) + (found.size() == 1 ? " underline" : " underlines") +
                     " under lines of text erased (" + std::to_string(pixels) + " pixels; x-height " +
                     std::to_string(x_height) + " pixels):";
  int crossing = 0;
  for (std::size_t i = 0; i < found.size(); ++i) {
    const Underline& u = found[i];
    crossing += u.crossing_columns;
    if (i == kListed) text += " ...";
    if (i >= kListed) continue;
    text += (i == 0 ? " " : "; ") + std::to_string(u.width) + " x " + std::to_string(u.thickness) + " at (" +
            std::to_string(u.x) + ", " + std::to_string(u.y) + "), " + format_fixed(u.drop, 2) +
            " x-height under the baseline, letters over " + std::to_string(std::lround(100 * u.covered)) + "% of it";
  }
  return text + "; " + std::to_string(crossing) + " columns kept where a letter's stroke crosses an underline";
}

}  // namespace akn::detail
