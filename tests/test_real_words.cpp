// Real words OCR made of other words ("lawful tights" for the printed
// "lawful rights"): correct_ocr_words changes a dictionary word only when
// its box read again alone and the document's own words both give the
// other word; on less evidence it keeps the word as read and warns, and the
// quality score counts the warning. A word the document really prints
// ("tights", "modem") is never changed.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "cleanup/cleanup.hpp"
#include "core/language.hpp"
#include "runner/runner.hpp"
#include "support.hpp"

using namespace akn;
using namespace akn::test;
namespace fs = std::filesystem;

namespace {
// Confident English prose (so that the page is judged English), then the
// lines given, each word a box of its own: word k of line l at x = 40 k,
// y = 20 l.
Document page_of(const std::vector<std::vector<std::pair<std::string, double>>>& lines, std::string_view language = "") {
  Document doc;
  Page page;
  page.ocr = true;
  if (language.empty())
    page.lines.push_back(ocr_line({{"the", 95}, {"report", 95}, {"of", 95}, {"the", 95}, {"Committee", 95},
                                   {"and", 95}, {"of", 95}, {"the", 95}, {"Council", 95}, {"to", 95}, {"the", 95},
                                   {"Assembly", 95}, {"and", 95}, {"the", 95}, {"views", 95}, {"of", 95}}));
  for (const auto& words : lines) page.lines.push_back(ocr_line(words));
  for (std::size_t l = 0; l < page.lines.size(); ++l)
    for (std::size_t k = 0; k < page.lines[l].words.size(); ++k)
      page.lines[l].words[k].box = Box{40.0 * static_cast<double>(k), 20.0 * static_cast<double>(l),
                                       40.0 * static_cast<double>(k) + 35, 20.0 * static_cast<double>(l) + 12};
  doc.pages.push_back(page);
  if (!language.empty()) doc.language = std::string(language);
  return doc;
}

// Records that word k of line l was read again alone as `again`.
void reread(Document& doc, std::size_t l, std::size_t k, std::string again, double confidence) {
  REQUIRE(l < doc.pages[0].lines.size());
  REQUIRE(k < doc.pages[0].lines[l].words.size());
  const Line& line = doc.pages[0].lines[l];
  const Word& w = line.words[k];
  doc.pages[0].rereadings.push_back({*w.box, line.text.substr(w.begin, w.end - w.begin), std::move(again), confidence});
}

void run(Document& doc, std::vector<std::string> languages = {}) {
  CleanupOptions options = config().cleanup;
  options.passes = {"correct_ocr_words"};
  options.language_dictionaries = std::move(languages);
  Cleaner(options).run(doc);
}

std::vector<Edit> real_word_edits(const Document& doc) {
  std::vector<Edit> out;
  for (const Edit& e : doc.log.edits())
    if (e.kind == "correct_ocr_real_word") out.push_back(e);
  return out;
}

std::vector<Diagnostic> real_word_warnings(const Document& doc) {
  std::vector<Diagnostic> out;
  for (const Diagnostic& d : doc.log.warnings())
    if (d.message.starts_with(kRealWordWarningOpening)) out.push_back(d);
  return out;
}

// "Restoration of the lawful rights" and "all its rights" printed
// confidently; `word` read at `confidence` in "the lawful WORD of the
// People".
Document lawful(const std::string& word, double confidence) {
  return page_of({{{"Restoration", 96}, {"of", 96}, {"the", 96}, {"lawful", 96}, {"rights", 96}, {"of", 96}, {"China", 96}},
                  {{"the", 96}, {"lawful", 96}, {word, confidence}, {"of", 96}, {"the", 96}, {"People", 96}},
                  {{"to", 96}, {"restore", 96}, {"all", 96}, {"its", 96}, {"rights", 96}}});
}
}  // namespace

