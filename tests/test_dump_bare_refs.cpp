// Note marks that a plain pdftotext dump sets apart after a word with no
// punctuation ("Colonial Countries and Peoples 2 and the Universal
// Declaration"): linked only as the next note referred to, never after a
// word that takes a number ("resolution 1514 and", "Group of 77").
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "cleanup/dump_bare_refs.hpp"
#include "support.hpp"

using namespace akn;
using namespace akn::test;

namespace {
// A plain dump of `pages` (its body lines, then its notes under a
// separator, each note's number alone on its line as pdftotext prints it).
struct DumpPage {
  std::vector<std::string> body;
  std::vector<std::pair<int, std::string>> notes;
};
std::string plain_dump(const std::vector<DumpPage>& pages) {
  std::string out;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    if (p > 0) out += "\f";
    out += "A/RES/78/999\n\n";  // the running head: the document's symbol
    for (const std::string& l : pages[p].body) out += l + "\n";
    if (!pages[p].notes.empty()) {
      out += "__________________\n";
      for (const auto& [n, text] : pages[p].notes) out += std::to_string(n) + "\n";
      out += "\n";
      for (const auto& [n, text] : pages[p].notes) out += text + "\n";
    }
    // The page's foot: its job line and print date, its number.
    out += "\n23-24977 (E)\n\n201223\n\n" + std::to_string(p + 1) + "/" + std::to_string(pages.size()) + "\n\n";
  }
  return out;
}

// The dump through the whole pipeline.
Document linked_dump(const std::vector<DumpPage>& pages) { return convert(plain_dump(pages)).document; }

std::string body_of(const Document& doc) {
  std::string body;
  for (const Block& b : doc.blocks) body += b.text + "\n";
  return body;
}

// The marks of the document as "marker|the word before it".
std::vector<std::string> marks_after(const Document& doc) {
  std::vector<std::string> out;
  for (const Block& b : doc.blocks)
    for (const NoteMark& m : b.marks) {
      const std::string before = b.text.substr(0, m.offset);
      const std::size_t space = before.find_last_of(" \n");
      out.push_back(m.marker + "|" + (space == std::string::npos ? before : before.substr(space + 1)));
    }
  return out;
}

bool warned(const Document& doc, std::string_view what) {
  return std::any_of(doc.log.warnings().begin(), doc.log.warnings().end(),
                     [&](const auto& w) { return w.message.find(what) != std::string::npos; });
}
}  // namespace

