// Two columns side by side in a text dump (pdftotext -layout of a record):
// the dump gives each row across both columns, the left column's line and
// the right column's beside it. Where a page's own column of spaces (the
// gutter, core/text_columns.hpp) runs down a stretch of lines, the stretch
// is read column by column: the first column top to bottom, then the other
// (left then right; right then left on a page of a right-to-left script).
// Lines that cross the gutter (a heading, a masthead or notes across the
// width) stay where they are, and so do the lines above and below the
// columns that a gap of blank lines sets apart (a running head, a page
// number). A stretch whose sides do not both read as prose (a table's
// cells, a list of names and figures) is left as given, with a warning.
#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "core/bidi.hpp"
#include "core/text.hpp"
#include "core/text_columns.hpp"
#include "ingest/ingest_detail.hpp"

namespace akn::detail {

namespace {

// Thresholds of the re-reading (the gutter's own are in core/text_columns.hpp).
constexpr std::size_t kMinColumnRows = 3;     // lines with text in the second column a stretch needs
constexpr std::size_t kApartBlankLines = 2;   // blank lines that set a head or foot apart from the columns
constexpr std::size_t kMaxApartLines = 2;     // text lines such a head or foot holds
constexpr double kProseFill = 0.5;            // a prose line fills at least this share of its column's width
constexpr double kProseShare = 0.5;           // of a column's text lines that must be prose lines
constexpr double kReadingConfidence = 0.85;

// A line cut at the gutter: the text left of it (right end trimmed) and
// the text from it on.
struct Sides {
  std::string left, right;
};

Sides cut_at(std::string_view text, std::size_t gutter) {
  std::size_t i = 0;
  for (std::size_t cp = 0; cp < gutter && i < text.size(); ++cp) next_code_point(text, i);
  return {std::string(trim_right(text.substr(0, i))), std::string(trim_right(text.substr(i)))};
}

std::size_t leading_spaces(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && (s[n] == ' ' || s[n] == '\t')) ++n;
  return n;
}

bool crosses(std::string_view text, std::size_t gutter) {
  const std::vector<bool> ink = inked(text);
  for (std::size_t k = gutter; k < gutter + kGutterWidth && k < ink.size(); ++k)
    if (ink[k]) return true;
  return false;
}

// Lines [first, last] of a page read as two columns.
struct Stretch {
  std::size_t first = 0, last = 0;
};

// Whether a page is in a right-to-left script: more letters of one than of
// a script read left to right.
bool right_to_left_page(const Page& page) {
  std::size_t rtl = 0, ltr = 0;
  for (const Line& l : page.lines)
    for (std::size_t i = 0; i < l.text.size();) {
      const char32_t c = next_code_point(l.text, i);
      if (is_strong_right_to_left(c)) ++rtl;
      else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c < 0x590)) ++ltr;
    }
  return rtl > ltr;
}

// Whether line k of a run is blank on both sides of the gutter.
bool blank_row(const std::vector<Sides>& sides, std::size_t k) { return is_blank(sides[k].left) && is_blank(sides[k].right); }

// Run [from, to) without the lines at its top and bottom that a gap of
// kApartBlankLines blank lines sets apart from the rest, at most
// kMaxApartLines text lines each (a running head, a page number): they stay
// where they are, whichever side they stand on.
std::pair<std::size_t, std::size_t> without_head_and_foot(const std::vector<Sides>& sides, std::size_t from, std::size_t to) {
  // Signed indexes: going up, the end is the line above `top`, -1 when
  // `top` is the first line.
  auto apart = [&](std::ptrdiff_t k, std::ptrdiff_t step, std::ptrdiff_t end) {
    // From line k on in direction `step`: the first line of the rest when
    // a few text lines, then a gap, come first; k otherwise.
    auto blank = [&](std::ptrdiff_t i) { return blank_row(sides, static_cast<std::size_t>(i)); };
    std::size_t text = 0, blanks = 0;
    for (std::ptrdiff_t i = k; i != end; i += step) {
      if (blank(i)) {
        if (text > 0 && ++blanks >= kApartBlankLines) {
          while (i != end && blank(i)) i += step;
          return i;
        }
        continue;
      }
      if (blanks > 0 || ++text > kMaxApartLines) return k;
    }
    return k;
  };
  if (from >= to) return {from, to};
  const auto first = static_cast<std::ptrdiff_t>(from), end = static_cast<std::ptrdiff_t>(to);
  const std::ptrdiff_t top = apart(first, 1, end);
  if (top >= end) return {from, to};
  // Up from the run's last line to `top`.
  const std::ptrdiff_t bottom = apart(end - 1, -1, top - 1);
  return {static_cast<std::size_t>(top), static_cast<std::size_t>(bottom + 1)};
}

// The stretch of run [from, to) of lines clear of the gutter that holds
// two columns, when the second column (`second_right`: the right one) has
// text on kMinColumnRows lines.
std::optional<Stretch> columns_in(const std::vector<Sides>& sides, std::size_t from, std::size_t to, bool second_right) {
  std::tie(from, to) = without_head_and_foot(sides, from, to);
  auto in_second = [&](std::size_t k) { return !is_blank(second_right ? sides[k].right : sides[k].left); };
  std::size_t rows = 0, first = to, last = to;
  for (std::size_t k = from; k < to; ++k)
    if (in_second(k)) {
      ++rows;
      if (first == to) first = k;
      last = k;
    }
  if (rows < kMinColumnRows) return std::nullopt;
  // Lines above the first line of the second column hold the first
  // column's text alone: read first either way. Below the second column's
  // last line, the first column runs on until a gap of blank lines (a
  // signature set apart).
  std::size_t blanks = 0;
  for (std::size_t k = last + 1; k < to; ++k) {
    const bool blank = blank_row(sides, k);
    blanks = blank ? blanks + 1 : 0;
    if (blanks >= kApartBlankLines) break;
    if (!blank) last = k;
  }
  return Stretch{first, last};
}

