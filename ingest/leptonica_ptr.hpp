// Owning handles for Leptonica images, for the files that include
// Leptonica (ingest/ocr.cpp, tools/make_scan.cpp). Internal: no Pix crosses
// a stage boundary; stages see GreyImage and plain values (ocr.hpp).
#pragma once

#include <leptonica/allheaders.h>

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

}  // namespace akn::detail
