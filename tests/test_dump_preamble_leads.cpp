// A plain text dump (pdftotext without -layout, or that folded) loses the
// blank line between two preambular paragraphs where the first ends on a
// full line ("... for more than half a century," / "Recognizing the major
// contribution ...": A/RES/78/107): main joined them as one hard-wrapped
// paragraph. In the preamble, a line that opens with a preambular lead word
// of the document's language after a line that ends a clause opens a
// paragraph (unwrap_lines' split_preambular_paragraph); in the operative
// part it does not.

#include <catch2/catch.hpp>

#include <array>
#include <cstddef>
#include <string>

#include "tests/dump_text.hpp"
#include "tests/support.hpp"

using namespace akn;
using namespace akn::test;

namespace {

constexpr DumpLanguage kLanguages[] = {
    {"The General Assembly,",
     {"Reaffirming that the Programme of Assistance is a core activity of the United\n"
      "Nations and that it has provided the foundation for the efforts of the United Nations\n"
      "to promote a better knowledge of international law for more than half a century,",
      "Recognizing the major contribution of the Programme of Assistance to the\n"
      "teaching and dissemination of international law for the benefit of lawyers in all\n"
      "countries, legal systems and regions of the world for more than half a century,",
      "Noting with appreciation the efforts of the Codification Division of the Office\n"
      "of Legal Affairs of the Secretariat in the successful implementation of the Programme,"},
     {"Reaffirming", "Recognizing", "Noting with appreciation"},
     "Authorizes the Secretary-General to carry out in 2024 the activities specified in his\n"
     "report on the Programme of Assistance in the Teaching and Study of International Law;",
     "Invites Member States to contribute voluntarily to the Programme of Assistance, in\n"
     "particular to the fellowship programmes it offers to lawyers from developing countries,\n"
     "Having regard to the resources available to it for the coming biennium;"},
    {"L’Assemblée générale,",
     {"Réaffirmant que le Programme d’assistance est une activité essentielle de l’Organisation\n"
      "des Nations Unies et qu’il a servi de fondement aux efforts qu’elle déploie depuis plus\n"
      "d’un demi-siècle pour faire mieux connaître le droit international dans le monde entier,",
      "Reconnaissant la contribution majeure du Programme d’assistance à l’enseignement et\n"
      "à la diffusion du droit international au profit des juristes de tous les pays, de tous les\n"
      "systèmes juridiques et de toutes les régions du monde depuis plus d’un demi-siècle,",
      "Notant avec satisfaction les efforts de la Division de la codification du Bureau des\n"
      "affaires juridiques du Secrétariat pour la bonne exécution du Programme d’assistance,"},
     {"Réaffirmant", "Reconnaissant", "Notant avec satisfaction"},
     "Autorise le Secrétaire général à exécuter en 2024 les activités énoncées dans son\n"
     "rapport sur le Programme d’assistance à l’enseignement et à la diffusion du droit ;",
     "Invite les États Membres à verser des contributions volontaires au Programme d’assistance,\n"
     "en particulier aux programmes de bourses qu’il offre aux juristes des pays en développement,\n"
     "Ayant à l’esprit les ressources dont il dispose pour le prochain exercice biennal ;"},
    {"La Asamblea General,",
     {"Reafirmando que el Programa de Asistencia es una actividad esencial de las Naciones\n"
      "Unidas y que ha sentado las bases de los esfuerzos que realizan las Naciones Unidas\n"
      "para promover un mejor conocimiento del derecho internacional desde hace medio siglo,",
      "Reconociendo la importante contribución del Programa de Asistencia a la enseñanza\n"
      "y difusión del derecho internacional en beneficio de los abogados de todos los países,\n"
      "sistemas jurídicos y regiones del mundo desde hace más de medio siglo en todo el mundo,",
      "Observando con aprecio los esfuerzos de la División de Codificación de la Oficina de\n"
      "Asuntos Jurídicos de la Secretaría para ejecutar con éxito el Programa de Asistencia,"},
     {"Reafirmando", "Reconociendo", "Observando con aprecio"},
     "Autoriza al Secretario General a ejecutar en 2024 las actividades especificadas en su\n"
     "informe sobre el Programa de Asistencia para la Enseñanza del Derecho Internacional;",
     "Invita a los Estados Miembros a que aporten contribuciones voluntarias al Programa,\n"
     "en particular a los programas de becas que ofrece a los abogados de países en desarrollo,\n"
     "Teniendo presentes los recursos de que dispone para el próximo bienio de su labor;"},
};

// The same recitals opened with leads no table lists ("Attesting",
// "Estimant", "Encomiando": the UN writes leads beyond those of the
// resolutions the tables were read from), read by their form, a
// capitalised participle or gerund; the first two open with such a lead, so
// that the paragraph a line would go on opens with one as well. Until
// 2026-12-06 a plain French or Spanish dump ran such recitals together
// ("... droit international humanitaire, Saluant l’action ...": a recital
// opened with "Demandant" before it).
constexpr DumpLanguage kUnlistedLeads[] = {
    {"The General Assembly,",
     {"Attesting that the Programme of Assistance is a core activity of the United\n"
      "Nations and that it has provided the foundation for the efforts of the United Nations\n"
      "to promote a better knowledge of international law for more than half a century,",
      "Applauding the major contribution of the Programme of Assistance to the\n"
      "teaching and dissemination of international law for the benefit of lawyers in all\n"
      "countries, legal systems and regions of the world for more than half a century,",
      "Noting with appreciation the efforts of the Codification Division of the Office\n"
      "of Legal Affairs of the Secretariat in the successful implementation of the Programme,"},
     {"Attesting", "Applauding", "Noting with appreciation"},
     "Authorizes the Secretary-General to carry out in 2024 the activities specified in his\n"
     "report on the Programme of Assistance in the Teaching and Study of International Law;",
     "Invites Member States to contribute voluntarily to the Programme of Assistance, in\n"
     "particular to the fellowship programmes it offers to lawyers from developing countries,\n"
     "Remembering the resources available to it for the coming biennium;"},
    {"L’Assemblée générale,",
     {"Estimant que le Programme d’assistance est une activité essentielle de l’Organisation\n"
      "des Nations Unies et qu’il a servi de fondement aux efforts qu’elle déploie depuis plus\n"
      "d’un demi-siècle pour faire mieux connaître le droit international dans le monde entier,",
      "S’inquiétant de la contribution du Programme d’assistance à l’enseignement et\n"
      "à la diffusion du droit international au profit des juristes de tous les pays, de tous les\n"
      "systèmes juridiques et de toutes les régions du monde depuis plus d’un demi-siècle,",
      "Notant avec satisfaction les efforts de la Division de la codification du Bureau des\n"
      "affaires juridiques du Secrétariat pour la bonne exécution du Programme d’assistance,"},
     {"Estimant", "S’inquiétant", "Notant avec satisfaction"},
     "Autorise le Secrétaire général à exécuter en 2024 les activités énoncées dans son\n"
     "rapport sur le Programme d’assistance à l’enseignement et à la diffusion du droit ;",
     "Invite les États Membres à verser des contributions volontaires au Programme d’assistance,\n"
     "en particulier aux programmes de bourses qu’il offre aux juristes des pays en développement,\n"
     "Estimant les ressources dont il dispose pour le prochain exercice biennal ;"},
    {"La Asamblea General,",
     {"Estimando que el Programa de Asistencia es una actividad esencial de las Naciones\n"
      "Unidas y que ha sentado las bases de los esfuerzos que realizan las Naciones Unidas\n"
      "para promover un mejor conocimiento del derecho internacional desde hace medio siglo,",
      "Encomiando la importante contribución del Programa de Asistencia a la enseñanza\n"
      "y difusión del derecho internacional en beneficio de los abogados de todos los países,\n"
      "sistemas jurídicos y regiones del mundo desde hace más de medio siglo en todo el mundo,",
      "Observando con aprecio los esfuerzos de la División de Codificación de la Oficina de\n"
      "Asuntos Jurídicos de la Secretaría para ejecutar con éxito el Programa de Asistencia,"},
     {"Estimando", "Encomiando", "Observando con aprecio"},
     "Autoriza al Secretario General a ejecutar en 2024 las actividades especificadas en su\n"
     "informe sobre el Programa de Asistencia para la Enseñanza del Derecho Internacional;",
     "Invita a los Estados Miembros a que aporten contribuciones voluntarias al Programa,\n"
     "en particular a los programas de becas que ofrece a los abogados de países en desarrollo,\n"
     "Estimando los recursos de que dispone para el próximo bienio de su labor;"},
};

// `base` with the recitals `recitals` names in place of its own (nullptr
// keeps base's): the same resolution, its leads, formula and operative part.
constexpr DumpLanguage with_recitals(DumpLanguage base, std::array<const char*, 3> recitals) {
  for (std::size_t i = 0; i < 3; ++i)
    if (recitals[i] != nullptr) base.recitals[i] = recitals[i];
  return base;
}

// Recitals in which a line after a comma opens with a capitalised word of
// a lead's form that is none: a proper name ("Fernando Pérez", "Beijing
// Declaration", "Stockpiling and Use of Chemical Weapons", in a
// convention's name that A/RES/78/146 breaks so: a capitalised word after
// it, or after a short word after it) or a preposition or a
// conjunction ("Pendant", "During", "Cuando"). Each stays in its recital.
constexpr DumpLanguage kLeadLookalikes[] = {
    with_recitals(kLanguages[0],
                  {"Reaffirming that the Programme of Assistance is a core activity of the United Nations,\n"
                   "Beijing Declaration and Platform for Action and the outcome of the twenty-third special\n"
                   "session of the General Assembly, for more than half a century, as stated there,",
                   "Recognizing the major contribution of the Programme of Assistance to the teaching,\n"
                   "During the last half a century of international law for the benefit of lawyers in all\n"
                   "countries, legal systems and regions of the world for more than half a century,",
                   "Noting with appreciation the Convention on the Prohibition of the Development, Production,\n"
                   "Stockpiling and Use of Chemical Weapons and on Their Destruction and its implementation,"}),
    with_recitals(kLanguages[1],
                  {"Réaffirmant que le Programme d’assistance est une activité essentielle de l’Organisation,\n"
                   "Pendant plus d’un demi-siècle, qu’il a servi de fondement aux efforts qu’elle déploie depuis\n"
                   "d’un demi-siècle pour faire mieux connaître le droit international dans le monde entier,",
                   "Reconnaissant la contribution majeure du Programme d’assistance à l’enseignement et,\n"
                   "Suivant les recommandations du Comité, à la diffusion du droit international au profit des\n"
                   "systèmes juridiques et de toutes les régions du monde depuis plus d’un demi-siècle,",
                   nullptr}),
    with_recitals(kLanguages[2],
                  {"Reafirmando que el Programa de Asistencia es una actividad esencial de las Naciones Unidas,\n"
                   "Fernando Pérez y los demás expertos que han sentado las bases de los esfuerzos de las Naciones\n"
                   "para promover un mejor conocimiento del derecho internacional desde hace medio siglo,",
                   "Reconociendo la importante contribución del Programa de Asistencia a la enseñanza,\n"
                   "Cuando proceda, y difusión del derecho internacional en beneficio de los abogados de todos,\n"
                   "sistemas jurídicos y regiones del mundo desde hace más de medio siglo en todo el mundo,",
                   nullptr}),
};

// The plain dump of A/RES/78/107 in `l`'s language, each operative
// paragraph's number alone on its line.
std::string plain_dump(const DumpLanguage& l, std::size_t pages, std::size_t width) {
  const DumpHead head{"A/RES/78/107", "11 December 2023", "Agenda item 83",
                      "78/107.\n\nUnited Nations Programme of Assistance in the Teaching, Study,\n"
                      "Dissemination and Wider Appreciation of International Law\n",
                      "23-25041", true};
  return plain_resolution_dump(head, l, pages, width);
}

}  // namespace

