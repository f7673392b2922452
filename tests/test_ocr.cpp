// Scans: OCR through Tesseract behind the same model. The truth for the
// fixture is its source (fixtures-src/pdf); the corpus scans are checked
// for what their pages print.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

#include "core/error.hpp"
#include "core/text.hpp"
#include "cleanup/cleanup.hpp"
#include "ingest/ingest.hpp"
#include "ingest/ingest_detail.hpp"
#include "ingest/ocr.hpp"
#include "tests/support.hpp"

using namespace akn;
using namespace akn::test;

namespace {
bool contains(const std::string& text, std::string_view what) { return text.find(what) != std::string::npos; }

// Words of `text`, lowercased, letters and digits only.
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> out;
  std::string w;
  for (char c : text) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (keep) w += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    else if (!w.empty()) out.push_back(std::exchange(w, {}));
  }
  if (!w.empty()) out.push_back(w);
  return out;
}



std::vector<std::string> tokens(std::string_view text) {
  std::vector<std::string> out;
  std::string w;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      if (!w.empty()) out.push_back(std::exchange(w, {}));
    } else {
      w += c;
    }
  }
  if (!w.empty()) out.push_back(w);
  return out;
}

// Character and word error rates of `text` against `truth`.
struct ErrorRates {
  double cer = 0, wer = 0;
};
ErrorRates error_rates(const std::string& text, const std::string& truth) {
  const std::u32string a = code_points(text, true), b = code_points(truth, true);
  const auto wa = tokens(text), wb = tokens(truth);
  return {static_cast<double>(levenshtein(a, b)) / static_cast<double>(b.size()),
          static_cast<double>(levenshtein(wa, wb)) / static_cast<double>(wb.size())};
}

const Pipeline& ocr_always() {
  static const Pipeline p = [] {
    PipelineConfig c = config();
    c.ingest.ocr.mode = OcrMode::always;
    return Pipeline(c);
  }();
  return p;
}

// Page 1 of the S/RES fixture rendered at `dpi`, grey, one byte per pixel
// row by row (no stride): the page the preprocessing tests alter.
struct GreyPage {
  std::vector<std::uint8_t> pixels;
  int width = 0, height = 0;
};
GreyPage sres_page_one(double dpi) {
  GreyPage out;
  const std::string pdf = source_dir() + "/fixtures/pdf/sc_resolution.pdf";
  detail::render_pdf_pages("sc_resolution.pdf", read_file(pdf), 10, [dpi](double, double, int) { return dpi; },
                           [&](int page, const detail::GreyImage& image) {
                             if (page != 1) return;
                             out.width = image.width;
                             out.height = image.height;
                             for (int y = 0; y < image.height; ++y)
                               out.pixels.insert(out.pixels.end(), image.pixels + y * image.stride,
                                                 image.pixels + y * image.stride + image.width);
                           });
  return out;
}
}  // namespace

TEST_CASE("a PDF read by OCR from its rendered pages comes out like its text layer", "[ocr]") {
  // The S/RES fixture, every page rendered at 300 dpi and OCRed
  // (ocr = "always"): the structure and the words must survive.
  const std::string pdf = source_dir() + "/fixtures/pdf/sc_resolution.pdf";
  const Conversion c = ocr_always().convert("sc_resolution.pdf", read_file(pdf));
  for (const Page& page : c.document.pages) {
    CHECK(page.ocr);
    CHECK(page.ocr_confidence > 80);
  }
  CHECK(c.validation_errors.empty());
  const Resolution& r = c.resolution;
  CHECK(r.meta.symbol == "S/RES/2999 (2026)");
  CHECK(r.formula == "The Security Council,");
  CHECK(preambular_count(r) == 7);
  CHECK(r.operative.size() == 6);
  CHECK(r.annexes.size() == 1);
  // The note numbers in their column at the left of the notes, and the
  // raised references (which Tesseract alone reads as ' and *).
  REQUIRE(c.document.footnotes.size() == 4);
  for (const Footnote& f : c.document.footnotes) CHECK(f.referenced);
  // Word recall against the text layer's own conversion: at least 98% of
  // its words are found, in the same multiset sense.
  const Conversion layer = pipeline().convert("sc_resolution.pdf", read_file(pdf));
  std::multiset<std::string> ocr_words;
  for (const std::string& w : words_of(c.text)) ocr_words.insert(w);
  std::size_t found = 0, total = 0;
  for (const std::string& w : words_of(layer.text)) {
    ++total;
    if (auto it = ocr_words.find(w); it != ocr_words.end()) {
      ++found;
      ocr_words.erase(it);
    }
  }
  INFO(found << " of " << total << " words");
  CHECK(found * 100 >= total * 98);
  // No page furniture from the images either.
  CHECK_FALSE(contains(c.text, "26-03312"));
  CHECK_FALSE(contains(c.text, "Please recycle"));
}

TEST_CASE("typewritten resolution images convert to valid AKN", "[ocr][corpus]") {
  const std::string dir = shared_dir() + "/corpus/images/";
  const Conversion c = pipeline().convert("47-1.png", read_file(dir + "1992-09-22_UN_GA_Resolution_47-1_1992_en.png"));
  CHECK(c.document.source.kind == "image");
  REQUIRE(c.document.pages.size() == 1);
  CHECK(c.document.pages[0].ocr);
  CHECK(c.validation_errors.empty());
  const Resolution& r = c.resolution;
  CHECK(r.number == "47/1");
  CHECK(r.formula == "The General Assembly,");
  CHECK(r.preamble.size() == 1);
  REQUIRE(r.operative.size() == 2);
  CHECK(r.operative[1].text.text.starts_with("Takes note of the intention of the Security Council"));
  REQUIRE(r.conclusion);
  CHECK(r.conclusion->meeting == "7th plenary meeting");
  REQUIRE(r.adoption_date);
  CHECK(r.adoption_date->iso() == "1992-09-22");
}

TEST_CASE("an image without a declared resolution is read at the one its type size gives, and a slight skew is left alone", "[ocr][corpus]") {
  // The 2758 (XXVI) crop (540 x 596 pixels, no pHYs) was read as 300 dpi:
  // Tesseract dropped its italic words as specks, and the 0.25-degree
  // turn resampled every glyph ("Ri izing that the ives of the Govern-").
  const Conversion c = pipeline().convert("2758_en.png", read_file(shared_dir() + "/corpus/images/1971-10-25_UN_GA_Resolution_2758_en.png"));
  CHECK(contains(c.text, "Recognizing that the representatives of the Govern"));
  std::map<std::string, std::string> steps;
  for (const Edit& e : c.document.log.edits())
    if (e.pass == "ocr_preprocess") steps[e.kind] = e.reason;
  REQUIRE(steps.count("resolution") == 1);
  CHECK(contains(steps["resolution"], "declares no resolution"));
  CHECK(steps.count("deskew") == 0);
}

