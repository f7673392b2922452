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
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace akn::detail {

// Figures that may be a note mark set apart after a word.
struct BareMark {
  std::size_t begin = 0;  // the space before the figures (removed with them)
  std::size_t end = 0;    // past the figures
  std::string marker;     // the figures
  // After the year of a date ("7 October 2022 1 and") or a named year
  // ("Conventions of 1949 2 and").
  bool after_year = false;
};

// Every place in `text` where one to three figures (no leading zero) stand
// between a space and a space, ",;:." or the end, after a word that takes
// no number in running text (takes_number, quantity_word), after ")" or a
// closing quote that follows a word, after the year of a date, or after a
// year named by "of", "de", "du" or "del" before punctuation, the end or a
// list's joining word ("Conventions de Genève de 1949 2 et"); never
// before a figure, a range or a list of figures ("2 and 3", "1 to 5") or a
// word that counts ("5 per cent", "10 December", "25 Member States").
std::vector<BareMark> bare_note_marks(std::string_view text);

// What link_footnotes knows when it weighs figures set apart after a word
// (a BareMark) that name note `n`, a note the document holds.
struct BareMarkFacts {
  int n = 0;                     // the note the figures name
  std::string_view marker;       // the figures
  int last_linked = 0;           // the last note referred to so far
  bool note_referenced = false;  // the note already has its reference
  bool taken_before = false;     // the note was linked to figures set apart before
  int note_page = 0, mark_page = 0;  // 1-based; 0 when unknown
  int most_skipped_notes = 0;        // notes whose references may be missed before it
  // Whether a candidate further on, of another kind, names the same note
  // (asked only when the rest holds: it reads on through the document).
  std::function<bool()> named_later_otherwise;
};
// The verdict: whether the figures are the note's reference, and the
// warning to give where they stand ("" for none).
struct BareMarkVerdict {
  bool take = false;
  std::string warning;
};
// link_footnotes' rules for such figures. They are a reference only as the
// very next note referred to (n == last_linked + 1), on the page that
// prints the note (a dump prints a note at the foot of its reference's
// page: figures naming a note printed on another page are a number,
// "involving 2 delegations" on page 1, note 2 on page 3), and only when no
// candidate further on of another kind names the same note (that one is
// the reference: "Convention 2 of 1951 ..., 2"). Figures naming a later
// note of the next few (up to most_skipped_notes skipped) are left as text
// with a warning: a note mark out of order, or a number. Figures naming a
// note already referred to are a number, with a warning when figures set
// apart took that note just before: either may be its mark.
BareMarkVerdict judge_bare_mark(const BareMarkFacts& facts);

// Whether `word` (its letters, any case) names something numbered in
// running text, in English, French, Spanish or Russian: "resolution 1514",
// "Article 2", "paragraph 5", "Group of 77" (after "of"), "Agenda 21".
bool takes_number(std::string_view word);

}  // namespace akn::detail