TEST_CASE("plain text dumps: a preambular lead word after a full line ending a clause opens a paragraph",
          "[dumps][structure]") {
  const auto check = [](const DumpLanguage& l, std::size_t pages, std::size_t width) {
    const Conversion c = convert(plain_dump(l, pages, width));
    check_recitals_and_operative(c, l);
    // Each split is an edit: in the dump as printed, both lines ending a
    // recital on page 1 are full (folded at 65, the last ones are short).
    if (width == 0) CHECK(edits_of(c.document, "split_preambular_paragraph").size() == 3 - pages);
  };
  CHECK(for_each_dump(kLanguages, {0, 65}, check) == 12);
}

TEST_CASE("plain text dumps: a lead no table lists opens a paragraph, read by its form", "[dumps][structure]") {
  const auto check = [](const DumpLanguage& l, std::size_t pages, std::size_t width) {
    const Conversion c = convert(plain_dump(l, pages, width));
    check_recitals_and_operative(c, l);
    if (width == 0) CHECK(edits_of(c.document, "split_preambular_paragraph").size() == 3 - pages);
  };
  CHECK(for_each_dump(kUnlistedLeads, {0, 65}, check) == 12);
}

TEST_CASE("plain text dumps: a proper name or a preposition of a lead's form after a comma stays in its recital",
          "[dumps][structure]") {
  const auto check = [](const DumpLanguage& l, std::size_t pages, std::size_t width) {
    const Conversion c = convert(plain_dump(l, pages, width));
    check_recitals_and_operative(c, l);
  };
  // As printed only: folded, the lines would open with other words.
  CHECK(for_each_dump(kLeadLookalikes, {0}, check) == 6);
}

