// A plain text dump's note marks set apart by a space after a word: a PDF's
// raised note number that pdftotext prints in the line's type, between
// spaces, with no punctuation before it ("Colonial Countries and Peoples 2
// and the Universal Declaration", "Programme of Assistance 1 and the
// views"). link_footnotes takes such figures as a reference only as the
// next note referred to (see there); this file finds where they may stand.
// Internal to cleanup/.
//
// Thread safety: pure functions over their arguments.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace akn::detail {

// Figures that may be a note mark set apart after a word.
struct BareMark {
  std::size_t begin = 0;  // the space before the figures (removed with them)
  std::size_t end = 0;    // past the figures
  std::string marker;     // the figures
  bool after_year = false;  // after the year of a date ("7 October 2022 1 and")
};

// Every place in `text` where one to three figures (no leading zero) stand
// between a space and a space, ",;:." or the end, after a word that takes
// no number in running text (takes_number, quantity_word), after ")" or a
// closing quote that follows a word, or after the year of a date; never
// before a figure, a range or a list of figures ("2 and 3", "1 to 5") or a
// word that counts ("5 per cent", "10 December", "25 Member States").
std::vector<BareMark> bare_note_marks(std::string_view text);

// Whether `word` (its letters, any case) names something numbered in
// running text, in English, French, Spanish or Russian: "resolution 1514",
// "Article 2", "paragraph 5", "Group of 77" (after "of"), "Agenda 21".
bool takes_number(std::string_view word);

}  // namespace akn::detail
