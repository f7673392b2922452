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

#include <functional>
#include <memory>
#include <string_view>
#include <vector>

#include "ingest/layout.hpp"
#include "ingest/ocr.hpp"

namespace akn::detail {

class CoreWordReader {
 public:
  // Opens the PDF held in `bytes` (which must outlive the reader).
  // ok() is false when Poppler's core cannot open it.
  explicit CoreWordReader(std::string_view bytes);
  ~CoreWordReader();
  CoreWordReader(const CoreWordReader&) = delete;
  CoreWordReader& operator=(const CoreWordReader&) = delete;

  [[nodiscard]] bool ok() const;
  // The words of page `page` (1-based) in Poppler's reading order; sets
  // `repaired` when a word's text was not valid UTF-8 and was repaired as
  // poppler-cpp's reader repairs it.
  [[nodiscard]] std::vector<PlacedWord> words(int page, bool& repaired);
  // Renders page `page` (1-based) in grey at `dpi`, as poppler-cpp's
  // page_renderer does with vector antialiasing (white paper, rows padded
  // to 4 bytes), but without drawing its glyphs: paths and images only.
  // For the drawn rules (drawn_rules.hpp), which mask the text out anyway:
  // rasterising the glyphs (fonts loaded and scaled for each page) was
  // most of that render's time. Calls `use` with the image; false when the
  // page cannot be rendered.
  bool render_without_text(int page, double dpi, const std::function<void(const GreyImage&)>& use);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace akn::detail
