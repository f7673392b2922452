// Agreement with a reference Akoma Ntoso: what a conversion says against what
// the UN itself marked up for the same resolution (../shared/unakn).
//
// Both files are read into the same Summary, whatever their dialect (the
// UN's DGACM export or akn-ingest's output): the preambular paragraphs, the
// headings and operative paragraphs of the main body with their sub-points,
// the notes with the words they hang on, the conclusions and the FRBR
// identification. Texts are compared after normalising what does not change
// what a reader reads: Unicode compatibility forms, the hyphen and quote
// characters, and white space (tabs, non-breaking and leading spaces).
// Attachments (annexes) are left out of the comparison: the UN's files mark
// them inconsistently.
//
// Thread safety: pure functions over values; libxml2 is used re-entrantly.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace akn::agreement {

// What a paragraph of the summary is.
enum class Kind : char {
  preamble = 'P',   // preamble/container (or a section's crossHeading refersTo="#preamble")
  heading = 'H',    // a heading between operative paragraphs, a part's number and heading
  operative = 'O',  // mainBody paragraph: its content, or its list's intro
  point = 'p',      // a point of a list, at any depth
  wrap_up = 'w',    // the text after a list's points
};

struct Paragraph {
  Kind kind = Kind::operative;
  std::string num;   // as printed ("1.", "(a)"); empty when none
  std::string text;  // normalised, notes taken out
};

struct Note {
  std::string marker;
  std::string text;    // normalised
  std::string before;  // the last three words before the reference, normalised
};

struct Summary {
  std::vector<Paragraph> paragraphs;  // in document order
  std::vector<Note> notes;            // in order of reference
  std::size_t attachments = 0;        // annexes and adopted texts (not compared)
  std::optional<std::string> meeting;       // conclusions: "45th plenary meeting"
  std::optional<std::string> meeting_date;  // conclusions: docDate/@date
  std::string work_uri, expression_uri;     // FRBRuri values, as written
  std::string work_date;                    // FRBRWork FRBRdate/@date
  std::string expression_date;              // FRBRExpression FRBRdate/@date
  std::string language;                     // FRBRlanguage/@language

  [[nodiscard]] std::size_t count(Kind kind) const;
  [[nodiscard]] std::size_t distinct_notes() const;
};

// Thrown when a file cannot be read as Akoma Ntoso.
struct ReadError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Reads an AKN file (UN or ours). Throws ReadError when the file is missing,
// not well-formed or has no akomaNtoso/*/ document.
Summary read_summary(const std::string& path);
Summary summary_of_xml(std::string_view xml, const std::string& name = "input");

// NFKC, U+2010/U+2011 hyphens to '-', soft hyphens removed, curly quotes to
// straight ones, every run of white space to one space, trimmed.
std::string normalise(std::string_view text);

// One document's comparison.
struct Comparison {
  std::size_t reference_paragraphs = 0;  // headings, preambular, operative, points, wrap-ups of the reference
  std::size_t same_paragraphs = 0;       // those with an equal paragraph of ours, in order
  std::size_t extra_paragraphs = 0;      // ours that match none of the reference
  bool counts_agree = false;             // preambular, operative, points and distinct notes
  bool notes_agree = false;              // each note's text and the words it hangs on
  bool conclusions_agree = false;
  bool identification_agrees = false;    // Work and Expression URIs, adoption and publication dates
  std::vector<std::string> differences;  // what disagrees, first difference first, for a reader

  [[nodiscard]] bool full() const {
    return counts_agree && notes_agree && conclusions_agree && same_paragraphs == reference_paragraphs &&
           extra_paragraphs == 0;
  }
};

// Compares `ours` with `reference`. URIs are compared as written, but for a
// trailing slash.
Comparison compare(const Summary& reference, const Summary& ours);

// A reference document whose own markup is wrong, by its stem, with the
// reason: it is compared and shown, but kept out of the totals.
using KnownFlaws = std::map<std::string, std::string>;
// Reads "stem<white space>reason" lines; '#' starts a comment. Throws
// ReadError when the file cannot be read.
KnownFlaws read_known_flaws(const std::string& path);

struct DocumentResult {
  std::string stem;
  std::optional<std::string> error;  // ours missing or unreadable
  Comparison comparison;
  std::optional<std::string> known_flaw;
};

struct Totals {
  std::size_t documents = 0;        // compared and counted (known flaws apart)
  std::size_t full = 0;             // of those, agreeing in full
  std::size_t identification = 0;   // of those, with the same URIs and dates
  std::size_t reference_paragraphs = 0, same_paragraphs = 0, extra_paragraphs = 0;
  std::size_t known_flaws = 0;      // compared but not counted
  std::size_t missing = 0;          // no output of ours (counted as disagreeing)

  [[nodiscard]] double full_share() const;
  [[nodiscard]] double paragraph_share() const;
};

struct Report {
  std::vector<DocumentResult> documents;  // in stem order
  Totals totals;
};

// Compares every REF_DIR/STEM.akn.xml with OUR_DIR/STEM.akn.xml. Throws
// ReadError when a reference file cannot be read.
Report compare_directories(const std::string& reference_dir, const std::string& our_dir, const KnownFlaws& known = {});

// The report for a reader: each disagreeing document with its differences,
// then the totals.
std::string format_report(const Report& report);
// The same as JSON (for bench scripts).
std::string report_json(const Report& report);

}  // namespace akn::agreement
