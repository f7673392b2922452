// Underlined lines in scans (ingest/underlines.hpp): typewritten UN
// documents underline their titles and adoption lines, and Tesseract drops
// or garbles what is underlined. The truth for the fixture is the
// born-digital conversion of the PDF it was made from.
#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>

#include "core/text.hpp"
#include "ingest/leptonica_ptr.hpp"
#include "ingest/underlines.hpp"
#include "tests/support.hpp"

using namespace akn;
using namespace akn::test;

namespace {
bool contains(const std::string& text, std::string_view what) { return text.find(what) != std::string::npos; }

// The pages of a conversion on which preprocessing erased underlines.
std::set<int> pages_with_underlines(const Conversion& c) {
  std::set<int> pages;
  for (const Edit& e : c.document.log.edits())
    if (e.pass == "ocr_preprocess" && e.kind == "remove_underlines") pages.insert(e.where.page);
  return pages;
}
}  // namespace

TEST_CASE("typed underlines under the title and the adoption line are erased and the lines read", "[ocr][scan-fixtures][slow]") {
  // tests/data/sc_resolution_underlined.tif (scripts/make-scan-fixtures.sh):
  // the S/RES fixture at 200 dpi, black and white, its title, adoption
  // line, annex label and heading underlined with typed underscores, skewed
  // 0.4 degrees. Read with the underlines, the title, the adoption line
  // and the formula were dropped (3.1% CER of the clean body, no formula);
  // erased, 1.9%, the adoption line still lost where the deskew had cut
  // its underline into pieces shorter than an underline; the pieces joined
  // in line, 0.03%.
  PipelineConfig with_underlines = config();
  with_underlines.ingest.ocr.remove_underlines = true;
  const Conversion c =
      Pipeline(with_underlines).convert("sc_resolution_underlined.tif", read_file(source_dir() + "/tests/data/sc_resolution_underlined.tif"));
  CHECK(contains(c.text, "Resolution 2999 (2026)"));
  CHECK(contains(c.text, "Adopted by the Security Council at its 9876th meeting, on 3 March 2026"));
  const Resolution& r = c.resolution;
  CHECK(r.formula == "The Security Council,");
  CHECK(preambular_count(r) == 7);
  CHECK(r.operative.size() == 6);
  REQUIRE(r.annexes.size() == 1);
  // The separator over the notes is no underline: the notes are found and linked.
  REQUIRE(c.document.footnotes.size() == 4);
  for (const Footnote& f : c.document.footnotes) CHECK(f.referenced);
  // Where underlines were found, and only there: pages 1 (title, adoption
  // line) and 3 (annex label, heading); page 2 has none.
  CHECK(pages_with_underlines(c) == std::set<int>{1, 3});
  for (const Edit& e : c.document.log.edits())
    if (e.kind == "remove_underlines") CHECK(contains(e.reason, "x-height under the baseline"));
}

TEST_CASE("the rule over the notes of a page read by OCR is not taken for an underline", "[ocr]") {
  // The notes fixtures draw their separators as LaTeX and LibreOffice do
  // (a thin rule a line's spacing under the last body line); rendered and
  // read by OCR, no underline is found and every note stays linked.
  PipelineConfig config_ocr = config();
  config_ocr.ingest.ocr.mode = OcrMode::always;
  config_ocr.ingest.ocr.remove_underlines = true;
  const Pipeline ocr(config_ocr);
  for (const char* name : {"ga_notes_run_over-latex.pdf", "ga_one_note_per_page-writer.pdf"}) {
    DYNAMIC_SECTION(name) {
      const Conversion c = ocr.convert(name, read_file(source_dir() + "/fixtures/notes/" + name));
      CHECK(pages_with_underlines(c).empty());
      CHECK_FALSE(c.document.footnotes.empty());
      for (const Footnote& f : c.document.footnotes) CHECK(f.referenced);
    }
  }
}

namespace {
// A 1-bit line of "letters" (blocks an x-height tall, 6 of 8 columns inked,
// from x = 50 to 450, baseline at row 50) with an underline under it, 0.3
// x-height under the baseline, 2 rows thick, drawn as 25-pixel pieces
// `apart` pixels apart, every other piece a row lower: what a deskew leaves
// of a thin underline.
constexpr int kLineXHeight = 10;
detail::PixPtr underlined_line(int apart) {
  detail::PixPtr pix(pixCreate(600, 100, 1));
  for (int x = 50; x < 450; x += 8) pixRasterop(pix.get(), x, 41, 6, kLineXHeight, PIX_SET, nullptr, 0, 0);
  int k = 0;
  for (int x = 50; x + 25 <= 450; x += 25 + apart, ++k) pixRasterop(pix.get(), x, 54 + k % 2, 25, 2, PIX_SET, nullptr, 0, 0);
  return pix;
}
int ink_in_rows(Pix* pix, int top, int bottom) {
  int n = 0;
  for (int y = top; y <= bottom; ++y)
    for (int x = 0; x < static_cast<int>(pixGetWidth(pix)); ++x) {
      l_uint32 v = 0;
      pixGetPixel(pix, x, y, &v);
      n += v != 0;
    }
  return n;
}
}  // namespace

TEST_CASE("an underline cut into collinear pieces shorter than an underline is found whole and erased", "[ocr]") {
  // Pieces of 2.5 x-heights, 0.5 x-height apart (more than a hairline, so
  // no closing bridges them), each shorter than kUnderlineLeastLength.
  detail::PixPtr line = underlined_line(5);
  std::vector<detail::Underline> found = detail::find_underlines(line.get(), kLineXHeight);
  REQUIRE(found.size() == 1);
  CHECK(found[0].x == 50);
  CHECK(found[0].width == 385);  // 13 pieces of 25 and their 12 cuts
  CHECK(found[0].pieces.size() > 1);
  detail::PixPtr work(pixCopy(nullptr, line.get()));
  detail::erase_underlines(work.get(), line.get(), found, kLineXHeight);
  CHECK(ink_in_rows(line.get(), 52, 60) == 0);
  CHECK(ink_in_rows(work.get(), 52, 60) == 0);
  CHECK(ink_in_rows(line.get(), 41, 50) == 50 * 6 * kLineXHeight);  // the letters are kept
}

TEST_CASE("pieces under a line of text further apart than an underline's cuts are no underline", "[ocr]") {
  // 3 x-heights apart: marks under words (or a dashed rule), not one
  // underline cut by resampling.
  detail::PixPtr line = underlined_line(30);
  CHECK(detail::find_underlines(line.get(), kLineXHeight).empty());
}
