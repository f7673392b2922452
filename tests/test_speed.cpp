// The speed work of issue 22 keeps every output byte for byte: the faster
// paths are checked here against what the plain ones write.
#include <catch2/catch.hpp>

#include <functional>
#include <map>
#include <optional>
#include <random>

#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "core/text_columns.hpp"
#include "export/export.hpp"
#include "export/quality_json.hpp"
#include "fuzz/targets.hpp"
#include "runner/report.hpp"
#include "runner/report_entry.hpp"

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
  q.notes_in_text = 3;
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

namespace {

// report.json of `documents` as written from their fields (stored entries
// set aside) and as written from their stored entries.
std::pair<std::string, std::string> both_ways(std::vector<DocumentReport> documents) {
  RunReport r;
  r.version = "1.0";
  r.config_hash = "abc";
  r.documents = documents;
  const std::string spliced = report_json(r);
  for (DocumentReport& d : r.documents) d.stored_entry.clear();
  return {report_json(r), spliced};
}

// A document as an unchanged rerun reads it from its stored entry.
DocumentReport read_back(const std::string& stored, Status status) {
  DocumentReport d = document_from_json(stored);
  d.stored_entry = stored;
  d.status = status;
  d.input = "elsewhere/" + d.input;
  return d;
}

}  // namespace

TEST_CASE("report.json copies a stored entry as it writes the fields read from it", "[speed][report]") {
  std::vector<DocumentReport> documents;
  for (int i = 0; i < 6; ++i) {
    DocumentReport d = sample_document(i);
    d.language_versions.clear();
    d.corpus.clear();
    if (i == 2) d.quality.reset(), d.warnings.clear();
    if (i == 3) d.reason = "why \"quoted\" \\ \u00e9 \u0001", d.page = 4, d.retry = true, d.messages = "said\nthis";
    if (i == 4) d.converted.clear(), d.run_id.clear();  // a deterministic run: "seconds" ends the entry
    documents.push_back(read_back(document_json(d), i == 3 ? Status::failed : Status::unchanged));
  }
  // What a run sets afresh on documents read back.
  documents[0].note = "not retried: ...";
  documents[1].corpus = "included";
  documents[2].language_versions.push_back({"fr", "fr/doc.txt"});
  documents[2].warnings.push_back("cross_language: 3 preambular paragraphs, but 4 in the fr version");
  documents[5].warnings.push_back("cross_language: added to stored ones");
  documents[5].relative = "moved/doc5.txt";
  const auto [fields, spliced] = both_ways(documents);
  CHECK(spliced == fields);
  CHECK(spliced == as_one_tree(spliced));
}

TEST_CASE("a worker's entry with the run's members spliced in is the entry written from its fields", "[speed][report]") {
  // The coordinator sets note, seconds, converted and runId on a worker's
  // entry; splicing them in must write what reading the entry, setting
  // them and writing it again writes.
  const std::vector<double> seconds = {0, 1.5e-7, 0.0004, 2.5, 12.3456789, 1e6};
  const std::vector<std::string> notes = {"", "collides with \"doc.pdf\": named doc-2", "é \\ \u0001"};
  int checked = 0;
  for (std::size_t i = 0; i < seconds.size(); ++i) {
    DocumentReport worker = sample_document(static_cast<int>(i));
    worker.language_versions.clear();
    worker.corpus.clear();
    worker.note.clear();
    worker.seconds = 0;
    worker.converted.clear();
    worker.run_id.clear();
    if (i == 1) worker.status = Status::failed, worker.reason = "why", worker.page = 2, worker.retry = true;
    if (i == 2) worker.quality.reset(), worker.warnings.clear(), worker.outputs.clear();
    const std::string entry = document_json(worker);
    DocumentReport run;
    run.note = notes[i % notes.size()];
    run.seconds = seconds[i];
    if (i % 2 == 0) run.converted = "2026-12-05T11:00:00.123Z", run.run_id = "20261205T110000Z-1a2b3c4d";
    DocumentReport expected = document_from_json(entry);
    expected.note = run.note;
    expected.seconds = run.seconds;
    expected.converted = run.converted;
    expected.run_id = run.run_id;
    CHECK(entry_with_run_fields(entry, run) == document_json(expected));
    // An entry not as document_json writes it (spaces) is read and written again.
    const std::string spaced = Json::parse(entry).dump(1);
    CHECK(entry_with_run_fields(spaced, run) == document_json(expected));
    ++checked;
  }
  CHECK(checked == 6);
  CHECK_THROWS_AS(entry_with_run_fields("{\"input\": ", DocumentReport{}), ReportError);
}

