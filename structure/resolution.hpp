// The Resolution: what structure recovers from a cleaned Document and what
// export writes. A plain value; export reads nothing else.
#pragma once

#include <cstdint>
#include <map>
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
// A run of text printed in italics: [begin, begin + size) of RichText::text;
// in bold instead when `bold` (the lead words of the Chinese version).
struct StyledRun {
  std::size_t begin = 0, size = 0;
  bool bold = false;
};
struct RichText {
  std::string text;
  std::vector<NoteRef> notes;  // sorted by offset
  // The source lines the text was taken from: `offset` is the first byte of
  // each line's run in `text`. Empty for text not taken from the page.
  std::vector<Origin> source = {};
  // Runs the source prints in italics (the lead words of a paragraph; bold
  // ones in Chinese), sorted, not overlapping; empty when the source states
  // no typography.
  std::vector<StyledRun> italic = {};
};

// A table as printed (cleanup's find_tables: Document::tables): its rows in
// reading order, header rows first, each row's cells left to right. A cell
// spans `span` columns from `column`; columns without text have no cell.
struct TableCell {
  std::size_t column = 0, span = 1;
  RichText text;
};
struct TableRow {
  bool header = false;
  std::vector<TableCell> cells;
};
struct Table {
  std::size_t columns = 0;
  std::vector<TableRow> rows;
};

// A lettered or roman sub-paragraph, possibly with its own points.
struct Point {
  std::string num;  // "(a)", "(ii)"
  RichText text;    // the intro when `points` is not empty
  std::vector<Point> points;
};

struct PreambularParagraph {
  std::string lead;  // "Recalling also", as printed; empty when none was recognised
  RichText text;     // the intro when `points` is not empty
  std::vector<Point> points = {};  // "(a) To promote ..." under a paragraph ending with ":"
};

struct OperativeParagraph {
  std::string num;  // "1."; empty for a lone unnumbered paragraph
  RichText text;    // the intro when `points` is not empty
  std::vector<Point> points;
  std::optional<RichText> wrap_up;  // text after the points
  // A heading printed before the paragraph, unnumbered, in its own type
  // ("Budget performance report for the period ..."); it heads the
  // paragraphs down to the next heading.
  std::optional<RichText> heading = std::nullopt;
  // Tables printed after the paragraph (what it announces: "shall be as
  // follows:"), before the next paragraph. A table no paragraph precedes
  // (under an annex's title) is held by a paragraph with no number and no
  // text (holds_only_tables).
  std::vector<Table> tables = {};

  [[nodiscard]] bool holds_only_tables() const {
    return num.empty() && text.text.empty() && points.empty() && !wrap_up && !heading && !tables.empty();
  }
};

// A part of the operative text with its own number and heading (A/RES/78/253
// parts I to XXVI), and the preambular and operative paragraphs under it.
// Level 1 is numbered in roman numerals (or "Part"), level 2 in capital
// letters; a level-2 section belongs to the level-1 section before it.
struct Section {
  int level = 1;
  std::string num;  // "I", "A"
  std::optional<RichText> heading;
  std::vector<PreambularParagraph> preamble;  // preambular text inside the part
  std::vector<OperativeParagraph> operative;
};

// An annex: its label as printed ("Annex I"), its heading lines and its
// paragraphs (numbered where it numbers them). A text that an operative
// paragraph adopts ("Adopts the following political declaration ...:") and
// that follows it under its own title is kept the same way, unlabelled.
struct Annex {
  std::string name = "annex";  // "adoptedText": a text the resolution adopts "as follows:"
  std::string label;           // empty for an adopted text
  std::vector<RichText> heading;
  std::vector<OperativeParagraph> paragraphs;
};

// The sponsors of a draft, as printed ("Andorra, ... and Ukraine: draft
// resolution"): the line, and each sponsor's name by its place in it.
struct Sponsors {
  RichText line;
  std::vector<std::pair<std::size_t, std::size_t>> names;  // (offset, length) in line.text
  std::string kind;                                        // "draft resolution", "revised draft decision"
};

struct Conclusion {
  std::optional<std::string> meeting;  // "77th plenary meeting", "8151st meeting"
  std::optional<Date> date;
};

// What kind of document this is, as the document itself says: by its
// symbol (/RES/, /PV., /SR.), its adoption line, its sponsor line, its
// title ("Letter dated ...", "Report of the Secretary-General ...") or its
// enacting formula.
enum class DocumentType : std::uint8_t {
  resolution,
  decision,
  draft_resolution,
  draft_decision,
  letter,          // letters and notes verbales
  report,
  note,            // "Note by the Secretary-General"
  meeting_record,  // verbatim (S/PV.4507) and summary (A/C.4/SR.985) records
  presidential_statement,  // a statement by the President of the Security Council (S/PRST/2025/7)
  other,           // none of these could be told
};

