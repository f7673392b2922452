// The patterns link_footnotes searches every block with for note numbers
// glued to the text (where the source lost the superscript), each behind a
// pre-check (cleanup/guarded_pattern.hpp): one scan of the block's bytes
// tells which of them can match at all, and most blocks need none of the
// five searches. Internal to cleanup/.
//
// Thread safety: the patterns are compiled once, immutable after; all
// functions are safe to call concurrently.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "cleanup/guarded_pattern.hpp"
#include "core/regex.hpp"

namespace akn::detail {

// Digits glued after punctuation ("rights,1"; in a right-to-left line
// also after the Arabic comma or semicolon, "المستعمرة،3", or before one
// of them after a closing quote printed as "“", "المحافظين“3؛"): group 1
// the punctuation, group 2 the digits.
const Regex& note_after_punctuation_mark();
// Digits glued to a word in lower case or to three Arabic letters
// ("rights1", "العام15؛"; not a unit's "كم2", km²): group 1.
const Regex& note_after_word_mark();
// A number glued to a year ("20151"): group 1 the year, group 2 the rest.
const Regex& note_after_year_mark();
// One to three figures glued to a year's left ("12011": note 1 and 2011):
// a right-to-left line prints the mark that follows a year left of it, and
// a text dump gives a left-to-right run's figures in the order of their
// glyphs. Group 1 the figures, group 2 the year. Searched in right-to-left
// text dumps only (link_footnotes).
const Regex& note_before_year_mark();
// Asterisks after a word ("of):*"): group 1.
const Regex& star_mark();
// One to three figures standing alone (a space or the line's end after
// them) after full-width punctuation ("、" "，" "；" "：" "。" "）" "》"):
// a Chinese note's raised number as OCR reads it, in the line's type.
// Group 1 the figures.
const Regex& full_width_alone_figures();
// A Chinese line sets no space between words, and a text dump prints a
// raised mark in the line's figures: glued to a Han character before a
// space, punctuation or the line's end ("第 49/31 号11 和"; a dump sets
// the text's own numbers apart, and figures run on into Han are a number
// typed so, "目标2的", "下午2时"), or after full-width punctuation or a
// closing title mark or quote, with or without a space ("号、 1 2012 年",
// "号、2 2013 年", "《公约》 13 除", "决议，2以及");
// with `loose` also set apart after a Han character ("四公约 2 及其", as
// "议程项目 8 的说明" prints a number: only the notes' order tells them
// apart) or alone on its line under one ("发言，\n6\n"). Figures after
// "第" (an ordinal: "第 53 号") and figures that go on ("16/18",
// "2013-2022", "2.5") never match; what follows the figures is the
// caller's to check (han_number_follows). Group 1 the figures.
const Regex& han_dump_mark(bool loose);
// Whether `after`, the text right after figures on a Chinese line, makes
// them a number of the text, never a raised mark: it opens (after a space
// at most) with the unit of a date, a citation or an amount ("3 月", "第
// 139 段", "A.2 号", "2 天", "2 万美元", "2 票", "2 小时"), with a
// measure word ("2 名代表": quantity_follows), or with a range's or a
// list's or a score's sign and a number of up to three figures ("2 至 3
// 年", "1、2 和 3 段", "1 或 2 名", "2 比 1"; "号11 和 2023 年" is a mark
// before a year).
bool han_number_follows(std::string_view after);
// Whether the text after the figures a line opens with makes them a number
// of a Chinese text, not a note's number: han_number_follows ("1 个月内提交
// 报告；", a body line a dump wrapped before a count), or a particle no
// sentence opens with ("1 之内", "2 的").
bool reads_as_han_number(std::string_view after);

// Which of the five patterns may match in a text, read in one scan.
struct NoteMarkCues {
  bool after_punctuation = false;  // a digit right after , ; : . ) " ” or ’
  bool after_word = false;         // a digit right after a lowercase ASCII letter or a non-ASCII character
  bool after_year = false;         // five ASCII digits in a row
  bool star = false;               // an asterisk
  bool after_non_ascii = false;    // a digit right after a non-ASCII character (full-width punctuation among them)
};
NoteMarkCues note_mark_cues(std::string_view text);

// A line that opens with a note's number: white space, one to
// kMaxLeadingNoteFigures figures ("1" to "999"), white space, then text
// ("1 See resolution 55/2."). Each caller states how its source prints
// such a line (`NoteNumberForm`); the figures and the text's start are
// byte offsets into the line.
constexpr std::size_t kMaxLeadingNoteFigures = 3;
// collect_footnotes' run reading takes a note whose number opens its line
// at most kMaxRunNoteIndent white-space characters in; further in, a
// dump's line is a table's cell or a line set in (collect_dump_note_blocks
// reads those).
constexpr std::size_t kMaxRunNoteIndent = 4;
struct NoteNumberForm {
  // The most white-space characters before the figures (npos: any).
  std::size_t max_indent = std::string_view::npos;
  // Whether the figures may stand in brackets ("[3] See ...").
  bool bracketed = false;
  // Whether white space is any Unicode white space (as a pattern's \s
  // reads it: a no-break space, an ideographic space) or only ASCII (the
  // indent) and a space or a tab (after the figures).
  bool unicode_spaces = false;
};
struct LeadingNoteNumber {
  int number = 0;
  std::size_t figures_begin = 0, figures_end = 0;  // the figures, brackets excluded
  std::size_t text_begin = 0;                      // the note's text after the white space
};
std::optional<LeadingNoteNumber> leading_note_number(std::string_view line, const NoteNumberForm& form);

// Whether a line's text ends a sentence or a citation, as a note's last
// line does: ".", ")" or "]" ("Resolution 70/1.", "(A/78/514)"), and with
// `ideographic_full_stop` also "\u3002" (a Chinese note's full stop).
bool ends_note_sentence(std::string_view text, bool ideographic_full_stop);

// Whether `before` ends with a month's name, in any of the six languages
// ("April", "avril", "de abril de", "апреля", "نيسان/أبريل"), and white
// space: figures after it are a date's year.
bool month_before(std::string_view before);
// Whether `before` ends with a month's name that a dump split in two at a
// space between its glyphs ("آذار/م ارس" for "آذار/مارس").
bool split_month_before(std::string_view before);
// Whether `before` ends with the Arabic word that names a year ("عام",
// "العام", "لعام", "سنة", ...) and white space: Arabic writes a year that is
// no date's after it ("خلال عام 2024").
bool arabic_year_word_before(std::string_view before);

// The five patterns with their pre-checks, for the agreement test.
const std::vector<GuardedPattern>& note_mark_guarded_patterns();

// A notes heading a dump prints over its notes gathered at the end (an ODS
// export, a wrapped dump: "Notes", "Notas", "Footnotes"): one word alone on
// its line, in the document's language or another of the UN's.
// Whether `after`, the text right after figures on a Chinese line, opens
// with a measure word ("名", "个", "项", "届", ...: "2名代表", "15国") that
// opens no word of its own ("国际", "项目"): the figures count what it
// names, a quantity in the line's type, never a raised note mark.
bool quantity_follows(std::string_view after);

bool is_notes_heading(std::string_view text);

}  // namespace akn::detail
