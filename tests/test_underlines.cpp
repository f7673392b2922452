// Underlined lines in scans (ingest/underlines.hpp): typewritten UN
// documents underline their titles and adoption lines, and Tesseract drops
// or garbles what is underlined. The truth for the fixture is the
// born-digital conversion of the PDF it was made from.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.hpp"
#include "ingest/doubtful_lines.hpp"
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
    if (e.kind == "remove_underlines") {
      CHECK(contains(e.reason, "x-height under the baseline"));
      CHECK(contains(e.reason, "strokes running on down from"));
    }
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

TEST_CASE("the real page images without underlines read the same with the underline step on as off", "[ocr][slow]") {
  // ../shared/corpus/images: resolutions 2758 (XXVI) and 47/1 at about
  // 100 dpi, their letters touching. Main's search erased the tops of
  // lines of letters there ("Pewple's", "uf the funnier"); on neither page
  // is anything underlined.
  PipelineConfig on = config(), off = config();
  on.ingest.ocr.remove_underlines = true;
  off.ingest.ocr.remove_underlines = false;
  int ran = 0;
  for (const char* name : {"1971-10-25_UN_GA_Resolution_2758_en.png", "1992-09-22_UN_GA_Resolution_47-1_1992_en.png"}) {
    INFO(name);
    const std::string bytes = read_file(shared_dir() + "/corpus/images/" + name);
    const Conversion with = Pipeline(on).convert(name, bytes), without = Pipeline(off).convert(name, bytes);
    CHECK(pages_with_underlines(with).empty());
    CHECK(with.text == without.text);
    ++ran;
  }
  CHECK(ran == 2);
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

namespace {
// A page of typeset text with no underline, drawn in the shapes of a bold
// face whose letters touch (bold type set tight, or any type scanned at a
// low resolution: the 1992 resolution 47/1 at 100 dpi), its lines set
// tight (kTightPitch x-heights apart, as 47/1's 17 pixels for an x-height
// of 8). Where letters touch, the tops of a line's lowercase letters are
// one long thin run, in line, just under the line above.
constexpr double kTightPitch = 2.1;
constexpr const char* kTightText =
    "considers that the federal republic cannot continue automatically the membership of the former socialist "
    "federal republic in the united nations and therefore decides that it should apply for membership in the "
    "united nations and that it shall not participate in the work of the general assembly takes note of the "
    "intention of the security council to consider the matter again before the end of the main part of the session";

struct Glyph {
  double width;  // in x-heights
  bool top_bar, bottom_bar, right_stem, ascends, descends, dot;
};

Glyph glyph_of(char c) {
  const std::string_view arch = "hmnr", cup = "uvwy", stem = "ijlt", round = "abcdegopqsxz";
  Glyph g{c == 'm' || c == 'w' ? 1.4 : stem.find(c) != std::string_view::npos || c == 'f' || c == 'r' ? 0.5 : 0.9,
          false, false, false, false, false, c == 'i' || c == 'j'};
  g.top_bar = arch.find(c) != std::string_view::npos || round.find(c) != std::string_view::npos || c == 't' || c == 'f';
  g.bottom_bar = cup.find(c) != std::string_view::npos || round.find(c) != std::string_view::npos;
  g.right_stem = c != 'r' && stem.find(c) == std::string_view::npos && c != 'f';
  g.ascends = std::string_view("bdfhklt").find(c) != std::string_view::npos;
  g.descends = std::string_view("gjpqy").find(c) != std::string_view::npos;
  return g;
}

// Draws `c` with its left edge at `x` on the baseline `base`; returns its width.
int draw_glyph(Pix* pix, char c, int x, int base, int h) {
  const Glyph g = glyph_of(c);
  const int w = static_cast<int>(std::lround(g.width * h)), stem = std::max(2, static_cast<int>(std::lround(0.2 * h)));
  const int bar = std::max(2, static_cast<int>(std::lround(0.15 * h)));
  const int top = base - h + 1, rise = g.ascends ? static_cast<int>(std::lround(0.45 * h)) : 0;
  const int fall = g.descends ? static_cast<int>(std::lround(0.45 * h)) : 0;
  pixRasterop(pix, x, top - rise, stem, h + rise + fall, PIX_SET, nullptr, 0, 0);  // left stem
  if (g.right_stem) pixRasterop(pix, x + w - stem, top, stem, h, PIX_SET, nullptr, 0, 0);
  if (c == 'm') pixRasterop(pix, x + (w - stem) / 2, top, stem, h, PIX_SET, nullptr, 0, 0);
  if (g.top_bar) pixRasterop(pix, x, top, w, bar, PIX_SET, nullptr, 0, 0);
  if (g.bottom_bar) pixRasterop(pix, x, base - bar + 1, w, bar, PIX_SET, nullptr, 0, 0);
  if (g.dot) pixRasterop(pix, x, top - 2 * stem, stem, stem, PIX_SET, nullptr, 0, 0);
  return w;
}

// The page, `h` pixels to the x-height (300 dpi: 20; 200 dpi: 13), lines
// of at most 40 x-heights; `underlined` >= 0 draws a typeset rule 0.3
// x-height under that line's baseline, 0.1 thick, as long as the line.
int tight_line_pitch(int h) { return static_cast<int>(std::lround(kTightPitch * h)); }
detail::PixPtr tight_page(int h, int underlined = -1) {
  const int margin = 2 * h, measure = 40 * h, pitch = tight_line_pitch(h);
  const std::string text = kTightText;
  detail::PixPtr pix(pixCreate(measure + 2 * margin, 30 * h, 1));
  int base = margin + h, line = 0;
  std::size_t at = 0;
  while (at < text.size()) {
    int x = margin;
    while (at < text.size()) {
      const std::size_t end = std::min(text.find(' ', at), text.size());
      int width = 0;
      for (std::size_t i = at; i < end; ++i) width += static_cast<int>(std::lround(glyph_of(text[i]).width * h));
      if (x > margin && x + width > margin + measure) break;
      for (std::size_t i = at; i < end; ++i) x += draw_glyph(pix.get(), text[i], x, base, h);
      x += h / 2;
      at = end + 1;
    }
    if (line == underlined)
      pixRasterop(pix.get(), margin, base + static_cast<int>(std::lround(0.3 * h)) + 1, x - h / 2 - margin,
                  std::max(1, static_cast<int>(std::lround(0.1 * h))), PIX_SET, nullptr, 0, 0);
    base += pitch;
    ++line;
  }
  return pix;
}

// The x-height ocr.cpp measures on a page: the median height of its
// letter-sized marks. Where letters touch, a mark is a word or part of one
// and holds an ascender or descender: more than the x-height.
int measured_x_height(Pix* pix) {
  detail::BoxaPtr boxes(pixConnCompBB(pix, 8));
  std::vector<int> heights;
  for (l_int32 i = 0; i < boxaGetCount(boxes.get()); ++i) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    boxaGetBoxGeometry(boxes.get(), i, &x, &y, &w, &h);
    if (h >= 4 && w >= 2 && w <= 3 * h && h <= static_cast<l_int32>(pixGetHeight(pix)) / 8) heights.push_back(h);
  }
  REQUIRE(heights.size() >= 20);
  std::nth_element(heights.begin(), heights.begin() + static_cast<std::ptrdiff_t>(heights.size() / 2), heights.end());
  return heights[heights.size() / 2];
}
}  // namespace

