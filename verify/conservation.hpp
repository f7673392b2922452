// Conservation: the output is the printed text, minus what was logged as
// removed. Run on every conversion, after export.
//
// What ingest read (the text of every line, recorded before cleanup) is
// compared with what the conversion writes: the clean text without its
// notes (write_text with TextNotes::omit: the preface, title, formula,
// paragraphs, points, parts, annexes and conclusions in the order export
// writes them) and the notes (each footnote's marker and text). White space
// is ignored throughout: joining lines collapses it without an edit, by
// design.
//
// How: the edit log is replayed on the recorded text. Every edit of the text
// replaces its `before` by its `after` (white space aside) where it was made:
// at its page and line, the occurrence nearest its column. A footnote mark
// written `[^1]` in an edit's `after` is the marker text in the notes and
// nothing in the body (the clean text has no marks). Each line then goes by
// its final role: body lines make the body, footnote lines the notes, each in
// reading order; a line in any other role (furniture, masthead, marker) has
// left the text, which only a logged role edit (Edit::role) may do. A line
// that a logged move (Edit::read_after: a table read row by row) puts
// elsewhere in the reading order is read there. What the
// replayed source and the output still disagree on (a character diff,
// verify/sequence_diff.hpp) was lost, added, changed or moved with no edit
// saying so: a Discrepancy, with its page, line and the whole words involved.
//
// The check reads; it changes nothing. Thread safety: pure functions.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "structure/resolution.hpp"

namespace akn {

// The text of every line as ingest made it: what the check compares with.
// Cleanup never adds or deletes a line, nor a page, so lines[p][l] is the
// same line as line l of the page numbered numbers[p] after cleanup (which
// may read the pages in another order: order_pages).
struct SourceText {
  std::vector<std::vector<std::string>> lines;  // [page][line]: Line::text as ingested
  std::vector<int> numbers;                     // [page]: Page::number
  std::size_t edits_before = 0;                 // edits ingest had logged (not replayed: they made the source)
};
SourceText record_source(const Document& ingested);

enum class DiscrepancyKind {
  lost,     // printed, not in the output, no edit removes it
  added,    // in the output, not printed, no edit adds it
  changed,  // printed one way, output another, no edit changes it
  moved,    // printed here, output elsewhere: out of reading order
};
const char* to_string(DiscrepancyKind kind);

struct Discrepancy {
  DiscrepancyKind kind = DiscrepancyKind::lost;
  std::string stream;   // "text" (the clean text's body) or "notes"
  Position where;       // the source line (as Document::position_of gives it)
  std::string printed;  // the source's words involved, whole (for `added`: the words it follows)
  std::string output;   // the output's words involved, whole (for `lost`: the words around the gap;
                        // for `moved`: the words it follows in the output, or the passage in its new order)
  std::size_t chars = 0;  // non-white-space characters involved
};

struct ConservationReport {
  std::size_t source_chars = 0;    // non-white-space characters left after replaying the log
  std::size_t output_chars = 0;    // ... of the clean text and the notes
  std::size_t edits_replayed = 0;  // edits of the text applied to the source
  std::size_t edits_unplaced = 0;  // edits of the text whose `before` was not found where they say
  std::vector<Discrepancy> unaccounted;
  [[nodiscard]] std::size_t unaccounted_chars() const;
};

// Compares `source` (recorded from the ingested document) with the cleaned
// document's edit log and final line roles, and with the output: the clean
// text's body (`body_text`: write_text with TextNotes::omit) and the notes
// of `res`. REQUIRES: `cleaned` is the document `source` was recorded from,
// after cleanup (same pages, perhaps in another order, and lines).
ConservationReport check_conservation(const SourceText& source, const Document& cleaned, const Resolution& res,
                                      const std::string& body_text);

// One warning per discrepancy in `log` (stage "conservation"), at most
// `most`, then one that says how many more there were.
void warn_discrepancies(const ConservationReport& report, EditLog& log, std::size_t most = 50);

}  // namespace akn
