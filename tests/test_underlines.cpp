// Underlined lines in scans (ingest/underlines.hpp): typewritten UN
// documents underline their titles and adoption lines, and Tesseract drops
// or garbles what is underlined. The truth for the fixture is the
// born-digital conversion of the PDF it was made from.
#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>

#include "core/text.hpp"
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

TEST_CASE("typed underlines under the title and the adoption line are erased and the lines read", "[ocr][scan-fixtures]") {
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
