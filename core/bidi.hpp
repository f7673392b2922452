// Right-to-left lines (Arabic, Hebrew) from the order their glyphs are
// printed in back to the order they are read in (Unicode's bidirectional
// algorithm, run in reverse by ICU).
//
// A PDF's text layer gives each word's characters in the order of their
// glyphs on the page, left to right, and our layout puts a line's words in
// x order: an Arabic line then reads backwards, letter by letter, while its
// numbers and Latin symbols ("A/78/481/Add.2", "2023") read left to right
// as printed. logical_line takes such a line in printed (visual) order and
// gives its words and their characters in reading (logical) order, numbers
// and Latin runs unreversed, mirrored brackets turned back, and checks the
// result: every run of digits and Latin letters must come out in the order
// it is printed in, else the line is reported as not reliably reordered.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace akn {

// Whether `cp` is a strong right-to-left character (bidi class R or AL).
bool is_strong_right_to_left(char32_t cp);
// Whether `text` is written right to left: more strong right-to-left
// characters than strong left-to-right ones.
bool reads_right_to_left(std::string_view text);

struct LogicalLine {
  std::vector<std::size_t> order;  // the printed words' indices, in reading order
  std::vector<std::string> words;  // each printed word's text in reading order (by printed index)
  // The check: every run of digits and Latin letters keeps its printed
  // order, and each word's characters stay together.
  bool checked = true;
  std::string problem;  // what failed the check, when it failed
};

// The reading order of a right-to-left line given as its words left to
// right, each word's characters in the order of their glyphs, left to right.
LogicalLine logical_line(const std::vector<std::string>& printed_words);

// A word read in logical order (OCR gives words so) as its glyphs are
// printed, left to right, in a right-to-left line: the inverse of what
// logical_line does to one word.
std::string printed_word(std::string_view logical);

}  // namespace akn
