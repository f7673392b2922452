// Lines each language prints its own way: the Security Council's adoption
// line (which dates the Work) in the six languages, and a line-end hyphen
// inside a web address.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "structure/structure.hpp"
#include "support.hpp"
#include "warnings.hpp"

using namespace akn;
using namespace akn::test;

namespace {
struct SecurityCouncilText {
  const char* lang;
  const char* resolution;  // "Resolution 2999 (2026)" as the language prints it
  const char* adoption;    // the adoption line
  const char* formula;
  const char* preamble;
  const char* operative;
};

// A Security Council resolution in each language, of our own words; the
// adoption line says 10 June 2026, the masthead's date of issue 11 June.
const std::vector<SecurityCouncilText> kTexts = {
    {"en", "Resolution 2999 (2026)", "Adopted by the Security Council at its 9999th meeting, on 10 June 2026",
     "The Security Council,", "Recalling its previous resolutions on the question,",
     "1. Decides to remain actively seized of the matter."},
    {"fr", "Résolution 2999 (2026)", "Adoptée par le Conseil de sécurité à sa 9999e séance, le 10 juin 2026",
     "Le Conseil de sécurité,", "Rappelant ses résolutions antérieures sur la question,",
     "1. Décide de rester activement saisi de la question."},
    {"es", "Resolución 2999 (2026)",
     "Aprobada por el Consejo de Seguridad en su 9999a sesión, celebrada el 10 de junio de 2026",
     "El Consejo de Seguridad,", "Recordando sus resoluciones anteriores sobre la cuestión,",
     "1. Decide seguir ocupándose activamente de la cuestión."},
    {"ru", "Резолюция 2999 (2026)", "Принята Советом Безопасности на его 9999-м заседании 10 июня 2026 года",
     "Совет Безопасности,", "ссылаясь на свои предыдущие резолюции по этому вопросу,",
     "1. постановляет продолжать активно заниматься этим вопросом."},
    {"ar", "القرار 2999 (2026)", "الذي اتخذه مجلس الأمن في جلسته 9999، المعقودة في 10 حزيران/يونيه 2026",
     "إن مجلس الأمن،", "إذ يشير إلى قراراته السابقة بشأن هذه المسألة،", "1 - يقرر أن يبقي المسألة قيد نظره الفعلي."},
    {"zh", "第2999(2026)号决议", "2026年6月10日安全理事会第9999次会议通过", "安全理事会，",
     "回顾其以往关于这一问题的各项决议，", "1. 决定继续积极处理此案。"},
};

std::string security_council_text(const SecurityCouncilText& t) {
  return std::string("S/RES/2999 (2026)\n\n") + t.resolution + "\n\n" + t.adoption + "\n\n" + t.formula + "\n\n" +
         t.preamble + "\n\n" + t.operative + "\n";
}

// The adoption line of the UN's AKN of S/RES/2735 in `lang`
// (../shared/unakn/languages): the text of its docTitle of the adoption,
// white space collapsed; empty when the file is missing.
std::string akn_adoption_line(const std::string& lang) {
  const std::string path = shared_dir() + "/unakn/languages/" + lang + "/S_RES_2735." + lang + ".akn.xml";
  if (!std::filesystem::exists(path)) return {};
  const std::string xml = read_file(path);
  std::smatch m;
  if (!std::regex_search(xml, m, std::regex("<docTitle refersTo=\"#adoption\">([\\s\\S]*?)</docTitle>"))) return {};
  std::string t = std::regex_replace(m[1].str(), std::regex("<docDate"), " <docDate");
  t = std::regex_replace(t, std::regex("<[^>]*>"), "");
  t = std::regex_replace(t, std::regex("\\s+"), " ");
  t = std::regex_replace(t, std::regex("^ | $"), "");
  // The space the markup leaves before a comma goes; the Arabic comma is
  // matched as its two bytes (a byte class [,،] would also take the lead
  // byte of most Arabic letters, and join words).
  return std::regex_replace(t, std::regex(" (,|\xD8\x8C)"), "$1");
}
}  // namespace

TEST_CASE("the Security Council adoption line is read in the six languages and dates the Work", "[structure][languages]") {
  std::size_t ran = 0;
  for (const SecurityCouncilText& t : kTexts) {
    INFO(t.lang);
    const Conversion c = convert(security_council_text(t));
    REQUIRE(c.resolution.adoption_line);
    CHECK(*c.resolution.adoption_line == t.adoption);
    CHECK(c.resolution.body == "Security Council");
    CHECK(c.resolution.adoption_meeting.value_or("").find("9999") != std::string::npos);
    const auto work = work_date(c.resolution);
    REQUIRE(work);
    CHECK(work->date.iso() == "2026-06-10");
    CHECK(work->name == "adoption");
    ++ran;
  }
  CHECK(ran == 6);
}

