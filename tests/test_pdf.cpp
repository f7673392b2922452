// Born-digital PDFs: layout assembly on synthetic words, and the real UN PDFs
// in ../shared/corpus/born_digital. The counts below were read off the
// printed pages (pdftotext -layout and the PDFs themselves), not off our
// output.
#include <catch2/catch.hpp>
#include <poppler/splash/Splash.h>
#include <poppler/splash/SplashBitmap.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>
#include <set>

#include "core/error.hpp"
#include "core/regex.hpp"
#include "ingest/drawn_rules.hpp"
#include "ingest/ingest.hpp"
#include "ingest/pdf_core.hpp"
#include "ingest/layout.hpp"
#include "structure/structure.hpp"
#include "tests/support.hpp"

using namespace akn;
using namespace akn::test;

namespace {

PlacedWord word(std::string text, double x0, double y0, double x1, double y1, double size, bool space = true) {
  PlacedWord w;
  w.text = std::move(text);
  w.box = Box{x0, y0, x1, y1};
  w.font_size = size;
  w.space_after = space;
  return w;
}

std::string corpus(const std::string& name) { return shared_dir() + "/corpus/born_digital/" + name; }

const Conversion& converted(const std::string& name) {
  static std::map<std::string, Conversion> cache;
  auto it = cache.find(name);
  if (it == cache.end()) it = cache.emplace(name, pipeline().convert(name, read_file(corpus(name)))).first;
  return it->second;
}

bool contains(const std::string& text, std::string_view what) { return text.find(what) != std::string::npos; }

// A resolution of ../shared/unakn/pdf (the UN's own AKN of each is the
// reference of the agreement harness).
const Conversion& unakn(const std::string& name) {
  static std::map<std::string, Conversion> cache;
  auto it = cache.find(name);
  if (it == cache.end())
    it = cache.emplace(name, pipeline().convert(name, read_file(shared_dir() + "/unakn/pdf/" + name))).first;
  return it->second;
}

const Footnote* note_containing(const Conversion& c, std::string_view what) {
  for (const Footnote& f : c.document.footnotes)
    if (f.text.find(what) != std::string::npos) return &f;
  return nullptr;
}

}  // namespace

TEST_CASE("lines are cut where the baseline changes and superscripts are marked", "[ingest][pdf][layout]") {
  const std::vector<PlacedWord> words = {
      word("Declaration", 100, 100, 150, 111, 10), word("of", 153, 100, 162, 111, 10),
      word("Rights,", 165, 100, 195, 111, 10), word("1", 196, 101, 199, 107, 6.5),
      word("the", 202, 100, 215, 111, 10, false),
      word("next", 100, 112, 120, 123, 10), word("line", 123, 112, 140, 123, 10, false)};
  const auto lines = assemble_lines(words);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].text == "Declaration of Rights, 1 the");
  CHECK(lines[0].font_size == Approx(10));
  REQUIRE(lines[0].words.size() == 5);
  CHECK(lines[0].words[3].superscript);
  CHECK_FALSE(lines[0].words[2].superscript);
  CHECK(lines[1].text == "next line");
}

TEST_CASE("footnote numbers emitted after their notes are put back beside them", "[ingest][pdf][layout]") {
  // Poppler's order on A/RES/73/3 page 2: note texts first, their numbers last.
  const std::vector<PlacedWord> words = {
      word("Resolution", 122, 662, 160, 671, 8.5), word("70/1.", 162, 662, 180, 671, 8.5, false),
      word("Resolution", 122, 672, 160, 681, 8.5), word("69/313.", 162, 672, 185, 681, 8.5, false),
      word("1", 117, 662.7, 119.8, 667.7, 5.5, false), word("2", 117, 673.2, 119.8, 678.2, 5.5, false)};
  const auto lines = assemble_lines(words);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].text == "1 Resolution 70/1.");
  CHECK(lines[1].text == "2 Resolution 69/313.");
  CHECK(lines[0].words.front().superscript);
}

TEST_CASE("a paragraph number the text layer gives before the line above it keeps its place (78/253 p. 23)", "[ingest][pdf][layout]") {
  // Stream order: "6.", then the second line, then the first line's text.
  const std::vector<PlacedWord> words = {
      word("6.", 147.1, 73.5, 154.9, 84.5, 10), word("Nations;", 123.4, 85.5, 159.4, 96.5, 10, false),
      word("Reiterates", 170.9, 73.5, 215, 84.5, 10), word("its", 218, 73.5, 230, 84.5, 10),
      word("request", 233, 73.5, 262, 84.5, 10, false)};
  const auto lines = assemble_lines(words);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].text == "6. Reiterates its request");
  CHECK(lines[1].text == "Nations;");
}

namespace {
// Words of one printed line, laid out from x0 with the given gap (points)
// between them, each 0.5 em wide per character, on the band [y, y + 1.1 size].
std::vector<PlacedWord> words_at(const std::vector<std::string>& texts, double x0, double gap, double y, double size) {
  std::vector<PlacedWord> out;
  double x = x0;
  for (const std::string& t : texts) {
    const double w = 0.5 * size * static_cast<double>(t.size());
    out.push_back(word(t, x, y, x + w, y + 1.1 * size, size));
    x += w + gap;
  }
  if (!out.empty()) out.back().space_after = false;
  return out;
}

// The same, spread to fill [x0, x1] as justified text is.
std::vector<PlacedWord> justified(const std::vector<std::string>& texts, double x0, double x1, double y, double size) {
  double width = 0;
  for (const std::string& t : texts) width += 0.5 * size * static_cast<double>(t.size());
  const double gap = texts.size() > 1 ? (x1 - x0 - width) / static_cast<double>(texts.size() - 1) : 0;
  return words_at(texts, x0, gap, y, size);
}

void append(std::vector<PlacedWord>& to, const std::vector<PlacedWord>& more) { to.insert(to.end(), more.begin(), more.end()); }

std::vector<std::string> texts_of(const std::vector<Line>& lines) {
  std::vector<std::string> out;
  for (const Line& l : lines) out.push_back(l.text);
  return out;
}
}  // namespace

TEST_CASE("a part label the text layer gives before the lines above its heading goes with its heading (78/253 p. 8)", "[ingest][pdf][layout]") {
  // Poppler's order: "B.", then the end of table A at the top of the page,
  // then the heading's text beside "B.", then table B.
  const double size = 10;
  std::vector<PlacedWord> words = {word("B.", 100, 150, 110, 161, size, false)};
  append(words, words_at({"Redeployment", "from", "Contracts", "Management", "Officer", "P-3", "1"}, 140, 3, 100, size));
  append(words, words_at({"Contracts", "Management", "Unit"}, 140, 3, 112, size));
  append(words, words_at({"Office", "of", "Investment", "Management"}, 125, 3, 150, size));
  append(words, words_at({"Action", "Title", "of", "post"}, 140, 3, 170, size));
  CHECK(texts_of(assemble_lines(words)) ==
        std::vector<std::string>{"Redeployment from Contracts Management Officer P-3 1", "Contracts Management Unit",
                                 "B. Office of Investment Management", "Action Title of post"});
}

TEST_CASE("a paragraph's last word the text layer gives after the next point is read before it (79/249 p. 2)", "[ingest][pdf][layout]") {
  // Poppler's order: point (g)'s first line, point (h), then "cent;", the
  // last line of (g), printed between them at the body's left edge.
  const double size = 10;
  std::vector<PlacedWord> words;
  append(words, words_at({"(g)", "A", "maximum", "assessment", "rate", "of", "0.01", "per"}, 147, 3, 388, size));
  append(words, words_at({"(h)", "A", "maximum", "assessment", "rate", "of", "22", "per", "cent;"}, 147, 3, 417, size));
  append(words, words_at({"cent;"}, 123, 3, 400, size));
  append(words, words_at({"8.", "Recognizes"}, 147, 3, 435, size));
  CHECK(texts_of(assemble_lines(words)) ==
        std::vector<std::string>{"(g) A maximum assessment rate of 0.01 per", "cent;",
                                 "(h) A maximum assessment rate of 22 per cent;", "8. Recognizes"});
  // A line printed further down stays where the source gives it.
  std::vector<PlacedWord> later;
  append(later, words_at({"(g)", "A", "maximum"}, 147, 3, 388, size));
  append(later, words_at({"(h)", "A", "maximum"}, 147, 3, 417, size));
  append(later, words_at({"cent;"}, 123, 3, 440, size));
  CHECK(texts_of(assemble_lines(later)) == std::vector<std::string>{"(g) A maximum", "(h) A maximum", "cent;"});
}

TEST_CASE("a justified line that the source cut into blocks at its wide gaps is one line, in order (A/RES/78/27 p. 2)", "[ingest][pdf][layout]") {
  // Poppler's order: the block "Determined" / "disarmament," (the first
  // words of two printed lines), then "to", "work", "collectively ...
  // realization" and "of nuclear", each a block of its own.
  std::vector<PlacedWord> words = {word("have", 123.4, 583.5, 143.3, 594.6, 11), word("not", 146.3, 583.5, 159.7, 594.6, 11),
                                   word("yet", 162.8, 583.5, 175.6, 594.6, 11), word("commenced,", 178.7, 583.5, 232.6, 594.6, 11, false),
                                   word("Determined", 147.1, 601.5, 197.3, 612.6, 11, false),
                                   word("disarmament,", 123.4, 613.5, 181.1, 624.6, 11, false),
                                   word("to", 207.3, 601.5, 215.4, 612.6, 11, false), word("work", 225.4, 601.5, 246.8, 612.6, 11, false),
                                   word("collectively", 256.8, 601.5, 306.7, 612.6, 11), word("towards", 316.6, 601.5, 350.3, 612.6, 11),
                                   word("the", 360.1, 601.5, 373.0, 612.6, 11), word("realization", 382.9, 601.5, 428.0, 612.6, 11, false),
                                   word("of", 438.0, 601.5, 446.6, 612.6, 11), word("nuclear", 456.5, 601.5, 487.8, 612.6, 11, false),
                                   word("1.", 147.1, 631.5, 154.9, 642.6, 11, false)};
  append(words, words_at({"Underlines", "the", "strong", "support,", "expressed", "at", "the", "high-level"}, 170.9, 3.4, 631.5, 11));
  const auto lines = assemble_lines(words);
  CHECK(texts_of(lines) == std::vector<std::string>{"have not yet commenced,",
                                                     "Determined to work collectively towards the realization of nuclear",
                                                     "disarmament,", "1. Underlines the strong support, expressed at the high-level"});
  // Variations: the right part given first, the middle part given last, a
  // smaller type (a note line), and the block of the line's first word
  // given after the whole line.
  for (const double size : {11.0, 8.5}) {
    INFO("size " << size);
    const double gap = 0.9 * size, y = 400;
    const auto left = words_at({"comprehensively", "address"}, 123, gap, y, size);
    const auto middle = words_at({"multidimensional,", "multisectoral", "challenges,", "while"}, left.back().box.x1 + gap, gap, y, size);
    const auto right = words_at({"maximizing", "efficiencies;"}, middle.back().box.x1 + gap, gap, y, size);
    const auto next = words_at({"and", "next", "line"}, 123, 0.25 * size, y + 1.2 * size, size);
    const std::string whole = "comprehensively address multidimensional, multisectoral challenges, while maximizing efficiencies;";
    for (const auto& order : {std::vector{&left, &right, &middle, &next}, std::vector{&right, &left, &middle, &next},
                              std::vector{&left, &middle, &next, &right}, std::vector{&middle, &right, &next, &left}}) {
      std::vector<PlacedWord> stream;
      for (const auto* part : order) append(stream, *part);
      const auto got = assemble_lines(stream);
      CHECK(texts_of(got) == std::vector<std::string>{whole, "and next line"});
    }
  }
}

TEST_CASE("two columns read column by column: a gutter down many lines is not a word space", "[ingest][pdf][layout]") {
  // S/PV-like: 9-point type, a gutter of 12 points (1.3 em, as wide as the
  // justified gaps above), lines of both columns on the same baselines, the
  // left column given before the right one.
  const double size = 9, left_x1 = 287.8, right_x0 = 300;
  std::vector<PlacedWord> stream;
  std::vector<std::string> expected;
  for (const char side : {'L', 'R'})
    for (int row = 0; row < 8; ++row) {
      const std::string tag = std::string(1, side) + std::to_string(row);
      std::vector<std::string> texts = {tag + "-alpha", "bravo", "charlie", "delta", "echo", "foxtrot"};
      const double x0 = side == 'L' ? 100 : right_x0, y = 100 + 11 * row;
      // A paragraph's short last line, and the next one's indented start.
      auto line = row == 3 ? words_at({tag + "-alpha", "bravo"}, x0, 2.5, y, size)
                           : justified(texts, x0 + (row == 4 ? 24 : 0), side == 'L' ? left_x1 : 487.8, y, size);
      append(stream, line);
      std::string text;
      for (const PlacedWord& w : line) text += (text.empty() ? "" : " ") + w.text;
      expected.push_back(text);
    }
  CHECK(texts_of(assemble_lines(stream)) == expected);
}

