// What the corpus JSONL says of a document's paragraphs and dates, and how
// a resolution's number, title and Work date are read: by the document's
// type, typography and metadata, in any language, on one page or two.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <map>
#include <string>

#include "structure/structure.hpp"
#include "support.hpp"

using namespace akn;
using namespace akn::test;
using Json = nlohmann::json;

namespace {

// How many paragraphs of each kind a corpus record has.
std::map<std::string, int> kinds_of(const Conversion& c) {
  std::map<std::string, int> out;
  const Json record = Json::parse(c.corpus);
  for (const Json& p : record["paragraphs"]) ++out[p["kind"].get<std::string>()];
  return out;
}

Json dates_of(const Conversion& c) { return Json::parse(c.corpus)["dates"]; }

bool warned(const Conversion& c, std::string_view what) {
  for (const Diagnostic& w : c.resolution.warnings)
    if (w.message.find(what) != std::string::npos) return true;
  return false;
}

const std::string kLetterEn =
    "United Nations A/99/123\n\nGeneral Assembly Distr.: General\n3 March 2031\n\nOriginal: English\n\n"
    "Letter dated 1 March 2031 from the Permanent Representative of Norway to the United Nations "
    "addressed to the Secretary-General\n\n"
    "I have the honour to transmit herewith the statement of my Government on the events of last week.\n\n"
    "I should be grateful if the present letter could be circulated as a document of the General Assembly.\n\n";

const std::string kRecordEn =
    "United Nations S/PV.9999\n\nSecurity Council Provisional\nEighty-sixth year\n\n9999th meeting\n"
    "Thursday, 6 April 2031, 10 a.m.\nNew York\n\n"
    "The meeting was called to order at 10.05 a.m.\n\n"
    "The President: I welcome the representatives of the members of the Council to this meeting today.\n\n";

}  // namespace

TEST_CASE("corpus paragraphs of a letter or a record are paragraphs and only a resolution's are operative",
          "[corpus][structure]") {
  SECTION("a letter in English on one page") {
    const Conversion c = convert(kLetterEn, "letter.txt");
    CHECK(c.resolution.type == DocumentType::letter);
    CHECK(kinds_of(c)["operative"] == 0);
    CHECK(kinds_of(c)["paragraph"] == 2);
  }
  SECTION("a letter in English on two pages") {
    const Conversion c =
        convert(kLetterEn + "\f" + "The statement also calls on both parties to continue their talks in good faith.\n\n",
                "letter2.txt");
    CHECK(c.resolution.type == DocumentType::letter);
    CHECK(kinds_of(c)["operative"] == 0);
    CHECK(kinds_of(c)["paragraph"] == 3);
  }
  SECTION("a meeting record's speeches") {
    const Conversion c = convert(kRecordEn + "\f" + "Mr. Smith: I thank the President for convening this meeting.\n\n",
                                 "record.txt");
    CHECK(c.resolution.type == DocumentType::meeting_record);
    CHECK(kinds_of(c)["operative"] == 0);
    CHECK(kinds_of(c)["paragraph"] >= 3);
  }
  SECTION("a French resolution's operative paragraphs stay operative") {
    const Conversion c = convert(
        "Nations Unies A/RES/99/7\n\nAssemblée générale Distr. générale\n3 mars 2031\n\n"
        "99/7. Titre de la résolution\n\nL’Assemblée générale,\n\nRappelant ses résolutions antérieures,\n\n"
        "1. Décide d’agir ;\n\n\f2. Décide de rester saisie de la question.\n",
        "res_fr.txt");
    CHECK(c.resolution.type == DocumentType::resolution);
    CHECK(kinds_of(c)["operative"] == 2);
    CHECK(kinds_of(c)["paragraph"] == 0);
  }
}

TEST_CASE("the corpus dates carry every date of the AKN metadata with its name", "[corpus][structure]") {
  SECTION("a record is dated by its meeting") {
    const Conversion c = convert(kRecordEn, "record.txt");
    REQUIRE(work_date(c.resolution));
    CHECK(c.akn.find("<FRBRdate date=\"2031-04-06\" name=\"meeting\"/>") != std::string::npos);
    CHECK(dates_of(c).value("meeting", "") == "2031-04-06");
  }
  SECTION("a letter by the date its title gives, and its issue") {
    const Conversion c = convert(kLetterEn + "\fA second page of the letter, continuing its text for the reader.\n", "l.txt");
    CHECK(c.akn.find("<FRBRdate date=\"2031-03-01\" name=\"letter\"/>") != std::string::npos);
    CHECK(dates_of(c).value("letter", "") == "2031-03-01");
    CHECK(dates_of(c).value("issued", "") == "2031-03-03");
  }
  SECTION("a resolution by its adoption") {
    const Conversion c = convert(
        "United Nations A/RES/99/8\n\nGeneral Assembly Distr.: General\n9 March 2031\n\n"
        "Resolution adopted by the General Assembly on 2 March 2031\n\n99/8. Title of a resolution\n\n"
        "The General Assembly,\n\nRecalling its resolutions,\n\n1. Decides to act;\n",
        "res.txt");
    CHECK(dates_of(c).value("adopted", "") == "2031-03-02");
    CHECK(dates_of(c).value("issued", "") == "2031-03-09");
  }
}

