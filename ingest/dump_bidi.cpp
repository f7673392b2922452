// Right-to-left lines of a text dump back in reading order.
//
// pdftotext (plain and -layout) writes each right-to-left stretch of a
// line between the bidi embedding controls RLE (U+202B) and PDF (U+202C),
// and each left-to-right run inside it between LRE (U+202A) and PDF: the
// stretch displays as printed, but the characters of such a run keep the
// order of their glyphs on the page, which is not their reading order when
// the run is figures and punctuation of the Arabic text (an operative
// paragraph's number "1 -" is written " - 1"; a note mark after a year,
// "2024،1", comes out "،12024"). So each stretch is laid out as it displays
// (Unicode's bidirectional algorithm with its embeddings, ICU), and read
// back as ingest reads a printed right-to-left line of a PDF
// (logical_line, core/bidi.hpp), with the same check: where a run of
// digits or Latin letters would not keep its printed order, the stretch
// is kept as pdftotext wrote it, its controls dropped, with a warning
// naming its page and line. A stretch of left-to-right letters alone (a
// symbol, a date) reads as written, but for a bracket set outside its run,
// where reading its pieces back closes its brackets (brackets_read_back:
// ")S/RES/2720 (2023" is "S/RES/2720 (2023)"), or whose words are written
// in the order of their glyphs (words_read_back: the job number
// ")A( 25-18769" is "25-18769 (A)"), or whose run opens with the
// punctuation that ends the line, printed at its left (punctuation_read_last:
// "(‪.A/AC.109/2024/2)2‬" is "(A/AC.109/2024/2)2."). Lines with no embedding
// control are left as they are; controls elsewhere (a left-to-right
// stretch) are dropped.
// Ingest changes no text a cleanup edit could replay, but the reading is
// recorded as dump_columns records its own: one edit per page ("ingest",
// read_right_to_left, no text before or after) saying how many stretches
// were read in another order than the dump wrote them, and on which lines,
// so that the archivist sees it happened.
#include <unicode/ubidi.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/bidi.hpp"
#include "core/text_columns.hpp"
#include "core/text.hpp"
#include "ingest/ingest_detail.hpp"
#include "ingest/layout.hpp"

namespace akn {

namespace {

constexpr char32_t kLre = 0x202A, kRle = 0x202B, kPdf = 0x202C, kLro = 0x202D, kRlo = 0x202E;

bool opens_embedding(char32_t cp) { return cp == kLre || cp == kRle || cp == kLro || cp == kRlo; }
bool bidi_control(char32_t cp) {
  return opens_embedding(cp) || cp == kPdf || cp == 0x200E || cp == 0x200F || (cp >= 0x2066 && cp <= 0x2069);
}

bool has_embedding(std::string_view text) {
  // U+202A..U+202E are E2 80 AA..AE in UTF-8.
  for (std::size_t i = 0; i + 2 < text.size(); ++i)
    if (static_cast<unsigned char>(text[i]) == 0xE2 && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      const auto c = static_cast<unsigned char>(text[i + 2]);
      if (c >= 0xAA && c <= 0xAE) return true;
    }
  return false;
}

std::string without_controls(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    if (!bidi_control(next_code_point(text, i))) out.append(text.substr(start, i - start));
  }
  return out;
}

std::u16string to_utf16(std::string_view text) {
  std::u16string out;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = next_code_point(text, i);
    if (cp >= 0x10000) {
      out.push_back(static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(cp));
    }
  }
  return out;
}

std::string to_utf8(const std::u16string& text) {
  std::string out;
  append_utf16(out, text.size(), [&](std::size_t k) { return static_cast<unsigned>(text[k]); });
  return out;
}

// The stretch as it displays, left to right, its glyphs as printed
// (brackets mirrored) and its controls gone; nullopt when ICU fails.
std::optional<std::string> displayed(std::string_view stretch) {
  const std::u16string logical = to_utf16(stretch);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UBiDi, decltype(&ubidi_close)> bidi(ubidi_open(), &ubidi_close);
  ubidi_setPara(bidi.get(), reinterpret_cast<const UChar*>(logical.data()), static_cast<int32_t>(logical.size()),
                UBIDI_DEFAULT_LTR, nullptr, &status);
  if (U_FAILURE(status)) return std::nullopt;
  std::u16string visual(logical.size() + 8, u'\0');
  const int32_t length =
      ubidi_writeReordered(bidi.get(), reinterpret_cast<UChar*>(visual.data()), static_cast<int32_t>(visual.size()),
                           UBIDI_REMOVE_BIDI_CONTROLS, &status);
  if (U_FAILURE(status)) return std::nullopt;
  visual.resize(static_cast<std::size_t>(length));
  return to_utf8(visual);
}

