// Notes marked by raised letters (a table's "Troops a" ... "a Authorized
// strength"), as the UN marks the notes of its tables (S/2015/246, annex):
// collect_footnotes links each run of letter notes to the raised letters
// above it (cleanup/letter_notes.cpp), and letters restart in the next
// table. A run it cannot link whole stays as printed, with a warning. The
// fixtures are PDFs written here, word by word in Times (another producer
// than the corpus's Word and InDesign and the fixtures' LibreOffice): a
// one-page English table, a French table whose notes are printed on its
// second page, two tables on one page, a table with no notes, notes that
// cannot be linked, and raised letters that mark no note (a French
// ordinal, "50e séance").
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
  std::vector<std::string> contents;
  for (const std::vector<Run>& page : pages) contents.push_back(content_of(page));
  return pdf_of_text_pages(contents, {"Times-Roman"});
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
    if (d.pass == "collect_footnotes" && d.message.find("raised letters " + std::string(letters)) != std::string::npos)
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

// The notes the document holds whose marker is a letter.
std::vector<const Footnote*> letter_notes(const Conversion& c) {
  std::vector<const Footnote*> out;
  for (const Footnote& f : c.document.footnotes)
    if (f.marker.size() == 1 && f.marker[0] >= 'a' && f.marker[0] <= 'z') out.push_back(&f);
  return out;
}

int edits_of_kind(const Conversion& c, std::string_view kind) {
  int n = 0;
  for (const Edit& e : c.document.log.edits())
    if (e.kind == kind) ++n;
  return n;
}

int letter_warnings(const Conversion& c) {
  int n = 0;
  for (const Diagnostic& d : c.document.log.warnings())
    if (d.message.find("raised letters") != std::string::npos) ++n;
  return n;
}

std::size_t count_of(std::string_view hay, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t at = hay.find(needle); at != std::string_view::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

std::string body_of(const Conversion& c) { return c.text.substr(0, c.text.find("\nNotes\n")); }

}  // namespace

TEST_CASE("a table's notes marked by raised letters are linked to the marks in its cells", "[footnotes][pdf]") {
  const Conversion c = pipeline().convert("letters.pdf", pdf_of_pages({english_table_page()}));
  const auto notes = letter_notes(c);
  REQUIRE(notes.size() == 3);
  CHECK(notes[0]->marker == "a");
  CHECK(notes[0]->text == "Authorized military strength is 246, including the Force Commander.");
  CHECK(notes[2]->text == "Actual strength on the ground, including the Force Commander.");
  // Four marks in the cells ("Military observers a", "Troops a", "Police b", "64 c"), three notes moved.
  CHECK(edits_of_kind(c, "letter_note_mark") == 4);
  CHECK(edits_of_kind(c, "collect_letter_note") == 3);
  CHECK(letter_warnings(c) == 0);
  CHECK(count_of(c.akn, "<authorialNote marker=\"a\"") == 2);
  CHECK(count_of(c.akn, "<authorialNote marker=\"b\"") == 1);
  CHECK(count_of(c.akn, "<authorialNote marker=\"c\"") == 1);
  // The notes left the body, the cells keep their words without the marks.
  const std::string body = body_of(c);
  CHECK(body.find("Authorized military strength") == std::string::npos);
  CHECK(body.find("Military observers") != std::string::npos);
  CHECK(body.find("Military observers a") == std::string::npos);
  CHECK(c.conservation.unaccounted.empty());
}

TEST_CASE("raised letter notes printed on the second page of a French table are linked to marks on both pages",
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
  const auto notes = letter_notes(c);
  REQUIRE(notes.size() == 3);
  for (const Footnote* f : notes) CHECK(f->page == 2);
  CHECK(notes[0]->text == "Effectif militaire autoris\u00e9 : 246, commandant de la force compris.");
  CHECK(edits_of_kind(c, "letter_note_mark") == 4);
  CHECK(letter_warnings(c) == 0);
  CHECK(count_of(c.akn, "<authorialNote marker=\"a\"") == 2);
  CHECK(count_of(c.akn, "<authorialNote marker=\"c\"") == 1);
  // The ordinal keeps its letter.
  CHECK(c.text.find("50e") != std::string::npos);
  CHECK(body_of(c).find("Effectif militaire autoris\u00e9 : 246") == std::string::npos);
  CHECK(c.conservation.unaccounted.empty());
}