namespace {

// A Security Council resolution's plain dump in French or Spanish: its
// adjective leads are masculine ("Le Conseil de sécurité," / "Conscient"),
// where the Assembly's are feminine ("Consciente").
struct CouncilDump {
  const char* masthead;  // from "Nations Unies" to the adoption line
  const char* formula;
  const char* recitals[3];
  const char* leads[3];
  const char* operative;
};

constexpr CouncilDump kCouncilDumps[] = {
    {"Nations Unies\n\nConseil de sécurité\n\nS/RES/2720 (2023)\n\nDistr. générale\n22 décembre 2023\n\n"
     "Résolution 2720 (2023)\nAdoptée par le Conseil de sécurité à sa 9520e séance, le 22 décembre 2023\n",
     "Le Conseil de sécurité,",
     {"Profondément préoccupé par les effets de la reprise des hostilités sur la population civile\n"
      "de la bande de Gaza et par ses lourdes conséquences pour les enfants et les femmes,",
      "Conscient que la population civile de la bande de Gaza doit avoir accès à une aide humanitaire\n"
      "suffisante, notamment à la nourriture, à l’eau, aux soins de santé et au carburant,",
      "Résolu à œuvrer sans relâche à l’instauration d’une paix durable dans la région, conformément\n"
      "au droit international et aux résolutions pertinentes de l’Organisation des Nations Unies,"},
     {"Profondément préoccupé", "Conscient", "Résolu"},
     "Exige de toutes les parties qu’elles respectent les obligations que leur impose le droit\n"
     "international, notamment en ce qui concerne la protection des civils ;"},
    {"Naciones Unidas\n\nConsejo de Seguridad\n\nS/RES/2720 (2023)\n\nDistr. general\n22 de diciembre de 2023\n\n"
     "Resolución 2720 (2023)\nAprobada por el Consejo de Seguridad en su 9520a sesión, celebrada el 22 de\n"
     "diciembre de 2023\n",
     "El Consejo de Seguridad,",
     {"Profundamente preocupado por los efectos de la reanudación de las hostilidades en la\n"
      "población civil de la Franja de Gaza y por sus graves consecuencias para los niños,",
      "Consciente de que la población civil de la Franja de Gaza debe tener acceso a asistencia\n"
      "humanitaria suficiente, en particular alimentos, agua, atención de la salud y combustible,",
      "Decidido a trabajar sin descanso para establecer una paz duradera en la región, de conformidad\n"
      "con el derecho internacional y las resoluciones pertinentes de las Naciones Unidas,"},
     {"Profundamente preocupado", "Consciente", "Decidido"},
     "Exige a todas las partes que cumplan las obligaciones que les incumben en virtud del derecho\n"
     "internacional, en particular en lo que respecta a la protección de los civiles;"},
};

}  // namespace

// Until 2026-12-06 the lead tables held the Assembly's feminine adjectives
// only, and a plain dump of a Council resolution ran "Conscient que ..."
// into the recital before it (the six-language fixture's French S/RES/2720).
TEST_CASE("plain text dumps: a Council's masculine adjective leads open recitals", "[dumps][structure][languages]") {
  std::size_t ran = 0;
  for (const CouncilDump& d : kCouncilDumps)
    for (const bool two_pages : {false, true}) {
      CAPTURE(d.formula, two_pages);
      std::string dump = std::string(d.masthead) + d.formula + "\n" + d.recitals[0] + "\n" + d.recitals[1] + "\n";
      if (two_pages) dump += "\n23-26184\n\f\nS/RES/2720 (2023)\n\n";
      dump += std::string(d.recitals[2]) + "\n1.\n" + d.operative + "\n2.\n" + d.operative + "\n";
      const Conversion c = convert(dump);
      INFO(c.text);
      check_recital_leads(c, d.leads);
      CHECK(c.resolution.operative.size() == 2);
      ++ran;
    }
  CHECK(ran == 4);
}
