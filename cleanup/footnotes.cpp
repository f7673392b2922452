// collect_footnotes: footnote texts printed in the flow of a text dump (after
// a separator, or as a run of numbered lines) are moved out of the body into
// Document::footnotes, with their continuation lines.
//
// link_footnotes: references to them in the paragraphs. Explicit marks
// (<sup>3</sup>) are linked by marker. Plain text loses the superscript, so
// digits glued to the text are candidates: "1993,1 for" (after punctuation),
// "20002 and" (a year followed by a note number, in a date), "rights3"
// (after a lowercase word). A candidate is linked only when the note exists
// and the references stay in order; anything else is a warning, not a guess.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <deque>
#include <functional>
#include <map>
#include <set>
#include <tuple>

#include "cleanup/cleanup.hpp"
#include "cleanup/dictionary.hpp"
#include "cleanup/dump_bare_refs.hpp"
#include "cleanup/dump_note_blocks.hpp"
#include "cleanup/guarded_pattern.hpp"
#include "cleanup/letter_notes.hpp"
#include "cleanup/line_end.hpp"
#include "cleanup/note_mark_patterns.hpp"
#include "cleanup/pass_util.hpp"
#include "cleanup/print_date.hpp"
#include "cleanup/separator_rule.hpp"
#include "core/dates.hpp"
#include "core/digits.hpp"
#include "core/language.hpp"
#include "core/note_type.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"

namespace akn {

namespace {
constexpr std::string_view kCollect = "collect_footnotes";
constexpr std::string_view kLink = "link_footnotes";

// Thresholds of collect_footnotes with geometry.
//
// Notes are set in type of at most kSmallShare of the body's size.
constexpr double kSmallShare = kNoteTypeShare;
// A page without a printed rule (its separator is drawn: LaTeX, LibreOffice,
// InDesign) has a notes zone where small type at the foot of the page stands
// below the line above it by at least kZoneGapEm of the body size, baseline
// to baseline. Lines of a paragraph stand 1.2 em apart; notes stand 1.8 em
// under the last body line in LaTeX (10 pt), 2.6 em in LibreOffice.
constexpr double kZoneGapEm = 1.5;
// A separator drawn over notes is short: a quarter to two fifths of the
// text width (LaTeX 0.4, LibreOffice 0.25, Word's underscores about a
// third), at most kMaxRuleShare of the page's width; a longer line across
// the gap is a table's or a box's border, not a separator.
constexpr double kMaxRuleShare = 0.5;
// On an OCR page, Tesseract reads a drawn separator as a line of no text
// (normalize_text gives it the blank role) whose box is the rule's: at
// most kOcrRuleThickness high and at least kOcrRuleMinWidth long (half an
// inch, the shortest separator anyone draws), in points.
constexpr double kOcrRuleThickness = 3;
constexpr double kOcrRuleMinWidth = 36;
// A separator stands over the notes at the foot: at least kOcrRuleMinDepth
// of the page's height down. A rule higher up is a running head's or a
// masthead's (a 1971 Official Records page rules off its running head),
// and the whole page under it is no notes zone.
constexpr double kOcrRuleMinDepth = 0.5;
// A note runs down its column: a line standing higher on the same page
// than the note's first line by more than kMaxNoteRiseLines of that line's
// height is the top of the next column (read after this column's notes),
// and continues the note only when it is itself in a notes zone.
constexpr double kMaxNoteRiseLines = 2;
// Conservation: a note holds a reference or a few sentences. One that has
// taken more than kSwallowingNoteBytes has probably swallowed body text or
// page furniture (a second column, a job line): it is kept, with a
// warning that gives its size. UN notes measure up to about 1,000 bytes
// (lists of sponsors, long citations).
constexpr std::size_t kSwallowingNoteBytes = 1600;
// On an OCR page a line opening with a figure that reads in small type is
// set as a note only when its characters, on a line of at least
// kAdvanceMinChars, take at most kOcrSmallShare of the width of the body's
// (47/1's "2. Takes note ...", read at 15.5 pt among body lines of 14.3 to
// 22.7 pt, is its second operative paragraph; notes in 8 pt under 10 pt
// take a fifth less).
constexpr double kOcrSmallShare = 0.88;
constexpr std::size_t kAdvanceMinChars = 24;
// Under an OCR page's separator, a numbered note may follow the last note
// collected after at most kMostUnreadNotes notes whose numbers OCR could
// not read (see collect_footnotes).
constexpr int kMostUnreadNotes = 2;
// A raised note mark OCR ran into the number before it ("20195," for
// "2019⁸,") makes that word's box rise above the figures of its line: a
// superscript figure stands a third of an em up, and its top passes the
// top of the body's figures by about a seventh of their height (0.14
// measured on the six-language fixture's scans at 300 dpi; the tops of a
// line's figures in body type agree to a pixel). A rise of at least
// kGluedMarkRise of the neighbouring figures' height marks such a word;
// the figures of a number in body type do not rise at all.
constexpr double kGluedMarkRise = 0.08;
// A page's foot furniture under the notes of an OCR page: the printing
// job's line (job number, "(E)", the date, the barcode), the page number
// N/M, "Please recycle", which OCR may read run together with specks into
// one line that remove_furniture's patterns do not take whole ("EEE
// 23-25972 ar 040124 Please ree , ace"). Among the last kFootFurnitureLines
// lines of text of the page, under a line of the notes (small type or under
// the separator), a line is furniture by its form: it holds a job number
// (two figures, a hyphen, five figures, a word of its own), or the page's
// own number N/M (N the page, M the document's pages), or it is a line of
// OCR garbage: every word read with a confidence under
// kFootNoiseConfidence and none of at least kFootNoiseWordLetters letters
// a word of the dictionary, unless it opens with the number of the note
// after the one above it (opens_next_note: a note OCR garbled). It is
// never appended to a note.
constexpr std::size_t kFootFurnitureLines = 2;
constexpr double kFootNoiseConfidence = 60;
constexpr std::size_t kFootNoiseWordLetters = 3;

// Thresholds of collect_footnotes without geometry (text dumps).
//
// A note that opens with a figure after its number (figure_led_note) holds
// at least kFigureLedMinLetters letters among its first
// kFigureLedLetterWindow bytes: a citation ("1995 Review and Extension
// Conference"), not a table's row of figures.
constexpr std::size_t kFigureLedMinLetters = 6;
constexpr std::size_t kFigureLedLetterWindow = 40;

// Thresholds of link_footnotes in text dumps. A reference set apart by a
// space after punctuation ("Weapons, 10 as well") follows the last linked
// one after at most kMostSkippedNotes notes whose references were not found
// (or further on, when the next such mark names the note after its own).
constexpr int kMostSkippedNotes = 2;
// A plain pdftotext dump's notes zone: a note's number printed alone on its
// line has at most this many figures ("1" to "999").
constexpr std::size_t kMaxDumpNoteFigures = 3;

struct Candidate {
  std::string marker;
  std::string text;
};

// Western digits for Arabic-Indic and Eastern Arabic-Indic ones ("١٢" -> "12").
std::string western_digits(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t cp = next_code_point(s, i);
    if (cp >= 0x0660 && cp <= 0x0669) out += static_cast<char>('0' + (cp - 0x0660));
    else if (cp >= 0x06F0 && cp <= 0x06F9) out += static_cast<char>('0' + (cp - 0x06F0));
    else append_utf8(out, cp);
  }
  return out;
}

// An Arabic note opens with its number in brackets, set against its text
// ("(1)انظر ...", "(١) انظر ..."), Western or Arabic-Indic digits: on a line
// read right to left, in small type or under the separator rule (in body
// type, "(1)" opens a numbered point).
std::optional<Candidate> bracketed_right_to_left_note(const Line& line, double small_below, bool under_rule) {
  if (!line.right_to_left || line.role != LineRole::body) return std::nullopt;
  const bool small_type = small_below > 0 && line.font_size > 0 && line.font_size < small_below;
  if (!small_type && !(under_rule && line.box)) return std::nullopt;
  static const Regex kBracketed("^\\s{0,4}\\(([0-9\u0660-\u0669\u06F0-\u06F9]{1,3})\\)\\s*(\\S.*)$");
  auto m = kBracketed.search(line.text);
  if (!m) return std::nullopt;
  return Candidate{western_digits(m->str(line.text, 1)), collapse_spaces(m->str(line.text, 2))};
}

// A note opened by a symbol ("* Any changes ..."), its mark in group 1 and
// its text in group 2 (one opened by a number, "1 See resolution 55/2.", is
// read by numbered_note_start below).
const Regex& symbol_note_start() {
  static const Regex re("^\\s*(\\*{1,3}|\u2020{1,2}|\u2021)\\s*(\\S.*)$");
  return re;
}
// The pattern's pre-check: the mark's first byte (a dagger's lies outside
// ASCII, which detail::may_open_with lets through).
bool may_open_symbol_note(std::string_view t) {
  return detail::may_open_with(t, [](char c) { return c == '*'; });
}
// A numbered note's first line, indented at most kMaxRunNoteIndent
// white-space characters, Unicode white space counting as space.
std::optional<detail::LeadingNoteNumber> numbered_note_start(std::string_view text) {
  return detail::leading_note_number(text, {.max_indent = detail::kMaxRunNoteIndent, .unicode_spaces = true});
}

// A line that opens a footnote: "1 See resolution 55/2." or a line starting
// with an explicit mark. With geometry, a line in small type (below
// `small_below`) may also open with a symbol: "* Any changes to the list of
// sponsors ...".
// With geometry, notes are set in small type or under the separator rule: a
// line in body type that opens with a number ("17 to 20 October 2016, ...",
// a sentence run over from the line above) is not a note, whatever its
// number (`under_rule` says whether the line lies below its page's rule).
std::optional<Candidate> footnote_start(const Line& line, double small_below = 0, bool under_rule = false) {
  const Regex& kSymbol = symbol_note_start();
  // Under the separator rule, a symbol opens a note in any type (1990s
  // documents set their notes in the body's type: "* A/49/50/Rev.1.").
  const bool small_type = small_below > 0 && line.font_size > 0 && line.font_size < small_below;
  if (line.role == LineRole::body && (small_type || (under_rule && line.box))) {
    if (auto m = may_open_symbol_note(line.text) ? kSymbol.search(line.text) : std::nullopt)
      return Candidate{std::string(m->str(line.text, 1)), collapse_spaces(m->str(line.text, 2))};
  }
  static const Regex kDateRest(std::string("^") + kDatePattern);
  if (line.role != LineRole::body) return std::nullopt;
  const std::string_view text = line.text;
  const bool body_type = small_below > 0 && line.font_size > 0 && line.font_size >= small_below;
  // A raised mark opening a line in body type, above any rule, is a
  // reference the typesetter wrapped to the line's start ("...Development,"
  // / "⁸ including the ..."), not a note.
  if (!line.marks.empty() && line.marks.front().offset <= text.size() &&
      is_blank(text.substr(0, line.marks.front().offset)) && !is_blank(text))
    return body_type && line.box && !under_rule ? std::nullopt
                                                : std::optional<Candidate>{Candidate{line.marks.front().marker, collapse_spaces(text)}};
  if (auto note = bracketed_right_to_left_note(line, small_below, under_rule)) return note;
  const auto m = numbered_note_start(text);
  if (!m) return std::nullopt;
  const std::string_view number = text.substr(m->figures_begin, m->figures_end - m->figures_begin);
  const std::string_view rest = text.substr(m->text_begin);
  if (body_type && line.box && !under_rule) return std::nullopt;
  if (kDateRest.search(trim(text))) return std::nullopt;  // "18 December 2002"
  // A note's text does not start with a figure: "1 15 862 23 470" is a
  // table row.
  if (const char first = rest.front(); first >= '0' && first <= '9') return std::nullopt;
  // "1 - تحيط علما ...": an Arabic paragraph's number, not a note's.
  if (rest.starts_with("- ") || rest.starts_with("\u2013 ")) return std::nullopt;
  // "1 个月内提交报告；": a Chinese count a dump wrapped to the line's start.
  if (detail::reads_as_han_number(text.substr(m->figures_end))) return std::nullopt;
  return Candidate{std::string(number), collapse_spaces(rest)};
}

bool ends_sentence(std::string_view text) { return detail::ends_note_sentence(text, /*ideographic_full_stop=*/false); }

int as_number(const std::string& marker) {
  if (marker.empty() || marker.size() > 3) return -1;
  for (char c : marker)
    if (c < '0' || c > '9') return -1;
  return std::stoi(marker);
}
// In a text dump (no geometry), inside a run of notes already begun, the
// note numbered next may open with a figure ("2 1995 Review and Extension
// Conference ...", "5 1 December 2023: ..."): footnote_start refuses such a
// line in general (a table's row, a date), but the number that continues
// the run and words after the figures tell a note. A line of figures only
// ("2 15 862 23 470") stays a row.
std::optional<Candidate> figure_led_note(const Line& line, int expected) {
  if (line.role != LineRole::body || line.box) return std::nullopt;
  const auto m = numbered_note_start(line.text);
  if (!m || m->number != expected) return std::nullopt;
  const std::string_view text = line.text;
  const std::string_view number = text.substr(m->figures_begin, m->figures_end - m->figures_begin);
  const std::string_view rest = text.substr(m->text_begin);
  std::size_t letters = 0;
  for (const char c : rest.substr(0, std::min<std::size_t>(rest.size(), kFigureLedLetterWindow)))
    if (std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) ++letters;
  if (letters < kFigureLedMinLetters) return std::nullopt;
  return Candidate{std::string(number), collapse_spaces(rest)};
}

// A note whose number a dump prints alone on its line (pdftotext sets a
// raised note number on a line of its own: "1" over "United Nations, Treaty
// Series, vol. 729, No. 10485."): the number `expected` alone, then (blank
// lines between) a line of text on the same page that opens no note. The
// candidate's text is that line's; its index is returned with it.
std::optional<std::pair<Candidate, std::size_t>> lone_number_note(const Document& doc,
                                                                  const std::vector<detail::LineRef>& refs,
                                                                  std::size_t j, int expected) {
  const Line& line = detail::at(doc, refs[j]);
  if (line.role != LineRole::body || line.box || expected <= 0) return std::nullopt;
  const std::string marker(trim(line.text));
  if (marker.empty() || marker.size() > 3 || as_number(marker) != expected ||
      marker.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  for (std::size_t k = j + 1; k < refs.size() && refs[k].page == refs[j].page; ++k) {
    const Line& next = detail::at(doc, refs[k]);
    if (next.role == LineRole::blank) continue;
    if (next.role != LineRole::body || footnote_start(next)) return std::nullopt;
    const std::string_view t = trim(next.text);
    if (t.find_first_not_of("0123456789") == std::string_view::npos) return std::nullopt;
    return std::make_pair(Candidate{marker, collapse_spaces(t)}, k);
  }
  return std::nullopt;
}

using detail::is_notes_heading;

// A notes separator printed as text: a separator rule remove_furniture and
// the quality check read, drawn with underscores or dashes
// ("_______________", "---------------", "———"). A rule of stars, dots,
// bullets or equals signs ("***", ".....") divides the body's sections and
// opens no notes; nor does a line that merely holds underscores.
bool separator_line(const Line& l) {
  if (l.role != LineRole::furniture || !is_separator_rule(l.text)) return false;
  const std::string_view t = trim(l.text);
  for (std::size_t at = 0; at < t.size();) {
    const char32_t c = next_code_point(t, at);
    if (c != U'_' && c != U'-' && c != U'\u2014' && c != U'\u2013' && c != U' ') return false;
  }
  return true;
}

bool has_text_rule(const Page& page) {
  return std::any_of(page.lines.begin(), page.lines.end(), [](const Line& l) {
    return separator_line(l);
  });
}

// The notes zone of a PDF page that prints no rule (LaTeX, LibreOffice and
// InDesign draw their separator), found from the type: lines in small type
// at the foot of the page, under them only furniture, the first of which
// stands below the line above it by a gap. `start` is that first line.
// `opens_note`: it opens a note whose marker is raised in the body of this
// page or an earlier one (a note may follow its reference by a page). Else
// the zone is in doubt (a note run over from an earlier page, or small type
// that is no note), and only a rule drawn in the gap over it (Page::rules)
// makes it a notes zone (`drawn_rule`).
struct FootZone {
  std::size_t start = std::string::npos;
  bool opens_note = false;
  bool drawn_rule = false;
  [[nodiscard]] bool notes(std::size_t line) const {
    return (opens_note || drawn_rule) && start != std::string::npos && line >= start;
  }
};

// The separators drawn on a page: the rules found in a PDF page's drawing
// (Page::rules), and on an OCR page the blank lines the reading made of
// them (a box as thin and as long as a rule).
std::vector<Box> drawn_rules_of(const Page& page) {
  std::vector<Box> rules = page.rules;
  if (!page.ocr) return rules;
  for (const Line& l : page.lines)
    if (l.role == LineRole::blank && l.box && l.box->height() <= kOcrRuleThickness && l.box->width() >= kOcrRuleMinWidth)
      rules.push_back(*l.box);
  return rules;
}

// Whether a separator is drawn between the line `above` and the line `below`.
bool rule_in_gap(const Page& page, const Box& above, const Box& below) {
  const std::vector<Box> rules = drawn_rules_of(page);
  return std::any_of(rules.begin(), rules.end(), [&](const Box& r) {
    return r.y0 >= above.y1 - 1 && r.y1 <= below.y0 + 1 && (page.width <= 0 || r.width() <= kMaxRuleShare * page.width);
  });
}

// The separator an OCR page draws over its notes: the lowest rule the
// reading made a blank line of (drawn_rules_of), short as separators are
// (at most kMaxRuleShare of the page's width). Its line index, or npos.
std::size_t ocr_note_rule(const Page& page) {
  if (!page.ocr) return std::string::npos;
  for (std::size_t l = page.lines.size(); l-- > 0;) {
    const Line& line = page.lines[l];
    if (line.role == LineRole::blank && line.box && line.box->height() <= kOcrRuleThickness &&
        line.box->width() >= kOcrRuleMinWidth && (page.width <= 0 || line.box->width() <= kMaxRuleShare * page.width) &&
        (page.height <= 0 || line.box->y0 >= kOcrRuleMinDepth * page.height))
      return l;
  }
  return std::string::npos;
}

// Whether the line `l` is the first line of text under the OCR page's note
// separator (the line `rule`): only blank lines between them.
bool first_under_rule(const Page& page, std::size_t rule, std::size_t l) {
  if (rule == std::string::npos || l <= rule) return false;
  for (std::size_t k = rule + 1; k < l; ++k)
    if (page.lines[k].role != LineRole::blank) return false;
  return true;
}

// Whether the line `l` under the OCR page's separator `rule` may open a note
// by its place: first under the separator, or after a line that ends a
// sentence.
bool opens_under_rule(const Page& page, std::size_t rule, std::size_t l) {
  if (first_under_rule(page, rule, l)) return true;
  return l > 0 && page.lines[l - 1].role == LineRole::body && ends_sentence(page.lines[l - 1].text);
}

// Whether `line` stands above a note's first line on the same page by more
// than kMaxNoteRiseLines of its height (the top of another column).
bool rises_out_of_notes(const Line& first, detail::LineRef first_at, const Line& line, detail::LineRef at) {
  if (first_at.page != at.page || !first.box || !line.box) return false;
  return line.box->y0 < first.box->y0 - kMaxNoteRiseLines * first.box->height();
}

// Whether `line` stands under the OCR page's note separator (the line
// `rule`): below it, and starting in the separator's column (the notes
// begin at the separator's left end; a second column beside it does not).
// A right-to-left line starts at its right: Arabic pages draw the
// separator at the right end of the text, and their notes begin there.
bool under_ocr_rule(const Page& page, std::size_t rule, const Line& line) {
  if (rule == std::string::npos || !line.box) return false;
  const Box& r = *page.lines[rule].box;
  if (line.box->y0 < r.y1 - 1) return false;
  if (line.right_to_left) return line.box->x1 <= r.x1 + r.width() / 2 && line.box->x1 > r.x0;
  return line.box->x0 >= r.x0 - r.width() / 2 && line.box->x0 < r.x1;
}

FootZone foot_zone(const Page& page, double small_below, const std::set<std::string>& raised) {
  const std::vector<Line>& lines = page.lines;
  const double body = small_below / kSmallShare;
  auto small = [&](const Line& l) { return l.role == LineRole::body && l.box && l.font_size > 0 && l.font_size <= small_below; };
  auto opens_note = [&](const Line& l) {
    const auto c = footnote_start(l, small_below, true);
    return c && raised.count(c->marker) > 0;
  };
  std::size_t end = lines.size();
  while (end > 0 && (lines[end - 1].role == LineRole::furniture || lines[end - 1].role == LineRole::blank)) --end;
  FootZone zone;
  std::size_t topmost_gap = std::string::npos;
  for (std::size_t k = end; k-- > 0 && small(lines[k]);) {
    std::size_t a = k;
    while (a > 0 && lines[a - 1].role == LineRole::blank) --a;
    if (a == 0) break;
    const Line& above = lines[a - 1];
    if (above.role != LineRole::body || !above.box) break;
    if (lines[k].box->y1 - above.box->y1 < kZoneGapEm * body) continue;
    if (opens_note(lines[k])) zone = FootZone{k, true, rule_in_gap(page, *above.box, *lines[k].box)};
    topmost_gap = k;
  }
  if (zone.opens_note || topmost_gap == std::string::npos) return zone;
  std::size_t a = topmost_gap;
  while (a > 0 && lines[a - 1].role == LineRole::blank) --a;
  return FootZone{topmost_gap, false, rule_in_gap(page, *lines[a - 1].box, *lines[topmost_gap].box)};
}

// Each page's notes zone found from the type, on pages that print no rule.
// On OCR pages the sizes are estimates from the letters' height, as steady
// from line to line as the type: the zone is found there the same way.
std::vector<FootZone> foot_zones(const Document& doc, double small_below) {
  std::vector<FootZone> zones(doc.pages.size());
  if (small_below <= 0) return zones;
  std::set<std::string> raised;  // note marks raised in body type so far
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    const Page& page = doc.pages[p];
    for (const Line& line : page.lines)
      if (line.role == LineRole::body && line.font_size > small_below)
        for (const NoteMark& m : line.marks) raised.insert(m.marker);
    if (!has_text_rule(page)) zones[p] = foot_zone(page, small_below, raised);
  }
  return zones;
}

// Appends the line at `line` to a note's text. A line-end hyphen or dash of
// the line before (`prev`) is decided as in the body (line_end.hpp: kept
// with no space before a figure, "Seventy-/first" kept as a compound, a
// syllable break dropped) and logged; other lines join with a space.
void append_note_line(Document& doc, const PassContext& ctx, detail::Vocabulary& vocab, std::string& text,
                      detail::LineRef prev, detail::LineRef line) {
  const std::string next = collapse_spaces(detail::at(doc, line).text);
  const auto join = detail::join_at_line_end(text, next, ctx, vocab);
  if (!join) {
    text += " " + next;
    return;
  }
  text.erase(join->cut_at);
  text += join->kept + (join->end.space ? " " : "") + next;
  const std::string& printed = detail::at(doc, prev).text;
  const std::size_t dash_in_line = printed.rfind(join->dash);
  detail::record_line_edit(doc, kCollect, join->end.kind, prev, dash_in_line == std::string::npos ? 0 : dash_in_line,
                           join->before, join->after, join->end.why + " (in a note)", join->end.confidence);
  if (!join->end.doubt.empty()) doc.log.warn(std::string(kCollect), doc.position_of(prev.page, prev.line), join->end.doubt);
}

// The note a notes zone of page p (0-based) may continue: the last note
// collected so far, when it stands on the page before (a note runs over to
// the next page only); null otherwise.
const Footnote* note_run_over_to(const Document& doc, std::size_t p) {
  const Footnote* before = nullptr;
  for (const Footnote& f : doc.footnotes)
    if (static_cast<std::size_t>(f.page) <= p) before = &f;
  return before && static_cast<std::size_t>(before->page) == p ? before : nullptr;
}

// The first note number the body of page p raises above every note
// collected so far; 0 when none.
int mark_beyond_notes(const Document& doc, std::size_t p) {
  int last = 0;
  for (const Footnote& f : doc.footnotes) last = std::max(last, as_number(f.marker));
  for (const Line& line : doc.pages[p].lines)
    if (line.role == LineRole::body)
      for (const NoteMark& m : line.marks)
        if (as_number(m.marker) > last) return as_number(m.marker);
  return 0;
}

// Small type at the foot of a page, below a gap, that opens no note, under
// an unfinished note of the page before: it may continue that note, but
// with no rule seen over it, it stays text, and the document says so.
void warn_unsure_zone(Document& doc, std::size_t p, const FootZone& zone) {
  if (zone.start == std::string::npos || zone.opens_note || zone.drawn_rule) return;
  const Footnote* before = note_run_over_to(doc, p);
  if (!before || ends_sentence(before->text)) return;
  doc.log.warn(std::string(kCollect), doc.position_of(p, zone.start),
               "small type at the foot of page " + std::to_string(p + 1) + " may continue footnote " + before->marker +
                   " of page " + std::to_string(before->page) + ", but no separator rule was seen over it: kept as text");
}

// Whether the line `l` of an OCR page, in its notes zone after a line that
// ends a sentence, opens with a note number other than `note`'s: a note of
// its own that the numbering did not claim, not a continuation of `note`.
bool opens_uncollected_note(const Page& page, std::size_t l, const Footnote& note) {
  if (!page.ocr || l == 0 || !ends_sentence(page.lines[l - 1].text)) return false;
  const auto c = footnote_start(page.lines[l], 0, true);
  return c && as_number(c->marker) > 0 && c->marker != note.marker;
}

// The note a line under note `current` that opens with a misread number
// stands for: the next number, when no note of it was collected (then the
// gap warning names it too, and the quality counts it once); else unnamed.
std::vector<std::string> note_after(const Document& doc, std::size_t current) {
  const int n = as_number(doc.footnotes[current].marker);
  if (n <= 0) return {};
  const std::string next = std::to_string(n + 1);
  const bool collected =
      std::any_of(doc.footnotes.begin(), doc.footnotes.end(), [&](const Footnote& f) { return f.marker == next; });
  return collected ? std::vector<std::string>{} : std::vector<std::string>{next};
}

// With geometry, the notes of a page sit below its body in a smaller type,
// under a separator rule. Lines of that zone that the numbering did not claim
// continue the note above them, or, at the top of a zone, the last note of an
// earlier page (a note that runs over a page break).
void collect_footnote_zones(Document& doc, const PassContext& ctx, detail::Vocabulary& vocab,
                            std::vector<detail::LineRef>& last_line, const std::vector<FootZone>& zones) {
  const double body = detail::body_font_size(doc);
  if (body <= 0 || doc.footnotes.empty()) return;
  auto small = [&](const Line& l) { return l.font_size > 0 && l.font_size <= kSmallShare * body; };
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    auto& lines = doc.pages[p].lines;
    // The zone: from the last separator rule or note line upwards to the
    // last line in body type, downwards to the end of the page.
    std::size_t start = lines.size();
    // On an OCR page, the lines under the separator the reading found are
    // the zone whatever size their letters were estimated at.
    const std::size_t ocr_rule = ocr_note_rule(doc.pages[p]);
    auto in_ocr_zone = [&](const Line& l) { return l.role == LineRole::body && under_ocr_rule(doc.pages[p], ocr_rule, l); };
    for (std::size_t l = lines.size(); l-- > 0;) {
      const Line& line = lines[l];
      if (l == ocr_rule) {
        start = l + 1;
        break;
      }
      if (line.role == LineRole::furniture || line.role == LineRole::blank) {
        if (separator_line(line)) {
          start = l + 1;
          break;
        }
        continue;
      }
      if (line.role == LineRole::footnote || (line.role == LineRole::body && small(line)) || in_ocr_zone(line)) {
        start = l;
        continue;
      }
      break;
    }
    // A rule drawn over the zone the type shows (a note run over from an
    // earlier page) is as good as a printed one.
    if (zones[p].drawn_rule && !zones[p].opens_note && note_run_over_to(doc, p)) start = zones[p].start;
    if (start >= lines.size()) continue;
    bool zone_has_rule = (start > 0 && separator_line(lines[start - 1])) ||
                         (start > 0 && start - 1 == ocr_rule) ||
                         (zones[p].drawn_rule && start == zones[p].start && note_run_over_to(doc, p));
    bool zone_has_note = false;
    for (std::size_t l = start; l < lines.size(); ++l) zone_has_note |= lines[l].role == LineRole::footnote;
    if (!zone_has_rule && !zone_has_note) {
      warn_unsure_zone(doc, p, zones[p]);
      continue;
    }
    // On an OCR page whose body raises the mark of a note not found yet,
    // a zone that opens no note holds that note with its number unread:
    // it is no continuation of the note before.
    if (const int unread = mark_beyond_notes(doc, p); doc.pages[p].ocr && !zone_has_note && unread > 0) {
      doc.log.warn_notes_in_text(std::string(kCollect), doc.position_of(p, start),
                                 "the notes under the separator of page " + std::to_string(p + 1) +
                                     " open with no number read, where the body raises mark " + std::to_string(unread) +
                                     ": kept as text",
                                 {std::to_string(unread)});
      continue;
    }
    // The note each zone line continues: the one above on this page, else
    // the last note of an earlier page.
    std::size_t current = doc.footnotes.size();
    for (std::size_t f = 0; f < doc.footnotes.size(); ++f)
      if (static_cast<std::size_t>(doc.footnotes[f].page) <= p) current = f;
    for (std::size_t l = start; l < lines.size(); ++l) {
      Line& line = lines[l];
      if (line.role == LineRole::footnote) {
        for (std::size_t f = 0; f < doc.footnotes.size(); ++f)
          if (static_cast<std::size_t>(doc.footnotes[f].page) == p + 1 && static_cast<std::size_t>(doc.footnotes[f].line) == l)
            current = f;
        continue;
      }
      if (line.role != LineRole::body || !(small(line) || in_ocr_zone(line)) || current >= doc.footnotes.size()) continue;
      // A table's cell in small type that the text layer gives after the
      // notes (LibreOffice gives a row's later cells last) stays in its table.
      if (line.in_table) continue;
      if (opens_uncollected_note(doc.pages[p], l, doc.footnotes[current])) {
        // A note whose number OCR misread ("5" for "8"): not a continuation
        // of the note before, nor are the lines under it.
        doc.log.warn_notes_in_text(std::string(kCollect), doc.position_of(p, l),
                                   "a line under the separator of page " + std::to_string(p + 1) +
                                       " opens with a number that follows no note collected (misread?): it and the lines after it "
                                       "are kept as text, not added to footnote " + doc.footnotes[current].marker,
                                   note_after(doc, current));
        current = doc.footnotes.size();
        continue;
      }
      Footnote& note = doc.footnotes[current];
      const bool other_page = static_cast<std::size_t>(note.page) != p + 1;
      line.marks.clear();
      append_note_line(doc, ctx, vocab, note.text, last_line[current], {p, l});
      last_line[current] = {p, l};
      detail::set_role(doc, kCollect, "collect_footnote", {p, l}, LineRole::footnote,
                       other_page ? "footnote " + note.marker + " continues from page " + std::to_string(note.page) +
                                        " (small type in the footnote zone)"
                                  : "continuation of footnote " + note.marker + " (small type in the footnote zone)");
    }
  }
}
}  // namespace

