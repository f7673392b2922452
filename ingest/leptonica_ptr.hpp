// Owning handles for Leptonica images, for the files that include
// Leptonica (ingest/ocr.cpp, ingest/render.cpp, tools/make_scan.cpp). Internal: no Pix crosses
// a stage boundary; stages see GreyImage and plain values (ocr.hpp).
#pragma once

#include <leptonica/allheaders.h>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace akn::detail {

struct PixDeleter {
  void operator()(Pix* p) const { pixDestroy(&p); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

struct PixaDeleter {
  void operator()(Pixa* p) const { pixaDestroy(&p); }
};
using PixaPtr = std::unique_ptr<Pixa, PixaDeleter>;

struct BoxaDeleter {
  void operator()(Boxa* b) const { boxaDestroy(&b); }
};
using BoxaPtr = std::unique_ptr<Boxa, BoxaDeleter>;

// Leptonica's rectangle (::Box; akn::Box is ours, in points).
struct LeptonicaBoxDeleter {
  void operator()(::Box* b) const { boxDestroy(&b); }
};
using LeptonicaBoxPtr = std::unique_ptr<::Box, LeptonicaBoxDeleter>;

// An 8-bit Leptonica image holding a copy of `height` rows of `width` grey
// pixels, `stride` bytes apart; null when Leptonica cannot allocate it.
inline PixPtr pix_from_grey(int width, int height, int stride, const std::uint8_t* pixels) {
  PixPtr pix(pixCreateNoInit(width, height, 8));
  if (!pix) return pix;
  l_uint32* data = pixGetData(pix.get());
  const int wpl = pixGetWpl(pix.get());
  for (int y = 0; y < height; ++y) {
    l_uint32* line = data + static_cast<std::ptrdiff_t>(y) * wpl;
    const std::uint8_t* row = pixels + static_cast<std::ptrdiff_t>(y) * stride;
    for (int x = 0; x < width; ++x) SET_DATA_BYTE(line, x, row[x]);
  }
  return pix;
}

}  // namespace akn::detail
