// The titles of the agenda items a masthead lists under one agenda line
// ("Agenda items 12 and 45", "Points 12 et 45 de l'ordre du jour"): one
// title for each item, in the order the items are numbered, each with its
// own text, as the UN's AKN gives one "agenda item name" for each
// (A/RES/80/237). parse_masthead tells the titles apart by the typography:
// the space set before each title's paragraph (a half line), or, where the
// turnover lines hang (1990s capitals), each title's first line set flush
// again; only when it finds as many titles as items, else it keeps one
// title and warns. The fixtures are PDFs written here, line by line in
// Times (another producer than the corpus's Word and InDesign and the
// fixtures' LibreOffice): English and French, one and two pages, both
// typographies, a masthead whose titles cannot be told apart, one item,
// and a text export, which has no typography to tell them by.
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
// Times-Roman of `size` (Latin-1 bytes).
struct Run {
  double x = 0, y = 0, size = 10;
  std::string text;
};

constexpr double kPageHeight = 792;

std::string content_of(const std::vector<Run>& runs) {
  std::string out = "BT\n";
  char buf[160];
  for (const Run& r : runs) {
    std::snprintf(buf, sizeof buf, "/F1 %.2f Tf 1 0 0 1 %.2f %.2f Tm (", r.size, r.x, kPageHeight - r.y);
    out += buf + r.text + ") Tj\n";
  }
  return out + "ET\n";
}

std::string pdf_of_pages(const std::vector<std::vector<Run>>& pages) {
  std::vector<std::string> contents;
  for (const std::vector<Run>& page : pages) contents.push_back(content_of(page));
  return pdf_of_text_pages(contents, {"Times-Roman"});
}

// How the titles are set under the agenda line.
enum class TitleSetting {
  spaced,   // each title a paragraph of flush lines, a half line of space before it
  hanging,  // no space between them, each title's turnover lines indented
  tight,    // flush lines on the leading, no space (one item's title)
};

// What a page 1 prints, in its language.
struct Masthead {
  const char* organization;
  const char* body;
  const char* distribution;
  const char* date;
  const char* session;
  const char* agenda;
  std::vector<std::vector<std::string>> titles;  // each title's lines
  TitleSetting setting;
  const char* adoption;
  const char* number_title;
  const char* formula;
  std::vector<std::string> paragraphs;  // one line each
};

// Page 1 of a resolution: the masthead (symbol A/RES/79/512), the agenda
// line and its titles, set in 10-point type on a 12-point leading, then
// the adoption line, number and title, formula and paragraphs.
std::vector<Run> first_page(const Masthead& m) {
  std::vector<Run> page = {{123, 60, 14, m.organization}, {480, 60, 14, "A/RES/79/512"},
                           {123, 90, 18, m.body},         {397, 86, 10, m.distribution},
                           {397, 98, 10, m.date},         {60, 222, 10, m.session},
                           {60, 234, 10, m.agenda}};
  double y = 234;
  for (const auto& title : m.titles) {
    y += m.setting == TitleSetting::spaced ? 18 : 12;
    for (std::size_t k = 0; k < title.size(); ++k) {
      if (k > 0) y += 12;
      page.push_back({m.setting == TitleSetting::hanging && k > 0 ? 72.0 : 60.0, y, 10, title[k]});
    }
  }
  y += 30;
  page.push_back({123, y, 14, m.adoption});
  y += 26;
  page.push_back({85, y, 13, "79/512."});
  page.push_back({123, y, 13, m.number_title});
  y += 26;
  page.push_back({147, y, 10, m.formula});
  for (const std::string& p : m.paragraphs) {
    y += 18;
    page.push_back({147, y, 10, p});
  }
  return page;
}

const std::vector<std::string> kEnglishParagraphs = {
    "Recalling its resolution 78/150 of 19 December 2023,", "1. Decides to remain seized of the matter."};

