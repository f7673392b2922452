// Plain text dumps (pdftotext without -layout, or that folded by fold -s)
// of resolutions in the other official languages. The Russian version
// prints its preambular leads lowercase ("Генеральная Ассамблея," /
// "подтверждая ..."): with no blank line between them, main ran the formula
// into the first recital (no formula, no preamble: every paragraph read as
// operative) and the recitals into each other. The formula is a paragraph of
// its own (unwrap_lines' keep_formula_apart), and a Russian lead after a line
// ending a clause opens a recital (core/preambular_leads: the leads of the
// UN's Russian AKN).

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "tests/dump_text.hpp"
#include "tests/support.hpp"
#include "tests/warnings.hpp"

using namespace akn;
using namespace akn::test;

namespace {

constexpr DumpLanguage kLanguages[] = {
    {"Генеральная Ассамблея,",
     {"подтверждая сформулированное в Уставе Организации Объединенных\n"
      "Наций обязательство всех государств поощрять и развивать всеобщее уважение\n"
      "и соблюдение всех прав человека и основных свобод без различия,",
      "приветствуя резолюции Совета по правам человека 16/18 от 24 марта\n"
      "2011 года и 19/25 от 23 марта 2012 года, а также резолюции Генеральной\n"
      "Ассамблеи 67/178 от 20 декабря 2012 года и 68/169 от 18 декабря 2013 года,",
      "с удовлетворением отмечая усилия государств по содействию межрелигиозному\n"
      "и межкультурному диалогу и взаимопониманию во всех регионах мира,"},
     {"подтверждая", "приветствуя", "с удовлетворением"},
     "просит Генерального секретаря представить Генеральной Ассамблее на ее\n"
     "семьдесят девятой сессии доклад об осуществлении настоящей резолюции;",
     "призывает все государства принять эффективные меры по предупреждению,\n"
     "учитывая обязательства по международному праву прав человека, всех актов\n"
     "нетерпимости и дискриминации на основе религии или убеждений;"},
    {"The General Assembly,",
     {"Reaffirming the commitment made by all States under the Charter of the United\n"
      "Nations to promote and encourage universal respect for and observance of all\n"
      "human rights and fundamental freedoms without distinction,",
      "Welcoming Human Rights Council resolutions 16/18 of 24 March 2011 and 19/25\n"
      "of 23 March 2012, and General Assembly resolutions 67/178 of 20 December 2012\n"
      "and 68/169 of 18 December 2013,",
      "Noting with appreciation the efforts of States to promote interreligious and\n"
      "intercultural dialogue and understanding in all regions of the world,"},
     {"Reaffirming", "Welcoming", "Noting with appreciation"},
     "Requests the Secretary-General to submit to the General Assembly at its\n"
     "seventy-ninth session a report on the implementation of the present resolution;",
     "Calls upon all States to take effective measures to prevent, bearing in mind\n"
     "Recalling their obligations under international human rights law, all acts\n"
     "of intolerance and discrimination based on religion or belief;"},
};

// Whether `l` is the Russian version (its formula).
bool russian(const DumpLanguage& l) { return l.formula == std::string("Генеральная Ассамблея,"); }

// The plain dump of the resolution in `l`'s language (its title in Russian
// or English), the number and the words of each operative paragraph on one
// line.
std::string plain_dump(const DumpLanguage& l, std::size_t pages, std::size_t width) {
  const bool in_russian = russian(l);
  const DumpHead head{
      "A/RES/78/214", "22 December 2023", "Agenda item 71 (b)",
      std::string("78/214.\n") +
          (in_russian ? "Борьба с нетерпимостью, формированием негативных стереотипных\nпредставлений и дискриминацией\n"
                   : "Combating intolerance, negative stereotyping and discrimination based on\nreligion or belief\n"),
      "23-25930", false};
  return plain_resolution_dump(head, l, pages, width);
}

}  // namespace

TEST_CASE("plain text dumps in Russian: the formula and the lowercase recitals are paragraphs of their own",
          "[dumps][structure][languages]") {
  const auto check = [](const DumpLanguage& l, std::size_t pages, std::size_t width) {
    const Conversion c = convert(plain_dump(l, pages, width));
    REQUIRE(c.resolution.formula);
    CHECK(*c.resolution.formula == l.formula);
    check_recitals_and_operative(c, l);
  };
  CHECK(for_each_dump(kLanguages, {0, 65, 80}, check) == 12);
}

