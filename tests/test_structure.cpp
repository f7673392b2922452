#include <catch2/catch.hpp>

#include <algorithm>

#include "export/export.hpp"
#include "structure/structure.hpp"
#include "support.hpp"

using namespace akn;
using namespace akn::test;

TEST_CASE("operative paragraphs with lettered and roman sub-paragraphs nest", "[structure]") {
  const Conversion c = convert(
      "The General Assembly,\n\nRecalling its resolution 58/270,\n\n1. Requests the Secretary-General:\n\n"
      "(a) To prepare a plan;\n\n(b) To report on:\n\n(i) The conversion of records;\n\n(ii) The preservation of records;\n\n"
      "(c) To consult Member States;\n\n(d) To d;\n\n(e) To e;\n\n(f) To f;\n\n(g) To g;\n\n(h) To h;\n\n(i) To i;\n\n"
      "2. Decides to consider the question at its sixty-third session.\n");
  const Resolution& r = c.resolution;
  REQUIRE(r.operative.size() == 2);
  const auto& pts = r.operative[0].points;
  REQUIRE(pts.size() == 9);  // (a) to (i): "(i)" after "(h)" is a letter
  CHECK(pts[1].num == "(b)");
  REQUIRE(pts[1].points.size() == 2);
  CHECK(pts[1].points[1].num == "(ii)");
  CHECK(pts[8].num == "(i)");
  CHECK(r.operative[0].text.text == "Requests the Secretary-General:");
  CHECK(c.validation_errors.empty());
  CHECK(c.akn.find("eId=\"para_1__list_1__point_b__list_1__point_ii\"") != std::string::npos);
}

TEST_CASE("preface, formula, preamble leads and conclusions are recognised", "[structure]") {
  const Conversion c = convert(
      "Resolution adopted by the General Assembly on 22 December 2003\n\n"
      "[on the report of the Third Committee (A/58/508/Add.2)]\n\n"
      "58/170. Enhancement of international cooperation in the field of human rights\n\n"
      "The General Assembly,\n\nRecalling also the World Conference,\n\nBearing in mind the Charter,\n\n"
      "1. Decides to continue its consideration of this question.\n\n77th plenary meeting\n22 December 2003\n");
  const Resolution& r = c.resolution;
  CHECK(r.number == "58/170");
  CHECK(r.title->text == "Enhancement of international cooperation in the field of human rights");
  CHECK(r.committee == "Third Committee");
  CHECK(r.actor == "unga");
  REQUIRE(r.preamble.size() == 2);
  CHECK(r.preamble[0].lead == "Recalling also");
  CHECK(r.preamble[1].lead == "Bearing in mind");
  REQUIRE(r.conclusion);
  CHECK(r.conclusion->meeting == "77th plenary meeting");
  CHECK(r.conclusion->date->iso() == "2003-12-22");
  CHECK(work_iri(r) == "/akn/un/statement/deliberation/unga/2003-12-22/58-170/");
  // The container is named by its lead words as printed, as the UN names them.
  CHECK(c.akn.find("<container name=\"Recalling also\"") != std::string::npos);
  CHECK(c.validation_errors.empty());
}

TEST_CASE("a resolution with one unnumbered operative paragraph", "[structure]") {
  const Conversion c = convert(
      "The Security Council,\n\nRecalling its previous resolutions,\n\n"
      "Decides to remain actively seized of the matter.\n");
  REQUIRE(c.resolution.operative.size() == 1);
  CHECK(c.resolution.operative[0].num.empty());
  CHECK(c.resolution.actor == "unsc");
  CHECK(c.validation_errors.empty());
}

TEST_CASE("values the document does not state are left out", "[structure][export]") {
  const Conversion c = convert("Enhancement of cooperation\n\nThe General Assembly,\n\n1. Decides to continue.\n");
  CHECK_FALSE(c.resolution.number);
  CHECK_FALSE(c.resolution.adoption_date);
  // No placeholder date (issue 17): the Work is dated as not before the
  // founding of the United Nations, its IRI says "undated", and a warning
  // says why.
  CHECK(c.akn.find("0001-01-01") == std::string::npos);
  CHECK(c.akn.find("<FRBRdate date=\"1945-10-24\" name=\"notBefore\"/>") != std::string::npos);
  CHECK(c.akn.find("/unga/undated/nn-") != std::string::npos);
  bool warned = false;
  for (const Diagnostic& d : c.resolution.warnings) warned |= d.message.find("no date was read") != std::string::npos;
  CHECK(warned);
  CHECK_FALSE(work_date(c.resolution));
  CHECK(c.akn.find("FRBRnumber") == std::string::npos);
  CHECK(c.akn.find("coverPage") == std::string::npos);
  CHECK(c.validation_errors.empty());
}

TEST_CASE("text XML cannot carry never reaches the output", "[export]") {
  const Conversion c = convert("The General Assembly,\n\n1. Decides \x01\x02\x1B to continue \xEF\xBF\xBE.\n");
  CHECK(c.validation_errors.empty());
  CHECK(c.akn.find('\x01') == std::string::npos);
  CHECK(c.resolution.operative.at(0).text.text == "Decides to continue .");
}

TEST_CASE("duplicate paragraph numbers still give unique eIds", "[export]") {
  const Conversion c = convert("The General Assembly,\n\n1. Decides one;\n\n1. Decides again;\n\n2. Decides two.\n");
  CHECK(c.validation_errors.empty());
  CHECK(c.akn.find("eId=\"para_1_2\"") != std::string::npos);
}

TEST_CASE("an enacting formula misread by OCR still opens the preamble, with a warning", "[structure]") {
  // OCR garbles the short formula line; the text after it is a resolution's.
  // Near one known body's formula, it is taken for that one: printed text
  // kept, the body and a warning recorded, not a sequence of paragraphs.
  struct Case {
    const char* formula;
    const char* body;
  };
  int ran = 0;
  for (const Case& k : {Case{"The Securit: cil,", "Security Council"}, Case{"Tne General Assemb1y,", "General Assembly"},
                        Case{"The Commission on Human Rights.", "Commission on Human Rights"}}) {
    ++ran;
    const Conversion c = convert(std::string("Resolution 9999 (2026)\n\n") + k.formula +
                                 "\n\nRecalling its previous resolutions on the question,\n\n"
                                 "Noting the report of the Secretary-General,\n\n"
                                 "1. Decides to remain seized of the matter.\n");
    const Resolution& r = c.resolution;
    INFO(k.formula);
    CHECK(r.formula == k.formula);
    CHECK(r.body == k.body);
    CHECK(r.preamble.size() == 2);
    CHECK(r.operative.size() == 1);
    const auto& w = r.warnings;
    CHECK(std::any_of(w.begin(), w.end(), [](const Diagnostic& x) { return x.message.find("misread formula") != std::string::npos; }));
  }
  CHECK(ran == 3);
  // A line far from every formula, or a near one with no paragraph after
  // it, is not taken: the text stays a sequence of paragraphs.
  for (const char* text : {"The Secretariat,\n\nRecalling its previous resolutions on the question,\n\n1. Decides so.\n",
                           "Some text first.\n\nThe Securit: cil,\n"}) {
    const Conversion c = convert(text);
    CHECK_FALSE(c.resolution.formula);
  }
}