Masthead english(const char* agenda, std::vector<std::vector<std::string>> titles, TitleSetting setting) {
  return {"United Nations", "General Assembly", "Distr.: General", "12 December 2024", "Seventy-ninth session", agenda,
          std::move(titles), setting, "Resolution adopted by the General Assembly on 10 December 2024",
          "Mountain ecosystems and coastal fisheries", "The General Assembly,", kEnglishParagraphs};
}

const std::vector<std::vector<std::string>> kTwoTitles = {
    {"Questions relating to the sustainable management of the", "ecosystems of mountain regions"},
    {"Report of the Committee on Coastal Fisheries"}};

// The cover page of the AKN, and its preface.
std::string element(const std::string& akn, const std::string& name) {
  const std::size_t from = akn.find("<" + name + ">"), to = akn.find("</" + name + ">");
  return from == std::string::npos || to == std::string::npos ? std::string() : akn.substr(from, to - from);
}

// The agendaItemTitle paragraphs of the cover page, in order.
std::vector<std::string> cover_titles(const Conversion& c) {
  const std::string cover = element(c.akn, "coverPage");
  const std::string open = "<inline name=\"agendaItemTitle\" refersTo=\"#agendaItemTitle\">";
  std::vector<std::string> out;
  for (std::size_t at = cover.find(open); at != std::string::npos; at = cover.find(open, at + 1)) {
    const std::size_t from = at + open.size();
    out.push_back(cover.substr(from, cover.find("</inline>", from) - from));
  }
  return out;
}

int title_warnings(const Conversion& c) {
  int n = 0;
  for (const Diagnostic& d : c.document.log.warnings())
    if (d.pass == "parse_masthead" && d.message.find("could not be told apart") != std::string::npos) ++n;
  return n;
}

// Each title, whole, is the cover page's and neither the preface's nor the text's.
void check_titles(const Conversion& c, const std::vector<std::string>& titles) {
  CHECK(c.resolution.meta.agenda_titles == titles);
  CHECK(cover_titles(c) == titles);
  const std::string preface = element(c.akn, "preface");
  for (const std::string& t : titles) {
    INFO(t);
    CHECK(preface.find(t.substr(0, 20)) == std::string::npos);
    CHECK(c.text.find(t.substr(0, 20)) == std::string::npos);
  }
  CHECK(title_warnings(c) == 0);
  CHECK(c.validation_errors.empty());
}

}  // namespace

TEST_CASE("two agenda items titled in spaced paragraphs give two titles in the items' order", "[masthead][pdf]") {
  const Conversion c =
      pipeline().convert("A_RES_79_512.pdf", pdf_of_pages({first_page(english("Agenda items 12 and 45", kTwoTitles, TitleSetting::spaced))}));
  CHECK(c.resolution.meta.agenda_item == "Agenda items 12 and 45");
  check_titles(c, {"Questions relating to the sustainable management of the ecosystems of mountain regions",
                   "Report of the Committee on Coastal Fisheries"});
  REQUIRE(c.resolution.title);
  CHECK(c.resolution.title->text.ends_with("Mountain ecosystems and coastal fisheries"));
}

TEST_CASE("three agenda items titled in capitals with hanging turnovers give three titles", "[masthead][pdf]") {
  const std::vector<std::vector<std::string>> titles = {
      {"QUESTION OF THE MOUNTAIN REGIONS"},
      {"COASTAL FISHERIES"},
      {"REPORT OF THE COMMITTEE ON THE PEACEFUL USES OF", "THE HIGH MOUNTAINS AND OF THE COASTAL", "WATERS"}};
  const Conversion c = pipeline().convert(
      "A_RES_79_512.pdf", pdf_of_pages({first_page(english("Agenda items 39, 40 and 84", titles, TitleSetting::hanging))}));
  check_titles(c, {"QUESTION OF THE MOUNTAIN REGIONS", "COASTAL FISHERIES",
                   "REPORT OF THE COMMITTEE ON THE PEACEFUL USES OF THE HIGH MOUNTAINS AND OF THE COASTAL WATERS"});
}

