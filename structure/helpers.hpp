// Word-level helpers of the structure builder. Internal to structure/.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace akn {

// The lead words of a preambular paragraph when the source states no
// typography: a capitalised word, and its usual companions ("Bearing in
// mind", "Recalling also", "Noting with concern").
std::string lead_of(std::string_view text);

// The label of a point without its brackets: "(iv)" -> "iv", "a)" -> "a".
inline std::string_view point_label(std::string_view num) {
  while (!num.empty() && num.front() == '(') num.remove_prefix(1);
  while (!num.empty() && num.back() == ')') num.remove_suffix(1);
  return num;
}

// Lower-case roman numerals ("iv"), upper-case ones ("XIV").
bool is_roman(std::string_view s);
bool is_upper_roman(std::string_view s);

// Sponsor names in "A, B, Bosnia and Herzegovina and C": (offset, length)
// of each, split at commas and at the last " and " that is not inside a
// State's own name.
std::vector<std::pair<std::size_t, std::size_t>> sponsor_names(std::string_view list);

// The body whose enacting formula ("The Security Council,", in any of the
// six languages: "إن الجمعية العامة،") `text` is as OCR garbles it ("The
// Securit: cil,", "إن المعية العامة"): the one known body (un_vocabulary.hpp)
// whose formula is within a quarter of its characters of `text`, and
// nearer than any other's; the other languages' formulas too ("Генеральная
// Ассамблея," read "Генеральная Ассамолея,"), by characters. Empty when
// none is, or when `text` is the exact
// formula (the exact pattern reads that).
std::string garbled_formula_body(std::string_view text);

}  // namespace akn
