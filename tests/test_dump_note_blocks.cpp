// A text dump's notes printed with no separator over them (LibreOffice
// draws its separator as a line, which pdftotext does not print): the
// block at each page's foot is read as notes when it is numbered in
// sequence and marked in the body above, in plain and -layout dumps.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support.hpp"
#include "warnings.hpp"

using namespace akn;
using namespace akn::test;

namespace {
struct FixtureNote {
  int number;
  std::vector<std::string> lines;
};
struct FixturePage {
  std::vector<std::string> body;
  std::vector<FixtureNote> notes;
};

// A page as pdftotext prints it: -layout indents the body, leaves a gap
// over the notes and prints each note's number before its text; plain
// text stacks the raised numbers over the texts, past the job line.
std::string page_text(const FixturePage& page, bool layout, const std::string& job, bool separator = false) {
  std::string out;
  for (const std::string& l : page.body) out += (layout ? std::string(19, ' ') : "") + l + "\n";
  out += "\n";
  if (separator) out += (layout ? std::string(15, ' ') : "") + "__________________\n";
  if (layout) {
    for (const FixtureNote& n : page.notes)
      for (std::size_t k = 0; k < n.lines.size(); ++k)
        out += std::string(15, ' ') + (k == 0 ? std::to_string(n.number) + "   " : std::string(4, ' ')) + n.lines[k] + "\n";
    out += "\n" + job + "\n\f";
  } else {
    for (const FixtureNote& n : page.notes) out += std::to_string(n.number) + "\n";
    out += "\n" + job + "\n\n";
    for (const FixtureNote& n : page.notes)
      for (const std::string& l : n.lines) out += l + "\n";
    out += "\f";
  }
  return out;
}

std::string dump(const std::string& head, const std::vector<FixturePage>& pages, bool layout, bool separator = false) {
  std::string out = head;
  for (std::size_t p = 0; p < pages.size(); ++p)
    out += page_text(pages[p], layout, p % 2 ? "2/2                    24-23545" : "24-23545 (E)", separator);
  return out;
}

const std::string kHeadEn =
    "United Nations                                     A/RES/79/100\n"
    "General Assembly                                   Distr.: General\n"
    "                                                   12 December 2024\n\n"
    "Seventy-ninth session\nAgenda item 58\n\n"
    "Resolution adopted by the General Assembly on 4 December 2024\n\n"
    "79/100. Question of Anguilla\n\n"
    "The General Assembly,\n";
const std::vector<FixturePage> kPagesEn = {
    {{"Having considered the question of Anguilla and examined the report of the",
      "Special Committee for 2024,1",
      "Taking note of the working paper prepared by the Secretariat on Anguilla,2 and",
      "other relevant information,",
      "Recalling its resolution 78/95 of 5 December 20233 and all other relevant",
      "resolutions,"},
     {{1, {"Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 23", "(A/79/23)."}},
      {2, {"A/AC.109/2024/2."}},
      {3, {"See resolution 78/95."}}}},
    {{"Welcoming the regional seminar held in Caracas from 14 to 16 May 2024,4",
      "1. Calls upon the administering Power to facilitate a visiting mission;",
      "2. Requests the Special Committee to continue to examine the question;5"},
     {{4, {"See resolution 75/123."}}, {5, {"Available at www.un.org/dppa/decolonization."}}}}};

const std::string kHeadFr =
    "Nations Unies                                      A/RES/79/100\n"
    "Assemblée générale                                 Distr. générale\n"
    "                                                   12 décembre 2024\n\n"
    "Soixante-dix-neuvième session\nPoint 58 de l’ordre du jour\n\n"
    "Résolution adoptée par l’Assemblée générale le 4 décembre 2024\n\n"
    "79/100. Question d’Anguilla\n\n"
    "L’Assemblée générale,\n";
const std::vector<FixturePage> kPagesFr = {
    {{"Ayant examiné la question d’Anguilla et le rapport du Comité spécial pour",
      "20241,",
      "Prenant note du document de travail établi par le Secrétariat sur Anguilla2 et",
      "des autres informations pertinentes,",
      "Rappelant sa résolution 78/95 du 5 décembre 20233 et toutes les autres",
      "résolutions pertinentes,"},
     {{1, {"Documents officiels de l’Assemblée générale, soixante-dix-neuvième session, Supplément no 23", "(A/79/23)."}},
      {2, {"A/AC.109/2024/2."}},
      {3, {"Voir la résolution 78/95."}}}},
    {{"Se félicitant du séminaire régional tenu à Caracas du 14 au 16 mai 2024,4",
      "1. Demande à la Puissance administrante de faciliter une mission de visite;",
      "2. Prie le Comité spécial de poursuivre l’examen de la question5;"},
     {{4, {"Voir la résolution 75/123."}}, {5, {"Disponible à l’adresse www.un.org/dppa/decolonization."}}}}};

// Whether a paragraph of the body holds `part`.
bool in_body(const Document& doc, std::string_view part) {
  for (const std::string& t : block_texts(doc))
    if (t.find(part) != std::string::npos) return true;
  return false;
}
}  // namespace