namespace {

// `line` cut as plain pdftotext cuts a line justified with wide gaps: its
// first two words stay, the words after them come out as pieces of one or
// two words (alternately), each between blank lines.
std::pair<std::string, std::string> cut_line(std::string_view line) {
  std::vector<std::string> words;
  for (std::size_t at = 0; at < line.size();) {
    const std::size_t end = std::min(line.find(' ', at), line.size());
    words.emplace_back(line.substr(at, end - at));
    at = end + 1;
  }
  std::string head = words[0] + " " + words[1], pieces;
  for (std::size_t w = 2, size = 1; w < words.size(); w += size, size = 3 - size) {
    pieces += "\n\n" + words[w];
    if (size == 2 && w + 1 < words.size()) pieces += " " + words[w + 1];
  }
  return {head, pieces + "\n\n"};
}

// `l`'s plain dump with its first recital's first or last line so cut: its
// head stays in place, and its pieces come after the recital's last line
// (pdftotext prints the lines under the cut line's head with it, the
// pieces after them).
std::string dump_with_pieces(const DumpLanguage& l, std::size_t pages, bool cut_first) {
  const std::string recital = l.recitals[0];
  const std::size_t first_end = recital.find('\n'), last_begin = recital.rfind('\n') + 1;
  std::string cut;
  if (cut_first) {
    const auto [head, pieces] = cut_line(std::string_view(recital).substr(0, first_end));
    cut = head + recital.substr(first_end) + pieces;
  } else {
    const auto [head, pieces] = cut_line(std::string_view(recital).substr(last_begin));
    cut = recital.substr(0, last_begin) + head + pieces;
  }
  std::string dump = plain_dump(l, pages, 0);
  const std::size_t at = dump.find(recital);
  REQUIRE(at != std::string::npos);
  return dump.replace(at, recital.size(), cut);
}

// A text's words, sorted: the same words whatever their order.
std::vector<std::string> sorted_words(std::string_view text) {
  std::vector<std::string> out;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t end = std::min(text.find_first_of(" \n", at), text.size());
    if (end > at) out.emplace_back(text.substr(at, end - at));
    at = end + 1;
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

// Plain pdftotext cuts a line justified with wide gaps into pieces and
// prints them as blocks of their own after the lines under the first piece
// (A/RES/78/27: "Determined" / "disarmament," / "to" / "work" / ...; the
// Spanish A/RES/78/214: "Acogiendo" / "con" / "beneplácito," / "a" / ...;
// the Russian S/RES/2735: "касающиеся" after its recital). Until
// 2026-12-06 the pieces after a comma became recitals of their own, and a
// Russian recital's lead after a piece ran into it ("касающиеся
// подчеркивая ..."), silently. The pieces go on the recital they were cut
// from, in the order printed: where the cut line is the recital's last,
// that is its text; where it is an earlier one, the words are all there and
// a warning names the pieces, their place being uncertain.
TEST_CASE("plain text dumps: words pdftotext set apart from a justified line stay in their recital",
          "[dumps][structure][languages]") {
  std::size_t ran = 0;
  for (const DumpLanguage& l : kLanguages)
    for (const std::size_t pages : {1UL, 2UL})
      for (const bool cut_first : {true, false}) {
        CAPTURE(l.formula, pages, cut_first);
        const std::string dump = dump_with_pieces(l, pages, cut_first);
        const Conversion c = convert(dump);
        INFO(dump);
        // Cut at its first line, the recital ends with the last piece.
        check_recital_leads(c, l.leads);
        CHECK(c.resolution.operative.size() == 3);
        if (!cut_first) check_recitals_and_operative(c, l);
        std::string recital = l.recitals[0];
        std::replace(recital.begin(), recital.end(), '\n', ' ');
        const std::string& read = c.resolution.preamble[0].text.text;
        CHECK(sorted_words(read) == sorted_words(recital));
        if (!cut_first) CHECK(read == recital);
        CHECK(has_warning(c.document, "set apart from a justified line") == cut_first);
        ++ran;
      }
  CHECK(ran == 8);
}

namespace {

// Russian recitals whose lines run to a plain dump's full width (75 to 85
// characters) and go on, after a comma, with a line that opens with
// figures or a capitalised name ("... 2011 года," / "19/25 от 23 марта ...",
// "... Египта, Иордании," / "Катара и ...").
constexpr DumpLanguage kRussianFullLines = {
    "Генеральная Ассамблея,",
    {"подтверждая сформулированное в Уставе Организации Объединенных Наций обязательство\n"
     "всех государств поощрять и развивать всеобщее уважение и соблюдение всех прав\n"
     "человека и основных свобод без различия, в частности, религии или убеждений,",
     "приветствуя резолюции Совета по правам человека 16/18 от 24 марта 2011 года,\n"
     "19/25 от 23 марта 2012 года, 22/31 от 22 марта 2013 года и 28/29 от 27 марта\n"
     "2015 года, а также резолюции Генеральной Ассамблеи 67/178 от 20 декабря 2012 года,",
     "подчеркивая важность продолжающихся дипломатических усилий Египта, Иордании,\n"
     "Катара и Соединенных Штатов, направленных на достижение всеобъемлющего мира\n"
     "во всех регионах, и взаимопонимания между всеми народами и культурами мира,"},
    {"подтверждая", "приветствуя", "подчеркивая"},
    "просит Генерального секретаря представить Генеральной Ассамблее на ее семьдесят\n"
    "девятой сессии доклад об осуществлении настоящей резолюции;",
    "призывает все государства принять эффективные меры по предупреждению всех актов\n"
    "нетерпимости и дискриминации на основе религии или убеждений, учитывая их\n"
    "обязательства по международному праву прав человека;"};

}  // namespace

// A plain dump's lines are as wide as the printed lines: 75 to 85
// characters, which in Russian take 140 to 160 bytes. Until 2026-12-06 the
// width was counted in bytes, a Russian dump's wrap was never seen, and a
// line that ends with a comma ended its recital wherever the next line did
// not open in lower case: the six-language fixture's Russian A/RES/78/214
// split a recital before "37/38 от 23 марта 2018 года", S/RES/2735 before
// "Катара и Соединенных Штатов" (a recital named "Катара"). The width is
// counted in characters in a Cyrillic text; each recital is whole.
TEST_CASE("plain text dumps in Russian: a full line ending with a comma goes on whatever the next opens with",
          "[dumps][structure][languages]") {
  const auto check = [](const DumpLanguage& l, std::size_t pages, std::size_t width) {
    const Conversion c = convert(plain_dump(l, pages, width));
    INFO(c.text);
    check_recitals_and_operative(c, l);
    CHECK(c.resolution.preamble[1].text.text.find("2011 года, 19/25 от 23 марта") != std::string::npos);
    CHECK(c.resolution.preamble[2].text.text.find("Египта, Иордании, Катара и") != std::string::npos);
  };
  const DumpLanguage languages[] = {kRussianFullLines};
  CHECK(for_each_dump(languages, {0}, check) == 2);
}

// The conclusions under a plain dump's last paragraph, whose last line is
// a full one: the meeting line opens its own line however the text is
// wrapped. Until 2026-12-06 a dump hard-wrapped at a width ran it into the
// last paragraph ("... of the present resolution. 50th plenary meeting 19
// December 2023"): 36 of the UN's 123 resolutions of ../shared/unakn in
// their plain dumps, and every Russian one once its width was counted in
// characters.
TEST_CASE("plain text dumps: the meeting line under a full last line opens the conclusions", "[dumps][structure][languages]") {
  const auto check = [](const DumpLanguage& l, std::size_t pages, std::size_t width) {
    const bool in_russian = russian(l);
    const std::string meeting = in_russian ? "50-е пленарное заседание" : "50th plenary meeting";
    const Conversion c =
        convert(plain_dump(l, pages, width) + meeting + "\n" + (in_russian ? "19 декабря 2023 года" : "19 December 2023") + "\n");
    INFO(c.text);
    check_recitals_and_operative(c, l);
    CHECK(c.resolution.operative.back().text.text.ends_with(";"));
    REQUIRE(c.resolution.conclusion);
    CHECK(c.resolution.conclusion->meeting == meeting);
    CHECK(c.resolution.conclusion->date);
  };
  const DumpLanguage languages[] = {kLanguages[1], kRussianFullLines};
  CHECK(for_each_dump(languages, {0}, check) == 4);
}

namespace {

// kLanguages' recitals, the third printed as plain pdftotext prints a
// justified line's words, one under another, a king's number among them.
DumpLanguage with_kings_number(DumpLanguage l) {
  const bool in_russian = russian(l);
  l.recitals[2] = in_russian ? "с удовлетворением отмечая усилия государств по проведению по предложению\n"
                            "короля\nИордании\nАбдаллы\nII\nВсемирной\nнедели\nгармоничных\n"
                            "межконфессиональных отношений во всех регионах мира,"
                          : "Noting with appreciation the efforts of States to observe the World Interfaith\n"
                            "Harmony\nWeek\nproposed\nby\nKing\nAbdullah\nII\nof\nJordan\n"
                            "in all regions of the world and in all cultures and religions,";
  return l;
}

}  // namespace

// A roman numeral alone on its line after a name, mid-sentence, is the
// name's number. Until 2026-12-06 "II" under "Абдаллы" was read as a
// section's label: the rest of the recital became a paragraph after it,
// and the next recital ran into that one (the six-language fixture's
// Russian A/RES/78/214).
TEST_CASE("plain text dumps: a king's number alone on its line goes on in the sentence", "[dumps][structure][languages]") {
  const auto check = [](const DumpLanguage& l, std::size_t pages, std::size_t width) {
    const Conversion c = convert(plain_dump(with_kings_number(l), pages, width));
    INFO(c.text);
    check_recitals_and_operative(c, l);
    const std::string& recital = c.resolution.preamble[2].text.text;
    CHECK((recital.find("Абдаллы II Всемирной недели") != std::string::npos ||
           recital.find("King Abdullah II of Jordan in") != std::string::npos));
  };
  CHECK(for_each_dump(kLanguages, {0}, check) == 4);
}

// What a review found the rules for pieces of justified lines and names'
// numbers did to text they are not meant for (2026-12-06): a section's
// label and its heading after a piece became pieces ("... realization of
// sustainable I General guidelines", the section lost); a lead cut from its
// line ("Welcoming" / "particularly,") went on the recital before; a title
// over a section's label took the label as a name's number ("... Least
// Developed Countries I Introduction").
TEST_CASE("plain text dumps: a section's label or a lead after pieces of a justified line is none of them",
          "[dumps][structure]") {
  const std::string head = "A/RES/79/998\n\nUnited Nations\n\nGeneral Assembly\n\nDistr.: General\n20 December 2024\n\n"
    "Seventy-ninth session\nAgenda item 22\n\nResolution adopted by the General Assembly\non 19 December 2024\n\n"
    "79/998.\n\nOperational activities for development\nThe General Assembly,\n"
    "Recalling its resolution 75/233 of 21 December 2020 on the quadrennial\n"
    "comprehensive policy review of operational activities for development,\n"
    "Determined\ndevelopment,\n\nto\n\nwork\n\ncollectively towards the realization\n\nof sustainable\n\n";
  const std::string tail =
      "1.\nReaffirms that the fundamental characteristics of the operational activities\n"
      "for development of the United Nations system should be their universal nature;\n"
      "2.\nDecides to keep the matter under review.\n50th plenary meeting\n19 December 2024\n";
  const Conversion section = convert(head + "I\n\nGeneral guidelines\n\n" + tail);
  INFO(section.text);
  CHECK(section.text.find("sustainable I") == std::string::npos);
  CHECK(section.text.find("\nGeneral guidelines\n") != std::string::npos);
  const Conversion lead = convert(head + "Welcoming\n\nparticularly,\n\n"
                                         "all international, regional and national initiatives aimed at promoting\n"
                                         "cooperation among Member States in this field,\n" + tail);
  INFO(lead.text);
  REQUIRE(lead.resolution.preamble.size() == 3);
  CHECK(lead.resolution.preamble[2].text.text.starts_with("Welcoming particularly, all international, regional"));
  CHECK(lead.resolution.operative.size() == 2);
}

TEST_CASE("plain text dumps: a roman numeral under a title line is a section's label, not a name's number",
          "[dumps][structure]") {
  const Conversion c = convert(
      "A/RES/78/999\n\nUnited Nations\n\nGeneral Assembly\n\nDistr.: General\n20 December 2023\n\n"
      "Seventy-eighth session\nAgenda item 12\n\nResolution adopted by the General Assembly\non 19 December 2023\n\n"
      "78/999.\n\nProgramme of Action for the Least Developed Countries\nThe General Assembly,\n"
      "Recalling its resolution 76/258 of 1 April 2022, by which it endorsed the Doha\n"
      "Programme of Action for the Least Developed Countries for the Decade 2022–2031,\n"
      "1.\nAdopts the Programme of Action annexed to the present resolution;\n"
      "50th plenary meeting\n19 December 2023\n\nAnnex\n"
      "Doha Programme of Action for the Least Developed Countries\nI\nIntroduction\n"
      "1.\nThe least developed countries are the poorest and most vulnerable group of\n"
      "countries, and they face severe structural impediments to growth.\n");
  INFO(c.text);
  CHECK(c.text.find("Countries I") == std::string::npos);
  CHECK(c.text.find("\nDoha Programme of Action for the Least Developed Countries\n") != std::string::npos);
}

namespace {

// An operative paragraph with three points, in the languages that print
// their labels with a closing bracket alone ("a)", Cyrillic "а)"), as a plain
// dump prints them: the label alone on its line over the point's text.
struct Points {
  const char* formula;
  const char* recital;
  const char* intro;      // "1. ... :" over two lines
  const char* labels[3];
  const char* texts[3];   // each over two lines, ending with a semicolon or full stop
};

constexpr Points kPoints[] = {
    {"L’Assemblée générale,", "Rappelant sa résolution 77/225 du 15 décembre 2022 et toutes ses résolutions\nantérieures,",
     "1. Demande à tous les États de prendre les mesures ci-après en vue de promouvoir un\nclimat de tolérance religieuse :",
     {"a)", "b)", "c)"},
     {"Encourager la création de réseaux collaboratifs visant à favoriser la\ncompréhension mutuelle ;",
      "Créer, dans l’administration publique, un dispositif adapté permettant de\ndéceler les tensions potentielles ;",
      "Encourager la formation des agents de l’État à des stratégies efficaces de\ncommunication."}},
    {"La Asamblea General,", "Recordando su resolución 77/225, de 15 de diciembre de 2022, y todas sus\nresoluciones anteriores,",
     "1. Exhorta a todos los Estados a que adopten las siguientes medidas para promover\nun clima de tolerancia religiosa:",
     {"a)", "b)", "c)"},
     {"alentar la creación de redes de colaboración para fomentar el entendimiento\nmutuo;",
      "crear en la administración pública un mecanismo adecuado para detectar las\ntensiones potenciales;",
      "alentar la capacitación de los funcionarios públicos en estrategias eficaces de\ncomunicación."}},
    {"Генеральная Ассамблея,", "ссылаясь на свою резолюцию 77/225 от 15 декабря 2022 года и все свои\nпредыдущие резолюции,",
     "1. призывает все государства принять следующие меры для поощрения атмосферы\nрелигиозной терпимости:",
     {"а)", "б)", "в)"},
     {"поощрять создание сетей сотрудничества в целях содействия взаимопониманию\nмежду людьми;",
      "создать в органах государственного управления надлежащий механизм для\nвыявления потенциальных трений;",
      "поощрять подготовку государственных должностных лиц по вопросам\nэффективных стратегий коммуникации."}},
};

std::string points_dump(const Points& l, std::size_t pages, std::size_t width) {
  std::string s = "A/RES/78/214\n\nUnited Nations\n\nDistr.: General\n22 December 2023\n\n78/214.\n"
                  "Combating intolerance based on religion or belief\n";
  s += std::string(l.formula) + "\n" + l.recital + "\n" + l.intro + "\n";
  for (std::size_t i = 0; i < 3; ++i) {
    if (pages == 2 && i == 2) s += "\n23-25930\n\f\nA/RES/78/214\n\n";
    s += std::string(l.labels[i]) + "\n" + l.texts[i] + "\n";
  }
  s += "2. " + std::string(l.texts[2]) + "\n";
  return folded(s, width);
}

}  // namespace

TEST_CASE("plain text dumps: a point label 'a)' alone on its line opens its point in French, Spanish and Russian",
          "[dumps][structure][languages]") {
  // main joined the label to the line before it ("... mutuelle ; b)"), as a
  // line starting lowercase: every point ran into the first one.
  const auto check = [](const Points& l, std::size_t pages, std::size_t width) {
    const Conversion c = convert(points_dump(l, pages, width));
    REQUIRE(c.resolution.operative.size() == 2);
    const auto& points = c.resolution.operative[0].points;
    REQUIRE(points.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) CHECK(points[i].num == l.labels[i]);
    CHECK(c.resolution.preamble.size() == 1);
  };
  CHECK(for_each_dump(kPoints, {0, 65, 80}, check) == 18);
}

// A plain dump prints the resolution's number on a line of its own, where
// the page sets it apart from the title: before the title (the number
// then the title's lines), after it over the enacting formula (a Chinese
// version: the title's lines, "78/214.", "大会，"), or without a full stop,
// the separator dash opening the title's line (an Arabic version: "79/100"
// over "– مسألة أنغويلا"). An emergency special session numbers its
// resolutions "ES-11/1", its symbol A/RES/ES-11/1. On main, the Chinese
// title ran into the number and the formula (no preamble: every paragraph
// operative), "79/100" was removed as page 79 of 214 ("N/M") or left the
// title with the dash, and ES-11/1 was no number (nor its symbol a symbol),
// the agenda item's title taken for the resolution's.
// A point's bracketed label alone on its line after "; and" (S/RES/2735:
// "... from Gaza; and" / "(c)" / "Phase 3: ..."): the line before reads as
// stopping mid-sentence, and until 2026-12-06 the label and its point ran
// into the point before.
TEST_CASE("plain text dumps: a bracketed point label alone after a clause and its 'and' opens the last point", "[dumps][structure]") {
  std::size_t ran = 0;
  for (const bool two_pages : {false, true}) {
    CAPTURE(two_pages);
    std::string s = "S/RES/2735 (2024)\n\nUnited Nations\n\nSecurity Council\n\nDistr.: General\n10 June 2024\n\n"
                    "Resolution 2735 (2024)\nAdopted by the Security Council at its 9650th meeting, on 10 June 2024\n"
                    "The Security Council,\nRecalling all its relevant resolutions on the situation in the Middle East,\n"
                    "1.\nNotes that the proposal would have the following outcomes over three phases:\n(a)\n"
                    "Phase 1: an immediate, full, and complete ceasefire with the release of hostages\n"
                    "including women, the elderly and the wounded;\n(b)\n"
                    "Phase 2: upon agreement of the parties, a permanent end to hostilities, and a full\n"
                    "withdrawal of Israeli forces from Gaza; and\n";
    if (two_pages) s += "\n24-10326 (E)\n\f\nS/RES/2735 (2024)\n\n";
    s += "(c)\nPhase 3: the start of a major multi-year reconstruction plan for Gaza;\n"
         "2.\nDecides to remain seized of the matter.\n";
    const Conversion c = convert(s);
    INFO(c.text);
    REQUIRE(c.resolution.operative.size() == 2);
    REQUIRE(c.resolution.operative[0].points.size() == 3);
    CHECK(c.resolution.operative[0].points[1].text.text.ends_with("from Gaza; and"));
    CHECK(c.resolution.operative[0].points[2].text.text.starts_with("Phase 3:"));
    ++ran;
  }
  CHECK(ran == 2);
}

TEST_CASE("a plain dump's resolution number on a line of its own, before or after the title, in any language",
          "[dumps][structure][languages]") {
  struct Case {
    std::string name, symbol, head, formula, number, title, separator;
  };
  const std::vector<Case> cases = {
      {"Chinese: the number after the title, over the formula", "A/RES/78/214",
       "打击基于宗教或信仰原因而针对他人实施的不容忍、丑化、\n污蔑、歧视、煽动暴力和暴力侵害行为\n78/214.\n\n", "大会，",
       "78/214", "打击基于宗教或信仰原因而针对他人实施的不容忍、丑化、污蔑、歧视、煽动暴力和暴力侵害行为", ". "},
      {"the number alone before a title its dash opens", "A/RES/79/100", "79/100\n\n– Question of Anguilla\n\n",
       "The General Assembly,", "79/100", "Question of Anguilla", " – "},
      {"an emergency special session's number", "A/RES/ES-11/1", "ES-11/1.\n\nAggression against Ukraine\n",
       "The General Assembly,", "ES-11/1", "Aggression against Ukraine", ". "},
      {"Chinese: an emergency special session's number after the title", "A/RES/ES-11/1", "对乌克兰的侵略\nES-11/1.\n",
       "大会，", "ES-11/1", "对乌克兰的侵略", ". "},
      {"Chinese: the number between the title's two lines, as -layout sets it", "A/RES/78/214",
       "     打击基于宗教或信仰原因而针对他人实施的不容忍、丑化、\n78/214.\n污蔑、歧视、煽动暴力和暴力侵害行为\n\n",
       "大会，", "78/214", "打击基于宗教或信仰原因而针对他人实施的不容忍、丑化、污蔑、歧视、煽动暴力和暴力侵害行为", ". "},
  };
  std::size_t ran = 0;
  for (const Case& c : cases) {
    CAPTURE(c.name);
    const bool chinese = c.formula == "大会，";
    const std::string text =
        (chinese ? "联合国\n\n" + c.symbol + "\n\n大会\n\nDistr.: General\n22 December 2023\n\n" +
                       "2023 年 12 月 19 日大会决议\n\n"
                 : "United Nations\n\n" + c.symbol + "\n\nGeneral Assembly\n\nDistr.: General\n22 December 2023\n\n" +
                       "Resolution adopted by the General Assembly on 19 December 2023\n\n") +
        c.head + c.formula + "\n" +
        (chinese ? "重申各国依照《联合国宪章》承诺增进和鼓励对所有人权的普遍尊重，\n1.\t决定继续审议这个问题。\n"
                 : "Reaffirming the purposes and principles of the Charter of the United Nations,\n"
                   "1.\tDecides to remain seized of the matter.\n") +
        (chinese ? "\n第50次全体会议\n2023年12月19日\n" : "\n50th plenary meeting\n19 December 2023\n");
    const Conversion conv = convert(text);
    INFO(text);
    REQUIRE(conv.resolution.number);
    CHECK(*conv.resolution.number == c.number);
    REQUIRE(conv.resolution.title);
    CHECK(conv.resolution.title->text == c.title);
    CHECK(conv.resolution.number_separator == c.separator);
    REQUIRE(conv.resolution.formula);
    CHECK(*conv.resolution.formula == c.formula);
    CHECK(conv.resolution.preamble.size() == 1);
    CHECK(conv.resolution.operative.size() == 1);
    REQUIRE(conv.document.meta.symbol);
    CHECK(*conv.document.meta.symbol == c.symbol);
    ++ran;
  }
  CHECK(ran == 5);
}

// "N/M" at a dump's line is a page's number of the pages only where N is
// at most M, runs with the pages (or stands at a page's head or foot with
// the M of the document's numbering), and is not the document's own
// resolution number: the Arabic version prints "78/214" alone on its line,
// and a plain dump gives it so. A real "2/4" footer still goes.
TEST_CASE("a plain dump's own resolution number alone is no page number N/M", "[dumps][furniture][languages]") {
  const std::string text =
      "United Nations\n\nA/RES/78/214\n\nGeneral Assembly\n\nDistr.: General\n22 December 2023\n\n"
      "Resolution adopted by the General Assembly on 19 December 2023\n\n78/214\n\n"
      "Combating intolerance based on religion or belief\n\nThe General Assembly,\n"
      "Reaffirming the purposes and principles of the Charter of the United Nations,\n"
      "1.\tDecides to remain seized of the matter.\n\n9/4\n\n1/2\n\n23-25930\n\f"
      "A/RES/78/214\n\n2.\tRequests the Secretary-General to report on the matter.\n\n"
      "50th plenary meeting\n19 December 2023\n\n2/2\n";
  const Conversion conv = convert(text);
  INFO(text);
  REQUIRE(conv.resolution.number);
  CHECK(*conv.resolution.number == "78/214");
  REQUIRE(conv.resolution.title);
  CHECK(conv.resolution.title->text == "Combating intolerance based on religion or belief");
  CHECK(edits_of(conv.document, "remove_page_number").size() == 2);  // "1/2" and "2/2", not "78/214" nor "9/4"
}

// A plain dump of a Chinese resolution prints no blank line between the
// recitals, and Chinese justifies every line but a paragraph's last to the
// measure. On main every recital of such a dump ran into the next: a
// recital ending on a short line with its note's number glued after the
// full-width comma ("2024 年报告，1") was read as stopping mid-sentence,
// and one ending on a full line has nothing but its next line's lead
// ("回顾", "表示注意到"; the leads of the UN's Chinese AKN) to show the new
// paragraph, which pdftotext may letter-space ("回 顾 大 会 1950 年").
// The same holds of an English recital whose note's number a dump glues
// after its comma ("... 2011,1" over "Recalling ...").
TEST_CASE("plain dumps: a recital ending in a note's number or on a full line, then a lead, is a paragraph of its own",
          "[dumps][structure][languages]") {
  struct Case {
    std::string name, text;
    std::vector<std::string> openings;  // how each preambular paragraph opens
  };
  const std::string zh_head =
      "联合国\n\nA/RES/79/100\n\n大会\n\nDistr.: General\n12 December 2024\n\n2024 年 12 月 4 日大会决议\n\n"
      "安圭拉问题\n79/100.\n\n大会，\n";
  const std::string zh_tail =
      "1. 重申安圭拉人民根据《联合国宪章》和大会第 1514(XV)号决议享有不可剥夺的自决权利；\n\n"
      "第 47 次全体会议\n2024 年 12 月 4 日\n\n1\n\n《大会正式记录，第七十九届会议，补编第 23 号》(A/79/23)。\n";
  const std::string en_head =
      "United Nations\n\nA/RES/78/214\n\nGeneral Assembly\n\nDistr.: General\n22 December 2023\n\n"
      "Resolution adopted by the General Assembly on 19 December 2023\n\n78/214. Combating intolerance\n\n"
      "The General Assembly,\n";
  const std::vector<Case> cases = {
      {"Chinese",
       zh_head +
           "审议了安圭拉问题并审查了给予殖民地国家和人民独立宣言执行情\n"
           "况特别委员会 2024 年报告，1\n"
           "表示注意到秘书处编写的关于安圭拉的工作文件和其他有关资料，\n"
           "回 顾 大 会 1950 年 11 月 3 日 题 为 “ 联 合 一 致 共 策 和 平 ” 的 第\n"
           "377 A(V)号决议，并考虑到所有非自治领土的人民都有权自由决定，\n"
           "其政治地位并自由谋求其经济、社会和文化发展，同时铭记其意愿，\n"
           "意识到必须继续有效执行《宣言》，同时考虑到联合国制定的到\n"
           "2030 年铲除殖民主义的目标及铲除殖民主义国际十年行动计划，\n" +
           zh_tail,
       {"审议了", "表示注意到", "回顾大会", "意识到"}},
      {"English",
       en_head +
           "Reaffirming the commitment made by all States under the Charter of the United\n"
           "Nations to promote and encourage universal respect for human rights,\n"
           "Welcoming Human Rights Council resolutions 16/18 of 24 March 2011 and 19/25\n"
           "of 23 March 2012, and General Assembly resolution 67/178 of 20 December 2011,1\n"
           "Recalling its resolution 77/225 of 15 December 2022 on the same subject and all\n"
           "its previous resolutions on the matter adopted by the General Assembly,\n"
           "1.\tCalls upon all States to take effective measures against intolerance;\n\n"
           "50th plenary meeting\n19 December 2023\n\n1 See A/HRC/16/2.\n",
       {"Reaffirming", "Welcoming", "Recalling"}},
  };
  std::size_t ran = 0;
  for (const Case& c : cases) {
    CAPTURE(c.name);
    const Conversion conv = convert(c.text);
    INFO(conv.text);
    REQUIRE(conv.resolution.formula);
    REQUIRE(conv.resolution.preamble.size() == c.openings.size());
    for (std::size_t i = 0; i < c.openings.size(); ++i) {
      CAPTURE(i);
      CHECK(conv.resolution.preamble[i].text.text.rfind(c.openings[i], 0) == 0);
    }
    CHECK(conv.resolution.operative.size() == 1);
    ++ran;
  }
  CHECK(ran == 2);
}

// A report's plain dump sets a table's cells one a line and may wrap a
// resolution's number onto a line of its own: on main, "3/4", "12/15" and
// "77/225" were removed as page numbers (any N/M with N at most M was).
// Only the pages' own numbering goes: "1/3" ... "3/3", and a footer that
// printed another page's number ("2/3" at page 3's foot, as A/RES/79/313
// prints "2/12" at the foot of its even pages).
TEST_CASE("a plain dump's fractions and resolution numbers alone on their lines are no page numbers",
          "[dumps][furniture]") {
  const std::string text =
      "Report of the Secretary-General on the review of mandates\n\n"
      "1. The present report reviews the mandates renewed by resolution\n77/225\n"
      "and describes the share of the work done in each region.\n\n"
      "Region\nShare done\nAfrica\n3/4\nAsia\n12/15\n\n1/3\n\n24-01234\n\f"
      "2. The mandates were renewed for two years and the work goes on in every region.\n\n"
      "Europe\n7/8\nAmericas\n9/10\n\n2/3\n\n24-01234\n\f"
      "3. The Secretary-General will report again at the eightieth session.\n\n2/3\n\n24-01234\n";
  const Conversion conv = convert(text, "report.txt");
  INFO(conv.text);
  for (const char* kept : {"77/225", "3/4", "12/15", "7/8", "9/10"}) {
    CAPTURE(kept);
    CHECK(conv.text.find(kept) != std::string::npos);
  }
  CHECK(edits_of(conv.document, "remove_page_number").size() == 3);  // "1/3", "2/3" and page 3's "2/3"
}

// A number alone on its line is the resolution's only where the document
// is the resolution: its symbol's number, or, without a symbol, with the
// enacting formula after it (its title between them). A report's or a
// letter's fraction or cited resolution number set apart on its own line
// is its text.
TEST_CASE("a number alone in a report or letter is its text, not a resolution's number", "[dumps][structure]") {
  struct Case {
    std::string name, text;
  };
  const std::vector<Case> cases = {
      {"a letter with a symbol",
       "United Nations\n\nS/2024/100\n\nSecurity Council\n\nDistr.: General\n2 February 2024\n\n"
       "Letter dated 1 February 2024 from the Secretary-General addressed to the President of the Security "
       "Council\n\n77/225\n\nI have the honour to refer to the resolution above, renewed for two years.\n\n3/4\n\n"
       "of the work is done.\n"},
      {"a report without a symbol",
       "Report of the Secretary-General on the review of mandates\n\n77/225\n\n"
       "The present report reviews the mandates renewed by that resolution.\n\n3/4\n\nof the work is done.\n"},
  };
  std::size_t ran = 0;
  for (const Case& c : cases) {
    CAPTURE(c.name);
    const Conversion conv = convert(c.text, "doc.txt");
    INFO(conv.text);
    CHECK_FALSE(conv.resolution.number);
    CHECK(conv.text.find("77/225") != std::string::npos);
    CHECK(conv.text.find("3/4") != std::string::npos);
    ++ran;
  }
  CHECK(ran == 2);
}

namespace {
// The resolution of kLanguages as pdftotext -layout prints it: the body
// 19 columns in, each paragraph's first line (the formula, a recital, an
// operative paragraph's number) 24 in, as the UN sets a first-line indent;
// page 2, when there is one, opens with the symbol beside the title. A
// recital may carry a line ending a clause further in with `hanging`
// (a line that stops mid-sentence, set 24 columns in: no paragraph opens).
std::string layout_dump(const DumpLanguage& l, bool two_pages) {
  const std::string body(19, ' '), first(24, ' ');
  std::string s = "United Nations                                                   A/RES/78/214\n"
                  "General Assembly                                                 Distr.: General\n"
                  "                                                                 22 December 2023\n\n"
                  "78/214.   Title of the resolution in its language\n\n" +
                  first + l.formula + "\n";
  const auto paragraph = [&](const std::string& text, const std::string& opening) {
    std::string out;
    std::size_t from = 0;
    for (bool at_first = true; from <= text.size(); at_first = false) {
      const std::size_t end = std::min(text.find('\n', from), text.size());
      out += (at_first ? first + opening : body) + text.substr(from, end - from) + "\n";
      from = end + 1;
    }
    return out;
  };
  for (std::size_t i = 0; i < 3; ++i) {
    s += paragraph(l.recitals[i], "");
    if (two_pages && i == 1) s += "\n23-25930 (E)\n\f\nA/RES/78/214                 Title of the resolution\n\n";
  }
  s += paragraph(l.operative, "1.   ");
  s += paragraph(l.operative_with_lead, "2.   ");
  return s + "\n                                                                  2/2\n\f";
}
}  // namespace

// Russian recitals opening with leads no table lists ("считая",
// "констатируя", "отдавая должное"), in lower case as Russian prints them.
constexpr DumpLanguage kUnlistedRussian = {
    "Генеральная Ассамблея,",
    {"считая, что сформулированное в Уставе Организации Объединенных\n"
     "Наций обязательство всех государств поощрять и развивать всеобщее уважение\n"
     "и соблюдение всех прав человека и основных свобод остается в силе,",
     "констатируя принятие резолюций Совета по правам человека 16/18 от 24 марта\n"
     "2011 года и 19/25 от 23 марта 2012 года, а также резолюций Генеральной\n"
     "Ассамблеи 67/178 от 20 декабря 2012 года и 68/169 от 18 декабря 2013 года,",
     "отдавая должное усилиям государств по содействию межрелигиозному\n"
     "и межкультурному диалогу и взаимопониманию во всех регионах мира,"},
    {"считая", "констатируя", "отдавая должное"},
    "просит Генерального секретаря представить Генеральной Ассамблее на ее\n"
    "семьдесят девятой сессии доклад об осуществлении настоящей резолюции;",
    "призывает все государства принять эффективные меры по предупреждению,\n"
    "учитывая обязательства по международному праву прав человека, всех актов\n"
    "нетерпимости и дискриминации на основе религии или убеждений;"};

// pdftotext -layout prints a paragraph's first-line indent: a line set
// further in than the page's body lines, after a line that ends a clause,
// opens a paragraph whatever its case. Until 2026-12-06 the Russian
// recitals, which open in lower case, ran into one another ("the next line
// starts lowercase"): 5 recitals of the six-language fixture's 27 in
// A/RES/78/214, 13 of 26 in A/RES/79/100.
TEST_CASE("dumps laid out as printed: a lowercase line at a first-line indent after a clause's end opens a paragraph",
          "[dumps][structure][languages]") {
  std::size_t ran = 0;
  for (const DumpLanguage* l_ : {&kUnlistedRussian, &kLanguages[1]})
    for (const bool two_pages : {false, true}) {
      const DumpLanguage& l = *l_;
      CAPTURE(l.formula, two_pages);
      const Conversion c = convert(layout_dump(l, two_pages));
      INFO(c.text);
      check_recital_leads(c, l.leads);
      // The second operative paragraph's third line opens with a lead word
      // after a comma, flush with the body: it goes on.
      CHECK(c.resolution.operative.size() == 2);
      ++ran;
    }
  CHECK(ran == 4);
}
