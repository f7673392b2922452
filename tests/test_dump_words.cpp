// Words of text dumps that pdftotext printed with a space inside them, where
// the PDF's kerning opened a gap ("Colo nialism", "Secretary -General",
// "2018 –2028"): fix_typos joins them where the dictionary of the document's
// language or the document itself says the whole is one word, never two
// words the dictionary accepts ("any one", "de puis"). Short texts in three
// languages (the dictionary of each), over two pages, and the plain and
// -layout dumps of a UN resolution, written at test time from
// ../shared/unakn (the UN's texts are not committed).
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "cleanup/cleanup.hpp"
#include "core/language.hpp"
#include "tests/dump_text.hpp"
#include "tests/support.hpp"

using namespace akn;
using namespace akn::test;

namespace {

bool contains(const std::string& text, std::string_view what) { return text.find(what) != std::string::npos; }

// The text after unwrap_lines and fix_typos with the dictionaries of
// `languages`, blocks joined by newlines; the document is kept in `doc`.
std::string after_fix_typos(Document& doc, std::vector<std::string> languages) {
  CleanupOptions options = config().cleanup;
  options.passes = {"unwrap_lines", "fix_typos"};
  options.language_dictionaries = std::move(languages);
  Cleaner(options).run(doc);
  std::string joined;
  for (const Block& b : doc.blocks) joined += b.text + "\n";
  return joined;
}

std::set<std::pair<std::string, std::string>> joins_of(const Document& doc) {
  std::set<std::pair<std::string, std::string>> made;
  for (const Edit& e : edits_of(doc, "join_split_word")) made.insert({e.before, e.after});
  return made;
}

}  // namespace

TEST_CASE("a dump's space before a hyphen or en dash inside a compound is closed on evidence", "[dumps][fix_typos]") {
  // Two pages: the compounds the document prints whole are on the first.
  Document doc = doc_from_text(
      "The General Assembly,\n\nRecalling the report of the Secretary-General on the response to COVID-19 and on "
      "the work of the Organization in the States,\n\f"
      "Requests the Secretary -General to report on the well -being of children after COVID -19 in the "
      "decade 2018 –2028, and on COVID -20 where temperatures of -5 degrees were seen,\n\n"
      "Notes the Zorblat -Quixen report and the economic - social divide between the States of the region,\n\n"
      "Supports country-owned and -driven plans and the long-term and -lasting peace of the States,\n");
  const std::string text = after_fix_typos(doc, {});
  INFO(text);
  CHECK(contains(text, "Requests the Secretary-General to report on the well-being of children after COVID-19 in the "
                       "decade 2018\u20132028, and on COVID -20 where temperatures of -5 degrees"));
  CHECK(contains(text, "the Zorblat -Quixen report and the economic - social divide"));
  CHECK(contains(text, "country-owned and -driven plans and the long-term and -lasting peace"));  // suspended compounds
  CHECK(joins_of(doc) == std::set<std::pair<std::string, std::string>>{{"Secretary -General", "Secretary-General"},
                                                                       {"well -being", "well-being"},
                                                                       {"COVID -19", "COVID-19"},
                                                                       {"2018 \u20132028", "2018\u20132028"}});
  std::size_t warned = 0;
  for (const Diagnostic& d : doc.log.warnings())
    if (d.pass == "fix_typos" && contains(d.message, "Zorblat -Quixen")) ++warned;
  CHECK(warned == 1);
}

TEST_CASE("a dump's word run apart is joined when a part is no word and the whole is one", "[dumps][fix_typos]") {
  Document doc = doc_from_text(
      "The General Assembly,\n\nRecalling the Fourth International Decade for the Eradication of Colonialism and the "
      "report of the Conference on the work of the Organization,\n\f"
      "Calls for the Eradication of Colo nialism and the effectiv ely coordinated work of the Conferenc e "
      "of the States,\n\n"
      "Notes that any one of the States may to day go a way of its own and that the worl d and Guterres on it agree,\n\n"
      "Recognizes that cultures and c ivilizations can contribute and that the x iolations are kept,\n");
  const std::string text = after_fix_typos(doc, {});
  INFO(text);
  CHECK(contains(text, "Eradication of Colonialism and the effectively coordinated work of the Conference of"));
  CHECK(contains(text, "any one of the States may to day go a way of its own and that the worl d and Guterres on it"));
  // A lone letter: the dictionary's word is enough in a dump.
  CHECK(contains(text, "cultures and civilizations can contribute and that the x iolations are kept"));
  CHECK(joins_of(doc) == std::set<std::pair<std::string, std::string>>{{"c ivilizations", "civilizations"},
                                                                       {"Colo nialism", "Colonialism"},
                                                                       {"effectiv ely", "effectively"},
                                                                       {"Conferenc e", "Conference"}});
}

