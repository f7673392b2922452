// Cross-language consistency (runner/cross_language.hpp): the language
// versions of one symbol in a batch must have the same structure; a
// disagreement is a warning on both documents, and the versions are linked
// in the report and the corpus.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "runner/cross_language.hpp"
#include "tests/process.hpp"
#include "tests/support.hpp"

using namespace akn;
using namespace akn::test;
namespace fs = std::filesystem;

namespace {

// A/RES/78/214 as the UN's AKN counts it, the same in all six languages.
cross_language::Summary version(const std::string& language, const std::string& symbol = "A/RES/78/214") {
  return {language + "/A_RES_78_214.pdf", symbol, language,
          {{"preamble", 27}, {"operative", 12}, {"paragraphs", 0}, {"points", 12}, {"footnotes", 15}, {"annexes", 0}}};
}

std::vector<cross_language::Summary> six() {
  std::vector<cross_language::Summary> docs;
  for (const char* l : {"eng", "fre", "spa", "rus", "ara", "chi"}) docs.push_back(version(l));
  return docs;
}

bool has(const std::vector<std::string>& warnings, const std::string& part) {
  return std::any_of(warnings.begin(), warnings.end(), [&](const std::string& w) { return w.find(part) != std::string::npos; });
}

}  // namespace

TEST_CASE("Cross-language: six versions that agree are linked and not warned about", "[cross_language]") {
  const auto found = cross_language::compare(six());
  REQUIRE(found.versions.size() == 6);
  for (std::size_t i = 0; i < 6; ++i) {
    INFO(i);
    CHECK(found.warnings[i].empty());
    REQUIRE(found.versions[i].size() == 5);
    for (const auto& v : found.versions[i]) CHECK(v.index != i);
  }
  CHECK(found.versions[0][0].language == "fre");
  CHECK(found.versions[0][0].name == "fre/A_RES_78_214.pdf");
}

TEST_CASE("Cross-language: a version with an operative paragraph missing is reported on both sides",
          "[cross_language]") {
  auto docs = six();
  docs[3].counts["operative"] = 11;  // the Russian version lost a paragraph
  const auto found = cross_language::compare(docs);
  // The broken version: one warning, naming every version it disagrees with,
  // and that most versions are on the other side.
  REQUIRE(found.warnings[3].size() == 1);
  const std::string& own = found.warnings[3][0];
  CHECK(own.rfind("cross_language: 11 operative paragraphs, but 12 in the eng version (eng/A_RES_78_214.pdf)", 0) == 0);
  for (const char* other : {"fre", "spa", "ara", "chi"}) CHECK(own.find(std::string("12 in the ") + other) != std::string::npos);
  CHECK(own.find("probably this one") != std::string::npos);
  // Every other version: one warning, about the Russian one only.
  for (std::size_t i : {0UL, 1UL, 2UL, 4UL, 5UL}) {
    INFO(i);
    REQUIRE(found.warnings[i].size() == 1);
    CHECK(found.warnings[i][0] ==
          "cross_language: 12 operative paragraphs, but 11 in the rus version (rus/A_RES_78_214.pdf): one of them was "
          "read wrongly (most versions agree with this one)");
  }
}

TEST_CASE("Cross-language: every counted part is compared", "[cross_language]") {
  for (const auto& part : cross_language::counted_parts()) {
    INFO(part.key);
    auto docs = six();
    docs[0].counts[part.key] += 1;
    const auto found = cross_language::compare(docs);
    CHECK(found.warnings[0].size() == 1);
    CHECK(has(found.warnings[0], part.what));
    CHECK(found.warnings[5].size() == 1);
  }
  CHECK(cross_language::counted_parts().size() == 6);
}

TEST_CASE("Cross-language: what is not a language version is not compared", "[cross_language]") {
  SECTION("two copies of one version (the same symbol and language)") {
    auto a = version("eng"), b = version("eng");
    b.counts["preamble"] = 20;  // a text dump that lost paragraphs: the corpus picks the better copy
    const auto found = cross_language::compare({a, b});
    CHECK(found.warnings[0].empty());
    CHECK(found.versions[0].empty());
  }
  SECTION("other symbols, or none") {
    auto a = version("eng"), b = version("fre", "A/RES/78/215"), c = version("spa", "");
    b.counts["preamble"] = 20;
    c.counts["preamble"] = 20;
    const auto found = cross_language::compare({a, b, c});
    for (std::size_t i = 0; i < 3; ++i) CHECK((found.warnings[i].empty() && found.versions[i].empty()));
  }
  SECTION("an unknown language is another language") {
    auto a = version("eng"), b = version("");
    b.counts["footnotes"] = 14;
    const auto found = cross_language::compare({a, b});
    REQUIRE(found.warnings[0].size() == 1);
    CHECK(found.warnings[0][0].find("14 in the unknown language version") != std::string::npos);
    REQUIRE(found.versions[1].size() == 1);
    CHECK(found.versions[1][0].language == "eng");
  }
  SECTION("a count a document lacks") {
    auto a = version("eng"), b = version("fre");
    b.counts.erase("annexes");
    b.counts["points"] = 0;
    const auto found = cross_language::compare({a, b});
    REQUIRE(found.warnings[0].size() == 1);  // points only
    CHECK(has(found.warnings[0], "sub-points"));
  }
}