namespace {
// A two-column page as Poppler gives an old OCR layer (A/C.4/SR.985, p. 1):
// a heading in the left column on the baseline of the right column's first
// line, given one after the other (one source run across the gutter), then
// the rest of the right column's first paragraph, then the left column,
// then the rest of the right column. `top` is the heading's row; `above`,
// full-width lines given first. Returns the stream and the lines in
// reading order (heading, left column, right column).
struct GluedColumns {
  std::vector<PlacedWord> stream;
  std::vector<std::string> expected;
};

std::string text_of(const std::vector<PlacedWord>& words) {
  std::string text;
  for (const PlacedWord& w : words) text += (text.empty() ? "" : " ") + w.text;
  return text;
}

GluedColumns glued_columns(const std::string& heading, const std::vector<std::string>& left_words,
                           const std::vector<std::string>& right_words, double top, int above) {
  const double size = 9, left_x0 = 56, left_x1 = 299, right_x0 = 315, right_x1 = 555;
  GluedColumns g;
  for (int row = 0; row < above; ++row) {
    // Lines across both columns, a word space of 0.55 em in the gutter.
    const double y = top - 12.0 * (above - row);
    std::vector<std::string> lw = left_words, rw = right_words;
    std::rotate(lw.begin(), lw.begin() + row % static_cast<int>(lw.size()), lw.end());
    std::rotate(rw.begin(), rw.begin() + row % static_cast<int>(rw.size()), rw.end());
    auto line = words_at(lw, left_x0 + 2.0 * row, 3, y, size);
    append(line, justified(rw, line.back().box.x1 + 5, right_x1, y, size));
    append(g.stream, line);
    g.expected.push_back(text_of(line));
  }
  const auto rows = [&](double x0, double x1, int from, int to, double y0, const std::string& tag) {
    std::vector<std::vector<PlacedWord>> out;
    for (int row = from; row < to; ++row) {
      std::vector<std::string> texts = tag == "L" ? left_words : right_words;
      texts.front() = tag + std::to_string(row) + "-" + texts.front();
      out.push_back(justified(texts, x0, x1, y0 + 10 * row, size));
    }
    return out;
  };
  const auto head = words_at({heading}, 140, 2.5, top, size);
  const auto right_first = rows(right_x0, right_x1, 0, 6, top, "R");
  const auto left = rows(left_x0, left_x1, 2, 20, top, "L");
  const auto right_rest = rows(right_x0, right_x1, 6, 20, top, "R");
  append(g.stream, head);
  for (const auto& line : right_first) append(g.stream, line);
  for (const auto& line : left) append(g.stream, line);
  for (const auto& line : right_rest) append(g.stream, line);
  g.expected.push_back(heading);
  for (const auto& line : left) g.expected.push_back(text_of(line));
  for (const auto& line : right_first) g.expected.push_back(text_of(line));
  for (const auto& line : right_rest) g.expected.push_back(text_of(line));
  return g;
}
}  // namespace

TEST_CASE("a source run across a column gutter is two lines, and the columns around it are read one after the other (SR.985 p. 1)",
          "[ingest][pdf][layout]") {
  // French and English, the heading at the top of the page or under
  // full-width lines, and the two pages of one document laid out apart.
  const std::vector<GluedColumns> pages = {
      glued_columns("SOMMAIRE", {"Renseignements", "relatifs", "aux", "territoires", "non", "autonomes"},
                    {"Les", "paragraphes", "du", "dispositif", "du", "projet", "de"}, 148, 0),
      glued_columns("CONTENTS", {"Information", "from", "Non-Self-Governing", "Territories", "transmitted"},
                    {"The", "paragraphs", "of", "the", "draft", "resolution", "went"}, 148, 0),
      glued_columns("SOMMAIRE", {"Renseignements", "relatifs", "aux", "territoires", "non", "autonomes"},
                    {"Les", "paragraphes", "du", "dispositif", "du", "projet", "de"}, 300, 4),
      glued_columns("CONTENTS", {"Information", "from", "Non-Self-Governing", "Territories", "transmitted"},
                    {"The", "paragraphs", "of", "the", "draft", "resolution", "went"}, 420, 2)};
  std::size_t ran = 0;
  for (const GluedColumns& page : pages) {
    const auto got = texts_of(assemble_lines(page.stream));
    CHECK(got == page.expected);
    for (const Line& line : assemble_lines(page.stream)) CHECK_FALSE(word_out_of_order(line));
    ++ran;
  }
  CHECK(ran == 4);
}

namespace {
// A two-column page of an old OCR text layer as Poppler gives it
// (A/C.4/SR.985, pp. 3 and 5): a running head across the gutter given as
// one source run, the page number, an optional heading and paragraph
// across both columns, then
// the columns in `blocks` blocks each, left and right alternating (1: the
// left column, then the right one). Paragraphs end in short lines; after
// the right column's first paragraph its baselines stand half a line below
// the left column's, so that the left column's next short last line is
// alone on its row, far from the gutter. With `glued`, the source gives the
// columns' first lines as one run across the gutter.
struct ColumnPageSpec {
  std::vector<std::string> left_words, right_words;  // a line's words, in the page's language
  std::vector<std::string> head_left, head_right;    // the running head's two halves
  std::string heading;                               // across both columns ("" for none)
  int blocks = 1;
  bool glued = false;
  int rows = 24;  // lines per column
};

struct ColumnPage {
  std::vector<PlacedWord> stream;
  std::vector<std::string> left, right;  // each column's lines, top to bottom
  std::string heading;
  std::vector<std::string> full_width;  // the paragraph across the page under the heading
};

ColumnPage column_page(const ColumnPageSpec& spec) {
  const double size = 9.5, left_x0 = 56, left_x1 = 299, right_x0 = 315, right_x1 = 555;
  ColumnPage page;
  double width = 0;
  for (const std::string& t : spec.head_left) width += 0.5 * size * static_cast<double>(t.size()) + 3;
  append(page.stream, words_at(spec.head_left, left_x1 - width, 3, 41, size));
  append(page.stream, words_at(spec.head_right, right_x0 + 1, 3, 41, size));
  page.stream.push_back(word("653", 540, 41, 554, 51.5, size, false));
  double top = 58;
  if (!spec.heading.empty()) {
    // The heading, then a paragraph across both columns.
    const auto heading = words_at({spec.heading}, 306 - 2.5 * static_cast<double>(spec.heading.size()), 3, top, size);
    append(page.stream, heading);
    page.heading = spec.heading;
    top += 16;
    for (int row = 0; row < 3; ++row, top += 12) {
      std::vector<std::string> texts = spec.left_words;
      texts.insert(texts.end(), spec.right_words.begin(), spec.right_words.end());
      texts.front() = "F" + std::to_string(row) + "-" + texts.front();
      const auto line = justified(texts, 56 + (row == 0 ? 20 : 0), 555, top, size);
      append(page.stream, line);
      page.full_width.push_back(text_of(line));
    }
    top += 6;
  }
  const auto column = [&](bool left_side) {
    std::vector<std::vector<PlacedWord>> lines;
    const int short_at = left_side ? 7 : 3;  // a paragraph's last line
    for (int row = 0; row < spec.rows; ++row) {
      std::vector<std::string> texts = left_side ? spec.left_words : spec.right_words;
      std::rotate(texts.begin(), texts.begin() + row % static_cast<int>(texts.size()), texts.end());
      texts.front() = (left_side ? "L" : "R") + std::to_string(row) + "-" + texts.front();
      const double y = top + 12.0 * row + (!left_side && row > short_at ? 6 : 0);
      const double x0 = left_side ? left_x0 : right_x0, x1 = left_side ? left_x1 : right_x1;
      lines.push_back(row % 8 == short_at ? words_at({texts[0], texts[1]}, x0, 2.5, y, size) : justified(texts, x0, x1, y, size));
    }
    return lines;
  };
  const auto left = column(true), right = column(false);
  for (const auto& line : left) page.left.push_back(text_of(line));
  for (const auto& line : right) page.right.push_back(text_of(line));
  const std::size_t per_block = (left.size() + static_cast<std::size_t>(spec.blocks) - 1) / static_cast<std::size_t>(spec.blocks);
  for (std::size_t from = 0; from < left.size(); from += per_block)
    for (const auto* side : {&left, &right})
      for (std::size_t i = from; i < std::min(from + per_block, side->size()); ++i)
        if (!(spec.glued && side == &right && i == 0)) {
          append(page.stream, (*side)[i]);
          if (spec.glued && side == &left && i == 0) append(page.stream, right[0]);
        }
  return page;
}

// The lines of `got` that belong to a column (tagged "L<n>-" or "R<n>-").
std::vector<std::string> column_lines(const std::vector<std::string>& got) {
  std::vector<std::string> out;
  for (const std::string& line : got)
    if (line.size() > 1 && (line[0] == 'L' || line[0] == 'R') && std::isdigit(static_cast<unsigned char>(line[1])))
      out.push_back(line);
  return out;
}
}  // namespace

TEST_CASE("two columns of an OCR layer are read column by column down to a row with a short line only (SR.985 pp. 3 and 5)",
          "[ingest][pdf][layout]") {
  const std::vector<std::string> fr_left = {"Le", "projet", "de", "résolution", "de", "la", "Guinée", "tend"},
                                 fr_right = {"des", "territoires", "non", "autonomes", "devenus", "indépendants"},
                                 en_left = {"The", "draft", "resolution", "of", "Guinea", "was", "intended"},
                                 en_right = {"of", "the", "Non-Self-Governing", "Territories", "which", "became"};
  const std::vector<std::string> fr_head_l = {"985ème", "séance", "-"}, fr_head_r = {"4", "décembre", "1959"},
                                 en_head_l = {"985th", "meeting", "-"}, en_head_r = {"4", "December", "1959"};
  std::vector<ColumnPageSpec> specs;
  for (const bool french : {true, false})
    for (const int blocks : {1, 2, 3}) {
      ColumnPageSpec spec{french ? fr_left : en_left, french ? fr_right : en_right, french ? fr_head_l : en_head_l,
                          french ? fr_head_r : en_head_r, "", blocks, false, blocks == 3 ? 30 : 24};
      specs.push_back(spec);
      // A heading and a paragraph across the page above the columns; the
      // columns' first lines given as one run (the layer's words across
      // the gutter).
      spec.heading = french ? "COMPTE RENDU ANALYTIQUE" : "SUMMARY RECORD";
      spec.glued = true;
      specs.push_back(spec);
    }
  std::size_t ran = 0;
  for (const ColumnPageSpec& spec : specs) {
    INFO("blocks " << spec.blocks << ", heading \"" << spec.heading << "\", words " << spec.left_words.front());
    const ColumnPage page = column_page(spec);
    std::vector<ColumnReading> columns;
    const auto lines = assemble_lines(page.stream, &columns);
    const auto got = texts_of(lines);
    std::vector<std::string> expected = page.left;
    expected.insert(expected.end(), page.right.begin(), page.right.end());
    CHECK(column_lines(got) == expected);
    // The running head, the heading and the paragraph across the page keep
    // their places, above the columns.
    CHECK(got.front().starts_with(text_of(words_at(spec.head_left, 0, 1, 0, 1))));
    if (!page.heading.empty()) {
      std::vector<std::string> above = {page.heading};
      above.insert(above.end(), page.full_width.begin(), page.full_width.end());
      CHECK(std::search(got.begin(), got.end(), above.begin(), above.end()) ==
            std::find(got.begin(), got.end(), page.heading));
      CHECK(std::find(got.begin(), got.end(), page.full_width.back()) < std::find(got.begin(), got.end(), expected.front()));
    }
    // The reordering is reported at the right column's first line: the
    // left column's lines stand before it, the right column's from it on.
    REQUIRE(columns.size() == 1);
    const auto right_first = got.begin() + static_cast<std::ptrdiff_t>(columns.front().right_first);
    CHECK(std::find(got.begin(), right_first, page.left.back()) != right_first);
    CHECK(std::find(right_first, got.end(), page.right.front()) != got.end());
    ++ran;
  }
  CHECK(ran == 12);
}

