// The document model every stage shares.
//
// Ingest builds a Document from one input's bytes: pages of lines, each line
// with its text and, when the source knows them, words with boxes, font sizes
// and OCR confidences. Cleanup passes rewrite it in place and record every
// change in its edit log; the unwrapping pass groups body lines into Blocks
// (paragraph candidates). Structure reads the result; nothing downstream
// writes back into it.
//
// Positions are byte offsets into UTF-8 strings. Every text change goes through
// Line::replace or Block::replace so that the anchors hanging off the text
// (word boxes, footnote marks, source origins) stay on the characters they
// belong to.
//
// Thread safety: a Document is a plain value; one thread at a time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/box.hpp"
#include "core/edit_log.hpp"
#include "core/metadata.hpp"

namespace akn {

// A word of a line, as located by the source. [begin, end) is its byte range
// in Line::text. Text dumps produce no words.
struct Word {
  std::size_t begin = 0, end = 0;
  std::optional<Box> box;
  double font_size = 0;      // 0 when unknown
  double confidence = -1;    // OCR confidence in [0, 100]; -1 when not OCRed
  bool superscript = false;  // raised and smaller than the line's body text
  bool bold = false, italic = false;  // from the font name, when known
  // OCR, on a line whose word boxes are its band (right-to-left lines):
  // code points at the word's start whose own ink stood raised above the
  // baseline (a note mark OCR ran into the number after it); 0 elsewhere,
  // where the box itself says how high the word stands.
  std::size_t raised_head = 0;
};

// What a line (or a run of lines) is, as far as cleanup has decided. Lines are
// never deleted by cleanup: they are given a role, and export decides.
enum class LineRole : std::uint8_t {
  body,       // text of the document
  blank,      // nothing but white space
  furniture,  // running head, page number, job number, separator rule, ...
  masthead,   // page-1 masthead; its values are in Metadata
  marker,     // tool artefact (ODS markers); values in Metadata
  footnote,   // footnote text (collected into Document::footnotes)
};

std::string_view to_string(LineRole role);

// How a footnote reference mark was found.
enum class MarkSource : std::uint8_t {
  markup,       // explicit superscript markup (<sup>1</sup>, ^1^)
  superscript,  // geometry: smaller, raised glyphs
  inferred,     // digits glued to text ("1993,1 for"), checked against notes
};

// A footnote reference at a byte offset of a line's or block's text. The
// digits of the mark have already been removed from the text.
struct NoteMark {
  std::size_t offset = 0;
  std::string marker;  // "1", "2", "*" ...
  MarkSource source = MarkSource::markup;
  // The note it refers to (an index into Document::footnotes) when its
  // place decided it: letter marks restart from table to table, so "a"
  // names no one note. Unset: the note with its marker.
  std::optional<std::size_t> note = std::nullopt;
};

struct Line {
  std::string text;
  std::vector<Word> words;
  std::optional<Box> box;
  LineRole role = LineRole::body;
  int source_line = 0;     // 1-based line in the input file (text sources)
  bool hard_break = false;  // the source forces a break after this line
  // Set by rejoin_hyphenated_lines: when unwrapping joins the next line to
  // this one, no space goes between them (a line-end hyphen was decided on).
  bool join_without_space = false;
  bool heading = false;  // the source marks this line as a heading
  bool in_table = false;  // find_tables: the line holds cells of a table (Document::tables)
  double font_size = 0;   // the size of most of its glyphs; 0 when unknown
  bool vertical = false;  // text set at an angle (margin stamps, rotated tables)
  // Read from the right (Arabic, Hebrew; set at ingest, core/bidi.hpp): its
  // first-line indent and short last line stand on the other side.
  bool right_to_left = false;
  std::vector<NoteMark> marks;

