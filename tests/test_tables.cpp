// Tables read from the page's geometry (cleanup/tables.cpp), on PDFs the
// tests write: header rows told from the rows by their type, header cells
// set closer than cells are split at the columns below them, a table after
// a numbered paragraph and a lettered heading, and justified prose, whose
// wide word spaces are no column gaps, typewritten ones at one x in row
// after row included.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "core/text.hpp"
#include "ingest/ingest.hpp"
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

namespace {

// Typewritten justified prose, as a typewriter sets it in Courier (every
// letter and space 0.6 em): each line's words are spread to the full
// measure of kMeasure letters. The words after the first gap are moved to
// start at letter kGridColumn in every line (a gap of at least three
// spaces, 1.8 em, at the same x in row after row, as the character grid
// makes it), and the rest of the slack goes into one gap further on, at a
// different x in each line. A paragraph's last line is not spread.
constexpr std::size_t kMeasure = 64;
constexpr std::size_t kGridColumn = 16;

std::vector<std::string> words_of_text(const std::string& text) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t end = std::min(text.find(' ', at), text.size());
    if (end > at) out.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  return out;
}

// The length of a UTF-8 string in letters.
std::size_t letters(const std::string& s) {
  std::size_t n = 0;
  for (const char ch : s) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80 ? 1U : 0U;
  return n;
}

std::vector<std::string> typewritten_lines(const std::string& paragraph, std::size_t indent) {
  const std::vector<std::string> words = words_of_text(paragraph);
  std::vector<std::string> out;
  std::size_t w = 0;
  while (w < words.size()) {
    std::size_t col = out.empty() ? indent : 0;
    std::vector<std::string> left{words[w++]};
    col += letters(left.back());
    while (w < words.size() && col + 1 + letters(words[w]) + 3 <= kGridColumn) {
      col += 1 + letters(words[w]);
      left.push_back(words[w++]);
    }
    std::vector<std::string> right;
    std::size_t rcol = std::max(kGridColumn, col + 3);
    while (w < words.size() && rcol + (right.empty() ? 0 : 1) + letters(words[w]) <= kMeasure) {
      rcol += (right.empty() ? 0 : 1) + letters(words[w]);
      right.push_back(words[w++]);
    }
    std::string line(out.empty() ? indent : 0, ' ');
    for (std::size_t k = 0; k < left.size(); ++k) line += (k ? " " : "") + left[k];
    if (w == words.size()) {  // the last line, not spread
      for (const std::string& r : right) line += " " + r;
      out.push_back(line);
      break;
    }
    line += std::string(std::max(kGridColumn, col + 3) - col, ' ');
    const std::size_t slack = kMeasure - rcol;
    const std::size_t wide = right.size() > 2 ? right.size() / 2 + out.size() % 2 : 0;  // the gap that takes the slack
    for (std::size_t k = 0; k < right.size(); ++k) {
      if (k > 0) line += std::string(k == wide ? 1 + slack : 1, ' ');
      line += right[k];
    }
    if (wide == 0) line += std::string(slack, ' ');
    out.push_back(line);
  }
  return out;
}

// A UTF-8 string in WinAnsi (Latin-1 for the letters used here), with the
// PDF string's special characters escaped.
std::string win_ansi(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t cp = next_code_point(s, i);
    if (cp == U'(' || cp == U')' || cp == U'\\') out += '\\';
    out += static_cast<char>(cp < 0x100 ? cp : U'?');
  }
  return out;
}

struct Typescript {
  std::string heading;
  std::vector<std::string> paragraphs;
};

const Typescript kEnglishTypescript = {
    "Letter dated 2 May 2026 from the Acting Chairman of the Committee",
    {"In my capacity as Acting Chairman of the Committee, I wish to bring to your attention a number of recent reports "
     "concerning serious incidents that have taken place in the occupied territories. These reports indicate a "
     "continuing pattern of repression by the authorities, which appears to be aimed at stifling all forms of "
     "opposition by the people to the continuing occupation of their land.",
     "According to the weekly press of 5 April, demonstrations and strikes by residents in celebration of the day on "
     "30 March were met with hundreds of arrests, the forcible reopening of shops, heavy censorship of the local "
     "language newspapers, the closing of schools, and the shooting of demonstrators at several locations in the "
     "region and along the coast.",
     "As on previous occasions, I wish to reiterate the most serious concern of the Committee at these developments. "
     "There is no doubt that, as long as the people are prevented from exercising their rights to self-determination, "
     "national independence and sovereignty, and their territory remains occupied, tension and violence will continue "
     "to prevail in the area, increasingly endangering international peace and security. The Committee remains "
     "convinced that a peaceful political solution is possible and continues to call on all concerned to co-operate "
     "in the search for such a solution."}};