TEST_CASE("a single-column page and columns given in order are not reordered", "[ingest][pdf][layout]") {
  const double size = 9.5;
  // One column across the page, paragraphs ending in short lines, under a
  // running head whose halves stand apart at the page's middle.
  std::vector<PlacedWord> stream;
  std::vector<std::string> expected;
  const auto add = [&](const std::vector<PlacedWord>& line) {
    append(stream, line);
    expected.push_back(text_of(line));
  };
  auto head = words_at({"985th", "meeting", "-"}, 226, 3, 41, size);
  append(head, words_at({"4", "December", "1959"}, 316, 3, 41, size));
  add(head);  // one line: no gutter runs down the page
  for (int row = 0; row < 30; ++row) {
    std::vector<std::string> texts = {"S" + std::to_string(row), "the", "Committee", "considered", "the", "draft",
                                      "resolution", "and", "the", "report", "of", "the", "Secretary-General"};
    const double y = 58 + 10.0 * row;
    add(row % 6 == 5 ? words_at({texts[0], texts[1], texts[2]}, 56, 2.5, y, size) : justified(texts, 56, 555, y, size));
  }
  std::vector<ColumnReading> columns;
  CHECK(texts_of(assemble_lines(stream, &columns)) == expected);
  CHECK(columns.empty());
  // Two columns the source gives in order: read as given, nothing logged.
  const ColumnPage page = column_page(ColumnPageSpec{{"The", "draft", "resolution", "of", "Guinea", "was", "intended"},
                                                     {"of", "the", "Non-Self-Governing", "Territories", "which"},
                                                     {"985th", "meeting", "-"}, {"4", "December", "1959"}, "SUMMARY RECORD", 1,
                                                     false, 24});
  columns.clear();
  const auto got = texts_of(assemble_lines(page.stream, &columns));
  std::vector<std::string> in_order = page.left;
  in_order.insert(in_order.end(), page.right.begin(), page.right.end());
  CHECK(column_lines(got) == in_order);
  CHECK(columns.empty());
}

TEST_CASE("tables: rows the source gives whole stay rows, cells it gives apart are read along their row", "[ingest][pdf][layout]") {
  const double size = 10;
  // Row by row, as Poppler gives the MINURSO contributions table.
  std::vector<PlacedWord> rows;
  for (const auto& [country, y] : {std::pair{"Argentina", 200.0}, {"Austria", 212.0}, {"Bangladesh", 224.0}})
    append(rows, {word(country, 100, y, 150, y + 11, size), word("3", 250, y, 255, y + 11, size),
                  word("0", 320, y, 325, y + 11, size), word("3", 400, y, 405, y + 11, size, false)});
  CHECK(texts_of(assemble_lines(rows)) == std::vector<std::string>{"Argentina 3 0 3", "Austria 3 0 3", "Bangladesh 3 0 3"});
  // A narrow table given column by column: its rows are printed lines.
  std::vector<PlacedWord> columns;
  for (const auto& [text, x] : {std::pair{"D-2", 100.0}, {"P-5", 125.0}, {"Total", 150.0}})
    for (int row = 0; row < 4; ++row) {
      const double y = 300 + 12 * row;
      const std::string cell = row == 0 ? std::string(text) : std::to_string(row * 10 + static_cast<int>(x) / 25);
      columns.push_back(word(cell, x, y, x + 0.5 * size * static_cast<double>(cell.size()), y + 11, size, false));
    }
  CHECK(texts_of(assemble_lines(columns)) == std::vector<std::string>{"D-2 P-5 Total", "14 15 16", "24 25 26", "34 35 36"});
  // Cells far apart on one baseline (a heading "Total" given after its
  // row's figures, masthead fields) stay apart, in the source's order.
  const std::vector<PlacedWord> far = {word("203", 250, 500, 265, 511, size), word("235", 400, 500, 415, 511, size, false),
                                       word("Total", 110, 500, 135, 511, size, false)};
  CHECK(texts_of(assemble_lines(far)) == std::vector<std::string>{"203 235", "Total"});
}

TEST_CASE("table rows the source gives in pieces: after leader dots, figures after labels, across gaps rows near by span",
          "[ingest][pdf][layout]") {
  const double size = 8;
  // A cost table (S/1996/112 annex I): most rows come whole, label and
  // figure far apart; three rows come as their labels, then their figures.
  std::vector<PlacedWord> table;
  auto whole = [&](const char* label, double label_end, const char* figure, double y) {
    append(table, {word(label, 125, y, label_end, y + 8, size), word(figure, 470, y, 491, y + 8, size, false)});
  };
  whole("Communications", 190, "530", 340);
  whole("Equipment", 170, "470", 363);
  const std::vector<std::pair<const char*, const char*>> pieces = {{"Supplies", "7 770"}, {"Elections", "0"}, {"Information", "120"}};
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    const double y = 386 + 23 * static_cast<double>(i);
    table.push_back(word(pieces[i].first, 125, y, 180, y + 8, size, false));
  }
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    const double y = 386 + 23 * static_cast<double>(i);
    table.push_back(word(pieces[i].second, 470, y, 491, y + 8, size, false));
  }
  whole("Training", 170, "0", 455);
  CHECK(texts_of(assemble_lines(table)) ==
        std::vector<std::string>{"Communications 530", "Equipment 470", "Supplies 7 770", "Elections 0", "Information 120",
                                 "Training 0"});
  // A members list (S/PV.4507): countries with leader dots, then the names
  // as a column of their own; without the dots the two are columns.
  std::vector<PlacedWord> members;
  const std::vector<std::pair<const char*, const char*>> list = {
      {"Bulgaria", "Mr. Katzarski"}, {"Cameroon", "Mrs. Mahouve"}, {"China", "Mr. Zhang"}, {"Colombia", "Mr. Valdivieso"}};
  for (std::size_t i = 0; i < list.size(); ++i) {
    const double y = 200 + 12 * static_cast<double>(i);
    members.push_back(word(list[i].first, 100, y, 150, y + 10, 10));
    for (int d = 0; d < 10; ++d) members.push_back(word(".", 160 + 8 * d, y, 163 + 8 * d, y + 10, 10, d < 9));
  }
  for (std::size_t i = 0; i < list.size(); ++i) {
    const double y = 200 + 12 * static_cast<double>(i);
    members.push_back(word(list[i].second, 300, y, 380, y + 10, 10, false));
  }
  // A budget table (A/RES/78/249's annex) given as its labels, then its
  // figures, with no row given whole: figures right of a label, on rows
  // that do the same, are the label's row; a footer's page number beside
  // its text on a row of its own stays apart.
  std::vector<PlacedWord> budget;
  const std::vector<std::pair<const char*, std::vector<const char*>>> cells = {
      {"Appropriation", {"63", "930", "800"}}, {"Revised", {"3", "704", "800"}}, {"Recommendations", {"(2", "061", "900)"}}};
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const double y = 300 + 12 * static_cast<double>(i);
    budget.push_back(word(cells[i].first, 100, y, 170, y + 10, 10, false));
  }
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const double y = 300 + 12 * static_cast<double>(i);
    for (std::size_t k = 0; k < 3; ++k)
      budget.push_back(word(cells[i].second[k], 400 + 22 * static_cast<double>(k), y, 418 + 22 * static_cast<double>(k),
                            y + 10, 10, k < 2));
  }
  append(budget, {word("655", 480, 700, 498, 710, 10, false), word("Meeting", 100, 700, 150, 710, 10),
                  word("4", 160, 700, 165, 710, 10, false)});
  CHECK(texts_of(assemble_lines(budget)) == std::vector<std::string>{"Appropriation 63 930 800", "Revised 3 704 800",
                                                                     "Recommendations (2 061 900)", "655", "Meeting 4"});
  const auto lines = texts_of(assemble_lines(members));
  REQUIRE(lines.size() == 4);
  CHECK(lines[0] == "Bulgaria . . . . . . . . . . Mr. Katzarski");
  CHECK(lines[3] == "Colombia . . . . . . . . . . Mr. Valdivieso");
}

TEST_CASE("the numbers of a page of notes are put back beside their notes, a column of numbers is not a gutter", "[ingest][pdf][layout]") {
  // Poppler gives the notes' texts first and their numbers last (A/RES/73/3
  // p. 2); with six notes the numbers form a column down the note zone.
  std::vector<PlacedWord> words;
  for (int n = 0; n < 6; ++n) {
    const double y = 600 + 10 * n;
    append(words, words_at({"Resolution", std::to_string(70 + n) + "/1."}, 122, 2.2, y, 8.5));
  }
  for (int n = 0; n < 6; ++n) {
    const double y = 600 + 10 * n;
    words.push_back(word(std::to_string(n + 1), 117, y + 0.7, 119.8, y + 5.7, 5.5, false));
  }
  const auto lines = assemble_lines(words);
  REQUIRE(lines.size() == 6);
  for (int n = 0; n < 6; ++n) {
    CHECK(lines[static_cast<std::size_t>(n)].text == std::to_string(n + 1) + " Resolution " + std::to_string(70 + n) + "/1.");
    CHECK(lines[static_cast<std::size_t>(n)].words.front().superscript);
  }
}

TEST_CASE("a line whose words run backwards is a warning with its page and line, right-to-left script is not", "[ingest][layout]") {
  auto line_of = [](const std::vector<std::pair<std::string, double>>& words) {
    Line line;
    for (const auto& [text, x0] : words) {
      if (!line.text.empty()) line.text += ' ';
      Word w;
      w.begin = line.text.size();
      line.text += text;
      w.end = line.text.size();
      w.box = Box{x0, 100, x0 + 40, 111};
      line.words.push_back(w);
    }
    return line;
  };
  Document doc;
  doc.pages.resize(2);
  doc.pages[1].number = 2;
  doc.pages[1].lines = {line_of({{"Determined", 147}, {"to", 207}}), line_of({{"Determined", 147}, {"disarmament,", 123}, {"to", 207}}),
                        line_of({{"\u0642\u0631\u0627\u0631", 300}, {"\u0627\u0644\u062C\u0645\u0639\u064A\u0629", 200}})};
  CHECK_FALSE(word_out_of_order(doc.pages[1].lines[0]));
  CHECK(word_out_of_order(doc.pages[1].lines[1]) == std::optional<std::size_t>{1});
  CHECK_FALSE(word_out_of_order(doc.pages[1].lines[2]));  // Arabic runs right to left
  warn_words_out_of_order(doc);
  const auto& warnings = doc.log.warnings();
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].where.page == 2);
  CHECK(warnings[0].where.line == 2);
  CHECK(contains(warnings[0].message, "out of left-to-right order at \"disarmament,\""));
}

TEST_CASE("a file that is not a PDF or is cut short fails with a reason naming it", "[ingest][pdf]") {
  try {
    (void)ingest("dump/report.pdf", "this is not a PDF at all", IngestOptions{});
    FAIL("expected a DocumentError");
  } catch (const DocumentError& e) {
    CHECK(e.file() == "dump/report.pdf");
    CHECK(contains(e.reason(), "not a PDF"));
  }
  const std::string whole = read_file(corpus("A_RES_80_222.pdf"));
  for (const std::size_t keep : {std::size_t{9}, std::size_t{2000}, whole.size() / 2}) {
    INFO("first " << keep << " bytes");
    try {
      const Conversion c = pipeline().convert("cut.pdf", std::string_view(whole).substr(0, keep));
      // Poppler rebuilt what it could: the result is still valid, with warnings.
      CHECK(c.validation_errors.empty());
      CHECK_FALSE(c.document.log.warnings().empty());
    } catch (const DocumentError& e) {
      CHECK(e.file() == "cut.pdf");
      CHECK_FALSE(e.reason().empty());
    }
  }
}

