// What a document is and when it is dated, as the document itself says:
// letters, reports, records, drafts and resolutions are told apart by their
// sponsor line, symbol, adoption line, title or formula, and no output claims
// a date or a symbol that is neither printed nor certain.
#include <catch2/catch.hpp>

#include "export/export.hpp"
#include "structure/structure.hpp"
#include "support.hpp"

using namespace akn;
using namespace akn::test;

// The types of the corpus documents are checked with the rest of each
// corpus PDF's conversion, in tests/test_pdf.cpp.

TEST_CASE("a letter is dated by its own date, a draft by its issue, never by a placeholder", "[structure][export]") {
  const Conversion letter = convert(
      "United Nations A/99/123\n\nGeneral Assembly Distr.: General\n3 March 2031\n\nOriginal: English\n\n"
      "Letter dated 1 March 2031 from the Permanent Representative of Norway to the United Nations "
      "addressed to the Secretary-General\n\n"
      "I have the honour to transmit herewith the statement of my Government.\n",
      "letter.txt");
  CHECK(letter.resolution.type == DocumentType::letter);
  REQUIRE(work_date(letter.resolution));
  CHECK(work_date(letter.resolution)->date.iso() == "2031-03-01");
  CHECK(letter.akn.find("/akn/un/doc/letter/unga/2031-03-01/A-99-123/") != std::string::npos);
  CHECK(letter.akn.find("<doc name=\"letter\"") != std::string::npos);
  // The Expression is the version published on the date of issue.
  CHECK(letter.akn.find("<FRBRdate date=\"2031-03-03\" name=\"publication\"/>") != std::string::npos);
}

TEST_CASE("a resolution's symbol not printed is derived only from its number and body, and said so", "[structure]") {
  const Conversion c = convert(
      "99/1. Title of a resolution\n\nThe General Assembly,\n\nRecalling its resolutions,\n\n"
      "1. Decides to act;\n\n1st plenary meeting\n1 October 2044\n",
      "no_symbol.txt");
  CHECK(c.resolution.type == DocumentType::resolution);
  REQUIRE(c.resolution.meta.symbol);
  CHECK(*c.resolution.meta.symbol == "A/RES/99/1");
  REQUIRE(c.resolution.meta.symbol_derivation);
  // Kept in the metadata, never shown as printed on a cover page.
  CHECK(c.akn.find("<FRBRalias value=\"A/RES/99/1\" name=\"symbol\"/>") != std::string::npos);
  CHECK(c.akn.find("<docNumber refersTo=\"#symbol\">") == std::string::npos);
  CHECK(c.edits_json.find("symbolDerivation") != std::string::npos);

  // A number of unknown body derives nothing.
  const Conversion other = convert("99/1. Title\n\nThe Committee,\n\n1. Decides to act;\n", "other.txt");
  CHECK_FALSE(other.resolution.meta.symbol);
}

// Found by a review: A/RES/80/7 printed without a masthead, its title
// "Report of the International Atomic Energy Agency", was typed a report
// (<doc name="report">, 0 operative paragraphs) by its title, the rule
// meant for reports. A numbered title and an enacting formula are a
// resolution's.
TEST_CASE("a numbered resolution whose title opens 'Report of' is a resolution", "[structure]") {
  const Conversion c = convert(
      "80/7. Report of the International Atomic Energy Agency\n\n"
      "The General Assembly,\n\n"
      "Having received the report of the International Atomic Energy Agency for 2024,\n\n"
      "1. Takes note of the report of the International Atomic Energy Agency;\n\n"
      "2. Appeals to States to continue to support the activities of the Agency;\n",
      "res.txt");
  CHECK(c.resolution.type == DocumentType::resolution);
  CHECK(c.resolution.type_evidence == "its number (\"80/7\") and its enacting formula");
  CHECK(c.resolution.operative.size() == 2);
  // Without a formula the title still tells a report.
  const Conversion report = convert(
      "Report of the Secretary-General on the work of the Organization\n\n"
      "1. The present report covers the period from 1 January to 31 December 2025.\n",
      "report.txt");
  CHECK(report.resolution.type == DocumentType::report);
}

namespace {
std::vector<std::string> sponsor_names(const Sponsors& s) {
  std::vector<std::string> out;
  for (const auto& [at, length] : s.names) out.push_back(s.line.text.substr(at, length));
  return out;
}
}  // namespace

