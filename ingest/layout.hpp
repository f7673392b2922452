// Page layout from positioned words: the part of PDF (and later OCR) ingest
// that does not depend on the library that found the words.
//
// The source gives words in its reading order (Poppler: flow, block, line,
// word). assemble_lines cuts that sequence into runs where the baseline
// changes or the text runs backwards, joins the runs that share a printed
// line (a justified line cut into blocks at its wide gaps, footnote numbers
// given after their notes, a paragraph number given before its text),
// marks superscripts (smaller glyphs above the baseline), and builds each
// line's text with the word ranges, boxes and sizes of the model.
//
// The source's order is trusted between lines (Poppler reads columns and
// tables right), not within one: the runs it gives on one baseline are one
// printed line, its words in x order, unless a column gutter (a clear strip
// that runs down many lines) or more than a few ems stand between them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"

namespace akn {

struct PlacedWord {
  std::string text;  // UTF-8
  Box box;
  double font_size = 0;
  bool space_after = true;  // the source saw a space after this word
  bool bold = false, italic = false;
  int rotation = 0;  // 0, 90, 180, 270
  double confidence = -1;  // OCR word confidence (0..100); -1 for a text layer
  // OCR: what of the word's own ink stands raised above its line's
  // baseline (raised_ink_of), and whether `box` is no longer its ink but
  // its line's band (the words of a right-to-left OCR line are given the
  // band of their line's type, ingest/ocr.cpp): then the raised flags, not
  // the box, say which word is a raised mark.
  struct Raised {
    bool whole = false;      // the whole word: a raised small mark read alone
    std::size_t head = 0;    // code points at its start whose ink is raised
    std::size_t tail = 0;    // code points at its end whose ink is raised
  } raised;
  bool band_box = false;
};

// Where assemble_lines read two columns of a page one after the other
// against the source's order: the index of the right column's first line
// among the lines returned, and the extent of the columns' lines. With
// `rows_split`, the source gave the columns row by row (each of its lines a
// left column's line and the right column's line beside it), and those
// lines were split at the gutter. With `doubtful`, it gave them so but the
// text beside the gutter did not show which reading is right: the lines
// were left as given, `right_first` is the first of them.
struct ColumnReading {
  std::size_t right_first = 0;
  Box region;
  bool rows_split = false;
  bool doubtful = false;
};


// A symbol of an OCR word, in the order of the word's text, with its box.
struct PlacedSymbol {
  std::string text;  // UTF-8, one character (or a ligature's few)
  Box box;
};

// A line's baseline as OCR measured it: a straight line through (x0, y0)
// and (x1, y1), in the units of the boxes.
struct LineBaseline {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double at(double x) const { return x1 == x0 ? y0 : y0 + (y1 - y0) * (x - x0) / (x1 - x0); }
};

// What of an OCR word stands raised, as a note mark is printed: ink whose
// bottom is at least kRaisedInkXHeights of its line's x-height above the
// baseline under it (a superscript figure is set about a third of an em,
// 0.7 x-height, up; a letter's descender or a comma only goes lower), and
// of a figure's size: at least kRaisedInkLeastXHeights of an x-height
// high, its bottom at most kRaisedInkMostXHeights above the baseline (the
// dots and marks Arabic sets over its letters, which OCR reads as a small
// "2" or "0", are smaller and stand higher); and at most
// kRaisedInkTallestXHeights of an x-height high, as a superscript figure
// is (about 0.6 of the body's figures, which OCR measures at about one
// x-height in Arabic type): a figure of the body's size whose bottom OCR
// put over the baseline (a paragraph number "11 -" read in a line of its
// own, "73" in a row run into the one below: 1.2 to 2.2 x-heights high on
// the Arabic scan of A/RES/79/100, where a note mark is 0.56) is no mark.
// Measured from the word's own box and its symbols' boxes (the word's text
// order), and the baseline at each, so that it holds whatever order the
// line's words are read in: right-to-left lines included. The whole word
// is raised when its own box is; `head` and `tail` count the raised
// symbols that open and close a word some of whose symbols stand on the
// baseline. All zero without an x-height.
constexpr double kRaisedInkXHeights = 1.0 / 3;
constexpr double kRaisedInkLeastXHeights = 0.5;
constexpr double kRaisedInkMostXHeights = 1.5;
constexpr double kRaisedInkTallestXHeights = 0.8;
PlacedWord::Raised raised_ink_of(const Box& word, const std::vector<PlacedSymbol>& symbols, const LineBaseline& baseline,
                                 double x_height);

// Lines in reading order: each where the source gave its first word, after
// the lines the source gave between its parts that are printed above it in
// its column; where a source run crosses a column gutter, the columns it
// runs down are read one after the other, left first (each reordering is
// added to `columns` when given). Words with empty text are dropped.
std::vector<Line> assemble_lines(const std::vector<PlacedWord>& words, std::vector<ColumnReading>* columns = nullptr);

// An edit (pass "ingest", kind "read_columns") for each reordering of the
// last page of `doc` that assemble_lines reported in `columns`: at the
// right column's first line, the columns' extent as its box; a warning
// (stage "ingest") for each doubtful one.
void log_column_readings(Document& doc, const std::vector<ColumnReading>& columns);

// The first word of a horizontal line in a left-to-right script that starts
// left of the word before it: the words of a printed line out of order.
// nullopt when they run left to right, or the line is vertical or holds
// right-to-left script (Arabic, Hebrew), whose words run the other way.
std::optional<std::size_t> word_out_of_order(const Line& line);

// A warning (stage "ingest", with the page and line) for every line of `doc`
// whose words are out of order: a reading order the layout did not repair
// never passes silently.
void warn_words_out_of_order(Document& doc);

// Every horizontal line of `doc` written right to left (Arabic, Hebrew:
// core/bidi.hpp) from printed order (words left to right, a text layer's
// words in the order of their glyphs) to reading order, its numbers and
// Latin symbols kept in their printed order; a warning (stage "ingest")
// for a line whose reordering fails the check.
void put_right_to_left_lines_in_reading_order(Document& doc);
// What the warning of a right-to-left line whose reading order failed the
// check says (stage "ingest"); on a text layer's page the quality counts
// each such line as a break of the reading order (runner/pipeline.cpp).
inline constexpr std::string_view kUnreliableRightToLeftLine = "the reading order of a right-to-left line is not reliable";

// Style flags from a PDF font name ("ABCDEF+TimesNewRomanPS-BoldItalicMT").
void style_from_font_name(std::string_view font_name, bool& bold, bool& italic);

}  // namespace akn
