// A plain pdftotext dump (no -layout) of a resolution runs its number, its
// title and its enacting formula into one paragraph ("78/152. Disaster risk
// reduction The General Assembly,") and its adoption line into its report
// line; structure splits them where the formula and the "[" begin, so the
// preamble and the operative part are found (main read no formula: no
// preamble, every paragraph operative).

#include <catch2/catch.hpp>

#include <string>

#include "tests/dump_text.hpp"
#include "tests/support.hpp"

using namespace akn;
using namespace akn::test;

namespace {

struct Language {
  const char* adopted;   // the adoption line, as two printed lines
  const char* report;    // the report line
  const char* title;
  const char* formula;
  const char* recital;   // a preambular paragraph, as two printed lines
  const char* operative; // an operative paragraph's words, as two printed lines
};

constexpr Language kLanguages[] = {
    {"Resolution adopted by the General Assembly\non 19 December 2023", "[on the report of the Second Committee (A/78/461/Add.3, para. 7)]",
     "Disaster risk reduction", "The General Assembly,", "Recalling its resolution 77/164 of 14 December 2022 and all previous relevant\nresolutions,",
     "Takes note of the report of the Secretary-General on the implementation of the\nSendai Framework;"},
    {"Résolution adoptée par l’Assemblée générale\nle 19 décembre 2023", "[sur la base du rapport de la Deuxième Commission (A/78/461/Add.3, par. 7)]",
     "Réduction des risques de catastrophe", "L’Assemblée générale,", "Rappelant sa résolution 77/164 du 14 décembre 2022 et toutes ses résolutions\nantérieures,",
     "Prend note du rapport du Secrétaire général sur la mise en œuvre du Cadre de\nSendai ;"},
    {"Resolución aprobada por la Asamblea General\nel 19 de diciembre de 2023", "[sobre la base del informe de la Segunda Comisión (A/78/461/Add.3, párr. 7)]",
     "Reducción del riesgo de desastres", "La Asamblea General,", "Recordando su resolución 77/164, de 14 de diciembre de 2022, y todas sus\nresoluciones anteriores,",
     "Toma nota del informe del Secretario General sobre la aplicación del Marco de\nSendái;"},
};

// The dump as pdftotext prints it without -layout: the masthead, the
// adoption line over two lines, the report line, the number alone, then the
// title and the formula; `pages` pages split by form feeds; `width` wraps
// every line as fold -s does (0: no wrapping).
std::string plain_dump(const Language& l, std::size_t pages, std::size_t width) {
  std::string s = "A/RES/78/152\n\nUnited Nations\n\nDistr.: General\n21 December 2023\n\nSeventy-eighth session\nAgenda item 18 (c)\n\n";
  s += std::string(l.adopted) + "\n" + l.report + "\n\n78/152.\n\n" + l.title + "\n" + l.formula + "\n";
  for (int i = 0; i < 3; ++i) s += std::string(l.recital) + "\n";
  for (std::size_t p = 0; p < pages; ++p) {
    if (p > 0) s += "\f";
    for (int i = 1; i <= 3; ++i) s += std::to_string(p * 3 + static_cast<std::size_t>(i)) + ". " + l.operative + "\n";
  }
  return folded(s, width);
}

}  // namespace

TEST_CASE("plain text dumps: the formula at the end of the numbered title's line opens the preamble", "[dumps][structure]") {
  std::size_t ran = 0;
  for (const Language& l : kLanguages)
    for (const std::size_t pages : {1UL, 2UL})
      for (const std::size_t width : {0UL, 65UL}) {
        INFO(l.formula << " pages " << pages << " width " << width);
        const Conversion c = convert(plain_dump(l, pages, width));
        REQUIRE(c.resolution.formula);
        CHECK(*c.resolution.formula == l.formula);
        REQUIRE(c.resolution.title);
        CHECK(c.resolution.title->text == l.title);
        CHECK(c.resolution.number == std::optional<std::string>("78/152"));
        CHECK(c.resolution.preamble.size() == 3);
        CHECK(c.resolution.operative.size() == 3 * pages);
        CHECK(c.resolution.adoption_date);
        CHECK(c.resolution.report_line);
        ++ran;
      }
  CHECK(ran == 12);
}

TEST_CASE("unnumbered text appended to an operative paragraph keeps where it was printed", "[dumps][structure]") {
  // A line printed apart after paragraph 3 goes on it (with a warning);
  // the paragraph's source lines include that line, at the offset where
  // its words stand in the paragraph (the layout output lists it).
  const std::string more = "Further words printed apart from it.";
  const Conversion c = convert(plain_dump(kLanguages[0], 1, 0) + "\n" + more + "\n");
  REQUIRE(c.resolution.operative.size() == 3);
  const RichText& t = c.resolution.operative[2].text;
  const std::size_t at = t.text.find(more);
  REQUIRE(at != std::string::npos);
  REQUIRE_FALSE(t.source.empty());
  CHECK(t.source.back().offset == at);
  CHECK(t.source.back().line > t.source.front().line);
}

