// Numbers in any one set of decimal digits: Western "12", Arabic-Indic
// "١٢" (U+0660 to U+0669) and Eastern Arabic-Indic "۱۲" (U+06F0 to U+06F9),
// read by their value (ICU's Unicode character database).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace akn {

// Whether `c` is an ASCII figure, 0 to 9: a byte of UTF-8 text (the other
// sets' digits are more than one byte; decimal_digit_value reads them).
constexpr bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// The value of a decimal digit (Unicode Nd, by ICU's u_charDigitValue):
// "7", "٧" and "۷" are all 7; -1 when `cp` is no decimal digit.
int decimal_digit_value(char32_t cp);

// The value of the run of decimal digits of one set that opens `s` ("12.",
// "١٢ -", "۱۲ -"), and its length in bytes; nullopt when `s` does not open
// with a digit, opens with more than `max_digits` of them, or mixes digits
// of two sets ("1٢").
struct LeadingNumber {
  std::size_t value = 0;
  std::size_t bytes = 0;
};
std::optional<LeadingNumber> leading_number(std::string_view s, std::size_t max_digits);

}  // namespace akn
