// The orientation measure reads the page without its long white bands
// (ingest/white_bands.hpp): the confidences are those of the whole page,
// to the bit, on every page of the G4 scan fixture in each quarter turn, at
// full and at reduced resolution; a page of a few lines shrinks to a
// fraction of its area.
#include <catch2/catch.hpp>

#include <leptonica/allheaders.h>

#include <string>

#include "ingest/leptonica_ptr.hpp"
#include "ingest/white_bands.hpp"
#include "support.hpp"

using namespace akn::detail;

TEST_CASE("the orientation measure finds the same confidences without the page's long white bands", "[ocr][orientation]") {
  const std::string tif = akn::test::source_dir() + "/fixtures/scan/sc_resolution_g4.tif";
  int measured = 0;
  double least_area = 1;
  for (int page = 0; page < 3; ++page) {
    PixPtr scan(pixReadTiff(tif.c_str(), page));
    REQUIRE(scan);
    PixPtr binary(pixConvertTo1(scan.get(), 128));
    REQUIRE(binary);
    // The specks of at most 2 x 2 pixels removed, as the OCR preprocessing does.
    BoxaPtr marks(pixConnCompBB(binary.get(), 8));
    REQUIRE(marks);
    for (l_int32 i = 0; i < boxaGetCount(marks.get()); ++i) {
      l_int32 x = 0, y = 0, w = 0, h = 0;
      boxaGetBoxGeometry(marks.get(), i, &x, &y, &w, &h);
      if (w <= 2 && h <= 2) pixRasterop(binary.get(), x, y, w, h, PIX_CLR, nullptr, 0, 0);
    }
    for (int quarters = 0; quarters < 4; ++quarters) {
      PixPtr turned(pixRotateOrth(binary.get(), quarters));
      for (const bool reduced : {false, true}) {
        PixPtr image(reduced ? pixReduceRankBinaryCascade(turned.get(), 1, 0, 0, 0) : pixClone(turned.get()));
        PixPtr shortened = without_long_white_bands(image.get());
        REQUIRE(shortened);
        l_float32 up = 0, left = 0, short_up = 0, short_left = 0;
        REQUIRE(pixOrientDetect(image.get(), &up, &left, 0, 0) == 0);
        REQUIRE(pixOrientDetect(shortened.get(), &short_up, &short_left, 0, 0) == 0);
        INFO("page " << page + 1 << ", " << quarters * 90 << " degrees, reduced " << reduced);
        CHECK(short_up == up);
        CHECK(short_left == left);
        CHECK(pixGetWidth(shortened.get()) <= pixGetWidth(image.get()));
        CHECK(pixGetHeight(shortened.get()) <= pixGetHeight(image.get()));
        const double area = static_cast<double>(pixGetWidth(shortened.get())) * pixGetHeight(shortened.get()) /
                            (static_cast<double>(pixGetWidth(image.get())) * pixGetHeight(image.get()));
        if (area < least_area) least_area = area;
        ++measured;
      }
    }
  }
  CHECK(measured == 24);
  // Page 2 holds a few lines: most of it is white bands.
  CHECK(least_area < 0.5);
}

TEST_CASE("a page without long white bands is measured as it is", "[ocr][orientation]") {
  PixPtr full(pixCreate(300, 200, 1));
  REQUIRE(full);
  pixSetAll(full.get());
  PixPtr same = without_long_white_bands(full.get());
  REQUIRE(same);
  CHECK(pixGetWidth(same.get()) == 300);
  CHECK(pixGetHeight(same.get()) == 200);
  // A white page of 1,000 rows with one mark in the middle: the bands above
  // and below are cut by multiples of 4 rows, to at least kOrientBandKept.
  PixPtr blank(pixCreate(40, 1000, 1));
  REQUIRE(blank);
  pixSetPixel(blank.get(), 20, 501, 1);
  PixPtr cut = without_long_white_bands(blank.get());
  REQUIRE(cut);
  CHECK(pixGetWidth(cut.get()) == 40);
  CHECK((1000 - pixGetHeight(cut.get())) % kOrientBlock == 0);
  CHECK(pixGetHeight(cut.get()) <= 2 * (kOrientBandKept + kOrientBlock) + 1);
  l_int32 count = 0;
  pixCountPixels(cut.get(), &count, nullptr);
  CHECK(count == 1);
}