namespace {

// What each born-digital document of the corpus is, and the date its Work
// carries (the adoption, the letter's date or the date of issue; "" when
// only its presence is checked), read off the printed pages.
const std::map<std::string, std::pair<std::string, std::string>>& corpus_types() {
  static const std::map<std::string, std::pair<std::string, std::string>> types = {
      {"A_49_230-EN.pdf", {"letter", "1994-07-12"}},
      {"A_53_568-EN.pdf", {"letter", "1998-11-02"}},
      {"A_80_L.11.pdf", {"draftResolution", ""}},
      {"A_C.3_80_L.30.pdf", {"draftResolution", ""}},
      {"A_C.3_80_L.49.pdf", {"draftResolution", ""}},
      {"A_RES_73_3-EN.pdf", {"resolution", "2018-10-10"}},
      {"A_RES_73_6-EN.pdf", {"resolution", "2018-10-26"}},
      {"A_RES_73_7-EN.pdf", {"resolution", "2018-10-29"}},
      {"A_RES_78_253.pdf", {"resolution", "2023-12-22"}},
      {"A_RES_79_249.pdf", {"resolution", "2024-12-24"}},
      {"A_RES_80_222.pdf", {"resolution", "2025-12-18"}},
      {"S_1996_112-EN.pdf", {"report", "1996-02-14"}},
      {"S_2012_197-EN.pdf", {"report", "2012-04-05"}},
      {"S_2015_246-EN.pdf", {"report", "2015-04-10"}},
      {"S_PV.4507-EN.pdf", {"meetingRecord", "2002-04-04"}},
  };
  return types;
}

// The type, the Work's date and the AKN form of one corpus conversion: a
// statement for resolutions and drafts, /akn/un/doc/{type}/ otherwise; never
// a placeholder date.
void check_type(const std::string& name, const Conversion& c) {
  const auto it = corpus_types().find(name);
  REQUIRE(it != corpus_types().end());
  const auto& [type, date] = it->second;
  CHECK(type_name(c.resolution.type) == type);
  CHECK_FALSE(c.resolution.type_evidence.empty());
  const auto d = work_date(c.resolution);
  REQUIRE(d);
  if (!date.empty()) CHECK(d->date.iso() == date);
  const bool statement = type == "resolution" || type.starts_with("draft");
  CHECK((c.akn.find("<statement name=") != std::string::npos) == statement);
  if (!statement) CHECK(contains(c.akn, "/akn/un/doc/" + type + "/"));
  CHECK_FALSE(contains(c.akn, "0001-01-01"));
}

}  // namespace

TEST_CASE("every born-digital PDF of the corpus converts to valid AKN without page furniture, typed as it says it is",
          "[pdf][corpus]") {
  namespace fs = std::filesystem;
  static const Regex kJobNumber("\\b[0-9]{2}-[0-9]{5}\\**\\s*\\(E\\)");
  static const Regex kBarcode("\\*[0-9]{7,9}\\*");
  static const Regex kPageOfPages("(?m)^\\s*[0-9]{1,3}/[0-9]{1,3}\\s*$|\\b[0-9]{1,3}/[0-9]{1,3} [0-9]{2}-[0-9]{5}\\b");
  static const Regex kSplitHyphen("\\p{L} -\\p{L}|\\p{Ll}- \\p{Ll}{3,}\\b(?<!and|or|to)");
  std::size_t n = 0;
  for (const auto& entry : fs::directory_iterator(shared_dir() + "/corpus/born_digital")) {
    if (entry.path().extension() != ".pdf") continue;
    const std::string name = entry.path().filename().string();
    INFO(name);
    const Conversion& c = converted(name);
    ++n;
    CHECK(c.validated);
    CHECK(c.validation_errors.empty());
    check_type(name, c);
    CHECK_FALSE(kJobNumber.search(c.text));
    CHECK_FALSE(kBarcode.search(c.text));
    CHECK_FALSE(kPageOfPages.search(c.text));
    CHECK_FALSE(contains(c.text, "Please recycle"));
    CHECK_FALSE(contains(c.text, "_____"));
    CHECK_FALSE(kSplitHyphen.search(c.text));
    for (const Page& page : c.document.pages) CHECK_FALSE(page.ocr);  // a born-digital layer is never replaced
    // Every note found is referenced in the text or reported as unreferenced.
    for (const Footnote& f : c.document.footnotes) {
      INFO("note " << f.marker);
      if (!f.referenced) {
        bool warned = false;
        for (const Diagnostic& d : c.document.log.warnings()) warned |= contains(d.message, "footnote " + f.marker + " has no reference");
        CHECK(warned);
      }
    }
  }
  CHECK(n == 15);
}

TEST_CASE("resolution PDFs: paragraph and footnote counts match the printed pages", "[pdf][corpus]") {
  struct Expect {
    const char* file;
    std::size_t preambular, operative, notes;
  };
  for (const Expect& e : {Expect{"A_RES_80_222.pdf", 3, 37, 17}, Expect{"A_RES_73_7-EN.pdf", 13, 28, 9},
                          Expect{"A_RES_79_249.pdf", 4, 18, 3}, Expect{"A_80_L.11.pdf", 11, 3, 14},
                          Expect{"A_C.3_80_L.49.pdf", 16, 55, 16}, Expect{"A_C.3_80_L.30.pdf", 3, 37, 17},
                          Expect{"A_RES_73_6-EN.pdf", 25, 14, 6}}) {
    INFO(e.file);
    const Conversion& c = converted(e.file);
    CHECK(c.resolution.preamble.size() == e.preambular);
    CHECK(c.resolution.operative.size() == e.operative);
    CHECK(c.document.footnotes.size() == e.notes);
    std::set<std::string> markers;
    for (const Footnote& f : c.document.footnotes) markers.insert(f.marker);
    CHECK(markers.size() == e.notes);  // each note once, none split in two
  }
}

TEST_CASE("A/RES/80/222: masthead, superscript references, split words, page breaks", "[pdf][corpus]") {
  const Conversion& c = converted("A_RES_80_222.pdf");
  const Resolution& r = c.resolution;
  CHECK(r.meta.symbol == "A/RES/80/222");
  CHECK(r.meta.agenda_item == "Agenda item 71 (c)");
  CHECK(r.meta.agenda_titles ==
        std::vector<std::string>{"Promotion and protection of human rights: human rights situations and reports of special rapporteurs and representatives"});
  REQUIRE(r.adoption_date);
  CHECK(r.adoption_date->iso() == "2025-12-18");
  CHECK(r.number == "80/222");
  // "Universal Declaration of Human Rights, 1 the International Covenants
  // on Human Rights 2 and": two superscripts, linked where they stand.
  REQUIRE_FALSE(r.preamble.empty());
  const RichText& guided = r.preamble[0].text;
  REQUIRE(guided.notes.size() == 2);
  CHECK(guided.text.substr(0, guided.notes[0].offset).ends_with("Declaration of Human Rights,"));
  CHECK(guided.text.substr(0, guided.notes[1].offset).ends_with("International Covenants on Human Rights"));
  CHECK(r.footnotes[guided.notes[0].footnote].text == "Resolution 217 A (III).");
  // "Fact -" / "Finding": a justified split and a line-end compound.
  CHECK(contains(c.text, "Independent International Fact-Finding Mission on the Islamic Republic of Iran and of the Special Rapporteur on"));
  // Footnote 3 continues on a second line in the note zone.
  for (const Footnote& f : c.document.footnotes)
    if (f.marker == "3")
      CHECK(f.text == "See Official Records of the General Assembly, Eightieth Session, Supplement No. 53 (A/80/53), chap. V, sect. A.");
}

TEST_CASE("A/RES/73/3: words split by justification are repaired, sentences run over page breaks", "[pdf][corpus]") {
  const Conversion& c = converted("A_RES_73_3-EN.pdf");
  for (const char* split : {"framew ork", "includi ng", "high -level", "Women ’s", "th e disease", "drug -"}) {
    INFO(split);
    CHECK_FALSE(contains(c.text, split));
  }
  CHECK(contains(c.text, "accountability framework, which contributed"));
  CHECK(contains(c.text, "the Delhi End TB Summit"));
  // Page 1 to page 2, over the footer, the running head and the notes.
  CHECK(contains(c.text, "one that addresses the social and economic determinants of the epidemic and that protects"));
  CHECK(contains(c.text, "including its drug-resistant forms"));
  // Page 2 to page 3 after a comma: the next page goes on flush left.
  CHECK(contains(c.text, "the heavy burden of tuberculosis, HIV and AIDS, and other co-morbidities"));
  // The notes printed with their numbers after them are whole and in order.
  REQUIRE(c.document.footnotes.size() >= 6);
  CHECK(c.document.footnotes[0].marker == "1");
  CHECK(c.document.footnotes[0].text == "Resolution 70/1.");
  CHECK(c.document.footnotes[1].text == "Resolution 69/313, annex.");
  CHECK(c.document.footnotes[3].text ==
        "See Official Records of the General Assembly, Seventy-first Session, Supplement No. 53A and corrigendum (A/71/53/Add.1 and A/71/53/Add.1/Corr.1), chap. II.");
  // Running heads of both page sides are gone.
  CHECK_FALSE(contains(c.text, "on the fight against tuberculosis A/RES/73/3"));
  // The resolution adopts the declaration printed after it: one operative
  // paragraph, then the declaration under its title with its own 53
  // paragraphs, then the resolution's conclusions.
  const Resolution& r = c.resolution;
  CHECK(r.formula == "The General Assembly");
  REQUIRE(r.operative.size() == 1);
  CHECK(r.operative[0].text.text.starts_with("Adopts the following political declaration"));
  REQUIRE(r.annexes.size() == 1);
  const Annex& d = r.annexes[0];
  CHECK(d.name == "adoptedText");
  CHECK(d.label.empty());
  REQUIRE(d.heading.size() == 2);
  CHECK(d.heading[1].text == "United to end tuberculosis: an urgent global response to a global epidemic");
  REQUIRE(d.paragraphs.size() == 54);
  CHECK(d.paragraphs[0].num.empty());  // "We, Heads of State and Government ... we therefore:"
  for (std::size_t i = 1; i < d.paragraphs.size(); ++i) CHECK(d.paragraphs[i].num == std::to_string(i) + ".");
  REQUIRE(r.conclusion);
  CHECK(r.conclusion->meeting == "18th plenary meeting");
  CHECK(c.text.find("18th plenary meeting") > c.text.find("53. Also request"));
  CHECK(contains(c.akn, "<doc name=\"adoptedText\">"));
}

TEST_CASE("tables read along their printed rows (S/2012/197, S/2015/246, A/RES/78/253)", "[pdf][corpus][layout]") {
  // The header first, each row whole, the totals last, whatever order the
  // text layer gives the header's cells and the totals' label in (layout
  // reads a row the source gives in pieces along the row; cells find_tables
  // reads out of the lines' order are logged as moved: nothing unaccounted).
  // The raised letters in the cells are the marks of the notes under the
  // table (collect_footnotes links them), no longer text.
  const Conversion& c2012 = converted("S_2012_197-EN.pdf");
  const std::string& minurso2012 = c2012.text;
  CHECK(contains(minurso2012, "Contributions as at 31 March 2012\n\nCountry\tMilitary observers\tTroops\tCivilian police\tTotal\nArgentina\t3\t0\t0\t3\n"));
  CHECK(contains(minurso2012, "Chad\t0\t0\t1\t1\nChina\t7\t0\t0\t7\n"));
  CHECK(contains(minurso2012, "Yemen\t9\t0\t1\t10\nTotal\t203\t27\t5\t235\n"));
  CHECK(c2012.conservation.unaccounted.empty());
  const Conversion& c2015 = converted("S_2015_246-EN.pdf");
  const std::string& minurso2015 = c2015.text;
  CHECK(contains(minurso2015, "Country\tMilitary observers\tTroops\tCivilian police\tTotal\nArgentina\t3\t0\t1\t4\n"));
  CHECK(contains(minurso2015, "Yemen\t9\t0\t2\t11\nTotal\t179\t27\t6\t212\n"));
  CHECK(c2015.conservation.unaccounted.empty());
  for (const Conversion* c : {&c2012, &c2015}) CHECK(contains(c->akn, "<container name=\"table\""));
  // A header whose cells Poppler gives in two blocks, over the figures'
  // columns (the labels' column has no header).
  const std::string& parts = converted("A_RES_78_253.pdf").text;
  CHECK(contains(parts, "as reflected in the table below:\n\n\tD-2\tD-1\tP-5\tP-4\tP-3\t"));
  CHECK(contains(parts, "\nDepartment of Operational Support\t–\t–\t–\t1\t–\t–\t–\t–\t1\nTotal\t1\t–\t3\t4\t1\t1\t–\t1\t11\n"));
}

TEST_CASE("S/PV.4507: a two-column meeting record reads column by column", "[pdf][corpus]") {
  const Conversion& c = converted("S_PV.4507-EN.pdf");
  CHECK(contains(c.text, "Two years ago, when I served as the Secretary-General’s Special Envoy in the Horn of Africa"));
  CHECK(contains(c.text, "we were able to mobilize $240 million to deliver almost half a million metric tons of food."));
}

TEST_CASE("justified lines that the text layer cut into blocks read in printed order (A/RES/78/27, 79/47)", "[pdf][unakn][layout]") {
  for (const char* name : {"A_RES_78_27.pdf", "A_RES_79_47.pdf"}) {
    INFO(name);
    const Conversion& c = unakn(name);
    CHECK(contains(c.text, "Determined to work collectively towards the realization of nuclear disarmament,"));
    CHECK_FALSE(contains(c.text, "Determined disarmament"));
  }
}