TEST_CASE("report.json copies stored strings ending in backslashes and every kind of number whole", "[speed][report]") {
  // The re-indent copies a string to its first quote after an even run of
  // backslashes, and a number or literal to the next token.
  const std::vector<std::string> texts = {"C:\\", "ends in two \\\\", "\\\"", "\\\\\"x", "", "{[,:]}", "\"\""};
  std::vector<DocumentReport> documents;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    DocumentReport d = sample_document(static_cast<int>(i));
    d.language_versions.clear();
    d.warnings = {texts[i], texts[(i + 1) % texts.size()]};
    d.reason = texts[i];
    d.page = static_cast<int>(i) - 3;
    d.seconds = i == 0 ? 0 : 1.5e-7 * static_cast<double>(i);
    d.counts = {{texts[i], i * 1000003}, {"pages", 0}};
    d.edits_by_kind = {{texts[(i + 2) % texts.size()], 7}};
    documents.push_back(read_back(document_json(d), Status::unchanged));
  }
  REQUIRE(documents.size() == 7);
  const auto [fields, spliced] = both_ways(documents);
  CHECK(spliced == fields);
  CHECK(spliced == as_one_tree(spliced));
}

TEST_CASE("a stored entry not as this program writes it is written from its fields", "[speed][report]") {
  const std::string entry = document_json(sample_document(1));
  const std::vector<std::string> others = {
      // spaces between tokens
      R"({"input": "a", "relative": "a", "status": "ok", "counts": {"pages": 1}, "seconds": 1})",
      // keys out of order, an unknown key
      R"({"relative":"a","input":"a","status":"ok","seconds":0.5})",
      R"({"input":"a","relative":"a","status":"ok","future":[1,{"x":2}],"seconds":0.5})",
      // a member document_object always writes is missing, a number not as dump writes it
      R"({"input":"a","relative":"a","status":"ok"})",
      R"({"input":"a","relative":"a","status":"ok","seconds":1.50})",
      // a repeated key
      R"({"input":"a","input":"b","relative":"a","status":"ok","seconds":0.5})"};
  int checked = 0;
  for (const std::string& stored : others) {
    INFO(stored);
    const auto [fields, spliced] = both_ways({read_back(stored, Status::unchanged), read_back(entry, Status::unchanged)});
    CHECK(Json::parse(spliced) == Json::parse(fields));
    ++checked;
  }
  CHECK(checked == 6);
  // What is not one JSON object is not read at all: the batch converts the document again.
  for (const char* bad : {"{\"input\": ", "[]", "\"text\"", "{\"input\":\"a\"} {}", "{\"input\":\"\xff\"}"})
    CHECK_THROWS_AS(document_from_json(bad), ReportError);
}

namespace {

// report.json of the same documents read back two ways: every field
// (document_from_json) and written from the fields, against as an
// unchanged rerun reads them (document_from_stored) and copies the stored
// entries. `set` is what the run sets afresh on each, the same both ways.
std::pair<std::string, std::string> full_and_light(const std::vector<std::string>& stored,
                                                   const std::function<void(std::size_t, DocumentReport&)>& set) {
  RunReport full, light;
  full.version = light.version = "1.0";
  full.config_hash = light.config_hash = "abc";
  for (std::size_t i = 0; i < stored.size(); ++i) {
    DocumentReport f = document_from_json(stored[i]);
    DocumentReport l = document_from_stored(stored[i]);
    for (DocumentReport* d : {&f, &l}) {
      d->status = Status::unchanged;
      set(i, *d);
    }
    full.documents.push_back(std::move(f));
    light.documents.push_back(std::move(l));
  }
  return {report_json(full), report_json(light)};
}

}  // namespace