TEST_CASE("an image-only PDF is OCRed page by page, with OCR off it is empty with warnings", "[ocr][corpus]") {
  const std::string file = shared_dir() + "/corpus/scan/A_47_892-EN.pdf";
  const Conversion c = pipeline().convert("A_47_892-EN.pdf", read_file(file));
  REQUIRE(c.document.pages.size() == 2);
  for (const Page& page : c.document.pages) CHECK(page.ocr);
  CHECK(c.validation_errors.empty());
  CHECK(contains(c.text, "I am instructed by the Executive Committee of the Palestine Liberation Organization"));
  // The logo and the stamp leave garbage where "Distr." was: the symbol
  // line anchors the masthead, and the S/ symbol read as "§/25309" is
  // corrected.
  CHECK(c.resolution.meta.symbol == "A/47/892");
  CHECK(std::find(c.resolution.meta.other_symbols.begin(), c.resolution.meta.other_symbols.end(), "S/25309") !=
        c.resolution.meta.other_symbols.end());
  REQUIRE(c.document.meta.issue_date);
  CHECK(c.document.meta.issue_date->iso() == "1993-02-18");
  CHECK_FALSE(contains(c.text, "ORIGINAL: ENGLISH"));
  CHECK_FALSE(contains(c.text, "Agenda items 30, 35, 73 and 74"));
  // The titles of the four items, ten lines in capitals under the agenda
  // line (OCR sizes them apart from its mixed case), are the agenda titles,
  // not the letter's: one for each item, each begun flush where the
  // turnover lines hang.
  CHECK(c.resolution.meta.agenda_titles ==
        std::vector<std::string>{"QUESTION OF PALESTINE", "THE SITUATION IN THE MIDDLE EAST",
                                 "UNITED NATIONS RELIEF AND WORKS AGENCY FOR PALESTINE REFUGEES IN THE NEAR EAST",
                                 "REPORT OF THE SPECIAL COMMITTEE TO INVESTIGATE ISRAELI PRACTICES AFFECTING THE HUMAN "
                                 "RIGHTS OF THE PALESTINIAN PEOPLE AND OTHER ARABS OF THE OCCUPIED TERRITORIES"});
  CHECK_FALSE(contains(c.text, "QUESTION OF PALESTINE"));
  REQUIRE(c.resolution.title);
  CHECK(c.resolution.title->text.starts_with("Letter dated 18 February 1993"));

  PipelineConfig off = config();
  off.ingest.ocr.mode = OcrMode::never;
  const Conversion none = Pipeline(off).convert("A_47_892-EN.pdf", read_file(file));
  std::size_t warned = 0;
  for (const Diagnostic& d : none.document.log.warnings()) if (contains(d.message, "no text layer and OCR is off")) ++warned;
  CHECK(warned == 2);
}

TEST_CASE("image inputs: a file that is not an image, a language not installed, an image too large", "[ocr]") {
  CHECK(detect_kind("scan.png", "") == InputKind::image);
  CHECK(detect_kind("x.bin", "\x89PNG\r\n\x1a\n....") == InputKind::image);
  try {
    (void)pipeline().convert("broken.png", "\x89PNG\r\n\x1a\nnot really");
    FAIL("a broken PNG converted");
  } catch (const DocumentError& e) {
    CHECK(e.file() == "broken.png");
  }
  const std::string png = read_file(shared_dir() + "/corpus/images/1992-09-22_UN_GA_Resolution_47-1_1992_en.png");
  PipelineConfig small = config();
  small.ingest.ocr.max_pixels = 1000;
  try {
    (void)Pipeline(small).convert("47-1.png", png);
    FAIL("an image over the pixel limit converted");
  } catch (const DocumentError& e) {
    CHECK(contains(e.reason(), "exceeds the limit of 1000 pixels"));
    CHECK(e.page() == 1);
  }
  // A decompression bomb: a PNG header declaring 20,000 x 20,000 pixels is
  // refused before Leptonica decodes (and allocates) anything.
  auto be32 = [](std::uint32_t v) {
    return std::string{static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8), static_cast<char>(v)};
  };
  auto crc32 = [](std::string_view bytes) {
    std::uint32_t c = 0xFFFFFFFFu;
    for (char b : bytes) {
      c ^= static_cast<unsigned char>(b);
      for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
    }
    return c ^ 0xFFFFFFFFu;
  };
  const std::string ihdr = "IHDR" + be32(20000) + be32(20000) + std::string("\x08\x00\x00\x00\x00", 5);
  const std::string bomb = std::string("\x89PNG\r\n\x1a\n", 8) + be32(13) + ihdr + be32(crc32(ihdr)) + be32(0) + "IEND" +
                           be32(crc32("IEND"));
  try {
    (void)pipeline().convert("bomb.png", bomb);
    FAIL("a 400-megapixel PNG converted");
  } catch (const DocumentError& e) {
    CHECK(e.reason() == "image of 20000 x 20000 pixels exceeds the limit of 150000000 pixels (ocr.max_pixels); it was not decoded");
  }
  PipelineConfig klingon = config();
  klingon.ingest.ocr.languages = "tlh";
  CHECK_THROWS(Pipeline(klingon).convert("47-1.png", png));
}

TEST_CASE("an implausible old OCR text layer is read again from the image, a fair one is kept", "[ocr][corpus]") {
  const std::string dir = shared_dir() + "/corpus/scan_ocr/";
  auto reocred = [](const Conversion& c) {
    std::size_t n = 0;
    for (const Diagnostic& d : c.document.log.warnings())
      if (contains(d.message, "implausible text layer")) ++n;
    return n;
  };
  // T/PET.11/142 (1951): "and._a~pplementa.r-J rules "F-~ L of 'the rules".
  const Conversion bad = pipeline().convert("T_Pet.11_142-EN.pdf", read_file(dir + "T_Pet.11_142-EN.pdf"));
  CHECK(reocred(bad) == 2);
  for (const Page& p : bad.document.pages) CHECK(p.ocr);
  CHECK(contains(bad.text, "Trusteeship Council"));
  CHECK(bad.validation_errors.empty());
  // A/45/155 (Acrobat Capture 1990): a fair layer stays, its words the
  // dictionary does not know mended from a fresh reading ("Gaoa").
  const Conversion fair = pipeline().convert("A_45_155-EN.pdf", read_file(dir + "A_45_155-EN.pdf"));
  CHECK(reocred(fair) == 0);
  for (const Page& p : fair.document.pages) CHECK_FALSE(p.ocr);
  CHECK(contains(fair.text, "the Gaza district"));
  CHECK_FALSE(contains(fair.text, "Gaoa"));
  const std::vector<Edit> mended = edits_of(fair.document, "ocr_layer_word");
  CHECK_FALSE(mended.empty());
  for (const Edit& e : mended) CHECK(e.before != "list*");  // a note mark OCR drops stays
}

