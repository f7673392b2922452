// OCR behind the document model (internal to ingest/): Leptonica images in,
// positioned words with confidences out, so that layout, cleanup and
// structure treat a scan like a born-digital page.
//
// One Tesseract engine per thread and language set, initialised on first use
// and reused for every later page (initialisation costs far more than a
// page). Leptonica and Tesseract objects stay inside ocr.cpp: callers hand
// in grey pixels or encoded image bytes and get plain values back.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/known_words.hpp"
#include "ingest/ingest.hpp"
#include "ingest/layout.hpp"

namespace akn::detail {

// One recognised page. Boxes are in points (1/72 in) at the given
// resolution, so geometry rules written for PDFs apply unchanged.
struct OcrPage {
  double width = 0, height = 0;  // points
  std::vector<PlacedWord> words;
  double mean_confidence = -1;  // over the words, 0..100; -1 when no words
  int dpi = 0;
  // How the image was turned before it was read (Page's fields of the
  // same names): the boxes are on the turned image.
  int quarter_turns = 0;
  double deskew_degrees = 0;
  int quarter_turns_after = 0;
  // What preprocessing did to the image (pass "ocr_preprocess"): turned,
  // deskewed, binarised, borders and specks removed. Word boxes are on the
  // processed image.
  std::vector<Edit> edits;
  // The preprocessing steps that a cheap measurement found could not change
  // this page, and that were skipped ("remove_borders": no ink on the
  // image's edge; "deskew": no skew, or one that drifts less than half an
  // x-height across the page; "binarize", under ocr.binarize = "auto": a
  // background even enough, measured first at half resolution;
  // "orientation_full_resolution": the page reduced to 150 dpi, its type
  // large enough there, was undecided for too little text).
  std::vector<std::string> steps_skipped;
  // The Tesseract language(s) the words were read in ("eng", "rus"), and
  // what the reader should know (a reading implausible in its language).
  std::string languages;
  std::vector<std::string> warnings;
  // Words that read as one dictionary word OCR may have made of another,
  // read again alone (reread_confusable_words in ocr.cpp; Page::rereadings).
  std::vector<WordRereading> rereadings;
  // Per word, the text line Tesseract read it on (a line's words are
  // consecutive).
  std::vector<int> line_of;
  // Tesseract's own hOCR of this reading (the full-page recognition):
  // one div class ocr_page, for the hocr output format.
  std::string hocr;
};

// Gives `page` what a reading says of the page as OCR saw it: its size on
// the image as OCR turned it (sideways pages swap width and height), the
// mean confidence, the hOCR (moved out of `ocr`) and how it was turned;
// marks it as OCRed. The words are the caller's to place.
void take_reading(Page& page, OcrPage& ocr);

// 8-bit grey pixels, row by row (`stride` bytes per row).
struct GreyImage {
  int width = 0, height = 0, stride = 0;
  const std::uint8_t* pixels = nullptr;
};

// The dictionary's test of a word in a language (BCP 47), empty when no
// dictionary spells it (IngestOptions::known_word_in).
using SpellerIn = std::function<WordTest(std::string_view language)>;
// IngestOptions::known_word_in, or known_word for every language when that
// is not given; empty when neither is.
SpellerIn dictionary_by_language(const IngestOptions& options);

// Recognises one page (`page_number` is 1-based, for the edits' positions),
// after the preprocessing `options` ask for. Under languages = "auto", the
// page is first read in `hint` (the language of the document's first page;
// English when empty). With `speller_in`, lines holding a word that neither the
// dictionary of the page's language nor the rest of the page knows are
// read again alone (doubtful_lines.hpp), each new reading taken an edit;
// and dictionary words one OCR confusion from another dictionary word that
// Tesseract doubted are read again alone as
// one word, the second readings kept in OcrPage::rereadings.
// Throws std::runtime_error when the engine cannot be initialised for
// `options.languages` (a language not installed).
OcrPage recognize(const GreyImage& image, int dpi, int page_number, const OcrOptions& options,
                  std::string_view hint = {}, const SpellerIn& speller_in = {});

// Images (PNG, JPEG, TIFF including multi-page G4, and what else Leptonica
// reads) to a Document, one page per image or TIFF page; a TIFF's pages
// after the first are read on up to options.ocr.page_threads threads.
Document ingest_image(std::string_view name, std::string_view bytes, const IngestOptions& options);

// How a page image is stored when read, for the memory a reader needs.
enum class PageDepth { binary, grey, colour };

// A TIFF's pages as its chain of directories gives them: what
// ingest_image reads, and the review's page images show.
struct TiffPages {
  std::vector<int> directories;         // the directory of each page, in order
  double largest_pixels = 0;            // the largest page's pixels, and the deepest page
  PageDepth depth = PageDepth::binary;
  // Directories that are no page (thumbnails, masks): the number of pages
  // before each, and a warning.
  std::vector<std::pair<int, std::string>> skipped;
};
// Throws DocumentError naming `name` (and the page): a page damaged or
// stored in tiles, more than `max_pages` pages, a page over `max_pixels`.
TiffPages tiff_pages(const std::string& name, std::string_view bytes, std::size_t max_pages, std::size_t max_pixels);

// The memory a process has and uses, in MB: its address-space limit
// (RLIMIT_AS, a batch worker's batch.memory_limit_mb; 0: none) and its
// address space now.
struct MemoryRoom {
  std::size_t limit_mb = 0;
  std::size_t used_mb = 0;
};
MemoryRoom memory_room();

// How many of `wanted` threads may read pages at once, the largest
// `largest_pixels` pixels of `depth`, in `room`: each thread needs its own
// OCR engine, malloc arena and stack, and copies of its page image. At
// least 1 (then the caller reads the pages itself).
std::size_t page_readers_in_room(std::size_t wanted, double largest_pixels, PageDepth depth, const MemoryRoom& room);

// Whether `bytes` start like an image format Leptonica reads.
bool looks_like_image(std::string_view bytes);

// ocr_system_name (ingest.hpp): "tesseract " and the linked Tesseract's
// version, the module's side of it (media.hpp).
std::string tesseract_system_name();

}  // namespace akn::detail
