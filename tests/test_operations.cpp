// Operating the tool (issue 21): what happens when the machine lacks a
// piece (schema, OCR language, dictionary), strict configuration, install.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cleanup/dictionary.hpp"
#include "core/error.hpp"
#include "runner/environment.hpp"
#include "process.hpp"
#include "support.hpp"

using namespace akn;
using namespace akn::test;
namespace fs = std::filesystem;

namespace {
struct Scratch {
  fs::path path;
  Scratch() {
    static int n = 0;
    path = fs::temp_directory_path() / ("akn-ops-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~Scratch() { fs::remove_all(path); }
};

struct Outcome {
  int status = -1;
  std::string err;
};

// Runs the binary with `args` (shell words) and no AKN_SCHEMA_DIR, standard
// error kept.
Outcome run_binary(const Scratch& s, const std::string& args) {
  const fs::path err = s.path / "stderr.txt";
  const std::string cmd = "env -u AKN_SCHEMA_DIR '" + std::string(AKN_BINARY) + "' " + args + " > /dev/null 2> '" +
                          err.string() + "'";
  const int rc = std::system(cmd.c_str());
  return {WIFEXITED(rc) ? WEXITSTATUS(rc) : -1, read_file(err.string())};
}

std::string quoted(const fs::path& p) { return "'" + p.string() + "'"; }
}  // namespace

TEST_CASE("without the schema a run converts, says where it looked, and reports schemaValid null", "[ops][cli]") {
  if (!find_schema_dir("").empty()) {
    WARN("a schema is installed in a standard location: this machine cannot show its absence");
    return;
  }
  Scratch s;
  write(s.path / "etc/pipeline.toml", "[export]\nschema_dir = \"no-such-schema\"\n");
  write(s.path / "in/R.txt", read_file(shared_dir() + "/seeds/003_24bcb0a4a35d199b.txt"));
  const Outcome o = run_binary(s, "--log-format text --config " + quoted(s.path / "etc/pipeline.toml") + " --out " +
                                      quoted(s.path / "out") + " " + quoted(s.path / "in/R.txt"));
  INFO(o.err);
  REQUIRE(o.status == 0);
  // One notice, naming each place tried (the configured one resolved
  // against the file's folder) and where the schema is published.
  CHECK(o.err.find((s.path / "etc/no-such-schema").string()) != std::string::npos);
  CHECK(o.err.find("/usr/share/xml/akomantoso") != std::string::npos);
  CHECK(o.err.find("docs.oasis-open.org") != std::string::npos);
  CHECK(o.err.find("notice") == o.err.rfind("notice"));
  const auto report = nlohmann::json::parse(read_file((s.path / "out/report.json").string()));
  REQUIRE(report["documents"].size() == 1);
  CHECK(report["documents"][0]["status"] == "ok");
  CHECK(report["documents"][0]["quality"]["schemaValid"].is_null());
  CHECK(fs::exists(s.path / "out/R.akn.xml"));

  // AKN_SCHEMA_DIR is looked in next: the same run validates.
  const std::string env = "AKN_SCHEMA_DIR='" + shared_dir() + "/akn' ";
  const std::string cmd = env + "'" + std::string(AKN_BINARY) + "' -q --config " + quoted(s.path / "etc/pipeline.toml") +
                          " --force --out " + quoted(s.path / "out2") + " " + quoted(s.path / "in/R.txt") + " 2>/dev/null";
  REQUIRE(WEXITSTATUS(std::system(cmd.c_str())) == 0);
  const auto validated = nlohmann::json::parse(read_file((s.path / "out2/report.json").string()));
  CHECK(validated["documents"][0]["quality"]["schemaValid"] == true);

  // --validate asks for the schema: its absence is an environment failure.
  const Outcome strict = run_binary(s, "--validate --config " + quoted(s.path / "etc/pipeline.toml") + " --out " +
                                           quoted(s.path / "out3") + " " + quoted(s.path / "in/R.txt"));
  CHECK(strict.status == 3);
  CHECK(strict.err.find("akomantoso30.xsd") != std::string::npos);
}

TEST_CASE("a missing OCR language or dictionary stops the run before it starts, naming the package", "[ops][cli]") {
  Scratch s;
  write(s.path / "in/R.txt", read_file(shared_dir() + "/seeds/003_24bcb0a4a35d199b.txt"));
  const std::string config = "--config '" + source_dir() + "/pipeline.toml' ";
  // "qaa" is reserved for local use: no Tesseract data has it.
  const Outcome lang = run_binary(s, config + "--lang eng+qaa --out " + quoted(s.path / "out") + " " + quoted(s.path / "in"));
  INFO(lang.err);
  CHECK(lang.status == 3);
  CHECK(lang.err.find("tesseract-ocr-qaa") != std::string::npos);
  CHECK(lang.err.find("tesseract-ocr-eng") == std::string::npos);
  CHECK_FALSE(fs::exists(s.path / "out/report.json"));
  // Without OCR the language is not needed.
  CHECK(run_binary(s, config + "--ocr never --lang qaa --out " + quoted(s.path / "out") + " " + quoted(s.path / "in")).status == 0);

  write(s.path / "dict.toml", "[cleanup]\ndictionary_language = \"de_DE\"\ndictionary_dir = \"" + s.path.string() + "\"\n");
  const Outcome dict = run_binary(s, "--config " + quoted(s.path / "dict.toml") + " --out " + quoted(s.path / "out2") + " " +
                                         quoted(s.path / "in"));
  INFO(dict.err);
  CHECK(dict.status == 3);
  CHECK(dict.err.find("hunspell-de-de") != std::string::npos);
}

TEST_CASE("stage contracts throw typed errors, so a summary never says internal error", "[ops]") {
  CHECK_THROWS_AS(SchemaValidator("/no/such/akomantoso30.xsd"), EnvironmentError);
  CHECK_THROWS_AS(Dictionary("/no/such/dir", "en_US"), EnvironmentError);
  try {
    Dictionary("/no/such/dir", "fr_FR");
  } catch (const EnvironmentError& e) {
    CHECK(e.package() == "hunspell-fr");
  }
  CHECK(tesseract_package("chi_sim") == "tesseract-ocr-chi-sim");
  // A scan read in a language whose data is missing.
  PipelineConfig c = config();
  c.ingest.ocr.languages = "qaa";
  const Pipeline p(c);
  const std::string scan = read_file(source_dir() + "/fixtures/scan/sc_resolution_g4.tif");
  CHECK_THROWS_AS((void)p.convert("scan.tif", scan), EnvironmentError);
}

namespace {
// The message of the ConfigError that loading `toml` throws; "" when none.
std::string config_error(const Scratch& s, const std::string& toml) {
  const fs::path file = s.path / "pipeline.toml";
  write(file, toml);
  try {
    (void)load_config(file.string());
  } catch (const ConfigError& e) {
    return e.what();
  }
  return {};
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("a mistyped key or table is refused with its line and the nearest known key", "[ops][config]") {
  Scratch s;
  const std::string file = (s.path / "pipeline.toml").string();
  struct Case {
    const char* toml;
    const char* where;
    const char* hint;
  };
  const Case cases[] = {
      {"[bacth]\njobs = 2\n", ":1:", "did you mean [batch]?"},
      {"[batch]\njobs = 2\nmemory_limt_mb = 512\n", ":3:", "did you mean batch.memory_limit_mb?"},
      {"[ocr]\n\ndeskw = false\n", ":3:", "did you mean ocr.deskew?"},
      {"[export]\nvalidat = false\n", ":2:", "did you mean export.validate?"},
      {"[batch]\ndeskew = false\n", ":2:", "did you mean ocr.deskew?"},  // a key in the wrong table
      {"jobs = 4\n", ":1:", "belongs under [batch]"},
      {"[cleanup]\nphrase_files = [\"x.txt\"]\n", ":2:", "replaced by cleanup.confusion_files"},
  };
  int ran = 0;
  for (const Case& c : cases) {
    const std::string e = config_error(s, c.toml);
    INFO(c.toml << " -> " << e);
    CHECK(has(e, file + c.where));
    CHECK(has(e, c.hint));
    ++ran;
  }
  CHECK(ran == 7);
}

TEST_CASE("a value of the wrong type or out of range is refused with its line", "[ops][config]") {
  Scratch s;
  const std::string file = (s.path / "pipeline.toml").string();
  std::string e = config_error(s, "[batch]\n\njobs = \"four\"\n");
  CHECK(has(e, file + ":3: batch.jobs must be a whole number"));
  e = config_error(s, "[batch]\njobs = 2.5\n");
  CHECK(has(e, file + ":2: batch.jobs must be a whole number"));
  e = config_error(s, "[batch]\njobs = 2000\n");
  CHECK(has(e, file + ":2: batch.jobs must be between 0 and 1024"));
  e = config_error(s, "[batch]\nmemory_limit_mb = -1\n");
  CHECK(has(e, file + ":2: batch.memory_limit_mb must not be negative"));
  e = config_error(s, "[batch]\nmemory_limit_mb = 64\n");
  CHECK(has(e, file + ":2: batch.memory_limit_mb must be 0 or at least 128"));
  e = config_error(s, "[ocr]\nmode = \"sometimes\"\n");
  CHECK(has(e, file + ":2: ocr.mode must be one of"));
  e = config_error(s, "[batch]\nformats = [\"akn\", \"jsnol\"]\n");
  CHECK(has(e, file + ":2: batch.formats has an unknown value \"jsnol\" (did you mean jsonl?)"));
  e = config_error(s, "[cleanup]\npasses = [\"normalize_txt\"]\n");
  CHECK(has(e, "did you mean normalize_text?"));
  // Paths resolve against the file's folder.
  write(s.path / "sub/pipeline.toml", "[cleanup]\nconfusion_files = [\"mine.txt\"]\n[export]\nschema_dir = \"../xsd\"\n");
  const PipelineConfig c = read_config((s.path / "sub/pipeline.toml").string());
  REQUIRE(c.cleanup.confusion_files.size() == 1);
  CHECK(c.cleanup.confusion_files[0] == (s.path / "sub/mine.txt").string());
  CHECK(c.schema_dir == (s.path / "xsd").string());
}

TEST_CASE("a pass ordered before a pass it needs is a configuration error naming both", "[ops][config]") {
  Scratch s;
  const std::string e = config_error(
      s, "[cleanup]\npasses = [\"normalize_text\", \"unwrap_lines\", \"collect_footnotes\", \"link_footnotes\"]\n");
  INFO(e);
  CHECK(has(e, ":2: cleanup.passes: unwrap_lines needs collect_footnotes to run before it"));
  // Leaving a pass out is allowed: what a pass needs is needed only when listed.
  CHECK(config_error(s, "[cleanup]\npasses = [\"normalize_text\", \"unwrap_lines\"]\n").empty());
  // The default order satisfies every pass's needs.
  CHECK(config_error(s, "").empty());
}

TEST_CASE("pipeline.toml states every setting, with the built-in default", "[ops][config]") {
  const PipelineConfig file = read_config(source_dir() + "/pipeline.toml");
  const PipelineConfig built_in = default_config(source_dir());
  int ran = 0;
  for (const Setting& s : all_settings()) {
    INFO(s.name());
    CHECK(file.origin.count(s.name()) == 1);
    CHECK(s.get(file) == s.get(built_in));
    CHECK_FALSE(s.help.empty());
    ++ran;
  }
  CHECK(ran == 36);  // ocr.recheck_ocr_layers, ocr.page_threads and cleanup.measure_dictionaries added
  // --print-config prints every setting, and reads back to the same configuration.
  Scratch scratch;
  write(scratch.path / "printed.toml", to_toml(file));
  const PipelineConfig back = read_config((scratch.path / "printed.toml").string());
  CHECK(config_hash(back) == config_hash(file));
  for (const Setting& s : all_settings()) CHECK(back.origin.count(s.name()) == 1);
}

TEST_CASE("the command line takes -j4, --opt=value and - for standard input, and suggests the nearest option", "[ops][cli]") {
  Scratch s;
  write(s.path / "in/a/R.txt", read_file(shared_dir() + "/seeds/003_24bcb0a4a35d199b.txt"));
  write(s.path / "in/b/S.txt", read_file(shared_dir() + "/seeds/000_66e8b75daa607f5e.txt"));
  const std::string config = "--config='" + source_dir() + "/pipeline.toml' ";
  Outcome o = run_binary(s, config + "-j1 -q --include=R.txt --out=" + quoted(s.path / "out") + " " + quoted(s.path / "in"));
  INFO(o.err);
  REQUIRE(o.status == 0);
  const auto report = nlohmann::json::parse(read_file((s.path / "out/report.json").string()));
  CHECK(report["documents"].size() == 1);  // --include=R.txt took its value and nothing else
  CHECK(fs::exists(s.path / "out/a/R.akn.xml"));
  // --include GLOB takes one value: the input after it stays an input.
  o = run_binary(s, config + "-q --include R.txt --out " + quoted(s.path / "out2") + " " + quoted(s.path / "in"));
  CHECK(o.status == 0);
  CHECK(fs::exists(s.path / "out2/a/R.akn.xml"));

  o = run_binary(s, config + "--jbos 4 " + quoted(s.path / "in"));
  CHECK(o.status == 2);
  CHECK(has(o.err, "unknown option --jbos; did you mean --jobs?"));
  o = run_binary(s, config + "--jobs=2000 " + quoted(s.path / "in"));
  CHECK(o.status == 2);
  CHECK(has(o.err, "--jobs: batch.jobs must be between 0 and 1024"));
  o = run_binary(s, config + "--timeout soon " + quoted(s.path / "in"));
  CHECK(o.status == 2);
  CHECK(has(o.err, "--timeout needs a number"));

  // One document from standard input.
  const std::string cmd = "'" + std::string(AKN_BINARY) + "' " + config + "-q --out " + quoted(s.path / "out3") + " - < " +
                          quoted(s.path / "in/a/R.txt") + " 2>/dev/null";
  REQUIRE(WEXITSTATUS(std::system(cmd.c_str())) == 0);
  CHECK(fs::exists(s.path / "out3/stdin.akn.xml"));
  CHECK(read_file((s.path / "out3/stdin.txt").string()) == read_file((s.path / "out/a/R.txt").string()));
  CHECK(run_binary(s, config + "--out " + quoted(s.path / "out4") + " - " + quoted(s.path / "in")).status == 2);
}

TEST_CASE("a configuration error from the command line names the file and line, exit 2", "[ops][cli]") {
  Scratch s;
  write(s.path / "p.toml", "[batch]\nmemory_limt_mb = 512\n");
  const Outcome o = run_binary(s, "--config " + quoted(s.path / "p.toml") + " " + quoted(s.path));
  CHECK(o.status == 2);
  CHECK(has(o.err, (s.path / "p.toml").string() + ":2: unknown key batch.memory_limt_mb; did you mean batch.memory_limit_mb?"));
}

TEST_CASE("a document failing for the machine's fault is retried by the next run", "[ops][batch]") {
  Scratch s;
  write(s.path / "in/scan.tif", read_file(source_dir() + "/fixtures/scan/sc_resolution_g4.tif"));
  fs::create_directories(s.path / "no-tessdata");
  PipelineConfig c = config();
  c.ingest.ocr.languages = "spa+fra";  // an engine no other test reads with, so this process (workers are forked from it) does not hold it already
  RunOptions run;
  run.inputs = {(s.path / "in").string()};
  run.out_dir = (s.path / "out").string();
  run.log_format = LogFormat::text;
  run.quiet = true;
  run.state_path = (s.path / "state.sqlite").string();
  std::ostringstream log;
  // The language's data vanishes (a package removed, a wrong TESSDATA_PREFIX).
  const char* saved = std::getenv("TESSDATA_PREFIX");
  const std::string before = saved ? saved : "";
  ::setenv("TESSDATA_PREFIX", (s.path / "no-tessdata").c_str(), 1);
  const RunReport first = run_batch(c, run, log);
  if (saved) ::setenv("TESSDATA_PREFIX", before.c_str(), 1);
  else ::unsetenv("TESSDATA_PREFIX");
  REQUIRE(first.documents.size() == 1);
  const DocumentReport& failed = first.documents[0];
  INFO(failed.reason);
  CHECK(failed.status == Status::failed);
  CHECK(failed.retry);
  CHECK(failed.reason.find("internal error") == std::string::npos);
  CHECK(failed.reason.find("Tesseract") != std::string::npos);
  // Fixed: the same command converts it, though input and configuration are unchanged.
  const RunReport second = run_batch(c, run, log);
  REQUIRE(second.documents.size() == 1);
  CHECK(second.documents[0].status == Status::ok);
}