TEST_CASE("a dump's English word cut into a piece that is no English word is joined where the document prints it",
          "[dumps][fix_typos]") {
  // pdftotext sets a kerning gap apart as a space, cutting a word into two
  // pieces the dictionary accepts: it takes every letter, and "ll", "nd" or
  // "fo", for words. 158 such words stayed cut in the unakn resolutions'
  // plain and -layout dumps ("a nd", "we ll", "right s", "fo r").
  // A piece of one or two letters that is no English word of that length
  // joins where the document prints the whole: after a word, or before a
  // piece that is no word. English's short words ("up on" beside "upon"),
  // letters of a letter-spaced name ("J a n", "A l i"), a short whole
  // printed once ("a h" beside one "ah"), and a piece before a word, which
  // is a label or a name as often as a word's start ("paragraph 1 c are",
  // "hepatitis B and", "Mr. Ma in", "UN IT": a review's finds; "t he" and
  // "l east" stay too), are kept.
  Document doc = doc_from_text(
      "The General Assembly,\n\nRecalling the rights of every human being and the least developed countries, as "
      "well as its resolutions for the Ozone Layer and for the report of Juma ah Salem, and calls upon the States to "
      "follow up on the report, and calls upon them, and a part of it apart, in an annex and an addendum of Al Quds "
      "and Al Aqsa, and the Main Committees, the care of health and primary care, the Band and the Band report of the "
      "JOINT INSPECTION UNIT and the UNIT,\n\f"
      "Noting the right s of ever y human being and the l east developed countries, as we ll as other resolutions, "
      "a nd its resolutions fo r the Ozone Laye r, we ll beyond t he report,\n\n"
      "Noting also the letter of 12 J a n from A l i Hassan and the report of Juma a h Salem, the proposal of Mr. Ma "
      "in his capacity as Chair, paragraph 1 c are applicable, hepatitis B and hepatitis C, and the UN IT STRATEGY,\n");
  const std::string text = after_fix_typos(doc, {});
  INFO(text);
  CHECK(contains(text, "Noting the rights of every human being and the l east developed countries, as well as other "
                       "resolutions, and its resolutions for the Ozone Layer, well beyond t he report,"));
  CHECK(contains(text, "follow up on the report"));
  CHECK(contains(text, "a part of it apart"));
  CHECK(contains(text, "12 J a n from A l i Hassan and the report of Juma a h Salem, the proposal of Mr. Ma in his "
                       "capacity as Chair, paragraph 1 c are applicable, hepatitis B and hepatitis C, and the UN IT "
                       "STRATEGY"));
  CHECK(joins_of(doc) == std::set<std::pair<std::string, std::string>>{{"right s", "rights"}, {"ever y", "every"},
                                                                       {"we ll", "well"},     {"a nd", "and"},
                                                                       {"fo r", "for"},       {"Laye r", "Layer"}});
  // Outside English the short words are not known: a French dump's pieces
  // are judged by its dictionary alone.
  Document fr = doc_from_text(
      "L\u2019Assembl\u00e9e g\u00e9n\u00e9rale,\n\nRappelant les rapports des \u00c9tats et les travaux des "
      "commissions des \u00c9tats sur la situation dans les territoires et sur les mesures prises par le "
      "Secr\u00e9taire g\u00e9n\u00e9ral pour que les \u00c9tats puissent participer \u00e0 la session,\n\n"
      "Prie les \u00c9tats de s r\u00e9gions de pr\u00e9senter les rapports qui lui sont demand\u00e9s dans la "
      "pr\u00e9sente r\u00e9solution,\n");
  REQUIRE(language_of(fr) == "fr");
  const std::string fr_text = after_fix_typos(fr, {"fr_FR"});
  INFO(fr_text);
  CHECK(contains(fr_text, "les \u00c9tats de s r\u00e9gions"));
}

