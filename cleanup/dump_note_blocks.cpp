// collect_dump_note_blocks: a text dump's notes printed with no separator
// line over them. LibreOffice (like LaTeX and InDesign) draws the footnote
// separator as a vector line, and pdftotext prints nothing for it: the
// notes at a page's foot then read as more paragraphs of the body, and a
// note mark after a year runs into it ("de 20111"). What identifies a
// page's notes in any UN document, without the separator:
//   - they stand at the page's foot (after them only blank lines and the
//     page's furniture, which remove_furniture has set apart);
//   - they open with the note numbers in sequence, continuing the
//     document's numbering from page to page (1, 2, 3 ...);
//   - each number is marked in the body above them on the same page, in
//     order: figures right after a word or punctuation, run into a year
//     ("2024,1", "Anguilla2", "20111"), or set apart by a space after a
//     word before a word or punctuation ("Anguilla 2 and", "Peoples, 3");
//   - their lines are short: a note holds a citation, a few lines at most.
// pdftotext -layout prints each note on its line with its number before
// it ("1   Official Records ..."); plain pdftotext sets the raised numbers
// apart, stacked one under another over the texts ("1" "2" "24-23545 (F)"
// "Documents ..." "A/AC.109/2024/2."), or prints the first alone and the
// others before their texts ("1" "See Official Records ..." "2 Ibid., ..."),
// or each note run in under the body, neither indented nor set apart
// ("... in Rabat on 5 October 2012,14" / "14 A/HRC/22/17/Add.4, appendix.").
// A body line may open with figures as well ("2 March 2024.", "2 per cent
// a year"), so where a note's number is printed before its text with no
// indent, its notes count as marked only by figures run into the word,
// punctuation or year before them, as a raised mark prints in a dump, and
// a run-in note's text opens as a note's does (not in lower case, not with
// a month's name: a date), none of its lines opening with figures again
// (a body line over the note would take the note in). A plain dump may
// also print the first note's raised number alone after the notes' texts
// ("见《……》" "2 同上，……" "1"; block_numbered_after). A Chinese body
// prints its marks in the line's figures after a Han character or
// full-width punctuation ("号、 1 2012 年", "号11 和"; never a count or a
// date's figures: detail::han_dump_mark, han_number_follows). Where all
// of this holds, the block moves to the notes (edits with their reasons,
// as collect_footnotes' separator path); where the lines at the foot read
// as notes by their form but the body does not mark them all, or a line
// there opens with a later note's number, they stay as printed, with a
// warning naming the page. Dumps that print a separator on any page, and sources
// with geometry, are left to collect_footnotes.
#include "cleanup/dump_note_blocks.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "cleanup/cleanup.hpp"
#include "cleanup/note_mark_patterns.hpp"
#include "cleanup/pass_util.hpp"
#include "cleanup/separator_rule.hpp"
#include "core/bidi.hpp"
#include "core/dates.hpp"
#include "core/language.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"