TEST_CASE("two tables on one page whose letter notes both restart at a link each mark to its own table's note",
          "[footnotes][pdf]") {
  std::vector<Run> page;
  double y = 90;
  add_body(page, y, {"The strength of the two components is set out in the tables below, against the strength",
                     "authorized by the Council."});
  add_row(page, y, {{"Component"}, {"Troops", "a"}, {"Police", "b"}, {"Total"}});
  add_row(page, y, {{"North"}, {"3"}, {"1"}, {"4"}});
  add_row(page, y, {{"South"}, {"6"}, {"0"}, {"6"}});
  y += 10;
  add_note(page, y, "a", "First table troops note.");
  add_note(page, y, "b", "First table police note.");
  y += 24;
  add_body(page, y, {"The civilian staff of the Mission is set out in the second table below, by category of post."});
  add_row(page, y, {{"Category"}, {"Posts"}, {"Filled", "a"}, {"Vacant"}});
  add_row(page, y, {{"International"}, {"30"}, {"25"}, {"5"}});
  add_row(page, y, {{"National"}, {"60"}, {"58"}, {"2"}});
  y += 10;
  add_note(page, y, "a", "Second table filled note.");
  const Conversion c = pipeline().convert("twotables.pdf", pdf_of_pages({page}));
  const auto notes = letter_notes(c);
  REQUIRE(notes.size() == 3);
  CHECK(notes[0]->text == "First table troops note.");
  CHECK(notes[2]->marker == "a");
  CHECK(notes[2]->text == "Second table filled note.");
  CHECK(edits_of_kind(c, "letter_note_mark") == 3);
  // Each note once, after its own table's cell: by marker alone the second
  // table's "a" would show the first table's note.
  CHECK(count_of(c.akn, "First table troops note.") == 1);
  CHECK(count_of(c.akn, "Second table filled note.") == 1);
  const std::size_t troops = c.akn.find(">Troops"), first = c.akn.find("First table troops note."),
                    filled = c.akn.find(">Filled"), second = c.akn.find("Second table filled note.");
  CHECK(troops < first);
  CHECK(first < filled);
  CHECK(filled < second);
  CHECK(c.conservation.unaccounted.empty());
}

TEST_CASE("raised letters that mark no printed note say nothing and link nothing", "[footnotes][pdf]") {
  // A table's raised "a" with no line opening with a raised "a": no note to name.
  std::vector<Run> page = english_table_page();
  page.resize(page.size() - 6);  // the three notes, each a letter and a text
  const Conversion c = pipeline().convert("nonotes.pdf", pdf_of_pages({page}));
  CHECK(letter_warnings(c) == 0);
  CHECK(letter_notes(c).empty());
  CHECK(edits_of_kind(c, "letter_note_mark") == 0);
  CHECK(c.text.find("Military observers") != std::string::npos);
}

TEST_CASE("a run of letter notes printing a letter twice is kept as printed with a warning", "[footnotes][pdf]") {
  // Two candidate notes "a" for the marks above them: no guess.
  std::vector<Run> page = english_table_page();
  double y = page.back().y + 10;
  add_note(page, y, "a", "A second note a under the same table.");
  const Conversion c = pipeline().convert("twice.pdf", pdf_of_pages({page}));
  CHECK(letter_notes(c).empty());
  CHECK(edits_of_kind(c, "letter_note_mark") == 0);
  CHECK(letter_warnings(c) == 1);
  CHECK(has_letter_warning(c, "\"a\", \"b\", \"c\", \"a\""));
  CHECK(c.text.find("Authorized military strength is 246") != std::string::npos);
}

TEST_CASE("a letter note that no raised letter marks keeps its run as printed with a warning", "[footnotes][pdf]") {
  std::vector<Run> page = english_table_page();
  double y = page.back().y + 10;
  add_note(page, y, "d", "A note no cell marks.");
  const Conversion c = pipeline().convert("unmarked.pdf", pdf_of_pages({page}));
  CHECK(letter_notes(c).empty());
  CHECK(edits_of_kind(c, "letter_note_mark") == 0);
  CHECK(letter_warnings(c) == 1);
  CHECK(c.text.find("A note no cell marks.") != std::string::npos);
  CHECK(c.text.find("Authorized military strength is 246") != std::string::npos);
  // The run's four notes stay paragraphs: notes left in the text, named
  // with their page (each table's letters start again at "a").
  CHECK(c.quality.notes_in_text == 4);
  CHECK(c.quality.notes == Approx(0.25));
  std::vector<std::string> named;
  for (const Diagnostic& d : c.document.log.warnings())
    if (d.doubt == Doubt::notes_in_text) named.insert(named.end(), d.notes.begin(), d.notes.end());
  CHECK(named == std::vector<std::string>{"a (page 1)", "b (page 1)", "c (page 1)", "d (page 1)"});
}

TEST_CASE("S/2015/246: the annex table's notes a b c on page 18 are linked to the marks above them",
          "[pdf][corpus][footnotes]") {
  const Conversion c =
      pipeline().convert("S_2015_246-EN.pdf", read_file(shared_dir() + "/corpus/born_digital/S_2015_246-EN.pdf"));
  const auto notes = letter_notes(c);
  REQUIRE(notes.size() == 3);
  for (const Footnote* f : notes) CHECK(f->page == 18);
  CHECK(notes[0]->text.starts_with("Authorized military strength is 246"));
  CHECK(letter_warnings(c) == 0);
  CHECK(body_of(c).find("a Authorized military strength is 246") == std::string::npos);
}
