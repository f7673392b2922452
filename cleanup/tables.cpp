// find_tables: tables read from the geometry of the page.
//
// A table shows on the page as rows whose cells stand apart by more than a
// word space, their starts or ends recurring down the rows at the same x:
// columns with clear strips (gutters) between them. The pass reads each
// page's body lines as printed rows (lines on one baseline, as the layout
// keeps cells far apart as separate lines), cuts each row into segments at
// wide gaps and after leader dots (a cell whose dots run up to the tab
// stop where the next cell starts: a verbatim record's roster of members,
// "Bulgaria . . . . Mr. Katzarski"; the dots, furniture, leave the first
// cell by an edit), and
// takes a run of rows with cells in two or more columns as a
// table when the columns recur: the gutters are clear on nearly every row,
// and one column at least is narrow (figures, codes), which text set in
// columns never is. Rows with text in one column only belong to it when
// they sit inside it (a label row "Total assessment for 2024", a heading
// over the figure columns), and a line set closer to the row above or
// below than the rows are to each other continues that row's cells (a
// label or header wrapped over lines). A table the last row of a page
// continues on the next page when the next page goes on with rows of the
// same columns; a header row printed again at the top of that page is page
// furniture (a role edit). Header rows are the leading rows set in another
// type than the rows after them (italic, bold, smaller: a totals row in
// bold is no reason to take the rows above it for headers), and a first
// row repeated at the top of a continuation page. A header's cells set
// closer than cells are ("P-2 GS (PL) GS (OL)") are cut where their words
// align with the columns below. A wide gap is a column's only where the
// rows around have a gap at the same x, with no text across it between
// them: justified prose's wide word spaces, a paragraph number before its
// text and a heading's letter before its title are no cells.
//
// What the pass finds is Document::tables (cells as words of lines) and
// Line::in_table; unwrap_lines then makes each cell a block. Segments of
// one row in one column, apart at a gap that recurs, are one cell. Where
// the structure is unclear (two cells overlap, two segments of a row in
// one column apart at a gap of their own) nothing is marked: the lines stay in the order the layout
// reads them, with a warning that says so. Sources without
// word boxes (text dumps) have no tables.
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>

#include "cleanup/cleanup.hpp"
#include "cleanup/pass_util.hpp"
#include "core/note_type.hpp"
#include "core/text.hpp"

