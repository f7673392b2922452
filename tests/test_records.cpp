// Meeting records (issue 19): the roster on page 1 of a verbatim record
// ("President:", "Members:", each country with its representative set in
// two columns, the name at a tab stop, leader dots between them or none)
// is read as a table, one row per member, the country and the name in
// cells of their own, never run together into one paragraph.
//
// The fixtures are PDFs written here: a record's masthead, its roster and
// its text in Courier, in English or French, of one or two pages.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "core/text.hpp"
#include "runner/runner.hpp"
#include "tests/support.hpp"

using namespace akn;
using namespace akn::test;

namespace {

bool contains(const std::string& text, std::string_view what) { return text.find(what) != std::string::npos; }

// Latin-1 text as WinAnsiEncoding codes in a PDF string.
std::string pdf_string(std::string_view utf8) {
  std::string out;
  for (std::size_t i = 0; i < utf8.size();) {
    const char32_t cp = next_code_point(utf8, i);
    const unsigned code = cp < 0x100 ? static_cast<unsigned>(cp) : '?';
    if (code == '(' || code == ')' || code == '\\') out += '\\';
    out += static_cast<char>(code);
  }
  return out;
}

constexpr double kSize = 10;                   // the type size, in points
constexpr double kAdvance = 0.6 * kSize;       // Courier's advance
constexpr double kPageWidth = 595, kPageHeight = 842;

// A run of text at (x, y), y from the top of the page to the baseline.
struct Run {
  double x = 0, y = 0;
  std::string text;
};

// Where the run ends: Courier sets every character (not byte) one advance wide.
double end_of(const Run& r) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < r.text.size(); ++chars) next_code_point(r.text, i);
  return r.x + kAdvance * static_cast<double>(chars);
}

// A PDF of pages of runs, in Courier.
std::string record_pdf(const std::vector<std::vector<Run>>& pages) {
  std::string kids;
  for (std::size_t k = 0; k < pages.size(); ++k) kids += std::to_string(4 + 2 * k) + " 0 R ";
  std::vector<std::string> objects = {"<< /Type /Catalog /Pages 2 0 R >>",
                                      "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) + " >>",
                                      "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"};
  char buf[160];
  for (std::size_t k = 0; k < pages.size(); ++k) {
    std::snprintf(buf, sizeof buf, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.0f %.0f] /Contents %zu 0 R ", kPageWidth,
                  kPageHeight, 5 + 2 * k);
    objects.push_back(buf + std::string("/Resources << /Font << /F1 3 0 R >> >> >>"));
    std::string content = "BT\n";
    for (const Run& r : pages[k]) {
      std::snprintf(buf, sizeof buf, "/F1 %.1f Tf 1 0 0 1 %.2f %.2f Tm (", kSize, r.x, kPageHeight - r.y);
      content += buf + pdf_string(r.text) + ") Tj\n";
    }
    content += "ET\n";
    objects.push_back("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "endstream");
  }
  return pdf_of_objects(objects);
}

// A record's roster and what its pages print around it.
struct Record {
  std::string organization, symbol, organ, status, year, meeting, date, place;
  std::string president_label, members_label;
  std::pair<std::string, std::string> president;             // the name, the country in brackets
  std::vector<std::pair<std::string, std::string>> members;  // country, representative
  std::string agenda;
  std::vector<std::string> speech;  // the lines of the text's first paragraph
  std::string notice;               // the paragraph at the foot of page 1
  bool leaders = true;              // leader dots up to the tab stop
};

// The label column, the roster's first column (clear of the longest label,
// "Président :"), the tab stop of its second, the leading.
constexpr double kLabelX = 60, kColumnX = 140, kTabStop = 380, kPitch = 12;

