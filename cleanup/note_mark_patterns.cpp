#include "cleanup/note_mark_patterns.hpp"

#include <cstdint>
#include <cstring>

namespace akn::detail {

const Regex& note_after_punctuation_mark() {
  static const Regex r(
      "(?:(?<=\\p{L})|(?<=\\b(?:1[89]|20)[0-9]{2})|(?<=[)\u201D\u2019\"]))([,;:.)\u201D\u2019])([0-9]{1,3})(?=\\s|$)");
  return r;
}
const Regex& note_after_word_mark() {
  static const Regex r("(?<=\\p{Ll}\\p{Ll})([0-9]{1,2})(?=[\\s,;:.]|$)");
  return r;
}
const Regex& note_after_year_mark() {
  static const Regex r("\\b((?:1[89]|20)[0-9]{2})([0-9]{1,2})\\b");
  return r;
}
const Regex& star_mark() {
  static const Regex r("(?<=[\\p{L}),;:.\u201D\u2019])(\\*{1,3})(?=\\s|$)");
  return r;
}
const Regex& full_width_alone_figures() {
  static const Regex r("(?<=[\u3001\u3002\uFF0C\uFF1B\uFF1A\uFF09\u300B])([0-9]{1,3})(?=\\s|$)");
  return r;
}

namespace {
constexpr std::uint64_t kEveryByte = 0x0101010101010101ull;
// Whether any of the eight bytes of x is zero (exact: no byte is missed).
constexpr bool has_zero_byte(std::uint64_t x) { return ((x - kEveryByte) & ~x & (kEveryByte * 0x80)) != 0; }
}  // namespace

// The cues, in one pass: what comes right before each digit, and the
// longest run of digits. A digit after a byte of a multi-byte character
// may follow a letter of another script (\p{Ll}) or a closing quote (” ’,
// whose last byte is 0x9D or 0x99): both count.
NoteMarkCues note_mark_cues(std::string_view t) {
  static constexpr std::string_view kPunctuation = ",;:.)\"";
  static constexpr std::size_t kYearRun = 5;  // four digits of a year and one of a note
  NoteMarkCues cues;
  std::size_t run = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    // Eight bytes at a time while they hold no '*' and no byte 0x30-0x3F
    // (the digits among them): such bytes change no cue and end any run of
    // digits. Most of a paragraph is passed over so.
    while (i + 8 <= t.size()) {
      std::uint64_t x = 0;
      std::memcpy(&x, t.data() + i, 8);
      if (has_zero_byte(x ^ kEveryByte * '*') || has_zero_byte((x ^ kEveryByte * 0x30) & kEveryByte * 0xF0)) break;
      i += 8;
      run = 0;
    }
    if (i >= t.size()) break;
    const char c = t[i];
    if (c == '*') cues.star = true;
    if (c < '0' || c > '9') {
      run = 0;
      continue;
    }
    if (++run >= kYearRun) cues.after_year = true;
    if (i == 0) continue;
    const char before = t[i - 1];
    if (kPunctuation.find(before) != std::string_view::npos) cues.after_punctuation = true;
    const bool non_ascii = (static_cast<unsigned char>(before) & 0x80) != 0;
    cues.after_non_ascii = cues.after_non_ascii || non_ascii;
    if ((before >= 'a' && before <= 'z') || non_ascii) {
      cues.after_word = true;
      cues.after_punctuation = cues.after_punctuation || non_ascii;
    }
  }
  return cues;
}

const std::vector<GuardedPattern>& note_mark_guarded_patterns() {
  static const std::vector<GuardedPattern> patterns = {
      {"digits after punctuation", note_after_punctuation_mark(), false,
       [](std::string_view t) { return note_mark_cues(t).after_punctuation; }},
      {"digits after a word", note_after_word_mark(), false, [](std::string_view t) { return note_mark_cues(t).after_word; }},
      {"digits after a year", note_after_year_mark(), false, [](std::string_view t) { return note_mark_cues(t).after_year; }},
      {"asterisk", star_mark(), false, [](std::string_view t) { return note_mark_cues(t).star; }},
      {"figures after full-width punctuation", full_width_alone_figures(), false,
       [](std::string_view t) { return note_mark_cues(t).after_non_ascii; }},
  };
  return patterns;
}

}  // namespace akn::detail