namespace akn {

namespace {
constexpr std::string_view kPass = "find_tables";

// Thresholds of find_tables, in em of the type size of the text compared.
//
// The cells of a row stand further apart than kCellGapEm. Justified word
// spaces measure up to 0.9 em (A/RES/78/27); the narrowest gap between
// cells in the corpus is 1.6 em (A/RES/78/253 part VII, "Investing) P-4").
// A header's cells may stand closer ("P-2 GS (PL)", 0.87 em): a row is also
// cut where a gutter that the other rows leave clear runs through a gap.
constexpr double kCellGapEm = 1.2;
// A table has at least kMinRows rows with cells in two or more columns.
constexpr std::size_t kMinRows = 3;
// Its rows follow each other with at most kMaxRowGapEm of white space.
constexpr double kMaxRowGapEm = 2.5;
// One column at least is narrower than kNarrowColumnEm at its widest cell:
// the columns of a page set in two columns of text are twice as wide.
constexpr double kNarrowColumnEm = 10.0;
// The lines of one cell are set at the text's leading (their baselines at
// most kCellLeadingEm apart) and kRowSpacingEm closer than the rows are.
// In the corpus, rows stand 1.7 to 2.2 em apart and a cell's lines 1.2 em.
constexpr double kCellLeadingEm = 1.35;
constexpr double kRowSpacingEm = 0.25;
// Text after a table on its page set smaller than kNotesType of the body's
// type is its notes: the table may go on at the top of the next page.
constexpr double kNotesType = kNoteTypeShare;
// Type sizes within this share of each other are the same size.
constexpr double kSameSize = 0.05;
// A row set in larger type than the table's rows by this share is not the
// table's (a heading in the body's type between two tables).
constexpr double kLargerType = 0.1;
// At most this many leading rows are header rows.
constexpr std::size_t kMaxHeaderRows = 3;
// Leader dots: a run of at least kMinLeaderDots dots ('.' or '…', set as
// words of their own or as one word) carries the eye from a cell to the
// next, which starts at a tab stop right after them (a meeting record's
// roster, "Bulgaria . . . . . Mr. Katzarski"; a table of contents). The
// cell ends after its dots however close the next cell stands.
constexpr std::size_t kMinLeaderDots = 4;
// A gap between two cells is a gutter's: the rows above and below that go
// on with it share at least kGutterMinEm of its width (justified prose
// has wide word spaces too, at no x in particular: see keep_recurring_gaps).
// A gap wider than kWordGapMaxEm is no word space however justified (the
// layout's own limit, ingest/layout.cpp kMaxWordGapEm: the widest
// justified space measured is 0.9 em): a cell's end even where it is the
// only one of its kind (a totals row's "3 720   981" under cells that
// reach into the gutter).
constexpr double kGutterMinEm = 0.5;
constexpr double kWordGapMaxEm = 3.0;
// A segment over several columns is cut into cells where its words fall
// into groups that each stand over one of those columns as the column's
// cells do: its left edge, right edge or middle within kAlignEm of the
// column's ("P-2 GS (PL) GS (OL)", right-aligned over the figures, 0.01
// em off in A/RES/78/253; a header cell over two columns stands apart
// from either column's edges by 1 em and more). Segments of more than
// kMaxAlignWords words (prose) are not tried.
constexpr double kAlignEm = 0.3;
constexpr std::size_t kMaxAlignWords = 10;
// A gap no wider than a word space can be (kWordGapMaxEm) is no cell's end
// where the line reads on across it as one sentence, however the rows
// around repeat it: typewritten justified lines spread their words at the
// typewriter's character grid, so gaps fall at one x in rows after rows
// (A/40/281: "and sovereignty,   and their territory   remains"). A line
// reads on when the word before the gap goes on (it ends in a letter, a
// comma or a hyphen) and the word after it starts in lowercase, or when
// the word before it is a short lowercase word, at most
// kMaxLinkWordLetters letters ("of", "the", "de", "la": a cell does not
// end in one). Scripts without case never read on by this rule.
constexpr std::size_t kMaxLinkWordLetters = 3;

// Words [first, end) of line `line` of the page, from x0 to x1.
struct Segment {
  std::size_t line = 0, first = 0, end = 0;
  double x0 = 0, x1 = 0;
  bool recurring = false;  // the gap before it recurs in the rows around (keep_recurring_gaps)
};

// Body lines on one baseline: a printed row.
struct Row {
  std::vector<std::size_t> lines;
  Box box;
  double size = 0;  // the type size most of its letters are set in
  std::vector<Segment> segments;  // left to right
  [[nodiscard]] bool multi() const { return segments.size() >= 2; }
};

// A run of rows of one page that may be (part of) a table: [first, last].
struct Region {
  std::size_t page = 0, first = 0, last = 0;
};

using Columns = std::vector<std::pair<double, double>>;  // x extents, left to right

double em_of(const Row& r) { return r.size > 0 ? r.size : std::max(1.0, r.box.height() / 1.15); }

bool usable(const Line& line) {
  if (line.role != LineRole::body || line.vertical || !line.box || line.words.empty()) return false;
  return std::all_of(line.words.begin(), line.words.end(), [](const Word& w) { return w.box.has_value(); });
}

// How many leader dots a word is made of: 0 unless it holds nothing but
// dots ('.', '…' counting three).
std::size_t leader_dots(std::string_view word) {
  std::size_t dots = 0;
  for (std::size_t i = 0; i < word.size();) {
    const char32_t c = next_code_point(word, i);
    if (c == U'.') dots += 1;
    else if (c == U'\u2026') dots += 3;
    else return 0;
  }
  return dots;
}

// The words of the row's lines in x order, cut at gaps wider than
// kCellGapEm, after a run of leader dots and where the line changes.
std::vector<Segment> segments_of(const Page& page, const Row& row) {
  struct At {
    std::size_t line, word;
    double x0, x1;
    std::size_t dots;  // leader dots the word is made of
  };
  std::vector<At> words;
  for (std::size_t l : row.lines)
    for (std::size_t w = 0; w < page.lines[l].words.size(); ++w) {
      const Word& word = page.lines[l].words[w];
      if (word.end > word.begin)
        words.push_back({l, w, word.box->x0, word.box->x1,
                         leader_dots(std::string_view(page.lines[l].text).substr(word.begin, word.end - word.begin))});
    }
  std::stable_sort(words.begin(), words.end(), [](const At& a, const At& b) { return a.x0 < b.x0; });
  std::vector<Segment> out;
  const double gap = kCellGapEm * em_of(row);
  std::size_t run = 0;  // the leader dots that end the current segment
  for (const At& w : words) {
    const bool after_leaders = run >= kMinLeaderDots && w.dots == 0;
    if (!out.empty() && !after_leaders && out.back().line == w.line && out.back().end == w.word &&
        w.x0 - out.back().x1 <= gap) {
      out.back().end = w.word + 1;
      out.back().x1 = std::max(out.back().x1, w.x1);
      run = w.dots > 0 ? run + w.dots : 0;
      continue;
    }
    out.push_back({w.line, w.word, w.word + 1, w.x0, w.x1});
    run = w.dots;
  }
  return out;
}

// The white space between two rows, in em of the smaller type.
double gap_em(const Row& above, const Row& below) {
  return (below.box.y0 - above.box.y1) / std::min(em_of(above), em_of(below));
}

// The text of word w of line `line`.
std::string_view word_text(const Line& line, std::size_t w) {
  const Word& word = line.words[w];
  return std::string_view(line.text).substr(word.begin, word.end - word.begin);
}

// Whether a short lowercase word ends before the gap ("of", "the", "de").
bool is_link_word(std::string_view word) {
  const std::u32string cps = code_points(word);
  return !cps.empty() && cps.size() <= kMaxLinkWordLetters && std::all_of(cps.begin(), cps.end(), is_lower_letter);
}

// Whether the line reads on as one sentence across the gap between its
// words w - 1 and w (kMaxLinkWordLetters).
bool reads_across(const Line& line, std::size_t w) {
  const std::string_view before = word_text(line, w - 1), after = word_text(line, w);
  if (before.empty() || after.empty()) return false;
  if (is_link_word(before)) return true;
  const char32_t last = last_code_point(before);
  const bool goes_on = is_letter(last) || last == U',' || last == U'-';
  return goes_on && is_lower_letter(first_code_point(after));
}

// How many rows from row r (up when `step` is -1, down when +1) go on
// with the gutter that the strip [a, b] of row r is. Each row leaves part
// of the strip clear of its text, and the strip narrows to the widest such
// part (a wrapped label's longer line reaching into it); a row with text
// on both sides of that part has a gap there of its own and counts. A row
// leaving less than kGutterMinEm clear (prose across it), a row whose line
// reads on across its gap there (reads_across: prose spread on a
// typewriter's grid), or white space wider than a table's rows leave, ends
// the count. At most kMinRows - 1 are counted.
std::size_t gutter_support(const Page& page, const std::vector<Row>& rows, std::size_t r, int step, double a, double b) {
  const double least = kGutterMinEm * em_of(rows[r]);
  std::size_t support = 0;
  for (std::size_t s = r; support + 1 < kMinRows;) {
    if ((step < 0 && s == 0) || (step > 0 && s + 1 >= rows.size())) break;
    const std::size_t next = step < 0 ? s - 1 : s + 1;
    if (gap_em(rows[std::min(s, next)], rows[std::max(s, next)]) > kMaxRowGapEm) break;
    s = next;
    // The widest part of [a, b] that no segment covers (segments are left to right).
    double best0 = 0, best1 = -1, from = a;
    bool left = false, right = false;
    for (const Segment& seg : rows[s].segments) {
      if (seg.x1 <= from) continue;
      if (seg.x0 >= b) break;
      if (std::min(seg.x0, b) - from > best1 - best0) best0 = from, best1 = std::min(seg.x0, b);
      from = std::max(from, seg.x1);
    }
    if (b - from > best1 - best0) best0 = from, best1 = b;
    if (best1 - best0 < least) break;
    bool starts = false, ends = false;  // text set flush with the strip's right or left edge
    const Segment* before = nullptr;  // the segments either side of the gap
    const Segment* after = nullptr;
    for (const Segment& seg : rows[s].segments) {
      if (seg.x1 <= best0) left = true, before = &seg;
      if (seg.x0 >= best1 && !after) right = true, after = &seg;
      if (std::abs(seg.x0 - b) <= kAlignEm * em_of(rows[s])) starts = true;
      if (std::abs(seg.x1 - a) <= kAlignEm * em_of(rows[s])) ends = true;
    }
    if (before && after && before->line == after->line && before->end == after->first &&
        reads_across(page.lines[after->line], after->first))
      break;
    a = best0;
    b = best1;
    // Text on both sides, or a column of text starting (ending) where the
    // strip does: the rows of a roster under its label ("Members:").
    if ((left && right) || (starts && !left) || (ends && !right)) ++support;
  }
  return support;
}

// A gap between cells is a gutter's: the rows above and below it (kMinRows
// in all) have a gap there too, with no text across it between them. A
// wide gap that no other row repeats (a justified line's word space, a
// paragraph number before its text, a heading's letter) is no cell's end:
// its two segments of one line are joined again, and so is a gap that the
// line reads on across (reads_across), recurring or not. Gaps after leader
// dots narrower than a cell gap, and gaps wider than any word space, are
// kept.
void keep_recurring_gaps(const Page& page, std::vector<Row>& rows) {
  std::vector<std::vector<Segment>> kept(rows.size());
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const std::vector<Segment>& segs = rows[r].segments;
    if (segs.empty()) continue;
    kept[r].push_back(segs.front());
    for (std::size_t k = 1; k < segs.size(); ++k) {
      const Segment& prev = segs[k - 1];
      const Segment& next = segs[k];
      const double a = prev.x1, b = next.x0;
      const double em = em_of(rows[r]);
      const bool joinable = prev.line == next.line && prev.end == next.first && b - a > kCellGapEm * em && b - a <= kWordGapMaxEm * em;
      const bool recurring =
          gutter_support(page, rows, r, -1, a, b) + gutter_support(page, rows, r, +1, a, b) + 1 >= kMinRows;
      if (joinable && (!recurring || reads_across(page.lines[next.line], next.first))) {
        kept[r].back().end = next.end;
        kept[r].back().x1 = std::max(kept[r].back().x1, next.x1);
        continue;
      }
      kept[r].push_back(next);
      kept[r].back().recurring = recurring;
    }
  }
  for (std::size_t r = 0; r < rows.size(); ++r) rows[r].segments = std::move(kept[r]);
}

// The page's body lines grouped into printed rows, top to bottom.
std::vector<Row> rows_of(const Page& page) {
  std::vector<std::size_t> lines;
  for (std::size_t l = 0; l < page.lines.size(); ++l)
    if (usable(page.lines[l])) lines.push_back(l);
  std::stable_sort(lines.begin(), lines.end(), [&](std::size_t a, std::size_t b) { return page.lines[a].box->y1 < page.lines[b].box->y1; });
  std::vector<Row> rows;
  for (std::size_t l : lines) {
    const Box& b = *page.lines[l].box;
    Row* into = nullptr;
    if (!rows.empty()) {
      const Box& r = rows.back().box;
      const double overlap = std::min(r.y1, b.y1) - std::max(r.y0, b.y0);
      if (overlap >= 0.5 * std::min(r.height(), b.height())) into = &rows.back();
    }
    if (!into) {
      rows.push_back(Row{{l}, b, 0, {}});
      continue;
    }
    into->lines.push_back(l);
    into->box = into->box.united(b);
  }
  for (Row& row : rows) {
    SizeTally sizes;
    for (std::size_t l : row.lines) sizes.add(page.lines[l].font_size, page.lines[l].text.size());
    row.size = sizes.most_common();
    row.segments = segments_of(page, row);
  }
  keep_recurring_gaps(page, rows);
  return rows;
}

// The columns of the rows given: the x extents of the segments of the
// rows with as many cells as most rows or more, merged where they overlap.
// Rows with fewer segments (a header cell over two columns, a heading over
// the figures) do not merge columns.
Columns columns_of(const std::vector<const Row*>& rows) {
  if (rows.empty()) return {};
  std::vector<std::size_t> counts;
  for (const Row* r : rows) counts.push_back(r->segments.size());
  std::sort(counts.begin(), counts.end());
  const std::size_t median = counts[(counts.size() - 1) / 2];
  std::vector<std::pair<double, double>> spans;
  for (const Row* r : rows)
    if (r->segments.size() >= median)
      for (const Segment& s : r->segments) spans.emplace_back(s.x0, s.x1);
  std::sort(spans.begin(), spans.end());
  Columns out;
  for (const auto& [a, b] : spans) {
    if (!out.empty() && a <= out.back().second) out.back().second = std::max(out.back().second, b);
    else out.emplace_back(a, b);
  }
  return out;
}

// The columns a segment covers: [first, last], or nullopt when it lies in
// no column (in a gutter).
std::optional<std::pair<std::size_t, std::size_t>> covered(const Columns& cols, double x0, double x1) {
  std::optional<std::pair<std::size_t, std::size_t>> out;
  for (std::size_t c = 0; c < cols.size(); ++c) {
    if (cols[c].first >= x1 || cols[c].second <= x0) continue;
    if (!out) out = std::pair{c, c};
    else out->second = c;
  }
  return out;
}

// Segments cut again where a gutter runs through a gap between their words
// and no word of theirs crosses it (header cells set closer than cells are
// usually: "P-2 GS (PL) GS (OL)").
std::vector<Segment> cut_at_gutters(const Page& page, const std::vector<Segment>& segs, const Columns& cols) {
  std::vector<Segment> out;
  for (const Segment& s : segs) {
    const Line& line = page.lines[s.line];
    Segment cur = s;
    cur.end = s.first + 1;
    cur.x1 = line.words[s.first].box->x1;
    for (std::size_t w = s.first + 1; w < s.end; ++w) {
      const Box& prev = *line.words[w - 1].box;
      const Box& next = *line.words[w].box;
      bool cut = false;
      for (std::size_t c = 0; c + 1 < cols.size() && !cut; ++c) {
        const double g0 = cols[c].second, g1 = cols[c + 1].first;
        // The gap holds the gutter's middle, and no word of the segment crosses the gutter.
        const double mid = (g0 + g1) / 2;
        if (prev.x1 > mid || next.x0 < mid) continue;
        bool crossed = false;
        for (std::size_t k = s.first; k < s.end; ++k)
          if (line.words[k].box->x0 < g1 && line.words[k].box->x1 > g0) crossed = true;
        cut = !crossed;
      }
      if (cut) {
        out.push_back(cur);
        cur = Segment{s.line, w, w + 1, next.x0, next.x1};
      } else {
        cur.end = w + 1;
        cur.x1 = std::max(cur.x1, next.x1);
      }
    }
    out.push_back(cur);
  }
  return out;
}

// How far the words [first, end) of `line` stand from being aligned with
// column `col` (the smallest of the distances of their left edges, right
// edges and middles), in points.
double misalignment(const Line& line, std::size_t first, std::size_t end, const std::pair<double, double>& col) {
  const double x0 = line.words[first].box->x0, x1 = line.words[end - 1].box->x1;
  return std::min({std::abs(x0 - col.first), std::abs(x1 - col.second), std::abs((x0 + x1) / 2 - (col.first + col.second) / 2)});
}

// A segment over the columns [c0, c1] cut into cells, each a group of its
// words aligned with one column (kAlignEm), the columns left to right:
// the cut that aligns best, most cells on a tie. The segment whole when no
// cut aligns every group.
std::vector<Segment> cut_at_alignments(const Line& line, const Segment& s, const Columns& cols, std::size_t c0,
                                       std::size_t c1, double em) {
  const std::size_t n = s.end - s.first;
  if (n < 2 || n > kMaxAlignWords || c1 <= c0) return {s};
  double best = kAlignEm * em;
  std::vector<Segment> out{s};
  std::size_t best_cells = 1;
  for (unsigned mask = 1; mask < (1U << (n - 1)); ++mask) {  // bit k: a cut after word first + k
    std::vector<Segment> cells;
    double worst = 0;
    std::size_t next_col = c0;
    bool ok = true;
    for (std::size_t w = s.first; w < s.end && ok;) {
      std::size_t e = w + 1;
      while (e < s.end && !(mask & (1U << (e - 1 - s.first)))) ++e;
      // The leftmost column at or after next_col this group aligns with best.
      std::optional<std::size_t> at;
      double d = 0;
      for (std::size_t c = next_col; c <= c1; ++c) {
        const double m = misalignment(line, w, e, cols[c]);
        if (!at || m < d) at = c, d = m;
      }
      ok = at && d <= best;
      if (!ok) break;
      worst = std::max(worst, d);
      cells.push_back(Segment{s.line, w, e, line.words[w].box->x0, line.words[e - 1].box->x1});
      next_col = *at + 1;
      if (e < s.end && next_col > c1) ok = false;
      w = e;
    }
    if (!ok) continue;
    if (worst < best || (worst == best && cells.size() > best_cells) || best_cells == 1) {
      best = worst;
      best_cells = cells.size();
      out = std::move(cells);
    }
  }
  return out;
}

// A row's segments cut at the gutters, then at the columns their words
// align with.
std::vector<Segment> cells_of(const Page& page, const Row& row, const Columns& cols) {
  std::vector<Segment> out;
  for (const Segment& s : cut_at_gutters(page, row.segments, cols)) {
    const auto cov = covered(cols, s.x0, s.x1);
    if (!cov || cov->first == cov->second) {
      out.push_back(s);
      continue;
    }
    for (const Segment& c : cut_at_alignments(page.lines[s.line], s, cols, cov->first, cov->second, em_of(row))) out.push_back(c);
  }
  return out;
}

class TableFinder {
 public:
  explicit TableFinder(Document& doc) : doc_(doc) {
    for (const Page& page : doc.pages) rows_.push_back(rows_of(page));
    // The body's type: that of the rows of one segment (prose, headings),
    // not of the tables, which may hold more letters than the text.
    SizeTally sizes;
    for (std::size_t p = 0; p < rows_.size(); ++p)
      for (const Row& r : rows_[p])
        if (!r.multi())
          for (std::size_t l : r.lines) sizes.add(doc.pages[p].lines[l].font_size, doc.pages[p].lines[l].text.size());
    body_size_ = sizes.most_common();
  }