// ----------------------------------------------------------------------------
// Note marks OCR misread. A raised note number is small, and OCR often reads
// it as a mark of punctuation glued to the word before it: "1991,'" "Fund,*"
// "instruments;®" "1993,!" "2000?". On OCR pages, such a mark is a note's
// reference when the numbering says so: between two references found
// (superscripts read_superscripts marked, or digits glued after punctuation,
// "1993,1"), the notes that have no reference are as many as the misread
// marks, and each mark takes the next of those notes in order. Otherwise the
// marks stay as printed and a warning says so. Done before unwrap_lines so
// that a paragraph's last line ends in its own punctuation again.
//
// A raised figure OCR misread as another figure ("20211," for "2021¹⁰,",
// "202019," for "2020⁹,", "General1;" for "General¹⁵;") is found as a
// superscript, but out of the numbering: references run upwards through the
// notes, and a raised figure on an OCR page that belongs to no longest
// increasing run of the references found (a "1" after the reference to
// note 8) is taken as a misread mark, a candidate like the others, whose
// figures must still be those of its note with one or more dropped or added
// ("1" for 10, "19" for 9): a figure that fits none of the open notes (a
// speck read "7" between the references to notes 8 and 13) is no candidate
// and stays as read.
namespace {
struct MarkEvent {
  detail::LineRef line;
  std::size_t offset = 0;  // the misread mark's byte offset (candidates)
  std::size_t size = 0;    // its bytes
  int anchor = 0;          // a reference found: its note's number (0: a candidate)
  // A raised figure out of the numbering (a candidate): the number read.
  int raised = 0;
  // Figures glued to a number whose word rises above the line's figures
  // (see glued_figure_events): still in the text, `offset` and `size`
  // their bytes. `after_year`: they follow a year's four figures, so the
  // split is known; else how many are the mark is left to the numbering.
  bool glued = false;
  bool after_year = false;
  // On a right-to-left line OCR gives a raised mark run into the year before
  // it ahead of the year's figures ("22023" for "2023¹²"): `year_after`
  // is then the year's bytes after the mark's, where the mark goes.
  std::size_t year_after = 0;
  // Figures OCR read in a Chinese line's type where a raised mark stands
  // (see full_width_mark_events): still in the text, `offset` and `size`
  // their bytes with the sign or space OCR read before them, `raised` the
  // number read.
  bool in_text = false;
  // A sign (a candidate read as punctuation) beside a raised mark found at
  // the same place (see mark_echoes): that mark's ink read again. The
  // number the mark reads, 0 for no echo.
  int echo_of = 0;
};

// Whether the figures of `a` are those of `b` with some left out, in order
// ("1" in "10", "9" in "19").
bool figures_within(const std::string& a, const std::string& b) {
  std::size_t i = 0;
  for (char c : b)
    if (i < a.size() && a[i] == c) ++i;
  return i == a.size();
}

// Whether a raised figure read as `read` may be the mark of note `note`
// misread: one's figures are the other's with some dropped.
bool figures_fit(int read, int note) {
  const std::string r = std::to_string(read), n = std::to_string(note);
  return figures_within(r, n) || figures_within(n, r);
}

// The references found on OCR pages (raised figures) that stand in no
// longest increasing run of the references found are taken as candidates
// (MarkEvent::raised), and so are those that refer to no note (see above).
// A reference in some longest run but not in all stays one: the numbering
// cannot tell which figure is misread.
void take_raised_out_of_numbering(const Document& doc, std::vector<MarkEvent>& events, const std::set<int>& numbers) {
  std::vector<std::size_t> refs;
  for (std::size_t k = 0; k < events.size(); ++k)
    if (events[k].anchor > 0 && numbers.count(events[k].anchor)) refs.push_back(k);
  // Lengths of the longest increasing runs ending at and starting from each.
  std::vector<std::size_t> ending(refs.size(), 1), starting(refs.size(), 1);
  for (std::size_t i = 0; i < refs.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (events[refs[j]].anchor < events[refs[i]].anchor) ending[i] = std::max(ending[i], ending[j] + 1);
  for (std::size_t i = refs.size(); i-- > 0;)
    for (std::size_t j = i + 1; j < refs.size(); ++j)
      if (events[refs[j]].anchor > events[refs[i]].anchor) starting[i] = std::max(starting[i], starting[j] + 1);
  std::size_t longest = 0;
  for (std::size_t i = 0; i < refs.size(); ++i) longest = std::max(longest, ending[i] + starting[i] - 1);
  std::vector<bool> in_run(events.size(), false);
  for (std::size_t i = 0; i < refs.size(); ++i) in_run[refs[i]] = ending[i] + starting[i] - 1 == longest;
  for (std::size_t k = 0; k < events.size(); ++k) {
    MarkEvent& e = events[k];
    if (e.anchor <= 0 || in_run[k] || !doc.pages[e.line.page].ocr) continue;
    e.raised = e.anchor;
    e.anchor = 0;
  }
}

// Whether the mark at byte `at` of `text` is a degree or ordinal sign: "°"
// after "n" or "N" ("n° 53") or after a number of one or two figures that
// stands alone ("1°" for "1er"): a day or an ordinal, where a note's
// mark follows a year, a word or punctuation.
bool ordinal_sign(std::string_view text, std::size_t at) {
  if (text.compare(at, 2, "\u00B0") != 0) return false;
  std::size_t b = at;
  while (b > 0 && std::isdigit(static_cast<unsigned char>(text[b - 1]))) --b;
  const std::size_t figures = at - b;
  const bool alone = b == 0 || text[b - 1] == ' ' || text[b - 1] == '(';
  if (figures == 0) return at > 0 && (text[at - 1] == 'n' || text[at - 1] == 'N') && (at == 1 || text[at - 2] == ' ');
  return alone && figures <= 2;
}

// The documents of the languages whose UN editions quote with guillemets
// (French « », Russian « »): there a straight or curly double quote or a
// closing single one glued after a word is no quotation mark but a note's
// raised number OCR misread ("года\",", "года’,"). Null for other languages.
const Regex* quotes_after_letters(const Document& doc) {
  static const Regex kQuote("(?<=\\p{L})([\"\u201C\u201D\u2019])(?=[,;]?(?:\\s|$))");
  static const std::set<std::string, std::less<>> kGuillemetLanguages = {"fr", "ru"};
  return doc.language && kGuillemetLanguages.count(*doc.language) ? &kQuote : nullptr;
}

// Whether the "!" at byte `at` of `text`, glued after letters, is the
// letter "l" OCR misread ("personne!" for "personnel"): the word with an
// "l" in its place is in `dictionary`. A raised mark is no letter of its
// word.
bool misread_letter_l(std::string_view text, std::size_t at, const Dictionary* dictionary) {
  if (!dictionary || text.compare(at, 1, "!") != 0) return false;
  std::size_t b = at;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
  if (at - b < 2) return false;
  return dictionary->accepts(std::string(text.substr(b, at - b)) + "l");
}

// Whether the letter at byte `at` of `text` (`size` bytes), glued at the
// end of a word, is a raised note figure OCR read as a letter (a raised 3
// as the Cyrillic "з": "годаз," for "года³,"): the word without it is in
// `dictionary` and the word with it is not ("раз", "без" keep theirs).
bool mark_read_as_letter(std::string_view text, std::size_t at, std::size_t size, const Dictionary* dictionary) {
  if (!dictionary) return false;
  std::size_t b = at;
  while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '(') --b;
  if (text.substr(b).starts_with("\u00AB")) b += 2;  // an opening guillemet
  if (at < b + 4) return false;  // two letters at least, Cyrillic being two bytes each
  const std::string without(text.substr(b, at - b)), with(text.substr(b, at + size - b));
  return dictionary->accepts(without) && !dictionary->accepts(with);
}

// Figures OCR read where a Chinese note's raised number stands, but not
// as detail::full_width_alone_figures finds them: glued to the Han after them
// ("决议，2以及"), after a sign OCR added ("号、!1 2012年"), after the
// ASCII punctuation OCR read for full-width one after Han, with a space
// ("报告; 5" at a line's end), or run into the year after them ("号、42016
// 年": a year is four figures before 年, the figures before it the mark).
// Each is a candidate (MarkEvent::in_text) that the numbering decides,
// the number read having to fit the note it is taken for. In Chinese a
// figure glued to Han before a measure word is a count ("，2名代表":
// quantity_follows), and figures before 年, 月 or 日 are a date
// ("，12月20日"): never a mark. Appended to `here`.
void full_width_figure_events(detail::LineRef ref, const Line& line, const std::set<int>& numbers,
                              std::vector<MarkEvent>& here) {
  static const Regex kMisread("(?:(?<=[\u3001\u3002\uFF0C\uFF1B\uFF1A\uFF09\u300B])|(?<=\\p{Han}[,;:]))"
                              "( ?[!'`^*]?)([0-9]{1,3})(?![\u5E74\u6708\u65E5])(?=\\p{Han}|\\s|$)");
  static const Regex kBeforeYear("(?<=[\u3001\u3002\uFF0C\uFF1B\uFF1A\uFF09\u300B])([0-9]{1,3})"
                                 "(?:1[89]|20)[0-9]{2}(?=\u5E74)");
  for (const auto& m : kMisread.find_all(line.text)) {
    const std::size_t sign = m.groups[1].first, figures = m.groups[2].first;
    if (detail::quantity_follows(std::string_view(line.text).substr(m.groups[2].second))) continue;
    const int n = std::stoi(std::string(m.str(line.text, 2)));
    // Figures alone right after full-width punctuation whose note exists
    // are a reference found (detail::full_width_alone_figures).
    const bool full_width = sign == figures && (static_cast<unsigned char>(line.text[sign - 1]) & 0x80) != 0;
    const bool alone = m.end == line.text.size() || line.text[m.end] == ' ';
    if (full_width && alone && numbers.count(n)) continue;
    MarkEvent e{ref, sign, m.groups[2].second - sign, 0};
    e.raised = n;
    e.in_text = true;
    here.push_back(e);
  }
  for (const auto& m : kBeforeYear.find_all(line.text)) {
    MarkEvent e{ref, m.groups[1].first, m.groups[1].second - m.groups[1].first, 0};
    e.raised = std::stoi(std::string(m.str(line.text, 1)));
    e.in_text = true;
    here.push_back(e);
  }
}

// Marks OCR misread after full-width punctuation (Chinese: "号、7 2019年",
// "《公约》?”除其他外"), which the patterns of mark_events, made for Latin
// and Cyrillic text, do not see: Chinese prints a note's raised number
// right after the punctuation and runs the text on without a space. A
// number of one to three figures standing alone after such punctuation
// (a space or the line's end after it) is a reference found when its note
// exists, as digits glued after punctuation are; a star, registered sign,
// degree sign, caret, "!" or "?" (a quote may follow it) after such
// punctuation, before Han, a space or the line's end, is a candidate that
// the numbering decides. Appended to `here`.
void full_width_mark_events(detail::LineRef ref, const Line& line, const std::set<int>& numbers,
                            std::vector<MarkEvent>& here) {
  static const Regex kMark("(?<=[\u3001\u3002\uFF0C\uFF1B\uFF1A\uFF09\u300B])([*\u00AE\u00B0^!?]['\u2019\u201D\"]?)"
                           "(?=\\p{Han}|\\s|$)");
  for (const auto& m : detail::full_width_alone_figures().find_all(line.text))
    if (const int n = std::stoi(std::string(m.str(line.text, 1))); numbers.count(n))
      here.push_back({ref, m.groups[1].first, 0, n});
  for (const auto& m : kMark.find_all(line.text))
    here.push_back({ref, m.groups[1].first, m.groups[1].second - m.groups[1].first, 0});
  // A closing title mark doubled before punctuation, Han, a space or the
  // line's end ("行动计划》》," for "行动计划》¹⁴，"): OCR read the raised
  // mark as the bracket before it. Chinese nests titles in 〈〉 within
  // 《》, so a title does not close twice.
  static const Regex kDoubledTitleClose("(?<=\u300B)(\u300B)(?=[,;.\u3001\u3002\uFF0C\uFF1B]|\\p{Han}|\\s|$)");
  for (const auto& m : kDoubledTitleClose.find_all(line.text))
    here.push_back({ref, m.groups[1].first, m.groups[1].second - m.groups[1].first, 0});
  full_width_figure_events(ref, line, numbers, here);
}

// Whether the text of a word is figures alone, with the separators and
// punctuation a number carries ("43/34", "22", "2019,"); not a bracket,
// which rises above the figures.
bool figures_word(std::string_view text) {
  static const Regex kFigures("^[0-9][0-9/.\\-]*[,;:.]?$");
  return kFigures.full_match(text);
}

// The top and height of the figures of `line` in body type near word k:
// the nearest word of figures alone on each side that is no candidate
// itself (their mean, so that a line's residual skew does not count).
std::optional<std::pair<double, double>> figures_top_near(const Line& line, std::size_t k, const Regex& candidate) {
  const auto plain = [&](std::size_t j) {
    const Word& w = line.words[j];
    if (!w.box || w.end <= w.begin) return false;
    const std::string_view t = std::string_view(line.text).substr(w.begin, w.end - w.begin);
    return figures_word(t) && !candidate.full_match(t);
  };
  std::vector<const Box*> near;
  for (std::size_t j = k; j-- > 0;)
    if (plain(j)) {
      near.push_back(&*line.words[j].box);
      break;
    }
  for (std::size_t j = k + 1; j < line.words.size(); ++j)
    if (plain(j)) {
      near.push_back(&*line.words[j].box);
      break;
    }
  if (near.empty()) return std::nullopt;
  double top = 0, height = 1e9;
  for (const Box* b : near) {
    top += b->y0 / static_cast<double>(near.size());
    height = std::min(height, b->height());
  }
  return std::pair{top, height};
}

// A word of a right-to-left OCR line that reads as a year (four figures,
// 19xx or 20xx) with one or two figures ahead of it, and at most the
// punctuation or quote signs OCR reads beside a raised mark after it
// ("22023'،" for "2023¹²،"): Tesseract gives a line's figures in their
// logical order but puts a raised mark run into the year before it ahead of
// the year's figures, where a left-to-right line has them after ("20231").
// The mark's figures as a candidate (offset in the word), or nullopt. The
// figures ahead are never also a year's end: a 19xx or 20xx year cannot
// start at a word's second figure when its first figures are 19 or 20.
std::optional<MarkEvent> figures_before_year(std::string_view word) {
  static const Regex kBeforeYear("^([1-9][0-9]?)((?:19|20)[0-9]{2})[,;:.\u060C'\"\u00BB\u201D\u2019]{0,3}$");
  const auto m = kBeforeYear.search(word);
  if (!m) return std::nullopt;
  MarkEvent e;
  e.offset = m->groups[1].first;
  e.size = m->groups[1].second - m->groups[1].first;
  e.raised = std::stoi(std::string(m->str(word, 1)));
  e.glued = true;
  e.after_year = true;
  e.year_after = m->groups[2].second - m->groups[2].first;
  return e;
}

// Figures glued to a number on an OCR line whose word rises above the
// line's figures in body type by kGluedMarkRise of their height: a raised
// note mark OCR ran into the number, and read as some figure ("20195,"
// for "2019⁸,"; "76/1575," for "76/157⁸,"). After a year's four figures
// the figures after them are the mark (a candidate like a raised figure
// out of the numbering, MarkEvent::raised its number); after another
// number, how many of its last figures are the mark only the numbering can
// say (see lone_glued_mark). A number in body type does not rise, and is
// no candidate. Appended to `here`.
void glued_figure_events(detail::LineRef ref, const Line& line, std::vector<MarkEvent>& here) {
  static const Regex kAfterYear("^((?:1[89]|20)[0-9]{2})([0-9]{1,2})[,;:.]?$");
  static const Regex kAfterNumber("^([0-9]{2,}|[0-9]+(?:/[0-9]+)+)([0-9])[,;:.]?$");
  static const Regex kYear("^(?:1[89]|20)[0-9]{2}[,;:.]?$");
  for (std::size_t k = 0; k < line.words.size(); ++k) {
    const Word& w = line.words[k];
    if (!w.box || w.end <= w.begin) continue;
    const std::string_view t = std::string_view(line.text).substr(w.begin, w.end - w.begin);
    const auto year = kAfterYear.search(t);
    // On a right-to-left line a mark run into a number stands ahead of its
    // figures: the last figures of a number other than a year are no mark.
    const auto number = year || line.right_to_left ? year : kAfterNumber.search(t);
    const auto before = year || !line.right_to_left ? std::nullopt : figures_before_year(t);
    if (!before && (!number || (!year && kYear.full_match(t)))) continue;
    // On a right-to-left OCR line the words' boxes are the line's band,
    // and the ink OCR measured of each word's own figures says instead
    // whether those ahead of the year stand raised (Word::raised_head).
    const bool ink_raised = before && w.raised_head == before->size;
    const auto near = figures_top_near(line, k, kAfterYear);
    if (!ink_raised && (!near || near->first - w.box->y0 < kGluedMarkRise * near->second)) continue;
    if (before) {
      here.push_back(*before);
      MarkEvent& e = here.back();
      e.line = ref;
      e.offset += w.begin;
      continue;
    }
    MarkEvent e{ref, w.begin + number->groups[2].first, number->groups[2].second - number->groups[2].first, 0};
    e.raised = std::stoi(std::string(number->str(t, 2)));
    e.glued = true;
    e.after_year = year.has_value();
    here.push_back(e);
  }
}

std::vector<MarkEvent> mark_events(const Document& doc, const std::set<int>& numbers, const Dictionary* dictionary) {
  // A misread mark: a quote, apostrophe or backtick after a figure or
  // punctuation (after a letter they are text: "States'"), or a star, a
  // registered or trade mark sign, a degree sign, a caret, "!" or "?" after a letter, a
  // figure or punctuation ("Diversity?"); glued to its word and followed by
  // a space or the line's end. The numbering decides, not the mark alone.
  // French, Spanish and Russian print the mark before the comma ("2011¹,"):
  // the misread mark may be followed by a comma or semicolon, which stays.
  // A mark of two figures, or one OCR split in two, may read as two such
  // signs ("2019,°®" for "2019,⁸").
  static const Regex kAfterAny("(?<=[\\p{L}0-9,;:.)])([*\u00AE\u00B0\u2122^!?]{1,2})(?=[,;]?(?:\\s|$))");
  static const Regex kAfterPunct("(?<=[0-9,;:.)])(['\u2019\u2018`\"\u201C\u201D])(?=[,;]?(?:\\s|$))");
  // A percent sign glued to a year ("2017%," for "2017⁶,"): no percentage
  // is a year's figures.
  // A raised 3 read as the Cyrillic letter "з", glued to a word before a
  // comma or a space (see mark_read_as_letter).
  static const Regex kLetter("(?<=\\p{L})(\u0437)(?=[,;]?(?:\\s|$))");
  static const Regex kAfterYear("(?<=\\b(?:1[89]|20)[0-9]{2})(%)(?=[,;]?(?:\\s|$))");
  // The same marks standing alone after punctuation, one or two of them:
  // OCR put a space before the small raised figure ("(2018), ' and",
  // "Persons, '°" for "Persons, ¹⁰"); the space goes too.
  static const Regex kAlone("(?<=[,;:.)\u201D]) ['\u2019\u2018`*\u00AE\u00B0\u2122^!?]{1,2}(?=\\s|$)");
  static const Regex kGluedDigits("(?<=[\\p{L})][,;:.)]|[0-9]{4}[,;:.)])([0-9]{1,3})(?=\\s|$)");
  std::vector<MarkEvent> out;
  for (const detail::LineRef ref : detail::line_refs(doc)) {
    const Line& line = detail::at(doc, ref);
    if (line.role != LineRole::body) continue;
    std::vector<MarkEvent> here;
    for (const NoteMark& m : line.marks)
      if (as_number(m.marker) > 0) here.push_back({ref, m.offset, 0, as_number(m.marker)});
    if (doc.pages[ref.page].ocr) {
      for (const auto& m : kGluedDigits.find_all(line.text))
        if (const int n = std::stoi(std::string(m.str(line.text, 1))); numbers.count(n))
          here.push_back({ref, m.groups[1].first, 0, n});
      for (const Regex* re : {&kAfterAny, &kAfterPunct, &kAfterYear, quotes_after_letters(doc)})
        if (re)
          for (const auto& m : re->find_all(line.text))
            if (!ordinal_sign(line.text, m.groups[1].first) && !misread_letter_l(line.text, m.groups[1].first, dictionary))
              here.push_back({ref, m.groups[1].first, m.groups[1].second - m.groups[1].first, 0});
      for (const auto& m : kAlone.find_all(line.text)) here.push_back({ref, m.begin, m.end - m.begin, 0});
      for (const auto& m : kLetter.find_all(line.text))
        if (mark_read_as_letter(line.text, m.groups[1].first, m.groups[1].second - m.groups[1].first, dictionary))
          here.push_back({ref, m.groups[1].first, m.groups[1].second - m.groups[1].first, 0});
      full_width_mark_events(ref, line, numbers, here);
      glued_figure_events(ref, line, here);
    }
    std::sort(here.begin(), here.end(), [](const MarkEvent& a, const MarkEvent& b) { return a.offset < b.offset; });
    out.insert(out.end(), here.begin(), here.end());
  }
  return out;
}

// The candidates of the span [begin, end) of `events` that may be the marks
// of its open notes (`missing`): a raised figure out of the numbering only
// when its figures fit one of them.
// (`missing` null: every candidate read in the span, whether its figures
// fit a note or not.)
std::vector<const MarkEvent*> span_candidates(const std::vector<MarkEvent>& events, std::size_t begin, std::size_t end,
                                              const std::vector<int>* missing) {
  std::vector<const MarkEvent*> out;
  for (std::size_t k = begin; k < end; ++k) {
    const MarkEvent& e = events[k];
    if (e.anchor != 0) continue;  // a reference found, which bounds no span (see read_misread_marks)
    if (e.glued && !e.after_year) continue;  // only lone_glued_mark decides
    if (missing && e.raised > 0 &&
        std::none_of(missing->begin(), missing->end(), [&](int n) { return figures_fit(e.raised, n); }))
      continue;
    out.push_back(&e);
  }
  return out;
}

// Takes the figures OCR read ahead of a year on a right-to-left line
// (MarkEvent::year_after) for the reference to note `note`: they go, and
// the mark stands after the year, where it is printed ("22023" for
// "2023¹²" becomes "2023[^12]"), with an edit.
void take_mark_before_year(Document& doc, const MarkEvent& e, int note) {
  Line& line = detail::at(doc, e.line);
  const std::string marker = std::to_string(note);
  const std::string printed = line.text.substr(e.offset, e.size + e.year_after);
  const std::string year = line.text.substr(e.offset + e.size, e.year_after);
  line.replace(e.offset, e.size, "");
  line.marks.push_back(NoteMark{e.offset + e.year_after, marker, MarkSource::inferred});
  std::sort(line.marks.begin(), line.marks.end(), [](const NoteMark& a, const NoteMark& b) { return a.offset < b.offset; });
  detail::record_line_edit(doc, kCollect, "misread_note_mark", e.line, e.offset, printed, year + "[^" + marker + "]",
                           "\"" + printed.substr(0, e.size) + "\" ahead of the year " + year + " in a word that rises "
                               "above the figures of its right-to-left OCR line is the raised reference to note " +
                               marker + " after the year, which OCR put first",
                           0.7);
}

// Takes the misread mark `e` for the reference to note `note`, with an edit.
void take_misread_mark(Document& doc, const MarkEvent& e, int note) {
  Line& line = detail::at(doc, e.line);
  const std::string marker = std::to_string(note);
  const std::size_t from = e.offset >= 16 ? e.offset - 16 : 0;
  if (e.raised > 0 && !e.glued && !e.in_text) {
    // A raised figure already out of the text: its number changes.
    auto m = std::find_if(line.marks.begin(), line.marks.end(), [&](const NoteMark& x) {
      return x.offset == e.offset && as_number(x.marker) == e.raised;
    });
    if (m == line.marks.end()) return;
    const std::string read = m->marker;
    *m = NoteMark{e.offset, marker, MarkSource::inferred};
    const std::string context = line.text.substr(from, e.offset - from);
    detail::record_line_edit(doc, kCollect, "misread_note_mark", e.line, e.offset, context + "[^" + read + "]",
                             context + "[^" + marker + "]",
                             "raised \"" + read + "\" on an OCR page stands out of the numbering of the references "
                                 "around it: it is note " + marker +
                                 "'s reference misread, the only note without a reference there whose figures it reads",
                             0.7);
    return;
  }
  if (e.year_after > 0) {
    take_mark_before_year(doc, e, note);
    return;
  }
  const std::string printed = line.text.substr(e.offset, e.size);
  const std::string before = line.text.substr(from, e.offset + e.size - from);
  line.replace(e.offset, e.size, "");
  line.marks.push_back(NoteMark{e.offset, marker, MarkSource::inferred});
  std::sort(line.marks.begin(), line.marks.end(), [](const NoteMark& a, const NoteMark& b) { return a.offset < b.offset; });
  if (e.in_text)
    doc.log.warn(std::string(kCollect), doc.position_of(e.line.page, e.line.line),
                 "\"" + printed + "\" after punctuation in a Chinese line of an OCR page taken as the raised reference to "
                 "note " + marker + ", which the numbering expects there: check the figures");
  const std::string why =
      e.in_text ? "\"" + printed + "\" where a Chinese note's raised number stands (after punctuation) is the reference to "
                  "note " + marker + ": the only note without a reference between the references found around it, "
                  "whose figures it reads"
      : e.glued ? "\"" + printed + "\" glued to a number, in a word that rises above the figures of its OCR line, is the raised "
                "reference to note " + marker + ": the only note without a reference between the references found around it"
              : "\"" + printed + "\" after a word on an OCR page is the raised reference to note " + marker +
                    ": the only note without a reference between the references found around it";
  detail::record_line_edit(doc, kCollect, "misread_note_mark", e.line, e.offset, before,
                           before.substr(0, e.offset - from) + "[^" + marker + "]", why, e.glued || e.in_text ? 0.7 : 0.8);
}

// The span [begin, end) of `events` whose one note without a reference is
// `note` may hold one candidate only, figures glued to a number in a word
// that rises above its line (MarkEvent::glued) whose figures fit no open
// note ("20195," where note 8 is open, note 5 referenced earlier): OCR
// misread the raised figure. It is the note's mark when that note is
// printed at the foot of the mark's page; after a number other than a
// year, its last figures, as many as the note's, are the mark (a figure
// at least stays before them). The mark to take, or nullopt; a warning
// says the figures were read otherwise.
std::optional<MarkEvent> lone_glued_mark(Document& doc, const std::vector<MarkEvent>& events, std::size_t begin,
                                         std::size_t end, int note) {
  const MarkEvent* lone = nullptr;
  for (std::size_t k = begin; k < end; ++k) {
    if (events[k].anchor != 0 || events[k].echo_of > 0) continue;
    if (lone) return std::nullopt;
    lone = &events[k];
  }
  if (!lone || !lone->glued) return std::nullopt;
  const auto foot = std::find_if(doc.footnotes.begin(), doc.footnotes.end(),
                                 [&](const Footnote& f) { return as_number(f.marker) == note; });
  if (foot == doc.footnotes.end() || foot->page != static_cast<int>(lone->line.page) + 1) return std::nullopt;
  MarkEvent e = *lone;
  const std::string& text = detail::at(doc, e.line).text;
  if (!e.after_year) {
    const std::size_t figures = std::to_string(note).size();
    if (e.offset < figures) return std::nullopt;
    e.offset = e.offset + 1 - figures;
    e.size = figures;
    for (std::size_t i = e.offset - 1; i < e.offset + figures; ++i)
      if (!std::isdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
  }
  doc.log.warn(std::string(kCollect), doc.position_of(e.line.page, e.line.line),
               "\"" + text.substr(e.offset, e.size) + "\" glued to a number rises above the figures of its OCR line, where "
                   "the numbering expects note " + std::to_string(note) + " (printed at the foot of its page): taken as its "
                   "mark misread; check the figures");
  return e;
}

// A raised figure out of the numbering that no open note took stays the
// reference it was read as (a second reference to its note, or a speck
// read as a figure): the document says so.
void warn_raised_left_as_read(Document& doc, const std::vector<MarkEvent>& events,
                              const std::vector<std::pair<const MarkEvent*, int>>& accepted) {
  for (const MarkEvent& e : events) {
    if (e.raised <= 0 || e.glued || e.in_text || std::any_of(accepted.begin(), accepted.end(), [&](const auto& a) { return a.first == &e; }))
      continue;
    doc.log.warn(std::string(kCollect), Position{static_cast<int>(e.line.page) + 1, static_cast<int>(e.line.line), 0},
                 "raised \"" + std::to_string(e.raised) +
                     "\" stands out of the numbering of the references around it, and no note left without a reference "
                     "fits it: kept as read (a second reference, or a misread figure or speck?)");
  }
}

// Whether the candidates `marks` fit the notes `missing` one for one, in
// order (a raised figure out of the numbering only the note whose figures
// it reads).
bool fit_in_order(const std::vector<const MarkEvent*>& marks, const std::vector<int>& missing) {
  bool fit = marks.size() == missing.size();
  for (std::size_t i = 0; fit && i < marks.size(); ++i) fit = marks[i]->raised == 0 || figures_fit(marks[i]->raised, missing[i]);
  return fit;
}

// Of `here`, the marks `may_be` admits are taken when their figures fit
// exactly one of the page's open `notes`, the notes so taken rising in the
// order of the marks; each with the warning `warning(mark, note)`. Taken
// marks leave `here` (appended to `accepted`). Whether any was.
template <class MayBe, class Warning>
bool take_marks_fitting_one(Document& doc, std::vector<const MarkEvent*>& here, const std::vector<int>& notes,
                            std::vector<std::pair<const MarkEvent*, int>>& accepted, MayBe may_be, Warning warning) {
  int last = 0;
  bool any = false;
  std::erase_if(here, [&](const MarkEvent* e) {
    if (!may_be(*e)) return false;
    std::vector<int> fits;
    for (const int n : notes)
      if (figures_fit(e->raised, n)) fits.push_back(n);
    if (fits.size() != 1 || fits.front() <= last) return false;
    last = fits.front();
    accepted.push_back({e, last});
    doc.log.warn(std::string(kCollect), doc.position_of(e->line.page, e->line.line), warning(*e, last));
    any = true;
    return true;
  });
  return any;
}

// Of a page's candidates that do not fit its open notes one for one, the
// figures OCR read ahead of a year on a right-to-left line
// (MarkEvent::year_after) are taken when they read the figures of exactly
// one of the page's open notes, the notes so taken rising in the order of
// the marks (OCR drops the figures of other marks on such a line, and
// misreads them, so that the page's marks and notes are seldom as many).
// Each is taken with a warning; taken marks leave `here`. Whether any was.
bool take_marks_before_years(Document& doc, std::vector<const MarkEvent*>& here, const std::vector<int>& notes,
                             std::vector<std::pair<const MarkEvent*, int>>& accepted) {
  return take_marks_fitting_one(
      doc, here, notes, accepted, [](const MarkEvent& e) { return e.year_after != 0; },
      [](const MarkEvent& e, int note) {
        return "\"" + std::to_string(e.raised) + "\" ahead of a year in a rising word of a right-to-left OCR line "
               "reads the figures of note " + std::to_string(note) + " alone of the notes left without a "
               "reference on its page: taken as its mark; check the figures";
      });
}

// Of a page's candidates that do not fit its open notes one for one, and
// are fewer than them (OCR lost marks), the figures read in a Chinese
// line's type where a raised mark stands
// (MarkEvent::in_text: "决议，2以及" for "决议，¹²以及", the mark's first
// figure lost) are taken when they read the figures of exactly one of the
// page's open notes, the notes so taken rising in the order of the marks
// (OCR also reads such a mark as a Han character, and so loses it: the
// page's marks and notes are then not as many). Each is taken with a
// warning; taken marks leave `here`. Whether any was.
bool take_in_text_marks_fitting_one(Document& doc, std::vector<const MarkEvent*>& here, const std::vector<int>& notes,
                                    std::vector<std::pair<const MarkEvent*, int>>& accepted) {
  return take_marks_fitting_one(
      doc, here, notes, accepted, [](const MarkEvent& e) { return e.in_text && e.raised > 0; },
      [](const MarkEvent& e, int note) {
        return "\"" + std::to_string(e.raised) + "\" where a Chinese note's raised number stands reads the figures "
               "of note " + std::to_string(note) + " alone of the notes left without a reference on its page, "
               "whose other marks OCR lost: taken as its mark; check the figures";
      });
}

// A span whose candidates and notes without a reference are not as many,
// taken page by page: a note is printed at the foot of the page that
// raises its mark, so the candidates of one page can only be the marks of
// the notes that open on it. A page whose candidates fit its notes one for
// one, in order, has them taken (appended to `accepted`); the marks of the
// other pages stay as printed, with a warning (one for the span when no
// page fits).
void accept_page_by_page(Document& doc, const std::vector<const MarkEvent*>& marks,
                         const std::vector<const MarkEvent*>& read_in_span, const std::vector<int>& missing,
                         std::vector<std::pair<const MarkEvent*, int>>& accepted) {
  std::map<int, int> page_of;  // note number -> its page (1-based)
  for (const Footnote& f : doc.footnotes)
    if (as_number(f.marker) > 0) page_of.emplace(as_number(f.marker), f.page);
  std::map<std::size_t, std::vector<const MarkEvent*>> marks_on;
  for (const MarkEvent* e : marks) marks_on[e->line.page].push_back(e);
  std::vector<std::pair<const std::vector<const MarkEvent*>*, std::size_t>> unfit;  // a page's marks, its notes
  bool any_fit = false;
  for (auto& [page, here] : marks_on) {
    std::vector<int> notes;
    for (const int n : missing)
      if (page_of.count(n) && page_of.at(n) == static_cast<int>(page) + 1) notes.push_back(n);
    // Figures read in the text (MarkEvent::in_text) that fit none of the
    // page's notes are no mark there ("，2名代表" where note 4 is open).
    const auto read = static_cast<std::size_t>(std::count_if(read_in_span.begin(), read_in_span.end(),
                                                             [&](const MarkEvent* e) { return e->line.page == page; }));
    std::erase_if(here, [&](const MarkEvent* e) {
      return e->in_text && std::none_of(notes.begin(), notes.end(), [&](int n) { return figures_fit(e->raised, n); });
    });
    if (here.empty()) continue;
    if (!notes.empty() && fit_in_order(here, notes)) {
      for (std::size_t i = 0; i < here.size(); ++i) accepted.push_back({here[i], notes[i]});
      any_fit = true;
    } else {
      any_fit = take_marks_before_years(doc, here, notes, accepted) || any_fit;
      // Only where OCR lost marks (fewer read than open notes): where it
      // read as many and one fits no note, the numbering fails there.
      if (read < notes.size()) any_fit = take_in_text_marks_fitting_one(doc, here, notes, accepted) || any_fit;
      if (!here.empty()) unfit.push_back({&here, notes.size()});
    }
  }
  if (unfit.empty()) return;
  const bool none_fit = !any_fit;
  if (none_fit) unfit = {{&marks, missing.size()}};
  for (const auto& [here, notes] : unfit) {
    const MarkEvent& e = *here->front();
    doc.log.warn(std::string(kCollect), Position{static_cast<int>(e.line.page) + 1, static_cast<int>(e.line.line), 0},
                 std::to_string(here->size()) + " marks that may be misread note references, for " +
                     std::to_string(notes) + " notes without a reference" + (none_fit ? "" : " that open on their page") +
                     ": left as printed");
  }
}

// Thresholds of the echoes of raised marks (see mark_echoes).
// Bytes at most between a raised mark found and a sign after it: a comma
// or other punctuation and the space OCR puts before the small figure.
constexpr std::size_t kEchoGap = 3;

// Whether `between`, the text from a raised mark to a sign after it, is
// punctuation and at most one space, within kEchoGap bytes (", " in
// "Disabilities⁵, °").
bool echo_gap(std::string_view between) {
  if (between.size() > kEchoGap || std::count(between.begin(), between.end(), ' ') > 1) return false;
  return std::all_of(between.begin(), between.end(), [](char c) { return c == ' ' || std::strchr(",;:.", c); });
}

// Whether `e` is a sign candidate: punctuation OCR read where a raised mark
// may stand, not figures.
bool sign_candidate(const MarkEvent& e) { return e.anchor == 0 && e.raised == 0 && !e.glued && !e.in_text; }

// Whether `m` is a raised mark found out of the text (a reference, or a
// raised figure out of the numbering), whatever its number.
bool found_raised(const MarkEvent& m) { return m.anchor > 0 || (m.raised > 0 && !m.glued && !m.in_text); }

// OCR often reads a raised note mark twice: the raised figures are found
// (read_superscripts), and the same ink is also read as a sign in the text,
// right before the mark ("2021!" with the raised 15 after the "!"; not a
// question mark after a word, which ends a question) or after it past the
// punctuation ("Disabilities⁵, °", "albinism¹², !?").
// A sign candidate so placed beside a raised mark found on its line is
// that mark's echo (MarkEvent::echo_of): the raised mark is the evidence
// that the sign is no text. The numbering still may take an echo for an
// open note (read_misread_marks tries the candidates with echoes first).
void mark_echoes(const Document& doc, std::vector<MarkEvent>& events) {
  for (MarkEvent& e : events) {
    if (!sign_candidate(e)) continue;
    const std::string& text = detail::at(doc, e.line).text;
    for (const MarkEvent& m : events) {
      if (m.line.page != e.line.page || m.line.line != e.line.line || !found_raised(m)) continue;
      // A question mark glued to a word right before a raised mark is the
      // question's own ("Where next?¹"), no echo.
      const bool question = text.compare(e.offset, 1, "?") == 0 && e.offset > 0 &&
                            std::isalpha(static_cast<unsigned char>(text[e.offset - 1]));
      const bool before = m.offset == e.offset + e.size && !question;
      const bool after = m.offset <= e.offset && echo_gap(std::string_view(text).substr(m.offset, e.offset - m.offset));
      if (before || after) {
        e.echo_of = m.anchor > 0 ? m.anchor : m.raised;
        break;
      }
    }
  }
}

// Drops the echo `e` (see mark_echoes) from its line, with an edit.
void drop_echo(Document& doc, const MarkEvent& e) {
  Line& line = detail::at(doc, e.line);
  const std::size_t from = e.offset >= 16 ? e.offset - 16 : 0;
  const std::string printed = line.text.substr(e.offset, e.size);
  const std::string before = line.text.substr(from, e.offset + e.size - from);
  line.replace(e.offset, e.size, "");
  detail::record_line_edit(doc, kCollect, "misread_note_mark", e.line, e.offset, before, before.substr(0, e.offset - from),
                           "\"" + printed + "\" beside the raised mark " + std::to_string(e.echo_of) +
                               " found at the same place on an OCR page is that mark's ink read again as a sign, and "
                               "the numbering leaves no note for it: dropped",
                           0.7);
}

// The sign candidates of a span whose notes all have a reference: kept as
// read, with a warning that names them ("2021!" where note 15 is not
// collected, so that the numbering expects no mark there).
void warn_signs_left(Document& doc, const std::vector<const MarkEvent*>& marks) {
  std::string list;
  std::size_t n = 0;
  for (const MarkEvent* e : marks) {
    if (!sign_candidate(*e)) continue;
    const std::string& text = detail::at(doc, e->line).text;
    std::size_t b = e->offset;
    while (b > 0 && text[b - 1] != ' ') --b;
    list += std::string(n++ ? ", " : "") + "\"" + text.substr(b, e->offset + e->size - b) + "\"";
  }
  if (n == 0) return;
  const MarkEvent& first = **std::find_if(marks.begin(), marks.end(), [](const MarkEvent* e) { return sign_candidate(*e); });
  doc.log.warn(std::string(kCollect), doc.position_of(first.line.page, first.line.line),
               list + (n == 1 ? ": a sign" : ": signs") + " OCR reads for a raised note mark, where the numbering leaves "
               "no note without a reference: kept as read (a note not collected?); compare with the page image");
}

// The actions on the misread marks, right to left in each line so that
// offsets stay valid: each accepted mark taken for its note, each echo
// no note took dropped.
void apply_mark_actions(Document& doc, const std::vector<MarkEvent>& events,
                        const std::vector<std::pair<const MarkEvent*, int>>& accepted) {
  std::vector<std::pair<const MarkEvent*, int>> actions = accepted;  // note 0: drop an echo
  for (const MarkEvent& e : events)
    if (e.echo_of > 0 && std::none_of(accepted.begin(), accepted.end(), [&](const auto& a) { return a.first == &e; }))
      actions.push_back({&e, 0});
  std::stable_sort(actions.begin(), actions.end(), [](const auto& x, const auto& y) {
    return std::tie(x.first->line.page, x.first->line.line, x.first->offset) >
           std::tie(y.first->line.page, y.first->line.line, y.first->offset);
  });
  for (const auto& [e, note] : actions) {
    if (note > 0) take_misread_mark(doc, *e, note);
    else drop_echo(doc, *e);
  }
}

// The candidates of a span to weigh: with the echoes when they fit the open
// notes one for one (an echo may be a mark of its own), else without.
std::vector<const MarkEvent*> weighed_candidates(const std::vector<MarkEvent>& events, std::size_t begin,
                                                 std::size_t end, const std::vector<int>& missing) {
  std::vector<const MarkEvent*> marks = span_candidates(events, begin, end, &missing);
  if (!marks.empty() && fit_in_order(marks, missing)) return marks;
  std::erase_if(marks, [](const MarkEvent* e) { return e->echo_of > 0; });
  return marks;
}

void read_misread_marks(Document& doc, const std::set<int>& numbers, const Dictionary* dictionary) {
  if (numbers.empty()) return;
  std::vector<MarkEvent> events = mark_events(doc, numbers, dictionary);
  take_raised_out_of_numbering(doc, events, numbers);
  mark_echoes(doc, events);
  std::set<int> anchored;
  for (const MarkEvent& e : events)
    if (e.anchor > 0) anchored.insert(e.anchor);
  // Spans between references found: [begin, end) of `events`, and the notes
  // numbered between the references that bound them.
  std::vector<std::pair<const MarkEvent*, int>> accepted;  // mark, its note
  std::deque<MarkEvent> glued;  // the marks lone_glued_mark makes (stable addresses)
  int low = 0;
  std::size_t begin = 0;
  for (std::size_t k = 0; k <= events.size(); ++k) {
    // A reference to a note at or below the last one found (a second
    // reference to a note, or a speck OCR read as one) bounds no span: the
    // notes without a reference after the last one found are still open.
    if (k < events.size() && (events[k].anchor == 0 || events[k].anchor <= low)) continue;
    const int high = k < events.size() ? events[k].anchor : *numbers.rbegin() + 1;
    std::vector<int> missing;
    for (int n = low + 1; n < high; ++n)
      if (numbers.count(n) && !anchored.count(n)) missing.push_back(n);
    const std::vector<const MarkEvent*> marks = weighed_candidates(events, begin, k, missing);
    const bool fit = !marks.empty() && fit_in_order(marks, missing);
    if (!fit && missing.size() == 1)
      if (auto lone = lone_glued_mark(doc, events, begin, k, missing.front())) {
        glued.push_back(*lone);
        accepted.push_back({&glued.back(), missing.front()});
        low = k < events.size() ? std::max(low, events[k].anchor) : low;
        begin = k + 1;
        continue;
      }
    if (fit) {
      for (std::size_t i = 0; i < marks.size(); ++i) accepted.push_back({marks[i], missing[i]});
    } else if (!marks.empty() && !missing.empty()) {
      accept_page_by_page(doc, marks, span_candidates(events, begin, k, nullptr), missing, accepted);
    } else if (!marks.empty()) {
      warn_signs_left(doc, marks);
    }
    if (k < events.size()) low = std::max(low, events[k].anchor);
    begin = k + 1;
  }
  apply_mark_actions(doc, events, accepted);
  warn_raised_left_as_read(doc, events, accepted);
}
}  // namespace

namespace {
// The lines of small type on OCR pages that open a note: their number
// (0 for a misread mark), where it is and how long.
struct NoteStart {
  detail::LineRef ref;
  int number = 0;
  std::size_t from = 0, size = 0;
  bool glued = false;
  bool dotted = false;
  bool unread = false;     // no number read (kUnnumbered)
  bool backwards = false;  // a number lower than the note's before it
  bool han = false;        // glued to Han, the next number after the note above
  bool punctuated = false; // punctuation read after the number, the rest no word (take_punctuated_number)
  bool star = false;       // a star read for the number (kStarRead): numbered only in a run closed by a number read after it
  int read = 0;            // a backwards note's number as read ("2" of a 12 that lost its first figure)
};

// A run of misread marks (one or more notes in a row whose numbers OCR
// misread) takes the numbers between the notes read before and after it:
// the one after must be the run's length plus one more than the one
// before (or none come after). A run with a line whose number was not read
// at all must also be closed: by a number read after it on its page, or by
// the marks its page raises (`raised_on`, per page). Else its lines are
// left as printed, unless its misread marks alone fit between the numbers
// read around it: they take those numbers, and its lines with no number
// read stay as printed.
// Where the numbers of a run of misread marks [k, end) after note `before`
// jump past notes OCR lost, as the figures read tell it: OCR may lose a
// note number's first figure ("2" for 12, "4" for 14 after note 10), so
// each backwards number read is the last figures of its own; and it may
// run a note into the one above it (note 11 read as a quote mark at the
// end of note 10's text). The first backwards mark whose figures name a
// number past its place in the run, within kMostLostNotes, takes that
// number; the marks before it are numbered on from `before`, those after
// it on from it. Every other number read in the run must end in its own
// place's figures, and the run end at the note read after it (`after`, 0
// when none). nullopt when the figures do not tell.
constexpr int kMostLostNotes = 2;
struct NumberJump {
  std::size_t at = 0;  // the first mark past the lost notes
  int number = 0;      // its number
};
bool ends_in_figures(int n, int figures) {
  int unit = 10;
  while (unit <= figures) unit *= 10;
  return n % unit == figures;
}
std::optional<NumberJump> jump_by_read_figures(const std::vector<NoteStart>& starts, std::size_t k, std::size_t end,
                                               int before, int after) {
  std::size_t at = k;
  while (at < end && !(starts[at].backwards && starts[at].read > 0)) ++at;
  if (at == end) return std::nullopt;
  const int in_order = before + 1 + static_cast<int>(at - k);
  int number = in_order;
  while (number <= in_order + kMostLostNotes && !ends_in_figures(number, starts[at].read)) ++number;
  if (number == in_order || number > in_order + kMostLostNotes) return std::nullopt;
  if (after != 0 && number + static_cast<int>(end - at) != after) return std::nullopt;
  const auto number_of = [&](std::size_t i) {
    return i < at ? before + 1 + static_cast<int>(i - k) : number + static_cast<int>(i - at);
  };
  for (std::size_t i = k; i < end; ++i)
    if (starts[i].backwards && starts[i].read > 0 && !ends_in_figures(number_of(i), starts[i].read)) return std::nullopt;
  return NumberJump{at, number};
}

void number_misread_runs(std::vector<NoteStart>& starts, const std::vector<std::set<int>>& raised_on) {
  // A star after the last note number read may be the note's own mark
  // (kStarRead): no number read after it says otherwise, and it opens no run.
  std::size_t read_last = 0;
  for (std::size_t k = 0; k < starts.size(); ++k)
    if (starts[k].number != 0) read_last = k + 1;
  for (std::size_t k = starts.size(); k-- > read_last;)
    if (starts[k].star) starts.erase(starts.begin() + static_cast<std::ptrdiff_t>(k));
  for (std::size_t k = 0; k < starts.size(); ++k) {
    if (starts[k].number != 0) continue;
    std::size_t end = k;
    while (end < starts.size() && starts[end].number == 0) ++end;
    const int run = static_cast<int>(end - k);
    const int before = k > 0 ? starts[k - 1].number : 0;
    const int after = end < starts.size() ? starts[end].number : before + run + 1;
    const std::size_t page = starts[end - 1].ref.page;
    bool raised_here = starts[k].ref.page == page;
    for (int n = before + 1; n <= before + run; ++n) raised_here = raised_here && raised_on[page].count(n) > 0;
    const bool last_on_page = end == starts.size() || starts[end].ref.page != page;
    const bool closed = !last_on_page || raised_here;
    const bool unread = std::any_of(starts.begin() + static_cast<std::ptrdiff_t>(k),
                                    starts.begin() + static_cast<std::ptrdiff_t>(end), [](const NoteStart& x) { return x.unread; });
    if (const auto jump = jump_by_read_figures(starts, k, end, before, end < starts.size() ? after : 0); jump && !unread) {
      for (std::size_t i = k; i < end; ++i)
        starts[i].number = i < jump->at ? before + 1 + static_cast<int>(i - k) : jump->number + static_cast<int>(i - jump->at);
    } else if (after == before + run + 1 && (closed || !unread)) {
      for (std::size_t i = k; i < end; ++i) starts[i].number = before + 1 + static_cast<int>(i - k);
    } else if (unread) {
      // A line with no number read is a note only where the numbering
      // leaves room for it: when the run's misread marks alone fit (a
      // footer's garbage opening with a capital under the last note of a
      // page, "ONY 23-2597? ...", before the next page's "1" and "”"
      // for 11 and 12 under note 10), they take the numbers, and the
      // lines with none stay as read.
      int marks = 0;
      for (std::size_t i = k; i < end; ++i) marks += starts[i].unread ? 0 : 1;
      if (marks > 0 && after == before + marks + 1)
        for (std::size_t i = k, n = 0; i < end; ++i)
          if (!starts[i].unread) starts[i].number = before + 1 + static_cast<int>(n++);
    }
    k = end;
  }
}
}  // namespace

namespace {
// "5.4 /80/297." (LaTeX's "5 A/80/297." at 200 dpi): a line under an OCR
// page's separator that opens with a figure and punctuation, where the
// text after them opens with no letter (one OCR misread; "2. See ..." is
// kDotted's, a paragraph's number unless the body raises the mark). It
// opens a note only when the figure is the number after the note opened
// above it (`before`), and the rest ends as notes do, with a full stop,
// and is no date ("5. 12 December 2002."); the caller asks that it stand
// where a note may open (first under the separator, or after a line that
// ends a sentence). A continuation line opening with a decimal ("5.4 per
// cent of ...") meets all of these only by chance.
bool takes_punctuated_number(std::string_view text, const Regex::Match& m, int before) {
  static const Regex kDateRest(std::string("^\\s*") + kDatePattern);
  const std::string_view rest = trim(text.substr(m.end));
  if (rest.empty() || std::stoi(std::string(m.str(text, 2))) != before + 1) return false;
  return rest.back() == '.' && !kDateRest.search(rest);
}

// Note numbers OCR glued to their note or misread. A note's number is set
// small and often raised; OCR reads "1Resolution 78/150 ..." or
// "?Resolution 66/288, annex." at the start of a line in the notes' small
// type. On OCR pages such a line is given its number back, spaced as notes
// print it ("1 Resolution", "2 Resolution"), before the notes are
// collected: a glued figure is kept, a misread mark becomes the number
// between the note numbers read before and after it, when exactly one fits.
// Each change is an edit.
void separate_ocr_note_numbers(Document& doc, double small_below) {
  if (small_below <= 0) return;
  static const Regex kGlued("^(\\s{0,4})([0-9]{1,3})(?=\\p{Lu}\\p{Ll})");
  static const Regex kMisread("^(\\s{0,4})(['\u2019\u2018\u201C\u201D`!?\u00AE\u00B0^])\\s?(?=\\p{Lu}\\p{Ll})");
  static const Regex kNumbered("^\\s{0,4}([0-9]{1,3})\\s+\\p{Lu}");
  // "2. See resolution ...": OCR read a dot beside the small number. Taken
  // for the note's number only when the body raises a mark of that number
  // and the number follows the note read before it (an operative
  // paragraph's "2." is neither).
  static const Regex kDotted("^(\\s{0,4})([0-9]{1,3})\\.\\s?(?=\\p{Lu})");
  // OCR may drop a note's small raised number altogether (LaTeX's "1" and
  // "2" at 200 dpi: "Resolution 78/150 ..." for "1 Resolution 78/150 ...").
  // A line under an OCR page's separator that opens with a capital and no
  // number, first under the separator or after a line that ends a
  // sentence, may be a note whose number was not read: it is numbered only
  // as a run of misread marks is, and only when the run is closed, by a
  // note number read after it on the same page, or by the body of that page
  // raising the marks of the numbers the run takes (a note run over from
  // the page before, or a note's second sentence on a line of its own, is
  // followed by the next note's number, or its page raises no mark of the
  // number: the run does not fit).
  static const Regex kUnnumbered("^\\s{0,4}(?=\\p{Lu})");
  // Chinese sets no space between words, and OCR glues a note's number to
  // its first character as it does to a Latin word ("10同上，《第七十六届
  // 会议……》"). A figure before Han is also how Chinese writes dates and
  // counts ("12月20日", "2023年", a note's text run over to a line of its
  // own): a figure glued to Han, or spaced from it, opens a note only when
  // it is the number after the last note opened above it in the notes'
  // type or under the separator (read with its number, raised or not).
  static const Regex kGluedHan("^(\\s{0,4})([0-9]{1,3})(?=[\\p{Han}\u300A\u201C])");
  static const Regex kSpacedHan("^\\s{0,4}([0-9]{1,3})\\s+(?=[\\p{Han}\u300A\u201C])");
  // "5.4 /80/297." for "5 A/80/297.": OCR read punctuation beside a note's
  // small number and misread the letter after it (take_punctuated_number).
  static const Regex kPunctuated("^(\\s{0,4})([0-9]{1,3})[.,:;]\\s?(?=[^\\p{L}\\s])");
  // A note's small number set apart from its text that OCR misread as one
  // or two signs, or as figures with a letter, or as a sign and a letter
  // shaped as a figure ("> Ibid.", "§ Ibid.", "'3 Ibid.", "1S Ibid.",
  // "'S Ibid." for 5, 6, 13, 15 and 15): under an OCR page's separator,
  // where a note may open (first under it, or after a line that ends a
  // sentence), a word of at most three characters, no word of letters
  // alone, before a capital or a symbol's "A/"; not a star, dagger,
  // bracket, dash or bullet (a note's own mark, a list's). Numbered only as a run
  // of misread marks is (number_misread_runs): the notes read before and
  // after it must leave room for exactly the run.
  static const Regex kSetApart(
      "^(\\s{0,4})((?:[^\\s\\p{L}\\p{N}*\u2020\u2021(\\[{\\-\u2013\u2014\u2022]{1,2}|"
      "[^\\s\\p{L}\\p{N}*\u2020\u2021(\\[{\\-\u2013\u2014\u2022]?[0-9][0-9SlIOo]?|"
      "[^\\s\\p{L}\\p{N}*\u2020\u2021(\\[{\\-\u2013\u2014\u2022][SlIO][0-9SlIOo]?))\\s+(?=\\p{Lu}\\p{Ll}|[A-Z]/)");
  // A note's small number that a photographed page's blur turns into a
  // star ("* See Official Records ..." for notes 3 and 4 of the camera-like
  // scan of A/RES/79/19). A star is also a note's own mark (the title's
  // note): under an OCR page's separator, where a note may open, a star
  // set apart before a capital is numbered only as a run of misread marks
  // is, and only when a note number read after the run closes it (a note
  // of the title's star stands before note 1, and no numbering leaves
  // room for it there).
  static const Regex kStarRead("^(\\s{0,4})(\\*)\\s+(?=\\p{Lu}\\p{Ll}|[A-Z]/)");
  int last_opened = 0;  // the number of the last note opened so far, in reading order
  std::set<int> raised;  // the numbers of the marks read_superscripts found in the body
  std::vector<std::set<int>> raised_on(doc.pages.size());  // the same, per page
  for (std::size_t p = 0; p < doc.pages.size(); ++p)
    for (const Line& line : doc.pages[p].lines)
      if (line.role == LineRole::body)
        for (const NoteMark& m : line.marks) {
          raised.insert(as_number(m.marker));
          raised_on[p].insert(as_number(m.marker));
        }
  // Notes are numbered upwards: under an OCR page's separator, a number
  // not above the note read before it is a figure OCR misread ("5In
  // accordance" for "8 In accordance" at 200 dpi; "5 Ibid." under note 5
  // for 6; "1 See ..." for 11, its first figure lost in the noise),
  // numbered then as a misread mark is. Only a new count's 1 stands under
  // a higher number: where the body of its page raises mark 1 (an annex
  // or another resolution that numbers its notes again). `from`, `size`:
  // the printed number and the spaces after it.
  // The number before is the last one read: a run of misread marks
  // between ("4" after "2" and "'3" for 12 and 13 under note 11) does not
  // hide it. A "0" is no note's number at all.
  auto take_as_misread_when_backwards = [&raised_on](std::vector<NoteStart>& all, std::size_t from, std::size_t size) {
    NoteStart& s = all.back();
    int before = 0;
    for (std::size_t k = all.size() - 1; k-- > 0 && before == 0;) before = all[k].number;
    const bool new_count = s.number == 1 && raised_on[s.ref.page].count(1) > 0;
    if (all.size() < 2 || (s.number != 0 && (new_count || s.number > before))) return;
    const int read = s.number;
    s = NoteStart{s.ref, 0, from, size, false, false, false, true};
    s.read = read;
  };
  std::vector<NoteStart> starts;
  std::vector<std::size_t> rule(doc.pages.size());
  for (std::size_t p = 0; p < doc.pages.size(); ++p) rule[p] = ocr_note_rule(doc.pages[p]);
  for (const detail::LineRef ref : detail::line_refs(doc)) {
    const Line& line = detail::at(doc, ref);
    if (line.role != LineRole::body || !doc.pages[ref.page].ocr) continue;
    const bool under_rule = under_ocr_rule(doc.pages[ref.page], rule[ref.page], line);
    if (!(line.font_size > 0 && line.font_size < small_below) && !under_rule) continue;
    // The separator bounds the notes: a line above it that OCR measured
    // small (a blurred adoption date, "13 December 2025") opens none.
    if (rule[ref.page] != std::string::npos && ref.line < rule[ref.page]) continue;
    if (!line.marks.empty() && line.marks.front().offset == 0 && as_number(line.marks.front().marker) > 0)
      last_opened = as_number(line.marks.front().marker);  // its number raised (read_superscripts)
    else if (auto h = kSpacedHan.search(line.text); h && std::stoi(std::string(h->str(line.text, 1))) == last_opened + 1)
      last_opened += 1;
    else if (auto hg = kGluedHan.search(line.text);
             hg && std::stoi(std::string(hg->str(line.text, 2))) == last_opened + 1) {
      last_opened += 1;
      starts.push_back({ref, last_opened, hg->groups[2].first, hg->groups[2].second - hg->groups[2].first, true});
      starts.back().han = true;
      continue;
    }
    if (under_rule && opens_under_rule(doc.pages[ref.page], rule[ref.page], ref.line) && kUnnumbered.search(line.text))
      starts.push_back({ref, 0, 0, 0, false, false, true});
    else if (auto a = kSetApart.search(line.text);
             a && under_rule && opens_under_rule(doc.pages[ref.page], rule[ref.page], ref.line) && !kNumbered.search(line.text))
      starts.push_back({ref, 0, a->groups[2].first, a->end - a->groups[2].first, false});
    else if (auto st = kStarRead.search(line.text);
             st && under_rule && opens_under_rule(doc.pages[ref.page], rule[ref.page], ref.line)) {
      starts.push_back({ref, 0, st->groups[2].first, st->end - st->groups[2].first, false});
      starts.back().star = true;
    }
    else if (auto m = kNumbered.search(line.text)) {
      starts.push_back({ref, std::stoi(std::string(m->str(line.text, 1))), 0, 0, false});
      std::size_t spaced = m->groups[1].second;  // the number and the spaces after it
      while (spaced < line.text.size() && line.text[spaced] == ' ') ++spaced;
      if (under_rule) take_as_misread_when_backwards(starts, m->groups[1].first, spaced - m->groups[1].first);
    } else if (auto g = kGlued.search(line.text)) {
      starts.push_back({ref, std::stoi(std::string(g->str(line.text, 2))), g->groups[2].first, g->groups[2].second - g->groups[2].first, true});
      if (under_rule) take_as_misread_when_backwards(starts, g->groups[2].first, g->groups[2].second - g->groups[2].first);
    }
    else if (auto x = kMisread.search(line.text))
      starts.push_back({ref, 0, x->groups[2].first, x->end - x->groups[2].first, false});
    else if (auto pn = kPunctuated.search(line.text);
             pn && under_rule && opens_under_rule(doc.pages[ref.page], rule[ref.page], ref.line) &&
             takes_punctuated_number(line.text, *pn, starts.empty() ? 0 : starts.back().number))
      starts.push_back({ref, std::stoi(std::string(pn->str(line.text, 2))), pn->groups[2].first,
                        pn->end - pn->groups[2].first, false, false, false, false, false, true});
    else if (auto d = kDotted.search(line.text)) {
      const int n = std::stoi(std::string(d->str(line.text, 2)));
      const int before = starts.empty() ? 0 : starts.back().number;
      if (raised.count(n) && n == before + 1)
        starts.push_back({ref, n, d->groups[2].first, d->end - d->groups[2].first, false, true});
    }
  }
  number_misread_runs(starts, raised_on);
  for (const NoteStart& s : starts) {
    if ((s.size == 0 && !s.unread) || s.number == 0) continue;
    Line& line = detail::at(doc, s.ref);
    const std::string number = std::to_string(s.number);
    const std::string why = s.unread ? "a line under the separator of an OCR page opens a sentence with no note number read, where a note "
                                       "may open: note " + number + ", between the notes numbered before and after it"
                            : s.backwards ? "under the separator of an OCR page, a note number lower than the note's before it "
                                            "(notes are numbered upwards) was misread: note " + number +
                                                (s.read > 0 && number.ends_with(std::to_string(s.read)) && number != std::to_string(s.read)
                                                     ? ", whose last figures were read (\"" + std::to_string(s.read) + "\")"
                                                     : ", between the notes numbered before and after it")
                            : s.dotted ? "a dot OCR read beside the small number of note " + number +
                                           " (small type or under the separator on an OCR page; the body raises mark " +
                                           number + " and the note before is " + std::to_string(s.number - 1) + ")"
                            : s.punctuated ? "under the separator of an OCR page, after a line that ends a sentence, a line opens "
                                             "with the number of the note after note " + std::to_string(s.number - 1) +
                                             " above it, read with punctuation beside it, and ends as a note does: note " +
                                             number + ", its text kept as read"
                            : s.han ? "a note's number glued to the Han character its text opens with by OCR (small type or "
                                      "under the separator on an OCR page), the number after note " +
                                          std::to_string(s.number - 1) + " above it: spaced as notes print it"
                            : s.glued ? "a note's number glued to its first word by OCR (small type or under the separator on an OCR page): spaced as notes print it"
                                    : "a mark OCR read for the small raised number of a note (small type or under the separator on an OCR page), "
                                      "between the notes numbered before and after it: note " + number;
    const std::string before(head_bytes(line.text, s.from + s.size + 16));
    // What follows a punctuated number opens with no word ("4 /80/297."),
    // which footnote_start takes for no note's text: the number becomes
    // the line's mark, as a raised one read_superscripts finds.
    line.replace(s.from, s.size, s.punctuated ? "" : number + " ");
    if (s.punctuated) line.marks.insert(line.marks.begin(), NoteMark{s.from, number, MarkSource::inferred});
    detail::record_line_edit(doc, kCollect, "ocr_note_number", s.ref, s.from, before,
                             std::string(head_bytes(line.text, s.from + number.size() + 1 + 16)), why, 0.8,
                             line.box);
  }
}
}  // namespace

namespace {
// What makes `line` (of page `p`) foot furniture by its form (see
// kFootFurnitureLines), or empty.
// The number a line opens with (one to kMaxLeadingNoteFigures figures,
// then anything but a figure: "5 A/80/297.", "5.4 /80/297.", "4See"), or 0.
int opening_figures(std::string_view text) {
  const std::string_view t = trim_left(text);
  std::size_t n = 0;
  while (n < t.size() && n <= detail::kMaxLeadingNoteFigures && std::isdigit(static_cast<unsigned char>(t[n]))) ++n;
  if (n == 0 || n > detail::kMaxLeadingNoteFigures || n == t.size()) return 0;
  return std::stoi(std::string(t.substr(0, n)));
}

// Whether line `l` of `page` opens with the number of the note after the
// last one a line above it in the notes opens with: a note whose number OCR
// read and whose text it garbled ("5.4 /80/297." for "5 A/80/297." at 200
// dpi), not garbage.
bool opens_next_note(const Page& page, std::size_t l, const std::function<bool(const Line&)>& in_notes) {
  const int number = opening_figures(page.lines[l].text);
  if (number <= 1) return false;
  for (std::size_t k = l; k-- > 0;) {
    const Line& above = page.lines[k];
    if (is_blank(above.text)) continue;
    if (!in_notes(above)) return false;
    if (const int n = opening_figures(above.text)) return n + 1 == number;
  }
  return false;
}

std::string foot_furniture_form(const Document& doc, std::size_t p, const Line& line, const Dictionary* dictionary,
                                bool next_note) {
  static const Regex kJob("(?:^|\\s)[A-Z]?([0-9]{2}-[0-9]{5})(?=\\s|$|\\()");
  static const Regex kPageOf("(?:^|\\s)([0-9]{1,3})\\s?/\\s?([0-9]{1,3})(?=\\s|$)");
  if (auto m = kJob.search(line.text)) return "a job number (" + std::string(m->str(line.text, 1)) + ")";
  if (auto m = kPageOf.search(line.text);
      m && std::stoul(std::string(m->str(line.text, 1))) == p + 1 && std::stoul(std::string(m->str(line.text, 2))) == doc.pages.size())
    return "the page number " + std::string(m->str(line.text, 0)) + " of the document's " + std::to_string(doc.pages.size()) + " pages";
  if (line.words.empty() || next_note) return {};
  for (const Word& w : line.words) {
    if (w.confidence < 0 || w.confidence >= kFootNoiseConfidence) return {};
    const std::string_view word = std::string_view(line.text).substr(w.begin, w.end - w.begin);
    std::size_t letters = 0;
    for (std::size_t i = 0; i < word.size();) letters += is_letter(next_code_point(word, i)) ? 1U : 0U;
    if (letters >= kFootNoiseWordLetters && (!dictionary || dictionary->accepts(word))) return {};
  }
  return "OCR garbage (every word read with a confidence under " + std::to_string(static_cast<int>(kFootNoiseConfidence)) +
         ", none a word of the dictionary)";
}

// The last lines of text of each OCR page under its notes that are foot
// furniture by their form (foot_furniture_form): set as furniture, each
// an edit with its reason, so that no note takes them.
void set_apart_foot_furniture(Document& doc, const PassContext& ctx, double small_below) {
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    const Page& page = doc.pages[p];
    if (!page.ocr) continue;
    const std::size_t rule = ocr_note_rule(page);
    auto in_notes = [&](const Line& l) {
      return l.role == LineRole::footnote ||
             (l.role == LineRole::body && ((l.font_size > 0 && l.font_size < small_below) || under_ocr_rule(page, rule, l)));
    };
    // The last lines of text, bottom up, while they are furniture by
    // their form; the line over them must be a note's.
    std::vector<std::pair<std::size_t, std::string>> foot;
    std::size_t l = page.lines.size();
    while (l-- > 0 && foot.size() <= kFootFurnitureLines) {
      const Line& line = page.lines[l];
      if (line.role != LineRole::body && line.role != LineRole::footnote) continue;
      std::string form = line.role == LineRole::body
                             ? foot_furniture_form(doc, p, line, ctx.dictionary, opens_next_note(page, l, in_notes))
                             : std::string();
      if (form.empty() || foot.size() == kFootFurnitureLines) break;
      foot.emplace_back(l, std::move(form));
    }
    if (foot.empty() || l >= page.lines.size() || !in_notes(page.lines[l])) continue;
    for (const auto& [at, form] : foot)
      detail::set_role(doc, kCollect, "remove_foot_furniture", {p, at}, LineRole::furniture,
                       "foot furniture under the notes of page " + std::to_string(p + 1) + ", among its last lines: " + form +
                           "; not part of the note above it");
  }
}
// The heading over a run of notes that opens at refs[first] (blank lines
// between): page furniture of the dump, not a paragraph.
void set_apart_notes_heading(Document& doc, const std::vector<detail::LineRef>& refs, std::size_t first) {
  for (std::size_t k = first; k-- > 0;) {
    const Line& line = detail::at(doc, refs[k]);
    if (line.role == LineRole::blank) continue;
    if (line.role == LineRole::body && is_notes_heading(line.text))
      detail::set_role(doc, kCollect, "notes_heading", refs[k], LineRole::furniture,
                       "the heading \"" + std::string(trim(line.text)) + "\" over the notes gathered after the text");
    return;
  }
}

bool is_abbreviation(std::string_view word);

// Whether a note's line `next` carries on a reference its line `last` broke
// after an abbreviation's period ("... (A/67/53), chap." over "III, sect.
// A.", "vol." over "729, No. 10485."): `last` ends in an abbreviation of a
// citation and `next` opens with what it numbers, a roman numeral, a
// capital letter or figures, then punctuation or the line's end.
bool ends_in_abbreviation(std::string_view last) {
  const std::string_view l = trim_right(last);
  if (l.empty() || l.back() != '.') return false;
  std::size_t b = l.size() - 1;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(l[b - 1]))) --b;
  if (b > 0 && l[b - 1] != ' ' && l[b - 1] != '(' && l[b - 1] != ',') return false;
  return is_abbreviation(l.substr(b, l.size() - 1 - b));
}

