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
// type than the rest (italic, bold, smaller), and a first row repeated at
// the top of a continuation page.
//
// What the pass finds is Document::tables (cells as words of lines) and
// Line::in_table; unwrap_lines then makes each cell a block. Where the
// structure is unclear (two segments of one row in one column) nothing is
// marked: the text stays in reading order, with a warning. Sources without
// word boxes (text dumps) have no tables.
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>

#include "cleanup/cleanup.hpp"
#include "cleanup/pass_util.hpp"
#include "core/note_type.hpp"
#include "core/regex.hpp"
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
// A table set in type smaller than kTableType of the body's (UN tables are
// set in 9 or 8 points beside a 10-point body: A/RES/78/253) holds no row
// in the body's type: those rows are text beside it (numbered paragraphs
// whose number stands apart, a heading, prose with a gap a note mark left).
constexpr double kTableType = 1 - kSameSize;
// Edges within kAlignedEm of each other are aligned.
constexpr double kAlignedEm = 0.25;
// At most this many leading rows are header rows.
constexpr std::size_t kMaxHeaderRows = 3;
// Leader dots: a run of at least kMinLeaderDots dots ('.' or '…', set as
// words of their own or as one word) carries the eye from a cell to the
// next, which starts at a tab stop right after them (a meeting record's
// roster, "Bulgaria . . . . . Mr. Katzarski"; a table of contents). The
// cell ends after its dots however close the next cell stands.
constexpr std::size_t kMinLeaderDots = 4;

// Words [first, end) of line `line` of the page, from x0 to x1.
struct Segment {
  std::size_t line = 0, first = 0, end = 0;
  double x0 = 0, x1 = 0;
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
  return rows;
}