TEST_CASE("a plain dump's note mark set apart after a word is linked as the next note", "[footnotes][dumps][dump_bare_refs]") {
  struct Case {
    std::string name;
    std::vector<DumpPage> pages;
    std::vector<std::string> marks;  // expected, in order
    std::string kept;                // text that stays as printed
  };
  const std::vector<Case> cases = {
      {"English, one page, after a word and at a paragraph's end",
       {{{"Recalling the Declaration on the Granting of Independence to Colonial",
          "Countries and Peoples 1 and the Universal Declaration of Human Rights,",
          "", "Taking note of the report of the Secretary-General on the Programme of", "Assistance 2", "",
          "Decides to include the item in the provisional agenda of its seventy-ninth session."},
         {{1, "Resolution 1514 (XV)."}, {2, "A/78/380."}}}},
       {"1|Peoples", "2|Assistance"},
       "Countries and Peoples and the Universal"},
      {"English, two pages, after a closing parenthesis and a closing quote, before punctuation",
       {{{"Recalling the Vienna Convention on Diplomatic Relations (1961) 1 and the",
          "responsibilities of the host country,"},
         {{1, "United Nations, Treaty Series, vol. 500, No. 7310."}}},
        {{"Welcoming the report entitled \u201COur Common Agenda\u201D 2 and its",
          "recommendations, as well as the Pact for the Future 3;"},
         {{2, "A/75/982."}, {3, "Resolution 79/1."}}}},
       {"1|(1961)", "2|Agenda\u201D", "3|Future"},
       "the Pact for the Future;"},
      {"French, after a word and after the year of a date",
       {{{"Rappelant la Déclaration sur l\u2019octroi de l\u2019indépendance aux pays et aux",
          "peuples coloniaux 1 et la Déclaration universelle des droits de l\u2019homme,",
          "Rappelant également la résolution 51/31 du Conseil du 7 octobre 2022 2 et",
          "sa résolution 76/170,"},
         {{1, "Résolution 1514 (XV)."}, {2, "Voir A/77/53/Add.1."}}}},
       {"1|coloniaux", "2|2022"},
       "peuples coloniaux et la"},
      {"Spanish, two pages",
       {{{"Recordando la Convención sobre los Derechos del Niño 1 y sus Protocolos",
          "Facultativos,"},
         {{1, "Naciones Unidas, Treaty Series, vol. 1577, núm. 27531."}}},
        {{"Reafirmando el Acuerdo de París 2 y su pronta entrada en vigor,"},
         {{2, "Véase FCCC/CP/2015/10/Add.1, decisión 1/CP.21, anexo."}}}},
       {"1|Niño", "2|París"},
       "Acuerdo de París y su pronta"},
      // A treaty's or a resolution's year named by "of" or "de", the mark
      // before a list's joining word or punctuation (until 2026-12-06 only
      // a date's year let a mark follow: A/RES/78/49 "(XLVIII) of 1988 1
      // and", the six-language fixture's "Conventions de Genève de 1949 2
      // et", "Convenios de Ginebra de 1949 2 y").
      {"French, after a treaty's year",
       {{{"Rappelant la Déclaration universelle des droits de l\u2019homme 1 et les Conventions",
          "de Genève de 1949 2 et le Protocole additionnel I de 1977 s\u2019y rapportant,"},
         {{1, "Résolution 217 A (III)."}, {2, "Nations Unies, Recueil des Traités, vol. 75, nos 970 à 973."}}}},
       {"1|l\u2019homme", "2|1949"},
       "de Genève de 1949 et le Protocole"},
      {"English, two pages, after a resolution's and a treaty's year",
       {{{"Bearing in mind resolutions CM/Res.1153 (XLVIII) of 1988 1 and CM/Res.1225 (L)",
          "of 1989, adopted by the Council of Ministers,"},
         {{1, "See A/43/398, annex I."}}},
        {{"Recalling the Geneva Conventions of 1949 2, and the Additional Protocols thereto,"},
         {{2, "United Nations, Treaty Series, vol. 75, Nos. 970-973."}}}},
       {"1|1988", "2|1949"},
       "(XLVIII) of 1988 and CM/Res.1225"},
  };
  int ran = 0;
  for (const Case& c : cases) {
    CAPTURE(c.name);
    const Document doc = linked_dump(c.pages);
    REQUIRE(doc.footnotes.size() == c.marks.size());
    std::vector<std::string> want;
    for (const std::string& m : c.marks) want.push_back(m);
    std::vector<std::string> got = marks_after(doc);
    for (std::string& g : got) std::replace(g.begin(), g.end(), '\n', ' ');
    for (std::string& w : want) std::replace(w.begin(), w.end(), '\n', ' ');
    CHECK(got == want);
    CHECK(body_of(doc).find(c.kept) != std::string::npos);
    // Every note is referenced; each link is an edit with its reason.
    CHECK(std::all_of(doc.footnotes.begin(), doc.footnotes.end(), [](const Footnote& f) { return f.referenced; }));
    const std::vector<Edit> links = edits_of(doc, "link_footnote_reference");
    CHECK(std::count_if(links.begin(), links.end(), [](const Edit& e) {
            return e.reason.find("figures set apart after a word") != std::string::npos;
          }) >= 1);
    ++ran;
  }
  CHECK(ran == 6);
}

TEST_CASE("numbers after a word that takes a number, or out of the notes' order, stay text", "[footnotes][dumps][dump_bare_refs]") {
  struct Case {
    std::string name;
    std::vector<std::string> body;
    std::vector<std::pair<int, std::string>> notes;
    std::string kept;          // printed text that must stay whole
    std::vector<std::string> marks;  // the marks linked
  };
  const std::vector<Case> cases = {
      {"Group of 77 and China, with 77 notes' worth of sequence absent: note 1 is next",
       {"Noting the statement of the Group of 77 and China and the Convention 1 and", "its Protocols,"},
       {{1, "A/78/1."}},
       "Group of 77 and China",
       {"1|Convention"}},
      {"Article 2 and, resolution 1514 and: the next note's number after a numbering word",
       {"Recalling Article 1 and its resolution 2 and the Charter 1 and", "the Declaration 2 and so on,"},
       {{1, "A/78/1."}, {2, "A/78/2."}},
       "Recalling Article 1 and its resolution 2 and the Charter",
       {"1|Charter", "2|Declaration"}},
      {"French and Spanish numbering words",
       {"Rappelant l\u2019article 1 et le paragraphe 1 et le point 1 et la resolución 1 y el párrafo 1,"},
       {{1, "A/78/1."}},
       "l\u2019article 1 et le paragraphe 1 et le point 1 et la resolución 1 y el párrafo 1,",
       {}},
      {"a number out of sequence: note 2 before any reference to note 1",
       {"Recalling the Convention 2 and the Treaty,", "", "Noting the report, 1 and"},
       {{1, "A/78/1."}, {2, "A/78/2."}},
       "Recalling the Convention 2 and the Treaty",
       {"1|report,"}},
      {"a quantity, a list of figures and a day",
       {"Decides to appoint 1 Member State, to hold meetings 1 to 3 and on Tuesday 1 December,"},
       {{1, "A/78/1."}},
       "appoint 1 Member State, to hold meetings 1 to 3 and on Tuesday 1 December",
       {}},
  };
  int ran = 0;
  for (const Case& c : cases) {
    CAPTURE(c.name);
    const Document doc = linked_dump({{c.body, c.notes}});
    REQUIRE(doc.footnotes.size() == c.notes.size());
    std::string body = body_of(doc);
    std::replace(body.begin(), body.end(), '\n', ' ');
    CHECK(body.find(c.kept) != std::string::npos);
    std::vector<std::string> got = marks_after(doc);
    for (std::string& g : got) std::replace(g.begin(), g.end(), '\n', ' ');
    CHECK(got == c.marks);
    ++ran;
  }
  CHECK(ran == 5);
}