bool continues_after_abbreviation(std::string_view last, std::string_view next) {
  if (!ends_in_abbreviation(last)) return false;
  const std::string_view t = trim(next);
  std::size_t e = 0;
  const auto is_roman = [](char c) { return std::string_view("IVXLC").find(c) != std::string_view::npos; };
  if (e < t.size() && std::isdigit(static_cast<unsigned char>(t[e])))
    while (e < t.size() && std::isdigit(static_cast<unsigned char>(t[e]))) ++e;
  else if (e < t.size() && is_roman(t[e]))
    while (e < t.size() && is_roman(t[e])) ++e;
  else if (e < t.size() && t[e] >= 'A' && t[e] <= 'Z')
    ++e;
  return e > 0 && (e == t.size() || std::string_view(",.;:)").find(t[e]) != std::string_view::npos);
}

// A plain pdftotext dump prints a page's notes under its separator in the
// order of the text blocks, not of the numbers: a raised number that stands
// on its note's first line is printed on a line of its own, before that
// text or after the zone's other notes ("Official Records ... (A/79/11)."
// "2" "A/79/69." "1"), or all numbers first ("2" "3" "2/4" "Resolution
// 1514 (XV)." "Resolution 217 A (III)."). Such a zone is read whole, when
// the dump lets one be sure: its lines (after the separator, to the page's
// end, furniture aside) are numbers alone on their lines and text; the text
// splits into notes where a number stands right before it or where a line
// ending a sentence is followed by one that does not carry it on; the
// numbers are exactly those that continue the notes' numbering, as many as
// the notes. A page prints its notes in rising order, so the notes take the
// numbers in order, and a number printed right before a text (blank lines
// aside) must be that text's. A zone that holds a paragraph's number ("4.")
// or that breaks one of these is left to the reading below. The job line's
// print date (six figures, "020124") is the page's furniture.
struct ZoneNote {
  int number = -1;                 // the number printed right before the text, if any
  std::vector<std::size_t> lines;  // line indices on the page: text
};
struct DumpZone {
  std::vector<ZoneNote> notes;
  std::vector<std::pair<int, std::size_t>> numbers;  // printed, and where
  std::vector<std::size_t> print_dates;
};

