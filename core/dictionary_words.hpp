// How a word of a clean text or of a page's reading is judged against the
// dictionary of its language: the one test that the quality score's
// dictionary share (verify/quality), the doubtful title words and ingest's
// judgement of OCR text layers share, so that "a known word" means the same
// wherever it is asked (an elision "l'Organisation" is a French word
// everywhere, never "lOrganisation").
//
// Pure functions; thread-safe when the dictionary test is.
#pragma once

#include <array>
#include <cstddef>
#include <functional>
#include <string_view>

namespace akn {

// Elisions: a French or Italian word cut before a vowel and joined to the
// next by an apostrophe ("d'affaires", "L'Organisation", "qu'il",
// "dell'Europa"); the word after it is what is judged.
inline constexpr std::array<std::string_view, 22> kElisions = {
    "c", "d", "j", "l", "m", "n", "s", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",  // French
    "all", "dall", "dell", "nell", "sull", "un", "quest", "quell"};                              // Italian
// A dotted abbreviation ("a.i.", "U.N.", "Ph.D.") is runs of at most this
// many letters with a dot after each but perhaps the last.
inline constexpr int kAbbreviationRun = 2;

// How the dictionary share judges a run of a clean text between spaces.
enum class DictionaryWord {
  not_a_word,  // fewer than two letters, a number with its ordinal ("21st", "984ème"), a document
               // symbol ("A/C.4/L.628"), a dotted abbreviation ("e.g."), an address (URL, e-mail)
  known,       // a word the dictionary spells, once what legitimately surrounds it is taken off
  unknown,     // anything else: a misspelling, or a word with OCR garbage glued to it
};

// Judges `run` (text between spaces) as a word of `language` (BCP 47:
// "en", "fr") for `known`, the dictionary of that language. What
// legitimately surrounds a word is taken off first: opening quotes and
// brackets before it, closing ones and final punctuation after it
// ("(Signed)", "\"closed", "Palestine,", "area\"."); the word is then
// asked of the dictionary as a whole, and else in its parts: a French or
// Italian elision ("l'Organisation", "qu'il"), an English possessive
// ("Council's"), a compound's parts ("ever-growing", "15-year-old": parts
// of figures alone are numbers), words joined by a slash ("and/or"), a
// plural in brackets ("State(s)"). What remains must be a word: a bracket
// that closes before it opens ("]'Article"), a stray sign inside or at
// its edge ("alinéa~", "!'Article", "l&year-old"), figures mixed with its
// letters ("l9th"), case changing inside it ("lOCatiOnS"), a hyphen
// opening it ("-~thF") make it unknown, whatever the dictionary says of
// its letters.
DictionaryWord dictionary_word(std::string_view run, std::string_view language,
                               const std::function<bool(std::string_view)>& known);

// The words of a clean text as dictionary_word judges them: runs between
// spaces (a dash, "–" or "—", also parts words), those that are words.
struct DictionaryCount {
  std::size_t words = 0;
  std::size_t known = 0;
  // known / words; -1 when the text has no word.
  double share() const;
};
DictionaryCount dictionary_count(std::string_view text, std::string_view language,
                                 const std::function<bool(std::string_view)>& known);

}  // namespace akn