TEST_CASE("no line of a born-digital PDF has its words out of left-to-right order", "[pdf][corpus][layout]") {
  namespace fs = std::filesystem;
  std::size_t n = 0, lines = 0;
  for (const auto& entry : fs::directory_iterator(shared_dir() + "/corpus/born_digital")) {
    if (entry.path().extension() != ".pdf") continue;
    const Conversion& c = converted(entry.path().filename().string());
    INFO(entry.path().filename().string());
    ++n;
    for (const Diagnostic& d : c.document.log.warnings()) CHECK_FALSE(contains(d.message, "out of left-to-right order"));
    for (const Page& page : c.document.pages)
      for (const Line& line : page.lines) {
        if (line.vertical) continue;
        ++lines;
        for (std::size_t k = 1; k < line.words.size(); ++k)
          CHECK(line.words[k].box->x0 >= line.words[k - 1].box->x0 - 0.5);
      }
  }
  CHECK(n == 15);
  CHECK(lines > 5000);
}

namespace {
// One line of words 0.5 em wide per character with the given gaps (in em)
// between them, as the text layer gives it: a document of one page.
Document line_with_gaps(const std::vector<std::string>& texts, const std::vector<double>& gaps, double size,
                        LineRole role = LineRole::body) {
  std::vector<PlacedWord> words;
  double x = 100;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const double w = 0.5 * size * static_cast<double>(texts[i].size());
    words.push_back(word(texts[i], x, 300, x + w, 300 + 1.1 * size, size, i + 1 < texts.size()));
    if (i < gaps.size()) x += w + gaps[i] * size;
  }
  Document doc;
  doc.source.kind = "pdf";
  doc.pages.resize(1);
  doc.pages[0].lines = assemble_lines(words);
  REQUIRE(doc.pages[0].lines.size() == 1);
  doc.pages[0].lines[0].role = role;
  return doc;
}
}  // namespace

TEST_CASE("repair_split_words: a gap far below the line's spaces beside a bracket or a dash is no space", "[cleanup][repair_split_words][layout]") {
  struct Case {
    std::vector<std::string> words;
    std::vector<double> gaps;  // em
    double size;
    const char* expected;
  };
  // Word spaces of 0.33 em, as the notes and text of the unakn resolutions.
  const std::vector<Case> cases = {
      {{"Regulations", "(", "2005)", "in", "Geneva;"}, {0.31, 0.09, 0.31, 0.31}, 11, "Regulations (2005) in Geneva;"},
      {{"Janeiro,", "3\u2013", "14", "June", "1992,"}, {0.33, 0.077, 0.33, 0.33}, 8.5, "Janeiro, 3\u201314 June 1992,"},
      {{"Cairo,", "5", "\u201313", "September", "1994"}, {0.32, 0.161, 0.35, 0.33}, 8.4, "Cairo, 5\u201313 September 1994"},
      {{"Mexico,", "18", "\u2013", "22", "March", "2002"}, {0.33, 0.07, 0.07, 0.33, 0.33}, 8.4, "Mexico, 18\u201322 March 2002"},
      {{"Regulations", "(2005", ")", "in", "Geneva;"}, {0.31, 0.17, 0.33, 0.31}, 11, "Regulations (2005) in Geneva;"},
      // Real spaces stay: a suspended hyphen, a spaced dash, a dash whose
      // gap is not far below the line's spaces.
      {{"short-", "and", "medium-term", "plans", "of"}, {0.30, 0.30, 0.30, 0.30}, 11, "short- and medium-term plans of"},
      {{"rights-based", "and", "-driven", "plans", "of"}, {0.30, 0.31, 0.30, 0.30}, 11, "rights-based and -driven plans of"},
      {{"gaps", "\u2013", "that", "are", "wider"}, {0.30, 0.30, 0.30, 0.30}, 11, "gaps \u2013 that are wider"},
      {{"Janeiro,", "3\u2013", "14", "June", "1992,"}, {0.20, 0.17, 0.20, 0.20}, 8.5, "Janeiro, 3\u2013 14 June 1992,"},
  };
  for (const Case& c : cases) {
    for (const LineRole role : {LineRole::body, LineRole::footnote}) {
      INFO(c.expected << (role == LineRole::footnote ? " (a note line)" : ""));
      Document doc = line_with_gaps(c.words, c.gaps, c.size, role);
      run_passes(doc, {"repair_split_words"});
      CHECK(doc.pages[0].lines[0].text == c.expected);
    }
  }
  // The join is an edit that gives the gap measured and the line's spaces.
  Document doc = line_with_gaps(cases[2].words, cases[2].gaps, cases[2].size);
  run_passes(doc, {"repair_split_words"});
  const auto joins = edits_of(doc, "join_split_word");
  REQUIRE(joins.size() == 1);
  CHECK(joins[0].before == "5 \u201313");
  CHECK(joins[0].after == "5\u201313");
  CHECK(contains(joins[0].reason, "a gap of 0.16 em beside the bracket or dash, where the line's word spaces measure 0.33 em"));
}

// An OCR layer's boxes are looser than a text layer's glyphs: on the 1959
// French record A/C.4/SR.985 a gap of 0.14 em between "par" and "le" was
// read as no word space, and "parle", a word, printed; 0.15 em inside
// "qu'en présen-" gave "qu'enprésentant". On a page read by OCR, two
// words that also make one, or a word and what nothing confirms, are
// joined only across a gap far narrower than any word space; a text
// layer's measured gaps decide as before ("see king", A/RES/79/205).
TEST_CASE("repair_split_words: on a page read by OCR a narrow gap beside a word is a word space unless far narrower",
          "[cleanup][repair_split_words][ocr_layer]") {
  const auto read = [](const std::vector<std::string>& words, const std::vector<double>& gaps, bool ocr) {
    Document doc = line_with_gaps(words, gaps, 10);
    doc.pages[0].ocr_layer = ocr;
    run_passes(doc, {"repair_split_words"});
    return doc;
  };
  const std::vector<std::string> seeking = {"and", "see", "king", "to", "address"};
  const std::vector<double> edge = {0.33, 0.14, 0.33, 0.33}, far = {0.33, 0.08, 0.33, 0.33};
  const Document ocr = read(seeking, edge, true);
  CHECK(ocr.pages[0].lines[0].text == "and see king to address");
  REQUIRE(ocr.log.warnings().size() == 1);
  CHECK(contains(ocr.log.warnings()[0].message, "\"seeking\" a word too: left as two words"));
  CHECK(read(seeking, edge, false).pages[0].lines[0].text == "and seeking to address");
  CHECK(read(seeking, far, true).pages[0].lines[0].text == "and seeking to address");
  // Nothing confirms "onzqvx": beside the word "on", kept apart on an OCR
  // page; single letters are a letter-spaced word's ("J a n"), joined.
  const std::vector<std::string> unconfirmed = {"said", "on", "zqvx", "the", "day"};
  CHECK(read(unconfirmed, edge, true).pages[0].lines[0].text == "said on zqvx the day");
  CHECK(read(unconfirmed, edge, false).pages[0].lines[0].text == "said onzqvx the day");
  CHECK(read({"12", "J", "a", "n", "1990"}, {0.33, 0.14, 0.14, 0.33}, true).pages[0].lines[0].text == "12 Jan 1990");
}

TEST_CASE("words that justification split beside a bracket or a dash are joined, notes included", "[pdf][unakn][repair_split_words]") {
  // "( 2005)": a gap of 1.0 pt in 11-point type; "3– 14", "18– 22" and
  // "5 –13" in notes, 0.05 to 0.16 em in 8.5-point type.
  const Conversion& health = unakn("A_RES_78_280.pdf");
  CHECK(contains(health.text, "Amendments to the International Health Regulations (2005) in Geneva"));
  CHECK_FALSE(contains(health.text, "( 2005)"));
  const Conversion& rio = unakn("A_RES_78_152.pdf");
  const Footnote* agenda21 = note_containing(rio, "Rio de Janeiro, 3");
  REQUIRE(agenda21);
  CHECK(contains(agenda21->text, "Rio de Janeiro, 3\u201314 June 1992"));
  const Conversion& women = unakn("A_RES_79_223.pdf");
  const Footnote* cairo = note_containing(women, "Cairo, 5");
  REQUIRE(cairo);
  CHECK(contains(cairo->text, "Cairo, 5\u201313 September 1994"));
  const Footnote* monterrey = note_containing(women, "Monterrey, Mexico,");
  REQUIRE(monterrey);
  CHECK(contains(monterrey->text, "Monterrey, Mexico, 18\u201322 March 2002"));
  // Each join is an edit that gives the gap it measured.
  bool logged = false;
  for (const Edit& e : edits_of(women.document, "join_split_word"))
    logged |= e.before == "5 \u201313" && e.after == "5\u201313" && contains(e.reason, " em");
  CHECK(logged);
}

TEST_CASE("own born-digital fixtures: every paragraph, note and part of the source, and no furniture", "[pdf][fixtures]") {
  namespace fs = std::filesystem;
  std::size_t n = 0;
  for (const auto& entry : fs::directory_iterator(source_dir() + "/fixtures-src/pdf")) {
    const std::string stem = entry.path().stem().string();
    INFO(stem);
    const FixtureSource src = read_fixture_source(entry.path().string());
    const std::string pdf = source_dir() + "/fixtures/pdf/" + stem + ".pdf";
    const Conversion c = pipeline().convert(stem + ".pdf", read_file(pdf));
    ++n;
    CHECK(c.validation_errors.empty());
    // Each paragraph of the source is one paragraph of the clean text,
    // whole: joined across lines and page breaks, its note marks taken out.
    std::size_t preambular = 0, operative = 0, points = 0, parts = 0, annexes = 0;
    bool before_operative = true;
    std::size_t table_rows = 0, pictures = 0;
    for (std::size_t at = 0; at < src.body.size(); ++at) {
      const auto& [code, text] = src.body[at];
      // A table's columns (widths and alignment): layout, not text.
      if (code == 'C') continue;
      std::string para = without_notes(text);
      INFO(para);
      // A heading right over a table after the operative paragraphs began
      // ("A. Claims Administration") is an unnumbered paragraph holding it.
      const bool over_table = at + 1 < src.body.size() && std::string_view("CTr").find(src.body[at + 1].first) != std::string_view::npos;
      if (code == 'h' && over_table && !before_operative) ++operative;
      // A page that holds only a picture: what it shows is not printed.
      if (code == 'P') {
        ++pictures;
        CHECK_FALSE(contains(c.text, para));
        continue;
      }
      // A table's row: its cells in order, separated by tabs; a header
      // repeated at the top of a continuation page is not repeated.
      if (code == 'T' || code == 'r' || code == 'R') {
        ++table_rows;
        for (std::size_t bar = para.find(" | "); bar != std::string::npos; bar = para.find(" | ")) para.replace(bar, 3, "\t");
        CHECK(contains(c.text, para + "\n"));
        continue;
      }
      CHECK(contains(c.text, para));
      if (code == 'p') (before_operative || operative == 0 ? preambular : operative) += 1;
      if (code == 'n') { ++operative; before_operative = false; }
      if (code == 's') ++points;
      if (code == 'a') ++annexes;
      if (code == 'h' && Regex("^[IVX]+$").full_match(para)) { ++parts; before_operative = true; }
    }
    const Resolution& r = c.resolution;
    std::size_t annex_paragraphs = 0;
    for (const Annex& a : r.annexes) annex_paragraphs += a.paragraphs.size();
    CHECK(preambular_count(r) == preambular);
    CHECK(operative_count(r) + annex_paragraphs == operative);
    CHECK(r.sections.size() == parts);
    CHECK(r.annexes.size() == annexes);
    std::size_t found_points = 0;
    for (const OperativeParagraph& p : r.operative) found_points += p.points.size();
    CHECK(found_points == points);
    // Every table row is a row of a table.
    std::size_t found_rows = 0;
    auto rows_in = [&](const std::vector<OperativeParagraph>& paras) {
      for (const OperativeParagraph& p : paras)
        for (const Table& t : p.tables) found_rows += t.rows.size();
    };
    rows_in(r.operative);
    for (const Section& s : r.sections) rows_in(s.operative);
    CHECK(found_rows == table_rows);
    // Every note collected whole and linked at its reference.
    REQUIRE(r.footnotes.size() == src.notes.size());
    for (std::size_t i = 0; i < src.notes.size(); ++i) {
      CHECK(r.footnotes[i].text == src.notes[i]);
      CHECK(r.footnotes[i].referenced);
    }
    // Masthead values are metadata; the furniture is gone from the text.
    CHECK(r.meta.symbol == src.head.at("symbol"));
    CHECK(r.meta.body == src.head.at("body"));
    CHECK_FALSE(contains(c.text, src.head.at("symbol")));
    CHECK_FALSE(contains(c.text, src.head.at("job").substr(0, 8)));
    CHECK_FALSE(contains(c.text, src.head.at("barcode")));
    CHECK_FALSE(contains(c.text, "Please recycle"));
    CHECK_FALSE(contains(c.text, "Distr."));
    // Each line of the running head occurs in the text only where the
    // source's paragraphs and notes say it.
    if (src.head.count("short-title")) {
      std::string printed;
      for (const auto& [code, text] : src.body) printed += without_notes(text) + "\n";
      for (const std::string& note : src.notes) printed += note + "\n";
      auto count = [](const std::string& in, const std::string& what) {
        std::size_t times = 0;
        for (std::size_t at = in.find(what); at != std::string::npos; at = in.find(what, at + 1)) ++times;
        return times;
      };
      const std::string& head = src.head.at("short-title");
      for (std::size_t at = 0; at <= head.size();) {
        const std::size_t bar = std::min(head.find('|', at), head.size());
        const std::string part = head.substr(at, bar - at);
        INFO("running head " << part);
        CHECK(count(c.text, part) == count(printed, part));
        at = bar + 1;
      }
    }
    // Line-end hyphens of compounds ("cost-" / "recovery") are kept.
    CHECK_FALSE(contains(c.text, "costrecovery"));
    CHECK_FALSE(contains(c.text, "multiyear"));
    // Each page that holds only a picture gives the text nothing: a warning
    // names it, with the picture; no other page is named.
    std::size_t traced = 0;
    for (const Diagnostic& d : c.document.log.warnings()) {
      if (d.pass != "trace_empty_pages") continue;
      ++traced;
      INFO(d.message);
      CHECK(d.where.page > 1);
      CHECK(contains(d.message, src.head.at("symbol")));  // its running head, quoted
      CHECK(contains(d.message, "% of it: a picture"));
    }
    CHECK(traced == pictures);
  }
  CHECK(n == 10);
}