// The date a Work is known by, with what it is: "adoption", "letter" (the
// date in "Letter dated ..."), "issue" (the masthead's date of issue),
// "year" (only the year is printed: 1 January of it, as AKN4UN says).
struct WorkDate {
  Date date;
  std::string name;
};

struct Resolution {
  SourceInfo source;
  Metadata meta;
  std::string body;   // "General Assembly"; empty when unknown
  std::string actor;  // "unga"; "un" when the body is unknown
  std::optional<std::string> number;  // as printed: "57/224", "2002/…", "2397 (2017)"
  std::string number_prefix;          // what the document prints before it: "Resolution " (Security Council), "第"
  std::string number_suffix;          // what the document prints after it: "号决议" (a Chinese Council resolution)
  std::string number_separator;       // what the document prints after it: ". " or " "
  std::optional<RichText> title;
  // The title is printed above the sponsor line, none under it: a 1970s
  // draft's heading (the title of its agenda item). Writers keep that order.
  bool title_before_sponsors = false;
  std::optional<std::string> adoption_line;  // "Resolution adopted by the General Assembly on 22 December 2003"
  // The body as the adoption line prints it ("General Assembly",
  // "l’Assemblée générale" without its article, "Генеральной Ассамблеей").
  std::optional<std::string> adoption_body;
  std::optional<Date> adoption_date;
  std::optional<std::string> adoption_meeting;  // "8151st meeting", when the adoption line names it
  std::optional<std::string> report_line;    // "[on the report of the Third Committee (A/58/508/Add.2)]"
  std::optional<std::string> committee;      // "Third Committee"
  std::vector<RichText> other_preface;       // preface lines not otherwise placed
  std::optional<std::string> formula;        // "The General Assembly,"
  std::optional<Sponsors> sponsors;          // a draft's sponsor line
  std::vector<PreambularParagraph> preamble;
  std::vector<OperativeParagraph> operative;  // before any section
  std::vector<Section> sections;              // in order; operative parts with a number and heading
  std::optional<Conclusion> conclusion;
  std::vector<Annex> annexes;
  std::vector<Footnote> footnotes;
  std::vector<Diagnostic> warnings;          // what structure could not place
  DocumentType type = DocumentType::other;
  std::string type_evidence;                 // what told the type, for the report ("the symbol A/RES/78/101")
  std::optional<Date> document_date;         // the date its title gives ("Letter dated 12 July 1994 ...")
  // The resolutions printed after this one's conclusions on the same pages
  // (an Official Records volume prints them one after another), each with
  // its own number, title, formula, preamble, operative paragraphs,
  // conclusions and date, in reading order. Their footnote references index
  // this resolution's `footnotes` (the page's notes); their warnings and
  // edits are this resolution's too. Their own `following` is empty.
  std::vector<Resolution> following;
  // Of the document's own resolution: where the notes no reference was
  // linked to belong (structure/note_homes.hpp), by footnote index: 0 this
  // resolution, k following[k - 1]. A note not in it is this one's.
  std::map<std::size_t, std::size_t> note_home;
  // What structure changed of the printed text it placed (a part's number
  // kept without "Part" or its full stop), as edits of the stage
  // "structure"; they follow the cleanup edits in the edit log.
  std::vector<Edit> edits;
};

// The document type as AKN names it (the @name of the document element):
// "resolution", "decision", "resolutionDraft", "decisionDraft", "letter",
// "report", "note", "meetingRecord", "document".
std::string document_name(const Resolution& res);
// Resolutions, decisions and their drafts are AKN statements; the other
// documents are AKN doc.
bool is_statement(const Resolution& res);
// The type as the corpus JSONL names it: "resolution", "decision",
// "draftResolution", "draftDecision", "letter", "report", "note",
// "meetingRecord", "document".
std::string type_name(DocumentType type);
// The date the Work is known by: adoption, the date its title gives, the
// masthead's date of issue, or 1 January of a year its number or symbol
// states; nullopt when the document states none.
std::optional<WorkDate> work_date(const Resolution& res);

// Counts over the whole text: the preamble and every section (a paragraph
// that only holds tables is not counted).
std::size_t preambular_count(const Resolution& res);
std::size_t operative_count(const Resolution& res);

}  // namespace akn
