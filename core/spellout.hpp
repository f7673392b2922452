// Numbers spelled out in words in the languages of the UN other than
// English and Chinese, read through ICU's rule-based number format (the
// CLDR spell-out rules): "Soixante-dix-huitième" (fr), "Septuagésimo
// octavo" (es), "Семьдесят восьмая" (ru), "الثامنة والسبعون" (ar) are 78.
// English ordinals are read by parse_ordinal_words (core/dates.hpp), Chinese
// numerals by the masthead.
//
// Thread-safe: each thread keeps its own formatters.
#pragma once

#include <optional>
#include <string_view>

namespace akn {

// The largest number read: sessions of the General Assembly and years of
// the Security Council stay under it for a century (the 80th in 2025).
inline constexpr int kLargestSpelledOrdinal = 200;

// The ordinal number `words` spell in `language` (BCP 47 "fr", "es", "ru",
// "ar"), in any case and gender, as the UN prints it ("Soixante et onzième",
// "Octogésimo primer", "Одиннадцатая", "الحادية والسبعون"); nothing when the
// words, all of them, are no such number from 1 to kLargestSpelledOrdinal,
// or the language is another.
std::optional<int> parse_spelled_ordinal(std::string_view words, std::string_view language);

}  // namespace akn