TEST_CASE("an entry read for copying leaves what only report.json reads in the stored text", "[speed][report]") {
  DocumentReport d = sample_document(3);
  d.counts = {{"pages", 2}, {"edits", 17}, {"preamble", 5}, {"operative", 7}, {"annexes", 0}};
  const std::string stored = document_json(d);
  const DocumentReport full = document_from_json(stored);
  const DocumentReport light = document_from_stored(stored);
  CHECK(light.stored_entry == stored);
  CHECK(light.outputs.empty());
  CHECK(light.edits_by_kind.empty());
  CHECK(light.counts == std::map<std::string, std::size_t>{{"preamble", 5}, {"operative", 7}, {"annexes", 0}});
  // What the run reads of an unchanged document: as every field is read.
  CHECK(light.symbol == full.symbol);
  CHECK(light.language == full.language);
  CHECK(light.type == full.type);
  CHECK(light.warnings == full.warnings);
  REQUIRE(light.quality);
  CHECK(light.quality->score == full.quality->score);
  CHECK(light.seconds == full.seconds);
  CHECK(light.run_id == full.run_id);
  // An entry of an older form (spaces between tokens) is written from its
  // fields, so every field is read.
  const std::string older = Json::parse(stored).dump(1);
  const DocumentReport all = document_from_stored(older);
  CHECK(all.outputs == full.outputs);
  CHECK(all.edits_by_kind == full.edits_by_kind);
  CHECK(all.counts == full.counts);
  // The members it does not fill are still checked: a damaged one is refused.
  for (const char* bad : {R"({"input":"a","relative":"a","status":"ok","editsByKind":{"x":-1},"seconds":1})",
                          R"({"input":"a","relative":"a","status":"ok","outputs":{"akn":3},"seconds":1})",
                          R"({"input":"a","relative":"a","status":"ok","counts":{"edits":1.5},"seconds":1})"}) {
    INFO(bad);
    CHECK_THROWS_AS(document_from_json(bad), ReportError);
    CHECK_THROWS_AS(document_from_stored(bad), ReportError);
  }
}

TEST_CASE("report.json of entries read for copying is the one written from every field", "[speed][report]") {
  std::vector<std::string> stored;
  for (int i = 0; i < 6; ++i) {
    DocumentReport d = sample_document(i);
    d.language_versions.clear();
    d.corpus.clear();
    if (i == 2) d.quality.reset(), d.warnings.clear();
    if (i == 4) d.converted.clear(), d.run_id.clear();
    stored.push_back(document_json(d));
  }
  stored.push_back(Json::parse(stored[1]).dump(1));  // an older form: written from its fields both ways
  // Names a run sets afresh, with what its JSON writer escapes or replaces.
  const std::vector<std::string> names = {"plain/doc.txt", "a \"quoted\" name.txt", "back\\slash.txt", "caf\u00e9 \u2013.txt",
                                          "tab\there.txt", "bad \xff byte.txt", "del\x7f.txt"};
  const auto [full, light] = full_and_light(stored, [&](std::size_t i, DocumentReport& d) {
    d.input = "in/" + names[i % names.size()];
    d.relative = names[(i + 1) % names.size()];
    if (i == 0) d.note = "not retried: \"why\"";
    if (i == 1) d.corpus = "included";
    if (i == 3) {
      d.language_versions.push_back({"fr", "fr/doc.txt"});
      d.warnings.push_back("cross_language: 3 preambular paragraphs, but 4 in the fr version");
    }
  });
  CHECK(light == full);
  CHECK(light == as_one_tree(light));
  CHECK(Json::parse(light)["documents"].size() == 7);
}

