// The separator over the notes found on a scanned page image
// (ingest/scan_rules.hpp): Tesseract seldom reads a short separator, and on
// a photographed page (A/RES/80/195 scanned camera-like) never, so the
// notes under it stayed in the body. Each case varies what tells a
// separator from another rule: its place, its length, the white around it,
// the text under it, the direction of the lines.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "ingest/leptonica_ptr.hpp"
#include "ingest/scan_rules.hpp"
#include "runner/runner.hpp"
#include "structure/resolution.hpp"
#include "tests/foot_pages.hpp"
#include "tests/support.hpp"

using namespace akn;
using namespace akn::detail;
using namespace akn::test;

namespace {
constexpr int kDpi = 300;
constexpr int kWidth = 2550, kHeight = 3300;  // US letter at 300 dpi

// A white 1-bit page at kDpi.
PixPtr blank_page() {
  PixPtr page(pixCreate(kWidth, kHeight, 1));
  REQUIRE(page);
  return page;
}

void fill(Pix* page, int x, int y, int w, int h) { pixRasterop(page, x, y, w, h, PIX_SET, nullptr, 0, 0); }

// A line of text from x0 to x1 with its top at y: letters 20 x 30 pixels
// (10 pt type), 8 apart; its box as OCR reads it.
ReadLineBox text_line(Pix* page, int x0, int x1, int y) {
  for (int x = x0; x + 20 <= x1; x += 28) fill(page, x, y, 20, 30);
  return ReadLineBox{x0, y, x1, y + 30};
}

// A page of body text (lines from x 500 to 2030, every 50 pixels from
// the top to y 2500), its lines.
std::vector<ReadLineBox> body(Pix* page) {
  std::vector<ReadLineBox> lines;
  for (int y = 300; y <= 2500; y += 50) lines.push_back(text_line(page, 500, 2030, y));
  return lines;
}

// Notes under a separator at y: lines from x0 (or ending at x1 on a
// right-to-left page) from 25 pixels under it.
void notes(Pix* page, std::vector<ReadLineBox>& lines, int y, int x0, int x1) {
  for (int k = 0; k < 3; ++k) lines.push_back(text_line(page, x0, x1, y + 25 + 40 * k));
}
}  // namespace

TEST_CASE("a short rule at the foot, at the start of the lines, white around it and over the notes, is their separator",
          "[ocr][scan_rules]") {
  // The separator of a UN page: 280 pixels (0.93 inch) long, 2 thick, a
  // fifth of the text's width, from x 420, the notes under it from x 490.
  PixPtr page = blank_page();
  std::vector<ReadLineBox> lines = body(page.get());
  fill(page.get(), 420, 2700, 280, 2);
  notes(page.get(), lines, 2700, 490, 1400);
  const std::vector<SeparatorRule> found = find_note_separators(page.get(), kDpi, lines, false);
  REQUIRE(found.size() == 1);
  CHECK(found[0].x == 420);
  CHECK(found[0].width == 280);
  CHECK(found[0].y == 2700);
  CHECK(found[0].thickness == 2);
}

TEST_CASE("on a right-to-left page the separator stands at the right end of the lines", "[ocr][scan_rules]") {
  PixPtr page = blank_page();
  std::vector<ReadLineBox> lines = body(page.get());
  fill(page.get(), 1850, 2700, 280, 2);
  notes(page.get(), lines, 2700, 1100, 2060);
  CHECK(find_note_separators(page.get(), kDpi, lines, true).size() == 1);
  // Read as a left-to-right page, the same rule stands at the lines' end.
  CHECK(find_note_separators(page.get(), kDpi, lines, false).empty());
}

