#include "core/digits.hpp"

#include <unicode/uchar.h>

#include "core/text.hpp"

namespace akn {

int decimal_digit_value(char32_t cp) {
  if (cp >= '0' && cp <= '9') return static_cast<int>(cp - '0');
  if (cp < 0x80 || u_charType(static_cast<UChar32>(cp)) != U_DECIMAL_DIGIT_NUMBER) return -1;
  return static_cast<int>(u_charDigitValue(static_cast<UChar32>(cp)));
}

std::optional<LeadingNumber> leading_number(std::string_view s, std::size_t max_digits) {
  LeadingNumber n;
  std::size_t digits = 0;
  char32_t zero = 0;  // the zero of the digits' set: a run mixing sets is no number
  for (std::size_t i = 0; i < s.size();) {
    const char32_t cp = next_code_point(s, i);
    const int d = decimal_digit_value(cp);
    if (d < 0) break;
    const char32_t own_zero = cp - static_cast<char32_t>(d);
    if (digits > 0 && own_zero != zero) return std::nullopt;
    zero = own_zero;
    n.value = n.value * 10 + static_cast<std::size_t>(d);
    n.bytes = i;
    ++digits;
  }
  if (digits == 0 || digits > max_digits) return std::nullopt;
  return n;
}

}  // namespace akn
