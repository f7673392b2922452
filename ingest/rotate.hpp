// Rotation of a grey page image by a small angle (the deskew step of
// ocr.cpp's preprocessing). Internal to ingest/.
#pragma once

#include "ingest/leptonica_ptr.hpp"

namespace akn::detail {

// The 8-bit image `grey` turned by `radians` (clockwise positive) about its
// centre, white brought in at the edges: the same pixels as Leptonica's
// pixRotate(grey, radians, L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0)
// (pixRotateAMGray: each pixel interpolated from its four neighbours at the
// source position, in sixteenths of a pixel), at a fraction of its work.
// Leptonica interpolates every pixel (642 M instructions on a 300-dpi A4
// page, the most costly of the preprocessing steps); a page is mostly
// white paper, and a pixel whose four source neighbours are white is
// white. So the source is first marked, per row, in blocks of
// kRotateWhiteBlock pixels that are all white, and each run of
// kRotateRun destination pixels whose source rectangle covers only such
// blocks is written white at once; the others are interpolated as
// Leptonica does, with the same float products (the same pixels).
// Null when Leptonica cannot allocate the image or `grey` is not 8-bit
// without a colour map.
PixPtr rotate_grey(Pix* grey, float radians);

// The sizes above, in pixels (measured on the five bench scans: larger
// runs miss more white, smaller ones cost more look-ups).
constexpr int kRotateWhiteBlock = 32;
constexpr int kRotateRun = 64;

}  // namespace akn::detail