TEST_CASE("a dump's word run apart is judged by the dictionary of the document's language", "[dumps][fix_typos]") {
  struct Case {
    const char* language;  // the dictionary
    const char* text;
    const char* joined;    // the text after the join
    const char* kept;      // two words of the language, kept apart
    std::size_t joins;
  };
  const std::vector<Case> cases = {
      {"fr_FR",
       "L\u2019Assembl\u00e9e g\u00e9n\u00e9rale,\n\nRappelant le rapport du Secr\u00e9taire g\u00e9n\u00e9ral sur "
       "les travaux de l\u2019Organisation et la d\u00e9colonisation des territoires,\n\f"
       "Prie le Secr\u00e9taire g\u00e9n\u00e9ral de lui pr\u00e9senter depuis la session un rapport sur la "
       "d\u00e9coloni sation des territoires et de puis les travaux de la session,\n",
       "sur la d\u00e9colonisation des territoires", "et de puis les travaux", 1},
      {"es_ES",
       "La Asamblea General,\n\nRecordando el informe del Secretario General sobre el desarrollo sostenible y la "
       "labor de la Organizaci\u00f3n en los Estados,\n\f"
       "Solicita al Secretario General que le presente un informe sobre el desarr ollo sostenible de los "
       "Estados y sobre la labor de la Organizaci\u00f3n en los Estados de la regi\u00f3n,\n",
       "sobre el desarrollo sostenible de los", "el informe del Secretario General", 1}};
  std::size_t ran = 0;
  for (const Case& c : cases) {
    INFO(c.language);
    Document doc = doc_from_text(c.text);
    const std::string text = after_fix_typos(doc, {c.language});
    INFO(text);
    CHECK(contains(text, c.joined));
    CHECK(contains(text, c.kept));
    CHECK(edits_of(doc, "join_split_word").size() == c.joins);
    ++ran;
  }
  CHECK(ran == 2);
}

TEST_CASE("a resolution's plain and -layout dumps keep no word split at a kerning gap", "[dumps][fix_typos]") {
  if (!require_pdftotext()) return;
  // A/RES/78/101: pdftotext prints "Colo nialism" and "Non -Self-Governing".
  const std::string pdf = shared_dir() + "/unakn/pdf/A_RES_78_101.pdf";
  std::size_t ran = 0;
  for (const bool layout : {false, true}) {
    INFO((layout ? "-layout" : "plain"));
    const std::string dump = pdftotext(pdf, layout ? "-layout " : "");
    REQUIRE(contains(dump, "Colo nialism"));
    const Conversion c = convert(dump, "dump.txt");
    std::string text;
    for (const std::string& b : block_texts(c.document)) text += b + "\n";
    CHECK_FALSE(contains(text, "Colo nialism"));
    CHECK(contains(text, "Eradication of Colonialism"));
    CHECK_FALSE(contains(text, " -Self-Governing"));
    ++ran;
  }
  CHECK(ran == 2);
}

namespace {

// A two-page plain dump of a resolution: page 1's masthead and title, then
// page 2 opening with `head` (the running head as pdftotext prints it).
std::string two_page_resolution(const std::string& title, const std::string& head, const std::string& page2) {
  return "A/RES/80/5\n\nUnited Nations\n\nGeneral Assembly\n\nDistr.: General\n1 December 2025\n\n"
         "Eightieth session\nAgenda item 12\n\nResolution adopted by the General Assembly\non 28 November 2025\n\n"
         "80/5.\n\n" +
         title +
         "\nThe General Assembly,\nRecalling its resolution 79/5 of 2 December 2024 on cooperation between the "
         "United Nations and the regional organizations of the world,\n"
         "Noting the report of the Secretary-General on the work of the Organization,\n\n"
         "25-12345 (E)\n\n011225\n\n*2512345*\n\n\f" +
         head + page2;
}

}  // namespace

