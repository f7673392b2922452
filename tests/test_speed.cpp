// The speed work of issue 22 keeps every output byte for byte: the faster
// paths are checked here against what the plain ones write.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "export/export.hpp"
#include "export/quality_json.hpp"
#include "runner/report.hpp"

using namespace akn;
using Json = nlohmann::ordered_json;

namespace {

DocumentReport sample_document(int n) {
  DocumentReport d;
  d.input = "in/doc" + std::to_string(n) + ".txt";
  d.relative = "doc" + std::to_string(n) + ".txt";
  d.stem = "doc" + std::to_string(n);
  d.status = n % 2 ? Status::unchanged : Status::ok;
  d.sha256 = std::string(64, 'a');
  d.symbol = "A/RES/" + std::to_string(70 + n) + "/1";
  d.language = "en";
  d.language_versions.push_back({"fr", "fr/doc.txt"});
  d.type = "resolution";
  d.outputs = {{"akn", "out/doc.akn.xml"}, {"txt", "out/doc.txt"}};
  d.counts = {{"pages", 2}, {"edits", 17}};
  d.edits_by_kind = {{"furniture", 3}, {"typo \"quoted\"\tkind", 1}};
  d.warnings = {"unwrap (page 1): a line \"ends\" here\nand goes on", "é – non-ASCII"};
  Quality q;
  q.score = 0.87654321;
  q.dictionary = 0.912345;
  q.ocr_confidence = -1;
  q.schema_valid = n % 3 == 0 ? -1 : 1;
  q.unaccounted = 2;
  d.quality = q;
  d.corpus = "included";
  d.seconds = 0.1234567 * n;
  d.converted = "2026-12-03T09:00:00.000Z";
  d.run_id = "run";
  return d;
}

// What report_json wrote before it streamed the documents: the dump of
// the whole tree, as parsing its text and dumping it again gives.
std::string as_one_tree(const std::string& text) {
  return Json::parse(text).dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace

TEST_CASE("report.json written document by document is the dump of the whole report", "[speed][report]") {
  RunReport r;
  r.version = "1.0";
  r.config_hash = "abc";
  r.out_dir = "out";
  r.working_directory = "/w";
  SECTION("no documents, nothing after them") {
    const std::string text = report_json(r);
    CHECK(text == as_one_tree(text));
    CHECK(text.find("\"documents\": []") != std::string::npos);
  }
  SECTION("documents, stale outputs, shards and a corpus") {
    for (int i = 0; i < 3; ++i) r.documents.push_back(sample_document(i));
    r.stale = {"gone1", "gone2"};
    r.pruned = true;
    r.corpus_path = "out/corpus.jsonl";
    r.shard = 1;
    r.shards = 2;
    const std::string text = report_json(r);
    CHECK(text == as_one_tree(text));
    const Json back = Json::parse(text);
    REQUIRE(back["documents"].size() == 3);
    CHECK(back["documents"][2]["warnings"].get<std::vector<std::string>>() == r.documents[2].warnings);
    CHECK(back["stale"].get<std::vector<std::string>>() == r.stale);
  }
  SECTION("one document, nothing after it") {
    r.documents.push_back(sample_document(1));
    const std::string text = report_json(r);
    CHECK(text == as_one_tree(text));
  }
}

TEST_CASE("the quality object is what write_quality_json writes", "[speed][report]") {
  Quality q;
  q.score = 1.0 / 3.0;
  q.dictionary = 0.5;
  q.schema_valid = 0;
  CHECK(quality_object(q).dump() == write_quality_json(q));
  CHECK(Json::parse(write_quality_json(q)) == quality_object(q));
}

TEST_CASE("a report entry read without a tree gives back every field", "[speed][report]") {
  int checked = 0;
  for (int i = 0; i < 3; ++i) {
    DocumentReport d = sample_document(i);
    d.page = 3;
    d.retry = i == 1;
    d.reason = "why \"quoted\" \\ \u00e9";
    d.note = "renamed";
    d.messages = "worker said\nthis";
    d.duplicate_of = "other.txt";
    if (i == 2) d.quality.reset();
    d.language_versions.clear();  // found again by each run, never read back
    const std::string json = document_json(d);
    const DocumentReport back = document_from_json(json);
    CHECK(document_json(back) == json);
    CHECK(back.warnings == d.warnings);
    CHECK(back.page == 3);
    ++checked;
  }
  CHECK(checked == 3);
  // Figures missing or null take quality_from's defaults.
  const DocumentReport sparse = document_from_json(
      R"({"input":"a","status":"ok","quality":{"score":-1,"ocrConfidence":null,"unaccounted":2,"schemaValid":null},"languageVersions":[{"language":"fr","input":"b"}]})");
  REQUIRE(sparse.quality);
  CHECK(sparse.quality->score == 0);
  CHECK(sparse.quality->ocr_confidence == -1);
  CHECK(sparse.quality->dictionary == -1);
  CHECK(sparse.quality->conservation == 1);
  CHECK(sparse.quality->unaccounted == 2);
  CHECK(sparse.quality->schema_valid == -1);
  CHECK(sparse.input == "a");
  CHECK(sparse.relative.empty());
  CHECK_THROWS_AS(document_from_json("{\"input\": "), ReportError);
}
