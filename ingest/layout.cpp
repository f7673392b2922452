#include "ingest/layout.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <tuple>

#include "core/bidi.hpp"
#include "core/language.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"

namespace akn {

namespace {

double height(const Box& b) { return b.y1 - b.y0; }

double vertical_overlap(const Box& a, const Box& b) {
  return std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
}

// The size most of a run's characters are set in.
double dominant_size(const std::vector<PlacedWord>& words) {
  SizeTally sizes;
  for (const PlacedWord& w : words) sizes.add(w.font_size, w.text.size());
  return sizes.most_common();
}

// The vertical band of a line's text in its main size: superscripts and
// subscripts hang off it without moving it.
Box body_band(const std::vector<PlacedWord>& words) {
  const double size = dominant_size(words);
  Box band{0, 1e300, 0, -1e300};
  for (const PlacedWord& w : words) {
    if (std::abs(w.font_size - size) > 0.05 * size + 0.01) continue;
    band.y0 = std::min(band.y0, w.box.y0);
    band.y1 = std::max(band.y1, w.box.y1);
  }
  if (band.y0 > band.y1) band = words.back().box;
  return band;
}

// Thresholds of line assembly, in em of the type size.
//
// Runs of words on one baseline (the source gave them apart) are one printed
// line unless they stand farther apart than kMaxWordGapEm or a column gutter
// runs between them. In the UN PDFs measured, the widest justified word
// space is 0.9 em (A/RES/78/27) and a paragraph number stands up to 1.5 em
// from its text; table cells and masthead fields side by side stand farther.
constexpr double kMaxWordGapEm = 3.0;
// A gutter is a strip at least kGutterMinWidthEm wide that no text crosses,
// with columns of text (blocks at least kColumnMinWidthEm wide) on both sides
// of it on kGutterMinRows other rows above or below, met before as many rows
// whose text on one side is narrower (a table's cells, a column of note or
// paragraph numbers beside their texts). Every gap of S/PV.4507's 1.35 em
// gutter meets 4 or more rows of columns first; no wide gap of a justified
// line in the 123 resolutions of ../shared/unakn meets any.
constexpr double kGutterMinWidthEm = 0.5;
constexpr double kColumnMinWidthEm = 4.0;
constexpr std::size_t kGutterMinRows = 3;
// Table rows the source gives in pieces. A cell that ends in leader dots
// ("Bulgaria . . . . .", at least kLeaderDots dots) leads to the cell on its
// right, whatever stands between. A wider gap than kMaxWordGapEm, not a
// gutter, is inside one printed line when, within kSpanReachRows rows above
// or below (kSpanReachEm at most), the source gave a row whole across at least kSpannedShare of
// that gap (a financial table whose other rows come whole: "Other
// equipment    470").
// Figures set right of a label on its baseline are that label's row too,
// however far, when a row within kSpanReachRows has figures right of a
// label as well (a table whose label and figure columns the source gives as
// two blocks: A/RES/78/249's annex); a column of text is never only
// figures, and a footer's page number beside its text stands alone.
constexpr std::size_t kLeaderDots = 3;
constexpr std::size_t kSpanReachRows = 3;
constexpr double kSpanReachEm = 10;  // and no further up or down than this
constexpr double kSpannedShare = 0.5;
// Text written without spaces (Chinese): next to a Han character or
// full-width punctuation, a gap narrower than kUnspacedGapEm is the
// typesetter's spacing between scripts or of justification ("2023 年",
// 0.15 to 0.3 em in the six-language fixture), not a word space; a note
// mark keeps the space after it.
constexpr double kUnspacedGapEm = 0.6;
// Words of two runs that overlap by more than this (points) are printed over
// each other, not side by side.
constexpr double kOverprintPt = 1.0;
// A word that starts more than this (points) left of the one before it runs
// backwards.
constexpr double kBackwardsPt = 0.5;
// A line the source gives late, printed between the two lines before it,
// is read between them when it lies within this many em of their column
// (a paragraph's last word, "cent;", given after the next point).
constexpr double kLateLineReachEm = 3.0;
// A source run (words it gave one after another on one baseline) that
// crosses a gutter is two printed lines: Poppler orders an OCR layer's
// words by its own blocks and may give a left column's heading and the
// right column's line beside it one after the other (A/C.4/SR.985, p. 1:
// "SOMMAIRE" then "3. Les paragraphes ..."). Its order around there is not
// the columns' order: the rows the gutter runs down, as long as text
// stands within kColumnEdgeReachEm of it on one side at least (a column's
// edge), are read column by column, the left one first.
constexpr double kColumnEdgeReachEm = 3.0;
// Inside the columns, a row may have no text at the gutter's edge: a
// paragraph's short last line in one column where the other column's
// baselines are offset from it (its blank between two paragraphs), or both
// columns' short lines on one baseline. Up to kColumnQuietRows such rows in
// a row stay in the columns when rows at the gutter's edge follow them;
// a row whose text crosses the gutter (a heading or paragraph across the
// page) ends the columns (A/C.4/SR.985, pp. 3 and 5: the left column's
// "est un bien essentiel." beside the right column's blank line).
constexpr std::size_t kColumnQuietRows = 2;
// The gap holds the gutter when it reaches the gutter's edges (where the
// rows' text around it ends and starts) within kGutterEdgeEm; the gutter
// must be bordered on both sides, as columns border it, on kGutterMinRows
// of those rows.
constexpr double kGutterEdgeEm = 0.25;
// The gutter's edges are those of the widest strip that the text of none of
// the kGutterScanRows rows below (or above) covers, or when none is as wide
// as a gutter, of at most kGutterIntrudingShare of them.
constexpr std::size_t kGutterScanRows = 10;
constexpr double kGutterIntrudingShare = 0.25;
// Two columns given row by row. An OCR layer whose columns stand closer
// than its word spaces allow (a gutter of about an em in old Official
// Records and yearbooks) is read by Poppler, and by Tesseract, row by row:
// each source line holds a left column's line, the gutter, and the right
// column's line beside it. Rows near by are then all given whole across
// the gutter, as a table's rows are (crossed_nearby). Such a gutter,
// crossed by source runs on at least kInterleavedMinRows rows, is judged
// on those rows:
// - a table, left as given, when fewer than kInterleavedColumnShare of the
//   rows have a column of text on both sides (sides_of: a table's short
//   cells), or the text on either side leaves a second clear strip
//   (kGutterMinWidthEm) down all of them (a table's other gutters), or both
//   sides of a row open in a capital or a figure (a table's cells) on at
//   least kInterleavedMinSignals rows and on as many as one side only does;
// - columns, read one after the other (each row split at the gutter,
//   an edit), when the text beside the gutter runs on down each side at
//   least kInterleavedMinSignals times, and more than twice as often as
//   it runs across: a word hyphenated at a side's end continued in
//   lower case on the same side's next row; a paragraph that ends on one
//   side (a line ending in . ; or : at least kShortLineEm short of the
//   side's right edge) where the other side's next row runs on in lower
//   case; paragraph numbers that ascend down the left side, then the right
//   (kInterleavedMinSignals at once; a contradiction when they ascend
//   row by row instead);
// - otherwise doubtful: left as given, with a warning.
constexpr std::size_t kInterleavedMinRows = 5;
constexpr double kInterleavedColumnShare = 0.8;
constexpr std::size_t kInterleavedMinSignals = 2;
constexpr double kShortLineEm = 3.0;

// Words the source gave one after another on one line.
struct Run {
  std::vector<PlacedWord> words;
  std::size_t order = 0;  // its first word's place in the source's sequence
};

bool same_line(const std::vector<PlacedWord>& line, const PlacedWord& w) {
  const PlacedWord& last = line.back();
  if (w.rotation != last.rotation) return false;
  if (w.rotation != 0) {
    // Vertical text runs along y; consecutive words of one run overlap in x.
    const double overlap = std::min(w.box.x1, last.box.x1) - std::max(w.box.x0, last.box.x0);
    return overlap > 0.5 * std::min(w.box.x1 - w.box.x0, last.box.x1 - last.box.x0);
  }
  if (w.box.x0 < last.box.x0 - kBackwardsPt) return false;  // the text runs backwards: a new line
  const Box band = body_band(line);
  const double overlap = vertical_overlap(band, w.box);
  return overlap >= 0.5 * std::min(height(band), height(w.box));
}

// The source's sequence cut where the baseline changes or the text runs backwards.
std::vector<Run> split_runs(const std::vector<PlacedWord>& words) {
  std::vector<Run> runs;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const PlacedWord& w = words[i];
    if (w.text.empty()) continue;
    if (runs.empty() || !same_line(runs.back().words, w)) runs.push_back(Run{{}, i});
    runs.back().words.push_back(w);
  }
  return runs;
}

bool bands_meet(const Box& a, const Box& b) { return vertical_overlap(a, b) >= 0.5 * std::min(height(a), height(b)); }

// Horizontal runs grouped by baseline, rows in baseline order: a run joins
// the row whose band it overlaps most. The row's band is that of its largest
// type, so superscripts hang off it without moving it.
struct Row {
  Box band;
  double size = 0;
  std::vector<std::size_t> runs;
  std::vector<std::pair<double, double>> spans;  // its words' x extents, sorted
};

std::vector<Row> group_rows(const std::vector<Run>& runs) {
  std::vector<std::size_t> horizontal;
  for (std::size_t i = 0; i < runs.size(); ++i)
    if (runs[i].words.front().rotation == 0) horizontal.push_back(i);
  std::vector<Box> bands(runs.size());
  for (std::size_t i : horizontal) bands[i] = body_band(runs[i].words);
  std::stable_sort(horizontal.begin(), horizontal.end(), [&](std::size_t a, std::size_t b) { return bands[a].y1 < bands[b].y1; });
  std::vector<Row> rows;
  for (std::size_t i : horizontal) {
    Row* best = nullptr;
    double best_overlap = 0;
    // Rows come in baseline order: those far above cannot meet this run.
    for (auto row = rows.rbegin(); row != rows.rend() && row->band.y1 >= bands[i].y0; ++row)
      if (bands_meet(row->band, bands[i]) && vertical_overlap(row->band, bands[i]) > best_overlap) {
        best = &*row;
        best_overlap = vertical_overlap(row->band, bands[i]);
      }
    const double size = dominant_size(runs[i].words);
    if (!best) best = &rows.emplace_back(Row{bands[i], size, {}, {}});
    if (size > best->size) best->band = bands[i], best->size = size;
    best->runs.push_back(i);
    for (const PlacedWord& w : runs[i].words) best->spans.emplace_back(w.box.x0, w.box.x1);
  }
  for (Row& row : rows) std::sort(row.spans.begin(), row.spans.end());
  return rows;
}

// The widest part of [lo, hi] that none of `spans` covers.
std::pair<double, double> widest_clear(const std::vector<std::pair<double, double>>& spans, double lo, double hi) {
  std::pair<double, double> best{lo, lo};
  double from = lo;
  for (const auto& [x0, x1] : spans) {
    if (x1 <= from) continue;
    if (x0 >= hi) break;
    if (x0 - from > best.second - best.first) best = {from, x0};
    from = std::max(from, x1);
  }
  if (hi - from > best.second - best.first) best = {from, hi};
  return best;
}

// The width of the text of `spans` (sorted) that ends at `to` (rightwards:
// starts at `to`), words closer than `gap` to each other taken as one block.
double block_width(const std::vector<std::pair<double, double>>& spans, double to, double gap, bool rightwards) {
  double near = 0, far = 0;
  bool found = false;
  if (rightwards) {
    for (const auto& [x0, x1] : spans) {
      if (x0 < to) continue;
      if (found && x0 - far >= gap) break;
      if (!found) near = x0, found = true;
      far = std::max(far, x1);
    }
    return found ? far - near : 0;
  }
  for (auto it = spans.rbegin(); it != spans.rend(); ++it) {
    if (it->second > to) continue;
    if (found && far - it->second >= gap) break;
    if (!found) near = it->second, far = it->first, found = true;
    far = std::min(far, it->first);
  }
  return found ? near - far : 0;
}

// What a row has on the two sides of a clear strip [lo, hi]: nothing on one
// side, a column of text on each (blocks of words at least
// kColumnMinWidthEm wide, its words closer to each other than the strip is
// wide), or text on both sides of which one is narrower (a table's cells,
// note numbers beside their notes).
enum class Sides { one, columns, cells };

Sides sides_of(const Row& row, double lo, double hi, double size) {
  const double left = block_width(row.spans, lo, hi - lo, false), right = block_width(row.spans, hi, hi - lo, true);
  if (left <= 0 || right <= 0) return Sides::one;
  const double min_width = kColumnMinWidthEm * size;
  return left >= min_width && right >= min_width ? Sides::columns : Sides::cells;
}

// Whether the gap [lo, hi] on rows[r] is part of a gutter between columns of
// text: walking up, then down from the row, the strip narrows to what each
// row leaves clear and ends where it is too narrow; it is a gutter when
// kGutterMinRows rows with columns on both sides are met before as many rows
// of cells.
bool in_gutter(const std::vector<Row>& rows, std::size_t r, double lo, double hi, double size) {
  std::size_t columns = 0, cells = 0;
  for (const int step : {-1, 1}) {
    double a = lo, b = hi;
    for (std::size_t i = r; cells < kGutterMinRows && (step < 0 ? i > 0 : i + 1 < rows.size());) {
      i = step < 0 ? i - 1 : i + 1;
      std::tie(a, b) = widest_clear(rows[i].spans, a, b);
      if (b - a < kGutterMinWidthEm * size) break;
      const Sides sides = sides_of(rows[i], a, b, size);
      if (sides == Sides::columns && ++columns >= kGutterMinRows) return true;
      if (sides == Sides::cells) ++cells;
    }
  }
  return false;
}

// The gutter in the gap [lo, hi] of rows[r] as the rows above it (step -1)
// or below it (+1) leave it clear: the widest part of the gap that the text
// of none of the kGutterScanRows rows there covers, or with `intruders`, of
// at most kGutterIntrudingShare of them (a line across both columns, a page
// number in the gutter, may cross it).
std::optional<std::pair<double, double>> gutter_around(const std::vector<Row>& rows, std::size_t r, double lo,
                                                       double hi, int step, bool intruders) {
  std::vector<std::pair<double, int>> events;  // x, +1 where a row's text starts covering, -1 where it stops
  std::size_t scanned = 0;
  for (std::size_t i = r; scanned < kGutterScanRows && (step < 0 ? i > 0 : i + 1 < rows.size());) {
    i = step < 0 ? i - 1 : i + 1;
    ++scanned;
    double from = 0, to = -1;  // the row's text merged into runs of cover
    const auto flush = [&] {
      if (to > lo && from < hi) events.emplace_back(std::max(from, lo), 1), events.emplace_back(std::min(to, hi), -1);
    };
    for (const auto& [x0, x1] : rows[i].spans) {
      if (x0 > to) flush(), from = x0, to = x1;
      else to = std::max(to, x1);
    }
    flush();
  }
  std::sort(events.begin(), events.end());
  const int limit = intruders ? static_cast<int>(kGutterIntrudingShare * static_cast<double>(scanned)) : 0;
  std::optional<std::pair<double, double>> best;
  double open = lo;  // where the current clear part began
  int cover = 0;
  bool clear = true;
  const auto close = [&](double x) {
    if (clear && (!best || x - open > best->second - best->first)) best = std::make_pair(open, x);
  };
  for (const auto& [x, d] : events) {
    cover += d;
    if (clear && cover > limit) close(x), clear = false;
    else if (!clear && cover <= limit) open = x, clear = true;
  }
  close(hi);
  return best;
}

// Whether a row's text crosses the middle of the gutter [lo, hi] (the
// narrowest gutter, kGutterMinWidthEm, around its centre).
bool crosses_gutter(const Row& row, double lo, double hi, double size) {
  const double middle = (lo + hi) / 2, core = kGutterMinWidthEm * size / 2;
  return std::any_of(row.spans.begin(), row.spans.end(),
                     [&](const auto& span) { return span.second > middle - core && span.first < middle + core; });
}

// Whether a row leaves the gutter [lo, hi] clear in its middle
// (crosses_gutter) and has text at its edge, within kColumnEdgeReachEm: on
// one side at least, or on both.
bool borders_gutter(const Row& row, double lo, double hi, double size, bool both = false) {
  if (crosses_gutter(row, lo, hi, size)) return false;
  const double middle = (lo + hi) / 2, reach = kColumnEdgeReachEm * size;
  bool left = false, right = false;
  for (const auto& [x0, x1] : row.spans) {
    left = left || (x1 <= middle && x1 >= lo - reach);
    right = right || (x0 >= middle && x0 <= hi + reach);
  }
  return both ? left && right : left || right;
}

// Whether kGutterMinRows of the kGutterScanRows rows below rows[r] (step
// +1) or above it (-1) border the gutter on both sides, as columns do: a
// strip that only a masthead's fields far from it leave clear is no column
// gutter, nor one beside a column of page numbers.
bool columns_border(const std::vector<Row>& rows, std::size_t r, std::pair<double, double> gutter, double size,
                    int step) {
  std::size_t scanned = 0, bordering = 0;
  for (std::size_t i = r; scanned < kGutterScanRows && (step < 0 ? i > 0 : i + 1 < rows.size());) {
    i = step < 0 ? i - 1 : i + 1;
    ++scanned;
    if (borders_gutter(rows[i], gutter.first, gutter.second, size, true) &&
        ++bordering >= kGutterMinRows)
      return true;
  }
  return false;
}

// The column gutter that the gap between two words of one source run
// [lo, hi] on rows[r] crosses, or nullopt: a gutter runs there
// (in_gutter), and the gap holds it, as the rows below or above leave it
// clear, to kGutterEdgeEm (a word space of a line across both columns that
// falls in the gutter is narrower than it).
std::optional<std::pair<double, double>> run_crosses_gutter(const std::vector<Row>& rows, std::size_t r, double lo,
                                                            double hi, double size) {
  if (hi - lo < kGutterMinWidthEm * size || !in_gutter(rows, r, lo, hi, size)) return std::nullopt;
  // The gutter is looked for in the gap and a little beyond its edges.
  const double edge = kGutterEdgeEm * size;
  for (const int step : {1, -1}) {
    auto gutter = gutter_around(rows, r, lo - edge, hi + edge, step, false);
    if (!gutter || gutter->second - gutter->first < kGutterMinWidthEm * size)
      gutter = gutter_around(rows, r, lo - edge, hi + edge, step, true);
    if (gutter && gutter->second - gutter->first >= kGutterMinWidthEm * size && lo <= gutter->first + edge &&
        hi >= gutter->second - edge && columns_border(rows, r, *gutter, size, step))
      return gutter;
  }
  return std::nullopt;
}

Box extent(const std::vector<PlacedWord>& words) {
  Box b = words.front().box;
  for (const PlacedWord& w : words) b = b.united(w.box);
  return b;
}

// Union-find over runs.
std::size_t root(std::vector<std::size_t>& parent, std::size_t i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

// The rows within reach of rows[r] (kSpanReachRows rows, kSpanReachEm),
// nearest first.
std::vector<std::size_t> rows_near(const std::vector<Row>& rows, std::size_t r) {
  std::vector<std::size_t> out;
  const double reach = kSpanReachEm * rows[r].size;
  for (std::size_t d = 1; d <= kSpanReachRows; ++d)
    for (const std::size_t i : {r - d, r + d})  // r - d wraps past the end when d > r
      if (i < rows.size() && std::abs(rows[i].band.y0 - rows[r].band.y0) <= reach) out.push_back(i);
  return out;
}

// Whether the words of `run` up to its `k`th end in leader dots.
bool ends_in_leaders(const Run& run, std::size_t k) {
  std::size_t dots = 0;
  for (std::size_t i = k + 1; i-- > 0;) {
    const std::string& t = run.words[i].text;
    if (t.find_first_not_of('.') != std::string::npos) break;
    dots += t.size();
  }
  return dots >= kLeaderDots;
}

// A table's figure: "63 930 800" comes as words "63", "930", "800";
// "(2 061 900)", "235c", "12.5", "–".
bool figure_word(std::string_view t) {
  static const Regex kFigure("^[(\\[]?[0-9][0-9.,]*[)\\]]?[a-z]?$|^[-\u2013\u2014]$");
  return kFigure.full_match(t);
}

// Whether every word of the row from x on is a figure and some word left of
// it is not (a label).
bool figures_right_of_label(const std::vector<Run>& runs, const Row& row, double x) {
  bool label = false, right = false;
  for (std::size_t k : row.runs)
    for (const PlacedWord& w : runs[k].words) {
      if (w.box.x0 >= x) {
        if (!figure_word(w.text)) return false;
        right = true;
      } else if (!figure_word(w.text)) {
        label = true;
      }
    }
  return label && right;
}

bool table_row(const std::vector<Run>& runs, const std::vector<Row>& rows, std::size_t r, double x) {
  if (!figures_right_of_label(runs, rows[r], x)) return false;
  for (const std::size_t i : rows_near(rows, r))
    if (figures_right_of_label(runs, rows[i], x)) return true;
  return false;
}

// Whether a row near rows[r] has two consecutive words of one source run
// on either side of most of the gap [lo, hi].
bool spanned_nearby(const std::vector<Run>& runs, const std::vector<Row>& rows, std::size_t r, double lo, double hi) {
  for (const std::size_t i : rows_near(rows, r))
    for (std::size_t k : rows[i].runs) {
      const std::vector<PlacedWord>& w = runs[k].words;
      for (std::size_t j = 1; j < w.size(); ++j) {
        const double covered = std::min(hi, w[j].box.x0) - std::max(lo, w[j - 1].box.x1);
        if (w[j - 1].box.x1 < hi && w[j].box.x0 > lo && covered >= kSpannedShare * (hi - lo)) return true;
      }
    }
  return false;
}

// Whether a row near rows[r] has two consecutive words of one source run on
// either side of all of the gutter (to `edge`), one of them at its edge
// (within kColumnEdgeReachEm): rows given whole across it, as a table's
// or a list's are. A masthead's fields far apart, given as one run, are not.
bool crossed_nearby(const std::vector<Run>& runs, const std::vector<Row>& rows, std::size_t r,
                    std::pair<double, double> gutter, double size) {
  const double edge = kGutterEdgeEm * size, reach = kColumnEdgeReachEm * size;
  for (const std::size_t i : rows_near(rows, r))
    for (const std::size_t k : rows[i].runs) {
      const std::vector<PlacedWord>& w = runs[k].words;
      for (std::size_t j = 1; j < w.size(); ++j) {
        const double x1 = w[j - 1].box.x1, x0 = w[j].box.x0;
        if (x1 <= gutter.first + edge && x0 >= gutter.second - edge &&
            (x1 >= gutter.first - reach || x0 <= gutter.second + reach))
          return true;
      }
    }
  return false;
}

// A gutter that a source run crossed: the row, and the gutter as the rows
// around leave it clear; `interleaved` when the source gave the columns
// row by row.
struct CutGutter {
  std::size_t row = 0;
  double lo = 0, hi = 0, size = 0;
  bool interleaved = false;
  std::size_t last_row = 0;  // interleaved: the last row of the columns given row by row
};

// A crossing of a gutter by a source run: the run, the word after the gap.
struct Crossing {
  std::size_t run, word;
  CutGutter gutter;
  std::size_t seq = 0;  // its place among the gaps looked at
};

// One side of a row beside a gutter: its words' extent, first and last words.
struct SideLine {
  bool present = false;
  double x0 = 0, x1 = 0;
  std::string first, last;
};

SideLine side_line(const std::vector<Run>& runs, const Row& row, double middle, bool left) {
  SideLine side;
  for (const std::size_t k : row.runs)
    for (const PlacedWord& w : runs[k].words) {
      if (left ? w.box.x1 > middle : w.box.x0 < middle) continue;
      if (!side.present || w.box.x0 < side.x0) side.x0 = w.box.x0, side.first = w.text;
      if (!side.present || w.box.x1 > side.x1) side.x1 = w.box.x1, side.last = w.text;
      side.present = true;
    }
  return side;
}

// A paragraph number opening a side's line ("12."), or -1.
int paragraph_number(std::string_view first) {
  static const Regex kNumber("^[0-9]{1,3}[.]$");
  return kNumber.full_match(first) ? std::stoi(std::string(first)) : -1;
}

bool ends_hyphenated(std::string_view last) {
  if (last.size() < 2 || last.back() != '-') return false;
  const std::size_t before = previous_code_point_start(last, last.size() - 1);
  std::size_t at = before;
  return is_letter(next_code_point(last, at));
}

bool ends_paragraph(const SideLine& side, double right_edge, double size) {
  return side.present && side.x1 < right_edge - kShortLineEm * size && !side.last.empty() &&
         std::string_view(".;:").find(side.last.back()) != std::string_view::npos;
}

// The evidence of the rows of one gutter crossed row by row: the text beside
// the gutter running on down each side (`down`), across it (`across`), rows
// whose two sides open an item each (`aligned`) or one only (`mixed`).
struct RowEvidence {
  std::size_t down = 0, across = 0, aligned = 0, mixed = 0;
};

// Paragraph numbers in column order (left side down, then right side)
// against row order: whether one ascends and the other does not.
void count_numbers(const std::vector<std::pair<SideLine, SideLine>>& sides, RowEvidence& e) {
  std::vector<int> by_columns, by_rows;
  for (const bool left : {true, false})
    for (const auto& row : sides)
      if (const int n = paragraph_number((left ? row.first : row.second).first); n >= 0) by_columns.push_back(n);
  for (const auto& row : sides)
    for (const SideLine* side : {&row.first, &row.second})
      if (const int n = paragraph_number(side->first); n >= 0) by_rows.push_back(n);
  if (by_columns.size() < 2) return;
  const auto ascend = [](const std::vector<int>& v) {
    return std::adjacent_find(v.begin(), v.end(), [](int a, int b) { return b <= a; }) == v.end();
  };
  const bool columns_ascend = ascend(by_columns), rows_ascend = ascend(by_rows);
  if (columns_ascend && !rows_ascend) e.down += kInterleavedMinSignals;
  if (rows_ascend && !columns_ascend) e.across += kInterleavedMinSignals;
}

RowEvidence row_evidence(const std::vector<Run>& runs, const std::vector<Row>& rows, const std::vector<std::size_t>& crossed,
                         double middle, double size) {
  std::vector<std::pair<SideLine, SideLine>> sides;
  double left_edge = 0, right_edge = 0;
  for (const std::size_t r : crossed) {
    sides.emplace_back(side_line(runs, rows[r], middle, true), side_line(runs, rows[r], middle, false));
    left_edge = std::max(left_edge, sides.back().first.x1);
    right_edge = std::max(right_edge, sides.back().second.x1);
  }
  RowEvidence e;
  for (std::size_t i = 0; i + 1 < crossed.size(); ++i) {
    if (crossed[i + 1] != crossed[i] + 1) continue;  // rows side by side only
    const auto &[l, r] = sides[i];
    const auto &[next_l, next_r] = sides[i + 1];
    // A word hyphenated at a side's end goes on in lower case on the same
    // side's next row (down), or only on what follows it row by row (across).
    for (const auto& [side, next, row_next] : {std::tuple{&l, &next_l, &r}, std::tuple{&r, &next_r, &next_l}}) {
      if (!ends_hyphenated(side->last)) continue;
      if (starts_lowercase(next->first)) ++e.down;
      else if (starts_lowercase(row_next->first)) ++e.across;
    }
    // A paragraph ends on one side where the other runs on.
    if ((ends_paragraph(l, left_edge, size) && starts_lowercase(next_r.first)) ||
        (ends_paragraph(r, right_edge, size) && starts_lowercase(next_l.first)))
      ++e.down;
  }
  // Rows whose two sides both open in a capital or a figure (a table's
  // cells), against rows where one side does and the other runs on.
  const auto opens = [](const SideLine& side) {
    return side.present && (starts_uppercase(side.first) || (!side.first.empty() && side.first[0] >= '0' && side.first[0] <= '9'));
  };
  for (const auto& [l, r] : sides) {
    if (opens(l) && opens(r)) ++e.aligned;
    else if (opens(l) != opens(r)) ++e.mixed;
  }
  count_numbers(sides, e);
  return e;
}

// Whether the text of `crossed` rows on the side [from, to] of a gutter
// leaves a second clear strip down all of them.
bool second_gutter(const std::vector<Row>& rows, const std::vector<std::size_t>& crossed, double from, double to, double size) {
  std::vector<std::pair<double, double>> spans;
  double lo = to, hi = from;
  for (const std::size_t r : crossed)
    for (const auto& [x0, x1] : rows[r].spans)
      if (x0 >= from && x1 <= to) spans.emplace_back(x0, x1), lo = std::min(lo, x0), hi = std::max(hi, x1);
  std::sort(spans.begin(), spans.end());
  const auto [a, b] = widest_clear(spans, lo, hi);
  return b - a >= kGutterMinWidthEm * size;
}

enum class Interleaved { table, doubtful, columns };

// What the rows that source runs cross a gutter on are (see kInterleavedMinRows).
Interleaved judge_interleaved(const std::vector<Run>& runs, const std::vector<Row>& rows, const std::vector<std::size_t>& crossed,
                              const CutGutter& g) {
  std::size_t columns = 0;
  for (const std::size_t r : crossed) if (sides_of(rows[r], g.lo, g.hi, g.size) == Sides::columns) ++columns;
  if (static_cast<double>(columns) < kInterleavedColumnShare * static_cast<double>(crossed.size()) ||
      second_gutter(rows, crossed, -1e300, (g.lo + g.hi) / 2, g.size) ||
      second_gutter(rows, crossed, (g.lo + g.hi) / 2, 1e300, g.size))
    return Interleaved::table;
  const RowEvidence e = row_evidence(runs, rows, crossed, (g.lo + g.hi) / 2, g.size);
  if (e.aligned >= kInterleavedMinSignals && e.aligned >= e.mixed) return Interleaved::table;
  return e.down >= kInterleavedMinSignals && e.down > 2 * e.across ? Interleaved::columns : Interleaved::doubtful;
}

// The crossings of gutters by source runs that rows near by are also given
// whole across (not cut by cut_runs_at_gutters), grouped by gutter: those
// within kGutterMinWidthEm of each other's middle.
std::vector<std::vector<Crossing>> group_by_gutter(std::vector<Crossing> across) {
  const auto middle = [](const Crossing& c) { return (c.gutter.lo + c.gutter.hi) / 2; };
  std::stable_sort(across.begin(), across.end(), [&](const Crossing& a, const Crossing& b) { return middle(a) < middle(b); });
  std::vector<std::vector<Crossing>> groups;
  for (const Crossing& c : across) {
    if (groups.empty() || middle(c) - middle(groups.back().front()) > kGutterMinWidthEm * c.gutter.size) groups.emplace_back();
    groups.back().push_back(c);
  }
  return groups;
}

// The rows of a group of crossings, in order, each once.
std::vector<std::size_t> crossed_rows(const std::vector<Crossing>& group) {
  std::vector<std::size_t> out;
  for (const Crossing& c : group) out.push_back(c.gutter.row);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// The stretches of `crossed` rows that no row between them crosses the
// gutter in (a title across both columns): a cut each, from its first row
// to its last.
std::vector<CutGutter> column_segments(const std::vector<Row>& rows, const std::vector<std::size_t>& crossed, CutGutter g) {
  std::vector<CutGutter> out;
  for (std::size_t k = 0; k < crossed.size(); ++k) {
    bool across = out.empty();
    for (std::size_t r = k > 0 ? crossed[k - 1] + 1 : 0; !across && r < crossed[k]; ++r)
      across = crosses_gutter(rows[r], g.lo, g.hi, g.size);
    if (across) {
      g.row = crossed[k];
      out.push_back(g);
    }
    out.back().last_row = crossed[k];
  }
  return out;
}

// Source runs cut where a gutter runs between two of their words (see
// kColumnEdgeReachEm), unless a row near by (kSpanReachRows) is given whole
// across it too (a table or a list given row by row: its rows are the
// printed lines); each cut's gutter is returned. The cuts are found on the runs as the
// source gave them, then made: a part cut off is a run of its own, placed
// in the source's order by its first word.
std::vector<CutGutter> cut_runs_at_gutters(std::vector<Run>& runs, std::vector<Row>& rows, std::vector<CutGutter>& doubtful) {
  std::vector<Crossing> found, across;
  std::vector<CutGutter> interleaved;  // one for each stretch of columns given row by row
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (const std::size_t i : rows[r].runs)
      for (std::size_t k = 1; k < runs[i].words.size(); ++k) {
        const PlacedWord &p = runs[i].words[k - 1], &q = runs[i].words[k];
        // A cell in leader dots leads to the next; figures right of a label are its row (as join_row).
        if (ends_in_leaders(runs[i], k - 1) || table_row(runs, rows, r, q.box.x0)) continue;
        const double size = std::max(p.font_size, q.font_size);
        const auto gutter = run_crosses_gutter(rows, r, p.box.x1, q.box.x0, size);
        if (!gutter) continue;
        (crossed_nearby(runs, rows, r, *gutter, size) ? across : found)
            .push_back(Crossing{i, k, CutGutter{r, gutter->first, gutter->second, size}, found.size() + across.size()});
      }
  // Rows given whole across a gutter: columns given row by row, a table, or doubtful.
  for (std::vector<Crossing>& group : group_by_gutter(std::move(across))) {
    const std::vector<std::size_t> crossed = crossed_rows(group);
    if (crossed.size() < kInterleavedMinRows) continue;
    const Interleaved judged = judge_interleaved(runs, rows, crossed, group.front().gutter);
    if (judged == Interleaved::doubtful) doubtful.push_back(group.front().gutter);
    if (judged != Interleaved::columns) continue;
    for (Crossing& c : group) c.gutter.interleaved = true;
    found.insert(found.end(), group.begin(), group.end());
    for (CutGutter segment : column_segments(rows, crossed, group.front().gutter)) interleaved.push_back(segment);
  }
  // In the order the gaps were looked at: each run's words left to right.
  std::sort(found.begin(), found.end(), [](const Crossing& a, const Crossing& b) { return a.seq < b.seq; });
  // From each run's last cut back to its first, so that earlier places stay put.
  std::vector<CutGutter> cuts;
  for (auto it = found.rbegin(); it != found.rend(); ++it) {
    Run& run = runs[it->run];
    Run rest{{run.words.begin() + static_cast<std::ptrdiff_t>(it->word), run.words.end()}, run.order + it->word};
    run.words.resize(it->word);
    rows[it->gutter.row].runs.push_back(runs.size());
    runs.push_back(std::move(rest));
    if (!it->gutter.interleaved) cuts.push_back(it->gutter);
  }
  cuts.insert(cuts.end(), interleaved.begin(), interleaved.end());
  return cuts;
}

// Runs of one row whose words stand side by side (by x, across runs) within
// a word space and with no gutter between them are one printed line; so are
// a cell in leader dots and the next, and cells across a gap that rows near
// by are given whole across.
void join_row(const std::vector<Run>& runs, const std::vector<Row>& rows, std::size_t r, std::vector<std::size_t>& parent) {
  struct At {
    double x0, x1, size;
    std::size_t run, index;
  };
  std::vector<At> words;
  for (std::size_t i : rows[r].runs)
    for (std::size_t k = 0; k < runs[i].words.size(); ++k) {
      const PlacedWord& w = runs[i].words[k];
      words.push_back(At{w.box.x0, w.box.x1, w.font_size, i, k});
    }
  std::stable_sort(words.begin(), words.end(), [](const At& a, const At& b) { return a.x0 < b.x0; });
  for (std::size_t k = 1; k < words.size(); ++k) {
    const At &p = words[k - 1], &q = words[k];
    if (root(parent, p.run) == root(parent, q.run)) continue;
    const double gap = q.x0 - p.x1, size = std::max(p.size, q.size);
    if (gap < -kOverprintPt) continue;
    // The searches of rows near by run only for a gap a word space cannot explain.
    const bool wide = gap > kMaxWordGapEm * size;
    const bool gutter = !wide && in_gutter(rows, r, p.x1, q.x0, size);
    if ((wide || gutter) && !(p.index + 1 == runs[p.run].words.size() && ends_in_leaders(runs[p.run], p.index)) &&
        !table_row(runs, rows, r, q.x0)) {
      if (gutter || in_gutter(rows, r, p.x1, q.x0, size)) continue;
      if (!spanned_nearby(runs, rows, r, p.x1, q.x0)) continue;
    }
    parent[root(parent, q.run)] = root(parent, p.run);
  }
}

// The words of a printed line in x order. Words the source gave apart (from
// different runs, or not one after the other) were printed apart: a space
// goes between them.
std::vector<PlacedWord> line_words(const std::vector<Run>& runs, const std::vector<std::size_t>& members) {
  struct At {
    const PlacedWord* word;
    std::size_t run, index;
  };
  std::vector<At> at;
  for (std::size_t i : members)
    for (std::size_t k = 0; k < runs[i].words.size(); ++k) at.push_back(At{&runs[i].words[k], i, k});
  if (runs[members.front()].words.front().rotation == 0)
    std::stable_sort(at.begin(), at.end(), [](const At& a, const At& b) { return a.word->box.x0 < b.word->box.x0; });
  std::vector<PlacedWord> out;
  for (std::size_t k = 0; k < at.size(); ++k) {
    out.push_back(*at[k].word);
    if (k + 1 < at.size() && (at[k + 1].run != at[k].run || at[k + 1].index != at[k].index + 1)) out.back().space_after = true;
  }
  return out;
}

// Whether `a` and `b`, side by side, meet at a character of a script
// written without spaces, and stand closer than kUnspacedGapEm.
bool unspaced_meeting(const PlacedWord& a, const PlacedWord& b) {
  if (a.text.empty() || b.text.empty()) return false;
  if (!is_unspaced_script(last_code_point(a.text)) && !is_unspaced_script(first_code_point(b.text))) return false;
  return b.box.x0 - a.box.x1 < kUnspacedGapEm * std::max(a.font_size, b.font_size);
}

Line make_line(const std::vector<PlacedWord>& words) {
  Line line;
  line.vertical = words.front().rotation != 0;
  line.font_size = dominant_size(words);
  const Box band = body_band(words);
  const double baseline = band.y1;
  line.box = extent(words);
  // A word whose box is its OCR line's band (a line read right to left)
  // is raised when its own ink was; or when, as any word, its box stands
  // high and small: then the band is that of a line OCR read apart, in
  // smaller type and over the baseline of the words around it.
  auto superscript = [&](const PlacedWord& w) {
    if (w.band_box && w.raised.whole) return !line.vertical;
    return !line.vertical && line.font_size > 0 && w.font_size <= 0.8 * line.font_size &&
           w.box.y1 < baseline - 0.12 * line.font_size;
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    const PlacedWord& w = words[i];
    if (i > 0) {
      const PlacedWord& prev = words[i - 1];
      // A space the source did not see may still be there: words that were
      // re-attached, or a gap wider than a third of the font size.
      const bool gap = w.box.x0 - prev.box.x1 > 0.3 * std::max(w.font_size, prev.font_size);
      const bool unspaced = !superscript(prev) && !superscript(w) && unspaced_meeting(prev, w);
      if ((prev.space_after || gap) && !unspaced) line.text += ' ';
    }
    Word word;
    word.begin = line.text.size();
    line.text += w.text;
    word.end = line.text.size();
    word.box = w.box;
    word.font_size = w.font_size;
    word.confidence = w.confidence;
    word.bold = w.bold;
    word.italic = w.italic;
    word.superscript = superscript(w);
    if (w.band_box && !w.raised.whole) word.raised_head = w.raised.head;
    line.words.push_back(word);
  }
  return line;
}

// A printed line: the runs the source gave of it, its words in x order.
struct PrintedLine {
  std::size_t first = 0, last = 0;  // the places of its first and last runs in the source's order
  std::vector<PlacedWord> words;
  Box band, extent;
  bool horizontal = true;
  std::tuple<std::size_t, int, std::size_t> place;  // its place in the reading order
};

PrintedLine printed_line(const std::vector<Run>& runs, std::vector<std::size_t> members) {
  PrintedLine p;
  p.first = runs[members.front()].order;
  p.last = runs[members.back()].order;
  p.words = line_words(runs, members);
  p.band = body_band(p.words);
  p.extent = extent(p.words);
  p.horizontal = p.words.front().rotation == 0;
  p.place = {p.first, 0, 0};
  return p;
}

// Whether `a` is printed above `b` in the same column.
bool above_in_column(const PrintedLine& a, const PrintedLine& b) {
  const double overlap = std::min(a.extent.x1, b.extent.x1) - std::max(a.extent.x0, b.extent.x0);
  return a.horizontal && b.horizontal && overlap > 0 && a.band.y1 <= b.band.y0 + 0.25 * height(b.band);
}

// A line the source gives right after line M, printed between M and the
// line before M in their column, is read before M (A/RES/79/249: the
// last word of point (g), "cent;", given after point (h)). Nothing else
// lies between them on the page, so no column is crossed.
void put_late_lines_back(std::vector<PrintedLine>& lines) {
  for (std::size_t i = 2; i < lines.size(); ++i) {
    const PrintedLine &p = lines[i - 2], &m = lines[i - 1], &l = lines[i];
    if (!p.horizontal || !m.horizontal || !l.horizontal) continue;
    const double tol = 0.25 * height(l.band);
    const bool between = p.band.y1 <= l.band.y0 + tol && l.band.y1 <= m.band.y0 + tol;
    const double reach = kLateLineReachEm * dominant_size(l.words);
    const double x0 = std::min(p.extent.x0, m.extent.x0) - reach, x1 = std::max(p.extent.x1, m.extent.x1) + reach;
    if (between && l.extent.x1 > x0 && l.extent.x0 < x1) std::swap(lines[i - 1], lines[i]);
  }
}

// A printed line takes the place where the source gave its first run: a
// paragraph number given before its text keeps its place, note numbers
// given after all the notes go back to their notes. The lines the source
// gave between its runs that are printed above it in its column are read
// before it (a part label "B." given before the end of the table above its
// heading).
void put_in_reading_order(std::vector<PrintedLine>& lines) {
  std::sort(lines.begin(), lines.end(), [](const PrintedLine& a, const PrintedLine& b) { return a.first < b.first; });
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const PrintedLine& joined = lines[i];
    for (std::size_t k = i + 1; k < lines.size() && lines[k].first < joined.last; ++k)
      if (std::get<1>(lines[k].place) == 0 && above_in_column(lines[k], joined))
        lines[k].place = {std::get<0>(joined.place), -1, lines[k].first};
  }
  std::stable_sort(lines.begin(), lines.end(), [](const PrintedLine& a, const PrintedLine& b) { return a.place < b.place; });
  put_late_lines_back(lines);
}

// The part of the page a cut gutter runs down as a column gutter: the rows
// above and below the cut that leave the gutter clear and have text within
// kColumnEdgeReachEm of it on one side at least (a column's edge), with up
// to kColumnQuietRows rows in a row between them that leave it clear
// without text at its edge; a row across the gutter ends it.
struct ColumnRegion {
  double top = 0, bottom = 0, lo = 0, hi = 0;
};

ColumnRegion column_region(const std::vector<Row>& rows, const CutGutter& cut) {
  ColumnRegion region{rows[cut.row].band.y0, rows[cut.row].band.y1, cut.lo, cut.hi};
  for (const int step : {-1, 1}) {
    std::size_t quiet = 0;
    for (std::size_t i = cut.row; step < 0 ? i > 0 : i + 1 < rows.size();) {
      i = step < 0 ? i - 1 : i + 1;
      if (crosses_gutter(rows[i], cut.lo, cut.hi, cut.size)) break;
      if (!borders_gutter(rows[i], cut.lo, cut.hi, cut.size)) {
        if (++quiet > kColumnQuietRows) break;
        continue;
      }
      quiet = 0;
      region.top = std::min(region.top, rows[i].band.y0);
      region.bottom = std::max(region.bottom, rows[i].band.y1);
    }
  }
  return region;
}

// The region of a cut: for columns given row by row, from the first row of
// its stretch to its last, and the rows around each end that column_region
// takes into the columns.
ColumnRegion cut_region(const std::vector<Row>& rows, const CutGutter& cut) {
  ColumnRegion region = column_region(rows, cut);
  if (!cut.interleaved) return region;
  CutGutter last = cut;
  last.row = cut.last_row;
  const ColumnRegion below = column_region(rows, last);
  region.top = std::min(region.top, below.top);
  region.bottom = std::max(region.bottom, below.bottom);
  return region;
}

// The lines of `region` read column by column, where the first of them
// stands in the reading order: its left column's lines, then its right
// column's, each in the order they had. The other lines keep theirs.
// Returns, when the order changed, the source place (PrintedLine::first) of
// the right column's first line and the columns' extent.
std::optional<std::pair<std::size_t, Box>> read_region_by_columns(std::vector<PrintedLine>& lines, const ColumnRegion& region) {
  const double middle = (region.lo + region.hi) / 2;
  const auto side = [&](const PrintedLine& l) {
    const double y = (l.band.y0 + l.band.y1) / 2;
    if (!l.horizontal || y < region.top || y > region.bottom) return 0;
    if (l.extent.x1 <= middle) return 1;
    return l.extent.x0 >= middle ? 2 : 0;
  };
  std::vector<PrintedLine> left, right, out;
  std::size_t first = lines.size();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const int s = side(lines[i]);
    if (s == 0) continue;
    first = std::min(first, i);
    (s == 1 ? left : right).push_back(lines[i]);
  }
  if (left.empty() || right.empty()) return std::nullopt;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i == first) {
      out.insert(out.end(), left.begin(), left.end());
      out.insert(out.end(), right.begin(), right.end());
    }
    if (side(lines[i]) == 0) out.push_back(lines[i]);
  }
  const bool changed = !std::equal(out.begin(), out.end(), lines.begin(), lines.end(),
                                   [](const PrintedLine& a, const PrintedLine& b) { return a.first == b.first; });
  lines = std::move(out);
  if (!changed) return std::nullopt;
  Box extent = left.front().extent;
  for (const auto* column : {&left, &right})
    for (const PrintedLine& l : *column) extent = extent.united(l.extent);
  return std::make_pair(right.front().first, extent);
}

// Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms.
bool right_to_left(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const char32_t cp = next_code_point(text, i);
    if ((cp >= 0x0590 && cp <= 0x08FF) || (cp >= 0xFB1D && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF)) return true;
  }
  return false;
}
}  // namespace

void log_column_readings(Document& doc, const std::vector<ColumnReading>& columns) {
  for (const ColumnReading& c : columns) {
    const int page = doc.pages.back().number;
    const std::vector<Line>& lines = doc.pages.back().lines;
    const std::string start(c.right_first < lines.size() ? head_bytes(lines[c.right_first].text, 40) : std::string_view{});
    if (c.doubtful) {
      doc.log.warn("ingest", Position{page, static_cast<int>(c.right_first + 1), 0},
                   "page " + std::to_string(page) + ", line " + std::to_string(c.right_first + 1) +
                       ": the text layer gives each line across a gutter that runs down the page (from \"" + start +
                       "\"); its text does not show whether these are two columns read row by row or a table's "
                       "rows: the lines are kept as given");
      continue;
    }
    Edit e;
    e.pass = "ingest";
    e.kind = "read_columns";
    e.where = Position{page, static_cast<int>(c.right_first + 1), 0};
    e.reason = c.rows_split
                   ? "a gutter that no text crosses runs down the page between two columns of lines, and the source "
                     "gave each row of them as one line (the left column's line, then the right column's beside it); "
                     "the text runs on down each side (hyphenated words, paragraph ends, paragraph numbers): the "
                     "lines are split at the gutter and read column by column, the left column top to bottom, then "
                     "the right one from \"" + start + "\""
                   : "a gutter that no text crosses runs down the page between two columns of lines: the lines beside it "
                     "are read column by column, the left column top to bottom, then the right one from \"" + start +
                         "\" (the source gave some of them in another order)";
    e.confidence = 0.85;
    e.box = c.region;
    doc.log.add(std::move(e));
  }
}

