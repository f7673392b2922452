// Golden tests: the five seed dumps in ../shared/seeds and the fixtures in
// fixtures/ go through the whole pipeline; the clean text and AKN must equal
// the expected files in tests/golden/ byte for byte, and every AKN must be
// schema-valid. AKN_UPDATE_GOLDEN=1 rewrites the expected files (review the
// diff before committing it).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "export/export.hpp"
#include "support.hpp"

using namespace akn;
using namespace akn::test;
namespace fs = std::filesystem;

namespace {
void check_golden(const fs::path& expected, const std::string& actual) {
  if (std::getenv("AKN_UPDATE_GOLDEN")) {
    fs::create_directories(expected.parent_path());
    std::ofstream(expected, std::ios::binary) << actual;
  }
  INFO("golden file " << expected.string());
  REQUIRE(fs::exists(expected));
  CHECK(read_file(expected.string()) == actual);
}

std::vector<fs::path> files_under(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

Conversion convert_file(const fs::path& path, const std::string& name) {
  return pipeline().convert(name, read_file(path.string()));
}
}  // namespace

TEST_CASE("seed dumps match their golden text and AKN", "[golden][seeds]") {
  const auto seeds = files_under(shared_dir() + "/seeds");
  REQUIRE(seeds.size() == 5);
  for (const fs::path& seed : seeds) {
    const Conversion c = convert_file(seed, seed.filename().string());
    INFO(seed.filename().string());
    CHECK(c.validation_errors.empty());
    const fs::path golden = fs::path(source_dir()) / "tests/golden/seeds" / seed.stem();
    check_golden(golden.string() + ".txt", c.text);
    check_golden(golden.string() + ".akn.xml", c.akn);
  }
}

TEST_CASE("bundled fixtures match their golden text and AKN", "[golden][fixtures]") {
  const fs::path root = fs::path(source_dir()) / "fixtures";
  const auto fixtures = files_under(root);
  REQUIRE(fixtures.size() >= 2);
  for (const fs::path& f : fixtures) {
    const fs::path rel = f.lexically_relative(root);
    const Conversion c = convert_file(f, rel.string());
    INFO(rel.string());
    CHECK(c.validation_errors.empty());
    const fs::path golden = fs::path(source_dir()) / "tests/golden/fixtures" / rel.parent_path() / rel.stem();
    check_golden(golden.string() + ".txt", c.text);
    check_golden(golden.string() + ".akn.xml", c.akn);
  }
}

namespace {
struct Expected {
  const char* seed;
  std::size_t preamble, operative, footnotes;
  const char* conclusion_date;  // "" when the seed has none
};
}  // namespace

// Counts read off the seeds by hand, independent of the golden files.
TEST_CASE("seed paragraph, note and conclusion counts are what the dumps say", "[golden][seeds]") {
  const Expected expected[] = {
      {"000_66e8b75daa607f5e.txt", 8, 9, 4, "2002-12-18"},
      {"001_cbfe36c8a26a7eb2.txt", 12, 8, 0, ""},
      {"002_a9666ded5ad1a509.txt", 8, 10, 4, "2003-12-22"},
      {"003_24bcb0a4a35d199b.txt", 8, 10, 0, ""},
      {"004_acb2b404cac51b83.txt", 8, 6, 3, "2000-12-04"},
  };
  for (const Expected& e : expected) {
    INFO(e.seed);
    const Conversion c = convert_file(shared_dir() + "/seeds/" + e.seed, e.seed);
    const Resolution& r = c.resolution;
    CHECK(r.preamble.size() == e.preamble);
    CHECK(r.operative.size() == e.operative);
    CHECK(r.footnotes.size() == e.footnotes);
    for (std::size_t i = 0; i < r.operative.size(); ++i) CHECK(r.operative[i].num == std::to_string(i + 1) + ".");
    if (*e.conclusion_date) {
      REQUIRE(r.conclusion);
      CHECK(r.conclusion->date->iso() == e.conclusion_date);
    } else {
      CHECK_FALSE(r.conclusion);
    }
    for (const Footnote& f : r.footnotes) CHECK(f.referenced);
  }
}

TEST_CASE("seed 000: ODS dump metadata, notes at their references, no artefacts", "[golden][seeds]") {
  const Conversion c = convert_file(shared_dir() + "/seeds/000_66e8b75daa607f5e.txt", "000.txt");
  const Resolution& r = c.resolution;
  CHECK(r.meta.symbol == "A/RES/57/224");
  CHECK(r.meta.ods_job_number == "N0255394E");
  CHECK(r.meta.issue_date->iso() == "2003-02-26");
  CHECK(r.meta.session_number == 57);
  CHECK(r.meta.agenda_item == "Agenda item 109 (b)");
  CHECK(r.number == "57/224");
  CHECK(r.title->text == "Enhancement of international cooperation in the field of human rights");
  CHECK(work_iri(r) == "/akn/un/statement/deliberation/unga/2002-12-18/57-224/");
  // Note 2 sits after "8 September 2000" (printed "20002"), note 3 ends the paragraph.
  const RichText& p2 = r.preamble[1].text;
  REQUIRE(p2.notes.size() == 2);
  CHECK(p2.text.substr(0, p2.notes[0].offset).ends_with("8 September 2000"));
  CHECK(p2.notes[1].offset == p2.text.size());
  CHECK(r.operative[4].text.text.find("Charter of the United Nations and international law") != std::string::npos);
  for (const char* artefact : {"Untied", "<<ODS", "[DU1]", "02 55394", "Distr.", "____", "----", "Fifty-seventh session"})
    CHECK(c.text.find(artefact) == std::string::npos);
  CHECK(c.akn.find("Untied") == std::string::npos);
}

TEST_CASE("seed 002: Markdown syntax is gone and masthead values kept", "[golden][seeds]") {
  const Conversion c = convert_file(shared_dir() + "/seeds/002_a9666ded5ad1a509.txt", "002.txt");
  for (const char* artefact : {"<sup>", "*", "#", "---", "Distr."}) CHECK(c.text.find(artefact) == std::string::npos);
  CHECK(c.resolution.meta.issue_date->iso() == "2004-03-09");
  CHECK(c.resolution.adoption_date->iso() == "2003-12-22");
  // The curly quotes of the document are kept.
  CHECK(c.text.find("\u201CGlobal Agenda for Dialogue among Civilizations\u201D") != std::string::npos);
}
