// Tables read from the page's geometry (cleanup/tables.cpp), on PDFs the
// tests write: header rows told from the rows by their type, header cells
// set closer than cells are split at the columns below them, a table after
// a numbered paragraph and a lettered heading, and justified prose, whose
// wide word spaces are no column gaps.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "tests/support.hpp"

using namespace akn;
using namespace akn::test;

namespace {

// A run of Courier text (0.6 em a letter) at (x, y), y the baseline from the
// top; font 1 Courier, 2 Courier-Oblique, 3 Courier-Bold.
struct Run {
  double x = 0, y = 0, size = 8;
  std::string text;
  int font = 1;
};

constexpr double kPageHeight = 792;

double width_of(const std::string& text, double size) { return 0.6 * size * static_cast<double>(text.size()); }

std::string content_of(const std::vector<Run>& runs) {
  std::string out = "BT\n";
  char buf[160];
  for (const Run& r : runs) {
    std::snprintf(buf, sizeof buf, "/F%d %.2f Tf 1 0 0 1 %.2f %.2f Tm (", r.font, r.size, r.x, kPageHeight - r.y);
    out += buf + r.text + ") Tj\n";
  }
  return out + "ET\n";
}

std::string pdf_of(const std::vector<std::vector<Run>>& pages) {
  std::vector<std::string> contents;
  for (const std::vector<Run>& page : pages) contents.push_back(content_of(page));
  const std::string pdf = pdf_of_text_pages(contents, {"Courier", "Courier-Oblique", "Courier-Bold"});
  if (const char* dir = std::getenv("AKN_KEEP_TEST_PDFS")) {  // to convert them with another build
    static int n = 0;
    std::ofstream(std::string(dir) + "/tables-" + std::to_string(++n) + ".pdf", std::ios::binary) << pdf;
  }
  return pdf;
}

// Lines of prose at x from y down, 12 points apart, in 10-point type.
void add_lines(std::vector<Run>& page, double x, double& y, const std::vector<std::string>& lines) {
  for (const std::string& l : lines) {
    page.push_back({x, y, 10, l});
    y += 12;
  }
  y += 6;
}

bool contains(const std::string& text, std::string_view what) { return text.find(what) != std::string::npos; }

std::vector<std::string> cell_texts(const Document& doc, const PrintedRow& row) {
  std::vector<std::string> out;
  for (const PrintedCell& c : row.cells) {
    std::string t;
    for (const CellPiece& pc : c.pieces) {
      const Line& line = doc.pages[pc.page].lines[pc.line];
      const std::size_t b = line.words[pc.first_word].begin, e = line.words[pc.end_word - 1].end;
      t += (t.empty() ? "" : " ") + line.text.substr(b, e - b);
    }
    out.push_back(t);
  }
  return out;
}

std::size_t table_warnings(const Document& doc) {
  std::size_t n = 0;
  for (const Diagnostic& d : doc.log.warnings()) n += d.pass == "find_tables" ? 1U : 0U;
  return n;
}

const std::vector<std::string> kOpening = {"The General Assembly,", "",
                                           "    1. Takes note of the report of the Secretary-General;"};

// A posts table: a header row in italics whose cells over the figure
// columns stand closer than cells do ("P-2 GS (PL) GS (OL)"), two rows and
// a totals row in bold; the header's cells aligned with the figures' right
// edges, or with their left edges.
std::vector<Run> posts_table(double y, bool right_aligned) {
  const std::vector<std::string> head = {"D-1", "P-5", "P-2", "GS (PL)", "GS (OL)", "Total"};
  const std::vector<double> edge = {300, 330, 360, 400, 440, 480};  // each column's right (or left) edge
  const std::vector<std::vector<std::string>> rows = {{"Department of Management", "1", "3", "1", "-", "1", "6"},
                                                      {"Department of Operational Support", "-", "-", "1", "-", "-", "1"},
                                                      {"Total", "1", "3", "2", "-", "1", "7"}};
  std::vector<Run> out;
  auto place = [&](const std::string& text, std::size_t c, double at, double size, int font) {
    const double x = right_aligned ? edge[c] - width_of(text, size) : edge[c] - 10;
    out.push_back({x, at, size, text, font});
  };
  for (std::size_t c = 0; c < head.size(); ++c) place(head[c], c, y, 8, 2);
  y += 20;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const int font = r + 1 == rows.size() ? 3 : 1;
    out.push_back({r + 1 == rows.size() ? 84.0 : 72.0, y, 8, rows[r][0], font});
    for (std::size_t c = 1; c < rows[r].size(); ++c) place(rows[r][c], c - 1, y, 8, font);
    y += 16;
  }
  return out;
}

std::string posts_pdf(bool right_aligned, bool second_page) {
  std::vector<Run> page;
  double y = 100;
  add_lines(page, 72, y, kOpening);
  if (second_page) {
    std::vector<Run> next;
    double y2 = 100;
    add_lines(next, 72, y2, {"    2. Approves the posts, as reflected in the table below:"});
    for (const Run& r : posts_table(y2 + 10, right_aligned)) next.push_back(r);
    return pdf_of({page, next});
  }
  add_lines(page, 72, y, {"    2. Approves the posts, as reflected in the table below:"});
  for (const Run& r : posts_table(y + 10, right_aligned)) page.push_back(r);
  return pdf_of({page});
}

}  // namespace