PlacedWord::Raised raised_ink_of(const Box& word, const std::vector<PlacedSymbol>& symbols, const LineBaseline& baseline,
                                 double x_height) {
  PlacedWord::Raised out;
  if (x_height <= 0) return out;
  const auto raised = [&](const Box& b) {
    const double rise = baseline.at((b.x0 + b.x1) / 2) - b.y1;
    return rise >= kRaisedInkXHeights * x_height && rise <= kRaisedInkMostXHeights * x_height &&
           b.height() >= kRaisedInkLeastXHeights * x_height && b.height() <= kRaisedInkTallestXHeights * x_height;
  };
  out.whole = raised(word);
  if (out.whole) return out;
  std::size_t head = 0, tail = 0;
  while (head < symbols.size() && raised(symbols[head].box)) ++head;
  while (tail < symbols.size() && raised(symbols[symbols.size() - 1 - tail].box)) ++tail;
  // Some symbol stands on the baseline (else the word's box would be raised).
  if (head == symbols.size()) return out;
  out.head = head;
  out.tail = tail;
  return out;
}

std::optional<std::size_t> word_out_of_order(const Line& line) {
  if (line.vertical || line.right_to_left || right_to_left(line.text)) return std::nullopt;
  for (std::size_t k = 1; k < line.words.size(); ++k) {
    const auto &prev = line.words[k - 1].box, &next = line.words[k].box;
    if (prev && next && next->x0 < prev->x0 - kBackwardsPt) return k;
  }
  return std::nullopt;
}

