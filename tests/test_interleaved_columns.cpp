// Two columns that a text layer gives row by row (issue 19): an OCR layer
// whose gutter is narrower than Poppler takes for a column break (about an
// em, as in old Official Records and yearbooks) is read row by row, each
// source line the left column's line and the right column's beside it. The
// lines are split at the gutter and the columns read one after the other
// (an edit) when the text shows it runs on down each side; a table's rows,
// a page of one column and a title across both columns are left as they
// are; two columns whose text shows nothing either way are left as given,
// with a warning.
//
// The fixtures are PDFs written here, word by word in Courier, drawn
// visibly or invisibly (text render mode 3, as OCR layers are drawn), in
// English and French, one and two pages, with the gutter at the page's
// middle or off it. Their text is made from a word list: numbered
// paragraphs whose long words may be hyphenated at a line's end.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "runner/runner.hpp"
#include "tests/support.hpp"

using namespace akn;
using namespace akn::test;

namespace {

constexpr double kPageHeight = 792;
constexpr double kSize = 10, kLeading = 12;

// A word's advance: 0.5 em a character, as a book face's; the words are
// drawn in Courier (0.6 em) narrowed to it (Tz), each at its place, as OCR
// layers draw them.
constexpr double kEmPerChar = 0.5;
double width_of(std::string_view word) { return kEmPerChar * kSize * static_cast<double>(code_point_count(word)); }

struct SetWord {
  std::string text;  // UTF-8
  double x = 0;
};
using SetLine = std::vector<SetWord>;

std::string text_of(const SetLine& line) {
  std::string out;
  for (const SetWord& w : line) out += (out.empty() ? "" : " ") + w.text;
  return out;
}

// Text flowing through columns: paragraphs of words, and where the next
// line starts (a word's rest after a hyphen included). A '|' in a word
// marks where it may be hyphenated at a line's end.
struct Flow {
  std::vector<std::vector<std::string>> paragraphs;
  std::size_t paragraph = 0, word = 0;
  std::string rest;  // what is left of a word hyphenated at the last line's end
  bool done() const { return paragraph >= paragraphs.size(); }
};

std::string plain(std::string s) {
  std::erase(s, '|');
  return s;
}

SetLine justify(const std::vector<std::string>& words, double x0, double x1, bool last) {
  double width = 0;
  for (const std::string& w : words) width += width_of(w);
  // Word spaces of a justified line stretch to at most kMaxSpaceEm: a line
  // that would need more ends a little short of the column's edge.
  constexpr double kMaxSpaceEm = 0.45;
  const double gap = last || words.size() < 2
                         ? 0.3 * kSize
                         : std::min(kMaxSpaceEm * kSize, (x1 - x0 - width) / static_cast<double>(words.size() - 1));
  SetLine line;
  double x = x0;
  for (const std::string& w : words) line.push_back({w, x}), x += width_of(w) + gap;
  return line;
}

// The next line of `flow` set in [x0, x1]: filled word by word and
// justified, but for a paragraph's last line.
SetLine next_line(Flow& flow, double x0, double x1) {
  std::vector<std::string> words;
  double used = 0;
  const std::vector<std::string>& paragraph = flow.paragraphs[flow.paragraph];
  while (flow.word < paragraph.size()) {
    const std::string w = flow.rest.empty() ? paragraph[flow.word] : flow.rest;
    const double space = words.empty() ? 0 : 0.3 * kSize;
    if (words.empty() || used + space + width_of(plain(w)) <= x1 - x0) {
      words.push_back(plain(w));
      used += space + width_of(plain(w));
      flow.rest.clear();
      ++flow.word;
      continue;
    }
    // The longest part of the word up to a '|' that fits, hyphenated.
    std::size_t cut = std::string::npos;
    for (std::size_t bar = w.find('|'); bar != std::string::npos; bar = w.find('|', bar + 1))
      if (used + space + width_of(plain(w.substr(0, bar)) + "-") <= x1 - x0) cut = bar;
    if (cut != std::string::npos) {
      words.push_back(plain(w.substr(0, cut)) + "-");
      flow.rest = w.substr(cut + 1);
    }
    return justify(words, x0, x1, false);
  }
  ++flow.paragraph;
  flow.word = 0;
  return justify(words, x0, x1, true);
}

std::vector<SetLine> fill(Flow& flow, double x0, double x1, std::size_t rows) {
  std::vector<SetLine> out;
  while (out.size() < rows && !flow.done()) out.push_back(next_line(flow, x0, x1));
  return out;
}

// Numbered paragraphs of `count` sentences each, from `words` (deterministic).
std::vector<std::string> paragraphs_of(const std::vector<std::string>& words, int first, int paragraphs, bool numbered,
                                       unsigned seed) {
  std::mt19937 pick(seed);
  std::vector<std::string> out;
  for (int p = 0; p < paragraphs; ++p) {
    std::string text = numbered ? std::to_string(first + p) + "." : "";
    const int sentences = 2 + static_cast<int>(pick() % 3);
    for (int s = 0; s < sentences; ++s) {
      const int length = 9 + static_cast<int>(pick() % 8);
      for (int k = 0; k < length; ++k) {
        std::string w = words[pick() % words.size()];
        if (k == 0 && w[0] >= 'a' && w[0] <= 'z') w[0] = static_cast<char>(w[0] - 'a' + 'A');
        if (k + 1 == length) w += ".";
        text += (text.empty() ? "" : " ") + w;
      }
    }
    out.push_back(text);
  }
  return out;
}

const std::vector<std::string> kEnglish = {
    "the", "committee", "con|sidered", "the", "draft", "reso|lution", "and", "the", "report", "of", "the",
    "Secre|tary-General", "on", "infor|mation", "from", "terri|tories", "admin|istering", "Powers", "had",
    "trans|mitted", "economic", "social", "and", "edu|cational", "con|ditions", "dele|gation", "voted", "against",
    "because", "its", "oper|ative", "para|graphs", "went", "beyond", "the", "pro|visions", "of", "the", "Charter",
    "in", "respect", "of", "political", "devel|opment", "peoples", "towards", "inde|pendence", "Government",
    "United", "Nations", "decla|ration", "prin|ciples", "respon|sibility", "to", "a", "was", "that", "by"};
const std::vector<std::string> kFrench = {
    "le", "comité", "a", "exa|miné", "le", "projet", "de", "réso|lution", "et", "le", "rapport", "du",
    "Secré|taire", "général", "sur", "les", "rensei|gnements", "relatifs", "aux", "terri|toires", "non",
    "auto|nomes", "les", "puis|sances", "admi|nistrantes", "ont", "commu|niqué", "des", "condi|tions",
    "écono|miques", "sociales", "délé|gation", "a", "voté", "contre", "parce", "que", "ses", "para|graphes",
    "vont", "au-delà", "des", "dispo|sitions", "de", "la", "Charte", "en", "matière", "politique", "dévelop|pement",
    "peuples", "vers", "l'indé|pendance", "Gouver|nement", "Nations", "Unies", "décla|ration", "prin|cipes"};

// UTF-8 to WinAnsi (Latin-1 here) in a PDF string.
std::string pdf_string(std::string_view utf8) {
  std::string out;
  std::size_t i = 0;
  while (i < utf8.size()) {
    const char32_t cp = next_code_point(utf8, i);
    if (cp == '(' || cp == ')' || cp == '\\') out += '\\';
    out += static_cast<char>(cp < 0x100 ? cp : '?');
  }
  return out;
}

// The content stream of lines set at `y` (points from the top) down.
std::string content_of(const std::vector<std::pair<const SetLine*, double>>& lines, bool invisible) {
  std::string out = invisible ? "BT 3 Tr\n" : "BT 0 Tr\n";
  char buf[96];
  for (const auto& [line, y] : lines)
    for (const SetWord& w : *line) {
      std::snprintf(buf, sizeof buf, "/F1 %.1f Tf %.2f Tz 1 0 0 1 %.2f %.2f Tm (", kSize, 100 * kEmPerChar / 0.6, w.x,
                    kPageHeight - y);
      out += buf + pdf_string(w.text) + ") Tj\n";
    }
  return out + "ET\n";
}

// A page: a title centred across both columns, then two columns of
// `rows` lines, [72, gutter_lo] and [gutter_hi, 540], filled from `flow`,
// the left one first. Poppler reads a text layer by the words' places, not
// in the order the content stream draws them.
struct ColumnPage {
  std::string content;
  std::string title;
  std::vector<std::string> left, right;  // each column's lines
};

ColumnPage column_page(Flow& flow, const std::string& title, double gutter_lo, double gutter_hi, bool invisible,
                       std::size_t rows = 26) {
  ColumnPage page;
  SetLine heading;
  double x = 306 - width_of(title) / 2;
  for (std::size_t b = 0; b < title.size();) {
    const std::size_t e = std::min(title.find(' ', b), title.size());
    heading.push_back({title.substr(b, e - b), x});
    x += width_of(title.substr(b, e - b)) + 0.3 * kSize;
    b = e + 1;
  }
  page.title = title;
  const std::vector<SetLine> left = fill(flow, 72, gutter_lo, rows), right = fill(flow, gutter_hi, 540, rows);
  std::vector<std::pair<const SetLine*, double>> lines = {{&heading, 60}};
  for (std::size_t r = 0; r < rows; ++r)
    for (const auto* column : {&left, &right})
      if (r < column->size()) lines.push_back({&(*column)[r], 90 + kLeading * static_cast<double>(r)});
  for (const SetLine& l : left) page.left.push_back(text_of(l));
  for (const SetLine& l : right) page.right.push_back(text_of(l));
  page.content = content_of(lines, invisible);
  return page;
}

Flow flow_of(const std::vector<std::string>& paragraphs) {
  Flow flow;
  for (const std::string& p : paragraphs) {
    std::vector<std::string> words;
    for (std::size_t b = 0; b < p.size();) {
      const std::size_t e = std::min(p.find(' ', b), p.size());
      words.push_back(p.substr(b, e - b));
      b = e + 1;
    }
    flow.paragraphs.push_back(std::move(words));
  }
  return flow;
}

struct Fixture {
  std::string pdf;
  std::vector<ColumnPage> pages;
};

// A document of `pages` two-column pages whose text runs down the left
// column, the right one, then on to the next page; numbered paragraphs, or
// (not `numbered`) one paragraph.
Fixture two_columns(const std::vector<std::string>& words, const std::string& title, double gutter_lo, double gutter_hi,
                    int pages, bool invisible, bool numbered = true) {
  std::vector<std::string> paragraphs = paragraphs_of(words, 12, 12 * pages, numbered, 19);
  if (!numbered) {
    // One paragraph: no paragraph ends either.
    for (std::size_t k = 1; k < paragraphs.size(); ++k) paragraphs[0] += " " + paragraphs[k];
    paragraphs.resize(1);
  }
  Flow flow = flow_of(paragraphs);
  Fixture f;
  std::vector<std::string> contents;
  for (int p = 0; p < pages; ++p) {
    f.pages.push_back(column_page(flow, title, gutter_lo, gutter_hi, invisible));
    contents.push_back(f.pages.back().content);
  }
  f.pdf = pdf_of_text_pages(contents, {"Courier"});
  return f;
}

std::vector<std::string> texts_of(const Page& page) {
  std::vector<std::string> out;
  for (const Line& l : page.lines) out.push_back(l.text);
  return out;
}

std::size_t warnings_with(const Document& doc, std::string_view text) {
  std::size_t n = 0;
  for (const Diagnostic& d : doc.log.warnings())
    if (d.message.find(text) != std::string::npos) {
      UNSCOPED_INFO(d.message);
      ++n;
    }
  return n;
}

std::vector<std::string> without_bars(std::vector<std::string> words) {
  for (std::string& w : words) std::erase(w, '|');
  return words;
}

}  // namespace