  void run() {
    std::vector<std::vector<Region>> tables = link_pages(regions());
    for (const std::vector<Region>& parts : tables) build(parts);
  }

 private:
  // Runs of rows, page by page, from a row with cells in two or more
  // columns to the last such row, with no more white space between rows
  // than rows of a table have, and no row between that is text beside the
  // table (a heading in larger type, a line that starts left of it, or a
  // line of prose across its first gutter).
  std::vector<Region> regions() const {
    std::vector<Region> out;
    for (std::size_t p = 0; p < rows_.size(); ++p) {
      const std::vector<Row>& rows = rows_[p];
      for (std::size_t i = 0; i < rows.size();) {
        if (!rows[i].multi()) { ++i; continue; }
        std::size_t j = i;
        while (j + 1 < rows.size() && gap_em(rows[j], rows[j + 1]) <= kMaxRowGapEm) ++j;
        split(p, i, j, out);
        i = j + 1;
      }
    }
    return out;
  }

  // Adds the table-like runs of rows [first, last] of page p to `out`: the
  // run trimmed to its rows with cells, cut at rows of text beside it.
  void split(std::size_t p, std::size_t first, std::size_t last, std::vector<Region>& out) const {
    const std::vector<Row>& rows = rows_[p];
    while (first <= last && !rows[first].multi()) ++first;
    while (last > first && !rows[last].multi()) --last;
    if (first > last || !rows[first].multi()) return;
    std::vector<const Row*> multi;
    double size = 0, left = 1e300;
    for (std::size_t r = first; r <= last; ++r)
      if (rows[r].multi()) {
        multi.push_back(&rows[r]);
        size = std::max(size, rows[r].size);
        left = std::min(left, rows[r].box.x0);
      }
    const Columns cols = columns_of(multi);
    // The left edge of the other rows with cells, for a row with cells.
    double second = 1e300;
    for (const Row* m : multi)
      if (m->box.x0 > left) second = std::min(second, m->box.x0);
    for (std::size_t r = first; r <= last; ++r) {
      const double edge = rows[r].multi() && rows[r].box.x0 <= left ? second : left;
      if (!beside(rows[r], cols, size, edge)) continue;
      if (r > first) split(p, first, r - 1, out);
      if (r < last) split(p, r + 1, last, out);
      return;
    }
    out.push_back(Region{p, first, last});
  }

