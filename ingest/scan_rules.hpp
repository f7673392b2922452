// The separator over the notes on a page image (internal to ingest/, used
// by ocr.cpp after Tesseract has read the page). A PDF page's separator is
// found in its drawing (drawn_rules.hpp); on a scan it is ink like the
// text, and Tesseract's layout analysis takes rules out of the page it
// reads: it reads the full-width rules of a masthead as words of no text,
// but a short separator seldom (not on any page of the 300-dpi scans of
// A/RES/80/195 and 78/171, clean or photographed), and the notes under it
// were read as body text wherever OCR did not measure their type small.
//
// A separator is found as a thin horizontal run of ink (a horizontal
// morphological opening of the thresholded page) that stands as the
// separators of any document do: in the lower part of the page, short
// (from half an inch to half the text's width), at the end of the text's
// lines where they start (left; right on a right-to-left page), white
// above and below it, and with a line of text under it that starts at its
// end (the first note). An underline has text just above it; a table's or
// a box's border is as wide as the text, or has text close on both sides;
// a masthead's rule is high on the page.
//
// Not thread-safe per image; each call works on its own images.
#pragma once

#include <leptonica/allheaders.h>

#include <vector>

namespace akn::detail {

// Thresholds of the search.
//
// A separator lies at least kSeparatorLeastDepth of the page's height
// down (the notes are at the foot; footnotes.cpp's kOcrRuleMinDepth).
constexpr double kSeparatorLeastDepth = 0.5;
// It runs at least kSeparatorLeastInches (half an inch, the shortest
// anyone draws: drawn_rules.hpp's kMinRuleWidthPt) and at most
// kSeparatorMostTextShare of the width of the page's text (UN documents:
// a fifth of the body's width; LaTeX 0.4, LibreOffice 0.25); gaps of up to
// kSeparatorGapInches (a rule cut by the thresholding of a grainy page)
// are bridged, and rows kSeparatorStepInches apart joined (a rule skewed
// by a tenth of a degree crosses rows).
constexpr double kSeparatorLeastInches = 0.5;
constexpr double kSeparatorMostTextShare = 0.5;
constexpr double kSeparatorGapInches = 0.01;
constexpr double kSeparatorStepInches = 0.01;
// It is at most kSeparatorMostThicknessPt thick (footnotes.cpp's
// kOcrRuleThickness): rows of ink over half of its columns.
constexpr double kSeparatorMostThicknessPt = 3;
// Above it at least kSeparatorClearAbovePt and below it at least
// kSeparatorClearBelowPt (the notes are set close under their separator:
// 5 to 7 pt on UN pages) are white across its columns: ink over at most
// kSeparatorBandInkShare of the band (specks), a pixel from its edge.
constexpr double kSeparatorClearAbovePt = 6;
constexpr double kSeparatorClearBelowPt = 2;
constexpr double kSeparatorBandInkShare = 0.01;
// A line of text starts under it within kSeparatorNotesWithinPt (the top
// of the first note: 5 to 7 pt under the separator on UN pages), at
// its starting end: no more than half its length before it, and before
// its other end (as footnotes.cpp's under_ocr_rule reads a note).
constexpr double kSeparatorNotesWithinPt = 24;

// A text line OCR read on the page, in pixels of the page image.
struct ReadLineBox {
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// A separator found, in pixels of the page image.
struct SeparatorRule {
  int x = 0, y = 0, width = 0, thickness = 0;
};

// The separators over the notes on `binary` (1 bit per pixel, text black,
// the page straight, at `dpi`), given the text lines OCR read on it
// (`lines`, blank ones left out) and whether its lines run right to left.
// Top to bottom; empty when none stands as a separator does (see above).
std::vector<SeparatorRule> find_note_separators(Pix* binary, int dpi, const std::vector<ReadLineBox>& lines,
                                                bool right_to_left);

}  // namespace akn::detail