void warn_words_out_of_order(Document& doc) {
  for (const Page& page : doc.pages)
    for (std::size_t l = 0; l < page.lines.size(); ++l) {
      const Line& line = page.lines[l];
      const auto k = word_out_of_order(line);
      if (!k) continue;
      const Word &prev = line.words[*k - 1], &next = line.words[*k];
      char at[96];
      std::snprintf(at, sizeof at, " (x %.1f, after x %.1f)", next.box->x0, prev.box->x0);
      doc.log.warn("ingest", Position{page.number, static_cast<int>(l + 1), static_cast<int>(next.begin + 1)},
                   "page " + std::to_string(page.number) + ", line " + std::to_string(l + 1) +
                       ": words out of left-to-right order at \"" + line.text.substr(next.begin, next.end - next.begin) +
                       "\"" + at + " in \"" + line.text + "\"");
    }
}

namespace {
// The words of a right-to-left line as printed, left to right, each in the
// order of its glyphs: a text layer gives them so; OCR gives each word in
// reading order, which is turned back to printed order here.
std::vector<std::string> printed_words(const Line& line, bool ocr) {
  std::vector<std::string> out;
  for (const Word& w : line.words) {
    const std::string text = line.text.substr(w.begin, w.end - w.begin);
    out.push_back(ocr ? printed_word(text) : text);
  }
  return out;
}

// A word of a right-to-left line in reading order: its text, its place on
// the page and style, and whether it follows the word before without a
// space (printed side by side without one).
struct Token {
  std::string text;
  Word word;
  bool glued = false;
};

std::vector<Token> reading_tokens(const Line& line, const LogicalLine& logical) {
  std::vector<Token> out;
  std::optional<std::size_t> prev;
  for (const std::size_t k : logical.order) {
    bool glued = false;
    if (prev) {
      const std::size_t lo = std::min(*prev, k), hi = std::max(*prev, k);
      glued = hi == lo + 1 && line.words[hi].begin == line.words[lo].end;
    }
    out.push_back({logical.words[k], line.words[k], glued});
    prev = k;
  }
  return out;
}

// The leading combining marks of `s` (bytes), and whether they are all tanwin.
std::size_t leading_marks(std::string_view s, bool& tanwin) {
  tanwin = true;
  std::size_t i = 0, end = 0;
  while (i < s.size()) {
    const char32_t cp = next_code_point(s, i);
    if (!is_combining_mark(cp)) break;
    tanwin = tanwin && is_tanwin(cp);
    end = i;
  }
  return end;
}

// Where a word's letters (and the marks on them) end: the place of a mark
// that follows the word's last letter ("أمر،" -> after "أمر").
std::size_t letters_end(std::string_view s) {
  std::size_t i = 0, end = 0;
  while (i < s.size()) {
    const char32_t cp = next_code_point(s, i);
    if (!is_letter(cp) && !is_combining_mark(cp)) break;
    end = i;
  }
  return end;
}

std::size_t last_letter_end(std::string_view s) {
  std::size_t end = std::string_view::npos;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t cp = next_code_point(s, i);
    if (is_letter(cp) || is_combining_mark(cp)) end = i;
  }
  return end;
}