TEST_CASE("a mark after a word that names a later note is kept with a warning", "[footnotes][dumps][dump_bare_refs]") {
  const Document doc = linked_dump({{{"Recalling the Convention 2 and the Treaty,"}, {{1, "A/78/1."}, {2, "A/78/2."}}}});
  REQUIRE(doc.footnotes.size() == 2);
  CHECK(body_of(doc).find("Convention 2 and") != std::string::npos);
  CHECK(warned(doc, "may be a reference to note 2"));
}

TEST_CASE("figures after a numbering word, a function word or before a count are no mark", "[footnotes][dumps][dump_bare_refs]") {
  const std::vector<std::string> traps = {
      "the Group of 77 and China",         "chapter 17 of Agenda 21 and",      "under Article 2 and",
      "its resolution 1514 and",           "in paragraph 5,",                  "the 2030 Agenda",
      "the Groupe des 77 et",              "el Grupo de los 77 y China",       "of Action 21 and",
      "annex II 3 and",                    "resolution 217 A 3 and",           "subparagraph (a) 2 and",              "item (12) 3 and",
      "appoint 25 Member States",          "in meetings 1 to 3",               "on Tuesday 10 December",
      "the Convention 2/3 and",            "the Convention 1,250 and",         "the Convention 012 and",
      "the Convention 1234 and",           "\u043f\u0443\u043d\u043a\u0442\u0430 2 \u0438",  // "пункта 2 и"
      "in 2023 3 and",                     "the Convention. 3 Decides",
      "of 2022 2 meetings",                "de 1949 2 réunions",               "since 1949 2 and",
  };
  int ran = 0;
  for (const std::string& t : traps) {
    CAPTURE(t);
    CHECK(detail::bare_note_marks(t).empty());
    ++ran;
  }
  CHECK(ran == 26);
  const auto found = detail::bare_note_marks("Peoples 2 and (XV) 3, \u201CAgenda\u201D 4; of 7 October 2022 5 and the Future 6");
  REQUIRE(found.size() == 5);
  CHECK(found[0].marker == "2");
  CHECK(found[3].after_year);
  CHECK(found[4].end == std::string("Peoples 2 and (XV) 3, \u201CAgenda\u201D 4; of 7 October 2022 5 and the Future 6").size());
}

TEST_CASE("figures after a word naming the next note printed on another page are a number, not its mark",
          "[footnotes][dumps][dump_bare_refs]") {
  // Review of the merged dump-refs: "involving 2 delegations" on page 1 took
  // note 2 (printed on page 2), and the true mark "Peoples 2 and" on page 2
  // was then left as text with no warning. A dump prints a note at the foot
  // of the page of its reference.
  const std::vector<DumpPage> pages = {
      {{"Recalling its resolution 77/1 of 7 December 2022, 1", "",
        "Noting that a seminar involving 2 delegations was held in Geneva,", ""},
       {{1, "Resolution 77/1."}}},
      {{"Recalling also the Declaration on the Granting of Independence to Colonial",
        "Countries and Peoples 2 and the Universal Declaration of Human Rights,", ""},
       {{2, "Resolution 1514 (XV)."}}},
  };
  const Document doc = linked_dump(pages);
  CHECK(body_of(doc).find("involving 2 delegations") != std::string::npos);
  CHECK(body_of(doc).find("Peoples 2 and") == std::string::npos);
  const auto marks = marks_after(doc);
  CHECK(std::find(marks.begin(), marks.end(), "2|Peoples") != marks.end());
}

TEST_CASE("figures after a word naming a note already taken by figures before them are warned of",
          "[footnotes][dumps][dump_bare_refs]") {
  // On one page, a number that names the next note ("involving 2
  // delegations") comes before the note's true mark: the first is taken, and
  // the second, which names the same note, must not pass in silence.
  const std::vector<DumpPage> pages = {
      {{"Recalling its resolution 77/1 of 7 December 2022, 1", "",
        "Noting that a seminar involving 2 delegations was held in Geneva,", "",
        "Recalling also the Declaration on the Granting of Independence to Colonial",
        "Countries and Peoples 2 and the Universal Declaration of Human Rights,", ""},
       {{1, "Resolution 77/1."}, {2, "Resolution 1514 (XV)."}}},
  };
  const Document doc = linked_dump(pages);
  CHECK(warned(doc, "check which is the note's mark"));
}