bool has_right_to_left_letter(std::string_view text) {
  for (std::size_t i = 0; i < text.size();)
    if (is_strong_right_to_left(next_code_point(text, i))) return true;
  return false;
}
bool has_left_to_right_letter(std::string_view text) {
  for (std::size_t i = 0; i < text.size();)
    if (u_charDirection(static_cast<UChar32>(next_code_point(text, i))) == U_LEFT_TO_RIGHT) return true;
  return false;
}

struct Reading {
  std::string text;
  std::string problem;  // empty when the stretch was read in order
  bool reordered = false;  // read in another order than the dump wrote it
};

// Where the embedding whose opening control ends at `from` in `text` ends:
// past the PDF that closes it (nested embeddings inside), or the text's end.
std::size_t embedding_end(std::string_view text, std::size_t from) {
  int depth = 1;
  while (from < text.size() && depth > 0) {
    const char32_t c = next_code_point(text, from);
    depth += opens_embedding(c) ? 1 : c == kPdf ? -1 : 0;
  }
  return from;
}

// Whether the round and square brackets of `text` close in order, each
// after the one it closes.
bool brackets_close(std::string_view text) {
  std::string open;
  for (const char c : text) {
    if (c == '(' || c == '[') open += c;
    else if (c == ')' || c == ']') {
      if (open.empty() || open.back() != (c == ')' ? '(' : '[')) return false;
      open.pop_back();
    }
  }
  return open.empty();
}

// A stretch of left-to-right letters and no right-to-left one whose
// brackets pdftotext set outside its left-to-right run, in the order of
// their glyphs: a symbol's closing bracket at the end of a right-to-left
// line displays at its left ("‫)‪S/RES/2720 (2023‬‬"). Its pieces (the
// text outside the run, each run) read in the reverse order
// ("S/RES/2720 (2023)") when that closes the brackets the written order
// leaves open; else nullopt.
std::optional<std::string> brackets_read_back(std::string_view stretch, const std::string& as_written) {
  if (brackets_close(as_written)) return std::nullopt;
  std::vector<std::string> pieces;
  std::string outside;
  std::size_t i = 0;
  next_code_point(stretch, i);  // the stretch's own RLE
  while (i < stretch.size()) {
    const std::size_t start = i;
    const char32_t cp = next_code_point(stretch, i);
    if (!opens_embedding(cp)) {
      if (!bidi_control(cp)) outside.append(stretch.substr(start, i - start));
      continue;
    }
    if (!outside.empty()) pieces.push_back(std::move(outside));
    outside.clear();
    i = embedding_end(stretch, i);
    pieces.push_back(without_controls(stretch.substr(start, i - start)));
  }
  if (!outside.empty()) pieces.push_back(std::move(outside));
  if (pieces.size() < 2) return std::nullopt;
  std::string reversed;
  for (auto it = pieces.rbegin(); it != pieces.rend(); ++it) reversed += *it;
  if (!brackets_close(reversed)) return std::nullopt;
  return reversed;
}

// A stretch of left-to-right letters and figures alone whose words
// pdftotext wrote in the order of their glyphs on a right-to-left line:
// the job number "25-18769 (A)" at an Arabic page's foot displays with its
// figures at the right, the bracketed letter at their left, and is written
// ")A( 25-18769". Its words read in the reverse order, a word set in
// brackets turned back ("(A)"), when that closes the brackets the written
// order leaves open and the bidirectional algorithm displays that reading
// as written (so letters that would display in their own order, ")a( b",
// stay as written); else nullopt.
std::optional<std::string> words_read_back(const std::string& as_written) {
  if (brackets_close(as_written)) return std::nullopt;
  std::vector<std::string> words;
  for (std::size_t i = 0; i < as_written.size();) {
    std::size_t end = as_written.find(' ', i);
    if (end == std::string::npos) end = as_written.size();
    if (end > i) words.push_back(as_written.substr(i, end - i));
    i = end + 1;
  }
  if (words.size() < 2) return std::nullopt;
  const auto mirrored = [](char c) { return c == ')' ? '(' : c == ']' ? '[' : c == '(' ? ')' : c == '[' ? ']' : c; };
  std::string read;
  for (auto it = words.rbegin(); it != words.rend(); ++it) {
    std::string w = *it;
    if (w.size() >= 2 && (w.front() == ')' || w.front() == ']') && (w.back() == '(' || w.back() == '[')) {
      w.front() = mirrored(w.front());
      w.back() = mirrored(w.back());
    }
    read += (read.empty() ? "" : " ") + w;
  }
  if (!brackets_close(read)) return std::nullopt;
  const auto shown = displayed("\u202B" + read + "\u202C");
  if (!shown || trim(*shown) != trim(as_written)) return std::nullopt;
  return read;
}