void absorb(Token& into, const Token& from) {
  if (into.word.box && from.word.box) into.word.box = into.word.box->united(*from.word.box);
  else if (!into.word.box) into.word.box = from.word.box;
}

// Combining marks that a text layer gave apart from their base letter (a
// mark's glyph has no width and stands beside the words: "علنا ً",
// "ي ُرتكب", "ٌأمر") put back right after it, in reading order. Tanwin only
// ever ends a word: one printed against the letters after it ends them
// ("ٌ" + "أمر" -> "أمرٌ"); any other mark, or tanwin alone, goes on the
// end of the word before, and what follows it in its own word (the rest
// of the word, a comma) joins that word: no word starts with a mark.
void attach_detached_marks(std::vector<Token>& tokens) {
  for (std::size_t i = 0; i < tokens.size();) {
    bool tanwin = false;
    const std::size_t n = leading_marks(tokens[i].text, tanwin);
    if (n == 0) { ++i; continue; }
    const std::string marks = tokens[i].text.substr(0, n), rest = tokens[i].text.substr(n);
    if (tanwin && letters_end(rest) > 0) {
      const std::size_t e = letters_end(rest);
      tokens[i].text = rest.substr(0, e) + marks + rest.substr(e);
      ++i;
      continue;
    }
    if (tanwin && rest.empty() && i + 1 < tokens.size() && tokens[i + 1].glued && letters_end(tokens[i + 1].text) > 0) {
      Token& next = tokens[i + 1];
      next.text.insert(letters_end(next.text), marks);
      next.glued = tokens[i].glued;
      absorb(next, tokens[i]);
      tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(i));
      continue;
    }
    if (i == 0 || last_letter_end(tokens[i - 1].text) == std::string_view::npos) { ++i; continue; }  // the check warns
    Token& prev = tokens[i - 1];
    prev.text.insert(last_letter_end(prev.text), marks);
    prev.text += rest;
    absorb(prev, tokens[i]);
    tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(i));
  }
}