TEST_CASE("two columns a text layer gives row by row are split at the gutter and read one after the other",
          "[ingest][pdf][layout]") {
  struct Case {
    const char* name;
    const std::vector<std::string>* words;
    const char* title;
    double gutter_lo, gutter_hi;
    int pages;
    bool invisible;
  };
  const std::vector<Case> cases = {
      {"English, one page, gutter at the middle", &kEnglish, "SUMMARY RECORD OF THE 985TH MEETING", 303, 309, 1, false},
      {"French, one page, gutter right of the middle, invisible", &kFrench, "COMPTE RENDU ANALYTIQUE DE LA 985E SEANCE",
       327, 333.5, 1, true},
      {"English, two pages, gutter left of the middle, invisible", &kEnglish, "FOURTH COMMITTEE", 280, 286, 2, true},
      {"French, two pages, gutter at the middle", &kFrench, "QUATRIEME COMMISSION", 303, 309.5, 2, false}};
  std::size_t ran = 0;
  for (const Case& c : cases) {
    INFO(c.name);
    const Fixture f = two_columns(*c.words, c.title, c.gutter_lo, c.gutter_hi, c.pages, c.invisible);
    const Document doc = pipeline().read("columns.pdf", f.pdf);
    REQUIRE(doc.pages.size() == f.pages.size());
    for (std::size_t p = 0; p < f.pages.size(); ++p) {
      const ColumnPage& page = f.pages[p];
      std::vector<std::string> expected = {page.title};
      expected.insert(expected.end(), page.left.begin(), page.left.end());
      expected.insert(expected.end(), page.right.begin(), page.right.end());
      CHECK(texts_of(doc.pages[p]) == expected);
    }
    // An edit for each page, at the right column's first line, its box the columns'.
    const std::vector<Edit> edits = edits_of(doc, "read_columns");
    REQUIRE(edits.size() == f.pages.size());
    for (std::size_t p = 0; p < edits.size(); ++p) {
      const Edit& e = edits[p];
      CHECK(e.where.page == static_cast<int>(p) + 1);
      CHECK(e.where.line == 2 + static_cast<int>(f.pages[p].left.size()));
      CHECK(e.reason.find("row") != std::string::npos);
      REQUIRE(e.box);
      CHECK(e.box->x0 < 80);
      CHECK(e.box->x1 > 500);
    }
    CHECK(warnings_with(doc, "gutter") == 0);
    ++ran;
  }
  CHECK(ran == 4);
}

