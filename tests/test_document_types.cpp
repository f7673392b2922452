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