// A stretch of left-to-right letters and no right-to-left one, on a line
// set right to left, whose left-to-right run opens with the punctuation
// that ends it: pdftotext writes a run in the order of its glyphs, and a
// right-to-left line prints its closing punctuation at its left end, so a
// note whose text is a citation ("(2) A/AC.109/2024/2.", "United Nations,
// Treaty Series, vol. 75.") comes out "(‪.A/AC.109/2024/2)2‬". The
// punctuation (full stop, comma, semicolon, colon, the Arabic forms, and
// the spaces with it) reads after the run, what the dump writes before the
// run (a bracket: no letter, no figure) before it: "(A/AC.109/2024/2)2." A run
// that opens with anything else (a bracket or a quote that opens it)
// reads as written; so does a stretch of more than one run, or none.
std::optional<std::string> punctuation_read_last(std::string_view stretch) {
  std::size_t i = 0;
  next_code_point(stretch, i);  // the stretch's own RLE
  const std::size_t run = stretch.find("\u202A", i);
  if (run == std::string_view::npos) return std::nullopt;
  const std::string_view before = stretch.substr(i, run - i);
  constexpr std::size_t kControlBytes = 3;  // LRE, PDF: U+202A, U+202C in UTF-8
  const std::size_t content = run + kControlBytes;
  const std::size_t close = embedding_end(stretch, content);
  const std::string_view after = stretch.substr(close);
  // The run closed by its PDF (a dump cut short leaves it open), nothing
  // but figures-free signs before it, nothing after it.
  if (close < content + kControlBytes || stretch.substr(close - kControlBytes, kControlBytes) != "\u202C" ||
      has_left_to_right_letter(before) || before.find_first_of("0123456789") != std::string_view::npos ||
      !trim(without_controls(after)).empty())
    return std::nullopt;
  const std::string_view inner = stretch.substr(content, close - kControlBytes - content);  // the run, its PDF off
  std::size_t lead = 0;
  std::string punctuation;
  for (std::size_t k = 0; k < inner.size();) {
    const std::size_t at = k;
    const char32_t cp = next_code_point(inner, k);
    const bool sign = cp == '.' || cp == ',' || cp == ';' || cp == ':' || cp == 0x060C || cp == 0x061B;
    if (!sign && cp != ' ') break;
    if (sign) punctuation.insert(0, inner.substr(at, k - at));  // read back: the leftmost last
    lead = k;
  }
  if (punctuation.empty() || lead == inner.size()) return std::nullopt;
  return std::string(before) + without_controls(inner.substr(lead)) + punctuation;
}

// Figures joined by a hyphen or a plus sign after an Arabic letter
// ("الفترة 2021-2030"): the bidirectional algorithm makes the figures
// Arabic numbers (rule W2), between which that separator is not absorbed
// (W4 absorbs only a common separator, so "78/214" keeps its order): the
// range displays with its two numbers in reverse, and pdftotext writes
// them so ("2030-2021", "19-15"). `after_arabic` says whether the last
// strong letter read before is Arabic; it is carried through the text read
// and updated. A range is read back only where that gives a rising range
// (UN ranges rise: "2021-2030", "15-19"); a falling one stays as written.
void note_strong_letters(std::string_view text, bool& after_arabic) {
  for (std::size_t i = 0; i < text.size();) {
    const UCharDirection d = u_charDirection(static_cast<UChar32>(next_code_point(text, i)));
    if (d == U_RIGHT_TO_LEFT_ARABIC) after_arabic = true;
    else if (d == U_LEFT_TO_RIGHT || d == U_RIGHT_TO_LEFT) after_arabic = false;
  }
}

