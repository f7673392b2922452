// Underlines on a page image (underlines.hpp).
#include "ingest/underlines.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <utility>

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

// The thin horizontal runs of `binary` long enough to be pieces of an
// underline: small gaps and steps bridged, then what runs a piece's length
// on one row kept, no thicker than an underline. Left to right.
std::vector<UnderlinePiece> pieces_of(Pix* binary, int x_height) {
  std::vector<UnderlinePiece> pieces;
  const int gap = pixels_of(kUnderlineGapBridged, x_height, 1), step = pixels_of(kUnderlineStepBridged, x_height, 1);
  const int least = pixels_of(kUnderlinePieceLeastLength, x_height, 4);
  const int thickest = pixels_of(kUnderlineMostThickness, x_height, 2);
  PixPtr closed(pixCloseCompBrickExtendDwa(nullptr, binary, gap + 1, step + 1));
  PixPtr runs(closed ? pixOpenCompBrickExtendDwa(nullptr, closed.get(), least, 1) : nullptr);
  if (!runs) return pieces;
  l_int32 empty = 0;
  pixZero(runs.get(), &empty);
  if (empty) return pieces;
  BoxaPtr boxes(pixConnCompBB(runs.get(), 8));
  if (!boxes) return pieces;
  for (l_int32 i = 0; i < boxaGetCount(boxes.get()); ++i) {
    UnderlinePiece p;
    boxaGetBoxGeometry(boxes.get(), i, &p.x, &p.y, &p.width, &p.thickness);
    if (p.width >= least && p.thickness <= thickest) pieces.push_back(p);
  }
  std::sort(pieces.begin(), pieces.end(), [](const UnderlinePiece& a, const UnderlinePiece& b) { return a.x < b.x; });
  return pieces;
}

// Pieces (left to right) joined into underlines: each piece continues the
// underline whose last piece ends at most kUnderlinePieceGapBridged before
// it and lies in line with it (centres kUnderlineStepBridged apart at
// most), the nearest in height when several do. Sets each box.
std::vector<Underline> chains_of(const std::vector<UnderlinePiece>& pieces, int x_height) {
  const int gap = pixels_of(kUnderlinePieceGapBridged, x_height, 2), step = pixels_of(kUnderlineStepBridged, x_height, 1);
  std::vector<Underline> chains;
  for (const UnderlinePiece& p : pieces) {
    Underline* best = nullptr;
    int best_step = step + 1;
    for (Underline& u : chains) {
      const UnderlinePiece& last = u.pieces.back();
      const int apart = p.x - (last.x + last.width);
      const int rise = std::abs((2 * p.y + p.thickness) - (2 * last.y + last.thickness)) / 2;
      if (apart >= -step && apart <= gap && rise < best_step) {
        best = &u;
        best_step = rise;
      }
    }
    if (!best) {
      chains.emplace_back();
      best = &chains.back();
    }
    best->pieces.push_back(p);
  }
  for (Underline& u : chains) {
    int x0 = u.pieces.front().x, y0 = u.pieces.front().y, x1 = x0, y1 = y0;
    for (const UnderlinePiece& p : u.pieces) {
      x0 = std::min(x0, p.x);
      y0 = std::min(y0, p.y);
      x1 = std::max(x1, p.x + p.width);
      y1 = std::max(y1, p.y + p.thickness);
    }
    u.x = x0, u.y = y0, u.width = x1 - x0, u.thickness = y1 - y0;
  }
  return chains;
}