TEST_CASE("A/RES/78/253: parts I to XXVI with their headings, preambles and paragraphs", "[pdf][corpus]") {
  const Resolution& r = converted("A_RES_78_253.pdf").resolution;
  // Numbered paragraphs per part, counted on the printed pages; parts XX to
  // XXV have one unnumbered paragraph each.
  const std::vector<std::size_t> numbered = {2, 6, 11, 11, 10, 2, 11, 5, 5, 4, 5, 17, 18, 17, 28, 13, 4, 16, 26, 0, 0, 0, 0, 0, 0, 2};
  REQUIRE(r.sections.size() == numbered.size());
  const char* roman[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
                         "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV", "XXVI"};
  for (std::size_t i = 0; i < numbered.size(); ++i) {
    const Section& s = r.sections[i];
    INFO("part " << roman[i]);
    CHECK(s.num == roman[i]);
    CHECK(s.level == 1);
    REQUIRE(s.heading);
    // Text printed after a table (part XII: its abbreviations) is a
    // paragraph of its own, unnumbered, after the table.
    std::vector<const OperativeParagraph*> paras;
    for (std::size_t k = 0; k < s.operative.size(); ++k)
      // A lettered heading over a table (part VII: "A. Pension
      // Administration") is an unnumbered paragraph holding that table.
      if (numbered[i] == 0 || !s.operative[k].num.empty() || k == 0 ||
          (s.operative[k - 1].tables.empty() && s.operative[k].tables.empty()))
        paras.push_back(&s.operative[k]);
    const std::size_t expected = numbered[i] == 0 ? 1 : numbered[i];
    REQUIRE(paras.size() == expected);
    for (std::size_t k = 0; numbered[i] > 0 && k < paras.size(); ++k) CHECK(paras[k]->num == std::to_string(k + 1) + ".");
  }
  CHECK(r.sections[0].heading->text == "Enterprise resource planning project, Umoja");
  CHECK(r.sections[2].heading->text == "Request for a subvention to the Residual Special Court for Sierra Leone");
  CHECK(r.sections[3].heading->text == "Request for a subvention to the Extraordinary Chambers in the Courts of Cambodia");
  CHECK(r.sections[0].preamble.size() == 2);
  CHECK(r.sections[5].preamble.size() == 3);  // VI: Recalling, Having considered, Having also considered
  // The lead words as printed in italics (the UN names containers so: "Having also examined").
  CHECK(r.sections[5].preamble[2].lead == "Having also considered");
  // II, 6: the lettered list after "resulting from:" stays in the paragraph.
  CHECK(r.sections[1].operative[5].points.size() == 4);
  // XXIV: an unnumbered paragraph with its own points (a) and (b).
  CHECK(r.sections[23].operative[0].points.size() == 2);
  // VII, 6: the staffing tables' "A." and "B." head the table, not new
  // parts: each an unnumbered paragraph holding its table; the
  // abbreviations under them a paragraph after them.
  REQUIRE(r.sections[6].operative.size() == 14);
  CHECK(r.sections[6].operative[6].text.text == "A. Pension Administration");
  CHECK(r.sections[6].operative[6].tables.size() == 1);
  CHECK(r.sections[6].operative[7].text.text == "B. Office of Investment Management");
  CHECK(r.sections[6].operative[7].tables.size() == 1);
  REQUIRE(r.conclusion);
  CHECK(r.conclusion->meeting == "50th (resumed) plenary meeting");
  CHECK(r.preamble.empty());
  CHECK(r.operative.empty());
}

TEST_CASE("drafts: the sponsors, the Main Committee and the title, the star note linked", "[pdf][corpus]") {
  {
    const Conversion& c = converted("A_C.3_80_L.49.pdf");
    const Resolution& r = c.resolution;
    REQUIRE(r.sponsors);
    CHECK(r.sponsors->kind == "draft resolution");
    REQUIRE(r.sponsors->names.size() == 47);
    auto name = [&](std::size_t i) { return r.sponsors->line.text.substr(r.sponsors->names[i].first, r.sponsors->names[i].second); };
    CHECK(name(0) == "Andorra");
    CHECK(name(3) == "Bosnia and Herzegovina");
    CHECK(name(29) == "Netherlands (Kingdom of the)");
    CHECK(name(45) == "Ukraine");
    CHECK(name(46) == "United Kingdom of Great Britain and Northern Ireland");
    CHECK(r.meta.committee == "Third Committee");
    CHECK(r.meta.agenda_item == "Agenda item 71 (a)");
    CHECK(r.meta.agenda_titles == std::vector<std::string>{"Promotion and protection of human rights: implementation of human rights instruments"});
    REQUIRE(r.title);
    CHECK(r.title->text == "Torture and other cruel, inhuman or degrading treatment or punishment");
    CHECK(r.other_preface.empty());
    CHECK(document_name(r) == "resolutionDraft");
    CHECK(contains(c.akn, "<statement name=\"resolutionDraft\""));
    CHECK(contains(c.akn, "<FRBRdate date=\"2025-11-04\" name=\"issue\"/>"));
  }
  {
    const Conversion& c = converted("A_80_L.11.pdf");
    const Resolution& r = c.resolution;
    REQUIRE(r.sponsors);
    REQUIRE(r.sponsors->names.size() == 1);
    CHECK(r.sponsors->line.text == "Bolivia (Plurinational State of): draft resolution");
    REQUIRE(r.sponsors->line.notes.size() == 1);
    CHECK(r.footnotes[r.sponsors->line.notes[0].footnote].marker == "*");
    CHECK(r.title->text == "International Day of the World\u2019s Indigenous Women and Girls");
  }
}

TEST_CASE("reports and letters: 1990s mastheads, parts and annexes", "[pdf][corpus]") {
  const Resolution& r = converted("S_1996_112-EN.pdf").resolution;
  // "UNITED" / "NATIONS S", "Distr." above "GENERAL", "ORIGINAL: ENGLISH".
  CHECK(r.meta.organization == "United Nations");
  CHECK(r.meta.symbol == "S/1996/112");
  CHECK(r.meta.body == "Security Council");
  CHECK(r.meta.distribution == "General");
  REQUIRE(r.meta.issue_date);
  CHECK(r.meta.issue_date->iso() == "1996-02-14");
  REQUIRE(r.title);
  CHECK(r.title->text == "REPORT OF THE SECRETARY-GENERAL ON THE UNITED NATIONS MISSION IN HAITI");  // two centred lines
  // Parts "I. INTRODUCTION" to "X. OBSERVATIONS", paragraphs numbered through.
  REQUIRE(r.sections.size() == 10);
  CHECK(r.sections[0].heading->text == "INTRODUCTION");
  CHECK(r.sections[9].num == "X");
  CHECK(r.sections[9].heading->text == "OBSERVATIONS");
  const Resolution& joint = converted("A_49_230-EN.pdf").resolution;
  CHECK(joint.meta.symbol == "A/49/230");
  CHECK(joint.meta.other_symbols == std::vector<std::string>{"S/1994/822"});
  CHECK(joint.meta.session_number == 49);
  CHECK(joint.meta.agenda_item == "Item 38 of the preliminary list");
  REQUIRE(r.annexes.size() == 3);
  CHECK(r.annexes[0].label == "Annex I");
  CHECK(r.annexes[1].label == "Annex II");
  CHECK(r.annexes[2].label == "Annex III");
  const Conversion& c = converted("S_2015_246-EN.pdf");
  REQUIRE(c.resolution.annexes.size() == 1);
  CHECK(contains(c.akn, "<attachment eId=\"att_1\">"));
  CHECK(c.validation_errors.empty());
}

TEST_CASE("an encrypted PDF fails with a reason, one with only a permissions password converts", "[pdf]") {
  const std::string dir = source_dir() + "/tests/data/";
  try {
    (void)pipeline().convert("encrypted_user_password.pdf", read_file(dir + "encrypted_user_password.pdf"));
    FAIL("a PDF that needs a password converted");
  } catch (const DocumentError& e) {
    CHECK(e.file() == "encrypted_user_password.pdf");
    CHECK(contains(e.reason(), "encrypted PDF"));
  }
  const Conversion c = pipeline().convert("encrypted_owner_password.pdf", read_file(dir + "encrypted_owner_password.pdf"));
  CHECK(c.validation_errors.empty());
  CHECK(operative_count(c.resolution) == 6);
}

TEST_CASE("S/2012/197: a raised 2 after km is an exponent, the reissue note hangs on the symbol", "[pdf][corpus]") {
  const Conversion& c = converted("S_2012_197-EN.pdf");
  CHECK(contains(c.text, "More than 300 km\u00B2 of known minefields"));
  CHECK(contains(c.text, "the entire 266,000 km\u00B2 of the Territory"));
  for (const Diagnostic& d : c.document.log.warnings()) CHECK_FALSE(contains(d.message, "footnote mark 2 has no footnote text"));
  CHECK(edits_of(c.document, "superscript_exponent").size() == 3);
  // "S/2012/197***": the reissue note is referenced from the masthead symbol.
  CHECK(c.resolution.meta.symbol == "S/2012/197");
  CHECK(c.resolution.meta.symbol_note == "***");
  for (const Footnote& f : c.document.footnotes) CHECK(f.referenced);
  CHECK(contains(c.akn, "<docNumber refersTo=\"#symbol\">S/2012/197</docNumber><sup class=\"footnote\"><authorialNote marker=\"***\""));
  CHECK_FALSE(contains(c.akn, "unlinkedNotes"));
  // Part IV is divided into A to I; it is not an empty part.
  for (const Diagnostic& d : c.resolution.warnings) CHECK_FALSE(contains(d.message, "has no paragraphs"));
}

TEST_CASE("reports: every numbered paragraph, in order, under its part", "[pdf][corpus]") {
  struct Expect {
    const char* file;
    std::size_t numbered, parts;
  };
  // The last paragraph number printed, and the parts (I., II., ... and A., B., ...).
  for (const Expect& e : {Expect{"S_1996_112-EN.pdf", 65, 10}, Expect{"S_2012_197-EN.pdf", 114, 23},
                          Expect{"S_2015_246-EN.pdf", 81, 14}}) {
    INFO(e.file);
    const Resolution& r = converted(e.file).resolution;
    std::vector<std::string> nums;
    for (const OperativeParagraph& p : r.operative)
      if (!p.num.empty()) nums.push_back(p.num);
    for (const Section& sec : r.sections)
      for (const OperativeParagraph& p : sec.operative)
        if (!p.num.empty()) nums.push_back(p.num);
    REQUIRE(nums.size() == e.numbered);
    for (std::size_t i = 0; i < nums.size(); ++i) CHECK(nums[i] == std::to_string(i + 1) + ".");
    CHECK(r.sections.size() == e.parts);
  }
  // Paragraphs set apart by space: a short line ending with a comma and
  // followed without space or indent does not end paragraph 5 of S/1996/112.
  CHECK(contains(converted("S_1996_112-EN.pdf").text,
                 "Mr. Ren\u00e9 Pr\u00e9val, President Aristide\u2019s Prime Minister in 1991"));
}

