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

// Style flags from a PDF font name ("ABCDEF+TimesNewRomanPS-BoldItalicMT").
void style_from_font_name(std::string_view font_name, bool& bold, bool& italic);

}  // namespace akn