TEST_CASE("a plain dump's running title beside the symbol on page 2 is furniture, not a paragraph's start",
          "[dumps][furniture]") {
  const std::string title = "Cooperation between the United Nations and the\nInternational Organization of Examples";
  const std::string page2 = "Welcoming the work of the regional organizations of the world,\n"
                            "1. Decides to include in the provisional agenda of its eighty-first session the item;\n";
  struct Case {
    const char* what;
    std::string head;
    bool furniture;  // the head's title lines are furniture
  };
  const std::vector<Case> cases = {
      {"title above the symbol (an even page)", title + "\n\nA/RES/80/5\n\n", true},
      {"title under the symbol (an odd page)", "A/RES/80/5\n\n" + title + "\n\n", true},
      {"a paragraph under the symbol", "A/RES/80/5\n\nCooperation between the United Nations and the regional\n"
                                       "organizations of the world is welcome,\n", false}};
  std::size_t ran = 0;
  for (const Case& c : cases) {
    INFO(c.what);
    const Conversion conv = convert(two_page_resolution(title, c.head, page2), "dump.txt");
    bool welcoming = false, title_in_text = false, paragraph = false;
    for (const std::string& b : block_texts(conv.document)) {
      INFO(b);
      welcoming = welcoming || b.starts_with("Welcoming the work");
      title_in_text = title_in_text || b.find("Organization of Examples Welcoming") != std::string::npos;
      paragraph = paragraph || b.starts_with("Cooperation between the United Nations and the regional organizations");
    }
    CHECK(welcoming);
    CHECK_FALSE(title_in_text);
    CHECK(paragraph == !c.furniture);
    ++ran;
  }
  CHECK(ran == 3);
}

// Page 1's words above the title (the adoption line, the masthead) are no
// running title when a later page prints them beside its symbol: before,
// the whole text over the formula counted as the title, and a heading
// "Resolution adopted by the General Assembly" under page 2's symbol (a
// second resolution printed in the same file) was removed as a running head.
TEST_CASE("a plain dump's page-2 lines that print words of page 1's adoption line, not its title, stay text",
          "[dumps][furniture]") {
  const std::string title = "Cooperation between the United Nations and the\nInternational Organization of Examples";
  const std::string page2 = "Welcoming the work of the regional organizations of the world,\n"
                            "1. Decides to include in the provisional agenda of its eighty-first session the item;\n";
  const Conversion conv =
      convert(two_page_resolution(title, "A/RES/80/5\n\nResolution adopted by the General Assembly\n\n", page2), "dump.txt");
  bool kept = false;
  for (const std::string& b : block_texts(conv.document)) kept = kept || b.starts_with("Resolution adopted by the General Assembly");
  CHECK(kept);
  // The title itself under the symbol is still the running head.
  const Conversion head = convert(two_page_resolution(title, "A/RES/80/5\n\n" + title + "\n\n", page2), "dump.txt");
  for (const std::string& b : block_texts(head.document)) CHECK(b.find("Organization of Examples Welcoming") == std::string::npos);
}

// fix_typos' word-gap rule: where one part is a word of its own, the
// dictionary accepting the whole is no evidence ("per se" is no "perse");
// only the document's own printing of the whole word joins. Markdown has no
// glyph boxes either, but its spaces are the writer's: nothing is joined.
TEST_CASE("a dump's two pieces of which one is a word join only where the document prints the whole, and Markdown is left",
          "[dumps][fix_typos]") {
  Document doc = doc_from_text(
      "The General Assembly,\n\nRecalling that the Conference is not per se a body of the Organization,\n\n"
      "Noting the Eradication of Colo nialism and the effectiv ely coordinated work,\n");
  const std::string text = after_fix_typos(doc, {});
  INFO(text);
  CHECK(contains(text, "not per se a body"));
  CHECK(contains(text, "Eradication of Colo nialism and the effectively coordinated"));  // "Colo" is a word (Colorado's), "Colonialism" not printed
  Document md = doc_from_text("# Notes\n\nThe *Eradication* of Colo nialism and the effectiv ely coordinated work.\n", "notes.md");
  REQUIRE(md.source.kind == "markdown");
  const std::string md_text = after_fix_typos(md, {});
  INFO(md_text);
  CHECK(contains(md_text, "Colo nialism"));
  CHECK(joins_of(md).empty());
}