TEST_CASE("a full line that stops mid-sentence continues on a line set with a paragraph's indent", "[pdf][unakn]") {
  // A/RES/79/145 p. 3 prints "... adopted by the Food and Agriculture" as a
  // full line, then "Organization of the United Nations," with the indent
  // of a first line: one paragraph, not two.
  const std::string path = shared_dir() + "/unakn/pdf/A_RES_79_145.pdf";
  const Conversion c = pipeline().convert(path, read_file(path));
  std::size_t found = 0;
  for (const PreambularParagraph& p : c.resolution.preamble) {
    if (p.text.text.find("Eliminate Illegal, Unreported and Unregulated Fishing adopted by the Food and Agriculture") ==
        std::string::npos)
      continue;
    ++found;
    CHECK(p.text.text.ends_with("Food and Agriculture Organization of the United Nations,"));
  }
  CHECK(found == 1);
  for (const PreambularParagraph& p : c.resolution.preamble) CHECK_FALSE(p.text.text == "Organization of the United Nations,");
}

TEST_CASE("a gap far narrower than any word space joins even two dictionary words ('inter sectoral', 80/145)", "[pdf][unakn]") {
  // A/RES/80/145 prints "intersectoral" with a 0.10 em gap that Poppler
  // reports as a space; "inter" and "sectoral" are both words, and the
  // dictionary lacks "intersectoral", so only the measure can decide.
  const std::string path = shared_dir() + "/unakn/pdf/A_RES_80_145.pdf";
  const Conversion c = pipeline().convert(path, read_file(path));
  CHECK(c.text.find("interdisciplinary and intersectoral approach") != std::string::npos);
  CHECK(c.text.find("inter sectoral") == std::string::npos);
  std::size_t logged = 0;
  for (const Edit& e : c.document.log.edits())
    if (e.kind == "join_split_word" && e.before == "inter sectoral") ++logged;
  CHECK(logged == 1);
}

namespace {
const Conversion& fixture(const std::string& stem) {
  static std::map<std::string, Conversion> cache;
  auto it = cache.find(stem);
  if (it == cache.end())
    it = cache.emplace(stem, pipeline().convert(stem + ".pdf", read_file(source_dir() + "/fixtures/pdf/" + stem + ".pdf"))).first;
  return it->second;
}

std::vector<std::string> cell_texts(const TableRow& row) {
  std::vector<std::string> out;
  for (const TableCell& c : row.cells) out.push_back(c.text.text);
  return out;
}
}  // namespace

TEST_CASE("a table a paragraph announces, over a page break, is an AKN table after it, its header once", "[pdf][fixtures][tables]") {
  const Conversion& c = fixture("ga_table");
  const Resolution& r = c.resolution;
  REQUIRE(r.operative.size() == 5);
  const OperativeParagraph& p3 = r.operative[2];
  CHECK(p3.text.text.ends_with("shall be as follows:"));
  REQUIRE(p3.tables.size() == 1);
  const Table& t = p3.tables[0];
  CHECK(t.columns == 2);
  // The header printed again at the top of page 2 is furniture, not a row.
  REQUIRE(t.rows.size() == 78);
  CHECK(t.rows[0].header);
  CHECK(cell_texts(t.rows[0]) == std::vector<std::string>{"Member State", "Percentage"});
  for (std::size_t i = 1; i < t.rows.size(); ++i) CHECK_FALSE(t.rows[i].header);
  CHECK(cell_texts(t.rows[1]) == std::vector<std::string>{"Afghanistan", "0.046"});
  CHECK(cell_texts(t.rows[46]) == std::vector<std::string>{"Democratic People’s Republic of Korea", "0.010"});
  CHECK(cell_texts(t.rows[77]) == std::vector<std::string>{"Iceland", "0.046"});
  // Nothing else holds the table's text, and the paragraphs after it keep their numbers.
  for (const OperativeParagraph& p : r.operative) CHECK_FALSE(contains(p.text.text, "Afghanistan"));
  CHECK(r.operative[3].num == "4.");
  // AKN: a container beside paragraph 3, as the UN writes its tables; valid.
  CHECK(c.validation_errors.empty());
  CHECK(contains(c.akn, "<container name=\"table\""));
  CHECK(contains(c.akn, "<td>\n              <p>Afghanistan</p>\n            </td>\n            <td>\n              <p>0.046</p>"));
  CHECK(c.akn.find("Member State") < c.akn.find("Afghanistan"));
  // The clean text: rows in order, cells separated by tabs; nothing unaccounted.
  CHECK(contains(c.text, "as follows:\n\nMember State\tPercentage\nAfghanistan\t0.046\nAlbania\t0.005\n"));
  CHECK(c.text.find("Member State\t") == c.text.rfind("Member State\t"));
  CHECK(c.conservation.unaccounted.empty());
}

TEST_CASE("a table of a report: wrapped header cells and labels are one cell each, a totals row last", "[pdf][fixtures][tables]") {
  const Conversion& c = fixture("report_table");
  std::vector<const Table*> tables;
  auto collect = [&](const std::vector<OperativeParagraph>& paras) {
    for (const OperativeParagraph& p : paras)
      for (const Table& t : p.tables) tables.push_back(&t);
  };
  collect(c.resolution.operative);
  for (const Section& s : c.resolution.sections) collect(s.operative);
  REQUIRE(tables.size() == 1);
  const Table& t = *tables[0];
  CHECK(t.columns == 5);
  REQUIRE(t.rows.size() == 12);
  CHECK(t.rows[0].header);
  CHECK(cell_texts(t.rows[0]) == std::vector<std::string>{"Country", "Military observers", "Troops", "Civilian police", "Total"});
  CHECK(cell_texts(t.rows[3]) ==
        std::vector<std::string>{"Bosnia and Herzegovina, with observers seconded from the regional office", "2", "0", "0", "2"});
  CHECK(cell_texts(t.rows[11]) == std::vector<std::string>{"Total", "86", "27", "3", "116"});
  CHECK(contains(c.text, "Country\tMilitary observers\tTroops\tCivilian police\tTotal\nArgentina\t3\t0\t1\t4\n"));
  CHECK(c.validation_errors.empty());
  CHECK(c.conservation.unaccounted.empty());
}

TEST_CASE("tables set smaller than the body under numbered paragraphs: each under its lettered heading, cells in order",
          "[pdf][fixtures][tables]") {
  // ga_staffing_tables: numbers apart from their paragraphs' text (rows of
  // two segments in the body's type right above the tables), two tables
  // under "A." and "B." headings, the first over a page break, a row with
  // cells left empty, labels wrapped over lines, and header cells wider
  // than the figures under them.
  const Conversion& c = fixture("ga_staffing_tables");
  const Resolution& r = c.resolution;
  REQUIRE(r.operative.size() == 10);
  CHECK(r.operative[3].text.text.ends_with("as set out in the tables below:"));
  CHECK(r.operative[4].text.text == "A. Claims Administration");
  CHECK(r.operative[5].text.text == "B. Investment Office");
  REQUIRE(r.operative[4].tables.size() == 1);
  REQUIRE(r.operative[5].tables.size() == 1);
  REQUIRE(r.operative[8].tables.size() == 1);
  const Table& a = r.operative[4].tables[0];
  CHECK(a.columns == 4);
  REQUIRE(a.rows.size() == 24);  // the header printed again on page 2 is no row
  CHECK(a.rows[0].header);
  CHECK(cell_texts(a.rows[0]) == std::vector<std::string>{"Action", "Title of post", "Category/Level", "Number"});
  CHECK_FALSE(a.rows[1].header);
  CHECK(cell_texts(a.rows[5]) == std::vector<std::string>{"Total net changes", "5"});
  CHECK(a.rows[5].cells[1].column == 3);
  CHECK(cell_texts(a.rows[11]) ==
        std::vector<std::string>{"Redeployment from Treasury Unit to Contributions Unit", "Finance Officer", "P-4", "1"});
  CHECK(cell_texts(a.rows[23]) == std::vector<std::string>{"Abolishment", "Driver", "GS (OL)", "2"});
  const Table& b = r.operative[5].tables[0];
  REQUIRE(b.rows.size() == 6);
  CHECK(cell_texts(b.rows[5]) == std::vector<std::string>{"Redeployment from Compliance Section to Investment Risk Section",
                                                          "Compliance Officer", "P-4", "1"});
  const Table& posts = r.operative[8].tables[0];
  CHECK(posts.columns == 10);
  REQUIRE(posts.rows.size() == 5);
  CHECK(posts.rows[0].header);
  CHECK(cell_texts(posts.rows[0]) ==
        std::vector<std::string>{"D-2", "D-1", "P-5", "P-4", "P-3", "P-2", "GS (PL)", "GS (OL)", "Total"});
  CHECK_FALSE(posts.rows[1].header);
  CHECK(cell_texts(posts.rows[4]) == std::vector<std::string>{"Total", "1", "1", "2", "4", "2", "2", "1", "3", "16"});
  // The notes keep their own text: no cell the text layer gives late.
  REQUIRE(c.document.footnotes.size() == 2);
  CHECK(c.document.footnotes[1].text == "A/80/7/Add.9.");
  CHECK(c.validation_errors.empty());
  CHECK(c.conservation.unaccounted.empty());
  CHECK(contains(c.text, "below:\n\nA. Claims Administration\n\nAction\tTitle of post\tCategory/Level\tNumber\n"));
}

TEST_CASE("A/RES/78/253: its three staffing tables are AKN tables, rows and cells as printed", "[pdf][corpus][tables]") {
  const Conversion& c = converted("A_RES_78_253.pdf");
  std::vector<const Table*> tables;
  for (const Section& s : c.resolution.sections)
    for (const OperativeParagraph& p : s.operative)
      for (const Table& t : p.tables) tables.push_back(&t);
  REQUIRE(tables.size() == 3);
  // Section VII, A (pages 7 and 8, its header printed again), B; section XII.
  CHECK(tables[0]->rows.size() == 11);
  CHECK(tables[1]->rows.size() == 16);
  REQUIRE(tables[2]->rows.size() == 4);
  CHECK(cell_texts(tables[0]->rows[9]) ==
        std::vector<std::string>{"Redeployment from Contracts Management Unit to Sourcing Coordination Unit",
                                 "Contracts Management Officer", "P-3", "1"});
  CHECK(cell_texts(tables[2]->rows[0]) ==
        std::vector<std::string>{"D-2", "D-1", "P-5", "P-4", "P-3", "P-2", "GS (PL)", "GS (OL)", "Total"});
  CHECK_FALSE(tables[2]->rows[1].header);
  CHECK(c.validation_errors.empty());
}

TEST_CASE("a title whose first line ends with a comma goes on under its hanging number (78/107, 78/283, 79/34)",
          "[pdf][unakn]") {
  // "78/107. United Nations Programme of Assistance in the Teaching, Study," /
  // "Dissemination and Wider Appreciation of International Law": the second
  // line aligns with the text after the number, which is no indent.
  const std::vector<std::pair<std::string, std::string>> titles = {
      {"A_RES_78_107.pdf", "United Nations Programme of Assistance in the Teaching, Study, Dissemination and Wider "
                           "Appreciation of International Law"},
      {"A_RES_78_283.pdf", "Status of internally displaced persons and refugees from Abkhazia, Georgia, and the "
                           "Tskhinvali region/South Ossetia, Georgia"},
      {"A_RES_79_34.pdf", "Implementation of the Convention on the Prohibition of the Use, Stockpiling, Production "
                          "and Transfer of Anti-Personnel Mines and on Their Destruction"}};
  std::size_t checked = 0;
  for (const auto& [file, title] : titles) {
    INFO(file);
    const Conversion& c = unakn(file);
    REQUIRE(c.resolution.title);
    CHECK(c.resolution.title->text == title);
    CHECK(c.conservation.unaccounted.empty());
    ++checked;
  }
  CHECK(checked == 3);
}

namespace {

bool same_box(const Box& a, const Box& b) { return a.x0 == b.x0 && a.y0 == b.y0 && a.x1 == b.x1 && a.y1 == b.y1; }
bool same_box(const std::optional<Box>& a, const std::optional<Box>& b) {
  return a.has_value() == b.has_value() && (!a || same_box(*a, *b));
}
bool same_boxes(const std::vector<Box>& a, const std::vector<Box>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Box& x, const Box& y) { return same_box(x, y); });
}

