// Two layouts of the page that are no text of their own: a bold heading
// wrapped after its colon is one heading (unwrap_lines), and the leader
// dots that carry the eye from a table cell to the next are furniture
// (find_tables, an edit). The fixtures are PDFs written here, line by line
// in Times and Times-Bold (another producer than the corpus's Word and
// InDesign and the fixtures' LibreOffice): English and French, one and two
// pages, one column and two, dots as words, as one word and as ellipses.
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>
#include <vector>

#include "runner/runner.hpp"
#include "tests/support.hpp"

using namespace akn;
using namespace akn::test;

namespace {

// A line of text at (x, y) (points from the top left, y the baseline) in
// Times-Roman or Times-Bold of `size` (Latin-1 bytes).
struct Run {
  double x = 0, y = 0, size = 10;
  std::string text;
  bool bold = false;
};

constexpr double kPageHeight = 792;

std::string content_of(const std::vector<Run>& runs) {
  std::string out = "BT\n";
  char buf[160];
  for (const Run& r : runs) {
    std::snprintf(buf, sizeof buf, "/F%d %.2f Tf 1 0 0 1 %.2f %.2f Tm (", r.bold ? 2 : 1, r.size, r.x, kPageHeight - r.y);
    out += buf + r.text + ") Tj\n";
  }
  return out + "ET\n";
}

std::string pdf_of_pages(const std::vector<std::vector<Run>>& pages) {
  std::vector<std::string> contents;
  for (const std::vector<Run>& page : pages) contents.push_back(content_of(page));
  return pdf_of_text_pages(contents, {"Times-Roman", "Times-Bold"});
}

// A paragraph of `lines` in 10-point type at the column's left edge `x`,
// its first line indented, from `y` down on a 12-point leading; y ends
// under it after a paragraph's space.
void add_paragraph(std::vector<Run>& page, double x, double& y, const std::vector<std::string>& lines) {
  for (std::size_t k = 0; k < lines.size(); ++k) {
    page.push_back({k == 0 ? x + 24 : x, y, 10, lines[k]});
    y += 12;
  }
  y += 6;
}

// A bold heading of `lines` set flush at x, on the body's leading.
void add_heading(std::vector<Run>& page, double x, double& y, const std::vector<std::string>& lines) {
  for (const std::string& l : lines) {
    page.push_back({x, y, 10, l, true});
    y += 12;
  }
  y += 6;
}

const std::vector<std::string> kEnglishText = {
    "The President: The Security Council will now begin its consideration of the item",
    "on its agenda. The Council is meeting in accordance with the understanding reached",
    "in its prior consultations, and I give the floor to the Executive Director."};

bool contains(std::string_view text, std::string_view what) { return text.find(what) != std::string_view::npos; }

std::size_t count_of(std::string_view hay, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t at = hay.find(needle); at != std::string_view::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("a bold heading wrapped after its colon is one heading", "[unwrap][pdf]") {
  std::vector<Run> page;
  double y = 90;
  add_paragraph(page, 72, y, {"The meeting was called to order at 10.15 a.m."});
  add_heading(page, 72, y, {"Food security in the context of regional cooperation:", "the Sahel and other regions"});
  add_paragraph(page, 72, y, kEnglishText);
  const Conversion c = pipeline().convert("S_PV.9990.pdf", pdf_of_pages({page}));
  CHECK(contains(c.text, "Food security in the context of regional cooperation: the Sahel and other regions\n"));
  CHECK_FALSE(contains(c.text, "cooperation:\n"));
  // The text under it stays a paragraph of its own.
  CHECK(contains(c.text, "\nThe President: The Security Council"));
  CHECK(c.conservation.unaccounted.empty());
}

TEST_CASE("a French bold heading wrapped after its colon in the left column of a second page is one heading",
          "[unwrap][pdf][languages]") {
  // Two columns of 228 points, as a verbatim record sets its pages.
  std::vector<Run> first, second;
  double y = 90;
  add_paragraph(first, 72, y, {"La s\xe9" "ance est ouverte \xe0 10 h 15."});
  y = 90;
  add_heading(second, 72, y, {"L'aide alimentaire dans le contexte du", "r\xe8glement des conflits :",
                              "l'Afghanistan et d'autres r\xe9gions"});
  add_paragraph(second, 72, y, {"Le Pr\xe9sident : Le Conseil de s\xe9" "curit\xe9 va", "maintenant aborder l'examen de la",
                                "question inscrite \xe0 son ordre du jour."});
  double right = 90;
  add_paragraph(second, 312, right, {"Je donne la parole \xe0 la Directrice", "ex\xe9" "cutive du Programme alimentaire",
                                     "mondial, et je la remercie de sa pr\xe9sence."});
  const Conversion c = pipeline().convert("S_PV.9991.fr.pdf", pdf_of_pages({first, second}));
  CHECK(contains(c.text, "L'aide alimentaire dans le contexte du r\u00e8glement des conflits : l'Afghanistan et d'autres "
                         "r\u00e9gions\n"));
  CHECK(contains(c.text, "\nLe Pr\u00e9sident : Le Conseil"));
  CHECK(c.conservation.unaccounted.empty());
}

TEST_CASE("a bold heading ending with a colon stays apart from text in another type or after space", "[unwrap][pdf]") {
  std::vector<Run> page;
  double y = 90;
  // Text in regular type under it, flush: not the heading's.
  add_heading(page, 72, y, {"Adoption of the agenda:"});
  y -= 6;
  page.push_back({72, y, 10, "The agenda was adopted without a vote, and the Council went on."});
  y += 18;
  // Another bold heading after a paragraph's space.
  add_heading(page, 72, y, {"Letter dated 4 April 2024 from the Permanent Representative:"});
  add_heading(page, 72, y, {"Briefing by the Executive Director"});
  add_paragraph(page, 72, y, kEnglishText);
  const Conversion c = pipeline().convert("S_PV.9992.pdf", pdf_of_pages({page}));
  CHECK(contains(c.text, "Adoption of the agenda:\n"));
  CHECK(contains(c.text, "Permanent Representative:\n"));
  CHECK(contains(c.text, "\nBriefing by the Executive Director\n"));
}

namespace {

// A roster as a verbatim record prints it: a member's name, leader dots up
// to a tab stop, the representative there.
std::vector<Run> roster_page(const std::vector<std::pair<std::string, std::string>>& rows, const std::string& dots) {
  std::vector<Run> page;
  double y = 90;
  page.push_back({72, y, 10, "Members:"});
  for (const auto& [member, name] : rows) {
    page.push_back({130, y, 10, member + " " + dots});
    page.push_back({330, y, 10, name});
    y += 14;
  }
  y += 12;
  add_paragraph(page, 72, y, kEnglishText);
  return page;
}

const std::vector<std::pair<std::string, std::string>> kRoster = {
    {"Bulgaria", "Mr. Petrov"}, {"Cameroon", "Mrs. Ngo"}, {"China", "Mr. Zhang"}, {"Colombia", "Mr. Reyes"},
    {"France", "Mr. Martin"}};

}  // namespace

TEST_CASE("leader dots between a table cell and the next cell leave the cell by an edit", "[tables][pdf]") {
  struct Variant {
    const char* name;
    std::string dots;
  };
  // Dots as words of their own, as one word, and as ellipses (WinAnsi 0x85).
  const Variant variants[] = {{"spaced", ". . . . . . . . . . . . . . . . . . . . ."},
                              {"one word", "................................."},
                              {"ellipses", "\x85\x85\x85\x85\x85\x85\x85\x85\x85\x85\x85"}};
  std::size_t checked = 0;
  for (const Variant& v : variants) {
    INFO(v.name);
    const Conversion c = pipeline().convert("S_PV.9993.pdf", pdf_of_pages({roster_page(kRoster, v.dots)}));
    REQUIRE(c.document.tables.size() == 1);
    CHECK(edits_of(c.document, "remove_leader_dots").size() == kRoster.size());
    CHECK_FALSE(contains(c.text, ". . . ."));
    CHECK_FALSE(contains(c.text, "...."));
    CHECK_FALSE(contains(c.text, "\u2026\u2026"));
    CHECK_FALSE(contains(c.akn, ". . . ."));
    CHECK_FALSE(contains(c.akn, "...."));
    for (const auto& [member, name] : kRoster) {
      CHECK(contains(c.akn, "<p>" + member + "</p>"));
      CHECK(contains(c.akn, "<p>" + name + "</p>"));
    }
    CHECK(c.conservation.unaccounted.empty());
    ++checked;
  }
  CHECK(checked == 3);
}

TEST_CASE("a French roster over two pages loses its leader dots and keeps a cell of dots alone", "[tables][pdf][languages]") {
  const std::vector<std::pair<std::string, std::string>> membres = {
      {"Allemagne", "M. Schmidt"}, {"Br\xe9sil", "Mme Souza"}, {"Chine", "M. Zhang"}, {"\xc9gypte", "M. Farouk"}};
  std::vector<Run> second = roster_page(membres, ". . . . . . . . . . . . . . . . . .");
  // A figures table whose cell of dots alone says "no figure": kept.
  double y = 400;
  for (const char* row : {"Guin\xe9" "e", "Mali", "Niger", "Tchad"}) {
    second.push_back({72, y, 10, row});
    second.push_back({300, y, 10, std::string(row) == "Mali" ? "...." : "12"});
    second.push_back({400, y, 10, "14"});
    y += 14;
  }
  std::vector<Run> first;
  double y1 = 90;
  add_paragraph(first, 72, y1, {"La s\xe9" "ance est ouverte \xe0 10 h 15."});
  const Conversion c = pipeline().convert("S_PV.9994.fr.pdf", pdf_of_pages({first, second}));
  CHECK(edits_of(c.document, "remove_leader_dots").size() == membres.size());
  CHECK_FALSE(contains(c.akn, ". . . ."));
  CHECK(contains(c.akn, "<p>Allemagne</p>"));
  CHECK(contains(c.akn, "<p>M. Schmidt</p>"));
  CHECK(count_of(c.akn, "<p>....</p>") == 1);
  CHECK(c.conservation.unaccounted.empty());
}