TEST_CASE("the tops of a line of touching letters set tight are no underline", "[ocr]") {
  // Main's search took the row of tops of a line's lowercase letters for an
  // underline 0.7 x-height under the line above and erased it (47/1: "uf
  // the funnier" for "of the former"). Nothing is found, no pixel changes.
  int ran = 0;
  for (int h : {20, 13}) {  // 300 and 200 dpi
    detail::PixPtr page = tight_page(h);
    const int x_height = measured_x_height(page.get());
    INFO("x-height " << h << ", measured " << x_height);
    std::vector<detail::Underline> found = detail::find_underlines(page.get(), x_height);
    CHECK(found.empty());
    detail::PixPtr before(pixCopy(nullptr, page.get()));
    detail::PixPtr work(pixCopy(nullptr, page.get()));
    CHECK(detail::erase_underlines(work.get(), page.get(), found, x_height) == 0);
    l_int32 same = 0;
    pixEqual(before.get(), work.get(), &same);
    CHECK(same == 1);
    ++ran;
  }
  CHECK(ran == 2);
}

TEST_CASE("a rule under a line of touching letters set tight is still found and only it erased", "[ocr]") {
  int ran = 0;
  for (int h : {20, 13}) {
    detail::PixPtr page = tight_page(h, 2);
    detail::PixPtr plain = tight_page(h);
    const int x_height = measured_x_height(page.get());
    INFO("x-height " << h << ", measured " << x_height);
    std::vector<detail::Underline> found = detail::find_underlines(page.get(), x_height);
    REQUIRE(found.size() == 1);
    CHECK(found[0].y == 2 * tight_line_pitch(h) + 3 * h + static_cast<int>(std::lround(0.3 * h)) + 1);
    detail::PixPtr work(pixCopy(nullptr, page.get()));
    CHECK(detail::erase_underlines(work.get(), page.get(), found, x_height) > 0);
    // The rule is gone and no letter lost a pixel outside its rows and
    // their fringe (a descender ending within the fringe under the rule
    // loses its tail there).
    const int fringe = std::max(1, static_cast<int>(std::lround(detail::kUnderlineFringe * x_height)));
    const int top = found[0].y - fringe, bottom = found[0].y + found[0].thickness - 1 + fringe;
    CHECK(ink_in_rows(work.get(), 0, top - 1) == ink_in_rows(plain.get(), 0, top - 1));
    CHECK(ink_in_rows(work.get(), bottom + 1, static_cast<int>(pixGetHeight(work.get())) - 1) ==
          ink_in_rows(plain.get(), bottom + 1, static_cast<int>(pixGetHeight(plain.get())) - 1));
    CHECK(ink_in_rows(work.get(), top, bottom) <= ink_in_rows(plain.get(), top, bottom));
    ++ran;
  }
  CHECK(ran == 2);
}

