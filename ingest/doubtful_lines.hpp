// Lines OCR read with words nothing knows (internal to ingest/, used by
// ocr.cpp to read such lines again alone).
//
// Tesseract reads a line it sees badly confidently wrong: A/47/892's
// underlined title "from the Permanent Observer" came out "from the Perman
// 0 rver", the words read with confidences 93 and 92, so that no
// confidence threshold finds them. A line of a page holding a word (of at
// least kDoubtfulLetters letters) that neither the dictionary of the page's
// language nor the rest of the page knows (unknown_to_dictionary_and_document,
// core/known_words.hpp) is read again alone; the new reading is kept only
// when it reads more plausibly (reads_more_plausibly), else the line stays
// as read and the later passes warn about it.
//
// Pure functions; thread-safe when the word test is.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/known_words.hpp"
#include "ingest/layout.hpp"

namespace akn::detail {

// A word shorter than this many letters is not judged: a lone "0" or "rn"
// is a speck as often as a word.
constexpr std::size_t kDoubtfulLetters = 3;

// A run of at least this many figures in the first reading must be in the
// line read again, run for run: read alone, a line loses the small raised
// note marks glued to its figures ("de marzo de 20111," read again
// "2011,": the mark of note 1 gone), and figures are what OCR reads best,
// so a reading that changes them is no better one. A single figure ("0" in
// "Perman 0 rver") is a speck as often as a figure.
constexpr std::size_t kKeptFigures = 2;

// A page reads again alone at most this many of its doubtful lines, the
// most doubtful first (more_doubtful); the others stay as read, and a
// warning of the page gives how many and their first unknown words. Each
// line read again costs a single-line Tesseract reading: a noisy page paid
// one per doubtful line, however many (the one-page Russian scan of
// 2758 (XXVI): 48 lines). Measured on the corpus scans and the scan
// fixtures (lines doubtful per page, and the rank, in this order, of the
// re-readings kept): the fixtures' pages have at most a few doubtful lines;
// the corpus's noisy pages 28 to 48 (A/C.4/SR.985: 35 to 42, A/45/189: up
// to 30), and the re-readings kept stand at ranks 0 to 28 (the Russian
// scan's two mended lines: 23 and 28). The cap keeps every one of them
// and bounds what a page of specks costs.
constexpr std::size_t kMostLinesReadAgain = 30;

// The text of words [from, to) of a line, a space where the source saw one
// (a raised mark OCR gives as a word of its own is glued: "2011" "1,").
std::string line_text(const std::vector<PlacedWord>& words, std::size_t from, std::size_t to);

// A word as the dictionary is asked it: without the characters that are
// neither letters nor digits around it ("Palestine," -> "Palestine").
std::string_view bare_word(std::string_view text);

// The words of a page, counted, so that a line's words can be looked up in
// the rest of the page (a name printed twice is the document's own).
class PageVocabulary {
 public:
  explicit PageVocabulary(const std::vector<PlacedWord>& words);
  // The test "printed on the page outside words [from, to) of `words`"
  // (the words the vocabulary was made of). Valid while both live.
  [[nodiscard]] WordTest elsewhere(const std::vector<PlacedWord>& words, std::size_t from, std::size_t to) const;

 private:
  std::map<std::string, int, std::less<>> counts_;
};

// What a reading of one line holds: its words of kDoubtfulLetters letters
// or more that are known and unknown, and its mean word confidence.
struct LineJudgement {
  std::size_t known = 0, unknown = 0;
  double confidence = 0;
  std::vector<std::string> unknown_words;  // as read, for the edit's reason
  std::vector<std::string> figures;        // runs of kKeptFigures figures or more in line_text, sorted
  std::vector<std::string> known_words;    // the known words, sorted
};
LineJudgement judge_line(const std::vector<PlacedWord>& words, std::size_t from, std::size_t to,
                         const WordTest& dictionary, const WordTest& document);

// Whether `again` (a line read alone) reads more plausibly than `first`
// (the same line read with its page): fewer unknown words, at least as
// many known ones (no text lost), a mean confidence at least as high,
// every run of figures of `first` kept (no note mark or figure lost), and
// every known word of `first` kept: a word the dictionary knows was read
// right, and a reading without it read something else (the widened crop
// of a masthead line, T/PET.11/142's "TRUSTEESHIP _ parecer", read as a
// stamp's specks "RY ° | E rs He 7 | eon ate", whose "eon" and "ate" the
// dictionary knows).
bool reads_more_plausibly(const LineJudgement& again, const LineJudgement& first);

// A line read again alone is taken for its words, not for what the page
// reading read right: read alone, without the page's neighbours, Tesseract
// reads a paragraph's number by the shape of its glyphs only (a
// photographed page's "1. Reaffirms" read again "I. Reaffirms": the
// operative numbering broken). So the line read again keeps, word for
// word, what the first reading read plausibly: a word of the line read
// again that stands where one word of the first reading stood (their boxes
// overlap by at least kSameWordOverlap of the wider: the same printed
// word, not a piece of it, as "or" of the garbled "or izati" is a piece of
// "organizations") gives way to that first word when the first is
// plausible and differs: a numbering label (numbering_label), or a word
// the dictionary or the rest of the page knows where the word read again
// is known to neither.
constexpr double kSameWordOverlap = 0.6;

// Whether `text` is a paragraph's number or label as UN documents print
// them at a line's start: "12.", "(3)", "(a)", "(iv)", "IV.", "A.".
bool numbering_label(std::string_view text);

// The line read again (`again`) with the plausible words of the first
// reading (words [from, to) of `first`) put back where they stood (see
// kSameWordOverlap); `kept` lists them, quoted: "\"1.\" for \"I.\"".
struct MergedLine {
  std::vector<PlacedWord> words;
  std::vector<std::string> kept;
};
MergedLine keep_plausible_first_words(const std::vector<PlacedWord>& first, std::size_t from, std::size_t to,
                                      std::vector<PlacedWord> again, const WordTest& dictionary,
                                      const WordTest& document);

// Whether the line judged `a` is more doubtful than the one judged `b`:
// more words nothing knows, else a lower mean confidence.
bool more_doubtful(const LineJudgement& a, const LineJudgement& b);

}  // namespace akn::detail