namespace {
// A French resolution's plain dump in which pdftotext set the raised letters
// apart, as the six-language fixture's French dumps print them (both
// modes): "sa 8979 e séance", "le 1 er août 1975", "Supplément n o 53",
// "n os 970 à 973", "XXI e siècle".
std::string french_dump(const std::string& recital_two) {
  return "Nations Unies                                      A/RES/ES-11/1\n\n"
         "Assemblée générale                                 Distr. générale\n"
         "                                                   18 mars 2022\n\n"
         "Onzième session extraordinaire d’urgence\nPoint 5 de l’ordre du jour\n\n"
         "Résolution adoptée par l’Assemblée générale le 2 mars 2022\n\n"
         "ES-11/1. Agression contre l’Ukraine\n\n"
         "L’Assemblée générale,\n"
         "Notant que le Conseil de sécurité, lors de sa 8979 e séance, le 27 février 2022, a\n"
         "demandé la convocation d’une session extraordinaire d’urgence de l’Assemblée générale,\n"
         "Rappelant l’Acte final de la Conférence sur la sécurité et la coopération en\n"
         "Europe, signé à Helsinki le 1 er août 1975, et les défis du XXI e siècle,\n" +
         recital_two +
         "\n22-04067 (F)\n\n\f"
         "A/RES/ES-11/1                                      Agression contre l’Ukraine\n\n"
         "1. Exige que toutes les parties respectent les Conventions de Genève, Recueil des\n"
         "Traités, vol. 75, n os 970 à 973, et le Supplément n o 53 ;\n"
         "2. Décide d’ajourner à titre provisoire sa onzième session extraordinaire d’urgence.\n\n"
         "2/2                                                22-04067\n\f";
}
}  // namespace

// Until 2026-12-06 these stayed apart in the text ("sa 8979 e séance",
// "n o 23"): the UN's AKN prints "8979e séance", "no 23".
TEST_CASE("a French dump's raised letters set apart are joined to their figures", "[dumps][repair_split_words]") {
  const Conversion c = convert(french_dump("Prenant note de la page 2 e-mail et du point 3 et du point 4,\n"),
                               "A_RES_ES-11_1.txt");
  REQUIRE(c.resolution.meta.language == std::optional<std::string>("fr"));
  INFO(c.text);
  for (const char* joined : {"sa 8979e séance", "le 1er août 1975", "du XXIe siècle", "vol. 75, nos 970 à 973",
                             "Supplément no 53"})
    CHECK(contains(c.text, joined));
  CHECK(edits_of(c.document, "french_raised_letters_rejoined").size() == 5);
  // A letter that is a word's start, or a word, stays apart.
  CHECK(contains(c.text, "page 2 e-mail"));
  CHECK(contains(c.text, "point 3 et du point 4"));
}

TEST_CASE("a dump's figures before a lone letter stay apart outside French", "[dumps][repair_split_words]") {
  // Spanish writes "e" for "y" before a word opening in "i": "los
  // apartados 5 e incluir" is two words.
  const std::string spanish =
      "Naciones Unidas                                     A/RES/80/7\n\n"
      "Asamblea General                                    Distr. general\n\n"
      "Resolución aprobada por la Asamblea General el 3 de noviembre de 2025\n\n"
      "80/7. Informe del Organismo Internacional de Energía Atómica\n\n"
      "La Asamblea General,\n"
      "Recordando los párrafos 4 y 5 e incluyendo las recomendaciones del informe del Organismo,\n"
      "1. Reafirma su apoyo al Organismo y a su labor en los apartados 2 e 3 del informe;\n\f";
  const Conversion c = convert(spanish, "A_RES_80_7.txt");
  REQUIRE(c.resolution.meta.language == std::optional<std::string>("es"));
  CHECK(contains(c.text, "5 e incluyendo"));
  CHECK(edits_of(c.document, "french_raised_letters_rejoined").empty());
}

