// What a careful reader holds against a conversion besides what the
// conservation check finds: page furniture left in the text, lines read out
// of order, metadata not found, a resolution not read as one. Each finding is
// counted (the runner turns the counts into the parts of the quality score,
// export/export.hpp Quality) and reported as a warning with its place.
//
// Pure functions over a finished conversion; thread-safe.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dictionary_words.hpp"
#include "core/document.hpp"
#include "structure/resolution.hpp"

namespace akn {

// A run of the output that looks like page furniture rather than text.
struct Residue {
  std::string kind;  // "symbol", "job number", "page number", "continuation mark"
  std::string text;  // as found
  Position where;    // the source line it was taken from (page 0 when unknown)
};

// Furniture-like runs in the paragraphs, points, headings and preface of
// `res`: the document's own symbol ("A/RES/78/214" inside a paragraph: a
// running head left in place), a job number ("23-25993", "23-25993 (E)
// 100124"), a page number of the form N/M where M is the document's page
// count (`pages`), the continuation mark "/...". The title, the number and
// references to other documents are not looked at.
std::vector<Residue> furniture_in_text(const Document& doc, const Resolution& res);

// Lines a reader would read in another order: consecutive body (or footnote)
// lines of a page where the next stands on the same baseline as the one
// before it (their heights overlap by more than half) but wholly to its left
// (the text layer of an old scan splitting a line into pieces and giving
// them right to left). Needs geometry: 0 for text dumps. A line from which
// a logged move (Edit::read_at: find_tables reading a table row by row)
// reads text elsewhere is not judged, nor judged against: its order was
// repaired. Each break is one Position (of the line read too late).
std::vector<Position> reading_order_breaks(const Document& doc);

// Pages of a text dump (no geometry) set in two columns side by side, as
// pdftotext -layout gives a record's page: a gutter of kGutterWidth spaces at
// one position (between 30% and 70% of the page's widest line) that nearly
// every text line of the page leaves clear, with a column's text (at least
// kMinColumnText characters) left of it on a quarter of the lines and right
// of it on a quarter. Such a text is read line by line across both columns:
// interleaved. Each is one Position (the page, the gutter's column). Pages
// of fewer than kMinColumnPageLines text lines are not judged.
std::vector<Position> interleaved_column_pages(const Document& doc);

// A numbered paragraph read after paragraphs its number comes before.
struct NumberingBreak {
  Position where;           // the paragraph read too late (its first line)
  std::vector<long> seen;   // the numbers as read, from the one whose successor skipped it to it
};

// Numbered paragraphs (operative paragraphs, a record's numbered
// paragraphs) read out of their rising sequence: a paragraph whose number
// the sequence skipped (17 then 20) and that is read later (20 21 22 18):
// the reading order jumped (columns of a scanned page read in the wrong
// order). Each run of numbers is judged on its own: the operative text,
// each section, each annex and each resolution printed after the first.
// Inside a run, a number lower than the one before that was not skipped
// (1 again, an annex's or a quoted text's numbering) starts the sequence
// anew and is no break; so is a number read twice; but a new sequence that
// then jumps over exactly the numbers of the run it abandoned ("3 1 2 4":
// 3 read too early) is one break. Only numbers of figures
// alone ("17.", "(17)") count; "1.1" or "17 bis" do not.
std::vector<NumberingBreak> numbering_breaks(const Document& doc, const Resolution& res);

// A gap or a repeat in a numbering that runs in steps of one: operative
// paragraphs "4." then "6." (5 was misread into the paragraph before it, or
// not read), "5." twice, points "(b)" then "(d)".
struct NumberingGap {
  Position where;       // the paragraph or point after the gap, or the repeat
  std::string message;  // the numbers, in words
};

// The gaps and repeats of the numbered paragraphs of a resolution's
// operative text (from 1: its first numbered paragraph is 1), of each of
// its sections and of each resolution printed after it, and of the points
// of every paragraph (letters "(a)", "(b)", ... or roman "(i)", "(ii)", ...,
// each list on its own; labels of other scripts are not judged). A number
// lower than the one before starts a numbering anew (numbering_breaks
// judges the reading order), and a number the gap skips that is read
// later in the run is no gap (a break of the reading order). Each costs
// kNumberingGapFactor of the structure part of the quality.
std::vector<NumberingGap> numbering_gaps(const Document& doc, const Resolution& res);
// What each gap or repeat costs the structure part: a paragraph lost or
// merged into another is structure silently wrong.
inline constexpr double kNumberingGapFactor = 0.8;

// A word of the title that the page image should be compared with.
struct DoubtfulWord {
  std::string text;         // as read
  double confidence = 0;    // the least OCR confidence it was read with; -1 when none was given
  Position where;           // the source line it was read on
  bool text_layer = false;  // read from an OCR text layer kept (Page::ocr_layer), not by Tesseract
};

// The words of the title read by OCR, by Tesseract or by the OCR program
// whose text layer was kept (Page::ocr_layer: A/45/155's "Pgrmanr~nt"),
// that `known` (the dictionary of the document's language) does not accept
// and the rest of the document's text does not print, compared without
// case and accents (a name in a letter's title recurs under its signature;
// "QUATRIEME" in a French title in capitals is the text's "Quatrième"):
// what OCR made of a line it could not read ("Perman 0 rver" for
// "Permanent Observer"; Tesseract may be confident of such words), as
// unknown_to_dictionary_and_document (core/known_words.hpp) judges them:
// words without a letter are not judged, a name read in lowercase is a
// word. What no dictionary spells is not held against the title: a dotted
// abbreviation or an initial ("a.i.", "U.N.", "J."), a word in capitals in
// a title that prints small letters (an initialism, a surname); an elided
// form ("D'AFFAIRES", "l’Organisation") is judged by the word after its
// apostrophe when the part before is an elision of French or Italian. A
// title in capitals prints its words in capitals: they are judged, the
// dictionary folding their case. Empty when the title was not read by OCR
// or `known` is empty (no dictionary for the language).
std::vector<DoubtfulWord> doubtful_title_words(const Document& doc, const Resolution& res,
                                               const std::function<bool(std::string_view)>& known);

// How plausible a text of a language no dictionary spells is by its script
// alone (Chinese: no Hunspell dictionary exists): the letters of the
// language's script (Han for "zh", Arabic for "ar", Cyrillic for "ru",
// Latin for the others) against what that script's text should not hold:
// letters of another script outside the fragments such a text prints
// (a document symbol "A/RES/78/214", an address, an abbreviation in
// capitals "COVID-19", a point's label in brackets "(a)"), and replacement
// or private-use characters (a text layer whose glyphs map to no
// character). Letters inside the expected fragments are not counted.
struct ScriptCount {
  std::size_t expected = 0;    // letters of the language's script
  std::size_t unexpected = 0;  // letters of other scripts outside expected fragments, U+FFFD, private use
  // expected / (expected + unexpected); -1 when both are 0.
  double share() const;
};
ScriptCount script_count(std::string_view text, std::string_view language);

// The pages against the page numbers they print, in the order they are
// read. The numbers are read from the furniture remove_furniture took off
// and logged (cleanup/page_numbers.hpp: "2/11", "Page 2", "Página 2 de 11",
// "Стр. 2", a bare "3" alone on a foot or head line or beside the job
// number, "2      12-27711"), never looked for
// again in the text. A page whose furniture prints two different numbers
// is not judged, nor pages printing the same number (a printing error:
// A/RES/79/313 prints "2/12" on every even page). Findings: each page
// printing a number not above the number printed on the page before it
// (pages swapped, where order_pages could not be certain of their order);
// a total M (of "N/M", "Page N of M") above the pages present (pages
// missing: one finding naming the numbers no page prints, such as 1 when
// the masthead page is lost; a first page printing none before a page
// printing 2 is page 1); without a total, pages in order whose numbers
// leave a gap wider than the pages between them, and a first page
// printing none (page 1) before a second printing 3 or more, unless more
// pages are missing than present (a bare number may be a volume's: a
// record's pages print 653, 654); a last page whose furniture prints the
// continuation mark "/..." (the pages after it missing). Pages printing another total are another document
// of a compilation: its numbers are judged on their own. And each warning
// of order_pages: a page printed twice, pages put in their printed order
// (`logged`: the document's log holds it already).
struct PageFault {
  Position where;       // the page found out of place, or the one after the gap
  std::string message;  // which pages print which numbers, in words
  bool logged = false;  // a warning of cleanup's order_pages, in the log already
};
std::vector<PageFault> page_sequence_faults(const Document& doc);

// The document presents itself as a resolution or a draft of one: its
// symbol has /RES/, or an adoption line, a resolution number or a sponsors'
// line was found. Such a document must have an enacting formula and
// operative text; one read as a plain sequence of paragraphs is not.
bool looks_like_resolution(const Resolution& res);

}  // namespace akn