TEST_CASE("the text layer check: garbage and unknown words against real text", "[ocr]") {
  const auto known = [](std::string_view w) {
    static const std::set<std::string, std::less<>> words = {"the", "of", "and", "to", "rules", "procedure", "council", "General", "Assembly", "is", "in"};
    return words.count(w) > 0;
  };
  std::vector<std::string> good, garbage;
  for (int i = 0; i < 5; ++i)
    for (const char* w : {"the", "rules", "of", "procedure", "and", "the", "General", "Assembly", "is", "in"}) good.emplace_back(w);
  for (int i = 0; i < 5; ++i)
    for (const char* w : {"the", "a~pplementa.r-J", "F-~", "'the", "Co~n~'", "s'ecretru.j", "of", "tbe", "Ge~eral.", "%C.*"})
      garbage.emplace_back(w);
  const TextLayerCheck g = check_text_layer(good, known);
  CHECK_FALSE(g.implausible);
  CHECK(g.known == Approx(1.0));
  const TextLayerCheck b = check_text_layer(garbage, known);
  CHECK(b.implausible);
  CHECK(b.odd > 0.04);
  // Without a dictionary the odd characters still decide.
  CHECK(check_text_layer(garbage, {}).implausible);
  CHECK_FALSE(check_text_layer(good, {}).implausible);
}

TEST_CASE("scans made from the born-digital fixtures come out as their text layers", "[ocr][scan-fixtures]") {
  // fixtures/scan is made by scripts/make-scan-fixtures.sh from the PDF
  // fixtures, so the truth is the born-digital conversion (whose text the
  // PDF fixture test checks against fixtures-src). CER and WER are measured
  // on the whole clean text, notes included, before correct_ocr_words (the
  // same pipeline without that pass, on the same OCR) and after it.
  static const Pipeline without_correction = [] {
    PipelineConfig c = config();
    std::erase(c.cleanup.passes, "correct_ocr_words");
    return Pipeline(c);
  }();
  struct Case {
    const char* scan;
    const char* truth;
    // The 300-dpi G4 scan must read as well as a clean scan reads raw
    // (1.4% CER, measured in the brief), and here better: its text is
    // identical to the born-digital one when these thresholds were set.
    // The grainy, blurred, unevenly lit photograph (300 dpi, JPEG) is the
    // hard case: 0.13% CER and 0.65% WER before correction, 0.07% and
    // 0.44% after, when the thresholds were set (most of what is left is
    // two part numbers read as "lI"/"Ii" inside a line; the running head of
    // the page that was sideways, which remove_furniture now finds beside
    // the symbol, was 2 points of CER before). The thresholds leave room
    // for other Tesseract builds, not for a regression.
    double max_cer, max_wer;
  };
  for (const Case& k : {Case{"sc_resolution_g4.tif", "sc_resolution", 0.01, 0.02},
                        Case{"ga_parts_photo.pdf", "ga_parts", 0.01, 0.02}}) {
    DYNAMIC_SECTION(k.scan) {
      const std::string scan = read_file(source_dir() + "/fixtures/scan/" + k.scan);
      const std::string truth = read_file(source_dir() + "/tests/golden/fixtures/pdf/" + k.truth + ".txt");
      Document document = pipeline().read(k.scan, scan);
      const Conversion before = without_correction.finish(document);
      const Conversion after = pipeline().finish(std::move(document));
      const ErrorRates b = error_rates(before.text, truth), a = error_rates(after.text, truth);
      if (std::getenv("AKN_REPORT_CER"))
        std::fprintf(stderr, "%s: CER %.2f%% -> %.2f%%, WER %.2f%% -> %.2f%%\n", k.scan, 100 * b.cer, 100 * a.cer,
                     100 * b.wer, 100 * a.wer);
      INFO("CER " << b.cer << " -> " << a.cer << ", WER " << b.wer << " -> " << a.wer);
      CHECK(a.cer <= b.cer);
      CHECK(a.wer <= b.wer);
      CHECK(a.cer <= k.max_cer);
      CHECK(a.wer <= k.max_wer);
      CHECK(after.validation_errors.empty());
      // Every page was found upright and straight, and the log says so.
      std::map<int, std::set<std::string>> steps;
      for (const Edit& e : after.document.log.edits())
        if (e.pass == "ocr_preprocess") steps[e.where.page].insert(e.kind);
      for (const Page& page : after.document.pages) {
        CHECK(page.ocr);
        CHECK(steps[page.number].count("deskew") == 1);
      }
      CHECK(steps[2].count("orient") == 1);
      // Corrections are only of words Tesseract doubted: the confidence the
      // edit reports is under the configured limit.
      for (const Edit& e : after.document.log.edits())
        if (e.pass == "correct_ocr_words") {
          REQUIRE(e.reason.find("OCR confidence ") == 0);
          CHECK(std::stod(e.reason.substr(15)) < config().cleanup.ocr_correct_below);
        }
    }
  }
}

TEST_CASE("the G4 scan of the S/RES fixture keeps its structure and its notes", "[ocr][scan-fixtures]") {
  const Conversion c = pipeline().convert("sc_resolution_g4.tif", read_file(source_dir() + "/fixtures/scan/sc_resolution_g4.tif"));
  const Resolution& r = c.resolution;
  CHECK(r.meta.symbol == "S/RES/2999 (2026)");
  CHECK(preambular_count(r) == 7);
  CHECK(r.operative.size() == 6);
  CHECK(r.annexes.size() == 1);
  REQUIRE(c.document.footnotes.size() == 4);
  for (const Footnote& f : c.document.footnotes) CHECK(f.referenced);
  // Page 2, with a few lines only, was upside down; page 3 sideways.
  std::map<int, std::string> turned;
  for (const Edit& e : c.document.log.edits())
    if (e.kind == "orient") turned[e.where.page] = e.reason;
  CHECK(turned[2].find("180 degrees") != std::string::npos);
  CHECK(turned[3].find("270 degrees") != std::string::npos);
  CHECK(turned.count(1) == 0);
  CHECK_FALSE(contains(c.text, "26-03312"));
}