  // A row of one segment among a table's rows that is text beside the
  // table, not a row of it.
  static bool beside(const Row& row, const Columns& cols, double size, double left) {
    if (cols.size() < 2) return true;
    const Segment& s = row.segments.front();
    // A lettered heading: it starts left of the table, the rest of it in
    // the table's first column ("A.   Pension Administration").
    if (row.multi())
      return s.x0 < left - em_of(row) &&
             std::all_of(row.segments.begin() + 1, row.segments.end(), [&](const Segment& g) { return g.x1 <= cols[1].first; });
    if (size > 0 && row.size > size * (1 + kLargerType)) return true;  // a heading in larger type
    if (s.x0 < left - em_of(row)) return true;                         // starts left of the table
    // Prose from the first column across the gutter after it.
    return s.x0 < cols[0].second && s.x1 > cols[1].first;
  }

  // Whether nothing but notes (text in smaller type than the body's)
  // follows the rows up to `last` on page p.
  bool ends_page(std::size_t p, std::size_t last) const {
    for (std::size_t r = last + 1; r < rows_[p].size(); ++r)
      if (body_size_ <= 0 || rows_[p][r].size <= 0 || rows_[p][r].size >= kNotesType * body_size_) return false;
    return true;
  }

  // Regions joined across page breaks: a region that ends the body of its
  // page (only notes after it) continues in the region that starts the
  // next page's body, when their columns match.
  std::vector<std::vector<Region>> link_pages(const std::vector<Region>& regions) const {
    std::vector<std::vector<Region>> out;
    for (const Region& r : regions) {
      if (!out.empty()) {
        const Region& prev = out.back().back();
        if (prev.page + 1 == r.page && ends_page(prev.page, prev.last) && r.first == 0 && same_columns(out.back(), r)) {
          out.back().push_back(r);
          continue;
        }
      }
      out.push_back({r});
    }
    return out;
  }