// The roster's row at y: its label (or none), its first column, leader
// dots that end a space short of the tab stop, its second column.
void roster_row(std::vector<Run>& page, double y, const std::string& label, const std::string& first,
                const std::string& second, bool leaders) {
  if (!label.empty()) page.push_back({kLabelX, y, label});
  page.push_back({kColumnX, y, first});
  if (leaders) {
    std::string dots;
    for (double x = end_of({kColumnX, y, first + " "}); x + 2 * kAdvance <= kTabStop - kAdvance; x += 2 * kAdvance) dots += ". ";
    page.push_back({end_of({kColumnX, y, first + " "}), y, dots.substr(0, dots.size() - 1)});
  }
  page.push_back({kTabStop, y, second});
}

std::vector<std::vector<Run>> pages_of(const Record& r, int pages) {
  std::vector<Run> p1 = {{kLabelX, 50, r.organization}, {460, 50, r.symbol}, {kLabelX, 75, r.organ}, {460, 75, r.status},
                         {kLabelX, 90, r.year},           {kLabelX, 110, r.meeting}, {kLabelX, 122, r.date},
                         {kLabelX, 134, r.place}};
  double y = 180;
  roster_row(p1, y, r.president_label, r.president.first, r.president.second, r.leaders);
  y += 2 * kPitch;
  for (std::size_t k = 0; k < r.members.size(); ++k, y += kPitch)
    roster_row(p1, y, k == 0 ? r.members_label : "", r.members[k].first, r.members[k].second, r.leaders);
  y += 2 * kPitch;
  p1.push_back({kLabelX, y, "Agenda"});
  y += 2 * kPitch;
  p1.push_back({kColumnX, y, r.agenda});
  y += 3 * kPitch;
  p1.push_back({kColumnX, 700, r.notice});
  std::vector<std::vector<Run>> out(1, p1);
  for (int n = 1; n < pages; ++n) out.emplace_back();
  // The speech on the last page (after the roster's page when there are two).
  std::vector<Run>& speech = out.back();
  if (pages > 1) y = 60;
  for (const std::string& line : r.speech) {
    speech.push_back({kColumnX, y, line});
    y += kPitch;
  }
  return out;
}

const Record& english() {
  static const Record r = {"United Nations", "S/PV.9876", "Security Council", "Provisional", "Eighty-first year", "9876th meeting",
                           "Tuesday, 3 March 2026, 10 a.m.", "New York", "President:", "Members:",
                           {"Ms. Okafor", "(Kenya)"},
                           {{"Chad", "Mr. Abakar"},
                            {"Denmark", "Ms. Lassen"},
                            {"Ecuador", "Mr. Montalvo"},
                            {"Japan", "Mr. Yamazaki"},
                            {"Malta", "Ms. Frazier"},
                            {"Pakistan", "Mr. Akram"},
                            {"Republic of Korea", "Mr. Hwang"},
                            {"Sierra Leone", "Mr. Kanu"},
                            {"United States of America", "Ms. Shea"}},
                           "Maintenance of international peace and security",
                           {"The President: I welcome the representatives who are here today, and",
                            "I thank the Secretary-General for the report that is before the",
                            "Council this morning."},
                           "This record contains the text of speeches delivered in English."};
  return r;
}

const Record& french() {
  static const Record r = {"Nations Unies", "S/PV.9877", "Conseil de sécurité", "Provisoire", "Quatre-vingt-unième année",
                           "9877e séance", "Mercredi 4 mars 2026, à 15 heures", "New York", "Président :", "Membres :",
                           {"M. Dubois", "(France)"},
                           {{"Algérie", "M. Bendjama"},
                            {"Chine", "M. Fu Cong"},
                            {"Fédération de Russie", "M. Nebenzia"},
                            {"Guyana", "Mme Rodrigues-Birkett"},
                            {"Slovénie", "M. Logar"},
                            {"Somalie", "M. Osman"}},
                           "Maintien de la paix et de la sécurité internationales",
                           {"Le Président : Je souhaite la bienvenue aux représentants qui sont",
                            "parmi nous aujourd'hui, et je remercie le Secrétaire général de son",
                            "rapport."},
                           "Ce procès-verbal contient le texte des déclarations en français."};
  return r;
}