// Found by a review: a draft's sponsors wrapped over two lines under the
// agenda item's title (bold in the PDF): the first line, "Argentina, ...,
// Luxembourg,", was taken for the title's last line, and 11 of 18 sponsors
// were lost from the sponsors (quality 0.99, no warning). Lines ending in
// a comma up to the sponsor line are the sponsors', in the PDF's layout
// and in its text dumps alike; and the draft's one-line points and
// paragraphs, numbers set apart by a tab, were a "table" of labels and
// text: numbered text is no table.
TEST_CASE("a draft's sponsors wrapped over lines are its sponsors, its one-line paragraphs no table",
          "[structure][masthead][tables]") {
  const std::vector<std::string> sponsors_lines = {
      "Argentina, Austria, Belgium, Chile, Costa Rica, Denmark, Finland, France, Germany, Ireland, Luxembourg,",
      "Mexico, Norway, Portugal, Spain, Sweden and Uruguay: draft resolution"};
  const std::vector<std::string> expected = {"Argentina", "Austria", "Belgium", "Chile",  "Costa Rica", "Denmark",
                                             "Finland",   "France",  "Germany", "Ireland", "Luxembourg", "Mexico",
                                             "Norway",    "Portugal", "Spain",  "Sweden",  "Uruguay"};
  const std::string dump =
      "United Nations                                                    A/C.3/81/L.12\n"
      "General Assembly                                                  Distr.: Limited\n"
      "                                                                  28 October 2026\n"
      "                                                                  Original: English\n"
      "Eighty-first session\nThird Committee\nAgenda item 71 (b)\n"
      "Promotion and protection of human rights: human rights questions, including alternative approaches for\n"
      "improving the effective enjoyment of human rights and fundamental freedoms\n" +
      sponsors_lines[0] + "\n" + sponsors_lines[1] + "\n\n"
      "The right to safe drinking water and sanitation\n\n"
      "The General Assembly,\n\n"
      "Recalling its resolutions on the human rights to safe drinking water and sanitation,\n\n"
      "1. Reaffirms that the human rights to safe drinking water and to sanitation are essential;\n\n"
      "2. Calls upon States:\n\n"
      "(a) To ensure the progressive realization of the human rights to safe drinking water;\n\n"
      "(b) To continuously monitor the status of the realization of those rights;\n\n"
      "3. Requests the Special Rapporteur to continue to report annually to the General Assembly;\n\n"
      "4. Decides to continue its consideration of the question at its eighty-second session.\n";
  const Conversion text = convert(dump, "draft.txt");
  REQUIRE(text.resolution.sponsors);
  CHECK(sponsor_names(*text.resolution.sponsors) == expected);
  // Wrapped inside a name ("Costa" / "Rica"), as a plain dump of the
  // corpus's A/C.3/80/L.49 wraps "Sierra" / "Leone": the same.
  std::string wrapped = dump;
  wrapped.replace(wrapped.find("Costa Rica"), 10, "Costa\nRica");
  wrapped.replace(wrapped.find("Luxembourg,\n"), 12, "Luxembourg, Mexico,\n");
  wrapped.replace(wrapped.find("\nMexico, Norway"), 15, "\nNorway");
  const Conversion split = convert(wrapped, "draft.txt");
  REQUIRE(split.resolution.sponsors);
  CHECK(sponsor_names(*split.resolution.sponsors) == expected);
  REQUIRE(split.resolution.meta.agenda_titles.size() == 1);
  CHECK(split.resolution.meta.agenda_titles[0].find("Argentina") == std::string::npos);
  // A title line of three commas right above the sponsor line is the title's.
  std::string commas = dump;
  commas.replace(commas.find("Promotion and protection"), commas.find(sponsors_lines[0]) - commas.find("Promotion and protection"),
                 "Social development, including questions relating to the world social situation, youth, ageing and\n");
  commas.replace(commas.find(sponsors_lines[0]), sponsors_lines[0].size() + 1, "");
  const Conversion titled = convert(commas, "draft.txt");
  REQUIRE(titled.resolution.meta.agenda_titles.size() == 1);
  CHECK(titled.resolution.meta.agenda_titles[0] ==
        "Social development, including questions relating to the world social situation, youth, ageing and");
  REQUIRE(titled.resolution.sponsors);
  CHECK(sponsor_names(*titled.resolution.sponsors).front() == "Mexico");
  REQUIRE(text.resolution.meta.agenda_titles.size() == 1);
  CHECK(text.resolution.meta.agenda_titles[0].find("Argentina") == std::string::npos);

  // The same draft laid out as printed: the title in bold, the sponsors in
  // roman, then the points and paragraphs one line each, their numbers
  // set apart at the paragraph's indent.
  std::string page = "BT /F1 11 Tf 72 740 Td (United Nations) Tj 0 -14 Td (General Assembly) Tj ET\n"
                     "BT /F1 10 Tf 430 740 Td (A/C.3/81/L.12) Tj 0 -14 Td (Distr.: Limited) Tj 0 -12 Td (28 October 2026) Tj"
                     " 0 -12 Td (Original: English) Tj ET\n"
                     "BT /F1 10 Tf 72 680 Td 12 TL (Eighty-first session) Tj (Third Committee) ' (Agenda item 71 \\(b\\)) ' ET\n"
                     "BT /F2 10 Tf 72 644 Td 12 TL (Promotion and protection of human rights: human rights questions, including) Tj"
                     " (alternative approaches for improving the enjoyment of human rights and freedoms) ' ET\n"
                     "BT /F1 10 Tf 72 620 Td 12 TL (" + sponsors_lines[0] + ") Tj (" + sponsors_lines[1] + ") ' ET\n"
                     "BT /F2 12 Tf 72 580 Td (The right to safe drinking water and sanitation) Tj ET\n"
                     "BT /F1 10 Tf 108 556 Td 14 TL (The General Assembly,) Tj"
                     " (Recalling its resolutions on the human rights to safe drinking water and sanitation,) ' ET\n";
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"1.", "Reaffirms that the human rights to water and to sanitation are essential;"},
      {"2.", "Calls upon States:"},
      {"\\(a\\)", "To ensure the progressive realization of the human rights to safe drinking water;"},
      {"\\(b\\)", "To continuously monitor the status of the realization of those rights;"},
      {"3.", "Requests the Special Rapporteur to continue to report annually to the Assembly;"},
      {"4.", "Decides to continue its consideration of the question at its eighty-second session."}};
  double y = 514;
  for (const auto& [label, line] : rows) {
    page += "BT /F1 10 Tf 108 " + std::to_string(y) + " Td (" + label + ") Tj 36 0 Td (" + line + ") Tj ET\n";
    y -= 16;
  }
  const Conversion pdf = pipeline().convert("draft.pdf", pdf_of_text_pages({page}, {"Times-Roman", "Times-Bold"}));
  INFO(pdf.text);
  REQUIRE(pdf.resolution.sponsors);
  CHECK(sponsor_names(*pdf.resolution.sponsors) == expected);
  CHECK(pdf.document.tables.empty());
  CHECK(pdf.resolution.operative.size() == 4);
  // A budget's parts and their amounts set the same way are a table
  // (a review's LibreOffice table of parts I. to VI.).
  std::string budget = "BT /F1 10 Tf 108 700 Td (1. Approves the appropriations by part of the budget:) Tj ET\n";
  y = 680;
  for (const char* part : {"I.", "II.", "III.", "IV.", "V.", "VI."}) {
    budget += "BT /F1 10 Tf 108 " + std::to_string(y) + " Td (" + part + ") Tj 36 0 Td (123,456,700) Tj ET\n";
    y -= 16;
  }
  const Conversion table = pipeline().convert("budget.pdf", pdf_of_text_pages({budget}, {"Times-Roman"}));
  CHECK(table.document.tables.size() == 1);
}

