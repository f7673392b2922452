// Line boxes that hold two printed rows (internal to ingest/, used by
// ocr.cpp to read each row again alone).
//
// Tesseract's layout analysis takes two rows of Arabic text set close for
// one line where the dots and marks of the letters bridge the gap between
// them, and reads one of the two (or a mix): the row it leaves out is lost
// from the text and cuts its paragraph. Such a line's box is much taller
// than the page's lines (at least kTallLineShare times their median
// height), and its image shows the two rows: a horizontal band of (nearly)
// white rows, the gap, with a row of text's height on each side
// (split_row, on the box's ink per pixel row). Each part is then read
// again alone as one line, and the two readings replace the line's where
// they read more (ocr.cpp, reread_merged_rows).
//
// Pure functions, thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace akn::detail {

// Thresholds of the merged-row search, in one place.
// A line box at least this many times the page's median line height may
// hold two rows (an Arabic line's box, with its dots and marks, measures
// up to about 1.5 times the median on the six-language fixture's scan).
constexpr double kTallLineShare = 1.6;
// The gap: a pixel row holding at most this share of the ink of the box's
// inkiest row (a dot of a letter reaching into it is not a row of text).
constexpr double kGapInkShare = 0.08;
// Each part, from the box's edge to the gap, is at least this share of the
// page's median line height: a row of dots above or below a line is no row.
constexpr double kLeastRowShare = 0.5;
// A grey pixel darker than this is ink.
constexpr std::uint8_t kInkGrey = 128;

// The number of ink pixels of each row of a grey image of `height` rows of
// `width` pixels, `stride` bytes apart.
std::vector<int> ink_per_row(const std::uint8_t* pixels, int width, int height, int stride);

// The row at which a box of ink profile `ink` (ink_per_row) parts into two
// rows of text, for a page whose lines measure `median_height` pixels: the
// least inked row at least kLeastRowShare * median_height from either edge
// (the nearest the middle among equals), when it holds at most
// kGapInkShare of the inkiest row's ink; nothing otherwise.
std::optional<int> split_row(const std::vector<int>& ink, double median_height);

}  // namespace akn::detail
