// The line patterns unwrap_lines tries on every pair of body lines, each
// behind a pre-check that reads a byte or two: a line that fails the
// pre-check cannot match the pattern, so the PCRE2 call (several hundred
// instructions on a short line) is skipped for most lines. Internal to
// cleanup/.
//
// Every pre-check is conservative (cleanup/guarded_pattern.hpp): it says
// "may match" for any line it is unsure of (a first byte outside ASCII, a
// trailing newline).
//
// Thread safety: the patterns are compiled once, immutable after; all
// functions are safe to call concurrently.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "cleanup/guarded_pattern.hpp"
#include "core/regex.hpp"

namespace akn::detail {

// Every guarded pattern below, for the agreement test.
const std::vector<GuardedPattern>& unwrap_guarded_patterns();

// A paragraph number or point label alone ("12.", "(a)", "iv)", "73/6.").
bool is_number_only(const Subject& t);
// The number or label of a part or annex on a line of its own ("II",
// "Part II", "Annex I"): nothing joins it, before or after.
bool is_section_label(const Subject& t);
// A line that opens with a paragraph number or point label and a space.
bool starts_numbered(const Subject& t);
// A conclusion line ("77th plenary meeting", "50e séance plénière"), the
// date after it on the line or not ("50e séance plénière 19 décembre 2023").
bool is_meeting_line(const Subject& t);
// The enacting formula, trimmed, in any of the six languages: "The General
// Assembly,", "L'Assemblée générale,", "El Consejo de Seguridad,",
// "Генеральная Ассамблея,", "إن الجمعية العامة،", "大会，" (each script's
// comma). Read by unwrap_lines and, for where a dump's title ends, by
// remove_furniture.
bool is_enacting_formula(std::string_view t);
// Punctuation followed by a footnote number at the end ("human rights,1").
bool ends_with_note_after_punctuation(const Subject& t);

// ---- A clause's end and then a note's number --------------------------------
// A text dump prints a note's raised number as figures after the clause it
// marks: "human rights,1", "... resolution 58/21; 8". The thresholds:
// A note's number has at most this many figures ("1234" is a year).
constexpr std::size_t kMaxNoteNumberFigures = 3;
// At most this many spaces stand between the clause's mark and the number.
constexpr std::size_t kMaxSpacesBeforeNoteNumber = 1;

// The clause `t` ends before a note's number: the text up to and with its
// last mark, and whether a space set the number apart.
struct ClauseEnd {
  std::string_view clause;
  bool spaced = false;
};
// `t` ends in 1 to kMaxNoteNumberFigures figures after a mark that is no
// letter, figure or space (at most kMaxSpacesBeforeNoteNumber spaces
// between): the clause before them. A number after a numbering word's
// abbreviation ("Supplement No. 12", "vol. 2", "para. 3") is what the word
// numbers, not a note's: none then.
std::optional<ClauseEnd> dump_terminated(std::string_view t);
// Whether `t` ends one of `marks` and then a note's number (spaced or
// not): "human rights,1", "... resolution 58/21; 8" with marks ";".
bool ends_clause_and_note_number(std::string_view t, std::string_view marks);
// A line that opens something of its own (a bracketed line, the enacting
// formula, "Resolution adopted ..."), which a line ending mid-sentence does
// not run into.
bool opens_own_line(const Subject& t);

}  // namespace akn::detail
