// A line OCR read again alone (ingest/doubtful_lines.hpp) keeps what the
// page reading read plausibly: a paragraph's number, a known word where the
// line read again has an unknown one. Read alone, Tesseract reads a
// number by its glyphs only: a photographed page's "1. Reaffirms" came
// back "I. Reaffirms", and the operative numbering broke.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <regex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/doubtful_lines.hpp"
#include "runner/runner.hpp"
#include "tests/support.hpp"

using namespace akn;
using namespace akn::test;

namespace {
struct Read {
  std::string text;
  double x0, x1;
  double confidence;
};

std::vector<PlacedWord> line(const std::vector<Read>& read) {
  std::vector<PlacedWord> out;
  for (const Read& r : read) {
    PlacedWord w;
    w.text = r.text;
    w.box = Box{r.x0, 100, r.x1, 110};
    w.confidence = r.confidence;
    out.push_back(w);
  }
  return out;
}

std::string text_of(const std::vector<PlacedWord>& words) { return detail::line_text(words, 0, words.size()); }

WordTest dictionary_of(std::vector<std::string_view> words) {
  return [words = std::move(words)](std::string_view w) {
    for (std::string_view k : words)
      if (w == k) return true;
    return false;
  };
}
const WordTest nothing_else = [](std::string_view) { return false; };
}  // namespace

TEST_CASE("what a UN document prints as a paragraph's number or label is told", "[ocr]") {
  int ran = 0;
  for (const char* label : {"1.", "12.", "(3)", "(a)", "(aa)", "(iv)", "IV.", "XVIII.", "A."}) {
    INFO(label);
    CHECK(detail::numbering_label(label));
    ++ran;
  }
  for (const char* other : {"1", "I", "Reaffirms", "1,", "(A)", "(abc)", "a.", "2011.", "(a", "I.I", "l"}) {
    INFO(other);
    CHECK_FALSE(detail::numbering_label(other));
    ++ran;
  }
  CHECK(ran == 20);
}

TEST_CASE("a line read again keeps the first reading's number and known words where they stood", "[ocr]") {
  const WordTest english = dictionary_of({"Reaffirms", "the", "right", "of", "Palestinian", "people", "to",
                                          "Recalls", "its", "resolution", "and", "or", "decides"});
  const WordTest french = dictionary_of({"Réaffirme", "le", "droit", "du", "peuple", "palestinien", "à",
                                         "disposer", "de", "lui-même", "Rappelle", "sa", "résolution"});
  struct Case {
    const char* name;
    std::vector<Read> first, again;
    const WordTest* dictionary;
    const char* expected;
    std::size_t kept;
  };
  const std::vector<Case> cases = {
      // The numbered operative paragraph: "1." read again "I.", the garbled
      // word mended by the second reading.
      {"operative 1.",
       {{"1.", 72, 80, 91}, {"Reaffirms", 90, 140, 93}, {"the", 143, 158, 95}, {"riqht", 161, 185, 62}},
       {{"I.", 72, 80, 94}, {"Reaffirms", 90, 140, 95}, {"the", 143, 158, 96}, {"right", 161, 185, 95}},
       &english, "1. Reaffirms the right", 1},
      // French, the same.
      {"French 2.",
       {{"2.", 72, 80, 90}, {"Réaffirme", 90, 140, 92}, {"le", 143, 153, 95}, {"drolt", 156, 180, 60}},
       {{"Z.", 72, 80, 93}, {"Réaffirme", 90, 140, 95}, {"le", 143, 153, 96}, {"droit", 156, 180, 96}},
       &french, "2. Réaffirme le droit", 1},
      // A lettered sub-point.
      {"sub-point (a)",
       {{"(a)", 90, 104, 88}, {"Recalls", 108, 145, 93}, {"its", 148, 160, 95}, {"resolutlon", 163, 210, 55}},
       {{"(@)", 90, 104, 92}, {"Recalls", 108, 145, 95}, {"its", 148, 160, 96}, {"resolution", 163, 210, 95}},
       &english, "(a) Recalls its resolution", 1},
      // A Roman numeral heading the page read right stays.
      {"heading I.",
       {{"I.", 72, 78, 90}, {"Rappelle", 90, 135, 92}, {"sa", 138, 148, 95}, {"résolutior", 151, 200, 58}},
       {{"1.", 72, 78, 93}, {"Rappelle", 90, 135, 95}, {"sa", 138, 148, 96}, {"résolution", 151, 200, 95}},
       &french, "I. Rappelle sa résolution", 1},
      // A short known word read again as garbage is kept; one read again
      // as another known word is the second reading's.
      {"short words",
       {{"Recalls", 72, 110, 93}, {"its", 113, 125, 90}, {"resolutlon", 128, 175, 55}, {"and", 178, 195, 90}},
       {{"Recalls", 72, 110, 95}, {"ils", 113, 125, 93}, {"resolution", 128, 175, 95}, {"to", 178, 195, 93}},
       &english, "Recalls its resolution to", 1},
      // The garbled underlined title: the first reading's known pieces
      // ("or" of "or izati") are pieces of longer words read again, not
      // the same words: the second reading is taken whole.
      {"pieces of words",
       {{"nsibili", 72, 130, 80}, {"or", 200, 212, 85}, {"izati", 214, 240, 70}},
       {{"Responsibility", 60, 140, 92}, {"of", 145, 155, 95}, {"organizations", 200, 265, 93}},
       &english, "Responsibility of organizations", 0},
  };
  int ran = 0;
  for (const Case& c : cases) {
    INFO(c.name);
    const std::vector<PlacedWord> first = line(c.first);
    const detail::MergedLine merged =
        detail::keep_plausible_first_words(first, 0, first.size(), line(c.again), *c.dictionary, nothing_else);
    CHECK(text_of(merged.words) == c.expected);
    CHECK(merged.kept.size() == c.kept);
    ++ran;
  }
  CHECK(ran == 6);
}