TEST_CASE("a stored entry whose count or page is out of range is damaged and not read", "[speed][report]") {
  // libFuzzer found a count of 2.4e107 converted to size_t (undefined behaviour).
  const std::vector<std::string> bad = {
      R"({"input":"a","status":"ok","counts":{"edits":2.4e107}})",
      R"({"input":"a","status":"ok","counts":{"edits":-1}})",
      R"({"input":"a","status":"ok","counts":{"edits":1.5}})",
      R"({"input":"a","status":"ok","editsByKind":{"typo":18446744073709551616}})",
      R"({"input":"a","status":"failed","page":1e12})",
      R"({"input":"a","status":"failed","page":-3e10})",
      R"({"input":"a","status":"failed","page":"2"})"};
  int refused = 0;
  for (const std::string& stored : bad) {
    INFO(stored);
    CHECK_THROWS_AS(document_from_json(stored), ReportError);
    ++refused;
  }
  CHECK(refused == 7);
  // Whole numbers in range are read, written as floats or not.
  const DocumentReport fine = document_from_json(R"({"input":"a","status":"failed","page":2.0,"counts":{"edits":3.0,"pages":4}})");
  CHECK(fine.page == 2);
  CHECK(fine.counts.at("edits") == 3);
  CHECK(fine.counts.at("pages") == 4);
}

TEST_CASE("report entries are read with the events and the strictness of nlohmann's parser", "[speed][report]") {
  const std::vector<std::string> texts = {
      document_json(sample_document(3)),
      R"( {"a" : [1, -2, 3.5, -0, 0, 1e3, 2E-2, -1.25e+2, 18446744073709551615, 18446744073709551616, -9223372036854775809,
         1e-400, true, false, null, "", "\"\\\/\b\f\n\r\t", "\u00e9\ud83d\ude00\u0041", {}, []], "b": {"c": {"d": []}}} )",
      "\"caf\xc3\xa9 \xe2\x80\x93 \xf0\x9f\x98\x80\"", "0", "[]",
      // refused
      "", " ", "{", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "[1,]", "[1 2]", "01", "1.", ".5", "-", "1e", "+1", "tru", "nul",
      "\"a", "\"\\x\"", "\"\\u12\"", "\"\\ud83d\"", "\"\\ude00\"", "\"\\ud83d\\u0041\"", "\"\x01\"", "\"\xff\"",
      "\"\xc0\xaf\"", "\"\xed\xa0\x80\"", "\"\xf4\x90\x80\x80\"", "\"\xe2\x80\"", "1e999", "{} {}", "[] x", "NaN", "{1:2}"};
  int compared = 0;
  for (const std::string& text : texts) {
    INFO(text);
    CHECK(akn::fuzz::json_events(text, true) == akn::fuzz::json_events(text, false));
    ++compared;
  }
  CHECK(compared == 38);
  // Where nlohmann's lexer differs on purpose: a NUL byte is the end of its
  // input, so it would accept a value followed by one (and anything after).
  for (const std::string& text : {std::string("400\0F\0d", 7), std::string("{}\0", 3), std::string("\"a\0\"", 4)}) {
    INFO(text);
    CHECK(akn::fuzz::json_events(text, true) == "refused");
  }
  CHECK_THROWS_AS(document_from_json(std::string("{\"input\":\"a\"}\0x", 15)), ReportError);
}

namespace {
// The edit log as it was written before it was written straight out: a
// tree of nlohmann's, dumped (the reference for the direct writer).
Json reference_position(const Position& p) {
  Json j = Json::object();
  if (p.page > 0) j["page"] = p.page;
  if (p.line > 0) j["line"] = p.line;
  if (p.column > 0) j["column"] = p.column;
  return j;
}

Json reference_edit(const Edit& e) {
  Json x = {{"pass", e.pass}, {"kind", e.kind}};
  x["position"] = reference_position(e.where);
  x["before"] = e.before;
  x["after"] = e.after;
  if (!e.role.empty()) x["role"] = e.role;
  if (e.read_at) x["readAt"] = reference_position(*e.read_at);
  x["reason"] = e.reason;
  x["confidence"] = e.confidence;
  if (e.box) {
    auto r = [](double v) { return std::round(v * 10.0) / 10.0; };
    x["box"] = Json::array({r(e.box->x0), r(e.box->y0), r(e.box->x1), r(e.box->y1)});
  }
  return x;
}

// The edits and warnings of the reference dump, to compare with the direct
// writer's (the source and metadata are dumped by nlohmann in both).
Json reference_edits_and_warnings(const Document& doc) {
  Json j;
  Json edits = Json::array();
  for (const Edit& e : doc.log.edits()) edits.push_back(reference_edit(e));
  j["edits"] = std::move(edits);
  Json warnings = Json::array();
  for (const Diagnostic& d : doc.log.warnings()) {
    Json x = {{"stage", d.pass}};
    x["position"] = reference_position(d.where);
    x["message"] = d.message;
    warnings.push_back(std::move(x));
  }
  j["warnings"] = std::move(warnings);
  return j;
}
}  // namespace

