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
// A rule is drawn as a path, or as an image no taller than a rule (some
// producers place a 1-pixel-high image): an image taller than
// kMaxRuleThicknessPt on the page is a picture (an emblem, a QR code, a
// signature, a chart), not a separator between lines of text, and is left
// out of the search: neither rendered nor taken as a mark. Decoding such
// images (colour management of every pixel) was most of the time spent
// rendering pages for their rules.
constexpr double kMaxRuleImageHeightPt = kMaxRuleThicknessPt;

// Whether an image whose unit square the matrix `ctm` (device space at
// `dpi`, as GfxState's) places is a picture (kMaxRuleImageHeightPt).
bool is_picture(const double* ctm, double dpi);

// The horizontal rules of a page rendered at `dpi` (the image covers the
// whole page, origin at the top left), in points, ignoring pixels inside
// `text_boxes` (points) and one pixel around them.
std::vector<Box> find_drawn_rules(const GreyImage& image, double dpi, const std::vector<Box>& text_boxes);

// How the rules of a page of `width` x `height` points can be found at
// `dpi`, given the boxes (points, origin at the top left) of everything
// drawn on it but its text (`marks`: CoreWordReader::marks), of which
// `opaque` are those a render of the other marks alone cannot stand for
// (images, strokes, shadings, fills blended or made transparent).
//
// A mark is taken to darken every pixel it could touch (its antialiased
// edge, a line snapped to whole pixels, kMarkMarginPx more), in any shade;
// such pixels in a row, outside the text, as long as a rule, are a possible
// run. Every run of ink find_drawn_rules could see lies in a possible run.
//  - none: there is no possible run, so no rule.
//  - from_marks: no opaque mark comes within a pixel of a possible run, so
//    each pixel of a run (and beside it) is painted by the other marks
//    alone, and a render of those finds the same runs, so the same rules.
//  - render: the page must be rendered.
enum class RuleSearch { none, from_marks, render };
constexpr int kMarkMarginPx = 2;
RuleSearch plan_rule_search(const std::vector<Box>& marks, const std::vector<Box>& opaque, double width,
                            double height, double dpi, const std::vector<Box>& text_boxes);

}  // namespace akn::detail