// `line` with its words in the reading order `logical` gives, detached
// marks of a text layer put back on their letters; words printed side by side without a
// space stay without one.
Line reordered(const Line& line, const LogicalLine& logical, bool ocr) {
  std::vector<Token> tokens = reading_tokens(line, logical);
  // OCR gives each mark where it read it: one apart from any letter is a
  // misreading (a letter lost: "وتنفيذ ُدابير"), not a glyph set apart, and
  // is left to the check's warning.
  if (!ocr) attach_detached_marks(tokens);
  Line out = line;
  out.text.clear();
  out.words.clear();
  for (const Token& t : tokens) {
    if (!out.words.empty() && !t.glued) out.text += ' ';
    Word w = t.word;
    w.begin = out.text.size();
    out.text += t.text;
    w.end = out.text.size();
    out.words.push_back(w);
  }
  return out;
}

// `line` with every bracket mirrored, when its reading order closes a
// bracket before opening it and the mirrored brackets pair up: a text
// layer that gives the glyphs as printed (mirrored in a right-to-left run)
// rather than the characters.
bool mirror_inverted_brackets(Line& line) {
  if (!brackets_inverted(line.text)) return true;
  const std::string mirrored = brackets_mirrored(line.text);
  if (!brackets_balanced(mirrored)) return false;
  line.text = mirrored;  // same length: brackets are ASCII both ways
  return true;
}
}  // namespace

