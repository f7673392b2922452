// The patterns link_footnotes searches every block with for note numbers
// glued to the text (where the source lost the superscript), each behind a
// pre-check (cleanup/guarded_pattern.hpp): one scan of the block's bytes
// tells which of them can match at all, and most blocks need none of the
// five searches. Internal to cleanup/.
//
// Thread safety: the patterns are compiled once, immutable after; all
// functions are safe to call concurrently.
#pragma once

#include <string_view>
#include <vector>

#include "cleanup/guarded_pattern.hpp"
#include "core/regex.hpp"

namespace akn::detail {

// Digits glued after punctuation ("rights,1"): group 1 the punctuation,
// group 2 the digits.
const Regex& note_after_punctuation_mark();
// Digits glued to a word in lower case ("rights1"): group 1.
const Regex& note_after_word_mark();
// A number glued to a year ("20151"): group 1 the year, group 2 the rest.
const Regex& note_after_year_mark();
// Asterisks after a word ("of):*"): group 1.
const Regex& star_mark();
// One to three figures standing alone (a space or the line's end after
// them) after full-width punctuation ("、" "，" "；" "：" "。" "）" "》"):
// a Chinese note's raised number as OCR reads it, in the line's type.
// Group 1 the figures.
const Regex& full_width_alone_figures();

// Which of the five patterns may match in a text, read in one scan.
struct NoteMarkCues {
  bool after_punctuation = false;  // a digit right after , ; : . ) " ” or ’
  bool after_word = false;         // a digit right after a lowercase ASCII letter or a non-ASCII character
  bool after_year = false;         // five ASCII digits in a row
  bool star = false;               // an asterisk
  bool after_non_ascii = false;    // a digit right after a non-ASCII character (full-width punctuation among them)
};
NoteMarkCues note_mark_cues(std::string_view text);

// The five patterns with their pre-checks, for the agreement test.
const std::vector<GuardedPattern>& note_mark_guarded_patterns();

}  // namespace akn::detail