TEST_CASE("a dump's notes printed with no separator are read at each page's foot", "[footnotes][dump_note_blocks]") {
  const bool layout = GENERATE(false, true);
  const std::size_t pages = GENERATE(1u, 2u);
  const bool french = GENERATE(false, true);
  CAPTURE(layout, pages, french);
  const auto& all = french ? kPagesFr : kPagesEn;
  const std::vector<FixturePage> some(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(pages));
  const Conversion c = convert(dump(french ? kHeadFr : kHeadEn, some, layout));
  const Document& doc = c.document;
  REQUIRE(doc.footnotes.size() == (pages == 1 ? 3u : 5u));
  for (std::size_t k = 0; k < doc.footnotes.size(); ++k) CHECK(doc.footnotes[k].marker == std::to_string(k + 1));
  CHECK(doc.footnotes[0].text.ends_with("(A/79/23)."));
  CHECK(doc.footnotes[1].text == "A/AC.109/2024/2.");
  // The notes left the body; the mark run into a year is no longer part of it.
  CHECK_FALSE(in_body(doc, "A/AC.109/2024/2."));
  CHECK_FALSE(in_body(doc, "78/95."));
  if (!french) CHECK_FALSE(in_body(doc, "20233"));  // the French "décembre 20233" is left to link_footnotes
  CHECK(c.conservation.unaccounted_chars() == 0);
}

TEST_CASE("a dump that prints its separator keeps collect_footnotes' reading", "[footnotes][dump_note_blocks]") {
  const Conversion c = convert(dump(kHeadEn, kPagesEn, false, true));
  REQUIRE_FALSE(c.document.footnotes.empty());  // as collect_footnotes reads them on main
  for (const Edit& e : edits_of(c.document, "collect_footnote"))
    CHECK(e.reason.find("no separator printed") == std::string::npos);
}

TEST_CASE("numbered lines at a page's foot that the body does not mark are no notes", "[footnotes][dump_note_blocks]") {
  const bool layout = GENERATE(false, true);
  CAPTURE(layout);
  // Operative paragraphs at the foot: "1." is a paragraph's number.
  const FixturePage operative{{"Having considered the question of Anguilla,", "Recalling its resolutions,", "",
                               "1. Calls upon the administering Power to facilitate a visiting mission;",
                               "2. Requests the Special Committee to continue to examine the question;"},
                              {}};
  const Conversion a = convert(dump(kHeadEn, {operative}, layout));
  CHECK(a.document.footnotes.empty());
  CHECK(in_body(a.document, "facilitate a visiting mission"));
  // Lines numbered in sequence, set apart at the foot, that no mark in the
  // body above refers to: kept as printed, with a warning naming the page.
  const FixturePage unmarked{{"Having considered the question of Anguilla,", "Recalling its resolutions,"},
                             {{1, {"Calls upon the administering Power to facilitate a visiting mission."}},
                              {2, {"Requests the Special Committee to continue to examine the question."}}}};
  const Conversion b = convert(dump(kHeadEn, {unmarked}, layout));
  CHECK(b.document.footnotes.empty());
  CHECK(in_body(b.document, "facilitate a visiting mission"));
  CHECK(has_warning(b.document, "page 1: the lines at its foot read as notes 1 to 2"));
}

TEST_CASE("a numbered list at a page's foot is no notes even where the body has numbers in order",
          "[footnotes][dump_note_blocks]") {
  // Review of the merged lo-notes: "held 1 meeting ... Room 2 ... sets out 3
  // priorities" marked each number in the body's eyes, and the agenda at the
  // foot became notes 1 to 3, out of the body. A UN note ends a sentence or
  // a citation; an agenda's items do not.
  const bool layout = GENERATE(false, true);
  CAPTURE(layout);
  const FixturePage agenda{{"The Committee held 1 meeting in Conference Room 2 of the Palais des Nations,",
                            "and its Bureau sets out 3 priorities for the session, as follows:"},
                           {{1, {"Opening of the session"}}, {2, {"Adoption of the agenda"}}, {3, {"Election of officers"}}}};
  const Conversion c = convert(dump(kHeadEn, {agenda}, layout));
  CHECK(c.document.footnotes.empty());
  CHECK(in_body(c.document, "Adoption of the agenda"));
  CHECK(edits_of(c.document, "collect_footnote").empty());
}