// The rows [top, bottom] of `u` over column `x`: those of the piece over
// it, or between two pieces, the rows of both ends drawn straight across.
std::pair<int, int> rows_at(const Underline& u, int x) {
  const UnderlinePiece* before = &u.pieces.front();
  for (const UnderlinePiece& p : u.pieces) {
    if (x >= p.x && x < p.x + p.width) return {p.y, p.y + p.thickness - 1};
    if (p.x + p.width <= x) before = &p;
  }
  const UnderlinePiece* after = before;
  for (const UnderlinePiece& p : u.pieces)
    if (p.x > x) {
      after = &p;
      break;
    }
  const int from = before->x + before->width - 1, to = after->x;
  const double t = to > from ? static_cast<double>(x - from) / (to - from) : 0.0;
  auto lerp = [t](int a, int b) { return static_cast<int>(std::lround(a + t * (b - a))); };
  return {lerp(before->y, after->y), lerp(before->y + before->thickness - 1, after->y + after->thickness - 1)};
}

// The rows [top, bottom] of `u`'s ink in column `x`, widened by its fringe
// (ink joined to it up to kUnderlineFringe above and below); top < 0 where
// the column has no ink.
std::pair<int, int> inked_rows_at(Pix* binary, const Underline& u, int x, int fringe) {
  const auto [first_row, last_row] = rows_at(u, x);
  int top = -1, bottom = -1;
  for (int y = first_row; y <= last_row; ++y)
    if (ink(binary, x, y)) {
      if (top < 0) top = y;
      bottom = y;
    }
  if (top < 0) return {-1, -1};
  for (int k = 0; k < fringe && ink(binary, x, top - 1); ++k) --top;
  for (int k = 0; k < fringe && ink(binary, x, bottom + 1); ++k) ++bottom;
  return {top, bottom};
}

// Whether `u` is the tops of a row of letters rather than a rule under
// one: more than kUnderlineMostHangingShare of its inked columns have ink
// running on down from it and none up. Sets hanging.
bool tops_of_letters(Pix* binary, int x_height, Underline& u) {
  const int fringe = pixels_of(kUnderlineFringe, x_height, 1);
  int inked = 0, hanging = 0;
  for (int x = u.x; x < u.x + u.width; ++x) {
    const auto [top, bottom] = inked_rows_at(binary, u, x, fringe);
    if (top < 0) continue;
    ++inked;
    hanging += ink(binary, x, bottom + 1) && !ink(binary, x, top - 1);
  }
  u.hanging = inked > 0 ? static_cast<double>(hanging) / inked : 0.0;
  return u.hanging > kUnderlineMostHangingShare;
}

}  // namespace

std::vector<Underline> find_underlines(Pix* binary, int x_height) {
  std::vector<Underline> found;
  if (!binary || pixGetDepth(binary) != 1 || x_height <= 0) return found;
  const int length = pixels_of(kUnderlineLeastLength, x_height, 8);
  for (Underline& u : chains_of(pieces_of(binary, x_height), x_height)) {
    int inked = 0;
    for (const UnderlinePiece& p : u.pieces) inked += p.width;
    if (u.width >= length && inked >= kUnderlinePieceInkShare * u.width && under_text(binary, x_height, u) &&
        !tops_of_letters(binary, x_height, u))
      found.push_back(std::move(u));
  }
  std::sort(found.begin(), found.end(), [](const Underline& a, const Underline& b) { return a.y < b.y || (a.y == b.y && a.x < b.x); });
  return found;
}

std::size_t erase_underlines(Pix* work, Pix* binary, std::vector<Underline>& found, int x_height) {
  const int fringe = pixels_of(kUnderlineFringe, x_height, 1);
  const bool grey = pixGetDepth(work) == 8;
  std::size_t erased = 0;
  for (Underline& u : found) {
    for (int x = u.x; x < u.x + u.width; ++x) {
      const auto [top, bottom] = inked_rows_at(binary, u, x, fringe);
      if (top < 0) continue;
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
            " x-height under the baseline, letters over " + std::to_string(std::lround(100 * u.covered)) +
            "% of it, strokes running on down from " + std::to_string(std::lround(100 * u.hanging)) + "%";
  }
  return text + "; " + std::to_string(crossing) + " columns kept where a letter's stroke crosses an underline";
}

}  // namespace akn::detail