namespace {
// Whether a page is written right to left: more strong right-to-left
// letters than left-to-right ones over its horizontal lines.
bool page_right_to_left(const Page& page) {
  std::string text;
  for (const Line& line : page.lines)
    if (!line.vertical) text += line.text + "\n";
  return reads_right_to_left(text);
}

// Whether `line` holds a right-to-left letter.
bool has_right_to_left(std::string_view text) {
  for (std::size_t i = 0; i < text.size();)
    if (is_strong_right_to_left(next_code_point(text, i))) return true;
  return false;
}

// Whether `text` holds a letter of either direction (a strong character:
// Unicode's bidi classes L, R and AL); figures and punctuation are none.
bool has_strong_letter(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = next_code_point(text, i);
    if (is_strong_right_to_left(cp) || u_charDirection(static_cast<UChar32>(cp)) == U_LEFT_TO_RIGHT) return true;
  }
  return false;
}
}  // namespace

namespace {
// The first word of `line` made of combining marks alone: a text layer's
// mark that ingest could not put before the letter the page draws it for
// (pdf_core.cpp: put_marks_before_their_letters), left to its neighbours.
std::optional<std::string> mark_alone(const Line& line) {
  for (const Word& w : line.words) {
    const std::string text = line.text.substr(w.begin, w.end - w.begin);
    bool marks = !text.empty();
    for (std::size_t i = 0; i < text.size() && marks;) marks = is_combining_mark(next_code_point(text, i));
    if (marks) return text;
  }
  return std::nullopt;
}

// The warning for a right-to-left line whose reading order fails a check.
void warn_unreliable(Document& doc, const Page& page, std::size_t l, const std::string& problem,
                     const std::string& text) {
  doc.log.warn("ingest", Position{page.number, static_cast<int>(l + 1), 0},
               "page " + std::to_string(page.number) + ", line " + std::to_string(l + 1) +
                   ": " + std::string(kUnreliableRightToLeftLine) + " (" + problem +
                   "); the line is read as the bidirectional algorithm orders it: \"" + text + "\"");
}
}  // namespace