bool lone_figures(std::string_view t) {
  return !t.empty() && t.size() <= kMaxDumpNoteFigures && t.find_first_not_of("0123456789") == std::string_view::npos;
}

bool opens_zone_note(const Page& page, const DumpZone& z, std::string_view t, bool after_number) {
  if (z.notes.empty() || after_number) return true;
  const std::string& last = page.lines[z.notes.back().lines.back()].text;
  // A wrapped line may break a citation after its abbreviation ("Supplement
  // No." over "10 and corrigendum (A/56/10 ...").").
  const bool numbered_on = ends_in_abbreviation(last) && std::isdigit(static_cast<unsigned char>(t.front()));
  return ends_sentence(last) && !starts_lowercase(t) && t.front() != '(' && !continues_after_abbreviation(last, t) &&
         !numbered_on;
}

std::optional<DumpZone> read_dump_zone(const Page& page, std::size_t rule, int expected) {
  DumpZone z;
  int pending = -1;          // the number right before the next text
  bool after_number = false;  // a number (or a stack of them) right before
  bool stacked = false;       // the last line read was a number alone
  for (std::size_t l = rule + 1; l < page.lines.size(); ++l) {
    const Line& line = page.lines[l];
    if (line.role == LineRole::blank) continue;
    if (line.role == LineRole::furniture) {
      pending = -1;
      after_number = stacked = false;
      continue;
    }
    if (line.role != LineRole::body || line.box) return std::nullopt;
    const std::string_view t = trim(line.text);
    if (t.empty()) continue;  // a line an earlier pass emptied
    if (lone_figures(t)) {
      z.numbers.emplace_back(std::stoi(std::string(t)), l);
      // Numbers stacked one under another ("1" "2" over "Official
      // Records ..." "A/AC.109/2025/7."): the stack stands over the texts
      // it numbers in order, none of its numbers is the next text's own.
      pending = stacked ? -1 : z.numbers.back().first;
      after_number = stacked = true;
      continue;
    }
    if (detail::print_date_figures(t)) {
      z.print_dates.push_back(l);
      pending = -1;
      after_number = stacked = false;
      continue;
    }
    // A paragraph's number ("4."): the page holds body text, no notes zone.
    if (t.back() == '.' && lone_figures(t.substr(0, t.size() - 1))) return std::nullopt;
    if (opens_zone_note(page, z, t, after_number)) z.notes.push_back({pending, {}});
    pending = -1;
    after_number = stacked = false;
    z.notes.back().lines.push_back(l);
  }
  if (z.numbers.empty() || z.numbers.size() != z.notes.size()) return std::nullopt;
  std::set<int> numbers;
  for (const auto& [n, at] : z.numbers) numbers.insert(n);
  if (numbers.size() != z.numbers.size() || *numbers.begin() != expected ||
      *numbers.rbegin() != expected + static_cast<int>(numbers.size()) - 1)
    return std::nullopt;
  for (std::size_t k = 0; k < z.notes.size(); ++k) {
    const int in_order = expected + static_cast<int>(k);
    if (z.notes[k].number > 0 && z.notes[k].number != in_order) return std::nullopt;
    z.notes[k].number = in_order;
  }
  return z;
}