TEST_CASE("OCR correction: doubted words become known words, confident ones stay", "[ocr][passes]") {
  // A page as OCR gives it: each word with its confidence. The second line
  // makes it English for the dictionary (detect_language) and prints
  // "April" confidently: a capitalised word is corrected to a proper noun
  // only when the document prints it.
  Document doc;
  Page page;
  page.ocr = true;
  page.lines.push_back(ocr_line({
      {"The", 96}, {"Genera1", 41}, {"Assernbly", 55}, {"met", 95},   {"in", 96},     {"Aprii", 62},
      {"l97l", 48}, {"and", 96},    {"again", 95},     {"in", 95},    {"Aprii", 97},  {"Assembly", 96},
      {"Assembly", 95}, {"document", 93}, {"docurnent", 70}, {"A/45/l89", 52}, {"colour", 40},
      {"1990s", 30}}));
  page.lines.push_back(ocr_line({{"to", 95}, {"the", 95}, {"report", 95}, {"of", 95}, {"the", 95}, {"Committee", 95},
                                 {"and", 95}, {"of", 95}, {"the", 95}, {"Council", 95}, {"to", 95}, {"the", 95}, {"April", 95}}));
  doc.pages.push_back(page);
  CleanupOptions options = config().cleanup;
  options.passes = {"correct_ocr_words"};
  Cleaner(options).run(doc);
  const std::string& text = doc.pages[0].lines[0].text;
  INFO(text);
  CHECK(text.find("The General Assembly met in April 1971") == 0);
  CHECK(text.find("again in Aprii") != std::string::npos);   // confident: left alone
  CHECK(text.find("document document") != std::string::npos);  // rn read for m
  CHECK(text.find("A/45/189") != std::string::npos);
  CHECK(text.find("colour") != std::string::npos);  // British spelling, doubted, but nothing to prefer
  CHECK(text.find("1990s") != std::string::npos);   // a decade, not "19905"
  for (const Edit& e : doc.log.edits()) {
    CHECK(e.pass == "correct_ocr_words");
    CHECK(e.reason.find("OCR confidence") == 0);
  }
  CHECK(doc.log.edits().size() == 6);
}

// Tesseract's Arabic model reads the Arabic comma as a closing guillemet
// set against the word ("الإنسان» بما في"), and a preambular
// paragraph's closing comma with it. On a right-to-left OCR line such a
// guillemet is the comma when no "«" opened a quotation before it; a
// quotation's own closing guillemet, a text layer's and a left-to-right
// line's stay as printed.
TEST_CASE("OCR correction: an Arabic comma read as a closing guillemet is the comma and a quotation's is kept",
          "[ocr][passes][languages]") {
  auto corrected = [](bool ocr, bool right_to_left) {
    Document doc;
    Page page;
    page.ocr = ocr;
    page.lines.push_back(ocr_line({{"مسائل", 80}, {"الإنسان»", 70}, {"بما", 90}, {"في", 90}}));
    page.lines.push_back(ocr_line({{"المعنون", 90}, {"«نحو", 90}, {"عالم»", 90}, {"الذي»", 60}}));
    for (Line& l : page.lines) l.right_to_left = right_to_left;
    doc.pages.push_back(page);
    CleanupOptions options = config().cleanup;
    options.passes = {"correct_ocr_words"};
    Cleaner(options).run(doc);
    return doc;
  };
  const Document doc = corrected(true, true);
  CHECK(doc.pages[0].lines[0].text == "مسائل الإنسان، بما في");
  // The quotation "«...»" keeps its guillemet; the one after it is a comma.
  CHECK(doc.pages[0].lines[1].text == "المعنون «نحو عالم» الذي،");
  CHECK(edits_of(doc, "arabic_comma").size() == 2);
  CHECK(edits_of(corrected(false, true), "arabic_comma").empty());
  CHECK(edits_of(corrected(true, false), "arabic_comma").empty());
}

// An Arabic document of one page of right-to-left lines (read by OCR when
// `ocr`, words split at spaces, each at confidence 95), after
// correct_ocr_words alone.
static Document corrected_arabic_lines(const std::vector<std::string>& lines, bool ocr) {
  Document doc;
  Page page;
  page.ocr = ocr;
  for (const std::string& text : lines) {
    std::vector<std::pair<std::string, double>> words;
    for (std::size_t i = 0; i < text.size();) {
      const std::size_t end = std::min(text.find(' ', i), text.size());
      words.emplace_back(text.substr(i, end - i), 95);
      i = end + 1;
    }
    page.lines.push_back(ocr_line(words));
    page.lines.back().right_to_left = true;
  }
  doc.pages.push_back(page);
  doc.language = "ar";
  CleanupOptions options = config().cleanup;
  options.passes = {"correct_ocr_words"};
  Cleaner(options).run(doc);
  return doc;
}

// Arabic lists label their points with letters in abjad order; Tesseract's
// Arabic model reads the alef of "(أ)" as "1" (the six-language fixture's
// Arabic scan: "(1) التشجيع ..." under operative paragraph 7, its point
// lost in the paragraph's text). In a list whose other labels are letters
// and whose labels' places run upwards (lines OCR lost leave gaps), the
// figures are the letters of their places; a list out of sequence keeps
// them with a warning, and a list of figures alone (the notes "(1)",
// "(2)") is left as it is.
TEST_CASE("OCR correction: an Arabic point label read as figures is the letter of its place in its list",
          "[ocr][passes][languages]") {
  const auto corrected = corrected_arabic_lines;
  const std::vector<std::string> list = {"7 - تهيب بجميع الدول أن تتخذ التدابير التالية:",
                                         "(1) التشجيع على إنشاء شبكات تعاونية",
                                         "على العمل البناء لتحقيق أهداف مشتركة؛",
                                         "(ب) إنشاء آلية ملائمة داخل الحكومات؛",
                                         "(و) اتخاذ تدابير تجرم التحريض؛",
                                         "8 - تهيب كذلك بجميع الدول:",
                                         "(2) اتخاذ تدابير فعالة؛"};
  const Document doc = corrected(list, true);
  CHECK(doc.pages[0].lines[1].text == "(أ) التشجيع على إنشاء شبكات تعاونية");
  CHECK(doc.pages[0].lines[3].text == list[3]);
  // "(2)" alone in its list: no letter says it is one.
  CHECK(doc.pages[0].lines[6].text == list[6]);
  REQUIRE(edits_of(doc, "arabic_point_label").size() == 1);
  CHECK(edits_of(doc, "arabic_point_label")[0].before == "(1)");
  CHECK(edits_of(doc, "arabic_point_label")[0].after == "(أ)");
  // Out of sequence ("(ج)" then "(1)"): kept, with a warning.
  std::vector<std::string> back = list;
  back[1] = "(ج) التشجيع على إنشاء شبكات تعاونية";
  back[2] = "(1) على العمل البناء لتحقيق أهداف مشتركة؛";
  const Document kept = corrected(back, true);
  CHECK(kept.pages[0].lines[2].text == back[2]);
  CHECK(edits_of(kept, "arabic_point_label").empty());
  CHECK(std::any_of(kept.log.warnings().begin(), kept.log.warnings().end(),
                    [](const Diagnostic& d) { return d.message.find("out of their sequence") != std::string::npos; }));
  // Paragraph 8's number lost (merged into a running head): its list's
  // "(ب)" steps back, so a new list starts there; "(1)" is still the "(أ)"
  // of the first. A speck read before a bracket is no text.
  const Document lost = corrected({"7 - تهيب بجميع الدول أن تتخذ التدابير التالية:", "(1) التشجيع على إنشاء شبكات",
                                   "(ب) إنشاء آلية ملائمة؛", "ّ (و) اتخاذ تدابير؛", "(ب) تشجيع الحرية الدينية؛",
                                   "(د) بذل جهود دؤوبة؛"},
                                  true);
  CHECK(lost.pages[0].lines[1].text == "(أ) التشجيع على إنشاء شبكات");
  CHECK(edits_of(lost, "arabic_point_label").size() == 1);
  // Notes numbered "(1)", "(2)" after a colon: no letter among them.
  const Document notes = corrected({"وتحث الدول على ما يلي:", "(1) انظر القرار 2200 ألف.", "(2) المرجع نفسه."}, true);
  CHECK(edits_of(notes, "arabic_point_label").empty());
  CHECK(notes.log.warnings().empty());
  // A text layer is as printed.
  CHECK(edits_of(corrected(list, false), "arabic_point_label").empty());
}