TEST_CASE("Cross-language: the batch's reports get the warnings and the links", "[cross_language]") {
  std::vector<DocumentReport> docs(4);
  const char* langs[] = {"eng", "fre", "rus", "spa"};
  for (std::size_t i = 0; i < 4; ++i) {
    docs[i].relative = std::string(langs[i]) + ".pdf";
    docs[i].symbol = "A/RES/78/214";
    docs[i].language = langs[i];
    docs[i].counts = {{"pages", 5}, {"preamble", 27}, {"operative", 12}, {"points", 12}, {"footnotes", 15}, {"annexes", 0}};
    docs[i].warnings = {"structure: something else"};
  }
  docs[1].counts["preamble"] = 26;
  docs[3].status = Status::failed;  // not converted: not compared, not linked
  cross_language::check_versions(docs);
  CHECK(docs[0].warnings.size() == 2);
  CHECK(docs[0].warnings[0] == "structure: something else");
  CHECK(has(docs[0].warnings, "26 in the fre version (fre.pdf)"));
  CHECK(has(docs[1].warnings, "26 preambular paragraphs, but 27 in the eng version (eng.pdf), 27 in the rus version (rus.pdf)"));
  CHECK(docs[3].warnings.size() == 1);
  REQUIRE(docs[0].language_versions.size() == 2);
  CHECK(docs[0].language_versions[0].language == "fre");
  CHECK(docs[0].language_versions[1].relative == "rus.pdf");
  CHECK(docs[3].language_versions.empty());
  CHECK(cross_language::corpus_links(docs[2]) ==
        R"("languageVersions":[{"language":"eng","path":"eng.pdf"},{"language":"fre","path":"fre.pdf"}],)");
  CHECK(cross_language::corpus_links(docs[3]).empty());
}