TEST_CASE("a page of one column, a table's rows and two columns whose text shows nothing are not split",
          "[ingest][pdf][layout]") {
  // One column across the page, its justified lines with wide gaps.
  Flow flow = flow_of(paragraphs_of(without_bars(kEnglish), 1, 4, true, 7));
  const std::vector<SetLine> single = fill(flow, 72, 540, 30);
  std::vector<std::pair<const SetLine*, double>> placed;
  std::vector<std::string> single_expected;
  for (std::size_t r = 0; r < single.size(); ++r) {
    placed.push_back({&single[r], 90 + kLeading * static_cast<double>(r)});
    single_expected.push_back(text_of(single[r]));
  }
  // A table: a name, a function and a country on each row; then one of
  // two wide columns of text cells. Poppler gives its columns as blocks.
  const std::vector<std::vector<std::string>> people = {
      {"Mr. Andrew Cohen", "Representative", "United Kingdom"}, {"Mr. Carlos Carpio", "Alternate", "Philippines"},
      {"Mr. Thanat Plangprayoon", "Representative", "Thailand"}, {"Mr. Jorge Espinosa", "Adviser", "Mexico"},
      {"Mrs. Agda Rossel", "Representative", "Sweden"},           {"Mr. Louis Diallo", "Alternate", "Guinea"},
      {"Mr. Palar Nugroho", "Chairman", "Indonesia"},             {"Mr. Omar Loutfi", "Adviser", "United Arab Republic"}};
  const std::vector<std::vector<std::string>> offices = {
      {"Ministry of Foreign Affairs", "Department of Political Affairs"},
      {"Office of the Prime Minister", "Permanent Mission to the United Nations"},
      {"Ministry of Overseas Territories", "Department of Trusteeship"},
      {"National Planning Commission", "Office of Legal Affairs"},
      {"Ministry of Education", "Department of Social Affairs"},
      {"Ministry of Public Works", "Department of Economic Affairs"}};
  std::vector<SetLine> three, two;
  for (const auto& row : people) {
    SetLine line;
    for (const auto& [cell, x] : {std::pair{row[0], 72.0}, {row[1], 200.0}, {row[2], 290.0}}) {
      double at = x;
      for (std::size_t b = 0; b < cell.size();) {
        const std::size_t e = std::min(cell.find(' ', b), cell.size());
        line.push_back({cell.substr(b, e - b), at});
        at += width_of(cell.substr(b, e - b)) + 0.3 * kSize;
        b = e + 1;
      }
    }
    three.push_back(std::move(line));
  }
  for (const auto& row : offices) {
    SetLine line;
    for (const auto& [cell, x] : {std::pair{row[0], 72.0}, {row[1], 250.0}}) {
      double at = x;
      for (std::size_t b = 0; b < cell.size();) {
        const std::size_t e = std::min(cell.find(' ', b), cell.size());
        line.push_back({cell.substr(b, e - b), at});
        at += width_of(cell.substr(b, e - b)) + 0.3 * kSize;
        b = e + 1;
      }
    }
    two.push_back(std::move(line));
  }
  std::vector<std::pair<const SetLine*, double>> table_placed;
  for (std::size_t r = 0; r < three.size(); ++r) table_placed.push_back({&three[r], 90 + kLeading * static_cast<double>(r)});
  for (std::size_t r = 0; r < two.size(); ++r) table_placed.push_back({&two[r], 250 + kLeading * static_cast<double>(r)});
  // Two columns of one paragraph each, no word hyphenated, no number.
  const Fixture plain_columns = two_columns(without_bars(kEnglish), "FOURTH COMMITTEE", 303, 309, 1, true, false);
  const std::string pdf = pdf_of_text_pages({content_of(placed, false), content_of(table_placed, true),
                                              plain_columns.pages.front().content},
                                             {"Courier"});
  const Document doc = pipeline().read("controls.pdf", pdf);
  REQUIRE(doc.pages.size() == 3);
  CHECK(texts_of(doc.pages[0]) == single_expected);
  // The table as the source gives it (Poppler: its columns as blocks):
  // every cell whole on a line, nothing reordered.
  std::size_t cells = 0;
  const auto table_lines = texts_of(doc.pages[1]);
  for (const auto* table : {&people, &offices})
    for (const auto& row : *table)
      for (const std::string& cell : row) {
        INFO(cell);
        CHECK(std::any_of(table_lines.begin(), table_lines.end(),
                          [&](const std::string& l) { return l.find(cell) != std::string::npos; }));
        ++cells;
      }
  CHECK(cells == 36);
  CHECK(edits_of(doc, "read_columns").empty());
  // The third page: its lines as given, row by row, and a warning.
  const ColumnPage& page = plain_columns.pages.front();
  const auto got = texts_of(doc.pages[2]);
  REQUIRE(page.right.size() == page.left.size());
  REQUIRE(got.size() == 1 + page.left.size());
  CHECK(got[0] == page.title);
  for (std::size_t r = 0; r < page.left.size(); ++r) CHECK(got[r + 1] == page.left[r] + " " + page.right[r]);
  CHECK(warnings_with(doc, "gutter") == 1);
}