TEST_CASE("the edit log written straight out is nlohmann's dump of it, byte for byte", "[speed][edits]") {
  const std::vector<std::string> texts = {"plain", "", "quote \" and \\ backslash", "tab\tnew\nline\x01",
                                          "é – ü 中文 العربية", "bad \xff\xfe utf-8 \xc3", "del \x7f"};
  const std::vector<double> numbers = {1.0, 0.0, -0.0, 0.85, 1e-7, 123456789012345678.0, 0.1 + 0.2,
                                       std::nan(""), 2.25};
  int variants = 0;
  for (std::size_t i = 0; i < texts.size() * numbers.size(); ++i) {
    Document doc;
    doc.source = {"in/" + texts[i % texts.size()], "pdf", "utf-8", std::string(64, 'b'), i};
    Edit e;
    e.pass = "pass " + std::to_string(i);
    e.kind = "kind";
    e.where = {static_cast<int>(i % 3), static_cast<int>(i % 2), 0};
    e.before = texts[i % texts.size()];
    e.after = texts[(i + 1) % texts.size()];
    e.reason = texts[(i + 2) % texts.size()];
    e.confidence = numbers[i % numbers.size()];
    if (i % 2) e.box = Box{numbers[i % numbers.size()], 12.34, 56.75, -0.04};
    if (i % 3 == 1) e.role = "furniture";
    if (i % 4 == 1) e.read_at = Position{i % 5 == 0 ? 0 : 2, 3, static_cast<int>(i)};
    doc.log.add(e);
    Edit second;
    second.pass = "second";
    doc.log.add(second);
    if (i % 2 == 0) doc.log.warn("stage", {static_cast<int>(i), 0, 0}, texts[(i + 3) % texts.size()]);
    Resolution res;
    res.type_evidence = texts[(i + 4) % texts.size()];
    const std::string written = write_edits_json(doc, res);
    const Json reference = reference_edits_and_warnings(doc);
    const std::string expected = reference.dump(2, ' ', false, Json::error_handler_t::replace);
    // The members after "typeEvidence", with their indentation.
    const std::size_t at = written.find("\n  \"edits\": ");
    REQUIRE(at != std::string::npos);
    CHECK(written.substr(at + 1) == expected.substr(2) + "\n");
    // And the whole is JSON, its type evidence escaped as nlohmann escapes it.
    CHECK(Json::parse(written)["typeEvidence"] ==
          Json::parse(Json(res.type_evidence).dump(-1, ' ', false, Json::error_handler_t::replace)));
    ++variants;
  }
  CHECK(variants == 63);
  // No edit, no warning: empty arrays on one line, as nlohmann writes them.
  const std::string empty = write_edits_json(Document{}, Resolution{});
  CHECK(empty.find("\"edits\": [],\n  \"warnings\": []\n}\n") != std::string::npos);
}

