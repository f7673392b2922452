// The Resolution: what structure recovers from a cleaned Document and what
// export writes. A plain value; export reads nothing else.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/document.hpp"

namespace akn {

// Text with footnote references at byte offsets.
struct NoteRef {
  std::size_t offset = 0;
  std::size_t footnote = 0;  // index into Resolution::footnotes
};
struct RichText {
  std::string text;
  std::vector<NoteRef> notes;  // sorted by offset
};

// A lettered or roman sub-paragraph, possibly with its own points.
struct Point {
  std::string num;  // "(a)", "(ii)"
  RichText text;    // the intro when `points` is not empty
  std::vector<Point> points;
};

struct PreambularParagraph {
  std::string lead;  // "Recalling also"; empty when none was recognised
  RichText text;
};

struct OperativeParagraph {
  std::string num;  // "1."; empty for a lone unnumbered paragraph
  RichText text;    // the intro when `points` is not empty
  std::vector<Point> points;
  std::optional<RichText> wrap_up;  // text after the points
};

struct Conclusion {
  std::optional<std::string> meeting;  // "77th plenary meeting"
  std::optional<Date> date;
};

struct Resolution {
  SourceInfo source;
  Metadata meta;
  std::string body;   // "General Assembly"; empty when unknown
  std::string actor;  // "un-ga"; "un" when the body is unknown
  std::optional<std::string> number;  // as printed: "57/224", "2002/…"
  std::string number_separator;       // what the document prints after it: ". " or " "
  std::optional<RichText> title;
  std::optional<std::string> adoption_line;  // "Resolution adopted by the General Assembly on 22 December 2003"
  std::optional<Date> adoption_date;
  std::optional<std::string> report_line;    // "[on the report of the Third Committee (A/58/508/Add.2)]"
  std::optional<std::string> committee;      // "Third Committee"
  std::vector<RichText> other_preface;       // preface lines not otherwise placed
  std::optional<std::string> formula;        // "The General Assembly,"
  std::vector<PreambularParagraph> preamble;
  std::vector<OperativeParagraph> operative;
  std::optional<Conclusion> conclusion;
  std::vector<Footnote> footnotes;
  std::vector<Diagnostic> warnings;          // what structure could not place
};

}  // namespace akn