// A note's number printed away from its text (after it, or with other
// lines between) is read before the text: the move is logged, so the
// conservation check replays it.
void move_number_to_text(Document& doc, std::size_t p, const DumpZone& zone, const ZoneNote& z) {
  const Page& page = doc.pages[p];
  for (const auto& [n, at] : zone.numbers) {
    if (n != z.number) continue;
    bool apart = at > z.lines.front();
    for (std::size_t l = at + 1; l < z.lines.front() && !apart; ++l) apart = !is_blank(page.lines[l].text);
    if (apart)
      detail::move_text(doc, kCollect, "move_note_number", {p, at}, 0, page.lines[at].text.size(), {p, z.lines.front()}, 0,
                        "footnote " + std::to_string(n) + "'s number, printed apart from its text, read before it");
  }
}

// Collects the zones read_dump_zone reads, page after page, while each
// continues the numbering; returns the number the next note takes.
void take_dump_zone(Document& doc, const PassContext& ctx, detail::Vocabulary& vocab, std::size_t p, const DumpZone& zone,
                    std::vector<detail::LineRef>& last_line) {
  for (const std::size_t l : zone.print_dates)
    detail::set_role(doc, kCollect, "remove_page_furniture", {p, l}, LineRole::furniture,
                     "the print date of the page's job line (DDMMYY), under a plain dump's notes");
  for (const auto& [n, at] : zone.numbers)
    detail::set_role(doc, kCollect, "collect_footnote", {p, at}, LineRole::footnote,
                     "number of footnote " + std::to_string(n) + ", printed alone on its line (a plain dump sets a raised number apart)");
  for (const ZoneNote& z : zone.notes) {
    const std::string marker = std::to_string(z.number);
    std::string text = collapse_spaces(doc.pages[p].lines[z.lines.front()].text);
    for (std::size_t k = 0; k < z.lines.size(); ++k) {
      detail::set_role(doc, kCollect, "collect_footnote", {p, z.lines[k]}, LineRole::footnote,
                       k == 0 ? "text of footnote " + marker + ", the page's notes taking their numbers in order"
                              : "continuation of footnote " + marker);
      if (k > 0) append_note_line(doc, ctx, vocab, text, {p, z.lines[k - 1]}, {p, z.lines[k]});
    }
    doc.footnotes.push_back(Footnote{marker, text, static_cast<int>(p) + 1, static_cast<int>(z.lines.front()), false});
    last_line.push_back({p, z.lines.back()});
    move_number_to_text(doc, p, zone, z);
  }
}

