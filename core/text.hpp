// Small UTF-8 and string helpers shared by the stages.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace akn {

// True when `s` is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
bool is_valid_utf8(std::string_view s);

// `s` with every ill-formed sequence (a stray or truncated byte, an overlong
// form, a surrogate) replaced by U+FFFD, one per offending byte.
std::string to_valid_utf8(std::string_view s);
// Decodes the code point at s[i] and advances i. REQUIRES: valid UTF-8, i < size.
char32_t next_code_point(std::string_view s, std::size_t& i);
void append_utf8(std::string& out, char32_t cp);
// The byte where the code point that ends at byte `end` of `s` starts
// (0 when end is 0). REQUIRES: end <= size, s valid UTF-8 before `end`.
std::size_t previous_code_point_start(std::string_view s, std::size_t end);
// The first and the last code point of `s`, or 0 when `s` is empty.
// REQUIRES: valid UTF-8.
char32_t first_code_point(std::string_view s);
char32_t last_code_point(std::string_view s);
// Excerpts of a text for warnings and edit logs, cut on a character
// boundary: never inside a UTF-8 sequence (Arabic, Cyrillic, Han take 2 to
// 4 bytes a character), nor between a letter and the combining marks on it
// (Arabic harakat, Latin accents given apart), nor inside a ZWJ sequence.
// Whether byte `at` of `s` starts a character in this sense (0 and size() do).
bool is_grapheme_boundary(std::string_view s, std::size_t at);
// The longest prefix of `s` of at most `max_bytes` bytes that ends on a
// boundary.
std::string_view head_bytes(std::string_view s, std::size_t max_bytes);
// The longest suffix of `s` of at most `max_bytes` bytes that starts on a
// boundary.
std::string_view tail_bytes(std::string_view s, std::size_t max_bytes);
// s[from, to) widened to the nearest boundaries at or outside it (both
// clamped to s): an excerpt around an edit.
std::string_view excerpt(std::string_view s, std::size_t from, std::size_t to);
// The code points of `s` (ill-formed sequences as U+FFFD). With
// `collapse_spaces`, runs of white space (space, tab, line and page breaks)
// are one space and leading white space is dropped: texts compared by CER.
std::u32string code_points(std::string_view s, bool collapse_spaces = false);
// How many code points `s` holds (its bytes but those that continue a UTF-8
// sequence), without building them: lengths stated in characters.
std::size_t code_point_count(std::string_view s);
// Levenshtein distance between two sequences (bytes, code points, words),
// one row of the table at a time. (edit_distance in cleanup/dictionary.hpp
// also counts transpositions and stops at a limit, for word corrections.)
template <typename Seq>
std::size_t levenshtein(const Seq& a, const Seq& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}
// `s` for XML text or an attribute value: & < > " ' escaped, ill-formed
// UTF-8 replaced.
std::string xml_escape(std::string_view s);
// Appends the UTF-16 code units unit(0) .. unit(count - 1) as UTF-8; a
// surrogate that is not half of a pair becomes U+FFFD. Returns how many
// were replaced so.
template <typename Unit>
std::size_t append_utf16(std::string& out, std::size_t count, Unit unit) {
  std::size_t replaced = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const auto cp = static_cast<char32_t>(unit(i));
    if (cp < 0xD800 || cp > 0xDFFF) {
      append_utf8(out, cp);
      continue;
    }
    const char32_t low = cp <= 0xDBFF && i + 1 < count ? static_cast<char32_t>(unit(i + 1)) : 0;
    if (low >= 0xDC00 && low <= 0xDFFF) {
      append_utf8(out, 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00));
      ++i;
    } else {
      append_utf8(out, 0xFFFD);
      ++replaced;
    }
  }
  return replaced;
}

// Code point allowed in XML 1.0 documents.
bool is_xml_char(char32_t cp);

std::string_view trim(std::string_view s);
std::string_view trim_left(std::string_view s);
std::string_view trim_right(std::string_view s);
bool is_blank(std::string_view s);
// Whether `s` holds `n` spaces or tabs in a row (a gap between columns or
// cells of a text dump).
bool has_blank_run(std::string_view s, std::size_t n);
// Runs of ASCII white space collapsed to one space, ends trimmed.
std::string collapse_spaces(std::string_view s);

// `value` with `decimals` digits after the point ("%.*f"), for reasons in the edit log.
std::string format_fixed(double value, int decimals);
std::string to_lower_ascii(std::string_view s);
// Leading white space width (a tab counts as 8 columns).
int indent_width(std::string_view s);

// Letter case of the first letter of `s` (after skipping quotes and opening
// brackets), by the Unicode character database (ICU): every cased script
// ("Łódź" starts uppercase); a caseless letter (Arabic, Han) is neither.
bool starts_lowercase(std::string_view s);
bool starts_uppercase(std::string_view s);
bool is_lower_letter(char32_t cp);
bool is_upper_letter(char32_t cp);
// A letter (Unicode L*, and other alphabetic code points) of any script;
// combining marks (Arabic vowel signs) are not letters.
bool is_letter(char32_t cp);
// Simple (one code point) Unicode lowercase mapping: "Ł" -> "ł", "Д" -> "д".
char32_t to_lower(char32_t cp);
// `s` (valid UTF-8) with every code point lowercased so.
std::string to_lower(std::string_view s);

}  // namespace akn
