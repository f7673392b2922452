// Page layout from positioned words: the part of PDF (and later OCR) ingest
// that does not depend on the library that found the words.
//
// The source gives words in its reading order (Poppler: flow, block, line,
// word). assemble_lines cuts that sequence into lines where the baseline
// changes or the text runs backwards, re-attaches stray fragments that the
// source printed out of order (footnote numbers emitted after their notes),
// marks superscripts (smaller glyphs above the baseline), and builds each
// line's text with the word ranges, boxes and sizes of the model.
#pragma once

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

// Lines in reading order. Words with empty text are dropped.
std::vector<Line> assemble_lines(const std::vector<PlacedWord>& words);

// Style flags from a PDF font name ("ABCDEF+TimesNewRomanPS-BoldItalicMT").
void style_from_font_name(std::string_view font_name, bool& bold, bool& italic);

}  // namespace akn