namespace {
// The numbering labels of `text`'s words, in order.
std::vector<std::string> labels_of(const std::string& text) {
  std::vector<std::string> out;
  static const std::regex word(R"(\S+)");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), word); it != std::sregex_iterator(); ++it)
    if (detail::numbering_label(it->str())) out.push_back(it->str());
  return out;
}
}  // namespace

TEST_CASE("a photographed resolution keeps its operative numbering where OCR read lines again", "[ocr][slow]") {
  // A/RES/80/195 (two pages, 2 operative paragraphs) scanned camera-like
  // (skewed, shaded, blurred, grainy, JPEG at quality 40: the lines read
  // again are "Stressing ...", "illegality of Israel's ...") and at 300 dpi
  // clean. The born-digital conversion is the truth for the numbering.
  // Every line read again keeps the labels it was first read with.
  const std::string pdf = shared_dir() + "/unakn/pdf/A_RES_80_195.pdf";
  const Conversion truth = pipeline().convert("A_RES_80_195.pdf", read_file(pdf));
  REQUIRE(truth.resolution.operative.size() >= 2);
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("akn-test-reread-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  int ran = 0;
  std::size_t reread = 0;
  for (const char* options : {"--dpi 300 --skew -1.5 --shade 0.45 --blur 1 --grain 8 --quality 40 --seed 13",
                              "--dpi 300"}) {
    INFO(options);
    const std::string scan = (dir / "scan.pdf").string();
    const std::string command =
        std::string("'") + AKN_MAKE_SCAN + "' " + options + " '" + pdf + "' '" + scan + "' > /dev/null";
    REQUIRE(std::system(command.c_str()) == 0);
    const Conversion c = pipeline().convert("scan.pdf", read_file(scan));
    // Each operative paragraph's number stands before its first word in the
    // text. (The camera-like scan's paragraphs are not all placed as
    // operative paragraphs: a structure fault of its own, not of OCR.)
    for (const OperativeParagraph& p : truth.resolution.operative) {
      const std::string& text = p.text.text;
      const std::string opening = p.num + " " + text.substr(0, text.find(' '));
      INFO(opening);
      CHECK(c.text.find(opening) != std::string::npos);
    }
    for (const Edit& e : c.document.log.edits())
      if (e.kind == "reread_line") {
        CHECK(labels_of(e.after) == labels_of(e.before));
        ++reread;
      }
    ++ran;
  }
  std::filesystem::remove_all(dir);
  CHECK(ran == 2);
  CHECK(reread > 0);  // the lines read again were checked: the camera-like scan has some
}
