// Underlines on a page image (internal to ingest/, used by ocr.cpp before
// Tesseract reads the page). Typewritten UN documents underline their
// titles and adoption lines ("Adopted by the Security Council at its 3116th
// meeting on 19 September 1992"), with a typed row of underscores at the
// depth of the descenders or a rule just under the baseline; Tesseract
// reads such a line as one shape with its underline and drops or garbles
// it ("Perman 0 rver" for "Permanent Observer" on A/47/892). An underline
// is found as a long thin horizontal run (a horizontal morphological
// opening) lying under a line of text, and erased, except where a letter's
// stroke crosses it (the descenders of "p", "g", "y" keep their pixels).
// Rules that stand apart from the text above them (the separator over the
// notes, a table's rules, the masthead's) are not underlines and are kept,
// and so is the row of tops of a line's letters, from which strokes run on
// down (where letters touch it is one long thin run under the line above).
//
// Not thread-safe per image; each call works on its own images.
#pragma once

#include <leptonica/allheaders.h>

#include <string>
#include <vector>

namespace akn::detail {

// Thresholds of the search, in x-heights of the page's body type (the
// median height of its letter-sized marks), so that they hold at any
// resolution.
//
// An underline runs at least kUnderlineLeastLength: a short word's width
// ("Annex" is six); an em dash (two) and the bars of letters are shorter.
constexpr double kUnderlineLeastLength = 4.0;
// Turning a skewed page back resamples a thin underline, and thresholding
// cuts it into collinear pieces (on a typed underline at 200 dpi, pieces of
// one to three x-heights). Runs of at least kUnderlinePieceLeastLength are
// kept as pieces, and pieces in line (kUnderlineStepBridged apart in
// height), at most kUnderlinePieceGapBridged apart, are one underline,
// which must still run kUnderlineLeastLength and be ink over
// kUnderlinePieceInkShare of its length. A letter's bar under the
// baseline (the foot of a descender's serif) is shorter than a piece.
constexpr double kUnderlinePieceLeastLength = 1.0;
constexpr double kUnderlinePieceGapBridged = 1.0;
constexpr double kUnderlinePieceInkShare = 0.6;
// Gaps of up to kUnderlineGapBridged between its pieces are bridged (the
// hairline between two typed underscores), and pieces kUnderlineStepBridged
// higher or lower than the next are one underline (a typewriter's uneven
// strokes); the counters of letters (a third of an x-height and more) keep
// the feet of serif letters on the baseline from looking like a rule.
constexpr double kUnderlineGapBridged = 0.15;
constexpr double kUnderlineStepBridged = 0.15;
// It is at most kUnderlineMostThickness thick (typed: 0.15 x-height;
// typeset: 0.1; a masthead's bar is thicker).
constexpr double kUnderlineMostThickness = 0.5;
// It lies at most kUnderlineMostDrop under the baseline of the text above
// it (typeset 0.2, typed 0.45 with the descenders); the separator over the
// notes and a table's rules stand a line's spacing apart (more than one).
constexpr double kUnderlineMostDrop = 0.8;
// A run less than kUnderlineLeastDrop under the baseline is the feet of
// the letters (serifs, the bars of "z" and "L"), not an underline.
constexpr double kUnderlineLeastDrop = 0.15;
// The text's x-height band over it covers at least kUnderlineCoveredShare
// of its columns (words and their spaces: 0.6 to 0.85) and reaches to
// within kUnderlineEndReach of each of its ends (it underlines that text,
// not a gap beside it).
constexpr double kUnderlineCoveredShare = 0.4;
constexpr double kUnderlineEndReach = 1.0;
// Where ink runs on down from a run's pixels, and not up (its fringe
// passed), the run is the top of a stroke: a row of lowercase letters'
// tops, which touch where a page is scanned at a low resolution or set
// tight (the resolutions 47/1 of 1992 and 2758 (XXVI) of 1971 at about 100
// dpi: the tops of "of the former" and "apply for" read as underlines 0.73
// x-height under the line above and were erased, "uf the funnier", and
// the upper half of "People's" and "unlawfully", "Pewple's", "wul.#fully").
// On such a row 23 to 48% of the inked columns hang on down; under an
// underline only the next line's ascenders can touch it (0 to 1% on the
// typeset and typed underlines of bench/scan-measure.sh; the descenders
// that cross it run on up as well). An underline has at most
// kUnderlineMostHangingShare: in doubt, the page is read as printed.
constexpr double kUnderlineMostHangingShare = 0.15;
// Pixels up to kUnderlineFringe above and below the underline's core,
// joined to it, are its antialiased edge or its uneven strokes: erased too.
constexpr double kUnderlineFringe = 0.1;

// A run of an underline, in pixels of the page image.
struct UnderlinePiece {
  int x = 0, y = 0, width = 0, thickness = 0;
};

// One underline found, in pixels of the page image: its box and the
// collinear pieces it was found as, left to right.
struct Underline {
  int x = 0, y = 0, width = 0, thickness = 0;
  std::vector<UnderlinePiece> pieces;
  double drop = 0;          // under the text's baseline, in x-heights
  double covered = 0;       // share of its columns under letters
  double hanging = 0;       // share of its inked columns where ink runs on down and not up
  int crossing_columns = 0; // columns kept where a letter's stroke crosses it (set by erase_underlines)
};

// The underlines of `binary` (1 bit per pixel, text black, the page
// straight), whose body type has an x-height of `x_height` pixels (0:
// unknown, nothing is found). Top to bottom.
std::vector<Underline> find_underlines(Pix* binary, int x_height);

// Erases `found` from `work` (1 or 8 bits per pixel, the image `binary` was
// thresholded from) and from `binary`, keeping the columns where a stroke
// crosses the underline (ink just above and just below it). Each column is
// erased in the rows of the piece over it, or between two pieces in the
// rows of the nearer (the short bits a cut left). Returns the number of
// pixels erased; sets each underline's crossing_columns.
std::size_t erase_underlines(Pix* work, Pix* binary, std::vector<Underline>& found, int x_height);

// "2 underlines under lines of text erased (...)": what was found, for the
// edit of pass ocr_preprocess.
std::string describe_underlines(const std::vector<Underline>& found, std::size_t pixels, int x_height);

}  // namespace akn::detail
