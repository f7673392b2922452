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
// them right to left). Needs geometry: 0 for text dumps. Each break is one
// Position (of the line read too late).
std::vector<Position> reading_order_breaks(const Document& doc);

// A word of the title that the page image should be compared with.
struct DoubtfulWord {
  std::string text;       // as read
  double confidence = 0;  // the OCR confidence of the word read; -1 on an OCR text layer
  Position where;         // the source line it was read on
};

// The words of the title read by OCR that `known` (the dictionary of the
// document's language) does not accept and the rest of the document's text
// does not print (a name in a letter's title recurs under its signature):
// what OCR made of a line it could not read ("Perman 0 rver" for
// "Permanent Observer"; Tesseract may be confident of such words), as
// unknown_to_dictionary_and_document (core/known_words.hpp) judges them:
// words without a letter are not judged, a name read in lowercase is a
// word. The title's words on a page whose OCR text layer was kept
// (Page::ocr_layer) are judged too, with no confidence (-1). Empty when the
// title was not read by OCR or `known` is empty (no dictionary for the
// language).
std::vector<DoubtfulWord> doubtful_title_words(const Document& doc, const Resolution& res,
                                               const std::function<bool(std::string_view)>& known);

// The document presents itself as a resolution or a draft of one: its
// symbol has /RES/, or an adoption line, a resolution number or a sponsors'
// line was found. Such a document must have an enacting formula and
// operative text; one read as a plain sequence of paragraphs is not.
bool looks_like_resolution(const Resolution& res);

}  // namespace akn