// Two words of a dump that the document prints as one elsewhere: the
// dictionary accepts both ("inter nationally"), or the fragment rule keeps
// a piece before a word ("t hat"), so they are not joined; until
// 2026-12-07 nothing said so, and the plain dumps of A/RES/80/159 and
// 78/19 scored 1.0 and 0.9985 with these splits in their text. Each is now
// a warning that the quality score counts as a doubtful word. Words both
// printed elsewhere on their own ("any one" beside "anyone") are no
// warning: they are two words as often as one.
TEST_CASE("a dump's two words the document prints as one elsewhere are kept with a warning", "[dumps][fix_typos]") {
  const std::string source =
      "The General Assembly,\n\nRecalling the responsibility of States for internationally wrongful acts, and that "
      "anyone of the States and any of them, and one of the Parties, may act in that environment and internationally,\n\f"
      "Notes the responsibility of States for inter nationally wrongful acts, and that any one of the States may act "
      "in t hat environment,\n";
  Document doc = doc_from_text(source);
  const std::string text = after_fix_typos(doc, {});
  INFO(text);
  CHECK(contains(text, "for inter nationally wrongful acts, and that any one of the States may act in t hat environment"));
  std::vector<std::string> warned;
  for (const Diagnostic& d : doc.log.warnings())
    if (d.pass == "fix_typos" && d.message.starts_with(kSplitWordWarningOpening)) warned.push_back(d.message);
  REQUIRE(warned.size() == 2);
  CHECK(contains(warned[0] + warned[1], "\"inter nationally\": the document prints \"internationally\" 2 times"));
  CHECK(contains(warned[0] + warned[1], "\"t hat\": the document prints \"that\""));
  // The score counts them.
  const Conversion c = convert(source);
  CHECK(c.quality.doubtful_words == 2);
  CHECK(c.quality.doubtful < 1.0);
}

// Found by a review of the above: phrases whose compound the document also
// prints ("over time" and "overtime", "hand over" and "handover", "health
// care" and "healthcare", "en fin" and "enfin", "si no" and "sino") were
// each warned of, a tenth off a clean document's score (0.47 for one
// page). A phrase's parts are printed on their own more often than the
// compound: no warning then.
TEST_CASE("a dump's phrases beside their compounds are no split words", "[dumps][fix_typos]") {
  const char* const texts[] = {
      "The General Assembly,\n\nNoting that the number of people in need has increased over time, that the costs of "
      "overtime and the staff turnover remain high, and that the time of the handover is near,\n\n"
      "Stressing that any one of the actors may be called upon to turn over assets or hand over files, that anyone "
      "may ask for health care and healthcare services every day, and that everyday care and health matter,\n\n"
      "Recalling that over half of the fresh water is used, that freshwater is scarce, and that the water of the "
      "region and the health of its people are at risk over the years,\n",
      "L'Assemblée générale,\n\nRappelant qu'en fin d'exercice, enfin, le rapport de la Commission doit être "
      "présenté, quel que soit le cas, et que quelque progrès a été fait en la matière,\n\n"
      "Notant que la Commission est en mesure de voir le devoir de la Commission, de la fin de l'exercice,\n",
      "La Asamblea General,\n\nRecordando que si no lo han hecho, los Estados deben actuar, no solo en torno a la "
      "cuestión sino en el entorno de la región, y que si la Comisión no actúa, la región no avanza,\n"};
  std::size_t ran = 0;
  const std::vector<std::string> dictionaries[] = {{}, {"fr_FR"}, {"es_ES"}};
  for (std::size_t i = 0; i < 3; ++i) {
    INFO(texts[i]);
    Document doc = doc_from_text(texts[i]);
    (void)after_fix_typos(doc, dictionaries[i]);
    for (const Diagnostic& d : doc.log.warnings()) CHECK_FALSE(d.message.starts_with(kSplitWordWarningOpening));
    ++ran;
  }
  CHECK(ran == 3);
}
