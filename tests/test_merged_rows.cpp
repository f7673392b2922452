// Two printed rows in one OCR line box (ingest/merged_rows.hpp): Tesseract
// takes two rows of Arabic set close for one line and reads one of them.
// The box's ink per pixel row shows the two rows and the white gap between
// them; a line of one row, with the dots of its letters above and below,
// shows no such gap.
#include <catch2/catch.hpp>

#include <cstdint>
#include <vector>

#include "ingest/merged_rows.hpp"

using namespace akn::detail;

namespace {

// A white grey page `width` x `height` on which rectangles of ink are drawn.
struct Drawn {
  int width, height;
  std::vector<std::uint8_t> pixels;
  Drawn(int w, int h) : width(w), height(h), pixels(static_cast<std::size_t>(w) * static_cast<std::size_t>(h), 255) {}
  void ink(int x0, int y0, int x1, int y1) {
    for (int y = y0; y < y1; ++y)
      for (int x = x0; x < x1; ++x) pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)] = 0;
  }
  // A row of "words" (blocks 40 pixels wide, 12 apart) between y0 and y1.
  void row(int y0, int y1) {
    for (int x = 10; x + 40 <= width - 10; x += 52) ink(x, y0, x + 40, y1);
  }
  // Dots of letters: 4 x 4 specks every 60 pixels, at row y.
  void dots(int y) {
    for (int x = 20; x + 4 <= width; x += 60) ink(x, y, x + 4, y + 4);
  }
  [[nodiscard]] std::vector<int> profile() const { return ink_per_row(pixels.data(), width, height, width); }
};

constexpr double kMedianLine = 40;  // the page's lines, in pixels

}  // namespace

TEST_CASE("A drawn line box holding two rows of text parts at the white gap between them", "[ocr][merged_rows]") {
  // Two rows 30 pixels high, 8 apart, a line box of 68 pixels (1.7 lines),
  // dots of letters reaching into the gap from the row above.
  Drawn page(600, 68);
  page.row(0, 30);
  page.row(38, 68);
  page.dots(31);
  const std::vector<int> ink = page.profile();
  REQUIRE(ink.size() == 68);
  CHECK(ink[10] > 0);
  CHECK(ink[36] == 0);
  const auto gap = split_row(ink, kMedianLine);
  REQUIRE(gap.has_value());
  CHECK(*gap >= 35);
  CHECK(*gap < 38);
}

TEST_CASE("A drawn line of one row with dots above and below is not parted", "[ocr][merged_rows]") {
  // One row 36 pixels high with its letters' dots 8 pixels above and below:
  // a box as tall as two rows, but its white bands part only dots off.
  Drawn page(600, 68);
  page.dots(2);
  page.row(16, 52);
  page.dots(62);
  CHECK_FALSE(split_row(page.profile(), kMedianLine).has_value());
  // Nor a box of solid text with no gap, nor an empty one.
  Drawn solid(600, 68);
  solid.row(0, 68);
  CHECK_FALSE(split_row(solid.profile(), kMedianLine).has_value());
  CHECK_FALSE(split_row(Drawn(600, 68).profile(), kMedianLine).has_value());
  // A box too short to hold two rows of the page's lines.
  Drawn low(600, 30);
  low.row(0, 12);
  low.row(18, 30);
  CHECK_FALSE(split_row(low.profile(), kMedianLine).has_value());
}
