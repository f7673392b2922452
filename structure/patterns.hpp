// The printed forms structure recognises, compiled once: the preface lines,
// the enacting formula, numbering, parts, annexes and conclusions of UN
// resolutions and decisions. Internal to structure/.
#pragma once

#include <string>
#include <string_view>

#include "core/regex.hpp"

namespace akn::structure {

struct Patterns {
  // "Resolution adopted by the General Assembly on 22 December 2003", or
  // "Decision adopted by ...", in the six languages (group 1: the body as
  // printed, group 2: the date).
  Regex adopted;
  // Security Council: "Adopted by the Security Council at its 8151st meeting, on 22 December 2017",
  // in the six languages (group 1: the body as printed, group 2: the meeting, group 3: the date).
  Regex adopted_at;
  // "[on the report of the Third Committee (A/58/508/Add.2)]", "[without reference to a Main Committee ...]".
  Regex report;
  // "57/224. Title", "2002/…", "58/170 A. Title", and the numbering of the
  // first sessions: "2758 (XXVI). Title", "1514 (XV). Title", also with the
  // session's numeral as OCR misreads it ("2751 (ХХУГ)", "2752 (XXV1)":
  // Cyrillic look-alikes, 1, l, | or ! for I; the builder reads them as the numeral),
  // an emergency special session's "ES-11/1. Title".
  Regex number_title;
  // The same number alone, a full stop after it or none ("78/214.",
  // "ES-11/1.", Arabic "79/100"): a plain dump prints it on a line of its
  // own (group 1: the number).
  Regex number_alone;
  // Security Council: "Resolution 2397 (2017)" in the six languages, the
  // Chinese form around the number: "第2735(2024)号决议", its brackets
  // full-width or not ("第2735（2024）号决议"). Group 1: what precedes the
  // number, group 2: the number, group 3: what follows it (empty but in
  // Chinese).
  Regex sc_number;
  // "The General Assembly,", "The Commission on Human Rights,"; in the
  // other languages "L’Assemblée générale," ... (group 3, the body as printed).
  Regex formula;
  // "Adopts the following political declaration ...:".
  Regex adopts;
  // A draft's sponsor line: "Andorra, ... and Ukraine: draft resolution".
  Regex sponsors;
  // "12. Decides ...", Arabic "12 - ..." (group 1: the number as printed).
  Regex operative;
  // "(a) To ...", "(iv) ...", "a) ...", "а) ...", "(أ) ..." (group 1: the label as printed).
  Regex point;
  // "77th plenary meeting" with an optional date after it.
  Regex meeting;
  // A date alone on its line.
  Regex date_only;
  // A part's number on its own ("II", "Part II", "B"), or with its heading
  // on the same line ("II. Financial performance report").
  Regex section_alone;
  Regex section_inline;
  // "Annex", "Annex II", "ANNEX" alone on its line.
  Regex annex;
  // "ANNEX 1 - Title", "Annex II: Title": the label and the title on one line.
  Regex annex_with_title;
  // Table rows: two figures in a row ("Argentina 3 0 0 3").
  Regex figures;
  // A line opening with a capitalised word and up to two lower-case words
  // after it (a preambular paragraph's lead).
  Regex first_words;
  // What a document's title says it is (case ignored: 1990s titles are in
  // capitals): "Letter dated 12 July 1994 from ...", "Identical letters
  // dated ...", "Note verbale dated ..." (group 1: the date); "Report of
  // the Secretary-General ..."; "Note by the Secretary-General"; "Provisional
  // verbatim record", "Summary record".
  Regex letter_title;
  Regex report_title;
  Regex note_title;
  Regex record_title;
  // A meeting line as OCR may misread its words ("1976-е пленирное
  // заседание,"): an ordinal and two words (group 1, without the
  // punctuation after it); taken only above a date alone on its line.
  Regex misread_meeting;
};

const Patterns& patterns();

}  // namespace akn::structure
