// Rotation of a grey page image by a small angle. See rotate.hpp.
#include "ingest/rotate.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <vector>

namespace akn::detail {

namespace {

// Leptonica turns nothing under this angle (rotate.c's MIN_ANGLE_TO_ROTATE).
constexpr float kLeastAngle = 0.001f;

// Per row of `grey`, per block of kRotateWhiteBlock pixels: whether every
// pixel of the block is white (255).
struct WhiteBlocks {
  int per_row = 0;
  std::vector<unsigned char> white;
  std::size_t index(int row, int block) const { return static_cast<std::size_t>(row * per_row + block); }
  bool at(int row, int block) const { return white[index(row, block)] != 0; }
};

WhiteBlocks white_blocks(Pix* grey) {
  const l_int32 w = pixGetWidth(grey), h = pixGetHeight(grey), wpl = pixGetWpl(grey);
  WhiteBlocks blocks;
  blocks.per_row = (w + kRotateWhiteBlock - 1) / kRotateWhiteBlock;
  blocks.white.assign(static_cast<std::size_t>(blocks.per_row * h), 0);
  const l_uint32* data = pixGetData(grey);
  for (l_int32 row = 0; row < h; ++row) {
    const l_uint32* line = data + static_cast<std::ptrdiff_t>(row) * wpl;
    for (l_int32 b = 0; b < blocks.per_row; ++b) {
      const l_int32 x0 = b * kRotateWhiteBlock, x1 = std::min(w, x0 + kRotateWhiteBlock);
      bool all = true;
      if (x1 - x0 == kRotateWhiteBlock) {  // whole words of four pixels
        l_uint32 ink = ~0u;
        for (l_int32 k = 0; k < kRotateWhiteBlock / 4; ++k) ink &= line[x0 / 4 + k];
        all = ink == ~0u;
      } else {
        for (l_int32 x = x0; all && x < x1; ++x) all = GET_DATA_BYTE(line, x) == 255;
      }
      blocks.white[blocks.index(row, b)] = all ? 1 : 0;
    }
  }
  return blocks;
}

// Leptonica's geometry (rotateAMGrayLow): the source position of the
// destination pixel (i, j), in sixteenths of a pixel from the centre. The
// products are rounded to float as there, once per row and per column.
struct Geometry {
  l_int32 w = 0, h = 0, xcen = 0, ycen = 0;
  float sina = 0, cosa = 0;
  std::vector<float> column_cos, column_sin;  // -xdif * cosa, xdif * sina
  float row_sin = 0, row_cos = 0;             // ydif * sina, -ydif * cosa

