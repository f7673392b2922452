// The words of a born-digital PDF's pages read through Poppler's core
// (libpoppler-private-dev: PDFDoc, TextOutputDev), not through poppler-cpp.
//
// The words, boxes, sizes, rotations and reading order are those of the
// same TextPage analysis poppler-cpp's page::text_list runs (the layout code
// trusts its reading order between lines), with none of its per-word costs:
// poppler-cpp scans each page's fonts (through fontconfig) for every page it
// lists with fonts, copies that font list into every word, keeps every
// glyph's box and converts each word to UTF-16 (and we back to UTF-8). Here
// a word's UTF-8 is taken as Poppler makes it, and its style is looked up
// once per font name per document.
//
// The old reader (poppler-cpp) stays selectable: ingest.pdf_reader = "cpp".
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/layout.hpp"
#include "ingest/ocr.hpp"

namespace akn::detail {

// Pins the fonts Poppler draws a PDF's non-embedded fonts with (Arial,
// Times New Roman, Courier New, the standard 14, ...), before its first
// use: what a page image holds, and so what OCR reads of it, must not
// depend on the font packages a machine happens to have. Poppler asks
// fontconfig's current configuration for a substitute; this makes that a
// configuration of our own: the system's rules (/etc/fonts/fonts.conf, its
// aliases: Arial -> Liberation Sans, ...) over only the fonts the set-up
// installs (scripts/install-deps.sh: Liberation, DejaVu, Noto CJK, Amiri,
// OpenSymbol). A font package installed later (fonts-urw-base35's Nimbus
// Sans, which fontconfig prefers for Arial and Helvetica) is not seen.
// Once per process; later calls do nothing. Returns whether the pin holds
// (fontconfig read the configuration and found some of those fonts); when
// not, Poppler uses the system's configuration as it is.
bool pin_substitute_fonts();

// What Splash::compositeBackground makes of a grey (Mono8) image with alpha
// over white paper, to the byte: a pixel p of alpha a becomes
// div255((255 - a) * 255 + a * p), white where a is 0. Rows with no alpha
// at all (most of a page of rules) are set white at once: compositing every
// pixel of the page was a tenth of finding its rules from its marks.
void composite_over_white(std::uint8_t* pixels, std::ptrdiff_t stride, const std::uint8_t* alpha, int width, int height);

// What the display of a page's words saw of how its text was drawn: the
// evidence that a text layer is itself an OCR reading of a page image
// (is_ocr_layer, pdf_ingest.cpp). Characters are counted without spaces.
struct TextLayerEvidence {
  std::size_t visible = 0;     // characters drawn visibly
  std::size_t invisible = 0;   // characters drawn invisibly (text render mode 3 or 7)
  // Invisible characters whose centre lies on an image drawn on the page
  // (a scan, or the picture of a word an OCR program was unsure of).
  std::size_t invisible_on_image = 0;
  // Invisible characters in Tesseract's "GlyphLessFont" (its PDF renderer,
  // as tesseract's pdf output and ocrmypdf write a reading).
  std::size_t glyphless = 0;
  double image_cover = 0;      // share of the page's area that images cover, 0..1
};

class CoreWordReader {
 public:
  // Opens the PDF held in `bytes` (which must outlive the reader).
  // ok() is false when Poppler's core cannot open it.
  explicit CoreWordReader(std::string_view bytes);
  ~CoreWordReader();
  CoreWordReader(const CoreWordReader&) = delete;
  CoreWordReader& operator=(const CoreWordReader&) = delete;

  [[nodiscard]] bool ok() const;
  [[nodiscard]] int pages() const;
  // The width and height of page `page` (1-based; its crop box) in points.
  [[nodiscard]] std::pair<double, double> page_size(int page) const;
  // The words of page `page` (1-based) in Poppler's reading order; sets
  // `repaired` when a word's text was not valid UTF-8 and was repaired as
  // poppler-cpp's reader repairs it.
  [[nodiscard]] std::vector<PlacedWord> words(int page, bool& repaired);
  // How the text of the page words() read last was drawn (its characters
  // visible or invisible, the images under them).
  [[nodiscard]] TextLayerEvidence evidence() const;
  // What the display that words() ran drew besides text on that page: the
  // boxes (points, origin at the top left, cut to the clip in force) of
  // every path stroked or filled, image placed and shading painted, in the
  // order drawn. Empty before the first words().
  [[nodiscard]] const std::vector<Box>& marks() const;
  // The boxes (as marks', cut to the clip) of the pictures that display
  // placed (drawn_rules.hpp: is_picture), which marks() leaves out.
  [[nodiscard]] const std::vector<Box>& pictures() const;
  // The drawn rules (drawn_rules.hpp: find_drawn_rules at kRuleDpi, outside
  // `text_boxes`) of page `page`, the page words() read last, found from
  // its marks without rendering it (plan_rule_search): none when no mark
  // can show one, else the rules of a render of its plain fills alone.
  // nullopt when the page must be rendered (render_without_text).
  [[nodiscard]] std::optional<std::vector<Box>> rules_from_marks(int page, const std::vector<Box>& text_boxes);
  // Renders page `page` (1-based) in grey at `dpi`, as poppler-cpp's
  // page_renderer does with vector antialiasing (white paper, rows padded
  // to 4 bytes), but without drawing its glyphs: paths and images only.
  // For the drawn rules (drawn_rules.hpp) on a page whose marks() may hold
  // one, which mask the text out anyway:
  // rasterising the glyphs (fonts loaded and scaled for each page) was
  // most of that render's time. Calls `use` with the image; false when the
  // page cannot be rendered.
  bool render_without_text(int page, double dpi, const std::function<void(const GreyImage&)>& use);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace akn::detail