// Tesseract's Arabic model drops a figure of a paragraph number at the
// right end of a line run into the line above (the six-language fixture's
// Arabic scan: "10 -" read "0 -"; A/RES/79/100's, "15 -" read "5 -"). A run
// of numbers that breaks the sequence between two numbers read in it takes
// the places between them only when they are exactly as many and each
// number read is its place with figures dropped; otherwise it is kept, with
// a warning. A new sequence ("1 -", "2 -": an annex) is not a break.
TEST_CASE("OCR correction: an Arabic paragraph number with figures dropped takes its place in the sequence",
          "[ocr][passes][languages]") {
  const auto corrected = corrected_arabic_lines;
  const std::vector<std::string> lines = {"9 - تهيب كذلك بجميع الدول أن تعتمد تدابير؛",
                                          "0 - تدعو إلى تكثيف الجهود الدولية؛",
                                          "1 - تشجع جميع الدول على النظر؛",
                                          "12 - تطلب إلى الأمين العام أن يقدم تقريرا؛"};
  const Document doc = corrected(lines, true);
  CHECK(doc.pages[0].lines[1].text == "10 - تدعو إلى تكثيف الجهود الدولية؛");
  CHECK(doc.pages[0].lines[2].text == "11 - تشجع جميع الدول على النظر؛");
  REQUIRE(edits_of(doc, "arabic_paragraph_number").size() == 2);
  CHECK(edits_of(doc, "arabic_paragraph_number")[0].before == "0");
  CHECK(edits_of(doc, "arabic_paragraph_number")[0].after == "10");
  // (The page's words unknown to the measuring dictionary may be listed; no
  // number is warned of.)
  const auto warned_of_sequence = [](const Document& d) {
    return std::any_of(d.log.warnings().begin(), d.log.warnings().end(),
                       [](const Diagnostic& w) { return w.message.find("sequence") != std::string::npos; });
  };
  CHECK_FALSE(warned_of_sequence(doc));
  // Paragraph 11 lost: one number between 9 and 12 has no certain place.
  const Document lost = corrected({lines[0], lines[1], lines[3]}, true);
  CHECK(lost.pages[0].lines[1].text == lines[1]);
  CHECK(edits_of(lost, "arabic_paragraph_number").empty());
  CHECK(std::any_of(lost.log.warnings().begin(), lost.log.warnings().end(),
                    [](const Diagnostic& d) { return d.message.find("breaks the sequence") != std::string::npos; }));
  // "7" between 9 and 12 is no 10 with figures dropped: kept, with a warning.
  std::vector<std::string> other = lines;
  other[1] = "7 - تدعو إلى تكثيف الجهود الدولية؛";
  const Document kept = corrected(other, true);
  CHECK(kept.pages[0].lines[1].text == other[1]);
  CHECK(edits_of(kept, "arabic_paragraph_number").empty());
  // A last number with no neighbour after it is kept.
  const Document last = corrected({lines[0], "0 - تدعو إلى تكثيف الجهود الدولية؛"}, true);
  CHECK(edits_of(last, "arabic_paragraph_number").empty());
  // An annex numbered from 1 again is a new sequence.
  const Document annex = corrected({lines[0], lines[3], "1 - يعتمد المرفق؛", "2 - يقرر؛"}, true);
  CHECK(edits_of(annex, "arabic_paragraph_number").empty());
  CHECK_FALSE(warned_of_sequence(annex));
  // A text layer is as printed.
  CHECK(edits_of(corrected(lines, false), "arabic_paragraph_number").empty());
}

TEST_CASE("a scan in another script is read in its language under auto, and a wrong named language is reported", "[ocr][corpus]") {
  const std::string bytes = read_file(shared_dir() + "/corpus/scan/1971-10-25_GA_Resolution_2758_ru.pdf");
  auto language_edits = [](const Conversion& c) {
    std::vector<std::string> out;
    for (const Edit& e : c.document.log.edits())
      if (e.pass == "ocr_preprocess" && e.kind == "language") out.push_back(e.reason);
    return out;
  };
  auto implausible = [](const Conversion& c) {
    std::size_t n = 0;
    for (const Diagnostic& d : c.document.log.warnings())
      if (contains(d.message, "is implausible in that language")) ++n;
    return n;
  };
  // The default is "auto": read as English first, the page is implausible;
  // OSD finds Cyrillic and the page is read again in Russian.
  REQUIRE(config().ingest.ocr.languages == "auto");
  const Conversion automatic = pipeline().convert("2758_ru.pdf", bytes);
  const auto edits = language_edits(automatic);
  REQUIRE(edits.size() == 1);
  CHECK(contains(edits[0], "Cyrillic"));
  CHECK(contains(edits[0], "read again as rus"));
  CHECK(implausible(automatic) == 0);
  CHECK(contains(automatic.text, "Генеральная Ассамблея"));
  CHECK(automatic.quality.ocr_confidence > 0.7);
  // Named English, the transliterated garbage is kept but said to be so.
  PipelineConfig english = config();
  english.ingest.ocr.languages = "eng";
  const Conversion named = Pipeline(english).convert("2758_ru.pdf", bytes);
  CHECK(language_edits(named).empty());
  CHECK(implausible(named) == 1);
  CHECK(named.quality.score < 0.1);
  // Read in its language, the page scores well above its English reading
  // (not higher: its running head's order is still an unaccounted difference).
  CHECK(automatic.quality.score > named.quality.score + 0.1);
}

