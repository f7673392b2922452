// Horizontal rules drawn on a PDF page as vector lines (Page::rules), which a
// text layer does not hold: the separator over the notes that LaTeX,
// LibreOffice, InDesign and many converters draw (Word prints it as a line of
// underscores, which the text layer holds). Found in a low-resolution render
// of the page, outside the boxes of its words.
#pragma once

#include <vector>

#include "core/box.hpp"
#include "ingest/ocr.hpp"

namespace akn::detail {

// Thresholds of the search.
//
// Pages are rendered at kRuleDpi: a rule of 0.4 pt (LaTeX's, the thinnest
// in use) still darkens one row of pixels by a fifth at least.
constexpr double kRuleDpi = 72;
// A pixel is ink when darker than kInkBelow (of 255): antialiased thin
// rules are light grey; text is masked out, so nothing else is that faint.
constexpr int kInkBelow = 232;
// A rule is at least kMinRuleWidthPt long (note separators are a quarter
// to two fifths of the text width: 100 to 170 pt; half an inch is the
// shortest anyone draws) and at most kMaxRuleThicknessPt thick (a rule, not
// a filled area).
constexpr double kMinRuleWidthPt = 36;
constexpr double kMaxRuleThicknessPt = 3;

// The horizontal rules of a page rendered at `dpi` (the image covers the
// whole page, origin at the top left), in points, ignoring pixels inside
// `text_boxes` (points) and one pixel around them.
std::vector<Box> find_drawn_rules(const GreyImage& image, double dpi, const std::vector<Box>& text_boxes);

}  // namespace akn::detail