TEST_CASE("plain text dumps: the formula split from the title's line is the one that ends it, its article kept",
          "[dumps][structure]") {
  // A title naming "The Hague Conference ..." before "The General
  // Assembly,": from its "The" the rest of the line also reads as a
  // formula (The ... Assembly,), but the formula is the one that ends the
  // line; the Spanish and French ones keep their article.
  Language english = kLanguages[0];
  english.title = "Cooperation between the United Nations and The Hague Conference on Private International Law";
  std::size_t ran = 0;
  for (const Language& l : {english, kLanguages[1], kLanguages[2]}) {
    INFO(l.title);
    std::string dump = plain_dump(l, 1, 0);
    const std::string split = std::string(l.title) + "\n" + l.formula + "\n";
    const std::size_t at = dump.find(split);
    REQUIRE(at != std::string::npos);
    dump.replace(at, split.size(), "78/152. " + std::string(l.title) + " " + l.formula + "\n\n");
    const std::size_t number = dump.find("\n78/152.\n");
    REQUIRE(number != std::string::npos);
    dump.erase(number + 1, std::string_view("78/152.\n").size());
    const Conversion c = convert(dump);
    ++ran;
    REQUIRE(c.resolution.formula);
    CHECK(*c.resolution.formula == l.formula);
    REQUIRE(c.resolution.title);
    CHECK(c.resolution.title->text == l.title);
    CHECK(c.resolution.body == "General Assembly");
    CHECK(c.resolution.preamble.size() == 3);
  }
  CHECK(ran == 3);
}

// (Printed right under a resolution's agenda line, such a line is the
// agenda item's title, read by the masthead: here no agenda line is
// printed over it.)
TEST_CASE("plain text dumps: a line taken for the title before the numbered title goes to the preface with a warning",
          "[dumps][structure]") {
  const Conversion c = convert(
      "A/RES/80/189\n\nUnited Nations\n\nDistr.: General\n21 December 2025\n\nEightieth session\n\n"
      "Report of the Human Rights Council\n\n80/189. Report of the Human Rights Council\nThe General Assembly,\n"
      "Recalling its resolution 79/160,\n1. Takes note of the report of the Human Rights Council;\n");
  REQUIRE(c.resolution.title);
  CHECK(c.resolution.title->text == "Report of the Human Rights Council");
  std::size_t warned = 0;
  for (const Diagnostic& d : c.resolution.warnings)
    if (d.message.find("first taken for the title") != std::string::npos) ++warned;
  CHECK(warned == 1);
}

// Plain pdftotext printed A/RES/80/7's paragraph 4 (a first line after the
// hanging number, a second at the margin) as "4." "Agency;" "" "Appeals to
// Member States to continue to support the activities of the", the first
// line last: it became paragraph 5's heading (a plain heading after a
// paragraph that ended), silently, scored 0.96. A line that ends on an
// article or preposition is a cut sentence, never a heading: it stays with
// the paragraph before it, as a doubt of the structure the quality counts.
// A real heading there is still one.
TEST_CASE("a plain dump's line ending on an article is no heading but a doubt of the structure", "[structure][dumps]") {
  const std::string head = "Resolution adopted by the General Assembly on 14 November 2025\n\n"
                           "80/7. Report of the International Atomic Energy Agency\n\n"
                           "The General Assembly,\n\n"
                           "Recalling its resolution 79/11 of 5 November 2024,\n\n"
                           "1. Takes note of the report of the International Atomic Energy Agency;\n"
                           "2. Reaffirms its strong support for the indispensable role of the Agency;\n";
  const std::string tail = "5.\nRequests the Secretary-General to transmit to the Director General of the\n"
                           "Agency the records of the eightieth session.\n";
  const Conversion cut = convert(head + "4.\nAgency;\n\nAppeals to Member States to continue to support the activities of the\n\n" + tail);
  INFO(cut.text);
  REQUIRE(cut.resolution.operative.size() == 4);
  CHECK_FALSE(cut.resolution.operative[3].heading);
  CHECK(cut.resolution.operative[2].text.text.ends_with("activities of the"));
  std::size_t cut_warnings = 0;
  for (const Diagnostic& d : cut.resolution.warnings) cut_warnings += d.message.find("ends cut short (\"") != std::string::npos ? 1U : 0U;
  CHECK(cut_warnings == 1);
  CHECK(cut.quality.structure_doubts == 1);
  CHECK(cut.quality.structure < 1);

  // Headings that end on a capitalised name or acronym spelt like a stop
  // word of another language ("AU", the French "au"; "Sur", the French
  // "sur") stay headings; a table's cell ending so ("Congo, Democratic
  // Republic of the") is no cut sentence (found by a review).
  std::size_t ran = 0;
  for (const char* heading : {"Technical cooperation", "Cooperation with the AU", "Cooperation with the LAS"}) {
    CAPTURE(heading);
    const Conversion titled =
        convert(head + "4. Appeals to Member States to support the Agency;\n\n" + heading + "\n\n" + tail);
    REQUIRE(titled.resolution.operative.size() == 4);
    REQUIRE(titled.resolution.operative[3].heading);
    CHECK(titled.resolution.operative[3].heading->text == heading);
    CHECK(titled.quality.structure_doubts == 0);
    ++ran;
  }
  CHECK(ran == 3);
  const Conversion spanish = convert(
      "Resolución aprobada por la Asamblea General el 14 de noviembre de 2025\n\n"
      "80/7. Informe del Organismo Internacional de Energía Atómica\n\nLa Asamblea General,\n\n"
      "Recordando su resolución 79/11, de 5 de noviembre de 2024,\n\n"
      "1. Toma nota del informe del Organismo Internacional de Energía Atómica;\n\n"
      "Zona de paz y cooperación del Atlántico Sur\n\n"
      "2. Decide seguir ocupándose de la cuestión.\n");
  REQUIRE(spanish.resolution.operative.size() == 2);
  REQUIRE(spanish.resolution.operative[1].heading);
  CHECK(spanish.resolution.operative[1].heading->text == "Zona de paz y cooperación del Atlántico Sur");
  const Conversion cells = convert(head + "4. Decides that the rates below shall apply in 2026;\n\nMember State\n\nRate\n\n"
                                          "Congo, Democratic Republic of the\n\n0.010\n\n" + tail);
  CHECK(cells.quality.structure_doubts == 0);
}