// A word's two figure groups joined by "-" or "+" ("2030-2021", "(19-15)"
// its brackets and punctuation around them), read back rising; nullopt
// when the word is not so or its written order already rises.
std::optional<std::string> range_read_back(std::string_view word) {
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  std::size_t b = 0, e = word.size();
  while (b < e && !digit(word[b])) ++b;
  while (e > b && !digit(word[e - 1])) --e;
  const std::size_t sep = word.find_first_of("-+", b);
  if (b == e || sep == std::string_view::npos || sep >= e) return std::nullopt;
  const std::string_view first = word.substr(b, sep - b), second = word.substr(sep + 1, e - sep - 1);
  const auto figures = [&](std::string_view g) { return !g.empty() && g.size() <= 9 && std::all_of(g.begin(), g.end(), digit); };
  if (!figures(first) || !figures(second) || std::stoul(std::string(first)) <= std::stoul(std::string(second)))
    return std::nullopt;
  // Only punctuation around the figures: a word with letters is no range.
  for (std::size_t i = 0; i < word.size();) {
    const std::size_t at = i;
    const char32_t c = next_code_point(word, i);
    if ((at < b || at >= e) && u_isalpha(static_cast<UChar32>(c))) return std::nullopt;
  }
  return std::string(word.substr(0, b)) + std::string(second) + word[sep] + std::string(first) + std::string(word.substr(e));
}

// Whether a line read in order ends a sentence (Latin or Arabic signs).
bool ends_sentence(std::string_view text) {
  const std::string_view t = trim_right(text);
  for (std::string_view end : {".", ":", "!", "?", "\u061B", "\u061F"})
    if (t.ends_with(end)) return true;
  return false;
}

// The words of a right-to-left stretch read in order, each range after an
// Arabic letter read back (range_read_back); `after_arabic` carried.
std::string ranges_read_back(const std::string& text, bool& after_arabic) {
  std::string out;
  for (std::size_t i = 0; i <= text.size();) {
    std::size_t end = text.find(' ', i);
    if (end == std::string::npos) end = text.size();
    const std::string_view word = std::string_view(text).substr(i, end - i);
    const auto range = after_arabic ? range_read_back(word) : std::nullopt;
    out += range ? *range : std::string(word);
    note_strong_letters(word, after_arabic);
    if (end < text.size()) out += ' ';
    i = end + 1;
  }
  return out;
}

// One right-to-left stretch (RLE ... PDF) in reading order.
Reading read_stretch(std::string_view stretch, bool& after_arabic) {
  const std::string as_written = without_controls(stretch);
  // A stretch of left-to-right letters and no right-to-left one (the
  // symbol, "18 November 2025") reads as written, but for brackets set
  // outside its run (brackets_read_back).
  if (!has_right_to_left_letter(as_written) && has_left_to_right_letter(as_written)) {
    after_arabic = false;
    if (auto read = brackets_read_back(stretch, as_written)) return {std::move(*read), "", true};
    if (auto read = words_read_back(as_written)) return {std::move(*read), "", true};
    if (auto read = punctuation_read_last(stretch)) return {std::move(*read), "", true};
    return {as_written, ""};
  }
  const auto shown = displayed(stretch);
  if (!shown) return {as_written, "the bidirectional algorithm failed on it"};
  std::vector<std::string> printed;
  for (std::size_t i = 0; i <= shown->size();) {
    std::size_t end = shown->find(' ', i);
    if (end == std::string::npos) end = shown->size();
    if (end > i) printed.push_back(shown->substr(i, end - i));
    i = end + 1;
  }
  const LogicalLine logical = logical_line(printed);
  if (!logical.checked) {
    note_strong_letters(as_written, after_arabic);
    return {as_written, logical.problem};
  }
  std::string text;
  for (std::size_t k : logical.order) {
    if (!text.empty()) text += ' ';
    text += logical.words[k];
  }
  text = ranges_read_back(text, after_arabic);
  // The stretch's own spaces at its ends (pdftotext ends a fragment with
  // one before the next) stay.
  const std::size_t lead = as_written.find_first_not_of(' ');
  const std::size_t trail = as_written.find_last_not_of(' ');
  if (lead == std::string::npos) return {as_written, ""};
  std::string read = as_written.substr(0, lead) + text + as_written.substr(trail + 1);
  const bool reordered = read != as_written;
  return {std::move(read), "", reordered};
}