TEST_CASE("the adoption lines of the UN's own S/RES/2735 are read in the six languages", "[structure][languages]") {
  std::size_t ran = 0;
  for (const char* lang : {"en", "fr", "es", "ru", "ar", "zh"}) {
    INFO(lang);
    const std::string line = akn_adoption_line(lang);
    if (line.empty()) {
      WARN("skipped: ../shared/unakn/languages is missing");
      return;
    }
    SecurityCouncilText t = kTexts[ran];
    REQUIRE(std::string(t.lang) == lang);
    t.adoption = line.c_str();
    const Conversion c = convert(security_council_text(t));
    REQUIRE(c.resolution.adoption_line);
    const auto work = work_date(c.resolution);
    REQUIRE(work);
    CHECK(work->date.iso() == "2024-06-10");
    CHECK(work->name == "adoption");
    CHECK(c.resolution.adoption_meeting.value_or("").find("9650") != std::string::npos);
    ++ran;
  }
  CHECK(ran == 6);
}

// An Arabic adoption line as Tesseract `ara` reads it off a scan: its
// comma lost and the Western month name misread ("حزيران /بونيه" for
// "حزيران/يونيه", one edit). The month within an edit still dates the Work,
// with a warning; a word no month is near leaves the Work undated by the
// line, with a warning too (main read neither as an adoption line).
TEST_CASE("an Arabic adoption line whose month OCR misread dates the Work within an edit", "[structure][languages]") {
  SecurityCouncilText t = kTexts[4];
  REQUIRE(std::string(t.lang) == "ar");
  t.adoption = "الذي اتخذه مجلس الأمن في جلسته 9999 المعقودة في 10 حزيران /بونيه 2026";
  const Conversion c = convert(security_council_text(t));
  REQUIRE(c.resolution.adoption_line);
  CHECK(c.resolution.adoption_meeting.value_or("").find("9999") != std::string::npos);
  const auto work = work_date(c.resolution);
  REQUIRE(work);
  CHECK(work->name == "adoption");
  CHECK(work->date.iso() == "2026-06-10");
  CHECK(warnings_saying(c.resolution.warnings, "month name misread") == 1);

  t.adoption = "الذي اتخذه مجلس الأمن في جلسته 9999 المعقودة في 10 حزيران /سبتتتت 2026";
  const Conversion far = convert(security_council_text(t));
  REQUIRE(far.resolution.adoption_line);
  CHECK(!far.resolution.adoption_date);
  CHECK(warnings_saying(far.resolution.warnings, "names no month") == 1);
}

TEST_CASE("a line-end hyphen inside a web or e-mail address is kept", "[cleanup][languages]") {
  struct Case {
    const char* lang;
    const char* text;
    const char* joined;
  };
  // A resolution in the case's language around the paragraph, long enough
  // for its language to be told (a French one is hyphenated at syllables).
  const std::map<std::string, std::string> before = {
      {"fr", "L’Assemblée générale,\n\nRappelant ses résolutions antérieures sur la question, ainsi que les rapports "
             "du Secrétaire général sur l’application de la Déclaration et les travaux du Comité spécial,\n\n"
             "Consciente de la nécessité de faire en sorte que les populations des territoires puissent exercer "
             "leur droit à l’autodétermination dans les meilleurs délais,\n\n"},
      {"es", "La Asamblea General,\n\nRecordando sus resoluciones anteriores sobre la cuestión, así como los informes "
             "del Secretario General sobre la aplicación de la Declaración y la labor del Comité Especial,\n\n"
             "Consciente de la necesidad de que los pueblos de los territorios puedan ejercer su derecho a la "
             "libre determinación lo antes posible,\n\n"},
      {"en", "The General Assembly,\n\nRecalling its previous resolutions on the question, as well as the reports of "
             "the Secretary-General on the implementation of the Declaration and the work of the Special Committee,\n\n"}};
  const std::map<std::string, std::string> after = {{"fr", "\n\n1. Décide de poursuivre l’examen de la question.\n"},
                                                    {"es", "\n\n1. Decide seguir examinando la cuestión.\n"},
                                                    {"en", "\n\n1. Decides to continue its consideration of the question.\n"}};
  // The address broken after its hyphen, in a paragraph of each language;
  // the French one with the space the UN's own text prints after "c24/".
  const std::vector<Case> cases = {
      {"fr", "Rappelant le document disponible à l’adresse suivante : https://www.un.org/dppa/decolonization/fr/c24/ regional-\n"
       "seminars/2024, ainsi que les autres informations pertinentes,",
       "regional-seminars/2024"},
      {"es", "Recordando el documento disponible en https://www.un.org/es/regional-\nseminars/2024 y las demás informaciones,",
       "https://www.un.org/es/regional-seminars/2024"},
      {"en", "Recalling the report available from www.un.org/en/regional-\nseminars and the other information,",
       "www.un.org/en/regional-seminars"},
      {"fr", "Rappelant que les observations peuvent être adressées à decolonization-\nunit@un.org avant la session,",
       "decolonization-unit@un.org"},
  };
  std::size_t ran = 0;
  for (const Case& k : cases) {
    INFO(k.text);
    const Conversion c = convert(before.at(k.lang) + k.text + after.at(k.lang));
    CHECK(c.resolution.meta.language == k.lang);
    CHECK(c.text.find(k.joined) != std::string::npos);
    ++ran;
  }
  CHECK(ran == 4);
}