TEST_CASE("rules that are no separator over notes are not taken for one", "[ocr][scan_rules]") {
  struct Case {
    const char* what;
    int x, y, width, thickness;
    bool notes_under;
    int text_above;  // a line of text this many pixels over the rule (0: none)
  };
  const std::vector<Case> cases = {
      {"an underline under a line of text", 500, 2700, 600, 2, true, 34},
      {"a rule as wide as the text (a table's, a box's)", 500, 2700, 1530, 2, true, 0},
      {"a rule in the upper half of the page (a masthead's)", 420, 1200, 280, 2, true, 0},
      {"a rule at the lines' end", 1750, 2700, 280, 2, true, 0},
      {"a rule with no text under it", 420, 2700, 280, 2, false, 0},
      {"a bar thicker than a rule", 420, 2700, 280, 20, true, 0},
      {"a rule shorter than half an inch", 420, 2700, 120, 2, true, 0}};
  int ran = 0;
  for (const Case& c : cases) {
    CAPTURE(c.what);
    PixPtr page = blank_page();
    std::vector<ReadLineBox> lines = body(page.get());
    if (c.text_above > 0) lines.push_back(text_line(page.get(), c.x, c.x + c.width, c.y - c.text_above));
    fill(page.get(), c.x, c.y, c.width, c.thickness);
    if (c.notes_under) notes(page.get(), lines, c.y + c.thickness, c.x + 70, c.x + 1000);
    CHECK(find_note_separators(page.get(), kDpi, lines, false).empty());
    ++ran;
  }
  CHECK(ran == 7);
}

TEST_CASE("on OCR pages a star read for note numbers under the separator is numbered only when a number read after it closes the run",
          "[footnotes][ocr][scan_rules]") {
  // The camera-like scan of A/RES/79/19 reads notes 3 and 4 as "* See ..."
  // and "* Ibid. ...", between notes numbered before and after them.
  struct Case {
    std::vector<std::string> notes;  // under the separator, in order
    std::vector<std::string> markers;  // the notes' markers expected
    std::size_t renumbered;
  };
  const std::vector<Case> cases = {
      {{"1 See A/78/101.", "* See Official Records of the General Assembly.", "* Ibid., Seventy-eighth Session.", "4 See A/78/104."},
       {"1", "2", "3", "4"}, 2},
      {{"2 See A/78/102.", "* Ibid., Seventy-eighth Session.", "4 See A/78/104."}, {"2", "3", "4"}, 1},
      // The title's note, its own star, before note 1: no room for it.
      {{"* Reissued for technical reasons on 5 December 2025.", "1 See A/78/101.", "2 See A/78/102."}, {"*", "1", "2"}, 0},
      // A star with no number read after it stays as printed.
      {{"1 See A/78/101.", "* Reissued for technical reasons on 5 December 2025."}, {"1", "*"}, 0},
      {{"* Reissued for technical reasons on 5 December 2025."}, {"*"}, 0}};
  int ran = 0;
  for (const Case& c : cases) {
    CAPTURE(c.notes);
    std::vector<std::string> page = {"Recalling its resolution 76/130 of 16 December 2021,", ""};
    page.insert(page.end(), c.notes.begin(), c.notes.end());
    Document doc = ocr_foot_pages({page}, 92);
    run_passes(doc, {"normalize_text", "collect_footnotes"});
    std::vector<std::string> markers;
    for (const Footnote& f : doc.footnotes) markers.push_back(f.marker);
    CHECK(markers == c.markers);
    CHECK(edits_of(doc, "ocr_note_number").size() == c.renumbered);
    ++ran;
  }
  CHECK(ran == 5);
}