TEST_CASE("a header row of cells set closer than cells are: one cell per column and the rows below it no headers",
          "[tables][pdf]") {
  std::size_t checked = 0;
  for (const bool right : {true, false})
    for (const bool second_page : {false, true}) {
      INFO((right ? "right-aligned" : "left-aligned") << (second_page ? ", on page 2" : ", on page 1"));
      const Conversion c = pipeline().convert("A_RES_78_999.pdf", posts_pdf(right, second_page));
      REQUIRE(c.document.tables.size() == 1);
      const PrintedTable& t = c.document.tables[0];
      REQUIRE(t.rows.size() == 4);
      CHECK(t.rows[0].header);
      CHECK(cell_texts(c.document, t.rows[0]) == std::vector<std::string>{"D-1", "P-5", "P-2", "GS (PL)", "GS (OL)", "Total"});
      // The rows of figures and the totals in bold are no header rows.
      for (std::size_t r = 1; r < 4; ++r) CHECK_FALSE(t.rows[r].header);
      CHECK(cell_texts(c.document, t.rows[3]) == std::vector<std::string>{"Total", "1", "3", "2", "-", "1", "7"});
      CHECK(contains(c.text, "\tD-1\tP-5\tP-2\tGS (PL)\tGS (OL)\tTotal\n"));
      CHECK_FALSE(contains(c.akn, "colspan"));
      CHECK(c.validation_errors.empty());
      CHECK(c.conservation.unaccounted.empty());
      ++checked;
    }
  CHECK(checked == 4);
}

namespace {

// A staffing table under a numbered paragraph that announces it and a
// lettered heading set left of it ("A.   Pension Administration"); the
// paragraphs before it justified, with wide word spaces here and there.
std::vector<Run> staffing_page(double y) {
  std::vector<Run> page;
  add_lines(page, 72, y, kOpening);
  // Justified lines: words spread so that their spaces are 1.3 to 2 em wide.
  const std::vector<std::vector<std::string>> justified = {
      {"5.", "Recalls", "paragraph", "158", "of", "the", "report,"},
      {"and", "requests", "the", "Board", "to", "examine", "any"},
      {"other", "circumstances", "where", "the", "guidelines", "apply"}};
  const std::vector<double> spaces = {13, 16, 20, 14, 18};  // 1.3 to 2 em, at no x in particular
  std::size_t spaced = 0;
  for (const std::vector<std::string>& line : justified) {
    double x = 72;
    for (const std::string& w : line) {
      page.push_back({x, y, 10, w});
      x += width_of(w, 10) + spaces[spaced++ % spaces.size()];
    }
    y += 12;
  }
  y += 6;
  page.push_back({96, y, 10, "6."});
  page.push_back({126, y, 10, "Approves the changes as set out in the table below:"});
  y += 24;
  page.push_back({60, y, 10, "A."});
  page.push_back({84, y, 10, "Pension Administration"});
  y += 24;
  const std::vector<double> col = {84, 200, 380, 470};
  const std::vector<std::string> head = {"Action", "Title of post", "Category/Level", "Number"};
  for (std::size_t k = 0; k < head.size(); ++k) page.push_back({col[k], y, 8, head[k], 2});
  y += 20;
  const std::vector<std::vector<std::string>> rows = {{"New post", "Information Systems Officer", "P-4", "1"},
                                                      {"New post", "Benefits Assistant", "GS (OL)", "1"},
                                                      {"Reclassification", "Benefits Officer", "P-4", "1"},
                                                      {"Reclassification", "Finance Officer", "P-5", "2"}};
  for (const auto& row : rows) {
    for (std::size_t k = 0; k < row.size(); ++k) page.push_back({col[k], y, 8, row[k]});
    y += 14;
  }
  y += 20;
  page.push_back({96, y, 10, "7."});
  page.push_back({126, y, 10, "Approves the estimates for the administration of the Fund;"});
  return page;
}

}  // namespace

TEST_CASE("a table under a numbered paragraph and a lettered heading is a table, not the paragraph's text",
          "[tables][pdf]") {
  const Conversion c = pipeline().convert("A_RES_78_998.pdf", pdf_of({staffing_page(100)}));
  CHECK(table_warnings(c.document) == 0);
  REQUIRE(c.document.tables.size() == 1);
  const PrintedTable& t = c.document.tables[0];
  REQUIRE(t.rows.size() == 5);
  CHECK(t.rows[0].header);
  CHECK(cell_texts(c.document, t.rows[0]) == std::vector<std::string>{"Action", "Title of post", "Category/Level", "Number"});
  CHECK(cell_texts(c.document, t.rows[1]) == std::vector<std::string>{"New post", "Information Systems Officer", "P-4", "1"});
  CHECK(c.validation_errors.empty());
  CHECK(c.conservation.unaccounted.empty());
}