namespace akn::detail {

namespace {
constexpr std::string_view kCollect = "collect_footnotes";

// Thresholds of collect_dump_note_blocks.
//
// A note's number has at most kMaxNoteFigures figures ("1" to "999"), as
// leading_note_number reads a note's first line.
constexpr std::size_t kMaxNoteFigures = kMaxLeadingNoteFigures;
// A note holds a citation or a few sentences: at most kMaxNoteLines lines
// of a dump (its first and those that carry it on). A longer "note" is
// body text that happens to open with a number.
constexpr std::size_t kMaxNoteLines = 4;
// A line of a note is short: at most kMaxNoteLineBytes bytes once its
// spaces are collapsed (a -layout line of the text's width holds about
// 100 characters; Cyrillic and Arabic take two bytes a letter).
constexpr std::size_t kMaxNoteLineBytes = 260;
// collect_footnotes' run reading takes a note whose number opens its line
// at most kRunReadingIndent spaces in (numbered_note_start), with its
// line-end decisions: this pass leaves such blocks to it and reads those
// indented further, as pdftotext -layout prints a page's notes.
constexpr std::size_t kRunReadingIndent = kMaxRunNoteIndent;
// A page whose notes were not read is warned of when a line at its foot
// (after its last gap, at most kFootLinesLooked text lines) opens with a
// note's number at most kMostNotesPast past the note expected, after a
// line that ends as a note does: the notes there stay as printed.
constexpr std::size_t kFootLinesLooked = 12;
constexpr int kMostNotesPast = 2;
// Confidence of a note's number read after the left-to-right run it stands
// against (number_out_of_run), and of a lone mark set at the end of the
// line under it (take_lone_mark): each place is inferred from the dump's
// order, not printed.
constexpr double kNumberOutOfRunConfidence = 0.9;
constexpr double kLoneMarkConfidence = 0.8;

// The script a document's body marks its notes in, which decides how a
// dump prints a mark (mark_in_body) and a note's number (note_opening).
enum class MarkScript { latin, right_to_left, han };

std::string_view trimmed(const Line& line) { return trim(line.text); }

bool lone_figures(std::string_view t) {
  return !t.empty() && t.size() <= kMaxNoteFigures && t.find_first_not_of("0123456789") == std::string_view::npos;
}

// Whether a note's text (after its number) opens as a UN note's does: not
// in lower case ("2 per cent a year", "2 fois plus"), not with a month's
// name ("2 March 2024.": a date that a body line opens with).
bool opens_as_note(std::string_view text) {
  if (starts_lowercase(text)) return false;
  const std::size_t end = std::min(text.find_first_of(" ,."), text.size());
  return month_number_in_any_language(text.substr(0, end)) == 0;
}

// Whether the code point at byte `i` of `t` is a letter of a right-to-left
// script (bidi class R or AL: Arabic, Hebrew), as the bidi reordering
// knows it.
bool right_to_left_letter_at(std::string_view t, std::size_t i) {
  if (i >= t.size()) return false;
  const char32_t cp = next_code_point(t, i);
  return is_strong_right_to_left(cp) && is_letter(cp);
}

// A note of right-to-left text: an Arabic UN document prints a note's
// number in brackets before its text, "(1) انظر ..." (its marks in the
// body in the line's type or raised), and a dump read back in reading
// order gives "(1)انظر" or "(1) انظر". The text after the brackets must
// open with an Arabic letter: "(1) Decides ..." in a Latin document is a
// list's item, and the brackets alone say nothing.
std::optional<LeadingNoteNumber> bracketed_rtl_note_number(std::string_view t) {
  std::size_t i = t.find_first_not_of(" \t");
  if (i == std::string_view::npos || t[i] != '(') return std::nullopt;
  LeadingNoteNumber out;
  out.figures_begin = ++i;
  while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
  out.figures_end = i;
  const std::size_t figures = out.figures_end - out.figures_begin;
  if (figures == 0 || figures > kMaxNoteFigures || i >= t.size() || t[i] != ')') return std::nullopt;
  for (std::size_t d = out.figures_begin; d < out.figures_end; ++d) out.number = out.number * 10 + (t[d] - '0');
  i = std::min(t.find_first_not_of(" \t", i + 1), t.size());
  if (!right_to_left_letter_at(t, i)) return std::nullopt;
  out.text_begin = i;
  return out;
}

// A right-to-left dump writes a note's bracketed number that stands
// against left-to-right text (a note whose text opens with a symbol or a
// citation in Latin letters, "(2) A/AC.109/2024/2.") as one run with that
// text: the page shows "(2)" at the line's right end and the text to its
// left, and the dump, with no space between them, reads the figures and
// the closing bracket after the text: "(A/AC.109/2024/2)2.", "(A/56/61)4،
// المرفق." The line opens with a bracket whose text holds no right-to-left
// letter and a left-to-right letter or figure, closed and followed by at
// most kMaxNoteFigures figures, then nothing, a space, punctuation or a
// right-to-left letter; the bracket holds more than figures ("(1)2" is no
// such line). A body line may open so too ("(A/79/123)2، وإذ":
// its mark after the bracket), so the form counts only in an Arabic
// document and only where the foot reads as notes (the sequence, the
// body's marks). figures_begin and figures_end are the number's,
// text_begin the bracketed text's.
std::optional<LeadingNoteNumber> number_read_after_run(std::string_view t) {
  std::size_t i = t.find_first_not_of(" \t");
  if (i == std::string_view::npos || t[i] != '(') return std::nullopt;
  const std::size_t open = i;
  int depth = 0;
  for (; i < t.size(); ++i) {
    depth += t[i] == '(' ? 1 : t[i] == ')' ? -1 : 0;
    if (depth == 0) break;
  }
  if (i >= t.size()) return std::nullopt;
  const std::string_view inside = t.substr(open + 1, i - open - 1);
  bool left_to_right = false;
  for (std::size_t k = 0; k < inside.size();) {
    const char32_t cp = next_code_point(inside, k);
    if (is_strong_right_to_left(cp)) return std::nullopt;
    left_to_right = left_to_right || (cp < 0x80 && std::isalnum(static_cast<unsigned char>(cp)));
  }
  LeadingNoteNumber out;
  out.figures_begin = ++i;
  while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
  out.figures_end = i;
  const std::size_t figures = out.figures_end - out.figures_begin;
  for (std::size_t d = out.figures_begin; d < out.figures_end && figures <= kMaxNoteFigures; ++d)
    out.number = out.number * 10 + (t[d] - '0');
  // Figures alone in the brackets are a note's number itself ("(1)2").
  const bool figures_alone = inside.find_first_not_of("0123456789") == std::string_view::npos;
  if (!left_to_right || figures_alone || figures == 0 || figures > kMaxNoteFigures) return std::nullopt;
  if (i < t.size()) {
    std::size_t k = i;
    const char32_t next = next_code_point(t, k);
    if (next < 0x80 ? std::isalnum(static_cast<unsigned char>(next)) != 0 : !is_strong_right_to_left(next) && is_letter(next))
      return std::nullopt;
  }
  out.text_begin = open + 1;
  return out;
}

// A line `layout` prints for a note: its number, white space, its text; or
// a right-to-left note's bracketed number and its text, and in an Arabic
// document the number a dump reads after a left-to-right run.
std::optional<LeadingNoteNumber> rtl_note_opening(std::string_view t, MarkScript script) {
  if (auto opening = bracketed_rtl_note_number(t)) return opening;
  return script == MarkScript::right_to_left ? number_read_after_run(t) : std::nullopt;
}
std::optional<LeadingNoteNumber> note_opening(std::string_view t, MarkScript script) {
  if (auto opening = leading_note_number(t, {})) {
    if (reads_as_han_number(t.substr(opening->figures_end))) return std::nullopt;
    return opening;
  }
  return rtl_note_opening(t, script);
}
std::optional<int> numbered_line(std::string_view t, MarkScript script) {
  const auto opening = note_opening(t, script);
  return opening ? std::optional<int>(opening->number) : std::nullopt;
}

// A dump's note may be Chinese: its full stop ends it too.
bool ends_sentence(std::string_view t) { return ends_note_sentence(t, /*ideographic_full_stop=*/true); }

// Whether a note's last line ends as a UN note does: a sentence, or a bare
// citation with no full stop after it: a document symbol ("A/78/123",
// "A/AC.109/2024/2"), an address ("www.un.org/...", "https://..."), or an
// abbreviated reference and its figure ("Ibid., para. 5", "vol. 75").
// An agenda's item ("Adoption of the agenda") ends none of these ways.
bool ends_note(std::string_view t) {
  t = trim_right(t);
  if (ends_sentence(t)) return true;
  static const Regex citation(
      "(?:(?:^|\\s)[A-Z]{1,4}(?:/[\\p{L}0-9.\\-]+)*/[\\p{L}0-9.\\-]*[0-9][\\p{L}0-9.\\-]*"
      "|(?:https?://|www\\.)\\S+"
      "|\\p{L}{1,6}\\.\\s?[0-9]+(?:[\\-\u2013][0-9]+)?)$");
  return citation.search(t, 0).has_value();
}

// The lines of a page that hold text (body lines not emptied by a pass),
// and the numbers alone on their lines that remove_furniture took for
// page numbers (a plain dump's stacked note numbers look alike): other
// furniture and blank lines stand between them.
bool lone_number_furniture(const Line& line) { return line.role == LineRole::furniture && lone_figures(trimmed(line)); }
std::vector<std::size_t> text_lines(const Page& page) {
  std::vector<std::size_t> out;
  for (std::size_t l = 0; l < page.lines.size(); ++l)
    if ((page.lines[l].role == LineRole::body && !trimmed(page.lines[l]).empty()) || lone_number_furniture(page.lines[l]))
      out.push_back(l);
  return out;
}

// Whether the line before page line `l` is blank or furniture (the gap a
// dump prints over the notes, or the top of the page).
bool set_apart_above(const Page& page, std::size_t l) {
  if (page.lines[l].role != LineRole::body) return false;
  return l == 0 || page.lines[l - 1].role != LineRole::body || trimmed(page.lines[l - 1]).empty();
}

struct BlockNote {
  int number = 0;
  std::size_t number_line = std::string::npos;  // a number printed alone (plain)
  std::vector<std::size_t> lines;               // the note's text, page line indices
};
struct NoteBlock {
  std::size_t from = 0;  // index in text_lines of the block's first line
  std::vector<BlockNote> notes;
  // Nothing but the number sets its first note apart from the body (not
  // indented, or hanging left of the body's column, with no blank line
  // over it): the body must mark its notes with figures run in.
  bool run_in = false;
};

// Whether each of `notes` has the shape of a UN note: a few short lines,
// the last ending a sentence or a citation (ends_note: "Resolution 70/1.",
// "A/78/514", "Ibid., para. 5"). The page's last note alone may end
// otherwise: it runs on at the next page's foot (collect_dump_note_blocks
// then looks for the rest, and keeps the page as printed when it finds
// none); so may a note under which the next opens with an Arabic note's
// bracketed number ("(12) المرجع نفسه", or read after its citation,
// number_read_after_run, which opens a note only in an Arabic document),
// which no line of a note carries on with (the UN's own Arabic A/RES/78/214 ends notes 11 and 12 with no
// full stop). A numbered list at a page's foot ("1 Opening of the session",
// "2 Adoption of the agenda") does not end so, and stays body text.
bool note_shaped(const Page& page, const std::vector<BlockNote>& notes) {
  for (std::size_t k = 0; k < notes.size(); ++k) {
    const BlockNote& n = notes[k];
    if (n.lines.empty() || n.lines.size() > kMaxNoteLines) return false;
    for (const std::size_t l : n.lines)
      if (collapse_spaces(page.lines[l].text).size() > kMaxNoteLineBytes) return false;
    if (k + 1 < notes.size() && !ends_note(page.lines[n.lines.back()].text) &&
        !bracketed_rtl_note_number(trimmed(page.lines[notes[k + 1].lines.front()])) &&
        !number_read_after_run(trimmed(page.lines[notes[k + 1].lines.front()])))
      return false;
  }
  return true;
}

bool runs_on(const Page& page, const NoteBlock& block) {
  return !ends_note(page.lines[block.notes.back().lines.back()].text);
}

// -layout: from text line `from` to the page's end, each line opens the
// next note with its number or carries the note above on.
// With `run_in` (the numbers not indented, plain), each note's text opens
// as a note's does and no line carrying a note on opens with figures.
std::optional<NoteBlock> layout_block(const Page& page, const std::vector<std::size_t>& text, std::size_t from, int expected,
                                      bool run_in, MarkScript script) {
  NoteBlock b{from, {}, run_in};
  int next = expected;
  for (std::size_t k = from; k < text.size(); ++k) {
    if (page.lines[text[k]].role == LineRole::furniture) continue;
    const std::string_view t = trimmed(page.lines[text[k]]);
    if (const auto n = numbered_line(t, script); n && *n == next) {
      if (run_in && !opens_as_note(t.substr(note_opening(t, script)->text_begin))) return std::nullopt;
      b.notes.push_back({next++, std::string::npos, {text[k]}});
      continue;
    }
    // A bracketed number before Arabic text opens a note, never carries one
    // on: where it is not the next note's, a note between was not read
    // (its line garbled by the dump), and the block is none.
    if (b.notes.empty() || lone_figures(t) || (run_in && numbered_line(t, script)) || rtl_note_opening(t, script))
      return std::nullopt;
    b.notes.back().lines.push_back(text[k]);
  }
  if (b.notes.empty() || !note_shaped(page, b.notes)) return std::nullopt;
  return b;
}

// Plain: numbers alone on their lines, stacked from `from`, then as many
// texts to the page's end; a text opens where the line before ends a
// sentence and it does not carry that line on. Once each stacked number
// has its text, a line opening with the next number before its text opens
// the next note ("1" "See Official Records ..." "2 Ibid., ...").
std::optional<NoteBlock> plain_block(const Page& page, const std::vector<std::size_t>& text, std::size_t from, int expected,
                                     MarkScript script) {
  NoteBlock b{from, {}};
  std::size_t k = from;
  for (int next = expected; k < text.size() && lone_figures(trimmed(page.lines[text[k]])); ++k, ++next) {
    if (std::stoi(std::string(trimmed(page.lines[text[k]]))) != next) return std::nullopt;
    b.notes.push_back({next, text[k], {}});
  }
  if (b.notes.empty()) return std::nullopt;
  std::size_t note = 0;
  for (; k < text.size(); ++k) {
    const std::string_view t = trimmed(page.lines[text[k]]);
    if (page.lines[text[k]].role == LineRole::furniture) continue;  // a page number under the notes
    if (lone_figures(t)) return std::nullopt;
    const std::vector<std::size_t>& lines = b.notes[note].lines;
    const bool ended = !lines.empty() && ends_note(page.lines[lines.back()].text);
    if (ended && note + 1 == b.notes.size() && numbered_line(t, script) == b.notes.back().number + 1) {
      b.notes.push_back({b.notes.back().number + 1, std::string::npos, {text[k]}});
      b.run_in = true;  // numbered before their texts: marks run in only
      ++note;
      continue;
    }
    if (ended && !starts_lowercase(t) && t.front() != '(' && ++note == b.notes.size()) return std::nullopt;
    b.notes[note].lines.push_back(text[k]);
  }
  if (b.notes.empty() || note + 1 != b.notes.size() || !note_shaped(page, b.notes)) return std::nullopt;
  return b;
}

// Whether -layout line text[k] opens a note whose number hangs left of the
// column of the body line above it, its text starting in that column
// ("               1   Официальные отчеты ..." right under
// "                   экономической деятельности ...": a full page prints
// its notes with no blank line over them).
bool hangs_left_of_body(const Page& page, const std::vector<std::size_t>& text, std::size_t k) {
  const std::string& line = page.lines[text[k]].text;
  const auto opening = leading_note_number(line, {});
  if (!opening) return false;
  const int column = indent_width(page.lines[text[k - 1]].text);
  return indent_width(line) < column && static_cast<int>(opening->text_begin) == column;
}

// The topmost block at the page's foot that reads as notes numbered from
// `expected` by its form: set apart from the body above it, or its number
// hanging left of the body's column (-layout), its numbers stacked
// (plain), or run in under the body (plain). Where nothing sets the notes
// apart from the body, their marks must be run in (NoteBlock::run_in).
std::optional<NoteBlock> foot_block(const Page& page, const std::vector<std::size_t>& text, int expected, MarkScript script) {
  std::optional<NoteBlock> found;
  for (std::size_t k = text.size(); k-- > 1;) {  // the body keeps one line at least
    const std::string_view t = trimmed(page.lines[text[k]]);
    const std::string& printed = page.lines[text[k]].text;
    const bool indented = printed.find_first_not_of(" \t") > kRunReadingIndent;
    std::optional<NoteBlock> b;
    if (lone_figures(t)) {
      if (std::stoi(std::string(t)) == expected) b = plain_block(page, text, k, expected, script);
    } else if (numbered_line(t, script) == expected) {
      // Run in: not on an OCR page (collect_footnotes reads the marks OCR
      // misreads there), nor under a notes heading (notes gathered at the
      // end, which collect_footnotes reads with their heading).
      if (!indented) {
        if (!page.ocr && !is_notes_heading(trimmed(page.lines[text[k - 1]])))
          b = layout_block(page, text, k, expected, /*run_in=*/true, script);
      } else if (set_apart_above(page, text[k])) {
        b = layout_block(page, text, k, expected, /*run_in=*/false, script);
      } else if (!page.ocr && hangs_left_of_body(page, text, k)) {
        b = layout_block(page, text, k, expected, /*run_in=*/true, script);
      }
    }
    if (b) found = std::move(b);
  }
  return found;
}

// Where page `page`'s own notes, numbered from `next`, open: the text line
// of their first number (alone on its line, or before a -layout note's
// text), or the end of the page's text when it has none.
std::size_t own_notes_from(const Page& page, const std::vector<std::size_t>& text, int next, MarkScript script) {
  for (std::size_t k = 0; k < text.size(); ++k) {
    const std::string_view t = trimmed(page.lines[text[k]]);
    if (lone_figures(t) ? std::stoi(std::string(t)) == next : numbered_line(t, script) == next) return k;
  }
  return text.size();
}

// Whether a line opens as paragraph or list numbering ("2.", "(a)", "a)",
// "IV.") or is a heading (its letters all capitals, no figures: a
// document symbol, "A/AC.109/2024/2.", carries a citation on): the body's
// own text, never the rest of a note.
bool opens_body_item(std::string_view t) {
  static const Regex numbering("^(?:\\(?[0-9]{1,3}[.)]|\\(?\\p{L}{1,2}\\)|\\(?[ivxlcdm]{1,6}\\)|[IVXLCDM]{1,6}\\.|\\p{Lu}\\.)(?:\\s|$)");
  static const Regex lower("\\p{Ll}");
  static const Regex upper("\\p{Lu}");
  const bool heading = !lower.search(t, 0) && upper.search(t, 0) && t.find_first_of("0123456789") == std::string_view::npos;
  return numbering.search(t, 0).has_value() || heading;
}

// Whether a line ends a clause or a paragraph, as the body line above a
// note's text does (",", ";", ":", ".", and the full-width and Arabic forms).
bool ends_clause(std::string_view t) {
  t = trim_right(t);
  if (t.empty()) return false;
  if (std::string_view(",;:.").find(t.back()) != std::string_view::npos) return true;
  for (const std::string_view sign : {"\uFF0C", "\uFF1B", "\uFF1A", "\u3002", "\u060C", "\u061B"})
    if (t.ends_with(sign)) return true;
  return false;
}

// Whether a note's last line ends inside a document symbol, after one of
// its slashes ("(GC(69)/RES/"): the note is cut there, its rest on the
// next page ("DEC(2025))。").
bool ends_inside_symbol(std::string_view t) {
  t = trim_right(t);
  return t.size() >= 2 && t.back() == '/' && t[t.size() - 2] != ' ';
}
// Whether a line opens with the rest of a symbol: its first word opens
// with a Latin letter or a figure and holds no lower-case letter
// ("DEC(2025))。", "15, entitled ..."; not "Decides to remain seized",
// a body line, nor Han text).
bool opens_symbol_rest(std::string_view t) {
  const std::string_view word = t.substr(0, std::min(t.find(' '), t.size()));
  if (word.empty() || !((word.front() >= '0' && word.front() <= '9') || (word.front() >= 'A' && word.front() <= 'Z'))) return false;
  return std::none_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}
bool cut_in_symbol(const Page& page, const NoteBlock& block) {
  return ends_inside_symbol(page.lines[block.notes.back().lines.back()].text);
}

// Whether `lines` read as the rest of a note cut at its page's end: the
// first opens in lower case (or in a script with no case), with an
// opening quote or bracket ("“Restoration of ...”."), figures ("2025,
// p. 5."), or carries a citation on (a document symbol, "A/78/123"), or,
// where the note was cut inside a symbol (`in_symbol`), opens with the
// symbol's rest (opens_symbol_rest: the rest of "(GC(69)/RES/" is
// "DEC(2025))。"); none is numbering or a heading of the body ("2. Decides
// to remain seized").
bool reads_on(const Page& page, const std::vector<std::size_t>& lines, bool in_symbol) {
  for (const std::size_t l : lines)
    if (opens_body_item(trimmed(page.lines[l]))) return false;
  const std::string_view t = trimmed(page.lines[lines.front()]);
  if (in_symbol) return opens_symbol_rest(t);
  static const Regex opening("^(?:[\\p{Ll}\\p{Lo}\\p{Ps}\\p{Pi}\"'0-9]|\\p{Lu}{1,4}(?:\\.[0-9]+)*/)");
  return opening.search(t, 0).has_value();
}

// The rest of a note run on from the page before: the lines at this
// page's foot, set apart above, just over the page's own notes (numbered
// from `next`) or over its furniture at the end, a few short lines the
// last of which ends a note, the first carrying a note on (reads_on;
// `in_symbol`: the note was cut inside a symbol). A plain dump prints such
// lines among its notes' texts, after their stacked numbers: there they
// are not looked for (nullopt), and the page before stays as printed.
std::optional<std::vector<std::size_t>> carried_lines(const Page& page, int next, bool in_symbol, MarkScript script) {
  const std::vector<std::size_t> text = text_lines(page);
  std::size_t end = own_notes_from(page, text, next, script);
  if (end < text.size() && lone_figures(trimmed(page.lines[text[end]]))) return std::nullopt;
  while (end > 0 && page.lines[text[end - 1]].role == LineRole::furniture) --end;
  for (std::size_t k = end; k-- > 1 && end - k <= kMaxNoteLines;) {  // the body keeps one line at least
    const std::string_view t = trimmed(page.lines[text[k]]);
    if (lone_figures(t) || page.lines[text[k]].role != LineRole::body ||
        collapse_spaces(page.lines[text[k]].text).size() > kMaxNoteLineBytes)
      return std::nullopt;
    if (!set_apart_above(page, text[k])) continue;
    if (!ends_note(page.lines[text[end - 1]].text)) return std::nullopt;
    std::vector<std::size_t> lines(text.begin() + static_cast<std::ptrdiff_t>(k), text.begin() + static_cast<std::ptrdiff_t>(end));
    if (!reads_on(page, lines, in_symbol)) return std::nullopt;
    return lines;
  }
  return std::nullopt;
}

// Where the body joined from `body` marks note `n` at or after `start`:
// figures right after a letter or punctuation, run into a year, or set
// apart by a space after a word or punctuation before a word, punctuation
// or the end, or after a year before punctuation or a word that joins a
// list ("de 1949 2 et"; "en 2022 2 réunions" counts). npos when it does not. With
// `run_in_only`, only figures run into what is before them count.
// The patterns are compiled once: each finds any figures so placed (group
// 1), and the search moves on until they are `n`'s.
const Regex& body_mark(bool run_in_only) {
  static const Regex run_in("(?:(?<=[\\p{L}\\p{Pe}\\p{Pf},;:\u3001\u3002\uFF0C\uFF1B\uFF1A])|(?<=\\b(?:19|20)[0-9]{2}))"
                            "([0-9]+)(?![0-9])(?=[\\s\\p{P}\\p{L}]|$)");
  static const Regex any("(?:(?<=[\\p{L}\\p{Pe}\\p{Pf},;:\u3001\u3002\uFF0C\uFF1B\uFF1A])|(?<=\\b(?:19|20)[0-9]{2})|"
                         "(?<=[\\p{L}\\p{Pe}\\p{Pf},;:] )|(?<=\\b(?:19|20)[0-9]{2} )(?=[0-9]+(?:[,;:.)]| (?:and|or|et|ou|y|e|o|u|и|или)\\b)))"
                         "([0-9]+)(?![0-9])(?=[\\s\\p{P}\\p{L}]|$)");
  return run_in_only ? run_in : any;
}
// A right-to-left line (Arabic) prints its marks run in only (a number
// set apart after a word is a number: "الفقرتين 1 و 2"), and a dump read
// back in reading order gives them after three letters of a word (not a
// unit's "كم2", km²), after the Arabic comma or semicolon ("،" "؛"), a
// bracket or a quote (one that closes as an opening one prints, "“"), or
// run into a year's left, where the mark is printed: a dump gives the
// figures of a left-to-right run in the order of their glyphs, so "2011"
// and its mark 1 come out "12011", counted only after a month's name or
// the word for "year" (mark_in_body: "12000" is a number).
const Regex& right_to_left_body_mark() {
  static const Regex r("(?|(?<![0-9])([0-9]{1,3})(?=(?:19|20)[0-9]{2}(?![0-9]))"
                       "|(?:(?<=\\p{L}{3})|(?<=[\\p{Pe}\\p{Pf}\\p{Pi},;:\u060C\u061B]))([0-9]+)(?![0-9])(?=[\\s\\p{P}\\p{L}]|$))");
  return r;
}

std::size_t mark_in_body(std::string_view body, int n, std::size_t start, bool run_in_only, MarkScript script) {
  const std::string num = std::to_string(n);
  const Regex& pattern = script == MarkScript::right_to_left ? right_to_left_body_mark()
                         : script == MarkScript::han     ? han_dump_mark(/*loose=*/true)
                                                         : body_mark(run_in_only);
  for (std::size_t at = start; at <= body.size();) {
    const auto m = pattern.search(body, at);
    if (!m) return std::string::npos;
    at = m->groups[0].first + 1;
    const std::size_t end = m->groups[1].second;
    if (m->str(body, 1) != num) continue;
    if (script == MarkScript::han && han_number_follows(body.substr(end))) continue;
    if (end < body.size() && body[end] >= '0' && body[end] <= '9') {  // run into a year's left
      const std::string_view before = body.substr(0, m->groups[1].first);
      if (!month_before(before) && !split_month_before(before) && !arabic_year_word_before(before)) continue;
    }
    return end;
  }
  return std::string::npos;
}

// Whether a paragraph's number alone on its line ("16.") stands right over
// the stacked numbers of a plain block: its text has not come yet, and a
// plain dump may print it after the notes' numbers, among their texts
// ("16." "8" "4/5" "Reitera su exhortación ..." "Resolución 70/1.": the
// Spanish A/RES/79/100, whose note 8 took the paragraph's first line in).
bool paragraph_number_over(const Page& page, const std::vector<std::size_t>& text, const NoteBlock& block) {
  if (block.from == 0 || block.notes.front().number_line == std::string::npos) return false;
  static const Regex kParagraphNumber("^[0-9]{1,3}\\.$");
  return kParagraphNumber.full_match(trimmed(page.lines[text[block.from - 1]]));
}

// The notes of `block` the body of the page above it does not mark, in
// order: empty when each is marked.
std::vector<int> unmarked(const Page& page, const Page* before, const std::vector<std::size_t>& text, const NoteBlock& block,
                          MarkScript script) {
  // The last line of the page before, as context only: a mark run into a
  // date's year at the page's top has its month there ("... نيسان/أبر يل" |
  // "112022 و ...": 2022 and note 11).
  std::string body;
  if (before)
    for (auto it = before->lines.rbegin(); it != before->lines.rend(); ++it)
      if (it->role == LineRole::body && !is_blank(it->text)) {
        body = collapse_spaces(it->text) + "\n";
        break;
      }
  const std::size_t context = body.size();
  for (std::size_t k = 0; k < block.from; ++k)
    if (page.lines[text[k]].role == LineRole::body) body += collapse_spaces(page.lines[text[k]].text) + "\n";
  std::vector<int> out;
  std::size_t at = context;
  for (const BlockNote& n : block.notes) {
    const std::size_t end = mark_in_body(body, n.number, at, block.run_in, script);
    if (end == std::string::npos) out.push_back(n.number);
    else at = end;
  }
  return out;
}

// Whether the body line text[k] of `page`, figures alone, stands where a
// dump sets apart a raised mark printed after a left-to-right line's
// punctuation: under a body line that ends with a comma, semicolon, full
// stop, colon, closing bracket or quote ("... the Territory;" "8"), neither
// neighbour in the body above `block` figures alone (a table's column of
// figures, its cells under a label that runs on, "... Committee in" "5"
// "the period ...", is none).
bool set_apart_after_punctuation(const Page& page, const std::vector<std::size_t>& text, const NoteBlock& block,
                                 std::size_t k) {
  if (k == 0) return false;
  const Line& above = page.lines[text[k - 1]];
  const std::string_view a = trimmed(above);
  if (above.role != LineRole::body || a.empty() || lone_figures(a)) return false;
  if (k + 1 < block.from && lone_figures(trimmed(page.lines[text[k + 1]]))) return false;
  static constexpr std::string_view kEnds[] = {",", ";", ".", ":", ")", "]", "\"", "\u201D", "\u2019", "\u00BB"};
  return std::any_of(std::begin(kEnds), std::end(kEnds), [&](std::string_view e) { return a.ends_with(e); });
}

// The body lines of `page` above `block` that print the figures of `n`
// alone (text_lines indices).
std::vector<std::size_t> lone_figures_of(const Page& page, const std::vector<std::size_t>& text, const NoteBlock& block, int n) {
  std::vector<std::size_t> out;
  for (std::size_t k = 0; k < block.from; ++k) {
    const Line& line = page.lines[text[k]];
    if (line.role == LineRole::body && trimmed(line) == std::to_string(n)) out.push_back(k);
  }
  return out;
}

// Whether each of `missing` stands alone once on a body line of the page
// above `block`, set apart after punctuation, as a dump prints a raised
// mark it set apart.
bool set_apart_in_body(const Page& page, const std::vector<std::size_t>& text, const NoteBlock& block,
                       const std::vector<int>& missing) {
  return std::all_of(missing.begin(), missing.end(), [&](int n) {
    const std::vector<std::size_t> lone = lone_figures_of(page, text, block, n);
    return lone.size() == 1 && set_apart_after_punctuation(page, text, block, lone.front());
  });
}

// A raised mark that a dump sets on a line of its own: figures alone
// ("2") between two lines of the body, next to the line whose end it
// marks, as the script decides:
//   - a plain dump of a right-to-left page prints it over that line.
//     pdftotext leaves out of a line the raised figures printed past its
//     last word (a right-to-left line ends at its left, where the mark
//     stands over the baseline: ES-11/1's "... لعام 1949" under "2",
//     78/214's "... والسياسية" under "13"), and prints them on a line of
//     their own right over it;
//   - a -layout dump of a left-to-right page prints it under that line
//     when the mark ends it (A/RES/79/100: "14. Takes into account the
//     2030 Agenda for Sustainable Development," "8" "including the
//     Sustainable Development Goals, ..."). Taken only where the line under
//     the figures carries the paragraph on (no blank line over it, opening
//     with a lower-case letter): a plain dump prints such a mark after its
//     whole paragraph instead ("... of the Territory;" "8" "" "15.
//     Requests ..."), where its place in the paragraph is lost.
struct LoneMark {
  int number = 0;
  std::size_t line = 0;    // page line of the figures
  std::size_t marked = 0;  // page line whose end they mark
};

// Whether `t` opens with a lower-case letter (not "(a)": a point's label).
bool opens_lower_case(std::string_view t) {
  std::size_t i = 0;
  return !t.empty() && is_lower_letter(next_code_point(t, i));
}

// The line lone figures at text[k] of `page` mark, if they stand as a
// dump in `script` sets a lone mark (above).
std::optional<std::size_t> line_lone_figures_mark(const Page& page, const std::vector<std::size_t>& text,
                                                  const NoteBlock& block, std::size_t k, MarkScript script) {
  const Line& above = page.lines[text[k - 1]];
  const Line& below = page.lines[text[k + 1]];
  if (above.role != LineRole::body || below.role != LineRole::body || lone_figures(trimmed(below))) return std::nullopt;
  if (script == MarkScript::right_to_left) return text[k + 1];
  if (script != MarkScript::latin || !set_apart_after_punctuation(page, text, block, k)) return std::nullopt;
  if (text[k + 1] != text[k] + 1 || !opens_lower_case(trimmed(below))) return std::nullopt;
  return text[k - 1];
}

// For each of `missing` (notes of `block` the body does not mark), the
// line of the page's body above the block that is its figures alone, set
// as a lone mark (line_lone_figures_mark); empty unless each has one, and
// its figures stand alone nowhere else above the block (a document's
// figures alone on a line are a table's, a page's number: such notes stay
// unmarked).
std::vector<LoneMark> lone_marks(const Page& page, const std::vector<std::size_t>& text, const NoteBlock& block,
                                 const std::vector<int>& missing, MarkScript script) {
  std::vector<LoneMark> out;
  for (const int n : missing) {
    // Figures alone twice (wherever they stand): which is the mark is not known.
    const std::vector<std::size_t> lone = lone_figures_of(page, text, block, n);
    if (lone.size() != 1 || lone.front() == 0 || lone.front() + 1 >= block.from) return {};
    const std::optional<std::size_t> marked = line_lone_figures_mark(page, text, block, lone.front(), script);
    if (!marked) return {};
    out.push_back(LoneMark{n, text[lone.front()], *marked});
  }
  return out;
}

// Takes lone mark `m` of page `p`: its line goes (a dump's artefact, edit
// lone_note_mark) and the mark stands at the end of the line it marks:
// after its punctuation in English ("Development,8"), before it in the
// other languages, as the UN prints them ("20111,", "года1,", "العام(2)؛").
void take_lone_mark(Document& doc, std::size_t p, const LoneMark& m, MarkScript script, bool english) {
  const std::string marker = std::to_string(m.number);
  set_role(doc, kCollect, "lone_note_mark", {p, m.line}, LineRole::marker,
           "the raised mark of note " + marker +
               (script == MarkScript::right_to_left
                    ? ", which a plain dump of a right-to-left page prints on a line of its own over the line whose end it "
                      "marks: its mark is set at the end of the line under it"
                    : ", which a -layout dump prints on a line of its own under the line whose end it marks, within its "
                      "paragraph: its mark is set at the end of the line over it"),
           kLoneMarkConfidence);
  Line& marked = doc.pages[p].lines[m.marked];
  std::string_view t = trim_right(marked.text);
  for (bool cut = !english; cut;) {
    cut = false;
    for (const std::string_view sign : {"\u060C", "\u061B", ".", ",", ";", ":"})
      if (t.ends_with(sign)) t = trim_right(t.substr(0, t.size() - sign.size())), cut = true;
  }
  marked.marks.push_back(NoteMark{t.size(), marker, MarkSource::inferred});
  std::sort(marked.marks.begin(), marked.marks.end(), [](const NoteMark& a, const NoteMark& b) { return a.offset < b.offset; });
}

// A line ending in a hyphen or dash joins the next with no space, the
// dash kept ("2022-" over "09-22", "self-" over "determination"), and so
// does one ending inside a symbol ("(GC(69)/RES/" over "DEC(2025))").
void join_note_line(std::string& text, const std::string& line) {
  text += (text.empty() || text.ends_with("-") || ends_inside_symbol(text) ? "" : " ") + line;
}

// A note's first line whose number the dump read after the left-to-right
// run it stands against ("(A/56/61)4، المرفق.", number_read_after_run)
// written as notes are, its marker, a space and its text ("4 A/56/61،
// المرفق."): an edit, so that the printed "(4)" is accounted for. Whether
// the line was so; only a line whose number is the note's is.
bool number_out_of_run(Document& doc, std::size_t page, std::size_t line_index, const BlockNote& n) {
  const LineRef ref{page, line_index};
  Line& line = at(doc, ref);
  const auto opening = number_read_after_run(line.text);
  if (!opening || opening->number != n.number) return false;
  const std::size_t open = opening->text_begin - 1;
  const std::string span = line.text.substr(open, opening->figures_end - open);
  const std::string marker = std::to_string(n.number);
  const std::string cited = line.text.substr(opening->text_begin, opening->figures_begin - 1 - opening->text_begin);
  const std::string written = marker + " " + cited;
  line.replace(open, span.size(), written);
  record_line_edit(doc, kCollect, "note_number", ref, open, span, written,
                   "a right-to-left dump reads a note's bracketed number after the left-to-right text it stands "
                   "against, with no space between: \"" + span + "\" is note " + marker + ", its text \"" + cited + "\"",
                   kNumberOutOfRunConfidence);
  return true;
}

void take_note(Document& doc, std::size_t p, const BlockNote& n) {
  const Page& page = doc.pages[p];
  const std::string marker = std::to_string(n.number);
  if (n.number_line != std::string::npos) {
    set_role(doc, kCollect, "collect_footnote", {p, n.number_line}, LineRole::footnote,
             "number of footnote " + marker + ", printed alone on its line at the page's foot (no separator printed)");
    if (n.number_line + 1 != n.lines.front())
      move_text(doc, kCollect, "move_note_number", {p, n.number_line}, 0, page.lines[n.number_line].text.size(),
                {p, n.lines.front()}, 0, "footnote " + marker + "'s number, printed apart from its text, read before it");
  }
  if (n.number_line == std::string::npos && !number_out_of_run(doc, p, n.lines.front(), n))
    unbracket_note_number(doc, p, n.lines.front(), marker);
  std::string text;
  for (std::size_t k = 0; k < n.lines.size(); ++k) {
    std::string line = collapse_spaces(page.lines[n.lines[k]].text);
    if (k == 0 && n.number_line == std::string::npos) line = collapse_spaces(line.substr(marker.size()));
    join_note_line(text, line);
    set_role(doc, kCollect, "collect_footnote", {p, n.lines[k]}, LineRole::footnote,
             k == 0 ? "footnote " + marker + " at the page's foot, numbered in sequence and marked in the body above (no separator printed)"
                    : "continuation of footnote " + marker);
  }
  doc.footnotes.push_back(Footnote{marker, text, static_cast<int>(p) + 1, static_cast<int>(n.lines.front()), false});
}

// Whether `page`'s foot opens with its own block of notes numbered from
// `next`, nothing carried on over it: the note before, which does not end
// a sentence, ends where its page ends ("... relativa a su aprobación").
bool next_page_opens_notes(const Page& page, int next, MarkScript script) {
  const std::vector<std::size_t> text = text_lines(page);
  return foot_block(page, text, next, script).has_value();
}

// Joins `lines` of page `q` to the last note taken, run on from the page
// before.
void take_carried(Document& doc, std::size_t q, const std::vector<std::size_t>& lines) {
  Footnote& note = doc.footnotes.back();
  for (const std::size_t l : lines) {
    join_note_line(note.text, collapse_spaces(doc.pages[q].lines[l].text));
    set_role(doc, kCollect, "collect_footnote", {q, l}, LineRole::footnote,
             "continuation of footnote " + note.marker + ", run on from page " + std::to_string(note.page) +
                 "'s foot, where it does not end (no separator printed)");
  }
}

std::string numbers_of(const std::vector<int>& numbers) {
  std::string s;
  for (const int n : numbers) s += (s.empty() ? "" : ", ") + std::to_string(n);
  return s;
}

// The markers of notes `from` to `to`, which a warning says stay in the
// text (Doubt::notes_in_text).
std::vector<std::string> markers(int from, int to) {
  std::vector<std::string> m;
  for (int n = from; n <= to; ++n) m.push_back(std::to_string(n));
  return m;
}

// A page whose lines open with bracketed numbers before Arabic text, the
// form of an Arabic note, numbered from `expected` on, none of which was
// read as the page's notes (a note's line garbled by the dump, a number
// out of sequence, a body that does not mark them): they stay as printed,
// and the archivist is told so. Whether it told.
// `named`: the highest note number such warnings have named (the notes
// expected do not move on past a page kept as printed: a later page's
// lines are the notes after those).
bool warn_bracketed_notes_left(Document& doc, std::size_t p, const std::vector<std::size_t>& text, int expected,
                               MarkScript script, int& named) {
  const Page& page = doc.pages[p];
  std::vector<int> numbers;
  std::size_t first = 0;
  for (const std::size_t l : text)
    if (const auto n = rtl_note_opening(trimmed(page.lines[l]), script); n && n->number >= expected) {
      if (numbers.empty()) first = l;
      numbers.push_back(n->number);
    }
  if (numbers.empty()) return false;
  // The notes from the first not named yet, as many as the lines read, or
  // up to the highest number read that is at most kMostNotesPast beyond
  // them: a note whose number the dump garbled stands among them (80/7:
  // note 2's line unread, "(3)" read), a number far beyond is garbled
  // itself ("(1)", "(7)", "(3)").
  const int from = std::max(expected, named + 1);
  named = from + static_cast<int>(numbers.size()) - 1;
  for (const int n : numbers)
    if (n > named && n <= named + kMostNotesPast) named = n;
  doc.log.warn_notes_in_text(std::string(kCollect), doc.position_of(p, first),
                             "page " + std::to_string(p + 1) + ": lines open with bracketed numbers before Arabic text as notes do (" +
                                 numbers_of(numbers) + "), but they do not read as the page's notes " + std::to_string(expected) +
                                 " on, in sequence and marked in the body: kept as printed",
                             markers(from, named));
  return true;
}

// The characters of a dump's line, its runs of spaces counted as one.
std::size_t printed_chars(const Line& line) { return code_points(trim(line.text), /*collapse_spaces=*/true).size(); }

// Whether the text line right over the notes of `later` (which open at
// text line later.from) reads as the text of the note before them, alone
// on its line: it ends as a note does and opens as one (not in lower case,
// not with a month's name, no numbering, no heading, no figures alone),
// under a body line that ends a clause and is shorter than the longest
// line of `later`'s notes (a line as long may be the note's own first
// line, wrapped at a comma: "See Official Records ..., Seventy-eighth
// Session," over "Supplement No. 53 (A/78/53).").
bool reads_as_note_over(const Page& page, const std::vector<std::size_t>& text, const NoteBlock& later, MarkScript script) {
  const std::size_t k = later.from;
  if (k < 2 || page.lines[text[k - 1]].role != LineRole::body) return false;
  std::size_t longest = 0;
  for (const BlockNote& n : later.notes)
    for (const std::size_t l : n.lines) longest = std::max(longest, printed_chars(page.lines[l]));
  const std::string_view t = trimmed(page.lines[text[k - 1]]);
  const Line& above = page.lines[text[k - 2]];
  return ends_note(t) && opens_as_note(t) && !opens_body_item(t) && !note_opening(t, script) && !lone_figures(t) &&
         collapse_spaces(page.lines[text[k - 1]].text).size() <= kMaxNoteLineBytes && ends_clause(above.text) &&
         printed_chars(above) < longest;
}

// A plain dump may print the first note's raised number alone after the
// notes' texts, the others before theirs ("见《大会正式记录……》" "2 同上，……"
// ... "12 同上，……" "1"): the page's foot then reads as notes from
// `expected` + 1 (foot_block, the number after them set aside), under one
// line without a number, which is note `expected`'s text where it reads
// as one (reads_as_note_over). Where the foot reads as notes from
// `expected` + 1, marked in the body, but note `expected` is not so found
// (its number lost, or its text longer than a line), the page stays as
// printed, with a warning (`warned`). Notes numbered from `expected` over
// a lone number are left to the rest of the pass (nullopt, no warning).
std::optional<NoteBlock> block_numbered_after(Document& doc, std::size_t p, const std::vector<std::size_t>& text, int expected,
                                              MarkScript script, bool& warned) {
  const Page& page = doc.pages[p];
  std::vector<std::size_t> notes_text = text;
  std::size_t number_line = std::string::npos;
  if (!notes_text.empty() && lone_figures(trimmed(page.lines[notes_text.back()])) &&
      std::stoi(std::string(trimmed(page.lines[notes_text.back()]))) == expected) {
    number_line = notes_text.back();
    notes_text.pop_back();
    if (foot_block(page, notes_text, expected, script)) return std::nullopt;  // a page's number under its notes?
  }
  const auto later = foot_block(page, notes_text, expected + 1, script);
  if (!later) return std::nullopt;
  const std::size_t k = later->from;
  if (number_line != std::string::npos && reads_as_note_over(page, text, *later, script)) {
    NoteBlock b{k - 1, {BlockNote{expected, number_line, {text[k - 1]}}}, later->run_in};
    b.notes.insert(b.notes.end(), later->notes.begin(), later->notes.end());
    return b;
  }
  if (!unmarked(page, p > 0 ? &doc.pages[p - 1] : nullptr, text, *later, script).empty()) return std::nullopt;
  const std::string notes = later->notes.size() == 1 ? "note " + std::to_string(expected + 1)
                                                     : "notes " + std::to_string(expected + 1) + " to " +
                                                           std::to_string(later->notes.back().number);
  doc.log.warn_notes_in_text(std::string(kCollect), doc.position_of(p, text[k]),
                             "page " + std::to_string(p + 1) + ": the lines at its foot read as " + notes +
                                 " (no separator printed), but note " + std::to_string(expected) +
                                 " is not found over them (its number not printed, or its text longer than a line): kept as printed",
                             markers(expected, later->notes.back().number));
  warned = true;
  return std::nullopt;
}

// A page none of whose lines was read as its notes, where a line at its
// foot (after its last gap) opens with the number of a note a little past
// the one expected, after a line that ends as a note does ("见《……》。"
// over "2 同上，……": note 1's number lost): the notes there stay as
// printed, and the archivist is told so. A foot that prints note
// `expected` itself is left to collect_footnotes' run reading.
void warn_numbered_lines_left(Document& doc, std::size_t p, const std::vector<std::size_t>& text, int expected,
                              MarkScript script) {
  const Page& page = doc.pages[p];
  std::size_t from = text.size();
  while (from > 0 && text.size() - from < kFootLinesLooked && !set_apart_above(page, text[from - 1])) --from;
  if (from > 0) --from;  // the foot's first line, set apart above it
  // A foot that prints note `expected` itself is left to collect_footnotes'
  // run reading, which warns of what it cannot read.
  for (std::size_t k = from; k < text.size(); ++k)
    if (numbered_line(trimmed(page.lines[text[k]]), script) == expected) return;
  for (std::size_t k = from + 1; k < text.size(); ++k) {
    const std::string_view t = trimmed(page.lines[text[k]]);
    const auto n = numbered_line(t, script);
    if (!n || *n <= expected || *n > expected + kMostNotesPast || page.lines[text[k]].role != LineRole::body) continue;
    if (!ends_note(page.lines[text[k - 1]].text) || !opens_as_note(t.substr(note_opening(t, script)->text_begin))) continue;
    doc.log.warn_notes_in_text(std::string(kCollect), doc.position_of(p, text[k]),
                               "page " + std::to_string(p + 1) + ": a line at its foot opens with " + std::to_string(*n) +
                                   " as note " + std::to_string(*n) + " does (no separator printed), but the notes from " +
                                   std::to_string(expected) + " on are not read there: kept as printed",
                               markers(expected, *n));
    return;
  }
}

bool dump_without_separator(const Document& doc) {
  if (doc.source.kind != "text") return false;  // Markdown marks its notes itself
  for (const Page& page : doc.pages)
    for (const Line& line : page.lines)
      if (line.box || is_separator_rule(line.text)) return false;
  return !doc.pages.empty();
}
}  // namespace

// The bracketed number an Arabic note opens with ("(1)انظر", "(١) انظر",
// a dump's line indented as -layout sets it) written as notes are, its
// marker and a space ("1 انظر"): an edit, so that the printed "(1)" is
// accounted for.
void unbracket_note_number(Document& doc, std::size_t page, std::size_t line_index, const std::string& marker) {
  const LineRef ref{page, line_index};
  Line& line = at(doc, ref);
  // A note whose Latin address outweighs its Arabic words ("(6)متاح على:
  // www.un.org/...") reads left to right, but opens as an Arabic note.
  if (!line.right_to_left && !bracketed_rtl_note_number(trim(line.text))) return;
  static const Regex kBracketed("^\\s*\\([0-9\u0660-\u0669\u06F0-\u06F9]{1,3}\\)\\s*");
  const auto m = kBracketed.search(line.text);
  if (!m) return;
  const std::string span(m->str(line.text, 0));
  const std::string printed(trim(span));
  line.replace(0, span.size(), marker + " ");
  record_line_edit(doc, kCollect, "note_number", ref, 0, span, marker + " ",
                   "an Arabic note's number is printed in brackets: \"" + printed + "\" is note " + marker, 0.95);
}

void collect_dump_note_blocks(Document& doc, const PassContext&) {
  if (!doc.footnotes.empty() || !dump_without_separator(doc)) return;
  const std::string& language = language_of(doc);
  const MarkScript script = language == "ar" ? MarkScript::right_to_left : language == "zh" ? MarkScript::han : MarkScript::latin;
  int expected = 1;
  int named = 0;      // warn_bracketed_notes_left's
  bool taken = false;  // whether an earlier page's notes were collected
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    const Page& page = doc.pages[p];
    const std::vector<std::size_t> text = text_lines(page);
    auto block = foot_block(page, text, expected, script);
    bool warned = false;
    if (!block) block = block_numbered_after(doc, p, text, expected, script, warned);
    if (!block) {
      if (!warned && !warn_bracketed_notes_left(doc, p, text, expected, script, named))
        warn_numbered_lines_left(doc, p, text, expected, script);
      continue;
    }
    const int last = block->notes.back().number;
    if (paragraph_number_over(page, text, *block)) {
      doc.log.warn_notes_in_text(std::string(kCollect), doc.position_of(p, text[block->from]),
                                 "page " + std::to_string(p + 1) + ": the lines at its foot read as notes " + std::to_string(expected) +
                                     " to " + std::to_string(last) + " (no separator printed), but they stand under a paragraph's "
                                     "number alone on its line (\"" + std::string(trimmed(page.lines[text[block->from - 1]])) +
                                     "\"), whose text may be among them: kept as printed",
                                 markers(expected, last));
      continue;
    }
    // An Arabic note's bracketed number is a note's form, not a line of
    // the body's: such notes left unmarked are warned of.
    const bool bracketed = rtl_note_opening(trimmed(page.lines[block->notes.front().lines.front()]), script).has_value();
    std::vector<int> missing = unmarked(page, p > 0 ? &doc.pages[p - 1] : nullptr, text, *block, script);
    const std::vector<LoneMark> lone =
        script != MarkScript::han && !missing.empty() ? lone_marks(page, text, *block, missing, script) : std::vector<LoneMark>{};
    if (!lone.empty()) missing.clear();
    const auto take_all = [&] {
      for (const BlockNote& n : block->notes) take_note(doc, p, n);
      for (const LoneMark& m : lone) take_lone_mark(doc, p, m, script, language == "en");
      taken = true;
    };
    if (!missing.empty() && block->run_in && !bracketed) {
      // Lines under the body that open with figures, unmarked: body text
      // (or notes that collect_footnotes' run reading knows otherwise).
      continue;
    } else if (!missing.empty()) {
      // Notes when the body marks some of them, when they open with an
      // Arabic note's bracketed number, or when they carry on the numbering
      // of notes collected on earlier pages and the body prints each
      // missing number alone on a line (a plain dump sets a raised mark
      // apart, after its paragraph: A/RES/79/100's "8" under "Territory;",
      // marked after "Development," in print): their text then stays in the
      // body. Otherwise, unbracketed and marked nowhere, they may be a
      // numbered list (items "4" and "5" under "3. Decides ... the
      // following items:").
      const std::string why = "page " + std::to_string(p + 1) + ": the lines at its foot read as notes " +
                              std::to_string(expected) + " to " + std::to_string(last) +
                              " (no separator printed), but the body above does not mark note" +
                              (missing.size() > 1 ? "s " : " ") + numbers_of(missing) + ": kept as printed";
      if (missing.size() < block->notes.size() || bracketed || (taken && set_apart_in_body(page, text, *block, missing)))
        doc.log.warn_notes_in_text(std::string(kCollect), doc.position_of(p, text[block->from]), why, markers(expected, last));
      else
        doc.log.warn(std::string(kCollect), doc.position_of(p, text[block->from]), why);
    } else if (!runs_on(page, *block)) {
      take_all();
    } else if (const auto carried = p + 1 < doc.pages.size()
                                        ? carried_lines(doc.pages[p + 1], last + 1, cut_in_symbol(page, *block), script)
                                        : std::nullopt) {
      take_all();
      take_carried(doc, p + 1, *carried);
    } else if (p + 1 < doc.pages.size() && next_page_opens_notes(doc.pages[p + 1], last + 1, script)) {
      take_all();
      if (cut_in_symbol(page, *block))
        doc.log.warn(std::string(kCollect), doc.position_of(p, block->notes.back().lines.back()),
                     "page " + std::to_string(p + 1) + ": note " + std::to_string(last) + " ends inside a symbol (\"" +
                         std::string(trimmed(page.lines[block->notes.back().lines.back()])) +
                         "\"), and its rest is not found over the next page's notes: the note is cut, its rest left where "
                         "the dump prints it");
    } else {
      doc.log.warn_notes_in_text(std::string(kCollect), doc.position_of(p, text[block->from]),
                                 "page " + std::to_string(p + 1) + ": the lines at its foot read as notes " + std::to_string(expected) +
                                     " to " + std::to_string(last) + " (no separator printed), but note " + std::to_string(last) +
                                     " does not end, and the next page's foot neither carries it on nor opens with note " +
                                     std::to_string(last + 1) + ": kept as printed",
                                 markers(expected, last));
    }
    expected = last + 1;
  }
}

}  // namespace akn::detail
