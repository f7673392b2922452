// Small UTF-8 and string helpers shared by the stages.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace akn {

// True when `s` is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
bool is_valid_utf8(std::string_view s);

// `s` with every ill-formed sequence (a stray or truncated byte, an overlong
// form, a surrogate) replaced by U+FFFD, one per offending byte.
std::string to_valid_utf8(std::string_view s);
// Decodes the code point at s[i] and advances i. REQUIRES: valid UTF-8, i < size.
char32_t next_code_point(std::string_view s, std::size_t& i);
void append_utf8(std::string& out, char32_t cp);

// Code point allowed in XML 1.0 documents.
bool is_xml_char(char32_t cp);

std::string_view trim(std::string_view s);
std::string_view trim_left(std::string_view s);
std::string_view trim_right(std::string_view s);
bool is_blank(std::string_view s);
// Runs of ASCII white space collapsed to one space, ends trimmed.
std::string collapse_spaces(std::string_view s);

// `value` with `decimals` digits after the point ("%.*f"), for reasons in the edit log.
std::string format_fixed(double value, int decimals);
std::string to_lower_ascii(std::string_view s);
// Leading white space width (a tab counts as 8 columns).
int indent_width(std::string_view s);

// Letter case of the first letter-like code point of `s` (after skipping
// quotes and opening brackets): covers Latin, Greek and Cyrillic.
bool starts_lowercase(std::string_view s);
bool starts_uppercase(std::string_view s);
bool is_lower_letter(char32_t cp);
bool is_upper_letter(char32_t cp);
bool is_letter(char32_t cp);

}  // namespace akn