TEST_CASE("a doubted real word is corrected when its re-reading and the document both give the other word",
          "[corrections][ocr][real_words]") {
  Document doc = lawful("tights", 81);
  reread(doc, 2, 2, "rights", 93);
  run(doc);
  CHECK(doc.pages[0].lines[2].text == "the lawful rights of the People");
  const auto edits = real_word_edits(doc);
  REQUIRE(edits.size() == 1);
  CHECK(edits[0].before == "tights");
  CHECK(edits[0].after == "rights");
  // The reason states each piece of evidence.
  CHECK(edits[0].reason.find("OCR confidence 81") != std::string::npos);
  CHECK(edits[0].reason.find("prints \"rights\" 2 times, beside the same word as here") != std::string::npos);
  CHECK(edits[0].reason.find("read again alone gives \"rights\"") != std::string::npos);
  CHECK(real_word_warnings(doc).empty());
}

TEST_CASE("a doubted real word without a re-reading is kept and warned with its page and candidate",
          "[corrections][ocr][real_words]") {
  Document doc = lawful("tights", 81);
  run(doc);
  CHECK(doc.pages[0].lines[2].text == "the lawful tights of the People");
  CHECK(real_word_edits(doc).empty());
  const auto warnings = real_word_warnings(doc);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].pass == "correct_ocr_words");
  CHECK(warnings[0].where.page == 1);
  CHECK(warnings[0].where.line == 3);
  CHECK(warnings[0].message.find("\"tights\" on page 1 may be \"rights\" misread (t read for r") != std::string::npos);
}

TEST_CASE("a re-reading alone, without the document's word, only warns: modem is not made modern",
          "[corrections][ocr][real_words]") {
  // The document never prints "modern": one witness is not enough.
  Document doc = page_of({{{"a", 96}, {"modem", 70}, {"line", 96}, {"was", 96}, {"installed", 96}}});
  reread(doc, 1, 1, "modern", 88);
  run(doc);
  CHECK(doc.pages[0].lines[1].text == "a modem line was installed");
  CHECK(real_word_edits(doc).empty());
  const auto warnings = real_word_warnings(doc);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].message.find("\"modem\" on page 1 may be \"modern\" misread (m read for rn") != std::string::npos);
}

TEST_CASE("words the document really prints are kept without a warning: tights modem claim",
          "[corrections][ocr][real_words]") {
  SECTION("read confidently: never changed, but warned when the document prints the other word beside the same word") {
    Document doc = lawful("tights", 96);
    run(doc);
    CHECK(doc.pages[0].lines[2].text == "the lawful tights of the People");
    CHECK(real_word_edits(doc).empty());
    CHECK(real_word_warnings(doc).size() == 1);
    Document plain = page_of({{{"the", 96}, {"rights", 96}, {"of", 96}, {"the", 96}, {"tights", 96}, {"of", 96}, {"the", 96}, {"rights", 96}}});
    run(plain);
    CHECK(real_word_warnings(plain).empty());  // "the" beside both is no evidence
    Document even = page_of({{{"lawful", 96}, {"rights", 96}, {"and", 96}, {"lawful", 96}, {"tights", 96}}});
    run(even);
    CHECK(real_word_warnings(even).empty());  // printed as often: neither is doubted more
  }
  SECTION("doubted, but its box read again alone reads it again") {
    Document doc = lawful("tights", 81);
    reread(doc, 2, 2, "tights", 90);
    run(doc);
    CHECK(doc.pages[0].lines[2].text == "the lawful tights of the People");
    CHECK(real_word_edits(doc).empty());
    CHECK(real_word_warnings(doc).empty());
  }
  SECTION("a re-reading less confident than the first reading is no witness") {
    Document doc = page_of({{{"the", 96}, {"modern", 92}, {"world", 96}, {"and", 96}, {"the", 96}, {"modem", 96}}});
    reread(doc, 1, 1, "modem", 60);
    run(doc);
    CHECK(doc.pages[0].lines[1].text == "the modern world and the modem");
    CHECK(real_word_edits(doc).empty());
    CHECK(real_word_warnings(doc).empty());
  }
  SECTION("a confident word among doubted others is not weighed") {
    Document doc = page_of({{{"they", 96}, {"claim", 96}, {"the", 96}, {"rights", 96}, {"and", 96}, {"the", 96}, {"tights", 95}}});
    run(doc);
    CHECK(doc.pages[0].lines[1].text == "they claim the rights and the tights");
    CHECK(real_word_warnings(doc).empty());
  }
}

