// Notes marked by raised letters (a table's "Troops a" ... "a Authorized
// strength"), as the UN marks the notes of its tables (S/2015/246, annex).
// No pass links them (notes are collected by figures and stars), so the
// marks stay in the text after their words and the notes stay paragraphs:
// that must not be silent. The fixtures are PDFs written here, word by
// word in Times (another producer than the corpus's Word and InDesign
// and the fixtures' LibreOffice): a one-page English table, a French
// table whose notes are printed on its second page, and raised letters
// that mark no note (a French ordinal, "50e séance").
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>
#include <vector>

#include "runner/runner.hpp"
#include "tests/support.hpp"

using namespace akn;
using namespace akn::test;

namespace {

// A run of text at (x, y) (points from the top left) in Times-Roman of
// `size`; `raise` lifts it above the baseline (a raised mark). `mark` is set
// right after the text, raised, in 5-point type, and `after` follows it in
// the run's size ("50" "e" " seance").
struct Run {
  double x = 0, y = 0, size = 10;
  std::string text;  // Latin-1 bytes
  double raise = 0;
  std::string mark = {}, after = {};
};

constexpr double kPageHeight = 792;

std::string content_of(const std::vector<Run>& runs) {
  std::string out = "BT\n";
  char buf[160];
  for (const Run& r : runs) {
    std::snprintf(buf, sizeof buf, "/F1 %.2f Tf 1 0 0 1 %.2f %.2f Tm (", r.size, r.x, kPageHeight - r.y + r.raise);
    out += buf + r.text + ") Tj\n";
    if (!r.mark.empty()) out += "/F1 5 Tf 3.2 Ts (" + r.mark + ") Tj 0 Ts\n";
    if (!r.after.empty()) {
      std::snprintf(buf, sizeof buf, "/F1 %.2f Tf (", r.size);
      out += buf + r.after + ") Tj\n";
    }
  }
  return out + "ET\n";
}

std::string pdf_of_pages(const std::vector<std::vector<Run>>& pages) {
  std::string kids;
  for (std::size_t k = 0; k < pages.size(); ++k) kids += std::to_string(4 + 2 * k) + " 0 R ";
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) + " >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>"};
  for (std::size_t k = 0; k < pages.size(); ++k) {
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents " + std::to_string(5 + 2 * k) +
                      " 0 R /Resources << /Font << /F1 3 0 R >> >> >>");
    const std::string content = content_of(pages[k]);
    objects.push_back("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "endstream");
  }
  return pdf_of_objects(objects);
}

// Body paragraphs in 10-point type from `y` down, 12 points apart.
void add_body(std::vector<Run>& page, double& y, const std::vector<std::string>& lines) {
  for (const std::string& l : lines) {
    page.push_back({72, y, 10, l});
    y += 12;
  }
  y += 12;
}

// A table row in 8.5-point type: cells at the columns' x, each with an
// optional raised letter right after it (a note mark).
struct Cell {
  std::string text;
  std::string mark = {};
};
void add_row(std::vector<Run>& page, double& y, const std::vector<Cell>& cells) {
  const double xs[] = {72, 230, 330, 420, 500};
  for (std::size_t c = 0; c < cells.size(); ++c) page.push_back({xs[c], y, 8.5, cells[c].text, 0, cells[c].mark});
  y += 14;
}

// A note under the table: its raised letter, then its text in 7.5 points.
void add_note(std::vector<Run>& page, double& y, const std::string& letter, const std::string& text) {
  page.push_back({72, y, 5, letter, 3});
  page.push_back({78, y, 7.5, text});
  y += 10;
}

bool has_letter_warning(const Conversion& c, std::string_view letters) {
  for (const Diagnostic& d : c.document.log.warnings())
    if (d.pass == "read_superscripts" && d.message.find("raised letters " + std::string(letters)) != std::string::npos)
      return true;
  return false;
}

const std::vector<std::string> kEnglishBody = {
    "The military component of the Mission stood at the strength set out in the table below, against",
    "the authorized strength approved by the Council. The component remains deployed at its team sites",
    "and liaison offices, and its contributions are given by country as at the end of the period.",
};

std::vector<Run> english_table_page() {
  std::vector<Run> page;
  double y = 90;
  page.push_back({72, y, 10, "Annex"});
  y += 24;
  add_body(page, y, kEnglishBody);
  // "Military observers" is 68 points wide in 8.5-point Times, "Troops" 24.
  add_row(page, y, {{"Country"}, {"Military observers", "a"}, {"Troops", "a"}, {"Police", "b"}, {"Total"}});
  add_row(page, y, {{"Argentina"}, {"3"}, {"0"}, {"1"}, {"4"}});
  add_row(page, y, {{"Bangladesh"}, {"6"}, {"20"}, {"0"}, {"26"}});
  add_row(page, y, {{"Egypt"}, {"20"}, {"0"}, {"2"}, {"22"}});
  add_row(page, y, {{"Ghana"}, {"5"}, {"7"}, {"0"}, {"12"}});
  add_row(page, y, {{"Total"}, {"34"}, {"27"}, {"3"}, {"64", "c"}});
  y += 10;
  add_note(page, y, "a", "Authorized military strength is 246, including the Force Commander.");
  add_note(page, y, "b", "Authorized strength is 12.");
  add_note(page, y, "c", "Actual strength on the ground, including the Force Commander.");
  return page;
}

}  // namespace