  std::vector<const Row*> multi_rows(const std::vector<Region>& parts) const {
    std::vector<const Row*> out;
    for (const Region& g : parts)
      for (std::size_t r = g.first; r <= g.last; ++r)
        if (rows_[g.page][r].multi()) out.push_back(&rows_[g.page][r]);
    return out;
  }

  bool same_columns(const std::vector<Region>& table, const Region& next) const {
    const Columns a = columns_of(multi_rows(table)), b = columns_of(multi_rows({next}));
    if (a.size() < 2 || b.size() < 2) return false;
    // Every column of the continuation lies in one column of the table, and
    // no two in the same one: a page whose rows all stand within one of the
    // table's columns (a scan set further right, its rows read as one cell
    // each) does not go on with the table's columns.
    std::optional<std::size_t> last;
    for (const auto& [x0, x1] : b) {
      const auto c = covered(a, x0, x1);
      if (!c || c->first != c->second || (last && c->first <= *last)) return false;
      last = c->first;
    }
    return true;
  }

  // A row's cells: segments cut at the gutters, each in the columns it covers.
  struct Placed {
    std::size_t column, span;
    Segment segment;
  };

  // The distance between baselines of rows set as rows (both with cells in
  // several columns, one after the other); 0 when no two such rows follow
  // each other.
  double row_pitch(const std::vector<Region>& parts) const {
    std::vector<double> d;
    for (const Region& g : parts)
      for (std::size_t r = g.first + 1; r <= g.last; ++r) {
        const Row &a = rows_[g.page][r - 1], &b = rows_[g.page][r];
        if (a.multi() && b.multi()) d.push_back(b.box.y1 - a.box.y1);
      }
    if (d.empty()) return 0;
    std::sort(d.begin(), d.end());
    return d[(d.size() - 1) / 2];
  }