// Named as a user names them (--lang rus, --lang fra); the packages are
// installed by scripts/install-deps.sh. A case each: ctest runs the two
// OCR conversions side by side.
TEST_CASE("the Russian scan read in its own language", "[ocr][corpus][slow]") {
  PipelineConfig russian = config();
  russian.ingest.ocr.languages = "rus";
  const Conversion ru = Pipeline(russian).convert(
      "2758_ru.pdf", read_file(shared_dir() + "/corpus/scan/1971-10-25_GA_Resolution_2758_ru.pdf"));
  CHECK(ru.validation_errors.empty());
  CHECK(contains(ru.text, "Генеральная Ассамблея"));
  CHECK(contains(ru.text, "Организации Объединенных Наций"));
  CHECK(contains(ru.text, "пленарное заседание"));
  // Its two columns are read one after the other, not interleaved where
  // their paragraph gaps line up: resolutions 2751 to 2753 stand in the
  // left column, 2754 onwards in the right.
  const auto at = [&](std::string_view what) { return ru.text.find(what); };
  REQUIRE(at("2752 (") != std::string::npos);
  REQUIRE(at("2754 (") != std::string::npos);
  CHECK(at("2752 (") < at("2754 ("));
  CHECK(at("заявление Бутана") < at("2752 ("));
  // The page prints six resolutions, each closing with punctuated
  // conclusions ("1934-е пленарное заседание," "21 сентября 1971 года.").
  // Those of the first resolution whose formula is read (2752) are its
  // conclusions; the resolutions printed after them stay after them, in
  // reading order, in the text and the AKN, and none is lost.
  REQUIRE(ru.resolution.conclusion);
  CHECK(contains(ru.resolution.conclusion->meeting.value_or(""), "пленарное заседание"));
  REQUIRE(ru.resolution.conclusion->date);
  CHECK(ru.resolution.conclusion->date->iso() == "1971-09-21");
  std::size_t last = at("заявление Бахрейна");
  REQUIRE(last != std::string::npos);
  int after = 0;
  for (const char* number : {"2753 (", "2754 (", "2758 (", "2763 ("}) {
    CAPTURE(number);
    CHECK(at(number) > last);
    last = at(number);
    CHECK(contains(ru.akn, number));
    ++after;
  }
  CHECK(after == 4);
  CHECK(ru.resolution.other_preface.empty() == false);  // 2751 and 2752's heads, before the formula read
  // Each resolution printed after the first is one of its own, with its
  // own date: 2758 (XXVI) is dated by its own conclusions.
  CHECK(ru.resolution.following.size() >= 4);
  const auto r2758 = std::find_if(ru.resolution.following.begin(), ru.resolution.following.end(),
                                  [](const Resolution& r) { return r.number == "2758 (XXVI)"; });
  REQUIRE(r2758 != ru.resolution.following.end());
  REQUIRE(r2758->conclusion);
  REQUIRE(r2758->conclusion->date);
  CHECK(r2758->conclusion->date->iso() == "1971-10-25");
  CHECK(r2758->operative.size() == 1);
  // Its preamble is three paragraphs ("напоминая", "считая", "признавая"),
  // the last not cut where Tesseract misread every other line's x-height,
  // and the syllable hyphen of "един-/ственными" rejoined.
  CHECK(r2758->preamble.size() == 3);
  CHECK(contains(ru.text, "являются единственными законными"));
  // 2763 (XXVI) goes on on the volume's next page: warned, and the notes 7
  // to 9 under it are no paragraphs of it.
  const auto r2763 = std::find_if(ru.resolution.following.begin(), ru.resolution.following.end(),
                                  [](const Resolution& r) { return r.number == "2763 (XXVI)"; });
  REQUIRE(r2763 != ru.resolution.following.end());
  CHECK_FALSE(r2763->conclusion);
  CHECK(r2763->preamble.size() == 1);
  CHECK(r2763->operative.empty());
  CHECK(std::any_of(ru.resolution.warnings.begin(), ru.resolution.warnings.end(),
                    [](const Diagnostic& d) { return contains(d.message, "resolution 2763 (XXVI) has no conclusions"); }));
  // Only the volume's running head is out of place (its page number read
  // beside 2751's number), as before.
  CHECK(ru.conservation.unaccounted.size() <= 2);
  // The dictionary is English: no Russian word is "corrected" into it.
  for (const Edit& e : ru.document.log.edits())
    if (e.pass == "correct_ocr_words") CHECK(e.after.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos);
}

TEST_CASE("the French scan read in its own language", "[ocr][corpus][slow]") {
  PipelineConfig french = config();
  french.ingest.ocr.languages = "fra";
  french.ingest.ocr.mode = OcrMode::always;  // past its fair Acrobat Capture layer
  const Conversion fr =
      Pipeline(french).convert("SR.985-FR.pdf", read_file(shared_dir() + "/corpus/scan_ocr/A_C.4_SR.985-FR.pdf"));
  CHECK(fr.validation_errors.empty());
  for (const Page& page : fr.document.pages) CHECK(page.ocr);
  CHECK(contains(fr.text, "Renseignements relatifs aux territoires non autonomes"));
  CHECK(contains(fr.text, "Président"));
}

TEST_CASE("an operative clause read by OCR without its italics or space is not joined onto the last preambular paragraph",
          "[ocr][unwrap_lines]") {
  // 2758 (XXVI): OCR finds neither the italics nor the space before
  // "Decides", and the preamble's last line runs to the margin. After the
  // enacting formula, a line opening with an operative lead verb after a
  // line ending in a comma opens a paragraph; before any formula (a letter
  // quoting a decision) the lines stay joined.
  struct Case {
    std::string text;
    std::size_t blocks;
  };
  const std::vector<Case> cases = {
      {"The General Assembly,\n"
       "Recognizing that the representatives of the Government of the People's Republic\n"
       "of China are the only lawful representatives of China to the United Nations\n"
       "and that it is one of the five permanent members of the Security Council,\n"
       "Decides to restore all its rights to the People's Republic of China and to\n"
       "recognize the representatives of its Government.\n",
       3},
      {"L'Assemblée générale,\n"
       "Reconnaissant que les représentants du Gouvernement de la République populaire\n"
       "de Chine sont les seuls représentants légitimes de la Chine auprès de l'ONU,\n"
       "Décide de rétablir la République populaire de Chine dans tous ses droits et de\n"
       "reconnaître les représentants de son gouvernement.\n",
       3},
      {"The Security Council,\n"
       "Recalling its resolution 1244 (1999),\n"
       "Noting the report of the Secretary-General on the situation in the region and,\n"
       "Requests the Secretary-General to keep it informed of the situation on the\n"
       "ground and to report to it within three months.\n",
       4},
      {"In its letter the Government informed the Secretary-General that the Council,\n"
       "Decides to remain seized of the matter was the last paragraph it would accept\n"
       "in the draft before the Council at its meeting on the question.\n",
       1},
  };
  int ran = 0;
  for (const Case& c : cases) {
    CAPTURE(c.text);
    Document doc = doc_from_text(c.text);
    Page& page = doc.pages[0];
    page.ocr = true;
    page.width = 612;
    page.height = 792;
    for (std::size_t l = 0; l < page.lines.size(); ++l) {
      Line& line = page.lines[l];
      // The formula centred; other lines as wide as their text, the full
      // ones to the margin (540 pt).
      const bool formula = l == 0 && c.blocks > 1;
      const double width = std::min(468.0, 6.2 * static_cast<double>(line.text.size()));
      line.font_size = 10;
      line.box = Box{formula ? 250.0 : 72.0, 100 + 12.0 * static_cast<double>(l), formula ? 380.0 : 72.0 + width,
                     110 + 12.0 * static_cast<double>(l)};
    }
    run_passes(doc, {"normalize_text", "unwrap_lines"});
    CHECK(doc.blocks.size() == c.blocks);
    if (c.blocks > 1) CHECK((doc.blocks.back().text.starts_with("Decides") || doc.blocks.back().text.starts_with("Décide") ||
                             doc.blocks.back().text.starts_with("Requests")));
    ++ran;
  }
  CHECK(ran == 4);
}