int collect_dump_zones(Document& doc, const PassContext& ctx, detail::Vocabulary& vocab,
                       const std::vector<std::size_t>& rule_at, std::vector<detail::LineRef>& last_line) {
  int expected = 1;
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    if (rule_at[p] == std::string::npos) continue;
    const auto zone = read_dump_zone(doc.pages[p], rule_at[p], expected);
    if (!zone) break;
    take_dump_zone(doc, ctx, vocab, p, *zone, last_line);
    expected += static_cast<int>(zone->notes.size());
  }
  return expected;
}
}  // namespace

void collect_footnotes(Document& doc, const PassContext& ctx) {
  // A dump that prints no separator: the notes block at each page's foot.
  detail::collect_dump_note_blocks(doc, ctx);
  detail::Vocabulary vocab(doc, ctx);
  std::vector<detail::LineRef> last_line;  // each note's last line so far
  for (const Footnote& f : doc.footnotes)
    last_line.push_back({static_cast<std::size_t>(std::max(f.page - 1, 0)), static_cast<std::size_t>(std::max(f.line, 0))});
  const auto refs = detail::line_refs(doc);
  const double small = kSmallShare * detail::body_font_size(doc);
  // The foot furniture first: a job line under the notes is no note whose
  // number was not read either.
  set_apart_foot_furniture(doc, ctx, small);
  separate_ocr_note_numbers(doc, small);
  // The first separator rule of each page: lines after it are in the notes zone.
  std::vector<std::size_t> rule_at(doc.pages.size(), std::string::npos);
  for (std::size_t p = 0; p < doc.pages.size(); ++p)
    for (std::size_t l = 0; l < doc.pages[p].lines.size() && rule_at[p] == std::string::npos; ++l) {
      const Line& line = doc.pages[p].lines[l];
      if (separator_line(line)) rule_at[p] = l;
    }
  // Pages that print no rule: the notes zone found from the type.
  const std::vector<FootZone> zones = foot_zones(doc, small);
  // OCR pages: the separator the reading found, and the lines under it.
  std::vector<std::size_t> ocr_rule(doc.pages.size());
  for (std::size_t p = 0; p < doc.pages.size(); ++p) ocr_rule[p] = ocr_note_rule(doc.pages[p]);
  auto in_zone = [&](detail::LineRef r) {
    return zones[r.page].notes(r.line) || under_ocr_rule(doc.pages[r.page], ocr_rule[r.page], detail::at(doc, r));
  };
  auto under_rule = [&](std::size_t k) {
    const detail::LineRef r = refs[k];
    return (rule_at[r.page] != std::string::npos && r.line > rule_at[r.page]) || in_zone(r);
  };
  auto start_at = [&](std::size_t k) { return footnote_start(detail::at(doc, refs[k]), small, under_rule(k)); };
  // A note whose number was a superscript, or whose marker is a symbol,
  // needs no numbering sequence to be recognised.
  auto is_explicit = [&](const Line& line, const Candidate& c) { return !line.marks.empty() || as_number(c.marker) < 0; };
  // Under an OCR page's separator a note read with its number opens a run
  // after notes whose numbers were not read at all (up to
  // kMostUnreadNotes of them: "5 A/80/297." read "5.4 /80/297."); the
  // numbers skipped are warned about as notes not found.
  // A plain dump's zones whose numbers stand apart from their texts.
  const bool dump = std::all_of(doc.pages.begin(), doc.pages.end(), [](const Page& page) {
    return std::none_of(page.lines.begin(), page.lines.end(), [](const Line& l) { return l.box.has_value(); });
  });
  int expected = dump && doc.footnotes.empty() ? collect_dump_zones(doc, ctx, vocab, rule_at, last_line) : 1;
  auto skips_unread = [&](std::size_t k, const Candidate& c) {
    const detail::LineRef r = refs[k];
    const int n = as_number(c.marker);
    return n > expected && n <= expected + kMostUnreadNotes &&
           under_ocr_rule(doc.pages[r.page], ocr_rule[r.page], detail::at(doc, r));
  };
  // A note's number alone on its line, its text on the next (a dump's):
  // under a separator, or in a run of notes already begun.
  auto lone_at = [&](std::size_t k, int number, bool in_run) {
    return in_run || under_rule(k) ? lone_number_note(doc, refs, k, number) : std::nullopt;
  };
  std::size_t i = 0;
  while (i < refs.size()) {
    auto start = start_at(i);
    if (!start)
      if (auto lone = lone_at(i, expected, false)) start = lone->first;
    const bool explicit_mark = start && is_explicit(detail::at(doc, refs[i]), *start);
    if (!start || (!explicit_mark && as_number(start->marker) != expected && !skips_unread(i, *start))) {
      ++i;
      continue;
    }
    // What precedes: a blank line, a separator, the start of the text, or
    // the gap over a notes zone.
    bool break_before = i == 0 || in_zone(refs[i]);
    for (std::size_t k = i; k-- > 0;) {
      const Line& prev = detail::at(doc, refs[k]);
      // A table's last row (find_tables) ends the text above a note as a
      // blank line does: a note never continues a row.
      if (prev.role == LineRole::body && prev.in_table) {
        break_before = true;
        break;
      }
      if (prev.role == LineRole::body && is_notes_heading(prev.text)) {
        break_before = true;
        break;
      }
      if (prev.role == LineRole::body) break;
      if (prev.role == LineRole::blank || prev.role == LineRole::furniture || prev.role == LineRole::marker) {
        break_before = true;
        break;
      }
    }
    // The run of footnotes from here: [first line, end) per note.
    // `lone`: the number alone on lines[0], the text from lines[1].
    struct Note { Candidate c; std::vector<std::size_t> lines; bool lone = false; };
    std::vector<Note> run;
    std::size_t j = i;
    int next = as_number(start->marker);
    while (j < refs.size()) {
      auto c = start_at(j);
      if (!c && !run.empty()) c = figure_led_note(detail::at(doc, refs[j]), next);
      std::optional<std::size_t> lone_text;
      if (!c)
        if (auto lone = lone_at(j, next, !run.empty())) {
          c = lone->first;
          lone_text = lone->second;
        }
      const bool mark = c && is_explicit(detail::at(doc, refs[j]), *c);
      if (!c || (!mark && as_number(c->marker) != next)) break;
      Note note{*c, {j}};
      if (lone_text) {
        note.lines.push_back(*lone_text);
        note.lone = true;
        j = *lone_text;
      }
      const std::size_t indent_line = note.lines.back();
      ++j;
      // Continuation lines: no blank between, and either the note is not
      // finished or the line plainly continues it.
      while (j < refs.size()) {
        const Line& line = detail::at(doc, refs[j]);
        if (line.role != LineRole::body) break;
        auto again = start_at(j);
        if (again && (is_explicit(line, *again) || as_number(again->marker) == as_number(note.c.marker) + 1)) break;
        if (figure_led_note(line, as_number(note.c.marker) + 1)) break;
        if (lone_at(j, as_number(note.c.marker) + 1, true)) break;
        const Line& last = detail::at(doc, refs[note.lines.back()]);
        const std::string_view t = trim_left(line.text);
        const bool continues = !ends_sentence(last.text) || starts_lowercase(t) || (!t.empty() && t.front() == '(') ||
                               continues_after_abbreviation(last.text, t);
        if (!continues || indent_width(line.text) > indent_width(detail::at(doc, refs[indent_line]).text) + 1)
          break;
        // A note opened under a separator continues under it only: the
        // next page's text is no continuation (collect_footnote_zones
        // finds a note run over to the next page's own zone).
        if (under_rule(note.lines.front()) && !under_rule(j)) break;
        if (rises_out_of_notes(detail::at(doc, refs[note.lines.front()]), refs[note.lines.front()], line, refs[j]) &&
            !(line.font_size > 0 && line.font_size <= small) && !in_zone(refs[j]))
          break;
        note.lines.push_back(j);
        ++j;
      }
      next = as_number(note.c.marker) + 1;
      run.push_back(std::move(note));
      // Blank lines may separate notes of one run.
      std::size_t k = j;
      while (k < refs.size() && detail::at(doc, refs[k]).role == LineRole::blank) ++k;
      if (k < refs.size() && k != j) {
        auto after = start_at(k);
        if (!after) after = figure_led_note(detail::at(doc, refs[k]), next);
        if (!after)
          if (auto lone = lone_at(k, next, true)) after = lone->first;
        const bool after_mark = after && is_explicit(detail::at(doc, refs[k]), *after);
        if (after && (after_mark || as_number(after->marker) == next)) j = k;
      }
    }
    if (!(explicit_mark || break_before || run.size() >= 2)) {
      ++i;
      continue;
    }
    set_apart_notes_heading(doc, refs, i);
    for (Note& note : run) {
      detail::unbracket_note_number(doc, refs[note.lines.front()].page, refs[note.lines.front()].line, note.c.marker);
      for (std::size_t k = 0; k < note.lines.size(); ++k) {
        Line& line = detail::at(doc, refs[note.lines[k]]);
        line.marks.clear();
        detail::set_role(doc, kCollect, "collect_footnote", refs[note.lines[k]], LineRole::footnote,
                         k == 0   ? "footnote " + note.c.marker + " moved to the notes" +
                                        (note.lone ? std::string(" (its number alone on its line, its text below)") : "")
                         : note.lone && k == 1 ? "text of footnote " + note.c.marker + ", whose number stands alone above it"
                                               : "continuation of footnote " + note.c.marker);
      }
      for (std::size_t k = note.lone ? 2 : 1; k < note.lines.size(); ++k)
        append_note_line(doc, ctx, vocab, note.c.text, refs[note.lines[k - 1]], refs[note.lines[k]]);
      const detail::LineRef first = refs[note.lines.front()];
      doc.footnotes.push_back(Footnote{note.c.marker, note.c.text, static_cast<int>(first.page) + 1,
                                       static_cast<int>(first.line), false});
      last_line.push_back(refs[note.lines.back()]);
      const int n = as_number(note.c.marker);
      if (n > 0) expected = n + 1;
    }
    i = j;
  }
  collect_footnote_zones(doc, ctx, vocab, last_line, zones);
  // Marks are numbered notes in one sequence: say so when one is missing.
  std::set<int> numbers;
  for (const Footnote& f : doc.footnotes)
    if (as_number(f.marker) > 0) numbers.insert(as_number(f.marker));
  for (int n = 1; !numbers.empty() && n < *numbers.rbegin(); ++n)
    if (!numbers.count(n))
      doc.log.warn_notes_in_text(std::string(kCollect), {},
                                 "footnote " + std::to_string(n) + " not found (notes are numbered up to " +
                                     std::to_string(*numbers.rbegin()) + ")",
                                 {std::to_string(n)});
  read_misread_marks(doc, numbers, ctx.dictionary);
  for (const Footnote& f : doc.footnotes)
    if (f.text.size() > kSwallowingNoteBytes)
      doc.log.warn(std::string(kCollect), Position{f.page, f.line, 0},
                   "footnote " + f.marker + " holds " + std::to_string(f.text.size()) +
                       " bytes, more than a note commonly holds: check that it took no body text or page furniture");
  // Notes marked by raised letters (a table's), after the numbered ones.
  detail::link_letter_notes(doc, ctx);
}