  // Whether printed row `b` continues the cells of row `a` above it: set
  // at the leading of a cell's lines, closer than the rows.
  static bool same_row(const Row& a, const Row& b, double pitch) {
    if (pitch <= 0) return false;
    const double em = std::max(em_of(a), em_of(b));
    const double d = b.box.y1 - a.box.y1;
    return d <= kCellLeadingEm * em && d <= pitch - kRowSpacingEm * em;
  }

  // The table made of `parts`: rows grouped, cells placed in columns,
  // headers found; recorded in the document, or a warning when its cells
  // cannot be placed.
  void build(std::vector<Region> parts) {
    std::vector<const Row*> multi = multi_rows(parts);
    Columns cols = columns_of(multi);
    if (multi.size() < kMinRows || cols.size() < 2 || !narrow_column(parts, cols)) return;
    const double pitch = row_pitch(parts);
    for (Region& g : parts) attach_continuations(g, cols, pitch);
    // Printed rows grouped into the table's rows.
    struct Group {
      std::size_t page;
      std::vector<std::size_t> rows;  // indexes into rows_[page], top to bottom
    };
    std::vector<Group> groups;
    for (const Region& g : parts)
      for (std::size_t r = g.first; r <= g.last; ++r) {
        if (!groups.empty() && groups.back().page == g.page && same_row(rows_[g.page][groups.back().rows.back()], rows_[g.page][r], pitch))
          groups.back().rows.push_back(r);
        else
          groups.push_back({g.page, {r}});
      }
    PrintedTable table;
    table.columns = cols.size();
    for (const Group& grp : groups) {
      PrintedRow row;
      if (!place_cells(grp.page, grp.rows, cols, row)) {
        const Region& g = parts.front();
        const Line& at = doc_.pages[g.page].lines[rows_[g.page][g.first].lines.front()];
        doc_.log.warn(std::string(kPass), doc_.position_of(g.page, rows_[g.page][g.first].lines.front()),
                      "rows from " + detail::quoted(at.text) + " look like a table, but the cells of a row could not be "
                      "placed in its columns: kept as text, its lines in the order the layout reads them, which may not be "
                      "the order of its rows and cells");
        return;
      }
      table.rows.push_back(std::move(row));
    }
    for (PrintedRow& row : table.rows) drop_leader_dots(row);
    mark_headers(table);
    record(std::move(table), parts);
  }

  // Leader dots are furniture: they carry the eye from a cell's text to the
  // next cell ("Bulgaria . . . . . . Mr. Katzarski") and are no text of
  // either. A cell's last words that are a run of at least kMinLeaderDots
  // dots after text of its own, with a cell after it in the row, leave the
  // cell by an edit. A cell of dots alone ("..": no figure) is kept.
  void drop_leader_dots(PrintedRow& row) {
    for (std::size_t k = 0; k + 1 < row.cells.size(); ++k) {
      if (row.cells[k].pieces.empty()) continue;
      CellPiece& pc = row.cells[k].pieces.back();
      const Line& line = doc_.pages[pc.page].lines[pc.line];
      std::size_t first = pc.end_word, dots = 0;
      for (; first > pc.first_word; --first) {
        const Word& w = line.words[first - 1];
        const std::size_t d = leader_dots(std::string_view(line.text).substr(w.begin, w.end - w.begin));
        if (d == 0) break;
        dots += d;
      }
      if (dots < kMinLeaderDots || first == pc.first_word) continue;
      const std::size_t begin = line.words[first - 1].end, end = line.words[pc.end_word - 1].end;
      detail::record_line_edit(doc_, kPass, "remove_leader_dots", {pc.page, pc.line}, begin, line.text.substr(begin, end - begin),
                               "", "leader dots between a table cell's text and the next cell: furniture, not text", 0.95);
      pc.end_word = first;
    }
  }