// Thresholds of a -layout line's segments (one block). pdftotext -layout
// sets the pieces of a line that stand apart on the page (the title and
// the resolution's number beside it, a running head's symbol and title, the
// masthead's symbol and the organization's name) as stretches apart by runs
// of spaces, left to right as they display.
// A page's lines are read so only where more than kRightToLeftPageShare
// of its text lines read right to left (an English page that sets two
// Arabic cells side by side reads them left to right), and where no line
// is a table's row of three cells or more (a row with an empty cell would
// be read in another order than the full rows).
constexpr std::size_t kSegmentGap = 3;   // spaces that part two segments
constexpr std::size_t kLineSegments = 2;  // segments of a line read right to left
constexpr std::size_t kTableRowSegments = 3;
constexpr double kRightToLeftPageShare = 0.5;

// A line as read: its text; where it is two right-to-left stretches apart
// by kSegmentGap spaces or more and nothing else but spaces, the same with
// the two read right to left (the right one first, as the page is read);
// and how many stretches apart by such gaps it holds.
struct ReadLine {
  std::string text;
  std::optional<std::string> segments_right_to_left;
  std::size_t segments = 0;
};

// The pieces of a line at its top level: each stretch read, and the text
// between them.
struct Piece {
  std::string text;
  bool right_to_left = false;  // an RLE or RLO stretch
};

std::optional<std::string> segments_read_right_to_left(const std::vector<Piece>& pieces) {
  auto spaces = [](const Piece& p) { return !p.right_to_left && p.text.find_first_not_of(' ') == std::string::npos; };
  std::size_t from = 0, to = pieces.size();
  if (from < to && spaces(pieces[from])) ++from;  // the line's indent
  if (from < to && spaces(pieces[to - 1])) --to;
  if (to - from != 2 * kLineSegments - 1) return std::nullopt;
  const Piece &first = pieces[from], &gap = pieces[from + 1], &second = pieces[from + 2];
  if (!first.right_to_left || !second.right_to_left || !spaces(gap) || gap.text.size() < kSegmentGap) return std::nullopt;
  std::string out = from > 0 ? pieces[0].text : std::string();
  out += trim(second.text);
  out += gap.text;
  out += trim(first.text);
  return out;
}

// `text` with each right-to-left stretch at its top level read in order;
// `problems` gets what failed for each stretch kept as written, and
// `reordered` counts the stretches read in another order than written.
ReadLine read_line(std::string_view text, std::vector<std::string>& problems, std::size_t& reordered, bool& after_arabic) {
  std::vector<Piece> pieces;
  auto outside = [&](std::string_view t) {
    if (pieces.empty() || pieces.back().right_to_left) pieces.push_back({});
    pieces.back().text.append(t);
  };
  for (std::size_t i = 0; i < text.size();) {
    std::size_t start = i;
    const char32_t cp = next_code_point(text, i);
    if (!opens_embedding(cp)) {
      if (!bidi_control(cp)) {
        outside(text.substr(start, i - start));
        note_strong_letters(text.substr(start, i - start), after_arabic);
      }
      continue;
    }
    const std::size_t end = embedding_end(text, i);
    const std::string_view stretch = text.substr(start, end - start);
    if (cp == kRle || cp == kRlo) {
      Reading r = read_stretch(stretch, after_arabic);
      if (!r.problem.empty()) problems.push_back(r.problem + ": \"" + r.text + "\"");
      if (r.reordered) ++reordered;
      pieces.push_back({std::move(r.text), true});
    } else {
      outside(without_controls(stretch));
      note_strong_letters(without_controls(stretch), after_arabic);
    }
    i = end;
  }
  ReadLine out;
  for (const Piece& p : pieces) out.text += p.text;
  out.segments_right_to_left = segments_read_right_to_left(pieces);
  bool gap = true;  // before the first stretch
  for (const Piece& p : pieces) {
    if (p.right_to_left) out.segments += gap ? 1 : 0, gap = false;
    else gap = gap || p.text.size() >= kSegmentGap;
  }
  return out;
}