TEST_CASE("a French resolution of two pages titles its two agenda items apart", "[masthead][pdf][languages]") {
  const Masthead m = {"Nations Unies",
                      "Assembl\xe9" "e g\xe9n\xe9rale",
                      "Distr. g\xe9n\xe9rale",
                      "12 d\xe9" "cembre 2024",
                      "Soixante-dix-neuvi\xe8me session",
                      "Points 12 et 45 de l'ordre du jour",
                      {{"Questions relatives \xe0 la gestion durable des \xe9" "cosyst\xe8mes des", "r\xe9gions de montagne"},
                       {"Rapport du Comit\xe9 des p\xea" "ches c\xf4ti\xe8res"}},
                      TitleSetting::spaced,
                      "R\xe9solution adopt\xe9" "e par l'Assembl\xe9" "e g\xe9n\xe9rale le 10 d\xe9" "cembre 2024",
                      "\xc9" "cosyst\xe8mes de montagne et p\xea" "ches c\xf4ti\xe8res",
                      "L'Assembl\xe9" "e g\xe9n\xe9rale,",
                      {"Rappelant sa r\xe9solution 78/150 du 19 d\xe9" "cembre 2023,"}};
  const std::vector<Run> second = {{60, 50, 9, "A/RES/79/512"},
                                   {147, 90, 10, "1. D\xe9" "cide de rester saisie de la question;"},
                                   {147, 108, 10, "2. Prie le Secr\xe9taire g\xe9n\xe9ral de lui faire rapport."}};
  const Conversion c = pipeline().convert("A_RES_79_512.fr.pdf", pdf_of_pages({first_page(m), second}));
  CHECK(c.resolution.meta.agenda_item == "Points 12 et 45 de l'ordre du jour");
  check_titles(c, {"Questions relatives \u00e0 la gestion durable des \u00e9cosyst\u00e8mes des r\u00e9gions de montagne",
                   "Rapport du Comit\u00e9 des p\u00eaches c\u00f4ti\u00e8res"});
}

TEST_CASE("agenda titles that cannot be told apart into one for each item stay one title with a warning",
          "[masthead][pdf]") {
  // Three items listed, two titles set apart: which item lacks its title
  // is not printed.
  const Conversion c = pipeline().convert(
      "A_RES_79_512.pdf", pdf_of_pages({first_page(english("Agenda items 12, 45 and 46", kTwoTitles, TitleSetting::spaced))}));
  CHECK(c.resolution.meta.agenda_titles ==
        std::vector<std::string>{"Questions relating to the sustainable management of the ecosystems of mountain regions "
                                 "Report of the Committee on Coastal Fisheries"});
  CHECK(title_warnings(c) == 1);
  CHECK(c.text.find("Coastal Fisheries") == std::string::npos);
}

TEST_CASE("one agenda item keeps its title of two lines whole and no warning", "[masthead][pdf]") {
  const Conversion c = pipeline().convert(
      "A_RES_79_512.pdf", pdf_of_pages({first_page(english("Agenda item 12", {kTwoTitles[0]}, TitleSetting::tight))}));
  check_titles(c, {"Questions relating to the sustainable management of the ecosystems of mountain regions"});
}

TEST_CASE("a text export of two agenda items' titles keeps them as one title with a warning", "[masthead]") {
  // No typography tells where the first title ends.
  const Conversion c = convert(
      "United Nations          A/RES/79/512\nGeneral Assembly          Distr.: General\n"
      "                    12 December 2024\nSeventy-ninth session\nAgenda items 12 and 45\n"
      "Questions relating to mountain regions\nCoastal fisheries and the law of the sea\n\n"
      "Resolution adopted by the General Assembly on 10 December 2024\n\n79/512. Mountain ecosystems\n\n"
      "The General Assembly,\n\nRecalling its resolution 78/150,\n\n1. Decides to remain seized of the matter.\n",
      "A_RES_79_512.txt");
  CHECK(c.resolution.meta.agenda_titles ==
        std::vector<std::string>{"Questions relating to mountain regions Coastal fisheries and the law of the sea"});
  CHECK(title_warnings(c) == 1);
}