const Typescript kFrenchTypescript = {
    "Lettre datée du 2 mai 2026, adressée par le Président par intérim du Comité",
    {"En ma qualité de président par intérim du Comité, je tiens à porter à votre attention un certain nombre "
     "d'informations récentes concernant des incidents graves qui se sont produits dans les territoires occupés. "
     "Ces informations font état de la poursuite d'une politique de répression de la part des autorités, qui semble "
     "viser à étouffer toute forme d'opposition de la population à l'occupation continue de ses terres.",
     "Selon l'hebdomadaire paru le 5 avril, les manifestations et les grèves organisées par les habitants pour célébrer "
     "la journée du 30 mars se sont heurtées à des centaines d'arrestations, à la réouverture forcée de boutiques, à une "
     "censure sévère des journaux en langue locale, à la fermeture des écoles et à des tirs sur les manifestants en "
     "plusieurs endroits de la région et le long de la côte.",
     "Comme par le passé, je tiens à réaffirmer la très vive préoccupation du Comité devant cette évolution. Il ne fait "
     "aucun doute que, tant que la population sera empêchée d'exercer ses droits à l'autodétermination, à "
     "l'indépendance nationale et à la souveraineté, et que son territoire restera occupé, la tension et la violence "
     "continueront de régner dans la région, menaçant de plus en plus la paix et la sécurité internationales. Le Comité "
     "demeure convaincu qu'une solution politique pacifique est possible et continue de demander à toutes les parties "
     "concernées de coopérer à la recherche d'une telle solution."}};

// The letter typed on `pages` pages (its paragraphs once more on page 2),
// in 10-point Courier, lines 14 points apart. Each page's lines as typed.
std::vector<std::vector<std::string>> typescript_pages(const Typescript& t, std::size_t pages) {
  std::vector<std::vector<std::string>> out(pages);
  for (std::size_t p = 0; p < pages; ++p) {
    out[p].push_back(p == 0 ? t.heading : "");
    for (const std::string& para : t.paragraphs) {
      out[p].push_back("");
      for (const std::string& l : typewritten_lines(para, 5)) out[p].push_back(l);
    }
  }
  return out;
}

std::string typescript_pdf(const std::vector<std::vector<std::string>>& pages) {
  std::vector<std::string> contents;
  for (const std::vector<std::string>& lines : pages) {
    std::string c = "BT\n";
    double y = 110;
    char buf[96];
    for (const std::string& l : lines) {
      std::snprintf(buf, sizeof buf, "/F1 10 Tf 1 0 0 1 72 %.2f Tm (", kPageHeight - y);
      if (!l.empty()) c += buf + win_ansi(l) + ") Tj\n";
      y += 14;
    }
    contents.push_back(c + "ET\n");
  }
  const std::string pdf = pdf_of_text_pages(contents, {"Courier"});
  if (const char* dir = std::getenv("AKN_KEEP_TEST_PDFS")) {  // to convert them with another build
    static int n = 0;
    std::ofstream(std::string(dir) + "/typescript-" + std::to_string(++n) + ".pdf", std::ios::binary) << pdf;
  }
  return pdf;
}

const Pipeline& ocr_always_pipeline() {
  static const Pipeline p = [] {
    PipelineConfig c = config();
    c.ingest.ocr.mode = OcrMode::always;
    return Pipeline(c);
  }();
  return p;
}

void check_typescript_is_prose(const Conversion& c, const std::vector<std::vector<std::string>>& pages) {
  CHECK(c.document.tables.empty());
  CHECK(table_warnings(c.document) == 0);
  // No tab stands for a cell boundary in the clean text.
  CHECK_FALSE(contains(c.text, "\t"));
  CHECK(c.conservation.unaccounted.empty());
  // The typed lines do have gaps at one x in row after row (the fixture
  // tests what it means to).
  std::size_t aligned = 0;
  for (const std::vector<std::string>& lines : pages)
    for (const std::string& l : lines)
      aligned += l.size() > kGridColumn + 1 && l.substr(kGridColumn - 3, 3) == "   " && l[kGridColumn] != ' ' ? 1U : 0U;
  CHECK(aligned >= 3 * pages.size());
}

}  // namespace

// A/40/281 p.2: a typewritten justified page, its spread word spaces on
// the character grid, at one x in three rows running ("and sovereignty,
// and their territory   remains illegally"), was read as a table of three
// columns. The line reads on across those gaps: they are no gutters.
TEST_CASE("typewritten justified prose with gaps at one x in row after row is no table", "[tables][pdf]") {
  std::size_t checked = 0;
  for (const Typescript* t : {&kEnglishTypescript, &kFrenchTypescript})
    for (const std::size_t pages : {1U, 2U}) {
      INFO((t == &kEnglishTypescript ? "English" : "French") << " on " << pages << " page(s)");
      const auto lines = typescript_pages(*t, pages);
      const Conversion c = pipeline().convert("A_40_999.pdf", typescript_pdf(lines));
      check_typescript_is_prose(c, lines);
      ++checked;
    }
  CHECK(checked == 4);
}

TEST_CASE("typewritten justified prose read by OCR from the page image is no table", "[tables][pdf][ocr][slow]") {
  std::size_t checked = 0;
  for (const Typescript* t : {&kEnglishTypescript, &kFrenchTypescript})
    for (const std::size_t pages : {1U, 2U}) {
      INFO((t == &kEnglishTypescript ? "English" : "French") << " on " << pages << " page(s)");
      const auto lines = typescript_pages(*t, pages);
      const Conversion c = ocr_always_pipeline().convert("A_40_999.pdf", typescript_pdf(lines));
      for (const Page& page : c.document.pages) CHECK(page.ocr);
      check_typescript_is_prose(c, lines);
      ++checked;
    }
  CHECK(checked == 4);
}