// The clean text's line that holds `what`, or "".
std::string line_with(const std::string& text, std::string_view what) {
  const std::size_t at = text.find(what);
  if (at == std::string::npos) return {};
  const std::size_t begin = text.rfind('\n', at), end = text.find('\n', at);
  return text.substr(begin == std::string::npos ? 0 : begin + 1, (end == std::string::npos ? text.size() : end) - (begin == std::string::npos ? 0 : begin + 1));
}

// Checks that the record's roster is one table row per member, its
// country and its representative in cells of their own.
void check_roster(const Record& r, const Conversion& c) {
  REQUIRE(c.document.tables.size() == 1);
  CHECK(c.document.tables[0].rows.size() == r.members.size() + 1);
  CHECK(c.resolution.type == DocumentType::meeting_record);
  CHECK(c.validation_errors.empty());
  CHECK(contains(c.akn, "<table"));
  // A row of the clean text per member: the label's cell (empty after
  // the first), the country, the representative, apart by tabs.
  std::size_t rows = 0;
  for (std::size_t k = 0; k < r.members.size(); ++k) {
    const auto& [country, name] = r.members[k];
    INFO(country);
    const std::string line = line_with(c.text, country);
    CHECK(line.starts_with((k == 0 ? r.members_label : std::string()) + "\t" + country));
    CHECK(line.ends_with("\t" + name));
    CHECK(std::count(line.begin(), line.end(), '\t') == 2);
    ++rows;
  }
  CHECK(rows == r.members.size());
  const std::string president = line_with(c.text, r.president.first);
  CHECK(president.starts_with(r.president_label + "\t" + r.president.first));
  CHECK(president.ends_with("\t" + r.president.second));
  // The speech after the roster is one paragraph, the agenda its own.
  CHECK(contains(c.text, "\n" + r.agenda + "\n"));
  CHECK(contains(c.text, r.speech[0] + " " + r.speech[1]));
}

}  // namespace

TEST_CASE("a verbatim record's roster with leader dots is one table row per member", "[records][pdf][tables]") {
  std::size_t checked = 0;
  for (const Record* r : {&english(), &french()})
    for (int pages : {1, 2}) {
      INFO(r->symbol << ", " << pages << " page(s)");
      const Conversion c = pipeline().convert("record.pdf", record_pdf(pages_of(*r, pages)));
      check_roster(*r, c);
      // The leader dots are furniture: they leave the country's cell, each
      // run by an edit.
      CHECK(contains(line_with(c.text, r->members.back().first), r->members.back().first + "\t"));
      CHECK_FALSE(contains(c.text, ". . ."));
      CHECK(edits_of(c.document, "remove_leader_dots").size() >= r->members.size());
      ++checked;
    }
  CHECK(checked == 4);
}

TEST_CASE("a verbatim record's roster set at a tab stop without leader dots is one table row per member",
          "[records][pdf][tables]") {
  std::size_t checked = 0;
  for (const Record* base : {&english(), &french()}) {
    Record r = *base;
    r.leaders = false;
    INFO(r.symbol);
    const Conversion c = pipeline().convert("record.pdf", record_pdf(pages_of(r, 2)));
    check_roster(r, c);
    ++checked;
  }
  CHECK(checked == 2);
}

TEST_CASE("a line of prose with an ellipsis is not cut as a roster row", "[records][pdf][tables]") {
  // Lines of prose with "...." inside their sentences, the text after it
  // standing at no common tab stop: no table.
  std::vector<Run> page = {{kLabelX, 50, "United Nations"}, {460, 50, "S/PV.9878"}, {kLabelX, 75, "Security Council"}};
  const std::vector<std::string> prose = {"The speaker paused .... and went on", "She said that the delegation .... had left",
                                          "We waited .... in vain", "and the meeting rose at noon .... then"};
  for (std::size_t k = 0; k < prose.size(); ++k) page.push_back({kColumnX, 200.0 + kPitch * static_cast<double>(k), prose[k]});
  const Conversion c = pipeline().convert("record.pdf", record_pdf({page}));
  CHECK(c.document.tables.empty());
}