TEST_CASE("a French scan gets no English real-word correction and no warning", "[corrections][ocr][real_words]") {
  // "tights" and "rights" are English words: the French dictionary knows
  // neither, and "daim" (a French word) is not made the English "claim".
  Document doc = page_of({{{"les", 95}, {"droits", 95}, {"de", 95}, {"la", 95}, {"sécurité", 95}, {"sociale", 95},
                           {"et", 95}, {"le", 95}, {"droit", 95}, {"des", 95}, {"peuples", 95}, {"et", 95}, {"les", 95}},
                          {{"les", 95}, {"rights", 95}, {"et", 95}, {"les", 95}, {"tights", 70}, {"du", 95}, {"daim", 70},
                           {"et", 95}, {"des", 95}, {"claim", 95}}},
                         "fr");
  reread(doc, 1, 4, "rights", 92);
  reread(doc, 1, 6, "claim", 92);
  REQUIRE(detect_language(doc) == "fr");
  run(doc, {"fr_FR"});
  CHECK(doc.pages[0].lines[1].text == "les rights et les tights du daim et des claim");
  CHECK(real_word_edits(doc).empty());
  CHECK(real_word_warnings(doc).empty());
}

TEST_CASE("2758 (XXVI): \"lawful tights\" on the scan is no longer silent", "[corrections][ocr][real_words][corpus][slow]") {
  // The crop reads "lawful tights" (confidence 81) where "lawful rights"
  // is printed; the title prints "lawful rights". Main changed nothing and
  // warned nothing, and the quality score held no doubt.
  const fs::path image = fs::path(shared_dir()) / "corpus/images/1971-10-25_UN_GA_Resolution_2758_en.png";
  REQUIRE(fs::exists(image));
  PipelineConfig config_ = config();
  config_.validate = false;
  const Conversion c = Pipeline(config_).convert(image.filename().string(), read_file(image.string()));
  const bool corrected = real_word_edits(c.document).size() == 1;
  const auto warnings = real_word_warnings(c.document);
  CHECK((corrected || warnings.size() == 1));
  CHECK((c.text.find("lawful tights") == std::string::npos) == corrected);
  if (corrected) {
    CHECK(c.text.find("restoration of the lawful rights of the People") != std::string::npos);
  } else {
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].message.find("\"tights\" on page 1 may be \"rights\"") != std::string::npos);
    CHECK(c.quality.doubtful_words == 1);
  }
}