TEST_CASE("on OCR pages a line above the separator that OCR measured small opens no note and breaks no run of misread numbers",
          "[footnotes][ocr][scan_rules]") {
  // The camera-like scan of A/RES/80/195 measured the adoption date over
  // page 2's separator ("13 December 2025") in the notes' type: read as
  // note 13, it stood between note 5 and the misread mark of note 6, and
  // no number fitted the mark. The separator bounds the notes: a line
  // above it is the body's, whatever its measured size.
  struct Case {
    const char* date;  // the line over the separator, in small type
    std::vector<std::string> markers;  // the notes' markers expected
  };
  const std::vector<Case> cases = {{"13 December 2025", {"1", "2", "3", "4", "5", "6", "7"}},
                                   {"2 December 2025", {"1", "2", "3", "4", "5", "6", "7"}},
                                   {"62nd plenary meeting", {"1", "2", "3", "4", "5", "6", "7"}}};
  int ran = 0;
  for (const Case& c : cases) {
    CAPTURE(c.date);
    std::vector<std::string> one = {"Recalling its resolution 76/130 of 16 December 2021,", ""};
    for (int n = 1; n <= 5; ++n) one.push_back(std::to_string(n) + " See A/78/" + std::to_string(100 + n) + ".");
    const std::vector<std::string> two = {"2. Urges all States to support the Palestinian people.", c.date, "",
                                          "\u2019 A/56/1026-S/2002/932, annex II.", "7 S/2003/529, annex."};
    Document doc = ocr_foot_pages({one, two}, 92);
    doc.pages[1].lines[1].font_size = 7;  // measured small by OCR
    run_passes(doc, {"normalize_text", "collect_footnotes"});
    std::vector<std::string> markers;
    for (const Footnote& f : doc.footnotes) markers.push_back(f.marker);
    CHECK(markers == c.markers);
    CHECK(doc.pages[1].lines[1].role == LineRole::body);
    ++ran;
  }
  CHECK(ran == 3);
}

namespace {
// A scan made by akn-make-scan with `options` of the unakn PDF `name`, converted.
Conversion scanned(const std::string& name, const std::string& options) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("akn-test-scan-rules-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string scan = (dir / "scan.pdf").string();
  const std::string command = std::string("'") + AKN_MAKE_SCAN + "' " + options + " '" + shared_dir() + "/unakn/pdf/" +
                              name + "' '" + scan + "' > /dev/null";
  REQUIRE(std::system(command.c_str()) == 0);
  Conversion c = pipeline().convert("scan.pdf", read_file(scan));
  std::filesystem::remove_all(dir);
  return c;
}

std::set<int> separator_pages(const Conversion& c) {
  std::set<int> pages;
  for (const Edit& e : c.document.log.edits())
    if (e.pass == "ocr_preprocess" && e.kind == "note_separator") pages.insert(e.where.page);
  return pages;
}
}  // namespace

TEST_CASE("scanned resolutions keep their notes where OCR misread the separator or the note numbers", "[ocr][scan_rules][slow]") {
  // A/RES/80/195 photographed (skewed, shaded, blurred, grainy, JPEG at
  // quality 40): Tesseract reads no separator on either page; it is found
  // on the image on both, and on no other place of the pages.
  const Conversion camera = scanned("A_RES_80_195.pdf", "--dpi 300 --skew -1.5 --shade 0.45 --blur 1 --grain 8 --quality 40 --seed 13");
  CHECK(separator_pages(camera) == std::set<int>{1, 2});
  // A/RES/78/171 at 200 dpi: Tesseract reads the separators, and note 2
  // as a star between notes read right (17 of 18 notes). The born-digital
  // conversion is the truth: every note, numbered in order.
  const std::string pdf = shared_dir() + "/unakn/pdf/A_RES_78_171.pdf";
  const Conversion truth = pipeline().convert("A_RES_78_171.pdf", read_file(pdf));
  const Conversion c = scanned("A_RES_78_171.pdf", "--dpi 200");
  REQUIRE(c.document.footnotes.size() == truth.document.footnotes.size());
  for (std::size_t k = 0; k < c.document.footnotes.size(); ++k) CHECK(c.document.footnotes[k].marker == std::to_string(k + 1));
  CHECK(c.resolution.operative.size() == truth.resolution.operative.size());
  CHECK(preambular_count(c.resolution) == preambular_count(truth.resolution));
}