namespace {

// A short resolution as a text dump with `operative` operative paragraphs:
// in English, in French, or in French under the English masthead, formula
// and lead words (what the pipeline reads as a French resolution before it
// knows French structure: its words make its language French).
enum class Form { english, french, french_words };

std::string resolution_text(Form form, int operative) {
  const bool french_head = form == Form::french;
  const bool french_words = form != Form::english;
  std::string t = french_head ? "Nations Unies A/RES/99/1\nAssemblée générale Distr. générale\n2 janvier 2026\n\n"
                                "99/1. Coopération entre les Nations Unies et les organisations régionales\n\n"
                                "L’Assemblée générale,\n\n"
                              : "United Nations A/RES/99/1\nGeneral Assembly Distr.: General\n2 January 2026\n\n"
                                "99/1. Cooperation between the United Nations and regional organizations\n\n"
                                "The General Assembly,\n\n";
  t += french_words ? (french_head ? "Rappelant" : "Recalling") + std::string(" les résolutions et les décisions des organes et des institutions,\n\n")
                    : "Recalling the resolutions and the decisions of the organs and of the institutions,\n\n";
  for (int k = 1; k <= operative; ++k) {
    t += std::to_string(k) + ". ";
    if (!french_words) t += "Requests the Secretary-General to report to it on the question " + std::to_string(k) + " and to the States;\n\n";
    else t += std::string(french_head ? "Prie" : "Requests") + " le Secrétaire général et les organes des institutions de lui faire rapport sur la question " + std::to_string(k) + " et les décisions;\n\n";
  }
  return t;
}

// Converts an English and a French version, the French one with one
// operative paragraph removed, and checks that both are warned about,
// linked in the report and in the corpus, and warned about once again in a
// second run.
void check_broken_version(Form french) {
  TempDir t;
  fs::create_directories(t.path / "in");
  std::ofstream(t.path / "in/en.txt") << resolution_text(Form::english, 4);
  std::ofstream(t.path / "in/fr.txt") << resolution_text(french, 3);  // one paragraph removed
  const std::string command = std::string(AKN_BINARY) + " -q --no-validate --format akn,txt,jsonl --min-quality 0 --out '" +
                              (t.path / "out").string() + "' '" + (t.path / "in").string() + "' > /dev/null 2>&1";
  REQUIRE(std::system(command.c_str()) == 0);
  const auto report = nlohmann::json::parse(read_file((t.path / "out/report.json").string()));
  std::map<std::string, nlohmann::json> by_name;
  for (const auto& d : report["documents"]) by_name[d["relative"]] = d;
  REQUIRE(by_name.size() == 2);
  const auto& en = by_name.at("en.txt");
  const auto& fr = by_name.at("fr.txt");
  REQUIRE(en["symbol"] == "A/RES/99/1");
  REQUIRE(fr["symbol"] == "A/RES/99/1");
  REQUIRE(en["counts"]["operative"] == 4);
  REQUIRE(fr["counts"]["operative"] == 3);
  CHECK(en["language"] == "en");
  CHECK(fr["language"] != "en");
  const auto warned = [](const nlohmann::json& d, const std::string& what) {
    for (const auto& w : d["warnings"])
      if (w.get<std::string>().find(what) != std::string::npos) return true;
    return false;
  };
  CHECK(warned(en, "cross_language: 4 operative paragraphs, but 3 in the"));
  CHECK(warned(fr, "cross_language: 3 operative paragraphs, but 4 in the en version (en.txt)"));
  CHECK(warned(en, "(fr.txt)"));
  // The versions recorded in the report and linked in the corpus.
  REQUIRE(en["languageVersions"].size() == 1);
  CHECK(en["languageVersions"][0]["input"] == "fr.txt");
  CHECK(fr["languageVersions"][0]["input"] == "en.txt");
  CHECK(fr["languageVersions"][0]["language"] == "en");
  std::istringstream corpus(read_file((t.path / "out/corpus.jsonl").string()));
  std::size_t linked = 0;
  for (std::string line; std::getline(corpus, line);) {
    const auto record = nlohmann::json::parse(line);
    REQUIRE(record.contains("languageVersions"));
    CHECK(record["languageVersions"][0]["path"] == (record["path"] == "en.txt" ? "fr.txt" : "en.txt"));
    ++linked;
  }
  CHECK(linked == 2);
  // A second run (both unchanged) reports them again, once each.
  REQUIRE(std::system(command.c_str()) == 0);
  const auto again = nlohmann::json::parse(read_file((t.path / "out/report.json").string()));
  std::size_t warnings = 0;
  for (const auto& d : again["documents"]) {
    CHECK(d["status"] == "unchanged");
    for (const auto& w : d["warnings"]) warnings += w.get<std::string>().rfind("cross_language", 0) == 0;
  }
  CHECK(warnings == 2);
}

}  // namespace

TEST_CASE("Cross-language in a batch: a version with a paragraph removed is reported on both documents",
          "[cross_language][batch]") {
  check_broken_version(Form::french_words);
}

// The same with a French version as the UN prints it (masthead, formula and
// lead words in French). Hidden until the pipeline reads French structure
// (branch langcore): enable it by removing the "." of [langcore].
TEST_CASE("Cross-language in a batch: a French version with a paragraph removed, in French throughout",
          "[cross_language][batch][langcore]") {
  check_broken_version(Form::french);
}

// A batch of copies of one version with one version in another language
// (compare() skips groups of copies only; with a version among them each
// copy is compared with it, and the copies not with each other).
TEST_CASE("Cross-language: copies of one version beside another language's version", "[cross_language]") {
  std::vector<cross_language::Summary> docs;
  for (int i = 0; i < 4; ++i) docs.push_back(version("eng"));
  docs[1].counts["operative"] = 11;  // one copy lost a paragraph
  docs.push_back(version("fre"));
  const auto found = cross_language::compare(docs);
  int checked = 0;
  for (std::size_t i = 0; i < 4; ++i, ++checked) {
    INFO(i);
    REQUIRE(found.versions[i].size() == 1);
    CHECK(found.versions[i][0].index == 4);
    CHECK(found.warnings[i].size() == (i == 1 ? 1u : 0u));
  }
  CHECK(checked == 4);
  REQUIRE(found.versions[4].size() == 4);
  REQUIRE(found.warnings[4].size() == 1);
  CHECK(found.warnings[4][0].rfind("cross_language: 12 operative paragraphs, but 11 in the eng version (eng/A_RES_78_214.pdf)", 0) == 0);
  CHECK(found.warnings[4][0].find("(most versions agree with this one)") != std::string::npos);
}