// The white space between two rows, in em of the smaller type.
double gap_em(const Row& above, const Row& below) {
  return (below.box.y0 - above.box.y1) / std::min(em_of(above), em_of(below));
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
      // Header cells over columns of figures set flush right end where the
      // figures end, though they are wider and stand in the gutters ("P-2
      // GS (PL) GS (OL)" over "1  –  1"): cut after a word ending at a
      // column's right edge when the words after it, right of that edge,
      // end at the next column's right edge.
      const double tol = kAlignedEm * std::max(1.0, line.font_size);
      for (std::size_t c = 0; c + 1 < cols.size() && !cut; ++c) {
        if (std::abs(prev.x1 - cols[c].second) > tol || next.x0 <= cols[c].second) continue;
        for (std::size_t k = w; k < s.end && line.words[k].box->x1 <= cols[c + 1].second + tol && !cut; ++k)
          cut = std::abs(line.words[k].box->x1 - cols[c + 1].second) <= tol;
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
    // A table set smaller than the body holds no row in the body's type:
    // such rows (numbered paragraphs, prose with a note mark's gap, a
    // heading) are text beside it, and do not give it columns. Rows of
    // cells in smaller type beyond a header's count show such a table (a
    // table in the body's type may set its header smaller).
    const auto smaller = static_cast<std::size_t>(
        std::count_if(multi.begin(), multi.end(), [&](const Row* r) { return smaller_than_body(*r); }));
    const bool set_smaller = smaller >= kMaxHeaderRows + kMinRows;
    if (set_smaller) {
      std::erase_if(multi, [&](const Row* r) { return !smaller_than_body(*r); });
      size = 0;
      left = 1e300;
      for (const Row* r : multi) {
        size = std::max(size, r->size);
        left = std::min(left, r->box.x0);
      }
    }
    const Columns cols = columns_of(multi);
    for (std::size_t r = first; r <= last; ++r) {
      const bool body_type = set_smaller && !smaller_than_body(rows[r]);
      if (!body_type && (rows[r].multi() || !beside(rows[r], cols, size, left))) continue;
      if (r > first) split(p, first, r - 1, out);
      if (r < last) split(p, r + 1, last, out);
      return;
    }
    out.push_back(Region{p, first, last});
  }

  // Whether the row is set in smaller type than the body's (kTableType).
  bool smaller_than_body(const Row& row) const {
    return body_size_ > 0 && row.size > 0 && row.size < kTableType * body_size_;
  }

  // A row of one segment among a table's rows that is text beside the
  // table, not a row of it.
  static bool beside(const Row& row, const Columns& cols, double size, double left) {
    if (cols.size() < 2) return true;
    const Segment& s = row.segments.front();
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
    // Every column of the continuation lies in one column of the table.
    for (const auto& [x0, x1] : b) {
      const auto c = covered(a, x0, x1);
      if (!c || c->first != c->second) return false;
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
    if (multi.size() < kMinRows || cols.size() < 2 || !narrow_column(parts, cols) || numbered_text(parts, cols)) return;
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
                      "placed in its columns: kept as text in reading order");
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

  // Two columns whose first cell on every row is a paragraph's or
  // point's number ("3.", "(b)", "a)", "iv)") and whose second opens with a
  // word are numbered paragraphs set with their number apart (a tab, a
  // hanging indent), one line each: a draft's "(b) To continuously monitor
  // ...;" / "3. Requests ...;" is text, not a table of labels and prose. A
  // budget's parts and their amounts ("I." / "123,456,700") are a table.
  bool numbered_text(const std::vector<Region>& parts, const Columns& cols) const {
    static const Regex kLabel("^[(\uFF08]?(?:[0-9]{1,3}|\\p{L}{1,2}|[ivxlcdm]{1,6}|[IVXLCDM]{1,6})[.)\uFF09]$");
    if (cols.size() != 2) return false;
    for (const Region& g : parts)
      for (std::size_t r = g.first; r <= g.last; ++r) {
        const Row& row = rows_[g.page][r];
        if (!row.multi()) continue;
        const Segment& s = row.segments.front();
        const Line& line = doc_.pages[g.page].lines[s.line];
        const std::string_view text =
            std::string_view(line.text).substr(line.words[s.first].begin, line.words[s.end - 1].end - line.words[s.first].begin);
        if (!kLabel.full_match(text) || row.segments.size() < 2) return false;
        const Segment& next = row.segments[1];
        const Line& after = doc_.pages[g.page].lines[next.line];
        if (!is_letter(first_code_point(std::string_view(after.text).substr(after.words[next.first].begin)))) return false;
      }
    return true;
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

  // The cells of the printed rows `group` of page p, in `cols`. False when
  // two segments of one printed row fall in one column, or two cells
  // overlap: the structure is unclear.
  bool place_cells(std::size_t p, const std::vector<std::size_t>& group, const Columns& cols, PrintedRow& out) const {
    const Page& page = doc_.pages[p];
    std::vector<PrintedCell> cells(cols.size());
    std::vector<int> taken_by(cols.size(), -1);  // the printed row that last put text in each column
    std::vector<std::size_t> owner(cols.size(), kNoBlock);  // the cell (by its first column) a column belongs to
    for (std::size_t k = 0; k < group.size(); ++k) {
      const Row& row = rows_[p][group[k]];
      for (const Segment& s : cut_at_gutters(page, row.segments, cols)) {
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
          if (taken_by[i] == static_cast<int>(k)) return false;  // two segments of one printed row in a column
          if (owner[i] != kNoBlock && owner[i] != first) return false;
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
          taken_by[i] = static_cast<int>(k);
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
  // table (its rows after the first kMaxHeaderRows, by their majority).
  void mark_headers(PrintedTable& table) const {
    if (table.rows.size() <= kMaxHeaderRows) return;
    std::map<std::tuple<bool, bool, long>, std::size_t> votes;
    Type body;
    std::size_t most = 0;
    // The body's type by the rows after the most a header may take, or,
    // when few rows follow those (a short table and its totals row in
    // bold), by every row after the first.
    const std::size_t from = table.rows.size() >= kMaxHeaderRows + kMinRows ? kMaxHeaderRows : 1;
    for (std::size_t r = from; r < table.rows.size(); ++r) {
      const Type t = type_of(table.rows[r]);
      const auto key = std::tuple{t.italic > 0.5, t.bold > 0.5, std::lround(t.size * 10)};
      if (++votes[key] > most) {
        most = votes[key];
        body = t;
      }
    }
    for (std::size_t r = 0; r < kMaxHeaderRows && differs(type_of(table.rows[r]), body); ++r) table.rows[r].header = true;
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