TEST_CASE("an underlined title OCR garbles is read again alone as one line, at 200 and 300 dpi", "[ocr][scan-fixtures][slow]") {
  // tests/data/ga_title_underlined-{200,300}.png (scripts/make-scan-fixtures.sh):
  // page 1 of the A/RES fixture, its title and adoption line underlined by a
  // rule that hugs the baseline (too close to it for the underline search:
  // the feet of the letters), black and white, skewed 0.5 degrees. Read
  // with its page, the title came out "901 onsi international nizations for
  // wrongful ac" (200 dpi) and "LR nsibili international or izati f ful"
  // (300 dpi), as A/47/892's "Perman 0 rver"; read again alone, it is the
  // printed title. (The adoption line is dropped whole: nothing to read again.)
  int ran = 0;
  for (const char* name : {"ga_title_underlined-200.png", "ga_title_underlined-300.png"}) {
    INFO(name);
    const Conversion c = pipeline().convert(name, read_file(source_dir() + "/tests/data/" + name));
    REQUIRE(c.resolution.title);
    CHECK(contains(c.resolution.title->text, "Responsibility of international organizations for wrongful acts"));
    const std::vector<Edit> rereads = edits_of(c.document, "reread_line");
    CHECK(std::any_of(rereads.begin(), rereads.end(), [](const Edit& e) {
      return contains(e.after, "Responsibility of international organizations for wrongful acts") &&
             contains(e.reason, "read again alone as one line");
    }));
    for (const Diagnostic& d : c.document.log.warnings()) CHECK_FALSE(contains(d.message, "the title was read by OCR with"));
    ++ran;
  }
  CHECK(ran == 2);
}