  Geometry(l_int32 width, l_int32 height, float radians)
      : w(width), h(height), xcen(width / 2), ycen(height / 2),
        // in double, as C's sin() of a float
        sina(static_cast<float>(16. * std::sin(static_cast<double>(radians)))),
        cosa(static_cast<float>(16. * std::cos(static_cast<double>(radians)))),
        column_cos(static_cast<std::size_t>(width)), column_sin(static_cast<std::size_t>(width)) {
    for (l_int32 j = 0; j < w; ++j) {
      const l_int32 xdif = xcen - j;
      column_cos[static_cast<std::size_t>(j)] = static_cast<float>(-xdif) * cosa;
      column_sin[static_cast<std::size_t>(j)] = static_cast<float>(xdif) * sina;
    }
  }
  void set_row(l_int32 i) {
    const l_int32 ydif = ycen - i;
    row_sin = static_cast<float>(ydif) * sina;
    row_cos = static_cast<float>(-ydif) * cosa;
  }
  void source(l_int32 j, l_int32& xpm, l_int32& ypm) const {
    xpm = static_cast<l_int32>(column_cos[static_cast<std::size_t>(j)] - row_sin);
    ypm = static_cast<l_int32>(row_cos + column_sin[static_cast<std::size_t>(j)]);
  }
};

// Whether every source pixel that the destination pixels j0..j1 of the set
// row read is white: the source positions move monotonically along a row,
// so they lie in the rectangle of the run's two ends (and the pixel right
// of and below each).
bool run_reads_white(const Geometry& g, const WhiteBlocks& blocks, l_int32 j0, l_int32 j1) {
  l_int32 xa = 0, ya = 0, xb = 0, yb = 0;
  g.source(j0, xa, ya);
  g.source(j1, xb, yb);
  const l_int32 top = std::max(0, g.ycen + (std::min(ya, yb) >> 4));
  const l_int32 bottom = std::min(g.h - 1, g.ycen + (std::max(ya, yb) >> 4) + 1);
  const l_int32 left = std::max(0, g.xcen + (std::min(xa, xb) >> 4));
  const l_int32 right = std::min(g.w - 1, g.xcen + (std::max(xa, xb) >> 4) + 1);
  for (l_int32 row = top; row <= bottom; ++row)
    for (l_int32 b = left / kRotateWhiteBlock; b <= right / kRotateWhiteBlock; ++b)
      if (!blocks.at(row, b)) return false;
  return true;  // also when the run reads nothing inside the image
}

// The destination pixels j0..j1 of the set row, interpolated as Leptonica
// does; white outside the source image.
void interpolate_run(const Geometry& g, const l_uint32* source, l_int32 wpls, l_uint32* line, l_int32 j0, l_int32 j1) {
  for (l_int32 j = j0; j <= j1; ++j) {
    l_int32 xpm = 0, ypm = 0;
    g.source(j, xpm, ypm);
    const l_int32 xp = g.xcen + (xpm >> 4), yp = g.ycen + (ypm >> 4);
    if (xp < 0 || yp < 0 || xp > g.w - 2 || yp > g.h - 2) {
      SET_DATA_BYTE(line, j, 255);
      continue;
    }
    const l_uint32* above = source + static_cast<std::ptrdiff_t>(yp) * wpls;
    const l_uint32* below = above + wpls;
    const l_int32 a = static_cast<l_int32>(GET_DATA_BYTE(above, xp)), b = static_cast<l_int32>(GET_DATA_BYTE(above, xp + 1));
    const l_int32 c = static_cast<l_int32>(GET_DATA_BYTE(below, xp)), d = static_cast<l_int32>(GET_DATA_BYTE(below, xp + 1));
    if ((a & b & c & d) == 255) {
      SET_DATA_BYTE(line, j, 255);
      continue;
    }
    const l_int32 xf = xpm & 0x0f, yf = ypm & 0x0f;
    const l_int32 v = (16 - xf) * (16 - yf) * a + xf * (16 - yf) * b + (16 - xf) * yf * c + xf * yf * d;
    SET_DATA_BYTE(line, j, static_cast<l_uint8>((v + 128) / 256));
  }
}

}  // namespace

PixPtr rotate_grey(Pix* grey, float radians) {
  if (!grey || pixGetDepth(grey) != 8 || pixGetColormap(grey)) return nullptr;
  if (std::fabs(radians) < kLeastAngle) return PixPtr(pixCopy(nullptr, grey));
  PixPtr turned(pixCreateTemplate(grey));
  if (!turned) return turned;
  Geometry g(pixGetWidth(grey), pixGetHeight(grey), radians);
  const WhiteBlocks blocks = white_blocks(grey);
  const l_uint32* source = pixGetData(grey);
  const l_int32 wpls = pixGetWpl(grey), wpld = pixGetWpl(turned.get());
  l_uint32* data = pixGetData(turned.get());
  for (l_int32 i = 0; i < g.h; ++i) {
    g.set_row(i);
    l_uint32* line = data + static_cast<std::ptrdiff_t>(i) * wpld;
    for (l_int32 j0 = 0; j0 < g.w; j0 += kRotateRun) {
      const l_int32 j1 = std::min(g.w, j0 + kRotateRun) - 1;
      if (!run_reads_white(g, blocks, j0, j1)) interpolate_run(g, source, wpls, line, j0, j1);
      else if ((j1 + 1) % 4 == 0) std::memset(line + j0 / 4, 0xff, static_cast<std::size_t>(j1 + 1 - j0));
      else
        for (l_int32 j = j0; j <= j1; ++j) SET_DATA_BYTE(line, j, 255);
    }
  }
  return turned;
}

}  // namespace akn::detail