namespace {
struct RefCandidate {
  std::size_t block = 0;
  std::size_t begin = 0, end = 0;  // the digits to remove
  std::string marker;
  std::string how;
  bool certain = false;  // explicit mark already in place
  bool ambiguous = false;
  // Where the mark stands once the digits are removed, in bytes after
  // `begin`: 0, or a year's 4 figures for a mark printed left of the year
  // it follows (detail::note_before_year_mark).
  std::size_t mark_shift = 0;
};

// Whether `text` at `at` closes a clause: punctuation or the end.
// Arabic text closes one with its own comma or semicolon ("،" "؛").
bool closes_clause(std::string_view text, std::size_t at) {
  if (at >= trim_right(text).size() || std::string_view(",;:.)").find(text[at]) != std::string_view::npos) return true;
  const std::string_view rest = text.substr(at);
  return rest.starts_with("\u060C") || rest.starts_with("\u061B");
}

// Whether the year a right-to-left mark is printed left of ends at `at`
// before the Arabic "and" that joins the next figures of a list, set apart
// or prefixed to them ("2011(1) و 19/25 المؤرخ ...": the dump gives
// "12011 و 19/25" or "12011 و19/25").
bool joins_arabic_list(std::string_view text, std::size_t at) {
  const std::string_view rest = text.substr(at);
  static constexpr std::string_view kAnd = " \u0648";
  return rest.starts_with(kAnd) && rest.size() > kAnd.size() && (rest[kAnd.size()] == ' ' || is_ascii_digit(rest[kAnd.size()]));
}

// How find_candidates names a mark set apart by a space (see there).
constexpr std::string_view kSpacedMark = "figures set apart after punctuation";
const Regex& spaced_after_punctuation() {
  static const Regex re(
      "(?:(?<=[\\p{L})\u201D\u2019\"][,;:])|(?<=\\b(?:1[89]|20)[0-9]{2}[,;:])) ([0-9]{1,3})(?= \\p{L}|\\s*$)(?! (?i:January|February|March|April|May|June|"
      "July|August|September|October|November|December|janvier|f\u00e9vrier|mars|avril|mai|juin|juillet|ao\u00fbt|"
      "septembre|octobre|novembre|d\u00e9cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
      "octubre|noviembre|diciembre)\\b)");
  return re;
}

// Its pre-check: a figure after a space after ',', ';' or ':'.
bool spaced_mark_cue(std::string_view t) {
  // Each sign looked for on its own (memchr over the line, few stops): a
  // stop at every space cost more than the bytes between.
  for (const char sign : {',', ';', ':'})
    for (std::size_t i = t.find(sign); i != std::string_view::npos && i + 2 < t.size(); i = t.find(sign, i + 1))
      if (t[i + 1] == ' ' && is_ascii_digit(t[i + 2])) return true;
  return false;
}

bool is_abbreviation(std::string_view word) {
  static const std::set<std::string, std::less<>> kAbbrev = {
      "Add", "Corr", "Rev", "Amend", "No", "Nos", "no", "para", "paras", "art", "arts", "Art",
      "sect", "chap", "vol", "Vol", "p", "pp", "Suppl", "Ser", "L", "C", "Part", "annex", "Sub",
      "op", "cit", "fig", "Fig", "ch", "sess", "res", "Res"};
  return kAbbrev.count(word) > 0;
}

std::string_view word_before(std::string_view text, std::size_t pos) {
  std::size_t b = pos;
  while (b > 0 && ((text[b - 1] >= 'A' && text[b - 1] <= 'Z') || (text[b - 1] >= 'a' && text[b - 1] <= 'z'))) --b;
  return text.substr(b, pos - b);
}

// The token that ends at `pos` (back to the last space).
std::string_view token_before(std::string_view text, std::size_t pos) {
  std::size_t b = pos;
  while (b > 0 && text[b - 1] != ' ') --b;
  return text.substr(b, pos - b);
}

// Whether the byte `offset` of block b comes from a text layer that states
// its glyphs' size and position: there a note mark is raised and small, and
// read_superscripts has marked it; digits in the line's own type are text.
bool from_text_layer(const Document& doc, std::size_t b, std::size_t offset) {
  const Origin o = doc.blocks[b].origin_at(offset);
  if (o.page < 1 || static_cast<std::size_t>(o.page) > doc.pages.size()) return false;
  const Page& page = doc.pages[static_cast<std::size_t>(o.page - 1)];
  if (page.ocr || o.line < 0 || static_cast<std::size_t>(o.line) >= page.lines.size()) return false;
  const Line& line = page.lines[static_cast<std::size_t>(o.line)];
  return line.box.has_value() && line.font_size > 0 && !line.words.empty();
}

// Figures standing alone after full-width punctuation ("号、7 2019年"): in
// Chinese a note's raised number follows the punctuation, and OCR reads it
// in the line's type with a space after it (see full_width_mark_events).
// Candidates only where the source lost the superscript. Appended to `out`.
void full_width_candidates(const Document& doc, std::size_t b, std::vector<RefCandidate>& out) {
  const std::string& t = doc.blocks[b].text;
  for (const auto& m : detail::full_width_alone_figures().find_all(t))
    if (!from_text_layer(doc, b, m.groups[1].first))
      out.push_back({b, m.groups[1].first, m.groups[1].second, std::string(m.str(t, 1)),
                     "figures alone after full-width punctuation", false, false});
}

// Whether `doc` is a text dump of right-to-left text (Arabic), whose
// left-to-right runs keep the order of their glyphs.
bool right_to_left_dump(const Document& doc) { return doc.source.kind == "text" && doc.language == "ar"; }

// Whether the text at `offset` of block b comes from a page OCR read: OCR
// gives words in reading order, and reads a mark's raised ink itself
// (misread_note_mark).
bool from_ocr_page(const Document& doc, std::size_t b, std::size_t offset) {
  const Origin o = doc.blocks[b].origin_at(offset);
  return o.page >= 1 && static_cast<std::size_t>(o.page) <= doc.pages.size() && doc.pages[static_cast<std::size_t>(o.page - 1)].ocr;
}

// In a right-to-left dump, figures glued to a year's left ("آذار/مارس
// 12011"): the mark of the note after the year, printed left of it.
// Appended to `out`, the mark to stand after the year.
void before_year_candidates(const Document& doc, std::size_t b, const detail::NoteMarkCues& cues,
                            std::vector<RefCandidate>& out) {
  if (!cues.after_year) return;
  const std::string& t = doc.blocks[b].text;
  for (const auto& m : detail::note_before_year_mark().find_all(t)) {
    if (from_text_layer(doc, b, m.groups[1].first) || from_ocr_page(doc, b, m.groups[1].first)) continue;
    const std::string_view before = std::string_view(t).substr(0, m.begin);
    const bool date = detail::month_before(before) || detail::split_month_before(before);
    // A year that is no date's is named by the word for "year" ("لعام
    // 2024"); other figures are a number ("12000": 12,000, not 2000 and a
    // mark), never a candidate.
    if (!date && !detail::arabic_year_word_before(before)) continue;
    out.push_back({b, m.groups[1].first, m.groups[1].second, std::string(m.str(t, 1)),
                   date ? "note number printed left of the year of a date, right to left"
                        : "number printed left of a year named so, right to left",
                   false, !date, m.groups[2].second - m.groups[2].first});
  }
}

// Whether `doc` is a text dump of Chinese, whose raised marks the dump
// prints in the line's figures (detail::han_dump_mark).
bool han_dump(const Document& doc) { return doc.source.kind == "text" && doc.language == "zh"; }

// In a Chinese dump, figures after a Han character or full-width
// punctuation, glued or after one space ("号11 和", "号、 1 2012 年",
// "《公约》 13 除"), that count nothing (no measure word after them):
// taken as a mark set apart is, only in the notes' order. Appended to
// `out`. (Figures set apart after a Han character, "四公约 2 及其", are
// bare_mark_candidates'.)
void han_dump_candidates(const Document& doc, std::size_t b, std::vector<RefCandidate>& out) {
  const std::string& t = doc.blocks[b].text;
  for (const auto& m : detail::han_dump_mark(/*loose=*/false).find_all(t)) {
    if (detail::han_number_follows(std::string_view(t).substr(m.groups[1].second))) continue;
    // The space before figures set apart goes with them: "号、 1 2012 年"
    // reads "号、[^1] 2012 年", as the printed text.
    const std::size_t begin = t[m.groups[1].first - 1] == ' ' ? m.groups[1].first - 1 : m.groups[1].first;
    out.push_back({b, begin, m.groups[1].second, std::string(m.str(t, 1)), std::string(kSpacedMark), false, false});
  }
}

// Whether candidate `c` stands before the unit of a date or a citation, or
// a measure word, in a Chinese document ("GC(69)/RES/9 A.2 号", "、12 月",
// "，2 名代表"): its figures are a number, never a mark.
bool han_number(const Document& doc, const RefCandidate& c) {
  if (c.certain || doc.language != "zh") return false;
  const std::string_view after = std::string_view(doc.blocks[c.block].text).substr(c.end);
  return detail::han_number_follows(after);
}

// How find_candidates names a mark set apart after a word (see there).
constexpr std::string_view kBareMark = "figures set apart after a word";

// The figures of block b's text `t` that may be a note mark set apart after
// a word (detail::bare_note_marks), appended to `out`.
void bare_mark_candidates(std::size_t b, const std::string& t, std::vector<RefCandidate>& out) {
  for (const detail::BareMark& m : detail::bare_note_marks(t))
    out.push_back({b, m.begin, m.end, m.marker,
                   std::string(kBareMark) + (m.after_year ? " (after a year)" : ""), false, false});
}

std::vector<RefCandidate> find_candidates(const Document& doc) {
  // The patterns (cleanup/note_mark_patterns.hpp), each searched only in
  // blocks whose bytes hold its cue. "Bolivia (Plurinational State of):*
  // draft resolution": a star note's mark printed in the text's own size.
  const Regex& kAfterPunct = detail::note_after_punctuation_mark();
  const Regex& kAfterWord = detail::note_after_word_mark();
  const Regex& kAfterYear = detail::note_after_year_mark();
  const Regex& kStar = detail::star_mark();
  std::vector<RefCandidate> out;
  const bool right_to_left = right_to_left_dump(doc);
  for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
    const Block& block = doc.blocks[b];
    const std::string& t = block.text;
    for (const NoteMark& m : block.marks)
      out.push_back({b, m.offset, m.offset, m.marker, "explicit superscript mark", true, false});
    // Digits glued to the text are candidates only where the source lost
    // the superscript (text dumps, OCR).
    auto plain = [&](std::size_t offset) { return !from_text_layer(doc, b, offset); };
    const detail::NoteMarkCues cues = detail::note_mark_cues(t);
    auto all = [&](const Regex& re, bool cue) { return cue ? re.find_all(t) : std::vector<Regex::Match>(); };
    for (const auto& m : all(kAfterPunct, cues.after_punctuation)) {
      const std::size_t punct = m.groups[1].first;
      if (!plain(m.groups[2].first)) continue;
      if (t[punct] == '.' && is_abbreviation(word_before(t, punct))) continue;
      // A document symbol's last part: "C-24/DEC.4", "A/C.3/78/L.4".
      if (t[punct] == '.' && token_before(t, punct).find('/') != std::string_view::npos) continue;
      out.push_back({b, m.groups[2].first, m.groups[2].second, std::string(m.str(t, 2)),
                     "digits glued after punctuation", false, false});
    }
    // A star note's mark is often printed in the text's own size, in text
    // layers too.
    for (const auto& m : all(kStar, cues.star))
      out.push_back({b, m.groups[1].first, m.groups[1].second, std::string(m.str(t, 1)), "asterisk after a word", false, false});
    if (cues.after_non_ascii) full_width_candidates(doc, b, out);
    for (const auto& m : all(kAfterWord, cues.after_word))
      if (plain(m.groups[1].first)) out.push_back({b, m.groups[1].first, m.groups[1].second, std::string(m.str(t, 1)),
                     "digits glued to a word", false, false});
    // A text dump of a PDF (pdftotext) sets a raised mark apart by a space:
    // "Nuclear Weapons, 1 in particular", "decision 2. ... Weapons, 3" at a
    // paragraph's end. After a word's or a year's comma, semicolon or colon
    // only (never after other figures: "paragraphs 1, 2 and 3"), before a word that is no
    // month (", 10 December") or the end; link_footnotes takes it only in
    // the order of the notes.
    if (spaced_mark_cue(t))
      for (const auto& m : spaced_after_punctuation().find_all(t))
        if (plain(m.groups[1].first))
          out.push_back({b, m.begin, m.groups[1].second, std::string(m.str(t, 1)), std::string(kSpacedMark), false, false});
    // A plain dump also sets it apart after a word with no punctuation
    // ("Colonial Countries and Peoples 2 and"): link_footnotes takes it
    // only as the next note (cleanup/dump_bare_refs.hpp).
    if (doc.source.kind == "text") bare_mark_candidates(b, t, out);
    if (han_dump(doc)) han_dump_candidates(doc, b, out);
    // A right-to-left dump prints a year's mark left of it, never after it
    // ("182019" is 2019 and note 18, not 1820 and note 19).
    if (right_to_left) before_year_candidates(doc, b, cues, out);
    for (const auto& m : all(kAfterYear, cues.after_year && !right_to_left)) {
      if (!plain(m.groups[2].first)) continue;
      const bool date = detail::month_before(std::string_view(t).substr(0, m.begin));
      out.push_back({b, m.groups[2].first, m.groups[2].second, std::string(m.str(t, 2)),
                     date ? "note number glued to the year of a date" : "number glued to what may be a year",
                     false, !date});
    }
  }
  std::erase_if(out, [&](const RefCandidate& c) { return han_number(doc, c); });
  std::sort(out.begin(), out.end(), [](const RefCandidate& a, const RefCandidate& c) {
    return a.block != c.block ? a.block < c.block : a.begin < c.begin;
  });
  // One candidate per position (two patterns may find the same digits).
  out.erase(std::unique(out.begin(), out.end(),
                        [](const RefCandidate& a, const RefCandidate& c) {
                          return a.block == c.block && a.begin == c.begin && !a.certain && !c.certain;
                        }),
            out.end());
  return out;
}
}  // namespace

namespace {
// Whether `line` opens with note number `marker`: raised (a mark
// read_superscripts took from its start, `raised` is then set) or printed
// ("1 See", "1/ See", "1. See", "1See"), with text after it.
bool opens_with_note_number(const Line& line, const std::string& marker, bool* raised = nullptr) {
  const std::size_t start = line.text.find_first_not_of(" \t");
  if (start == std::string::npos) return false;
  for (const NoteMark& m : line.marks)
    if (m.marker == marker && m.offset <= start) {
      if (raised) *raised = true;
      return true;
    }
  if (line.text.compare(start, marker.size(), marker) != 0) return false;
  std::size_t i = start + marker.size();
  if (i < line.text.size() && (line.text[i] == '/' || line.text[i] == '.')) ++i;
  if (i >= line.text.size()) return false;
  const unsigned char next = static_cast<unsigned char>(line.text[i]);
  if (next == ' ' || next == '\t') return line.text.find_first_not_of(" \t", i) != std::string::npos;
  std::size_t k = i;
  return is_letter(next_code_point(line.text, k));
}

// The width a character takes on a line (its box over its code points),
// 0 when the line is shorter than kAdvanceMinChars.
double char_advance(const Line& line) {
  if (!line.box) return 0;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < line.text.size(); ++chars) next_code_point(line.text, i);
  return chars >= kAdvanceMinChars ? line.box->width() / static_cast<double>(chars) : 0;
}

// Whether an OCR line that reads small is in fact in the body's type: its
// characters are wider than kOcrSmallShare of the median of the page's body
// lines. Tesseract's x-heights vary by a third between lines of one type
// (47/1: 14.3 to 22.7 pt), the width of the characters does not.
bool ocr_wide_as_body(const Page& page, const Line& line) {
  if (line.words.empty() || line.words.front().confidence < 0) return false;
  const double advance = char_advance(line);
  if (advance <= 0) return false;
  std::vector<double> body;
  for (const Line& other : page.lines)
    if (other.role == LineRole::body)
      if (const double a = char_advance(other); a > 0) body.push_back(a);
  if (body.empty()) return false;
  std::nth_element(body.begin(), body.begin() + static_cast<std::ptrdiff_t>(body.size() / 2), body.end());
  return advance > kOcrSmallShare * body[body.size() / 2];
}

// Whether line l of page p, which opens with a number, is set as a note is
// in any UN document: its number raised, or the line in type smaller than
// the body's, or under the page's separator (a rule of underscores, a drawn
// rule, the rule an OCR reading made a blank line of). A line in the body's
// type and above any separator is a body line whatever its number ("2.
// Takes note ...", an operative paragraph under a raised mark "Assembly,2").
// A text dump states no type and no position: there the number is all
// there is, and it counts.
bool set_as_note(const Document& doc, std::size_t p, std::size_t l, bool raised, double small_below) {
  const Page& page = doc.pages[p];
  const Line& line = page.lines[l];
  if (raised || line.role == LineRole::footnote) return true;
  if (!line.box || line.font_size <= 0) return true;
  if (small_below > 0 && line.font_size < small_below && !ocr_wide_as_body(page, line)) return true;
  for (std::size_t k = 0; k < l; ++k)
    if (separator_line(page.lines[k])) return true;
  if (under_ocr_rule(page, ocr_note_rule(page), line)) return true;
  return std::any_of(page.rules.begin(), page.rules.end(), [&](const Box& r) {
    return r.y1 <= line.box->y0 + 1 && (page.width <= 0 || r.width() <= kMaxRuleShare * page.width) &&
           (page.height <= 0 || r.y0 >= kOcrRuleMinDepth * page.height);
  });
}

// Whether the note of a raised `marker` at the byte `offset` of block b is
// printed near it: the mark opens its own line (that line is the note, which
// collect_footnotes could not take), or a line below it on its page, or a
// line of the next page, opens with its number and is set as a note
// (set_as_note). Furniture and the masthead are not looked at.
bool note_line_nearby(const Document& doc, std::size_t b, std::size_t offset, const std::string& marker, double small_below) {
  const Block& block = doc.blocks[b];
  const Origin o = block.origin_at(offset);
  if (o.page < 1 || static_cast<std::size_t>(o.page) > doc.pages.size()) return false;
  if (o.offset == offset && o.column == 0) return true;
  const auto note_line = [&](std::size_t p, std::size_t l) {
    const Line& line = doc.pages[p].lines[l];
    bool raised = false;
    return (line.role == LineRole::body || line.role == LineRole::footnote) &&
           opens_with_note_number(line, marker, &raised) && set_as_note(doc, p, l, raised, small_below);
  };
  const auto p = static_cast<std::size_t>(o.page - 1);
  for (std::size_t l = static_cast<std::size_t>(std::max(o.line, 0)) + 1; l < doc.pages[p].lines.size(); ++l)
    if (note_line(p, l)) return true;
  if (p + 1 < doc.pages.size())
    for (std::size_t l = 0; l < doc.pages[p + 1].lines.size(); ++l)
      if (note_line(p + 1, l)) return true;
  return false;
}

// Where a raised mark at the byte `at` of `text` goes back without making
// one number of its figures and the figures beside it: a mark glued to a
// figure ("2015" + raised "13", OCR's order for the printed "2015,¹³")
// would read as another number ("201513"), and one inside a run of
// figures would split it. Such a mark goes after the whole number (its
// figures and the separators ",./-" between figures: "1,250", "2015/16")
// and after the punctuation that closes it (",.;:)"), where a note mark
// stands; a mark after a space or a letter, or before a space, stays at
// `at`.
std::size_t past_number(const std::string& text, std::size_t at) {
  if (at == 0 || at >= text.size() || !is_ascii_digit(text[at - 1]) || text[at] == ' ') return at;
  std::size_t i = at;
  while (i < text.size() && (is_ascii_digit(text[i]) ||
                             (std::string_view(",./-").find(text[i]) != std::string_view::npos && i + 1 < text.size() &&
                              is_ascii_digit(text[i + 1]) && i > 0 && is_ascii_digit(text[i - 1]))))
    ++i;
  while (i < text.size() && std::string_view(",.;:)").find(text[i]) != std::string_view::npos) ++i;
  return i;
}

// Why a raised mark is put back in the text: the reason its note is not
// linked, and whether that note's text stays in the body (a note left in
// the text, Doubt::notes_in_text).
struct Unlinked {
  std::string why;  // empty: the mark is kept
  bool note_in_body = false;
};

// Puts the figure of a raised mark back where it was printed, with an edit
// restore_unreferenced_mark and a warning that say why. A mark beside
// figures is set apart from them by a space (past_number): the printed
// number is never changed.
void restore_mark(Document& doc, std::size_t b, const NoteMark& mark, const Unlinked& unlinked) {
  const std::string& why = unlinked.why;
  Block& block = doc.blocks[b];
  const std::size_t offset = std::min(mark.offset, block.text.size());
  const std::size_t at = past_number(block.text, offset);
  // Read glued to a figure (no space between them).
  const bool apart = offset > 0 && is_ascii_digit(block.text[offset - 1]) &&
                     (offset == block.text.size() || block.text[offset] != ' ');
  // The figure stood between spaces when a space follows it now and a
  // word ends before it (read_superscripts took the space before); a
  // figure set after a number always has a space before it, and one after
  // it when a letter or figure follows.
  const bool spaced = apart || (at > 0 && at < block.text.size() && block.text[at] == ' ' && block.text[at - 1] != ' ');
  const bool space_after = apart && at < block.text.size() && block.text[at] != ' ';
  const std::string printed = (spaced ? " " : "") + mark.marker + (space_after ? " " : "");
  const std::size_t from = at >= 16 ? at - 16 : 0;
  const std::string before = block.text.substr(from, std::min(block.text.size(), at + 16) - from);
  const Position where = doc.position_in_block(b, at);
  block.replace(at, 0, printed);  // moves the marks after it
  doc.log.add(Edit{std::string(kLink), "restore_unreferenced_mark", where, before,
                   block.text.substr(from, std::min(block.text.size(), at + printed.size() + 16) - from),
                   "raised \"" + mark.marker + "\" " + why + "; kept as printed text" +
                       (apart ? std::string(", set apart by a space after the number it was read glued to (figures "
                                            "beside figures would read as another number)")
                              : std::string()),
                   0.7, doc.box_in_block(b, at)});
  std::string warning = "raised \"" + mark.marker + "\" looks like a note reference but " + why + ": kept as text";
  if (unlinked.note_in_body) doc.log.warn_notes_in_text(std::string(kLink), where, std::move(warning), {mark.marker});
  else doc.log.warn(std::string(kLink), where, std::move(warning));
}