TEST_CASE("a dash between a resolution's number and its title goes with the number in any language",
          "[structure][languages]") {
  struct Case {
    const char* language;
    std::string head, line, title, formula;
  };
  const std::vector<Case> cases = {
      {"ar", "الأمم المتحدة A/RES/79/100\n\nالجمعية العامة Distr.: General\n12 December 2024\n\n",
       "79/100 – مسألة أنغويلا", "مسألة أنغويلا", "إن الجمعية العامة،\n\nإذ تشير إلى قراراتها،\n\n1 - تقرر أن تبقي المسألة قيد نظرها.\n"},
      {"ru", "Организация Объединенных Наций A/RES/79/100\n\nГенеральная Ассамблея Distr.: General\n12 December 2024\n\n",
       "79/100 — Вопрос об Ангилье", "Вопрос об Ангилье", "Генеральная Ассамблея,\n\nссылаясь на свои резолюции,\n\n1. постановляет продолжить рассмотрение этого вопроса.\n"},
      {"en", "United Nations A/RES/79/100\n\nGeneral Assembly Distr.: General\n12 December 2024\n\n",
       "79/100 - Question of Anguilla", "Question of Anguilla", "The General Assembly,\n\nRecalling its resolutions,\n\n1. Decides to remain seized of the matter.\n"},
      {"en", "United Nations A/RES/78/214\n\nGeneral Assembly Distr.: General\n22 December 2023\n\n",
       "78/214. Combating intolerance", "Combating intolerance", "The General Assembly,\n\nRecalling its resolutions,\n\n1. Decides to remain seized of the matter.\n"},
  };
  std::size_t checked = 0;
  for (const Case& k : cases) {
    for (const bool two_pages : {false, true}) {
      INFO(k.line << (two_pages ? " (two pages)" : ""));
      const std::string text = k.head + k.line + "\n\n" + k.formula + (two_pages ? "\f2. Decides to act again on the matter.\n" : "");
      const Conversion c = convert(text, std::string("res_") + k.language + ".txt");
      REQUIRE(c.resolution.title);
      CHECK(c.resolution.title->text == k.title);
      CHECK(Json::parse(c.corpus).value("title", "") == k.title);
      CHECK(c.akn.find("<docTitle>" + k.title + "</docTitle>") != std::string::npos);
      // The text keeps the line as printed.
      CHECK(c.text.find(k.line) != std::string::npos);
      ++checked;
    }
  }
  CHECK(checked == 8);
}

TEST_CASE("a resolution that prints no adoption date is dated by its issue with a warning", "[structure][languages]") {
  const std::string body_fr = "Résolution 2735 (2024)\n\nLe Conseil de sécurité,\n\nRéaffirmant les buts de la Charte,\n\n"
                              "1. Décide de rester saisi de la question.\n";
  SECTION("French, no adoption line") {
    const Conversion c = convert("Nations Unies S/RES/2735 (2024)\nConseil de sécurité Distr. générale\n10 juin 2024\n\n" +
                                     body_fr,
                                 "sc_fr.txt");
    CHECK(c.resolution.type == DocumentType::resolution);
    REQUIRE(work_date(c.resolution));
    CHECK(work_date(c.resolution)->name == "issue");
    CHECK(warned(c, "no adoption date is printed"));
  }
  SECTION("French on two pages, no adoption line") {
    const Conversion c = convert("Nations Unies S/RES/2735 (2024)\nConseil de sécurité Distr. générale\n10 juin 2024\n\n" +
                                     body_fr + "\f2. Décide encore.\n",
                                 "sc_fr2.txt");
    CHECK(warned(c, "no adoption date is printed"));
  }
  SECTION("English with its adoption line: dated by it, no warning") {
    const Conversion c = convert(
        "United Nations S/RES/2735 (2024)\nSecurity Council Distr.: General\n11 June 2024\n\n"
        "Resolution 2735 (2024)\n\nAdopted by the Security Council at its 9650th meeting, on 10 June 2024\n\n"
        "The Security Council,\n\nReaffirming the purposes of the Charter,\n\n1. Decides to remain seized of the matter.\n",
        "sc_en.txt");
    REQUIRE(work_date(c.resolution));
    CHECK(work_date(c.resolution)->name == "adoption");
    CHECK(work_date(c.resolution)->date.iso() == "2024-06-10");
    CHECK_FALSE(warned(c, "no adoption date is printed"));
  }
  SECTION("a draft is dated by its issue without that warning") {
    const Conversion c = convert(
        "United Nations A/99/L.5\n\nGeneral Assembly Distr.: Limited\n3 March 2031\n\n"
        "Norway and Sweden: draft resolution\n\nTitle of the draft\n\nThe General Assembly,\n\n"
        "Recalling its resolutions,\n\n1. Decides to act;\n",
        "draft.txt");
    CHECK(c.resolution.type == DocumentType::draft_resolution);
    CHECK_FALSE(warned(c, "no adoption date is printed"));
  }
}
