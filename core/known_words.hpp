// Whether a word read from a page is a word: the one test that the passes
// warning about OCR misreadings share (cleanup's correct_ocr_words, verify's
// doubtful title words, ingest's lines read again), so that "unknown to the
// dictionary and to the document" means the same wherever it is asked.
//
// The tests are given as functions so that every stage can ask them: the
// dictionary is cleanup's (the runner binds Dictionary::accepts), the
// document's words are whatever the caller counts as the document's own.
// Pure functions; thread-safe when the tests are.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace akn {

// Whether a word (UTF-8, without the punctuation around it) is known.
using WordTest = std::function<bool(std::string_view)>;

// Whether `word` is one that neither `dictionary` (the speller of the
// text's language) nor `document` (the document's own words; may be
// empty) knows: what OCR makes of a line it cannot read ("Perman 0 rver"
// for "Permanent Observer"). A lowercase word the dictionary knows
// capitalised is a name read in the wrong case ("ali" for "Ali"), so a
// word. A word without a letter is not judged, nor is any word when
// `dictionary` is empty: without a dictionary of the language nothing can
// be told to be no word. False in those cases.
bool unknown_to_dictionary_and_document(std::string_view word, const WordTest& dictionary, const WordTest& document);

// `word` without the accents of its letters (canonical decomposition
// without the marks, composed again): "Chargé" is "Charge", "QUATRIÈME" "QUATRIEME".
std::string without_accents(std::string_view word);
// `word` without its case (Unicode case folding) and accents: "QUATRIEME",
// "Quatrième" and "quatrième" are all "quatrieme". A title in capitals
// prints the words of the text without their case, and, in French, often
// without their accents: what compares a title's word with the document's
// words compares these.
std::string without_case_and_accents(std::string_view word);

}  // namespace akn
