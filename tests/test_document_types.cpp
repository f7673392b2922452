// What a document is and when it is dated, as the document itself says:
// letters, reports, records, drafts and resolutions are told apart by their
// sponsor line, symbol, adoption line, title or formula, and no output claims
// a date or a symbol that is neither printed nor certain.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>

#include "export/export.hpp"
#include "structure/structure.hpp"
#include "support.hpp"

using namespace akn;
using namespace akn::test;
namespace fs = std::filesystem;

namespace {

Conversion convert_file(const fs::path& path) {
  return pipeline().finish(pipeline().read(path.filename().string(), read_file(path.string())));
}

}  // namespace

TEST_CASE("each born-digital document of the corpus is typed as it says it is", "[structure][corpus]") {
  // Type, and the date the Work carries (the adoption, the letter's date or
  // the date of issue).
  const std::map<std::string, std::pair<std::string, std::string>> expected = {
      {"A_49_230-EN.pdf", {"letter", "1994-07-12"}},
      {"A_53_568-EN.pdf", {"letter", "1998-11-02"}},
      {"A_80_L.11.pdf", {"draftResolution", ""}},
      {"A_C.3_80_L.30.pdf", {"draftResolution", ""}},
      {"A_C.3_80_L.49.pdf", {"draftResolution", ""}},
      {"A_RES_73_3-EN.pdf", {"resolution", "2018-10-10"}},
      {"A_RES_73_6-EN.pdf", {"resolution", "2018-10-26"}},
      {"A_RES_73_7-EN.pdf", {"resolution", "2018-10-29"}},
      {"A_RES_78_253.pdf", {"resolution", "2023-12-22"}},
      {"A_RES_79_249.pdf", {"resolution", "2024-12-24"}},
      {"A_RES_80_222.pdf", {"resolution", "2025-12-18"}},
      {"S_1996_112-EN.pdf", {"report", "1996-02-14"}},
      {"S_2012_197-EN.pdf", {"report", "2012-04-05"}},
      {"S_2015_246-EN.pdf", {"report", "2015-04-10"}},
  };
  int checked = 0;
  for (const auto& [file, want] : expected) {
    const fs::path path = fs::path(shared_dir()) / "corpus/born_digital" / file;
    INFO(file);
    REQUIRE(fs::exists(path));
    const Conversion c = convert_file(path);
    CHECK(type_name(c.resolution.type) == want.first);
    CHECK_FALSE(c.resolution.type_evidence.empty());
    const auto d = work_date(c.resolution);
    REQUIRE(d);
    if (!want.second.empty()) CHECK(d->date.iso() == want.second);
    // A statement is written as one, every other document under /akn/un/doc/.
    const bool statement = want.first == "resolution" || want.first.starts_with("draft");
    CHECK((c.akn.find("<statement name=") != std::string::npos) == statement);
    if (!statement) CHECK(c.akn.find("/akn/un/doc/" + want.first + "/") != std::string::npos);
    CHECK(c.akn.find("0001-01-01") == std::string::npos);
    ++checked;
  }
  CHECK(checked == static_cast<int>(expected.size()));
}

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