// `rules` less those lying in one of `pictures` (with a point around it,
// the render's antialiased edge).
std::vector<Box> outside_pictures(const std::vector<Box>& rules, const std::vector<Box>& pictures) {
  std::vector<Box> out;
  for (const Box& r : rules)
    if (std::none_of(pictures.begin(), pictures.end(), [&](const Box& p) {
          return r.x0 >= p.x0 - 1 && r.x1 <= p.x1 + 1 && r.y0 >= p.y0 - 1 && r.y1 <= p.y1 + 1;
        }))
      out.push_back(r);
  return out;
}

// Whether two ingested documents hold the same pages, lines, words, boxes,
// sizes, styles and drawn rules (the reader's whole output), with the first
// difference in `why`. The cpp reader renders the pictures too
// (drawn_rules.hpp: is_picture), so the lines inside them that it takes for
// rules (`pictures`: each page's, from the core reader) are not compared.
bool same_ingest(const Document& a, const Document& b, const std::vector<std::vector<Box>>& pictures, std::string& why) {
  if (a.pages.size() != b.pages.size() || pictures.size() != a.pages.size()) return why = "page count", false;
  for (std::size_t p = 0; p < a.pages.size(); ++p) {
    const Page &pa = a.pages[p], &pb = b.pages[p];
    why = "page " + std::to_string(p + 1);
    if (pa.width != pb.width || pa.height != pb.height || !same_boxes(pa.rules, outside_pictures(pb.rules, pictures[p])) ||
        pa.lines.size() != pb.lines.size())
      return false;
    for (std::size_t l = 0; l < pa.lines.size(); ++l) {
      const Line &la = pa.lines[l], &lb = pb.lines[l];
      why = "page " + std::to_string(p + 1) + " line " + std::to_string(l) + ": " + la.text + " | " + lb.text;
      if (la.text != lb.text || !same_box(la.box, lb.box) || la.font_size != lb.font_size || la.vertical != lb.vertical ||
          la.words.size() != lb.words.size())
        return false;
      for (std::size_t w = 0; w < la.words.size(); ++w) {
        const Word &wa = la.words[w], &wb = lb.words[w];
        if (wa.begin != wb.begin || wa.end != wb.end || !same_box(wa.box, wb.box) || wa.font_size != wb.font_size ||
            wa.bold != wb.bold || wa.italic != wb.italic || wa.superscript != wb.superscript)
          return false;
      }
    }
  }
  return true;
}

// Ingests `path` with both PDF readers and checks that they agree.
void check_readers_agree(const std::string& path) {
  INFO(path);
  const std::string bytes = read_file(path);
  IngestOptions core = config().ingest, cpp = core;
  core.pdf_reader = PdfReader::core;
  cpp.pdf_reader = PdfReader::cpp;
  const Document a = ingest(path, bytes, core), b = ingest(path, bytes, cpp);
  std::vector<std::vector<Box>> pictures;
  detail::CoreWordReader reader(bytes);
  for (int n = 1; n <= reader.pages(); ++n) {
    bool repaired = false;
    (void)reader.words(n, repaired);
    pictures.push_back(reader.pictures());
  }
  std::string why;
  const bool same = same_ingest(a, b, pictures, why);
  INFO(why);
  CHECK(same);
  CHECK(a.log.warnings().size() == b.log.warnings().size());
}

}  // namespace

TEST_CASE("the words read through Poppler's core are those poppler-cpp gives (fixtures)", "[ingest][pdf]") {
  namespace fs = std::filesystem;
  std::size_t n = 0;
  for (const auto& entry : fs::directory_iterator(source_dir() + "/fixtures/pdf")) {
    if (entry.path().extension() != ".pdf") continue;
    check_readers_agree(entry.path().string());
    ++n;
  }
  CHECK(n == 10);
}

TEST_CASE("the words read through Poppler's core are those poppler-cpp gives (corpus)", "[pdf][corpus]") {
  namespace fs = std::filesystem;
  std::size_t n = 0;
  for (const auto& entry : fs::directory_iterator(shared_dir() + "/corpus/born_digital")) {
    if (entry.path().extension() != ".pdf") continue;
    check_readers_agree(entry.path().string());
    ++n;
  }
  CHECK(n == 15);
}

TEST_CASE("drawn rules found from the marks of the words' display are those of a render of the page (every page of the corpus and unakn)",
          "[pdf][corpus][unakn][slow]") {
  // Ingest renders a page for its drawn rules only when the marks recorded
  // in the display of its words cannot give them (rules_from_marks). Here
  // every page of the real PDFs is also rendered as before, and wherever
  // the marks give the rules they must be those of the render: the rules
  // (and so the notes under them) are those found by rendering every page.
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (const std::string dir : {"/corpus/born_digital", "/unakn/pdf"})
    for (const auto& entry : fs::directory_iterator(shared_dir() + dir))
      if (entry.path().extension() == ".pdf") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::size_t pdfs = 0, pages = 0, from_marks = 0, rules = 0;
  auto same = [](const std::vector<Box>& a, const std::vector<Box>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Box& x, const Box& y) {
      return x.x0 == y.x0 && x.y0 == y.y0 && x.x1 == y.x1 && x.y1 == y.y1;
    });
  };
  for (const fs::path& file : files) {
    const std::string bytes = read_file(file.string());
    detail::CoreWordReader reader(bytes);
    REQUIRE(reader.ok());
    ++pdfs;
    for (int n = 1; n <= reader.pages(); ++n) {
      bool repaired = false;
      std::vector<Box> boxes;
      for (const PlacedWord& w : reader.words(n, repaired)) boxes.push_back(w.box);
      const std::optional<std::vector<Box>> fast = reader.rules_from_marks(n, boxes);
      std::vector<Box> rendered;
      REQUIRE(reader.render_without_text(n, detail::kRuleDpi, [&](const detail::GreyImage& image) {
        rendered = detail::find_drawn_rules(image, detail::kRuleDpi, boxes);
      }));
      ++pages;
      rules += rendered.size();
      if (!fast) continue;
      ++from_marks;
      INFO(file.filename().string() << " page " << n << ": " << fast->size() << " rules from the marks, "
                                    << rendered.size() << " in the render");
      CHECK(same(*fast, rendered));
    }
  }
  CHECK(pdfs == 138);
  WARN("pages " << pages << " from marks " << from_marks << " rules " << rules);
}

TEST_CASE("a reader that has read a document's earlier pages finds each page's words and drawn rules as a fresh reader does",
          "[pdf][corpus][rules]") {
  // The core reader keeps what it can from page to page (the document's
  // cross-reference cache, the page the fills are drawn on, the render
  // device): nothing of one page may show in the next.
  const std::string bytes = read_file(shared_dir() + "/corpus/born_digital/S_2012_197-EN.pdf");
  detail::CoreWordReader reader(bytes);
  REQUIRE(reader.ok());
  struct Read {
    std::vector<std::string> words;
    std::optional<std::vector<Box>> from_marks;
    std::vector<Box> rendered;
  };
  auto read_page = [](detail::CoreWordReader& r, int n) {
    Read out;
    bool repaired = false;
    std::vector<Box> boxes;
    for (const PlacedWord& w : r.words(n, repaired)) out.words.push_back(w.text), boxes.push_back(w.box);
    out.from_marks = r.rules_from_marks(n, boxes);
    r.render_without_text(n, detail::kRuleDpi, [&](const detail::GreyImage& image) {
      out.rendered = detail::find_drawn_rules(image, detail::kRuleDpi, boxes);
    });
    return out;
  };
  auto same = [](const std::vector<Box>& a, const std::vector<Box>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Box& x, const Box& y) {
      return x.x0 == y.x0 && x.y0 == y.y0 && x.x1 == y.x1 && x.y1 == y.y1;
    });
  };
  int pages = 0;
  std::size_t rules = 0;
  for (int n = 1; n <= reader.pages(); ++n) {
    INFO("page " << n);
    const Read kept = read_page(reader, n);
    detail::CoreWordReader fresh_reader(bytes);
    const Read fresh = read_page(fresh_reader, n);
    CHECK(kept.words == fresh.words);
    REQUIRE(kept.from_marks.has_value() == fresh.from_marks.has_value());
    if (kept.from_marks) CHECK(same(*kept.from_marks, *fresh.from_marks));
    CHECK(same(kept.rendered, fresh.rendered));
    rules += kept.rendered.size();
    ++pages;
  }
  CHECK(pages == 25);
  CHECK(rules > 0);  // the document's notes are under drawn rules
}

namespace {
// A one-page PDF (612 x 792 points) of `content` (a content stream that
// may use the font /F1, Helvetica), with its cross-reference table.
std::string one_page_pdf(const std::string& content) {
  const std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  return pdf_of_objects(objects);
}

// An inline grey image of `width` x `height` pixels, white but for the
// rows in `black`, placed by `matrix` (a "cm" operand list).
std::string inline_image(const std::string& matrix, int width, int height, const std::set<int>& black) {
  std::string hex;
  for (int y = 0; y < height; ++y) hex += std::string(static_cast<std::size_t>(width) * 2, black.count(y) ? '0' : 'F');
  return "q " + matrix + " cm BI /W " + std::to_string(width) + " /H " + std::to_string(height) +
         " /CS /G /BPC 8 /F /AHx ID " + hex + "> EI Q\n";
}
}  // namespace

TEST_CASE("drawn rules: a rule drawn as a thin image is found, a line inside a picture is not", "[pdf][footnotes]") {
  // A separator is a path or an image no taller than a rule (some
  // producers place a 1-pixel-high image); an image taller than that is a
  // picture (emblem, QR code, chart), whose lines are not note separators
  // and which is neither rendered nor taken as a mark.
  const std::string content =
      "BT /F1 12 Tf 72 720 Td (Recalling its resolutions on the subject,) Tj ET\n" +
      inline_image("100 0 0 50 100 300", 100, 50, {25}) +  // a picture 50 pt tall with a line across
      inline_image("100 0 0 0.5 100 200", 100, 1, {0});    // a rule drawn as an image
  const std::string pdf = one_page_pdf(content);
  detail::CoreWordReader reader(pdf);
  REQUIRE(reader.ok());
  bool repaired = false;
  std::vector<Box> boxes;
  for (const PlacedWord& w : reader.words(1, repaired)) boxes.push_back(w.box);
  REQUIRE(boxes.size() == 6);
  std::vector<Box> rendered;
  REQUIRE(reader.render_without_text(1, detail::kRuleDpi, [&](const detail::GreyImage& image) {
    rendered = detail::find_drawn_rules(image, detail::kRuleDpi, boxes);
  }));
  REQUIRE(rendered.size() == 1);
  CHECK(rendered[0].y0 == Approx(592).margin(1));
  CHECK(rendered[0].x0 == Approx(100).margin(1));
  CHECK(rendered[0].x1 == Approx(200).margin(1));
  // The picture is no mark: only the thin image is recorded as drawn.
  CHECK(reader.marks().size() == 1);
  REQUIRE(reader.pictures().size() == 1);
  CHECK(reader.pictures()[0].y0 == Approx(442));
  if (const auto fast = reader.rules_from_marks(1, boxes)) CHECK(fast->size() == 1);
}

TEST_CASE("composite_over_white makes the bytes Splash's compositeBackground makes, for every alpha and grey", "[pdf][footnotes]") {
  // Row y holds alpha y in every pixel, column x grey x; one more row of
  // no alpha at all (the rows composite_over_white sets white at once),
  // under ink.
  const int w = 256, h = 257;
  SplashBitmap splash_made(w, h, 4, splashModeMono8, true), ours(w, h, 4, splashModeMono8, true);
  for (SplashBitmap* b : {&splash_made, &ours})
    for (int y = 0; y < h; ++y)
      for (int x = 0; x < w; ++x) {
        b->getDataPtr()[y * b->getRowSize() + x] = static_cast<unsigned char>(y == 256 ? 0 : x);
        b->getAlphaPtr()[y * w + x] = static_cast<unsigned char>(y == 256 ? 0 : y);
      }
  SplashColor paper{};
  paper[0] = 0xff;
  Splash(&splash_made, true).compositeBackground(paper);
  detail::composite_over_white(ours.getDataPtr(), ours.getRowSize(), ours.getAlphaPtr(), w, h);
  std::size_t differ = 0;
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x)
      if (splash_made.getDataPtr()[y * splash_made.getRowSize() + x] != ours.getDataPtr()[y * ours.getRowSize() + x]) ++differ;
  CHECK(splash_made.getRowSize() == ours.getRowSize());
  CHECK(differ == 0);
  CHECK(ours.getDataPtr()[256 * ours.getRowSize()] == 255);
}
