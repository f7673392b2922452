// Page numbers a plain pdftotext dump prints alone on a line. pdftotext
// sets each figure of a table's column on its own line ("Argentina" "3"
// "0" "0" "3"), the number that opens a heading ("4507" "th meeting") and a
// figure of a hard-wrapped sentence too: none is a page number. A number
// alone is the page's number by position (among the first or last lines
// of its page, a page being the text between form feeds) and sequence (n
// on page k, n + 1 on page k + 1, from any first value); a one-page text's
// only candidate at its very end, or at its head under the symbol. Fixtures in English and French, of 1, 2
// and 3 pages, numbered at the foot and at the head.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "tests/support.hpp"

using namespace akn;
using namespace akn::test;

namespace {

// The figures removed as bare page numbers, in order.
std::vector<std::string> removed_numbers(const Conversion& c) {
  std::vector<std::string> out;
  for (const Edit& e : edits_of(c.document, "remove_page_number"))
    if (e.reason == "bare page number") out.emplace_back(trim(e.before));
  return out;
}

bool warned_of_kept_number(const Conversion& c) {
  return std::any_of(c.document.log.warnings().begin(), c.document.log.warnings().end(), [](const Diagnostic& d) {
    return d.message.find("do not run with the pages' numbering") != std::string::npos;
  });
}

// A table whose columns pdftotext sets one figure a line: names, then four figures each.
std::string table(const std::vector<std::string>& names) {
  std::string t;
  int k = 0;
  for (const std::string& name : names) {
    t += name + "\n";
    for (int f = 0; f < 4; ++f) t += std::to_string((k++ * 7 + f) % 10) + "\n";
  }
  return t;
}

struct Case {
  const char* name;
  std::string text;
  std::vector<std::string> page_numbers;  // the figures that are page numbers, in order
  bool warns;                             // a number at a head or foot fits no sequence
};

std::vector<Case> cases() {
  const std::string en_table = table({"Argentina", "Brazil", "Chile", "Denmark", "Egypt"});
  const std::string fr_table = table({"Argentine", "Brésil", "Chili", "Danemark", "Égypte"});
  return {
      // Three pages, numbered 1-3 at the foot; page 2 ends with a table's column.
      {"en, 3 pages, foot",
       "Report of the Committee\nThe Committee met twice in 2024.\n1\n\f"
       "Votes cast\nCountry\nYes\nNo\nAbstain\n" + en_table + "\n2\n\f"
       "The Committee noted that the number of cases reached 12 and then\n4\nmore, as the table shows.\n\n3\n",
       {"1", "2", "3"}, false},
      // Two pages numbered 5 and 6 at the head (the dump starts past four pages).
      {"fr, 2 pages, head from 5",
       "5\nRapport du Comité\nLe Comité note que le nombre de cas a atteint 12 puis\n4\nplus, comme le montre le tableau.\n"
       "Pays\nOui\nNon\nAbstention\n" + fr_table + "\f"
       "6\nLe Comité a tenu deux séances en 2024.\n" + fr_table,
       {"5", "6"}, false},
      // A meeting's number alone over the rest of its heading; page 2 numbered 2 at the foot.
      {"en, 2 pages, meeting number",
       "4507\nth meeting\nThursday, 4 April 2002, 10 a.m.\nNew York\nThe meeting was called to order at 10.05 a.m.\n\f"
       "The President: I thank the members of the Council.\nThe meeting rose at 11 a.m.\n2\n",
       {"2"}, true},
      // One page, no page break: a table at the end keeps every figure.
      {"fr, 1 page, table at the end",
       "Votes exprimés\nPays\nOui\nNon\nAbstention\n" + fr_table, {}, false},
      // One page ending with its number.
      {"en, 1 page, number at the end",
       "The Committee noted that the number of cases reached 12 and then\n4\nmore, as reported.\n" + en_table +
           "The table lists the votes cast.\n\n1\n",
       {"1"}, false},
  };
}

}  // namespace

TEST_CASE("a plain dump's number alone is a page number only by its place and the pages' sequence",
          "[dumps][furniture]") {
  std::size_t runs = 0;
  for (const Case& k : cases()) {
    INFO(k.name);
    const Conversion c = convert(k.text);
    ++runs;
    CHECK(removed_numbers(c) == k.page_numbers);
    CHECK(warned_of_kept_number(c) == k.warns);
  }
  CHECK(runs == 5);
}

TEST_CASE("a plain dump keeps a figure alone on its line inside a sentence", "[dumps][furniture]") {
  const Conversion en = convert("The number of cases reached 12 and then\n4\nmore, as reported.\n\f"
                                "The Committee met again.\n2\n");
  CHECK(en.text.find("12 and then 4 more") != std::string::npos);
  const Conversion fr = convert("Le nombre de cas a atteint 12 puis\n4\nplus, selon le rapport.\n\f"
                                "Le Comité s'est de nouveau réuni.\n2\n");
  CHECK(fr.text.find("12 puis 4 plus") != std::string::npos);
}

TEST_CASE("a plain dump's meeting number alone over its heading is kept", "[dumps][furniture]") {
  const Conversion c = convert("4507\nth meeting\nThursday, 4 April 2002, 10 a.m.\n\fThe meeting rose.\n2\n");
  CHECK(c.text.find("4507") != std::string::npos);
}

// An extract of one even page prints its number at the head, under the
// symbol: it is the page number. A number there that the line above runs
// into is a doubt: kept, with a warning.
TEST_CASE("a one-page dump's number alone at its head, under the symbol, is a page number", "[dumps][furniture]") {
  const Conversion en = convert("A/RES/79/5\n\n2\n\nRecalling its resolution 78/95,\n\n"
                                "1. Decides to remain seized of the matter;\n2. Requests the Secretary-General to report\n"
                                "to it at its next session.\n");
  CHECK(removed_numbers(en) == std::vector<std::string>{"2"});
  const Conversion fr = convert("A/RES/79/5\n\n4\n\nRappelant sa résolution 78/95,\n\n"
                                "1. Décide de rester saisie de la question;\n2. Prie le Secrétaire général de lui faire rapport\n"
                                "à sa prochaine session.\n");
  CHECK(removed_numbers(fr) == std::vector<std::string>{"4"});
  const Conversion doubt = convert("The Committee counted\n\n12\n\nMembers present at the meeting.\n"
                                   "It adjourned at noon.\n");
  CHECK(removed_numbers(doubt).empty());
  CHECK(std::any_of(doubt.document.log.warnings().begin(), doubt.document.log.warnings().end(),
                    [](const Diagnostic& d) { return d.message.find("one-page text's head") != std::string::npos; }));
}

// "étés" opens in lower case though not in ASCII: the figure above it is inside the sentence.
TEST_CASE("a plain dump keeps a figure alone inside a French sentence going on with été", "[dumps][furniture]") {
  const Conversion fr = convert("Rapport du Comité\nLe Comité a tenu trois séances au cours des\n2\n"
                                "étés précédents, comme le montre le rapport.\n\f"
                                "Le Comité s'est de nouveau réuni.\n2\n");
  CHECK(fr.text.find("des 2 étés") != std::string::npos);
  CHECK(removed_numbers(fr) == std::vector<std::string>{"2"});
  CHECK_FALSE(warned_of_kept_number(fr));
}