  // One column at least is narrow at its widest cell (figures, codes):
  // columns of text are not.
  bool narrow_column(const std::vector<Region>& parts, const Columns& cols) const {
    std::vector<double> widest(cols.size(), 0);
    double em = 0;
    for (const Row* r : multi_rows(parts)) {
      em = std::max(em, em_of(*r));
      for (const Segment& s : r->segments)
        if (auto c = covered(cols, s.x0, s.x1); c && c->first == c->second)
          widest[c->first] = std::max(widest[c->first], s.x1 - s.x0);
    }
    return std::any_of(widest.begin(), widest.end(), [&](double w) { return w > 0 && w <= kNarrowColumnEm * em; });
  }

  // Rows of one segment right above or below the region, set as the
  // lines of one of its cells and inside its columns (a header cell wrapped
  // over two lines above, a label's last lines below), join it.
  void attach_continuations(Region& g, const Columns& cols, double pitch) const {
    const std::vector<Row>& rows = rows_[g.page];
    auto fits = [&](const Row& r) {
      if (r.segments.size() != 1) return false;
      const auto c = covered(cols, r.segments.front().x0, r.segments.front().x1);
      return c && c->first == c->second;
    };
    while (g.first > 0 && fits(rows[g.first - 1]) && same_row(rows[g.first - 1], rows[g.first], pitch)) --g.first;
    while (g.last + 1 < rows.size() && fits(rows[g.last + 1]) && same_row(rows[g.last], rows[g.last + 1], pitch)) ++g.last;
  }

  // The cells of the printed rows `group` of page p, in `cols`. Segments
  // of one printed row in one column, apart at a gap the rows around
  // repeat, are one cell, left to right ("Infantry   847" in a column that
  // "Infantry, Military" spans). False when two cells overlap, or a
  // segment falls in a column its row filled already after a gap no other
  // row repeats: the structure is unclear.
  bool place_cells(std::size_t p, const std::vector<std::size_t>& group, const Columns& cols, PrintedRow& out) const {
    const Page& page = doc_.pages[p];
    std::vector<PrintedCell> cells(cols.size());
    std::vector<std::size_t> owner(cols.size(), kNoBlock);  // the cell (by its first column) a column belongs to
    std::vector<std::size_t> taken_by(cols.size(), group.size());  // the printed row that last put text in each column
    for (std::size_t k = 0; k < group.size(); ++k) {
      const Row& row = rows_[p][group[k]];
      for (const Segment& s : cells_of(page, row, cols)) {
        std::pair<std::size_t, std::size_t> c;
        if (auto cov = covered(cols, s.x0, s.x1)) {
          c = *cov;
        } else {
          std::size_t best = 0;
          for (std::size_t i = 1; i < cols.size(); ++i)
            if (std::abs((cols[i].first + cols[i].second) / 2 - (s.x0 + s.x1) / 2) <
                std::abs((cols[best].first + cols[best].second) / 2 - (s.x0 + s.x1) / 2))
              best = i;
          c = {best, best};
        }
        const std::size_t first = owner[c.first] != kNoBlock ? owner[c.first] : c.first;
        for (std::size_t i = c.first; i <= c.second; ++i) {
          if (owner[i] != kNoBlock && owner[i] != first) return false;
          if (taken_by[i] == k && !s.recurring) return false;  // a second segment of the row, after a gap of its own
        }
        PrintedCell& cell = cells[first];
        if (cell.pieces.empty()) {
          cell.column = c.first;
          cell.span = c.second - c.first + 1;
        } else if (c.second - first + 1 > cell.span) {
          cell.span = c.second - first + 1;
        }
        for (std::size_t i = first; i < first + cell.span; ++i) {
          owner[i] = first;
          taken_by[i] = k;
        }
        cell.pieces.push_back(CellPiece{p, s.line, s.first, s.end});
      }
    }
    for (PrintedCell& cell : cells)
      if (!cell.pieces.empty()) out.cells.push_back(std::move(cell));
    return !out.cells.empty();
  }

  // Typography of a row: the share of its letters in italics and in bold,
  // and its type size.
  struct Type {
    double italic = 0, bold = 0, size = 0;
  };
  Type type_of(const PrintedRow& row) const {
    std::size_t letters = 0, italic = 0, bold = 0;
    SizeTally sizes;
    for (const PrintedCell& c : row.cells)
      for (const CellPiece& pc : c.pieces) {
        const Line& line = doc_.pages[pc.page].lines[pc.line];
        for (std::size_t w = pc.first_word; w < pc.end_word; ++w) {
          const Word& word = line.words[w];
          const std::size_t n = word.end - word.begin;
          letters += n;
          if (word.italic) italic += n;
          if (word.bold) bold += n;
          sizes.add(word.font_size, n);
        }
      }
    if (letters == 0) return {};
    return {static_cast<double>(italic) / static_cast<double>(letters), static_cast<double>(bold) / static_cast<double>(letters),
            sizes.most_common()};
  }

  static bool differs(const Type& a, const Type& b) {
    auto flip = [](double x, double y) { return (x > 0.5) != (y > 0.5); };
    const double size = std::max(a.size, b.size);
    return flip(a.italic, b.italic) || flip(a.bold, b.bold) || (size > 0 && std::abs(a.size - b.size) > kSameSize * size);
  }

