// The decision at a line that ends in a hyphen or dash: keep it, drop it
// (a syllable break), and whether a space goes between the lines. Shared by
// rejoin_hyphenated_lines (body lines) and collect_footnotes (a note's
// lines). Internal to cleanup/.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

#include "cleanup/cleanup.hpp"

namespace akn::detail {

// What to do with a line-end hyphen or dash.
struct LineEnd {
  const char* kind;      // the edit's kind
  bool keep = true;      // the dash stays in the text
  bool space = false;    // a space still goes between the lines
  std::string why;
  double confidence = 0.7;
  // When not empty, a warning the caller logs: the decision is a guess (a
  // word joined that the dictionary does not know).
  std::string doubt = {};
};

// The words of the document's body and notes, lowercased, read once when
// the first line ending in a dash needs them (most lines do not); and
// whether the document breaks words at syllables (its printer hyphenates),
// counted when the pass starts, before it joins any line.
class Vocabulary {
 public:
  Vocabulary(const Document& doc, const PassContext& ctx);
  const std::unordered_set<std::string>& words();
  // The words the document prints whole, lowercased: not the piece before
  // a line-end hyphen nor the one after it ("Organiza- / tion" gives
  // neither), since those are what is being decided. Read when the
  // Vocabulary is made (before its pass joins lines) if any line ends in a
  // hyphen.
  const std::unordered_set<std::string>& whole_words();
  // The parts the document writes before a hyphen inside a word,
  // lowercased ("pre-election", "socio-economic": "pre", "socio").
  const std::unordered_set<std::string>& compound_heads();
  // The line ends of the body and notes that are certainly syllable breaks:
  // the dictionary has the joined word but not both halves ("Govern- /
  // ment", "rensei- / gnements"). Zero without a dictionary.
  [[nodiscard]] std::size_t syllable_breaks() const { return syllable_breaks_; }
  // Whether the document prints a hyphen-minus set apart by spaces inside
  // a line as a dash ("its operations - 29 February", a typewritten or
  // 1990s text), a suspended hyphen ("medium - and long-term") aside.
  // Where it never does, its dashes are en dashes, and a hyphen-minus set
  // apart at a line's end is a compound's.
  bool prints_spaced_dashes();
  // Whether the document, a text dump, prints an en dash (U+2013)
  // anywhere: it is typeset, and sets its dashes as en dashes, so that a
  // hyphen-minus set apart at a line's end is a compound's before a
  // capital too ("Secretary -" / "General"). Never for an OCR reading or
  // a PDF's text layer read with geometry.
  bool prints_en_dashes();
  // Whether a line of the document prints `left` and `right` on either
  // side of a hyphen-minus set apart by spaces ("now - here"), case aside.
  bool prints_dash_between(const std::string& left, const std::string& right) const;

 private:
  const Document& doc_;
  std::optional<std::unordered_set<std::string>> words_;
  struct Whole {
    std::unordered_set<std::string> words, heads;
  };
  std::optional<Whole> whole_;
  std::size_t syllable_breaks_ = 0;
  std::optional<bool> spaced_dashes_, en_dashes_;
};

// Words after which a line-end hyphen is suspended: "low- / and
// middle-income", "court- / et moyen terme".
bool suspends_hyphen(std::string_view word);

// A line-end join: the decision, where the dash is in `line`, and the edit's
// before and after ("left-\nright" -> "left-right"). The line is cut at
// `cut_at` (the dash, or the space before a spaced hyphen the document
// closes up) and `kept` (the dash, or nothing) goes in its place.
struct LineEndJoin {
  LineEnd end;
  std::size_t dash_at = 0;
  std::string dash;
  std::string before, after;
  std::size_t cut_at = 0;
  std::string kept;
};

// The join of `line` (ending in a hyphen or en dash set against its word,
// or in a spaced hyphen after a word whose compound with the next line's
// word the document prints whole: "Fact -" / "Finding" where it prints
// "Fact-Finding", as pdftotext -layout gives a PDF's line-end hyphen)
// with `next`; nullopt when the line does not end so, or when there is no
// word on either side to decide by.
std::optional<LineEndJoin> join_at_line_end(std::string_view line, std::string_view next, const PassContext& ctx,
                                           Vocabulary& vocab);

// When `line` ends in a hyphen set apart after a word and `next` starts
// with a word, and join_at_line_end found nothing to decide by ("Secretary
// -" / "General" in a document that never prints "Secretary-General"): the
// warning to log, since the hyphen may be a compound's (a text dump's
// rendering of a PDF's line-end hyphen at a kerning gap) or a dash, and the
// text is kept as the dump gives it. nullopt otherwise. The caller logs it
// for a text dump's line in a document that sets no hyphen-minus apart as
// a dash (Vocabulary::prints_spaced_dashes).
std::optional<std::string> undecided_spaced_hyphen(std::string_view line, std::string_view next);

}  // namespace akn::detail