  // Replaces text[pos, pos+len) by `with`, moving word ranges and marks that
  // follow. Marks inside the replaced range move to its start.
  // REQUIRES: pos + len <= text.size().
  void replace(std::size_t pos, std::size_t len, std::string_view with);
};

// A word of an OCR page that read as a dictionary word one OCR confusion
// away from another dictionary word ("tights", "rights"), read again alone
// in its box (ingest/ocr.cpp, reread_confusable_words): what the second
// reading gave. correct_ocr_words weighs it with the other evidence.
struct WordRereading {
  Box box;            // the word's box, as Word::box
  std::string read;   // the word as first read, without the punctuation around it
  std::string again;  // the same box read alone (as one word), likewise; empty when nothing was read
  double confidence = -1;  // the second reading's confidence
};

struct Page {
  int number = 1;  // 1-based
  double width = 0, height = 0;  // points; 0 when unknown (text dumps)
  std::vector<Line> lines;
  bool ocr = false;              // the words come from OCR of the page image
  double ocr_confidence = -1;    // mean word confidence (0..100) when OCRed
  // The text layer is itself an OCR program's reading drawn over the page
  // image (an old scan's Acrobat Capture layer, kept): its words hold OCR's
  // misreadings though `ocr` is false.
  bool ocr_layer = false;
  std::vector<WordRereading> rereadings;  // OCR pages: words read again alone (see WordRereading)
  std::string hocr;  // Tesseract's hOCR of the page when OCRed (div class ocr_page), else empty
  // How the page image was turned before OCR, in this order: quarter turns
  // clockwise (orientation), then a rotation by `deskew_degrees` about the
  // centre, then `quarter_turns_after` more quarter turns. The boxes of an
  // OCRed page are on the turned image, whose size width x height is.
  int quarter_turns = 0;
  double deskew_degrees = 0;
  int quarter_turns_after = 0;
  // Horizontal rules drawn on the page as vector lines, which a text layer
  // does not hold (the separator over the notes that LaTeX, LibreOffice and
  // InDesign draw; Word prints it as text). Ingest looks for them only where
  // the text leaves a page's notes zone in doubt (ingest/drawn_rules.hpp).
  std::vector<Box> rules;
  // The share of the page's area (0..1) that images cover (a picture, a
  // map, a scan), as Poppler's core draws the page; 0 when unknown (text
  // dumps, poppler-cpp's reader). trace_empty_pages says a page whose text
  // is all furniture holds a picture by it.
  double image_cover = 0;
};

// Where a run of a block's text came from.
struct Origin {
  std::size_t offset = 0;  // first byte of the run in Block::text
  int page = 0;            // 1-based
  int line = 0;            // index into Page::lines
  std::size_t column = 0;  // the byte of the line's text where the run starts: 0 but for a
                           // table cell that starts inside its line
};

// A paragraph candidate: consecutive body lines joined by the unwrapping pass.
struct Block {
  std::string text;
  std::vector<Origin> origins;  // sorted by offset; never empty
  std::vector<NoteMark> marks;

  // Same contract as Line::replace; origins are kept in step.
  void replace(std::size_t pos, std::size_t len, std::string_view with);
  // The source line holding the byte at `offset`.
  [[nodiscard]] Origin origin_at(std::size_t offset) const;
};

// A table as printed (find_tables reads it from the geometry of the page):
// its rows top to bottom, over page breaks, each row's cells left to right.
// A cell holds words of one or more lines (its text wraps within its
// column); unwrap_lines makes each cell a Block of its own, so the passes
// after it treat a cell as a paragraph.
struct CellPiece {
  std::size_t page = 0, line = 0;            // indexes into Document::pages and Page::lines
  std::size_t first_word = 0, end_word = 0;  // the words [first_word, end_word) of the line
};
inline constexpr std::size_t kNoBlock = static_cast<std::size_t>(-1);
struct PrintedCell {
  std::size_t column = 0, span = 1;  // its first column (0-based) and how many it covers
  std::vector<CellPiece> pieces;     // in reading order: top to bottom
  std::size_t block = kNoBlock;      // the Block holding its text, once unwrap_lines made it
};
struct PrintedRow {
  bool header = false;             // a header row (set in its own type, or repeated on each page)
  std::vector<PrintedCell> cells;  // left to right; columns without text have no cell
};
struct PrintedTable {
  std::size_t columns = 0;
  std::vector<PrintedRow> rows;  // in reading order; a header repeated on a continuation page is not a row
};

struct Footnote {
  std::string marker;
  std::string text;
  int page = 0;
  int line = 0;             // index into Page::lines of its first line
  bool referenced = false;  // set when a reference was linked to it
};

// Where the input came from; filled by ingest.
struct SourceInfo {
  std::string name;      // display name (path relative to its input root)
  std::string kind;      // "text", "markdown", "pdf"
  std::string encoding;  // detected encoding of text sources
  std::string sha256;    // of the input bytes
  std::uint64_t bytes = 0;
};

struct Document {
  SourceInfo source;
  Metadata meta;
  std::vector<Page> pages;
  std::vector<Block> blocks;  // empty until a pass builds them
  std::vector<PrintedTable> tables;  // found by find_tables, in reading order; their lines are `in_table`
  std::vector<Footnote> footnotes;
  EditLog log;
  // The language of the text (BCP 47, empty when unsure), detected once by
  // language_of (core/language.hpp) when cleanup starts and read by every
  // stage after it; nullopt until then.
  std::optional<std::string> language;

  [[nodiscard]] std::size_t line_count() const;
  // The reportable position of pages[page_index].lines[line_index]: the
  // source line number for text inputs, else the page and 1-based line.
  [[nodiscard]] Position position_of(std::size_t page_index, std::size_t line_index) const;
  // The position of the byte `offset` of blocks[block_index].
  [[nodiscard]] Position position_in_block(std::size_t block_index, std::size_t offset) const;
  // The box of the word (else the line) holding the byte `offset` of
  // blocks[block_index]; nullopt when the source has no geometry.
  [[nodiscard]] std::optional<Box> box_in_block(std::size_t block_index, std::size_t offset) const;
};

}  // namespace akn