  // Header rows: the leading rows set in another type than the body of the
  // table. The body's type is the one most rows after the first are set
  // in; of two as common, the one first met lower down (header rows come
  // first: a table of a header, two rows and a totals row in bold has its
  // rows in the body's type, not its totals).
  void mark_headers(PrintedTable& table) const {
    if (table.rows.size() < 2) return;
    using Key = std::tuple<bool, bool, long>;
    std::map<Key, std::pair<std::size_t, std::size_t>> votes;  // type: (rows, first row)
    std::vector<Type> types;
    for (const PrintedRow& row : table.rows) types.push_back(type_of(row));
    for (std::size_t r = 1; r < types.size(); ++r) {
      const Key key{types[r].italic > 0.5, types[r].bold > 0.5, std::lround(types[r].size * 10)};
      ++votes.try_emplace(key, 0, r).first->second.first;
    }
    std::size_t most = 0, first = 0, body = 0;
    for (const auto& [key, v] : votes)
      if (v.first > most || (v.first == most && v.second > first)) {
        most = v.first;
        first = v.second;
        body = v.second;
      }
    for (std::size_t r = 0; r < kMaxHeaderRows && r < body && differs(types[r], types[body]); ++r) table.rows[r].header = true;
  }

  // The text of a row's cells, for comparing a header with its repetition.
  std::vector<std::string> texts(const PrintedRow& row) const {
    std::vector<std::string> out;
    for (const PrintedCell& c : row.cells) {
      std::string t;
      for (const CellPiece& pc : c.pieces) {
        const Line& line = doc_.pages[pc.page].lines[pc.line];
        const std::size_t b = line.words[pc.first_word].begin, e = line.words[pc.end_word - 1].end;
        t += (t.empty() ? "" : " ") + line.text.substr(b, e - b);
      }
      out.push_back(collapse_spaces(t));
    }
    return out;
  }

  // Records the table: its header repeated at the top of a continuation
  // page leaves the text (furniture, with a role edit), the rest is marked.
  void record(PrintedTable table, const std::vector<Region>& parts) {
    const std::size_t index = doc_.tables.size();
    std::vector<std::string> head;
    if (!table.rows.empty()) head = texts(table.rows.front());
    std::set<std::size_t> continuation_pages;
    for (std::size_t k = 1; k < parts.size(); ++k) continuation_pages.insert(parts[k].page);
    std::vector<PrintedRow> kept;
    std::set<std::size_t> seen_pages;
    for (PrintedRow& row : table.rows) {
      const std::size_t page = row.cells.front().pieces.front().page;
      const bool first_on_page = seen_pages.insert(page).second;
      if (first_on_page && continuation_pages.count(page) && !kept.empty() && texts(row) == head) {
        if (!kept.front().header) kept.front().header = true;  // a first row repeated on each page is a header
        for (const PrintedCell& c : row.cells)
          for (const CellPiece& pc : c.pieces)
            if (doc_.pages[pc.page].lines[pc.line].role == LineRole::body)
              detail::set_role(doc_, kPass, "table_header_repeated", {pc.page, pc.line}, LineRole::furniture,
                               "the header row of table " + std::to_string(index + 1) + " (page " +
                                   std::to_string(parts.front().page + 1) +
                                   "), printed again at the top of a page the table runs on");
        continue;
      }
      kept.push_back(std::move(row));
    }
    table.rows = std::move(kept);
    log_reading_order(table, index);
    for (const PrintedRow& row : table.rows)
      for (const PrintedCell& c : row.cells)
        for (const CellPiece& pc : c.pieces) doc_.pages[pc.page].lines[pc.line].in_table = true;
    doc_.tables.push_back(std::move(table));
  }

  // The table's text is read as its cells are, row by row (a header cell
  // the text layer gives after the rows below it moves up to its row, the
  // words of a cell wrapped over lines come together): each run of a line
  // read elsewhere than the source gives it is logged as moved.
  void log_reading_order(const PrintedTable& table, std::size_t index) {
    struct Run {
      std::size_t page, line, begin, end;  // bytes [begin, end) of the line
      auto operator<=>(const Run&) const = default;
    };
    std::vector<Run> order;
    for (const PrintedRow& row : table.rows)
      for (const PrintedCell& c : row.cells)
        for (const CellPiece& pc : c.pieces) {
          const Line& line = doc_.pages[pc.page].lines[pc.line];
          order.push_back({pc.page, pc.line, line.words[pc.first_word].begin, line.words[pc.end_word - 1].end});
        }
    std::vector<Run> current = order;  // the source's order
    std::sort(current.begin(), current.end());
    for (std::size_t k = 0; k < order.size(); ++k) {
      if (current[k] == order[k]) continue;
      const Run& r = order[k];
      // Read right after the run before it, or where the table's first run stands.
      const Run& anchor = k == 0 ? current[0] : order[k - 1];
      const std::size_t at = k == 0 ? anchor.begin : anchor.end;
      const std::string what = k == 0 ? std::string("the table's first row")
                                      : detail::quoted(doc_.pages[anchor.page].lines[anchor.line].text.substr(anchor.begin, anchor.end - anchor.begin));
      detail::move_text(doc_, kPass, "table_reading_order", {r.page, r.line}, r.begin, r.end, {anchor.page, anchor.line}, at,
                        "table " + std::to_string(index + 1) + " is read row by row, a cell's lines together: this text follows " +
                            what + " on the page, though the text layer gives it elsewhere",
                        0.9);
      current.erase(std::find(current.begin(), current.end(), r));
      current.insert(current.begin() + static_cast<std::ptrdiff_t>(k), r);
    }
  }

  Document& doc_;
  std::vector<std::vector<Row>> rows_;  // per page
  double body_size_ = 0;
};
}  // namespace

void find_tables(Document& doc, const PassContext&) {
  doc.tables.clear();
  TableFinder(doc).run();
}

}  // namespace akn