// Records that `stretches` right-to-left stretches of `page`, on the page
// lines `lines` (0-based), were read in another order than the dump wrote.
void log_reordering(Document& doc, const Page& page, std::size_t stretches, const std::vector<std::size_t>& lines) {
  if (stretches == 0) return;
  std::string where;
  for (const std::size_t l : lines) where += (where.empty() ? "" : ", ") + std::to_string(page.lines[l].source_line);
  Edit e;
  e.pass = "ingest";
  e.kind = "read_right_to_left";
  e.where = Position{page.number, page.lines[lines.front()].source_line, 0};
  e.reason = "the dump writes right-to-left text between bidi embedding controls, its figures and punctuation in "
             "the order of their glyphs: " +
             std::to_string(stretches) + " stretch" + (stretches == 1 ? "" : "es") + " on line" +
             (lines.size() == 1 ? " " : "s ") + where +
             " read back in reading order as the bidirectional algorithm lays them out (the text shows that "
             "order)";
  doc.log.add(std::move(e));
}

// Reads the lines of `segmented` (a line, its two segments read right to
// left) as the page is read, the right segment first, and records it: on a
// page of two columns side by side the segments are the columns' halves of
// a row, which read_dump_columns reads (the right column first on a
// right-to-left page), and the lines stay as they display; so they do on a
// page that holds a table's rows (`table_rows`) or that reads left to
// right (kRightToLeftPageShare).
void read_segments_right_to_left(Document& doc, Page& page, std::vector<std::pair<std::size_t, std::string>>& segmented,
                                 bool table_rows) {
  if (segmented.empty() || table_rows) return;
  std::size_t lines = 0, right_to_left = 0;
  for (const Line& l : page.lines)
    if (!is_blank(l.text)) ++lines, right_to_left += l.right_to_left ? 1 : 0;
  if (static_cast<double>(right_to_left) <= kRightToLeftPageShare * static_cast<double>(lines)) return;
  if (dump_page_gutter(page, kMinReadColumnPageLines)) return;
  std::string where;
  for (auto& [l, text] : segmented) {
    page.lines[l].text = std::move(text);
    where += (where.empty() ? "" : ", ") + std::to_string(page.lines[l].source_line);
  }
  Edit e;
  e.pass = "ingest";
  e.kind = "read_segments_right_to_left";
  e.where = Position{page.number, page.lines[segmented.front().first].source_line, 0};
  e.reason = "-layout writes the pieces of a line that stand apart on the page left to right as they display; on a "
             "right-to-left line the right one is read first: line" +
             std::string(segmented.size() == 1 ? " " : "s ") + where +
             " (a title and the number beside it, a running head's symbol and title)";
  doc.log.add(std::move(e));
}

}  // namespace

namespace detail {

void read_dump_right_to_left_lines(Document& doc) {
  for (Page& page : doc.pages) {
    std::size_t reordered = 0;
    std::vector<std::size_t> reordered_lines;
    std::vector<std::pair<std::size_t, std::string>> segmented;  // lines of two segments, read right to left
    bool table_rows = false;
    // Whether the last strong letter before is Arabic (ranges_read_back),
    // carried from line to line within a paragraph: a blank line or a line
    // that ends a sentence may end it, and a paragraph starts afresh.
    bool after_arabic = false;
    for (std::size_t l = 0; l < page.lines.size(); ++l) {
      Line& line = page.lines[l];
      if (!has_embedding(line.text)) {
        if (is_blank(line.text)) after_arabic = false;
        note_strong_letters(line.text, after_arabic);
        continue;
      }
      std::vector<std::string> problems;
      const std::size_t before = reordered;
      ReadLine read = read_line(line.text, problems, reordered, after_arabic);
      if (ends_sentence(read.text)) after_arabic = false;
      line.text = std::move(read.text);
      if (reordered > before) reordered_lines.push_back(l);
      if (read.segments_right_to_left) segmented.emplace_back(l, std::move(*read.segments_right_to_left));
      table_rows = table_rows || read.segments >= kTableRowSegments;
      line.right_to_left = reads_right_to_left(line.text);
      for (const std::string& problem : problems)
        doc.log.warn("ingest", Position{page.number, static_cast<int>(l + 1), 0},
                     "page " + std::to_string(page.number) + ", line " + std::to_string(l + 1) + ": " +
                         std::string(kUnreliableRightToLeftLine) + " (" + problem +
                         "); kept in the order the dump gives");
    }
    log_reordering(doc, page, reordered, reordered_lines);
    read_segments_right_to_left(doc, page, segmented, table_rows);
  }
}

}  // namespace detail

}  // namespace akn