namespace {
// A one-page PDF of `lines` in Times-Roman 12 pt, a line every 18 points
// from the top margin (the baseline of line n, from 1, at 720 - 18 n), and
// `ink` (PDF drawing operators) over them; the text is the test's own.
std::string pdf_of_lines(const std::vector<std::string>& lines, const std::string& ink = "") {
  std::string content = "BT /F1 12 Tf 72 720 Td 18 TL\n";
  for (const std::string& l : lines) content += "(" + l + ") '\n";
  content += "ET\n" + ink;
  return pdf_of_objects({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                         "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                         "/Resources << /Font << /F1 5 0 R >> >> >>",
                         "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "endstream",
                         "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>"});
}

// `lines` printed, scanned by akn-make-scan with `options`, and converted.
Conversion scanned(const std::vector<std::string>& lines, const std::string& options, const std::string& name,
                   const std::string& ink = "") {
  const fs::path dir = fs::temp_directory_path() / ("akn-test-real-words-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path pdf = dir / (name + ".pdf"), png = dir / (name + ".png");
  std::ofstream(pdf, std::ios::binary) << pdf_of_lines(lines, ink);
  const std::string command = std::string("'") + AKN_MAKE_SCAN + "' " + options + " '" + pdf.string() + "' '" + png.string() + "' > /dev/null";
  REQUIRE(std::system(command.c_str()) == 0);
  PipelineConfig c = config();
  c.validate = false;
  Conversion out = Pipeline(c).convert(name + ".png", read_file(png.string()));
  fs::remove_all(dir);
  return out;
}
}  // namespace

TEST_CASE("scans of text that prints real words one confusion apart keep every word as printed",
          "[corrections][ocr][real_words][slow]") {
  // Each pair is printed, both words, in text of this test's own: no
  // reading may turn one into the other, at 300 dpi clean or at 200 dpi
  // blurred and grainy, in English and in French.
  const std::vector<std::string> english = {
      "The delegation noted that the dancers wore tights on stage, and that the",
      "lawful rights of the staff were respected. The mission replaced its modem",
      "with a modern network. The claim was heard and the witness saw a daim",
      "in the park. The committee then decided more than once to form its view",
      "from the report, and the Secretariat will mark the date of the meeting."};
  const std::vector<std::string> french = {
      "Le Conseil note que les droits du peuple et le droit de la mer sont",
      "respectes. Le daim du parc et la date de la reunion sont connus, et la",
      "Commission rappelle que la tache du Comite est de former son avis sur",
      "le rapport, et que les membres du Comite ont pris note de cette date."};
  int runs = 0;
  for (const std::string& options : {std::string("--dpi 300"), std::string("--dpi 200 --blur 1 --grain 12")})
    for (const auto* text : {&english, &french}) {
      const Conversion c = scanned(*text, options, text == &english ? "en" : "fr");
      ++runs;
      INFO(options << (text == &english ? " en" : " fr") << "\n" << c.text);
      for (const Edit& e : real_word_edits(c.document)) {
        // A real-word correction may only give back a word the text prints
        // where the text does not print the word read.
        std::string printed;
        for (const std::string& l : *text) printed += " " + l + " ";
        CHECK(printed.find(" " + e.before + " ") == std::string::npos);
      }
      if (text == &english)
        for (const char* w : {"tights", "rights", "modem", "modern", "claim", "then", "than", "form", "from"})
          CHECK(c.text.find(w) != std::string::npos);
      else
        CHECK(real_word_edits(c.document).empty());  // French words are weighed by the French dictionary only
    }
  CHECK(runs == 4);
}

TEST_CASE("a damaged letter that makes a printed word another word is not passed silently: lawful tights",
          "[corrections][ocr][real_words][slow]") {
  // Line 3 prints "the lawful rights"; a stem and a bar drawn over its r
  // (Times-Roman 12 pt: "the lawful " is 51.32 points wide) make the ink
  // read "tights", confidently. The first line prints "lawful rights", the
  // last "rights" again.
  const std::vector<std::string> lines = {
      "The General Assembly recalls the lawful rights of the peoples and the",
      "principles of the Charter of the United Nations. Considering that the",
      "the lawful rights of the peoples are essential for the cause of peace,",
      "and decides to restore all their rights to the peoples of the world."};
  const double r = 72 + 51.32 + 1.0;
  char ink[128];
  std::snprintf(ink, sizeof ink, "0 g %.2f 666 0.9 8.2 re f %.2f 670.8 3.2 0.7 re f\n", r, r - 1.0);
  const Conversion c = scanned(lines, "--dpi 300", "damaged", ink);
  INFO(c.text);
  const bool corrected = real_word_edits(c.document).size() == 1;
  const auto warnings = real_word_warnings(c.document);
  if (c.text.find("lawful tights") != std::string::npos) {
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].message.find("\"tights\" on page 1 may be \"rights\"") != std::string::npos);
    CHECK(c.quality.doubtful_words == 1);
  } else {
    CHECK(corrected);
  }
}