void put_right_to_left_lines_in_reading_order(Document& doc) {
  for (Page& page : doc.pages) {
    // On a right-to-left page, a line with any Arabic in it reads from the
    // right even when Latin symbols outnumber its Arabic letters (a note
    // citing "A/HRC/22/17/Add.4, para. 14"); elsewhere, when most of it is
    // Arabic. A line of Latin and figures alone on such a page reads from
    // the right when its brackets, as printed, close before they open and
    // read from the right they pair up ("23-26006 (A)" printed ")A( 23-26006",
    // a note "(15) A/78/241." printed ".A/78/241)15("): a right-to-left
    // paragraph; else it is a left-to-right one and stays as printed.
    // A line of a text layer with no letter at all, figures and
    // punctuation alone, takes its page's direction, as Unicode's
    // bidirectional algorithm gives a paragraph's line with no strong
    // character the paragraph's: a paragraph's last line "2021،" (printed
    // "،2021") reads "2021،" and ends on the left, where a right-to-left
    // paragraph's short last line ends. (OCR gives such a line's words in
    // its own reading order: it stays as read.)
    const bool page_rtl = page_right_to_left(page);
    for (std::size_t l = 0; l < page.lines.size(); ++l) {
      Line& line = page.lines[l];
      if (line.vertical || line.words.empty()) continue;
      const bool rtl = page_rtl ? has_right_to_left(line.text) || (!page.ocr && !has_strong_letter(line.text))
                                : reads_right_to_left(line.text);
      const bool rtl_paragraph = !rtl && page_rtl && brackets_inverted(line.text);
      if (!rtl && !rtl_paragraph) continue;
      const LogicalLine logical = logical_line(printed_words(line, page.ocr));
      Line read = reordered(line, logical, page.ocr);
      if (rtl_paragraph) {
        if (!brackets_balanced(read.text)) continue;  // not a right-to-left paragraph either
        line = std::move(read);
        line.right_to_left = true;
        continue;
      }
      std::string problem = logical.checked ? "" : logical.problem;
      if (const auto mark = mark_alone(line); !page.ocr && mark && problem.empty())
        problem = "the combining mark \"" + *mark +
                  "\" is drawn apart, with no letter drawn for it beside it: the letter it is put on is not certain";
      if (!mirror_inverted_brackets(read) && problem.empty())
        problem = "its brackets do not pair up in reading order, as printed or mirrored";
      if (const std::size_t at = detached_mark(read.text); at != std::string::npos && problem.empty())
        problem = "a combining mark is apart from its letter at \"" +
                  read.text.substr(at, std::min(read.text.find(' ', at + 1), read.text.size()) - at) + "\"";
      if (!problem.empty()) warn_unreliable(doc, page, l, problem, line.text);
      line = std::move(read);
      line.right_to_left = true;
    }
  }
}

void style_from_font_name(std::string_view font_name, bool& bold, bool& italic) {
  const std::string name = to_lower_ascii(font_name);
  bold = name.find("bold") != std::string::npos || name.find("black") != std::string::npos ||
         name.find("heavy") != std::string::npos || name.find("semibold") != std::string::npos;
  italic = name.find("italic") != std::string::npos || name.find("oblique") != std::string::npos;
}

namespace {
// The first line of `lines` in `region` and the extent of its lines.
std::optional<std::pair<std::size_t, Box>> lines_in_region(const std::vector<PrintedLine>& lines, const ColumnRegion& region) {
  std::optional<std::pair<std::size_t, Box>> out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const double y = (lines[i].band.y0 + lines[i].band.y1) / 2;
    if (!lines[i].horizontal || y < region.top || y > region.bottom) continue;
    if (!out) out = std::make_pair(i, lines[i].extent);
    else out->second = out->second.united(lines[i].extent);
  }
  return out;
}
}  // namespace

std::vector<Line> assemble_lines(const std::vector<PlacedWord>& words, std::vector<ColumnReading>* columns) {
  std::vector<Run> runs = split_runs(words);
  std::vector<Row> rows = group_rows(runs);
  std::vector<CutGutter> doubtful;
  const std::vector<CutGutter> cuts = cut_runs_at_gutters(runs, rows, doubtful);
  std::vector<std::size_t> parent(runs.size());
  for (std::size_t i = 0; i < runs.size(); ++i) parent[i] = i;
  for (std::size_t r = 0; r < rows.size(); ++r) join_row(runs, rows, r, parent);
  std::map<std::size_t, std::vector<std::size_t>> members;  // root -> runs, in the source's order
  for (std::size_t i = 0; i < runs.size(); ++i) members[root(parent, i)].push_back(i);
  std::vector<PrintedLine> printed;
  for (auto& [r, m] : members) {
    // A run cut off at a gutter comes last by index: the source's order is that of first words.
    std::stable_sort(m.begin(), m.end(), [&](std::size_t a, std::size_t b) { return runs[a].order < runs[b].order; });
    printed.push_back(printed_line(runs, std::move(m)));
  }
  put_in_reading_order(printed);
  struct Reordered {
    std::size_t right;  // the right column's first line, by source place
    Box extent;         // the columns'
    bool interleaved;
  };
  std::vector<Reordered> reordered;
  for (const CutGutter& cut : cuts)
    if (const auto right = read_region_by_columns(printed, cut_region(rows, cut)))
      reordered.push_back(Reordered{right->first, right->second, cut.interleaved});
  std::vector<Line> lines;
  for (const PrintedLine& p : printed) lines.push_back(make_line(p.words));
  if (!columns) return lines;
  for (const Reordered& r : reordered)
    for (std::size_t i = 0; i < printed.size(); ++i)
      if (printed[i].first == r.right) {
        columns->push_back(ColumnReading{i, r.extent, r.interleaved, false});
        break;
      }
  for (const CutGutter& cut : doubtful)
    if (const auto region = lines_in_region(printed, column_region(rows, cut)))
      columns->push_back(ColumnReading{region->first, region->second, false, true});
  return lines;
}

}  // namespace akn