// Whether at least kProseShare of a column's text lines fill kProseFill
// of its width.
bool reads_as_prose(const std::vector<std::string>& column) {
  std::size_t width = 0, lines = 0, full = 0;
  for (const std::string& s : column) width = std::max(width, code_point_count(s));
  for (const std::string& s : column) {
    if (is_blank(s)) continue;
    ++lines;
    full += static_cast<double>(code_point_count(s)) >= kProseFill * static_cast<double>(width);
  }
  return lines > 0 && static_cast<double>(full) >= kProseShare * static_cast<double>(lines);
}

Line text_line(std::string text) {
  Line l;
  l.text = std::move(text);
  l.role = is_blank(l.text) ? LineRole::blank : LineRole::body;
  return l;
}

// The columns of a stretch, first then second. A line blank in one column
// while the other has text is no gap of that column (the dump set the other
// column's line between two of its lines); a line blank in both is a gap in
// both. The second column loses the margin all its lines share.
std::pair<std::vector<std::string>, std::vector<std::string>> read_stretch(const std::vector<Sides>& sides, Stretch s,
                                                                           bool second_right) {
  std::vector<std::string> first, second;
  for (std::size_t k = s.first; k <= s.last; ++k) {
    const std::string& a = second_right ? sides[k].left : sides[k].right;
    const std::string& b = second_right ? sides[k].right : sides[k].left;
    if (!is_blank(a) || is_blank(b)) first.push_back(a);
    if (!is_blank(b) || is_blank(a)) second.push_back(b);
  }
  std::size_t margin = std::string::npos;
  for (const std::string& r : second)
    if (!is_blank(r)) margin = std::min(margin, leading_spaces(r));
  auto trim_margin = [&](std::vector<std::string>& column) {
    for (std::string& r : column) r = is_blank(r) ? std::string() : r.substr(std::min(margin, r.size()));
  };
  if (second_right) trim_margin(second);
  else trim_margin(first);
  return {std::move(first), std::move(second)};
}

void log_reading(Document& doc, const Page& page, std::size_t second_at, bool second_right, std::size_t gutter) {
  Edit e;
  e.pass = "ingest";
  e.kind = "read_columns";
  e.where = Position{page.number, static_cast<int>(second_at + 1), 0};
  const std::string start(head_bytes(trim(page.lines[second_at].text), 40));
  e.reason = "the dump sets two columns side by side, with a gutter of spaces at column " + std::to_string(gutter + 1) +
             " that no line of them crosses, and gives each row across both: the lines are cut at the gutter and "
             "read column by column, the " +
             (second_right ? "left" : "right") + " column top to bottom, then the " + (second_right ? "right" : "left") +
             " one from \"" + start + "\" (the page's lines are numbered in this reading order)";
  e.confidence = kReadingConfidence;
  doc.log.add(std::move(e));
}

void warn_doubtful(Document& doc, const Page& page, Stretch s, std::size_t gutter) {
  doc.log.warn("ingest", Position{page.number, page.lines[s.first].source_line, static_cast<int>(gutter) + 1},
               "page " + std::to_string(page.number) + ": lines " + std::to_string(page.lines[s.first].source_line) +
                   " to " + std::to_string(page.lines[s.last].source_line) +
                   " stand in two columns side by side (a gutter of spaces at column " + std::to_string(gutter + 1) +
                   ") whose sides do not both read as prose (a table, a list?): they are kept row by row as the dump "
                   "gives them; compare them with the page image");
}

// Reads the two-column stretches of one page; whether any was read.
bool read_page_columns(Document& doc, Page& page, std::size_t gutter) {
  const bool second_right = !right_to_left_page(page);
  std::vector<Sides> sides;
  std::vector<bool> across;
  for (const Line& l : page.lines) {
    sides.push_back(cut_at(l.text, gutter));
    across.push_back(crosses(l.text, gutter));
  }
  std::vector<Line> out;
  std::vector<std::size_t> seconds;  // where each stretch's second column starts in `out`
  std::size_t k = 0;
  auto keep = [&](std::size_t upto) {
    for (; k < upto; ++k) out.push_back(std::move(page.lines[k]));
  };
  for (std::size_t from = 0; from < page.lines.size();) {
    if (across[from]) { ++from; continue; }
    std::size_t to = from;
    while (to < page.lines.size() && !across[to]) ++to;
    const auto s = columns_in(sides, from, to, second_right);
    from = to;
    if (!s) continue;
    auto [first, second] = read_stretch(sides, *s, second_right);
    if (!reads_as_prose(first) || !reads_as_prose(second)) {
      warn_doubtful(doc, page, *s, gutter);
      continue;
    }
    keep(s->first);
    for (std::string& t : first) out.push_back(text_line(std::move(t)));
    seconds.push_back(out.size());
    for (std::string& t : second) out.push_back(text_line(std::move(t)));
    k = s->last + 1;
  }
  if (seconds.empty()) return false;
  keep(page.lines.size());
  page.lines = std::move(out);
  // The page's lines are no longer the dump's: positions count them in
  // reading order, as on a PDF's page.
  for (Line& l : page.lines) l.source_line = 0;
  for (std::size_t at : seconds) log_reading(doc, page, at, second_right, gutter);
  return true;
}

}  // namespace

void read_dump_columns(Document& doc) {
  for (Page& page : doc.pages)
    if (const auto gutter = dump_page_gutter(page, kMinReadColumnPageLines)) read_page_columns(doc, page, *gutter);
}

}  // namespace akn::detail