TEST_CASE("a table's notes marked by raised letters are not linked: a warning says so and the text is kept",
          "[footnotes][pdf]") {
  const Conversion c = pipeline().convert("letters.pdf", pdf_of_pages({english_table_page()}));
  CHECK(has_letter_warning(c, "\"a\", \"b\", \"c\""));
  // Kept as printed: the notes' text and the cells'.
  CHECK(c.text.find("Authorized military strength is 246") != std::string::npos);
  CHECK(c.text.find("Actual strength on the ground") != std::string::npos);
  CHECK(c.text.find("Military observers") != std::string::npos);
}

TEST_CASE("raised letter notes printed on the second page of a French table are named on that page",
          "[footnotes][pdf]") {
  std::vector<Run> first, second;
  double y = 90;
  first.push_back({72, y, 10, "Annexe"});
  y += 24;
  add_body(first, y,
           {"La composante militaire de la Mission comptait l'effectif indique dans le tableau ci-dessous, contre",
            "l'effectif autorise par le Conseil."});
  // "50e": an ordinal's raised letter, which marks no note.
  first.push_back({72, y, 10, "Le Conseil l'a decide a sa 50", 0, "e", " seance, le 3 mars, et la composante reste deployee."});
  y += 24;
  add_row(first, y, {{"Pays"}, {"Observateurs militaires", "a"}, {"Contingents", "a"}, {"Police", "b"}, {"Total"}});
  for (const char* country : {"Argentine", "Autriche", "Bangladesh", "Bresil", "Chine", "Croatie"})
    add_row(first, y, {{country}, {"3"}, {"0"}, {"1"}, {"4"}});
  y = 90;
  for (const char* country : {"Egypte", "France", "Ghana", "Guinee"}) add_row(second, y, {{country}, {"3"}, {"0"}, {"1"}, {"4"}});
  add_row(second, y, {{"Total"}, {"30"}, {"0"}, {"10"}, {"40", "c"}});
  y += 10;
  add_note(second, y, "a", "Effectif militaire autoris\xe9 : 246, commandant de la force compris.");
  add_note(second, y, "b", "Effectif autoris\xe9 : 12.");
  add_note(second, y, "c", "Effectif reel sur le terrain, commandant de la force compris.");
  const Conversion c = pipeline().convert("lettres.pdf", pdf_of_pages({first, second}));
  CHECK(has_letter_warning(c, "\"a\", \"b\", \"c\""));
  int warnings = 0;
  for (const Diagnostic& d : c.document.log.warnings())
    if (d.pass == "read_superscripts" && d.message.find("raised letters") != std::string::npos) {
      ++warnings;
      CHECK(d.where.page == 2);
    }
  CHECK(warnings == 1);
  CHECK(c.text.find("Effectif militaire autoris\u00e9 : 246") != std::string::npos);
}

TEST_CASE("raised letters that mark no printed note say nothing", "[footnotes][pdf]") {
  // An ordinal's raised "e" and a table's raised "a" with no line opening
  // with a raised "a": no note to name.
  std::vector<Run> page = english_table_page();
  page.resize(page.size() - 6);  // the three notes, each a letter and a text
  const Conversion c = pipeline().convert("nonotes.pdf", pdf_of_pages({page}));
  for (const Diagnostic& d : c.document.log.warnings()) CHECK(d.message.find("raised letters") == std::string::npos);
  CHECK(c.text.find("Military observers") != std::string::npos);
}

TEST_CASE("S/2015/246: the annex table's notes a b c are named in a warning on page 18 and kept as printed",
          "[pdf][corpus][footnotes]") {
  const Conversion c =
      pipeline().convert("S_2015_246-EN.pdf", read_file(shared_dir() + "/corpus/born_digital/S_2015_246-EN.pdf"));
  int warnings = 0;
  for (const Diagnostic& d : c.document.log.warnings())
    if (d.pass == "read_superscripts" && d.message.find("raised letters \"a\", \"b\", \"c\"") != std::string::npos) {
      ++warnings;
      CHECK(d.where.page == 18);
    }
  CHECK(warnings == 1);
  CHECK(c.text.find("a Authorized military strength is 246") != std::string::npos);
}