// Restores, right to left in each block, the raised marks for which `why`
// gives a reason (an empty one keeps the mark).
template <typename Why>
void restore_marks_if(Document& doc, const Why& why) {
  for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
    std::vector<std::pair<NoteMark, Unlinked>> restored;
    std::erase_if(doc.blocks[b].marks, [&](const NoteMark& m) {
      if (m.source != MarkSource::superscript) return false;
      Unlinked reason = why(b, m);
      if (reason.why.empty()) return false;
      restored.emplace_back(m, std::move(reason));
      return true;
    });
    for (auto it = restored.rbegin(); it != restored.rend(); ++it) restore_mark(doc, b, it->first, it->second);
  }
}

// A raised figure is a note's reference only when its note is collected.
// Otherwise it was something else that an old OCR layer or a typed page
// sets small and high (a quote: "sur 1 1a" for sur "la"; a day in a list:
// "53) 11 May"), or its note's line, printed below it, stayed in the body:
// either way the figure is put back where it was printed, with a warning,
// rather than dropped.
void restore_marks_without_note(Document& doc, const std::map<std::string, std::size_t>& by_marker) {
  const double small_below = kSmallShare * detail::body_font_size(doc);
  restore_marks_if(doc, [&](std::size_t b, const NoteMark& m) -> Unlinked {
    if (as_number(m.marker) <= 0 || by_marker.count(m.marker)) return {};
    if (note_line_nearby(doc, b, m.offset, m.marker, small_below))
      return {"has its note printed below it, but that note was not collected (it stays in the body)", true};
    return {"refers to no note: no note " + m.marker + " is found (in the notes, below it on its page or on the next page)"};
  });
}

// The invariant the pass ends on: every figure taken out of the text as a
// raised mark is a reference to a note the document holds, or is back in
// the text (a star or a dagger with no note, a mark whose note was lost).
void restore_marks_left_without_note(Document& doc) {
  std::set<std::string> notes;
  for (const Footnote& f : doc.footnotes) notes.insert(f.marker);
  restore_marks_if(doc, [&](std::size_t, const NoteMark& m) -> Unlinked {
    return {notes.count(m.marker) ? std::string() : "refers to no note the document holds"};
  });
}

// A paragraph that opens with a note's symbol (group 1) and a space.
const Regex& symbol_opens_paragraph() {
  static const Regex re("^\\s*(\\*{1,3}|\u2020{1,2}|\u2021)\\s+\\S");
  return re;
}

// A star note that stayed in the body: a paragraph opening with stars (or
// daggers) and text, while another paragraph prints the same mark glued
// after a word or a symbol ("s/14938**", the reissue note "** Second
// reissue for technical reasons."), and no note of that mark was collected.
// It is kept where it is, with a warning.
void warn_star_note_in_body(Document& doc) {
  const Regex& kOpens = symbol_opens_paragraph();
  for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
    const std::string_view text = doc.blocks[b].text;
    const auto m = may_open_symbol_note(text) ? kOpens.search(text) : std::nullopt;
    if (!m) continue;
    const std::string mark(m->str(doc.blocks[b].text, 1));
    if (std::any_of(doc.footnotes.begin(), doc.footnotes.end(), [&](const Footnote& f) { return f.marker == mark; })) continue;
    const bool referenced = std::any_of(doc.blocks.begin(), doc.blocks.end(), [&](const Block& other) {
      for (std::size_t at = other.text.find(mark); at != std::string::npos; at = other.text.find(mark, at + 1)) {
        const std::size_t end = at + mark.size();
        const bool glued = at > 0 && other.text[at - 1] != ' ' && other.text[at - 1] != mark.front();
        const bool whole = end == other.text.size() || other.text.compare(end, mark.size(), mark) != 0;
        if (&other != &doc.blocks[b] && glued && whole) return true;
      }
      return false;
    });
    // The masthead prints it on the symbol ("s/14938**" read as S/14938).
    const bool on_symbol = doc.meta.symbol_note == mark;
    if (referenced || on_symbol)
      doc.log.warn(std::string(kLink), doc.position_in_block(b, 0),
                   "a paragraph opens with \"" + mark + "\" as a note does, and " +
                       (on_symbol ? "the masthead prints that mark on the symbol" : "the text prints that mark after a word") +
                       ", but no note " + mark + " was collected: the note is kept in the body");
  }
}
}  // namespace

namespace {
// Whether the next mark set apart after punctuation that names a note,
// after candidates[i], names the note after candidates[i]'s.
bool next_spaced_mark_follows(const std::vector<RefCandidate>& candidates, std::size_t i,
                              const std::map<std::string, std::size_t>& by_marker) {
  for (std::size_t k = i + 1; k < candidates.size(); ++k) {
    if (candidates[k].how != kSpacedMark || !by_marker.count(candidates[k].marker)) continue;
    return as_number(candidates[k].marker) == as_number(candidates[i].marker) + 1;
  }
  return false;
}

// Whether a year's figures with a mark glued to them, from `begin` to `end`
// of `text`, stand as a year before a word: the word after them is one of
// the language's commonest words ("of 19492 and", "in 20151 on"), never a
// counted noun ("19502 million", "19872 refugees": a number), and the word
// before is no abbreviation ("No. 19492": a registration number, "vol.",
// "para."). A language with no such words known takes none.
bool year_before_small_word(std::string_view text, std::size_t begin, std::size_t end, const std::string& language) {
  std::size_t from = end;
  while (from < text.size() && text[from] == ' ') ++from;
  std::size_t to = from;
  while (to < text.size() && text[to] != ' ' && std::string_view(",;:.)").find(text[to]) == std::string_view::npos) ++to;
  if (to == from || !is_stop_word(text.substr(from, to - from), language)) return false;
  const std::string_view before = trim_right(text.substr(0, begin));
  return before.empty() || before.back() != '.';
}

// Whether the reference to the note after candidates[i]'s follows it, found
// as no guess (not a year's figures), with no other figures naming
// candidates[i]'s note between: notes are referred to in order, so
// candidates[i] is the only place left for its note's reference.
bool next_note_follows(const std::vector<RefCandidate>& candidates, std::size_t i,
                       const std::map<std::string, std::size_t>& by_marker) {
  const std::string next = std::to_string(as_number(candidates[i].marker) + 1);
  if (!by_marker.count(next)) return false;
  for (std::size_t k = i + 1; k < candidates.size(); ++k) {
    if (candidates[k].marker == candidates[i].marker) return false;
    if (candidates[k].marker == next && !candidates[k].ambiguous) return true;
  }
  return false;
}
}  // namespace

namespace {
bool bare_mark(const RefCandidate& c) { return c.how.starts_with(kBareMark); }

// The characters of `text` up to byte `end`, at most kQuotedChars of them:
// what a warning quotes.
std::string text_before(std::string_view text, std::size_t end) {
  constexpr int kQuotedChars = 8;
  std::size_t from = end;
  for (int i = 0; i < kQuotedChars && from > 0; ++i) from = previous_code_point_start(text, from);
  return std::string(text.substr(from, end - from));
}

// Whether the figures at `begin` of `text` (after the spaces there) stand
// after a Han character: a Chinese word.
bool after_han_word(std::string_view text, std::size_t begin) {
  std::size_t at = begin;
  while (at < text.size() && text[at] == ' ') ++at;
  const std::string_view before = trim_right(text.substr(0, at));
  return !before.empty() && script_of(last_code_point(before)) == Script::han;
}

// Whether figures set apart after a word (candidates[ci], naming note n,
// which exists) are that note's reference, by detail::judge_bare_mark; its
// warning given at `where`.
bool bare_mark_taken(const std::vector<RefCandidate>& candidates, std::size_t ci, int n, int last_linked, bool taken_before,
                     const Footnote& note, Document& doc, const Position& where) {
  const RefCandidate& c = candidates[ci];
  const auto named_later = [&] {
    return std::any_of(candidates.begin() + static_cast<std::ptrdiff_t>(ci) + 1, candidates.end(),
                       [&](const RefCandidate& o) { return o.marker == c.marker && !bare_mark(o); });
  };
  const detail::BareMarkVerdict verdict = detail::judge_bare_mark(
      {n, c.marker, last_linked, note.referenced, taken_before, note.page, where.page, kMostSkippedNotes, named_later});
  if (!verdict.warning.empty()) doc.log.warn(std::string(kLink), where, verdict.warning);
  return verdict.take;
}
}  // namespace

namespace {
// What link_footnotes knows as it reads the candidates in order: the notes
// by marker, the highest note number, the last note linked, and the notes
// linked to figures set apart after a word.
// A mark's number at most this past the highest note's is a note's
// number (one or two notes not collected); beyond it, figures.
constexpr int kMostNotesPastLast = 2;

struct LinkState {
  std::map<std::string, std::size_t> by_marker;
  int max_note = 0;
  int last_linked = 0;
  std::set<std::string> taken_bare;
  // Years' marks before a word that may be the only place for their note's
  // reference, judged once every other candidate is (confirm_bracketed_years),
  // and the warnings that a later reference came before theirs, given only
  // if they are not taken.
  std::vector<std::size_t> bracketed;
  struct Deferred {
    int missing = 0;
    Position where;
    std::string message;
  };
  std::vector<Deferred> deferred;
};

// The year and the figures glued to it of an ambiguous candidate, as printed
// ("20241", or "12024" right to left).
std::string year_and_mark(const Document& doc, const RefCandidate& c) {
  const std::size_t from = c.mark_shift > 0 ? c.begin : c.begin - std::min<std::size_t>(c.begin, 4);
  return doc.blocks[c.block].text.substr(from, c.end + c.mark_shift - from);
}

// Whether candidates[ci] is taken as a note's reference; its warnings
// logged. A certain mark (a superscript, a bracket) marks its note
// referenced and is not taken again.
bool reference_taken(Document& doc, const std::vector<RefCandidate>& candidates, std::size_t ci, LinkState& s) {
  const RefCandidate& c = candidates[ci];
  auto it = s.by_marker.find(c.marker);
  const int n = as_number(c.marker);
  const Position where = doc.position_in_block(c.block, c.begin);
  if (c.certain) {
    if (it == s.by_marker.end())
      doc.log.warn(std::string(kLink), where, "footnote mark " + c.marker + " has no footnote text");
    else
      doc.footnotes[it->second].referenced = true;
    if (n > 0) s.last_linked = std::max(s.last_linked, n);
    return false;
  }
  if (doc.footnotes.empty()) return false;  // nothing to refer to: plain numbers
  if (bare_mark(c)) {  // figures set apart after a word (cleanup/dump_bare_refs.hpp)
    if (it == s.by_marker.end() || !bare_mark_taken(candidates, ci, n, s.last_linked, s.taken_bare.contains(c.marker),
                                                    doc.footnotes[it->second], doc, where))
      return false;
    s.taken_bare.insert(c.marker);
    if (han_dump(doc) && after_han_word(doc.blocks[c.block].text, c.begin))
      doc.log.warn(std::string(kLink), where,
                   "\"" + c.marker + "\" set apart after a Chinese word (\"" + text_before(doc.blocks[c.block].text, c.end) +
                       "\") read as the reference to note " + c.marker +
                       ", the next note: a Chinese dump prints the text's own numbers so too; check it against the page");
  } else if (it == s.by_marker.end()) {
    // A number set apart after punctuation is mostly a number: no warning.
    if (n > 0 && n <= s.max_note + kMostNotesPastLast && c.how != "digits glued to a word" && c.how != kSpacedMark)
      doc.log.warn(std::string(kLink), where,
                   "\"" + c.marker + "\" looks like a footnote reference (" + c.how + ") but there is no note " + c.marker + "; left as text");
    return false;
  }
  if (doc.footnotes[it->second].referenced || (n > 0 && n <= s.last_linked)) {
    // Mostly a number (figures set apart after a word were judged above).
    doc.log.warn(std::string(kLink), where,
                 "possible second reference to note " + c.marker + " (" + c.how + "); left as text");
    return false;
  }
  // A mark set apart by a space is a reference only as the next in order,
  // or after at most kMostSkippedNotes notes whose references were not
  // found (after figures: "decision VII/11 16", never taken), which stay
  // warned about.
  // Past that window, the next such mark with a note confirms it when it
  // is the next note ("Convention 18" unread, then "Convention, 19" and
  // later ", 20"): references read again after three not found in a row.
  if (c.how == kSpacedMark && (n <= s.last_linked || (n > s.last_linked + 1 + kMostSkippedNotes &&
                                                      !next_spaced_mark_follows(candidates, ci, s.by_marker))))
    return false;
  // A year with a note number glued to it before punctuation or the
  // paragraph's end ("2024" and note 1: "20241,", where a mark stands) is
  // taken when that note is the next one referred to ("in 19992 by" stays).
  // Before a word, it is taken only between the references to the notes
  // before and after it ("Conventions of 19492 and ... of 1977,3").
  const std::string& text = doc.blocks[c.block].text;
  const std::size_t year_end = c.end + c.mark_shift;
  const bool next_in_order = c.ambiguous && n == s.last_linked + 1;
  if (next_in_order && (closes_clause(text, year_end) || (c.mark_shift > 0 && joins_arabic_list(text, year_end)))) {
    doc.log.warn(std::string(kLink), where,
                 "\"" + year_and_mark(doc, c) +
                     "\" read as a year followed by note " + c.marker + ", the next note referred to");
  } else if (next_in_order && c.mark_shift == 0 &&
             year_before_small_word(text, c.begin - std::min<std::size_t>(c.begin, 4), c.end, language_of(doc)) &&
             next_note_follows(candidates, ci, s.by_marker)) {
    s.bracketed.push_back(ci);  // judged in confirm_bracketed_years
    return false;
  } else if (c.ambiguous) {
    doc.log.warn(std::string(kLink), where,
                 "\"" + year_and_mark(doc, c) +
                     "\" may be a year followed by note " + c.marker + "; not linked");
    return false;
  }
  if (n > 0 && n > s.last_linked + 1) {
    const int missing = s.last_linked + 1;
    std::string message = "reference to note " + c.marker + " found before any reference to note " + std::to_string(missing);
    const bool pending = std::any_of(s.bracketed.begin(), s.bracketed.end(),
                                     [&](std::size_t b) { return as_number(candidates[b].marker) == missing; });
    if (pending) s.deferred.push_back({missing, where, std::move(message)});
    else doc.log.warn(std::string(kLink), where, message);
  }
  doc.footnotes[it->second].referenced = true;
  if (n > 0) s.last_linked = n;
  return true;
}

// Replaces each accepted candidate's figures by a note mark, each an edit.
// Applied right to left within a block so offsets stay valid.
void mark_references(Document& doc, const std::vector<const RefCandidate*>& accepted) {
  for (auto it = accepted.rbegin(); it != accepted.rend(); ++it) {
    const RefCandidate& c = **it;
    Block& block = doc.blocks[c.block];
    const std::size_t ctx_begin = c.begin >= 12 ? c.begin - 12 : 0;
    const std::string before = block.text.substr(ctx_begin, std::min(block.text.size(), c.end + c.mark_shift + 8) - ctx_begin);
    const Position where = doc.position_in_block(c.block, c.begin);
    const std::optional<Box> box = doc.box_in_block(c.block, c.begin);
    block.replace(c.begin, c.end - c.begin, "");
    block.marks.push_back(NoteMark{c.begin + c.mark_shift, c.marker, MarkSource::inferred});
    std::string after = before;
    after.replace(c.begin - ctx_begin, c.end - c.begin, "");
    after.insert(c.begin - ctx_begin + c.mark_shift, "[^" + c.marker + "]");
    doc.log.add(Edit{std::string(kLink), "link_footnote_reference", where, before, after,
                     "footnote reference " + c.marker + " (" + c.how + "; note " + c.marker + " exists)", 0.9, box});
  }
  for (Block& block : doc.blocks)
    std::sort(block.marks.begin(), block.marks.end(),
              [](const NoteMark& a, const NoteMark& b) { return a.offset < b.offset; });
}

// A note the text does not refer to: referenced by the mark on the
// masthead's symbol (a reissue or corrigendum note) or agenda item ("Item
// 38 of the preliminary list*"), each an edit; else warned of.
void link_masthead_notes(Document& doc) {
  for (Footnote& f : doc.footnotes) {
    if (!f.referenced && doc.meta.symbol_note == f.marker) {
      f.referenced = true;
      doc.log.add(Edit{std::string(kLink), "link_footnote_reference", Position{1, 0, 0}, *doc.meta.symbol + f.marker,
                       *doc.meta.symbol + "[^" + f.marker + "]",
                       "footnote " + f.marker + " is referenced by the mark on the masthead symbol", 0.95, std::nullopt});
      continue;
    }
    if (!f.referenced && doc.meta.agenda_item_note == f.marker && doc.meta.agenda_item) {
      f.referenced = true;
      doc.log.add(Edit{std::string(kLink), "link_footnote_reference", Position{1, 0, 0}, *doc.meta.agenda_item + f.marker,
                       *doc.meta.agenda_item + "[^" + f.marker + "]",
                       "footnote " + f.marker + " is referenced by the mark on the masthead's agenda item", 0.95,
                       std::nullopt});
      continue;
    }
    if (!f.referenced)
      doc.log.warn(std::string(kLink), Position{f.page, 0, 0},
                   "footnote " + f.marker + " has no reference in the text");
  }
}
}  // namespace

// Each year's mark held back as the only place for its note's reference
// (LinkState::bracketed) is taken when, every other candidate judged, its
// note has no reference and the next note's was taken after it (a mark
// in place, or figures taken); else its figures stay as printed, with a
// warning either way. Nothing was decided on it meanwhile: the notes'
// order went on from the note before it.
void confirm_bracketed_years(Document& doc, const std::vector<RefCandidate>& candidates, LinkState& s,
                             std::vector<const RefCandidate*>& accepted) {
  if (s.bracketed.empty()) return;
  std::vector<bool> taken(candidates.size(), false);
  for (const RefCandidate* a : accepted) taken[static_cast<std::size_t>(a - candidates.data())] = true;
  for (const std::size_t ci : s.bracketed) {
    const RefCandidate& c = candidates[ci];
    const int n = as_number(c.marker);
    const std::string next = std::to_string(n + 1);
    Footnote& note = doc.footnotes[s.by_marker.at(c.marker)];
    bool next_taken = false;
    for (std::size_t k = ci + 1; k < candidates.size() && !next_taken; ++k)
      next_taken = candidates[k].marker == next && (taken[k] || candidates[k].certain);
    const Position where = doc.position_in_block(c.block, c.begin);
    if (!note.referenced && next_taken) {
      note.referenced = true;
      accepted.push_back(&c);
      doc.log.warn(std::string(kLink), where,
                   "\"" + year_and_mark(doc, c) + "\" read as a year followed by note " + c.marker + ", the only place for it " +
                       (n > 1 ? "between the references to notes " + std::to_string(n - 1) + " and " : "before the reference to note ") +
                       next);
      continue;
    }
    doc.log.warn(std::string(kLink), where,
                 "\"" + year_and_mark(doc, c) + "\" may be a year followed by note " + c.marker + "; not linked");
    for (const LinkState::Deferred& d : s.deferred)
      if (d.missing == n) doc.log.warn(std::string(kLink), d.where, d.message);
  }
  std::sort(accepted.begin(), accepted.end(), [](const RefCandidate* a, const RefCandidate* b) {
    return a->block != b->block ? a->block < b->block : a->begin < b->begin;
  });
}

void link_footnotes(Document& doc, const PassContext&) {
  LinkState state;
  for (std::size_t i = 0; i < doc.footnotes.size(); ++i) state.by_marker.emplace(doc.footnotes[i].marker, i);
  restore_marks_without_note(doc, state.by_marker);
  for (const Footnote& f : doc.footnotes) state.max_note = std::max(state.max_note, as_number(f.marker));
  const auto candidates = find_candidates(doc);
  std::vector<const RefCandidate*> accepted;
  for (std::size_t ci = 0; ci < candidates.size(); ++ci)
    if (reference_taken(doc, candidates, ci, state)) accepted.push_back(&candidates[ci]);
  confirm_bracketed_years(doc, candidates, state, accepted);
  mark_references(doc, accepted);
  link_masthead_notes(doc);
  restore_marks_left_without_note(doc);
  warn_star_note_in_body(doc);
}

namespace detail {
const std::vector<GuardedPattern>& footnote_guarded_patterns() {
  static const std::vector<GuardedPattern> patterns = {
      {"symbol note start", symbol_note_start(), false, may_open_symbol_note},
      {"symbol opens paragraph", symbol_opens_paragraph(), false, may_open_symbol_note},
      {"figures set apart after punctuation", spaced_after_punctuation(), false, spaced_mark_cue},
  };
  return patterns;
}
}  // namespace detail

}  // namespace akn