// The same rule in Russian, Arabic and Chinese. Russian and Arabic read by
// OCR, without italics: the lead verbs of the UN's texts tell ("просит",
// "تطلب"), after the script's own comma ("،"). Chinese wraps anywhere, so
// no word list can tell: the lead is printed in bold (in the other
// languages in italics), and the typography tells. A bold or italic word
// inside a line, or a line before the formula, changes nothing.
TEST_CASE("an operative clause in Russian or Arabic or Chinese is not joined onto the last preambular paragraph",
          "[ocr][unwrap_lines][languages]") {
  struct Case {
    std::string text;
    std::size_t blocks;
    std::string last;     // how the last block starts
    bool styled = false;  // the first word of the last line bold (Chinese) or italic
  };
  const std::vector<Case> cases = {
      {"Генеральная Ассамблея,\n"
       "признавая, что представители правительства Китайской Народной Республики являются\n"
       "единственными законными представителями Китая в Организации Объединенных Наций,\n"
       "постановляет восстановить Китайскую Народную Республику во всех ее правах и\n"
       "признать представителей ее правительства.\n",
       3, "постановляет"},
      {"Генеральная Ассамблея,\n"
       "ссылаясь на свою резолюцию 77/318 о борьбе с нетерпимостью и дискриминацией,\n"
       "просит Генерального секретаря представить ей на ее семьдесят девятой сессии\n"
       "доклад об осуществлении настоящей резолюции.\n",
       3, "просит"},
      {"إن الجمعية العامة،\n"
       "إذ تشير إلى قراراتها السابقة بشأن مكافحة التعصب والقولبة السلبية والوصم والتمييز،\n"
       "تطلب إلى الأمين العام أن يقدم إليها في دورتها التاسعة والسبعين تقريرا عن تنفيذ\n"
       "هذا القرار.\n",
       3, "تطلب"},
      {"大会，\n"
       "回顾其关于打击基于宗教或信仰原因而针对他人实施的不容忍、丑化、污蔑、歧视的各项决议，\n"
       "请秘书长向大会第七十九届会议提交一份关于本决议执行情况的报告。\n",
       3, "请秘书长", true},
      // Without its bold, a Chinese line may open with any word.
      {"大会，\n"
       "回顾其关于打击基于宗教或信仰原因而针对他人实施的不容忍、丑化、污蔑、歧视的各项决议，\n"
       "请秘书长向大会第七十九届会议提交一份关于本决议执行情况的报告。\n",
       2, "回顾"},
      // Before any formula the lines stay joined.
      {"В своем письме правительство сообщило, что Совет,\n"
       "просит Генерального секретаря продолжать, как было сказано в проекте.\n",
       1, "В своем"},
  };
  int ran = 0;
  for (const Case& c : cases) {
    CAPTURE(c.text);
    Document doc = doc_from_text(c.text);
    Page& page = doc.pages[0];
    page.ocr = !c.styled;
    page.width = 612;
    page.height = 792;
    for (std::size_t l = 0; l < page.lines.size(); ++l) {
      Line& line = page.lines[l];
      const bool formula = l == 0;
      line.font_size = 10;
      line.box = Box{formula ? 250.0 : 72.0, 100 + 12.0 * static_cast<double>(l), formula ? 380.0 : 540.0,
                     110 + 12.0 * static_cast<double>(l)};
      if (c.styled) {
        // Two words: the lead ("请秘书长") and the rest of the line.
        const std::size_t cut = l + 1 == page.lines.size() ? std::string("请秘书长").size() : line.text.size() / 2;
        Word lead, rest;
        lead.end = cut;
        rest.begin = cut;
        rest.end = line.text.size();
        lead.bold = l + 1 == page.lines.size();
        line.words = {lead, rest};
      }
    }
    run_passes(doc, {"normalize_text", "unwrap_lines"});
    CHECK(doc.blocks.size() == c.blocks);
    REQUIRE_FALSE(doc.blocks.empty());
    CHECK(doc.blocks.back().text.starts_with(c.last));
    ++ran;
  }
  CHECK(ran == 6);
}

TEST_CASE("ink of an emblem beside the masthead is not read as words", "[ocr][scan-fixtures]") {
  // tests/data/ga_emblem.png (scripts/make-scan-fixtures.sh): page 1 of the
  // A/RES fixture with the UN emblem of A/47/892 printed left of its
  // masthead, from (0, 28) pt, 54 by 64 pt. Tesseract reads its wreath and
  // globe as words ("55°", "zt", "——"), which went into the preface.
  const Conversion c = pipeline().convert("ga_emblem.png", read_file(source_dir() + "/tests/data/ga_emblem.png"));
  const Box emblem{0, 28, 54, 92};
  std::vector<std::string> inside;
  int words = 0;
  for (const Page& page : c.document.pages)
    for (const Line& line : page.lines)
      for (const Word& w : line.words) {
        const std::string text = line.text.substr(w.begin, w.end - w.begin);
        if (akn::trim(text).empty()) continue;  // the layout's spacing, not a word read
        ++words;
        if (w.box && w.box->x1 <= emblem.x1 && w.box->y0 >= emblem.y0 && w.box->y1 <= emblem.y1) inside.push_back(text);
      }
  CAPTURE(inside);
  CHECK(words > 300);
  CHECK(inside.empty());
  const auto& edits = c.document.log.edits();
  CHECK(std::count_if(edits.begin(), edits.end(), [](const Edit& e) { return e.kind == "picture_ink"; }) == 1);
  // The masthead and the text are read as before; the date of issue
  // beside the emblem's ribbon is read as the masthead's (it was
  // "zt —— 15 December 2025", left in the preface).
  CHECK(c.resolution.meta.symbol == "A/RES/80/901");
  CHECK(c.resolution.meta.issue_date);
  CHECK(c.resolution.preamble.size() == 5);
  CHECK(c.validation_errors.empty());
}