// The gutter of a -layout dump's page, found as it was before the speed work
// (each line's ink walked for every position), against dump_page_gutter's
// counts and its shortcut for pages with too few lines holding a gap.
namespace {
std::optional<std::size_t> reference_gutter(const Page& page, std::size_t min_lines) {
  std::vector<std::vector<bool>> ink;
  std::size_t widest = 0;
  for (const Line& l : page.lines) {
    if (is_blank(l.text)) continue;
    ink.push_back(inked(l.text));
    widest = std::max(widest, ink.back().size());
  }
  if (ink.size() < min_lines) return std::nullopt;
  const auto from = static_cast<std::size_t>(kGutterFrom * static_cast<double>(widest));
  const auto to = static_cast<std::size_t>(kGutterTo * static_cast<double>(widest));
  std::optional<std::size_t> best;
  std::size_t most = 0;
  const auto n = static_cast<double>(ink.size());
  for (std::size_t at = from; at < to; ++at) {
    std::size_t clear = 0, left = 0, right = 0;
    for (const std::vector<bool>& l : ink) {
      bool blank = true;
      for (std::size_t k = at; k < at + kGutterWidth && k < l.size(); ++k) blank = blank && !l[k];
      if (!blank) continue;
      ++clear;
      const auto gutter = l.begin() + static_cast<std::ptrdiff_t>(std::min(at, l.size()));
      left += static_cast<std::size_t>(std::count(l.begin(), gutter, true)) >= kMinColumnText;
      right += static_cast<std::size_t>(std::count(gutter, l.end(), true)) >= kMinColumnText;
    }
    const bool columns = static_cast<double>(clear) >= kGutterClearShare * n &&
                         static_cast<double>(left) >= kColumnLineShare * n && static_cast<double>(right) >= kColumnLineShare * n;
    if (columns && clear > most) most = clear, best = at;
  }
  return best;
}

// A page of `lines` lines: two columns (left text padded to `column`, a
// gutter of spaces or tabs, right text) on most, lines of one column, lines
// across the width, blank lines and non-Latin text, by a seeded generator.
Page generated_page(std::mt19937& rng, std::size_t lines, std::size_t column) {
  const std::vector<std::string> words = {"the", "Council,", "décide", "Генеральная", "الجمعية", "大会", "2024", "a)"};
  auto text = [&](std::size_t width) {
    std::string t;
    while (code_point_count(t) + 12 < width) t += (t.empty() ? "" : " ") + words[rng() % words.size()];
    return t;
  };
  Page page;
  for (std::size_t k = 0; k < lines; ++k) {
    Line l;
    switch (rng() % 20) {
      case 0: break;  // blank
      case 1: l.text = text(column * 2 + 4); break;  // across
      case 2: l.text = std::string(column + 4, ' ') + text(column); break;  // right column alone
      default: {
        std::string left = text(column);  // ragged, or filled to the column (justified)
        if (rng() % 2) left += std::string(column - code_point_count(left), 'x');
        const std::size_t gap = column + 3 + rng() % 3 - code_point_count(left);  // 3 to 5 blanks past the column
        left += rng() % 5 == 0 ? std::string(gap, '\t') : std::string(gap, ' ');
        l.text = left + text(column);
      }
    }
    page.lines.push_back(std::move(l));
  }
  return page;
}
}  // namespace

TEST_CASE("a -layout page's gutter is found where walking every line at every position finds it", "[speed][dumps]") {
  std::mt19937 rng(22);
  std::size_t pages = 0, gutters = 0, none = 0;
  for (std::size_t lines : {3U, 6U, 12U, 30U})
    for (std::size_t column : {20U, 36U, 50U})
      for (int round = 0; round < 25; ++round) {
        const Page page = generated_page(rng, lines, column);
        for (std::size_t min_lines : {kMinReadColumnPageLines, kMinColumnPageLines}) {
          const auto reference = reference_gutter(page, min_lines);
          CHECK(dump_page_gutter(page, min_lines) == reference);
          (reference ? gutters : none) += 1;
          ++pages;
        }
      }
  CHECK(pages == 600);
  INFO(gutters << " gutters, " << none << " none");
  CHECK(gutters > 80);  // both answers are asked for
  CHECK(none > 100);
}

TEST_CASE("a run of blanks is spaces or tabs in a row", "[speed][dumps]") {
  CHECK(has_blank_run("a   b", 3));
  CHECK(has_blank_run("a \t b", 3));
  CHECK_FALSE(has_blank_run("a  b  c", 3));
  CHECK_FALSE(has_blank_run("a\u00a0\u00a0\u00a0b", 3));  // no-break spaces are ink, as in inked()
  CHECK(has_blank_run("", 0));
  CHECK_FALSE(has_blank_run("", 1));
}
