// Ingest: one input's bytes in, one Document out.
//
// The stage contract: `ingest` reads nothing but the bytes it is given (the
// batch runner reads files), so it can be tested and fuzzed in memory. It
// either returns a Document whose text is valid UTF-8, or throws
// DocumentError naming the input (or, for a PDF or image in akn-ingest,
// ModuleError when the reader module of ingest/media.hpp cannot be loaded:
// a fault of the installation, not of the input). It never drops a character: decoding
// choices are stated in Document::source.encoding, and text that is not
// allowed further on is left for the cleanup passes to remove with an edit.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>
#include <optional>
#include <string>
#include <string_view>

#include "core/document.hpp"

namespace akn {

enum class InputKind { text, markdown, pdf, image, unsupported };

// When pages are read by OCR: `automatic` for pages with no text layer,
// `always` for every page, `never` (a page with no text stays empty, with a
// warning). Images are always OCRed unless `never`.
enum class OcrMode { automatic, always, never };

// Binarisation of grey page images before OCR: "auto" binarises (after
// normalising the background) only pages whose background is uneven
// (photographs, shadows, yellowed paper); Tesseract's own global threshold
// does as well on evenly lit pages.
enum class Binarize : std::uint8_t { automatic, always, never };

struct OcrOptions {
  OcrMode mode = OcrMode::automatic;
  // Tesseract's form ("eng", "eng+fra"), or "auto": each page in the
  // installed language of its script (ocr.cpp), English first.
  std::string languages = "auto";
  int dpi = 300;                          // rendering resolution of PDF pages
  std::size_t max_pixels = 150'000'000;   // larger page images are refused
  // Leptonica preprocessing of page images, each step logged as an edit
  // (pass "ocr_preprocess") when it changes the image.
  bool orientation = true;     // pages scanned sideways or upside down turned upright
  bool deskew = true;          // skew measured and corrected (0.1 to 7 degrees)
  Binarize binarize = Binarize::automatic;
  bool remove_borders = true;  // dark scanner borders touching the page edge
  bool despeckle = true;       // specks of at most 0.2 mm (dust, toner noise)
  // On by default: on bench/scan-measure.sh it makes the typed-underline
  // scans better (sc_resolution-ultyped300 0.16 -> 0.00% CER, -ultyped200
  // 2.07 -> 0.00%) and leaves every other scan's text and AKN as they were.
  bool remove_underlines = true;  // underlines under lines of text (typed titles), not rules apart from text
  // Whether a PDF page whose text layer is itself an old OCR reading (text
  // drawn invisibly over the page's image), plausible enough to pass
  // check_text_layer but doubtful, is read again from its image, the better
  // reading kept (pdf_ingest.cpp).
  bool recheck_ocr_layers = true;
  // How many threads may read the page images of one PDF or multi-page
  // TIFF at once (each with its own Tesseract engine, and its own Poppler
  // document for a PDF); 0 or 1: in turn.
  // In a batch (ocr.page_threads) it caps what the runner gives each
  // document, the workers that would be idle (0: no cap but the jobs).
  int page_threads = 0;
  // Whether each OCRed page keeps Tesseract's hOCR (Page::hocr), which only
  // the hocr output format writes: making it costs about 3% of a page's
  // reading. The batch runner clears it when hocr is not among the formats.
  bool keep_hocr = true;
};

std::optional<Binarize> parse_binarize(std::string_view name);
std::string binarize_name(Binarize mode);

// "auto", "always", "never" and back.
std::optional<OcrMode> parse_ocr_mode(std::string_view name);
// The Debian package with Tesseract's data for a language ("deu" ->
// "tesseract-ocr-deu", "chi_sim" -> "tesseract-ocr-chi-sim").
std::string tesseract_package(std::string_view language);
// Where Tesseract looks for its language data: $TESSDATA_PREFIX when set,
// else the directories distributions install it in that exist.
std::vector<std::string> tessdata_dirs();
// "tesseract " and the version of the linked Tesseract (hOCR's ocr-system).
std::string ocr_system_name();
std::string ocr_mode_name(OcrMode mode);

// How the words of a born-digital PDF's text layer are read: `core`
// through Poppler's core (ingest/pdf_core.hpp: no per-page font scan, no
// UTF-16 round trip), `cpp` through poppler-cpp's page::text_list (the
// former reader, kept to compare). Both give the same words.
enum class PdfReader : std::uint8_t { core, cpp };
std::optional<PdfReader> parse_pdf_reader(std::string_view name);
std::string pdf_reader_name(PdfReader reader);

struct IngestOptions {
  std::size_t max_text_bytes = 64u << 20;  // larger text inputs (or PDF text layers) are refused
  std::size_t max_pdf_bytes = 512u << 20;  // larger PDF files are refused
  std::size_t max_pages = 5000;            // PDFs with more pages are refused
  PdfReader pdf_reader = PdfReader::core;
  OcrOptions ocr;
  // Whether a word is spelled right (the cleanup's dictionary, bound by the
  // pipeline); used to judge old OCR text layers. Empty: that test is off.
  std::function<bool(std::string_view)> known_word;
  // The test of `known_word` in a language (BCP 47, as
  // detect_text_language names it); empty when no dictionary spells it.
  // Used to compare an old OCR layer with a fresh reading. May be empty.
  std::function<std::function<bool(std::string_view)>(std::string_view language)> known_word_in;
  // Called before each page is read, with its number (from 1) and the page
  // count: the batch runner's watchdog and progress bar. May be empty.
  std::function<void(int page, int pages)> on_page;
  // The SHA-256 of the bytes (hex) when the caller knows it already (the
  // batch runner hashed the file to decide whether to convert it); empty:
  // ingest computes it. Hashing a large PDF again costs as much as reading it.
  std::string sha256;
};

// How plausible a page's text layer is as text: the share of its words a
// dictionary knows (English pages only) and the share of odd characters
// (stamps and emblems read as "%C.* *, ."). `implausible` says whether the
// page should be read again from its image.
struct TextLayerCheck {
  std::size_t words = 0;
  double known = -1;  // 0..1; -1 when not measured
  double odd = 0;     // 0..1
  bool implausible = false;
  std::string summary;  // "62% of 340 words known, 4.1% odd characters"
};
TextLayerCheck check_text_layer(const std::vector<std::string>& words,
                                const std::function<bool(std::string_view)>& known_word);

// How plausible a reading of a page is, to compare two readings of it: the
// share of its words (of at least two letters, punctuation stripped) that
// `known_word` knows (-1 when it is empty or no word qualifies) and the
// share of odd characters (as check_text_layer counts them).
struct ReadingMeasure {
  std::size_t words = 0;
  double known = -1;  // 0..1
  double odd = 0;     // 0..1
};
ReadingMeasure measure_reading(const std::vector<std::string>& words,
                               const std::function<bool(std::string_view)>& known_word);

// What kind of input `name` with content `bytes` is. A PDF is recognised by
// its header whatever its name, else by the .pdf extension (so that a broken
// one is reported as a broken PDF). Markdown is recognised by extension (.md,
// .markdown) or, for .txt dumps produced by a converter, by its syntax
// (headings, emphasis, <sup> notes, rules). `bytes` may be empty: the
// decision is then made from the name alone.
InputKind detect_kind(std::string_view name, std::string_view bytes);

// Builds the document model of one input.
// Throws DocumentError for input that cannot be read as a document, and
// ModuleError (ingest/media.hpp) for a PDF or image when the reader module
// cannot be loaded.
Document ingest(std::string_view name, std::string_view bytes, const IngestOptions& options);

// A page image for people to look at (the review page), JPEG-encoded grey.
struct PageImage {
  int page = 0;  // 1-based
  int width = 0, height = 0;  // pixels
  std::string jpeg;
};

// How OCR turned a page's image (Page's fields of the same names), so that
// a rendered image lies the way the page's boxes do.
struct PageTurns {
  int quarter_turns = 0;
  double deskew_degrees = 0;
  int quarter_turns_after = 0;
};

struct RenderOptions {
  int width = 1000;               // pixels across each image
  std::vector<PageTurns> turns;   // by page index; pages beyond it are not turned
  std::size_t max_pages = 5000;   // inputs with more pages are refused
  std::size_t max_pixels = 150'000'000;  // source images larger than this are refused
};

// Renders every page of a PDF or image input (Poppler; Leptonica), in
// order, calling `each` with one page at a time. Text inputs have no page
// images: `each` is not called. Throws DocumentError naming the input (and
// page) when it cannot be rendered, ModuleError when the reader module
// cannot be loaded.
void render_pages(std::string_view name, std::string_view bytes, const RenderOptions& options,
                  const std::function<void(PageImage)>& each);

// Text decoding, exposed for tests: UTF-8 (BOM stripped), UTF-16 with a BOM,
// else Windows-1252 (a superset of Latin-1's printable range). Sets
// `encoding` to the name of what was used.
std::string decode_text(std::string_view bytes, std::string& encoding);

}  // namespace akn