// Found by a review: a summary record of today's layout, whose masthead
// gives no meeting day ("Held at Headquarters, New York, on Wednesday, 29
// October 2025, at 10 a.m." stands under its title), was dated by its
// date of issue, 14 November.
TEST_CASE("a summary record is dated by the day its opening says it was held", "[structure]") {
  const Conversion c = convert(
      "United Nations                                                     A/C.5/80/SR.12\n"
      "General Assembly                                                   Distr.: General\n"
      "                                                                   14 November 2025\n"
      "                                                                   Original: English\n"
      "Eightieth session\nOfficial Records\nFifth Committee\n\n"
      "Summary record of the 12th meeting\n"
      "Held at Headquarters, New York, on Wednesday, 29 October 2025, at 10 a.m.\n\n"
      "Chair: Ms. Adebayo (Nigeria)\n\n"
      "The meeting was called to order at 10.05 a.m.\n\n"
      "1. Mr. Ramanathan (Controller), introducing the report, said that the programme had improved.\n\n"
      "The meeting rose at 11.15 a.m.\n",
      "sr.txt");
  CHECK(c.resolution.type == DocumentType::meeting_record);
  REQUIRE(work_date(c.resolution));
  CHECK(work_date(c.resolution)->date.iso() == "2025-10-29");
  CHECK(work_date(c.resolution)->name == "meeting");
  // The French record says so in French.
  const Conversion fr = convert(
      "Nations Unies                                                      A/C.3/80/SR.12\n"
      "Assemblée générale                                                 Distr. générale\n"
      "                                                                   14 novembre 2025\n\n"
      "Troisième Commission\n\nCompte rendu analytique de la 12e séance\n"
      "Tenue au Siège, à New York, le mercredi 29 octobre 2025, à 10 heures\n\n"
      "La séance est ouverte à 10 h 5.\n\n"
      "1. M. Ramanathan (Contrôleur), présentant le rapport, dit que le programme a été amélioré.\n",
      "sr_fr.txt");
  CHECK(fr.resolution.type == DocumentType::meeting_record);
  REQUIRE(work_date(fr.resolution));
  CHECK(work_date(fr.resolution)->date.iso() == "2025-10-29");
}
