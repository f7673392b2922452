// Export: a Resolution (and the Document's edit log) in, output bytes out.
//
// Writers return the bytes; they do not touch the file system (the batch
// runner writes atomically). Output is deterministic: the same input and
// configuration give the same bytes (no timestamps, stable ids, classic
// number formatting).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "structure/resolution.hpp"

namespace akn {

// A run of text the AKN output carries, and where it came from: `eid` is
// the eId of the element it belongs to (a paragraph, point or preambular
// container; "preface" for the preface), `source` the lines it was taken
// from (RichText::source).
struct AknPart {
  std::string eid;
  std::string text;
  std::vector<Origin> source;
};

// Akoma Ntoso 3.0 (AKN4UN profile) for one resolution, UTF-8, written with
// libxml2's xmlTextWriter. Characters XML cannot carry are dropped here as a
// last guard (normalize_text removes them earlier, with an edit). When
// `parts` is given, every run of text written is appended to it, in
// document order.
std::string write_akn(const Resolution& res, std::vector<AknPart>* parts = nullptr);

// The FRBR Work IRI: /akn/un/statement/deliberation/{actor}/{date}/{number}.
std::string work_iri(const Resolution& res);

enum class TextNotes { end, omit };
struct TextOptions {
  TextNotes notes = TextNotes::end;  // footnotes after the body, or left out
};
// Clean text: preface lines, title, formula, paragraphs separated by blank
// lines, conclusions; no furniture, no reference marks in the body.
std::string write_text(const Resolution& res, const TextOptions& options);  // always valid UTF-8

// The text of each page, as pdftotext and `ocrmypdf --sidecar` write it:
// every line of the page in reading order (after cleanup's corrections;
// furniture, masthead and notes included, as printed), one per line, and a
// form feed between pages. Always valid UTF-8.
std::string write_page_text(const Document& doc);

// hOCR, for archives and viewers: the XHTML document Tesseract's own
// TessHOcrRenderer writes, holding the hOCR Tesseract gave for each OCRed
// page (Page::hocr: div class ocr_page, from the recognition whose words
// the document holds). Pages that were not OCRed have no div, so a
// document without OCR gives valid XHTML with an empty body.
// `ocr_system` is the meta ocr-system ("tesseract 5.3.0").
std::string write_hocr(const Document& doc, std::string_view ocr_system);

// The edit log as JSON: source, metadata, every edit and every warning.
std::string write_edits_json(const Document& doc, const Resolution& res);

// Where everything is on the page, for the review (review/review.hpp):
// pages with their size and how OCR turned them, every line with its role
// and box, each AKN part with the lines it came from, footnotes, and every
// edit (with the OCR confidence of the word it changed). Compact JSON.
std::string write_layout_json(const Document& doc, const Resolution& res, const std::vector<AknPart>& parts);

// How far a conversion can be trusted, as a careful reader would judge it,
// for ranking documents and filtering a training corpus. Each part is a
// figure in 0..1 where 1 means nothing was found against the document; -1
// when it was not measured. The counts say what the parts were made from.
struct Quality {
  double score = 0;            // the parts measured, multiplied (see quality_score); 0 when the AKN is not valid
  // How well the words were read.
  double ocr_confidence = -1;  // mean word confidence of the OCRed pages (0 when OCR found no word at
                               // all); -1: no page was OCRed
  double dictionary = -1;      // share of the clean text's words the dictionary of the document's
                               // language knows; -1: no dictionary for that language (see unchecked)
  double script = -1;          // measured only when no dictionary was (verify/quality.hpp script_count):
                               // share of the text's letters in its language's script; -1: not measured
  std::string unchecked;       // why the dictionary did not check the words (no dictionary of the
                               // language, no word); empty when it did. Caps the score at kUncheckedCap
  // How faithful and clean the text is.
  double conservation = 1;     // kUnaccountedFactor ^ unaccounted
  std::size_t unaccounted = 0;  // differences with the printed text no edit accounts for (verify/conservation.hpp)
  double furniture = 1;        // kFurnitureFactor ^ furniture_in_text
  std::size_t furniture_in_text = 0;  // furniture-like runs left in the text (verify/quality.hpp)
  double reading_order = 1;    // 1 / (1 + kOrderBreakWeight x order breaks per page)
  std::size_t order_breaks = 0;  // lines read out of order on their page, right-to-left lines of a text
                                 // layer whose reading order failed ingest's check, and numbered paragraphs
                                 // read out of their rising sequence (verify/quality.hpp numbering_breaks)
  double title = 1;            // kDoubtfulTitleWordFactor ^ title_doubtful_words
  std::size_t title_doubtful_words = 0;  // OCR words of the title nothing knows (verify/quality.hpp)
  double pages = 1;            // kPageFaultFactor ^ page_faults
  std::size_t page_faults = 0;  // pages out of the order their printed numbers give, or missing (verify/quality.hpp
                                // page_sequence_faults)
  double notes = 1;            // 1 - (kUnreferencedNoteWeight * unreferenced + kNoteInTextWeight * in text) /
                               // (notes collected + in text) (runner/pipeline.cpp); 1: no note; at least
                               // 1 - kNoteInTextWeight (unreferenced notes are collected ones)
  std::size_t unreferenced_notes = 0;  // notes no mark of the text refers to (link_footnotes' warning)
  std::size_t notes_in_text = 0;       // notes seen but left in the body as printed, or not found
                                       // (warnings of Doubt::notes_in_text)
  double doubtful = 1;         // kDoubtfulWordFactor ^ doubtful_words
  std::size_t doubtful_words = 0;  // OCR dictionary words kept that may be another misread (correct_ocr_words)
  // How much of what the document is was recovered.
  double metadata = 1;         // 1, less kMissingMetadata for each of the symbol and a date not found
  double structure = 1;        // a document that looks like a resolution: share found of the enacting
                               // formula, the operative text and the number or title; others: 1;
                               // x kNumberingGapFactor per numbering gap, x kStructureDoubtFactor per doubt
  std::size_t structure_doubts = 0;  // paragraph boundaries the structure could not decide and kept as read
                                     // (kStructureDoubtWarning)
  int schema_valid = -1;       // 1 valid, 0 invalid, -1 not validated
  std::size_t ocr_pages = 0;
};
// What each finding costs (one commented block; see README "Quality").
// Text that is not as printed, or that carries furniture, is damage wherever
// it is: each instance costs the same in a 2-page and a 200-page document.
// Lines read out of order are counted per page: one table row label read
// after its figures in a 25-page report is not the scrambled page of an old
// scan's text layer.
inline constexpr double kUnaccountedFactor = 0.5;  // text not as printed: each difference halves the score
inline constexpr double kFurnitureFactor = 0.7;    // a running head, job number or page number inside the text
inline constexpr double kOrderBreakWeight = 2.0;   // one break per page: 1/3; one in 25 pages: 0.93
inline constexpr double kDoubtfulTitleWordFactor = 0.8;  // a title word OCR read that nothing knows ("Perman 0 rver")
// Pages out of the order their printed page numbers give, or missing: the
// text is complete and in order nowhere near them, and a reader of the
// output cannot see it.
inline constexpr double kPageFaultFactor = 0.5;  // pages swapped, or pages missing (each finding)
inline constexpr double kDoubtfulWordFactor = 0.9;  // an OCR word kept that may be another misread ("tights" for "rights")
// A paragraph boundary the structure could not decide (a lead word after a
// clause's end with no indent to show a new paragraph: "kept in the
// paragraph before it") may be two paragraphs read as one.
inline constexpr double kStructureDoubtFactor = 0.9;
inline constexpr std::string_view kStructureDoubtWarning = "kept in the paragraph before it";
inline constexpr double kMissingMetadata = 0.05;   // no symbol, no date, no type (each): the text itself is not damaged
// Words no dictionary checked (a language with no dictionary installed, a
// text with no word) are not words found good: the score is at most this,
// so that a corpus filtered on the score keeps them at the default
// min_quality (0.75) but never ranks them with checked text (over 0.9).
inline constexpr double kUncheckedCap = 0.9;
// The product of the parts measured (OCR confidence, dictionary share and
// script plausibility only when measured), at most kUncheckedCap when the
// words were unchecked; 0 when the AKN is not schema-valid.
double quality_score(const Quality& q);
// The quality as report.json and the corpus record write it: a JSON object
// (score, ocrConfidence, dictionary, script, unchecked, conservation, unaccounted, furniture,
// furnitureInText, readingOrder, orderBreaks, title, titleDoubtfulWords,
// pages, pageFaults, notes, unreferencedNotes, notesInText, doubtful, doubtfulWords,
// metadata, structure, structureDoubts, schemaValid, ocrPages), figures rounded to 4 places, null when not measured.
std::string write_quality_json(const Quality& q);

// One line of the training corpus (JSON, no newline): id (the source's
// SHA-256), symbol, language, title, dates, paragraphs with their kind and
// number, footnotes, the clean text, the quality figures and the source.
// The input's path is not in it: the batch adds it, so a renamed input
// keeps its record.
std::string write_corpus_record(const Resolution& res, const std::string& clean_text, const Quality& quality);

// Validates XML against the Akoma Ntoso schema. Loads the schema once
// (several hundred KB; no network access: xml.xsd is imported from beside
// it). Thread safety: validate() may be called concurrently.
class SchemaValidator {
 public:
  // Throws std::runtime_error when the schema cannot be read or parsed.
  explicit SchemaValidator(const std::string& xsd_path);
  ~SchemaValidator();
  SchemaValidator(const SchemaValidator&) = delete;
  SchemaValidator& operator=(const SchemaValidator&) = delete;

  // The validation errors ("line N: message"); empty when valid.
  [[nodiscard]] std::vector<std::string> validate(std::string_view xml) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace akn
