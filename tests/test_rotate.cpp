// The deskew rotation of a grey page (ingest/rotate.hpp) gives Leptonica's
// area-mapped pixels: white paper is written at once, the rest interpolated.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <random>

#include "ingest/leptonica_ptr.hpp"
#include "ingest/rotate.hpp"

using namespace akn::detail;

namespace {
// A white page of `w` x `h` with `marks` dark rectangles of random grey
// levels (letters, specks, a rule reaching the edge), antialiased edges
// included: grey levels between ink and paper.
PixPtr page_with_marks(int w, int h, int marks, std::uint32_t seed) {
  PixPtr pix(pixCreate(w, h, 8));
  pixSetAll(pix.get());
  std::mt19937 random(seed);
  std::uniform_int_distribution<int> x(0, w - 1), y(0, h - 1), size(1, 30), level(0, 254);
  for (int i = 0; i < marks; ++i) {
    const int left = x(random), top = y(random), mw = size(random), mh = size(random), grey = level(random);
    for (int r = top; r < std::min(h, top + mh); ++r)
      for (int c = left; c < std::min(w, left + mw); ++c) pixSetPixel(pix.get(), c, r, static_cast<l_uint32>(grey));
  }
  for (int c = 0; c < w; ++c) pixSetPixel(pix.get(), c, h / 2, 0);  // a rule across the page, to both edges
  return pix;
}
}  // namespace

TEST_CASE("the grey page is deskewed to the pixels of Leptonica's area-mapped rotation", "[ocr][rotate]") {
  struct Case {
    int w, h, marks;
    float radians;
  };
  // Widths that fill the last word of a row and ones that do not; angles
  // from the least deskew (0.1 degree) to the largest (7 degrees), both ways.
  const Case cases[] = {{640, 480, 300, 0.0018f},  {641, 479, 300, -0.0077f}, {1003, 517, 2000, 0.06f},
                        {333, 1201, 50, -0.1222f}, {64, 64, 10, 0.03f},       {1, 5, 0, 0.05f},
                        {700, 90, 0, -0.004f}};
  int compared = 0;
  std::uint32_t seed = 7;
  for (const Case& c : cases) {
    const PixPtr page = page_with_marks(c.w, c.h, c.marks, seed++);
    const PixPtr ours = rotate_grey(page.get(), c.radians);
    const PixPtr leptonica(pixRotate(page.get(), c.radians, L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
    REQUIRE(ours);
    REQUIRE(leptonica);
    l_int32 same = 0;
    pixEqual(ours.get(), leptonica.get(), &same);
    INFO(c.w << " x " << c.h << " turned " << c.radians);
    CHECK(same == 1);
    ++compared;
  }
  CHECK(compared == 7);
}

TEST_CASE("rotate_grey refuses an image that is not 8-bit grey", "[ocr][rotate]") {
  const PixPtr binary(pixCreate(40, 40, 1));
  CHECK_FALSE(rotate_grey(binary.get(), 0.01f));
}
