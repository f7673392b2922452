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

// Combining marks (Arabic harakat, tanwin, shadda, the dagger alif: any
// non-spacing mark): in reading order a mark comes right after its base
// letter (or after another mark on it), never after a space or at a word's
// start. A text layer gives a mark as a glyph of its own, often a word of
// its own, on either side of its base.
bool is_combining_mark(char32_t cp);
// Tanwin (U+064B..U+064D, and the open forms U+08F0..U+08F2): a mark that
// only ever ends a word.
bool is_tanwin(char32_t cp);
// The byte offset of the first combining mark in `text` that does not stand
// right after a letter or another such mark (a detached mark: "علنا ً",
// "ٌأمر"); npos when every mark has its base.
std::size_t detached_mark(std::string_view text);

// Brackets in reading order: whether every closing bracket of `text` ((),
// [], {}) closes one opened before it, and every opened one is closed.
bool brackets_balanced(std::string_view text);
// Whether `text` closes a bracket that it opens only after: ")A(".
bool brackets_inverted(std::string_view text);
// `text` with every bracket mirrored as Unicode's bidi mirroring pairs them
// ("(" <-> ")", "[" <-> "]"): how a text layer that gives the printed
// glyph (mirrored in a right-to-left run) reads in logical order.
std::string brackets_mirrored(std::string_view text);

// A word read in logical order (OCR gives words so) as its glyphs are
// printed, left to right, in a right-to-left line: the inverse of what
// logical_line does to one word.
std::string printed_word(std::string_view logical);

}  // namespace akn