TEST_CASE("a line is read more plausibly again only with fewer unknown words, no fewer known, no less confidence", "[ocr]") {
  const WordTest dictionary = [](std::string_view w) {
    for (const char* known : {"Letter", "dated", "from", "the", "Permanent", "Observer", "Palestine", "TRUSTEESHIP"})
      if (w == known) return true;
    return false;
  };
  auto words = [](const std::vector<std::pair<std::string, double>>& read) {
    std::vector<PlacedWord> out;
    for (const auto& [text, confidence] : read) {
      PlacedWord w;
      w.text = text;
      w.confidence = confidence;
      out.push_back(w);
    }
    return out;
  };
  CHECK(detail::bare_word("(Palestine),") == "Palestine");
  // The page prints "Nasser" under the signature: a name of the document's own.
  std::vector<PlacedWord> page = words({{"Letter", 96}, {"dated", 96}, {"from", 95}, {"the", 96}, {"Perman", 93},
                                                {"0", 60}, {"rver", 92}, {"Nasser", 90}, {"Nasser", 91}});
  const detail::PageVocabulary vocabulary(page);
  const WordTest elsewhere = vocabulary.elsewhere(page, 0, 7);
  const detail::LineJudgement first = detail::judge_line(page, 0, 7, dictionary, elsewhere);
  CHECK(first.unknown == 2);  // "Perman", "rver"; "0" has no letter
  CHECK(first.known == 4);
  CHECK(first.unknown_words == std::vector<std::string>{"Perman", "rver"});
  const auto again = words({{"Letter", 96}, {"dated", 96}, {"from", 95}, {"the", 96}, {"Permanent", 94}, {"Observer", 95}});
  const detail::LineJudgement second = detail::judge_line(again, 0, again.size(), dictionary, elsewhere);
  CHECK(second.unknown == 0);
  CHECK(detail::reads_more_plausibly(second, first));
  // A reading that loses text, or that Tesseract is less sure of, is not taken.
  const auto shorter = words({{"Letter", 96}, {"dated", 96}, {"Permanent", 94}});
  CHECK_FALSE(detail::reads_more_plausibly(detail::judge_line(shorter, 0, 3, dictionary, elsewhere), first));
  const auto unsure = words({{"Letter", 60}, {"dated", 60}, {"from", 60}, {"the", 60}, {"Permanent", 60}, {"Observer", 60}});
  CHECK_FALSE(detail::reads_more_plausibly(detail::judge_line(unsure, 0, 6, dictionary, elsewhere), first));
  // A reading that loses a figure, or a note mark read glued to one
  // ("20111," read again "2011,"), is not taken: read alone, a line drops
  // small raised marks.
  const auto marked = words({{"Perman", 93}, {"de", 96}, {"marzo", 96}, {"de", 96}, {"20111,", 90}});
  const detail::LineJudgement with_mark = detail::judge_line(marked, 0, marked.size(), dictionary, elsewhere);
  CHECK(with_mark.figures == std::vector<std::string>{"20111"});
  const auto lost = words({{"Permanent", 94}, {"de", 96}, {"marzo", 96}, {"de", 96}, {"2011,", 95}});
  CHECK_FALSE(detail::reads_more_plausibly(detail::judge_line(lost, 0, lost.size(), dictionary, elsewhere), with_mark));
  // The same when OCR gives the raised mark as a word of its own, glued.
  auto split = words({{"Perman", 93}, {"de", 96}, {"marzo", 96}, {"de", 96}, {"2011", 90}, {"1,", 90}});
  split[4].space_after = false;
  const detail::LineJudgement split_mark = detail::judge_line(split, 0, split.size(), dictionary, elsewhere);
  CHECK(split_mark.figures == std::vector<std::string>{"20111"});
  CHECK_FALSE(detail::reads_more_plausibly(detail::judge_line(lost, 0, lost.size(), dictionary, elsewhere), split_mark));
  const auto kept = words({{"Permanent", 94}, {"de", 96}, {"marzo", 96}, {"de", 96}, {"20111,", 95}});
  CHECK(detail::reads_more_plausibly(detail::judge_line(kept, 0, kept.size(), dictionary, elsewhere), with_mark));
  // A reading that loses a word the dictionary knows read something else,
  // though its own words are known.
  const auto stamp = words({{"TRUSTEESHIP", 96}, {"parecer", 80}});
  const detail::LineJudgement heading = detail::judge_line(stamp, 0, stamp.size(), dictionary, elsewhere);
  CHECK(heading.known_words == std::vector<std::string>{"TRUSTEESHIP"});
  const auto specks = words({{"RY", 95}, {"rs", 95}, {"Letter", 95}, {"dated", 95}});
  const detail::LineJudgement other = detail::judge_line(specks, 0, specks.size(), dictionary, elsewhere);
  CHECK(other.unknown == 0);
  CHECK(other.known == 2);
  CHECK_FALSE(detail::reads_more_plausibly(other, heading));
  // A name the rest of the page prints is no unknown word.
  const WordTest on_page = vocabulary.elsewhere(page, 7, 8);
  CHECK(detail::judge_line(page, 7, 8, dictionary, on_page).unknown == 0);
}

TEST_CASE("a page's doubtful lines are read again the most doubtful first", "[ocr]") {
  // A page reads again at most kMostLinesReadAgain lines: those with more
  // words nothing knows first, then those Tesseract was less sure of.
  detail::LineJudgement two, one_sure, one_unsure;
  two.unknown = 2;
  two.confidence = 95;
  one_sure.unknown = 1;
  one_sure.confidence = 90;
  one_unsure.unknown = 1;
  one_unsure.confidence = 40;
  std::vector<detail::LineJudgement> lines = {one_sure, two, one_unsure};
  std::stable_sort(lines.begin(), lines.end(), detail::more_doubtful);
  CHECK(lines[0].unknown == 2);
  CHECK(lines[1].confidence == 40);
  CHECK(lines[2].confidence == 90);
  CHECK_FALSE(detail::more_doubtful(one_sure, one_sure));
  static_assert(detail::kMostLinesReadAgain > 0);
}