TEST_CASE("binarisation is skipped on a page of even background and runs on a shaded one", "[ocr][slow]") {
  // Page 1 of the S/RES fixture rendered at 300 dpi (the background is
  // measured first at half resolution from 200 dpi); its copy is shaded
  // from white at the top to grey level 150 at the bottom, as a page
  // photographed under uneven light.
  GreyPage page_one = sres_page_one(300.0);
  std::vector<std::uint8_t>& clean = page_one.pixels;
  const int w = page_one.width, h = page_one.height;
  int runs = 0;
  REQUIRE(w > 0);
  std::vector<std::uint8_t> shaded(clean.size());
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      const auto i = static_cast<std::size_t>(y * w + x);
      shaded[i] = static_cast<std::uint8_t>(clean[i] * (255 - 105 * y / h) / 255);
    }
  OcrOptions options;
  options.languages = "eng";
  options.keep_hocr = false;
  auto binarized = [](const detail::OcrPage& page) {
    return std::count_if(page.edits.begin(), page.edits.end(), [](const Edit& e) { return e.kind == "binarize"; });
  };
  auto skipped = [](const detail::OcrPage& page) {
    return std::count(page.steps_skipped.begin(), page.steps_skipped.end(), "binarize");
  };
  {
    const detail::OcrPage page = detail::recognize(detail::GreyImage{w, h, w, clean.data()}, 300, 1, options);
    ++runs;
    CHECK(skipped(page) == 1);
    CHECK(binarized(page) == 0);
  }
  {
    const detail::OcrPage page = detail::recognize(detail::GreyImage{w, h, w, shaded.data()}, 300, 1, options);
    ++runs;
    CHECK(skipped(page) == 0);
    CHECK(binarized(page) == 1);
    CHECK(page.words.size() > 50);
  }
  CHECK(runs == 2);
}

TEST_CASE("a preprocessing step that cannot change a page is skipped and runs where it can", "[ocr][slow]") {
  // Page 1 of the S/RES fixture rendered at 150 dpi: a clean, straight
  // page with white margins. Its copy is skewed by a vertical shear of 1.5
  // degrees and given a dark scanner border down its left edge.
  GreyPage page_one = sres_page_one(150.0);
  std::vector<std::uint8_t>& clean = page_one.pixels;
  const int w = page_one.width, h = page_one.height;
  int runs = 0;
  REQUIRE(w > 0);
  std::vector<std::uint8_t> marked(clean.size(), 255);
  const double slope = std::tan(1.5 * 3.14159265358979 / 180.0);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      const int from = y - static_cast<int>(std::lround(x * slope)) + static_cast<int>(std::lround(w * slope / 2));
      if (from >= 0 && from < h) marked[static_cast<std::size_t>(y * w + x)] = clean[static_cast<std::size_t>(from * w + x)];
      if (x < 12) marked[static_cast<std::size_t>(y * w + x)] = 20;
    }
  OcrOptions options;
  options.languages = "eng";
  auto edit_kinds = [](const detail::OcrPage& page) {
    std::set<std::string> kinds;
    for (const Edit& e : page.edits) kinds.insert(e.kind);
    return kinds;
  };
  auto skipped = [](const detail::OcrPage& page, const std::string& step) {
    return std::count(page.steps_skipped.begin(), page.steps_skipped.end(), step) == 1;
  };
  {
    const detail::OcrPage page = detail::recognize(detail::GreyImage{w, h, w, clean.data()}, 150, 1, options);
    ++runs;
    CHECK(skipped(page, "remove_borders"));
    CHECK(skipped(page, "deskew"));
    CHECK(edit_kinds(page).count("remove_border") == 0);
    CHECK(edit_kinds(page).count("deskew") == 0);
  }
  {
    const detail::OcrPage page = detail::recognize(detail::GreyImage{w, h, w, marked.data()}, 150, 1, options);
    ++runs;
    CHECK_FALSE(skipped(page, "remove_borders"));
    CHECK_FALSE(skipped(page, "deskew"));
    CHECK(edit_kinds(page).count("remove_border") == 1);
    CHECK(edit_kinds(page).count("deskew") == 1);
    CHECK(page.words.size() > 50);
  }
  CHECK(runs == 2);
}

TEST_CASE("orientation is measured again at full resolution only where the reduced page's type is small", "[ocr][slow]") {
  // The top fifth of page 1 of the S/RES fixture (a few lines: too little
  // text for the orientation measure to decide). Rendered at 300 dpi, its
  // body type has an x-height of about 10 pixels on the page reduced to
  // 150 dpi, and the full-resolution measure is skipped; rendered at 150
  // dpi and declared 300 dpi, the same lines are half as tall, and it runs.
  auto top_fifth = [](double dpi) {
    GreyPage page = sres_page_one(dpi);
    page.height /= 5;
    page.pixels.resize(static_cast<std::size_t>(page.width) * static_cast<std::size_t>(page.height));
    return page;
  };
  OcrOptions options;
  options.languages = "eng";
  options.keep_hocr = false;
  auto skipped = [](const detail::OcrPage& page) {
    return std::count(page.steps_skipped.begin(), page.steps_skipped.end(), "orientation_full_resolution");
  };
  int runs = 0;
  for (const double rendered : {300.0, 150.0}) {
    GreyPage top = top_fifth(rendered);
    REQUIRE(top.width > 0);
    const detail::OcrPage page = detail::recognize(detail::GreyImage{top.width, top.height, top.width, top.pixels.data()}, 300, 1, options);
    ++runs;
    CHECK(skipped(page) == (rendered == 300.0 ? 1 : 0));
    CHECK(page.quarter_turns == 0);
    CHECK(page.words.size() > 10);
  }
  CHECK(runs == 2);
}

// Found by a review: a born-digital English resolution whose French annex
// shares its page had 78% of its words in the English dictionary, and was
// read again by OCR as an implausible layer ("frangaise", "POrganisation",
// the symbol "A/RES/8 1/240"). A page that also prints French or Spanish
// text is not judged by the English dictionary; the odd characters still are.
TEST_CASE("the text layer check: a page that prints English and French is not judged by the English dictionary", "[ocr]") {
  const auto known = [](std::string_view w) {
    static const std::set<std::string, std::less<>> words = {"the", "of", "and", "to", "rules", "procedure", "General",
                                                             "Assembly", "is", "in", "adopts", "annexed"};
    return words.count(w) > 0;
  };
  std::vector<std::string> mixed;
  for (int i = 0; i < 3; ++i)
    for (const char* w : {"the", "General", "Assembly", "adopts", "the", "rules", "of", "procedure", "annexed", "to"}) mixed.emplace_back(w);
  for (int i = 0; i < 3; ++i)
    for (const char* w : {"le", "règlement", "intérieur", "de", "l'Assemblée", "est", "adopté", "par", "les", "membres"})
      mixed.emplace_back(w);
  const TextLayerCheck m = check_text_layer(mixed, known);
  CHECK_FALSE(m.implausible);
  CHECK(m.known < 0);
  // The same share of unknown words with no French around them is judged.
  std::vector<std::string> unknown;
  for (int i = 0; i < 3; ++i)
    for (const char* w : {"the", "General", "Assembly", "adopts", "the", "rules", "of", "procedure", "annexed", "to"}) unknown.emplace_back(w);
  for (int i = 0; i < 3; ++i)
    for (const char* w : {"tbe", "Ceneral", "Assemhly", "adoqts", "ruIes", "proccdure", "annexcd", "Counci1", "rnembers", "wlth"})
      unknown.emplace_back(w);
  const TextLayerCheck u = check_text_layer(unknown, known);
  CHECK(u.implausible);
  CHECK(u.known == Approx(0.5));
}
