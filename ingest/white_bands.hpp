// The page image the orientation measure reads (ocr.cpp's turn_upright),
// without its long white bands. Internal to ingest/.
#pragma once

#include "ingest/leptonica_ptr.hpp"

namespace akn::detail {

// The orientation measure (Leptonica's pixOrientDetect: closings of 8
// pixels across and 30 along the lines, hit-miss sels of 5 x 6 pixels,
// hits counted on the image reduced 4 x 4; the same on the image turned a
// quarter) sees no further than about 40 pixels from a pixel either way.
// A white band (all rows, or all columns, without ink) longer than
// kOrientBandKept pixels is therefore shortened to kOrientBandKept (its two
// ends kept, at least twice that reach from each other) before the page is
// measured: nothing the measure sees changes, so the confidences are the
// same to the bit, but a page of a few lines (the bench scan sc_resolution-2
// at 300 dpi: 17% of its area left) is measured for a fraction of the work.
// Bands are shortened by a multiple of 4 pixels, so that the 4 x 4 blocks
// in which the hits are counted fall on the same pixels.
constexpr int kOrientBandKept = 128;
constexpr int kOrientBlock = 4;

// `binary` (1 bit per pixel) with its white bands longer than
// kOrientBandKept shortened to that (a clone when there are none, or when
// Leptonica cannot allocate the new image). Rows and columns past the
// bands keep their position modulo kOrientBlock.
PixPtr without_long_white_bands(Pix* binary);

}  // namespace akn::detail
