// The batch runner as archivists and nightly jobs use it: incremental runs,
// renamed and duplicate inputs, crash safety under kill -9, isolation of
// crashing and hanging documents, shards and merge, the corpus, inputs and
// exit codes. Runs the akn-ingest binary as a user would.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "core/sha256.hpp"
#include "runner/inputs.hpp"
#include "runner/plan.hpp"
#include "runner/run_log.hpp"
#include "runner/state.hpp"
#include "process.hpp"
#include "support.hpp"

extern char** environ;

using namespace akn::test;
namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

std::string seed(int n) {
  static const char* names[] = {"000_66e8b75daa607f5e", "001_cbfe36c8a26a7eb2", "002_a9666ded5ad1a509",
                                "003_24bcb0a4a35d199b", "004_acb2b404cac51b83"};
  return read_file(shared_dir() + "/seeds/" + names[n] + ".txt");
}

int run(std::vector<std::string> args) {
  Run r(std::move(args));
  const int rc = r.wait();
  if (rc != 0 && rc != 1) UNSCOPED_INFO(r.log());
  return rc;
}

Json report(const fs::path& out, const std::string& name = "report.json") {
  return Json::parse(read_file((out / name).string()));
}

std::map<std::string, Json> by_relative(const Json& r) {
  std::map<std::string, Json> m;
  for (const Json& d : r["documents"]) m[d["relative"].get<std::string>()] = d;
  return m;
}

// Every file under `dir` but the run's own bookkeeping, with its bytes.
std::map<std::string, std::string> tree(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (!e.is_regular_file()) continue;
    const std::string rel = fs::relative(e.path(), dir).string();
    if (rel.rfind(".akn-state", 0) == 0 || rel.rfind("report", 0) == 0) continue;
    files[rel] = read_file(e.path().string());
  }
  return files;
}

// No temporary file anywhere under `dir`.
void check_no_temporaries(const fs::path& dir) {
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    INFO(e.path().string());
    CHECK(name.find(".tmp") == std::string::npos);
    CHECK(name.rfind(".akn-tmp", 0) != 0);
  }
}

// A small dump: the five seeds, the Markdown and cp1252 fixtures, and the
// born-digital PDF fixtures.
void make_dump(const fs::path& in, bool with_pdfs = true) {
  for (int i = 0; i < 5; ++i) write(in / ("seeds/s" + std::to_string(i) + ".txt"), seed(i));
  write(in / "md/hre.md", read_file(source_dir() + "/fixtures/markdown/human_rights_education.md"));
  write(in / "cp1252.txt", read_file(source_dir() + "/fixtures/text/archives_wrapped_cp1252.txt"));
  if (with_pdfs) {
    write(in / "pdf/ga_parts.pdf", read_file(source_dir() + "/fixtures/pdf/ga_parts.pdf"));
    write(in / "pdf/sc_resolution.pdf", read_file(source_dir() + "/fixtures/pdf/sc_resolution.pdf"));
  }
}

std::int64_t mtime_ns(const fs::path& p) {
  struct stat st {};
  ::stat(p.c_str(), &st);
  return static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
}

}  // namespace

TEST_CASE("inputs: paths are joined as std::filesystem joins them, and each carries its source path", "[batch]") {
  TempDir t;
  write(t.path / "in/b.txt", "1");
  write(t.path / "in/a/c.txt", "2");
  write(t.path / "in/a/.hidden.txt", "3");
  fs::create_directories(t.path / "in/empty");
  fs::create_symlink(t.path / "in/a", t.path / "in/link-to-a");  // a link to a directory: not walked
  std::size_t ran = 0;
  for (const std::string& root : {(t.path / "in").string(), (t.path / "in").string() + "/", (t.path / "in").string() + "//",
                                  (t.path / "in/../in").string()}) {
    const auto listing = akn::list_inputs({root}, (t.path / "out").string(), {});
    std::vector<std::string> relative;
    for (const auto& f : listing.files) {
      relative.push_back(f.relative);
      CHECK(f.path == (fs::path(root) / f.relative).string());
      CHECK(f.source == akn::source_path(f.path));
      CHECK(f.source == (t.path / "in" / f.relative).lexically_normal().string());
    }
    CHECK(relative == std::vector<std::string>{"a/.hidden.txt", "a/c.txt", "b.txt", "link-to-a"});
    ++ran;
  }
  CHECK(ran == 4);
}

TEST_CASE("inputs: output stems are unique, predictable and independent of the shard count", "[batch]") {
  TempDir t;
  const fs::path a = t.path / "a", b = t.path / "other/a";
  write(a / "x.txt", "1");
  write(a / "x.md", "2");
  write(a / "sub/y.pdf", "3");
  write(a / "notes.docx", "4");
  write(b / "sub/y.pdf", "5");
  const auto listing = akn::list_inputs({a.string(), b.string()}, (t.path / "out").string(), {});
  std::map<std::string, akn::InputFile> got;
  for (const auto& f : listing.files) got[f.relative] = f;
  REQUIRE(got.size() == 5);
  // Two roots of the same name: a and a~2; x.md and x.txt keep their extensions.
  CHECK(got.at("a/x.md").stem == "a/x.md");
  CHECK(got.at("a/x.txt").stem == "a/x.txt");
  CHECK(got.at("a/x.txt").note.find("2 inputs would write a/x.*") != std::string::npos);
  CHECK(got.at("a/sub/y.pdf").stem == "a/sub/y");
  CHECK(got.at("a~2/sub/y.pdf").stem == "a~2/sub/y");
  CHECK(got.at("a/notes.docx").skip.find("unsupported file kind (.docx)") == 0);

  // Shards: every input in exactly one of them, with the same stem as unsharded.
  for (unsigned n : {2u, 3u, 7u}) {
    std::multiset<std::string> seen;
    for (unsigned k = 0; k < n; ++k)
      for (const auto& f : akn::list_inputs({a.string(), b.string()}, (t.path / "out").string(), {{}, {}, k, n}).files) {
        seen.insert(f.relative);
        CHECK(f.stem == got.at(f.relative).stem);
      }
    CHECK(seen.size() == got.size());
    for (const auto& [rel, f] : got) CHECK(seen.count(rel) == 1);
  }
  CHECK(akn::glob_matches("*.pdf", "a/sub/y.pdf"));
  CHECK_FALSE(akn::glob_matches("sub/*.pdf", "a/sub/y.pdf"));
  CHECK(akn::glob_matches("a/*.pdf", "a/sub/y.pdf"));  // '*' crosses '/' in a path glob
}

TEST_CASE("incremental: an unchanged input is skipped, a changed one or a changed configuration redone", "[batch]") {
  TempDir t;
  const fs::path in = t.path / "in", out = t.path / "out";
  make_dump(in, false);
  REQUIRE(run({"--out", out.string(), "-j", "2", in.string()}) == 0);
  auto first = by_relative(report(out));
  REQUIRE(first.size() == 7);
  for (const auto& [rel, d] : first) CHECK(d["status"] == "ok");
  const auto outputs_before = tree(out);
  const auto akn_mtime = mtime_ns(out / "seeds/s0.akn.xml");

  // Unchanged: nothing converted, nothing rewritten, the same figures reported.
  REQUIRE(run({"--out", out.string(), in.string()}) == 0);
  auto second = by_relative(report(out));
  for (const auto& [rel, d] : second) {
    INFO(rel);
    CHECK(d["status"] == "unchanged");
    CHECK(d["counts"] == first[rel]["counts"]);
    CHECK(d["quality"] == first[rel]["quality"]);
  }
  CHECK(mtime_ns(out / "seeds/s0.akn.xml") == akn_mtime);
  CHECK(tree(out) == outputs_before);

  // One input changed: only it is converted.
  write(in / "seeds/s1.txt", seed(1) + "\nThe General Assembly takes note.\n");
  REQUIRE(run({"--out", out.string(), in.string()}) == 0);
  auto third = by_relative(report(out));
  for (const auto& [rel, d] : third) CHECK(d["status"] == (rel == "seeds/s1.txt" ? "ok" : "unchanged"));

  // A deleted output makes its input convert again.
  fs::remove(out / "seeds/s2.txt");
  REQUIRE(run({"--out", out.string(), in.string()}) == 0);
  CHECK(by_relative(report(out))["seeds/s2.txt"]["status"] == "ok");
  CHECK(fs::exists(out / "seeds/s2.txt"));
  // The outputs are looked up in a listing of their directory: an output
  // that is a link to a file is there, as stat says; one whose link leads
  // nowhere is not.
  fs::rename(out / "seeds/s2.txt", t.path / "s2-kept.txt");
  fs::create_symlink(t.path / "s2-kept.txt", out / "seeds/s2.txt");
  fs::remove(out / "seeds/s0.txt");
  fs::create_symlink(t.path / "nowhere.txt", out / "seeds/s0.txt");
  REQUIRE(run({"--out", out.string(), in.string()}) == 0);
  auto linked = by_relative(report(out));
  CHECK(linked["seeds/s2.txt"]["status"] == "unchanged");
  CHECK(linked["seeds/s0.txt"]["status"] == "ok");
  CHECK(linked["seeds/s1.txt"]["status"] == "unchanged");

  // Another configuration: everything again.
  write(in / "seeds/s1.txt", seed(1));
  std::string toml = read_file(source_dir() + "/pipeline.toml");
  const auto at = toml.find("text_notes = \"end\"");
  REQUIRE(at != std::string::npos);
  toml.replace(at, 18, "text_notes = \"omit\"");
  toml = std::regex_replace(toml, std::regex("schema_dir = \"[^\"]*\""), "schema_dir = \"" + shared_dir() + "/akn\"");
  write(t.path / "omit.toml", toml);
  {
    Run r({"--config", (t.path / "omit.toml").string(), "--out", out.string(), in.string()}, false);
    REQUIRE(r.wait() == 0);
  }
  for (const auto& [rel, d] : by_relative(report(out))) CHECK(d["status"] == "ok");
  // Converted again, an output whose bytes did not change is left in place
  // with its time (the notes are left out of the text, not of the AKN);
  // the changed one is replaced.
  CHECK(mtime_ns(out / "seeds/s0.akn.xml") == akn_mtime);
  CHECK(read_file((out / "seeds/s0.akn.xml").string()) == outputs_before.at("seeds/s0.akn.xml"));
  const std::string without_notes = read_file((out / "seeds/s0.txt").string());
  CHECK(without_notes != outputs_before.at("seeds/s0.txt"));
  CHECK(without_notes.find("\nNotes\n") == std::string::npos);
  // --force: everything again, whatever the state says.
  REQUIRE(run({"--out", out.string(), "--force", in.string()}) == 0);
  for (const auto& [rel, d] : by_relative(report(out))) CHECK(d["status"] == "ok");
  CHECK(tree(out) == outputs_before);  // the same configuration gives the same bytes
  CHECK(mtime_ns(out / "seeds/s0.akn.xml") == akn_mtime);
}

namespace {
// report.json's text as nlohmann writes the whole report (keys in their order).
std::string as_written(const std::string& text) {
  using Ordered = nlohmann::ordered_json;
  return Ordered::parse(text).dump(2, ' ', false, Ordered::error_handler_t::replace) + "\n";
}
}  // namespace

TEST_CASE("an unchanged rerun reports each document as the first run did, and a damaged stored entry is converted again",
          "[batch][speed]") {
  TempDir t;
  const fs::path in = t.path / "in", out = t.path / "out";
  make_dump(in, false);
  REQUIRE(run({"--out", out.string(), "-j", "2", in.string()}) == 0);
  const Json first = report(out);
  const auto first_docs = by_relative(first);
  REQUIRE(first_docs.size() == 7);

  // Unchanged: every entry is the first run's but for its status, and the
  // text is as nlohmann writes the whole report.
  REQUIRE(run({"--out", out.string(), in.string()}) == 0);
  const std::string text = read_file((out / "report.json").string());
  const Json second = Json::parse(text);
  CHECK(text == as_written(text));
  int compared = 0;
  for (const auto& [rel, d] : by_relative(second)) {
    INFO(rel);
    Json expected = first_docs.at(rel);
    expected["status"] = "unchanged";
    CHECK(d == expected);
    ++compared;
  }
  CHECK(compared == 7);

  // Stored entries damaged: not JSON, not an object, another program's
  // spacing. The first two are converted again, the third read as it is.
  {
    std::string warning;
    akn::StateStore state((out / ".akn-state.sqlite").string(), warning);
    const std::map<std::string, std::string> damage = {
        {"seeds/s0", "{\"input\": "}, {"seeds/s1", "[]"}, {"seeds/s2", ""}};
    for (const auto& [stem, entry] : damage) {
      auto record = state.at(stem);
      REQUIRE(record);
      record->report = entry.empty() ? Json::parse(record->report).dump(1) : entry;
      state.put(*record);
    }
  }
  Run again({"--out", out.string(), in.string()});
  REQUIRE(again.wait() == 0);
  CHECK(again.log().find("the stored report entry of seeds/s0.txt cannot be read") != std::string::npos);
  const std::string third_text = read_file((out / "report.json").string());
  const auto third = by_relative(Json::parse(third_text));
  CHECK(third_text == as_written(third_text));
  int checked = 0;
  for (const auto& [rel, d] : third) {
    INFO(rel);
    const bool damaged = rel == "seeds/s0.txt" || rel == "seeds/s1.txt";
    CHECK(d["status"] == (damaged ? "ok" : "unchanged"));
    for (const char* same : {"counts", "quality", "warnings", "outputs", "corpus", "sha256"}) CHECK(d.value(same, Json()) == first_docs.at(rel).value(same, Json()));
    ++checked;
  }
  CHECK(checked == 7);
  // Converted again, their records are whole again.
  REQUIRE(run({"--out", out.string(), in.string()}) == 0);
  for (const auto& [rel, d] : by_relative(report(out))) CHECK(d["status"] == "unchanged");
}

TEST_CASE("each input's digest in the report and edit log is the SHA-256 of the bytes converted", "[batch]") {
  // The coordinator hashes every input to decide what to convert, and its
  // workers reuse that digest instead of hashing large files again: it must
  // still name the bytes that were read, after an edit that keeps the size.
  TempDir t;
  const fs::path in = t.path / "in", out = t.path / "out";
  make_dump(in);
  const auto check_digests = [&] {
    for (const auto& [rel, d] : by_relative(report(out))) {
      INFO(rel);
      const std::string digest = akn::sha256_hex(read_file((in / rel).string()));
      CHECK(d["sha256"] == digest);
      const fs::path edits = d["outputs"]["edits"].get<std::string>();
      CHECK(Json::parse(read_file(edits.string()))["source"]["sha256"] == digest);
    }
  };
  REQUIRE(run({"--out", out.string(), "-j", "2", in.string()}) == 0);
  check_digests();
  // The same size, another content: converted again under its new digest.
  std::string text = seed(0);
  const auto at = text.find("General Assembly");
  REQUIRE(at != std::string::npos);
  text.replace(at, 16, "GENERAL ASSEMBLY");
  write(in / "seeds/s0.txt", text);
  REQUIRE(run({"--out", out.string(), "-j", "2", in.string()}) == 0);
  CHECK(by_relative(report(out))["seeds/s0.txt"]["status"] == "ok");
  check_digests();
}

TEST_CASE("renamed inputs keep their outputs, identical inputs are converted once", "[batch]") {
  TempDir t;
  const fs::path in = t.path / "in", out = t.path / "out", fresh = t.path / "fresh";
  make_dump(in, false);
  REQUIRE(run({"--out", out.string(), in.string()}) == 0);
  fs::create_directories(in / "moved");
  fs::rename(in / "seeds/s3.txt", in / "moved/r3.txt");
  REQUIRE(run({"--out", out.string(), in.string()}) == 0);
  auto r = by_relative(report(out));
  CHECK(r["moved/r3.txt"]["status"] == "renamed");
  CHECK(r["moved/r3.txt"]["note"].get<std::string>().find("renamed from seeds/s3.txt") == 0);
  CHECK_FALSE(fs::exists(out / "seeds/s3.akn.xml"));
  // The moved outputs are those a fresh conversion under the new name makes.
  REQUIRE(run({"--out", fresh.string(), in.string()}) == 0);
  for (const char* ext : {".akn.xml", ".txt", ".edits.json"}) {
    INFO(ext);
    CHECK(read_file((out / ("moved/r3" + std::string(ext))).string()) ==
          read_file((fresh / ("moved/r3" + std::string(ext))).string()));
  }

  // A copy: converted once, the copy reported as a duplicate, no outputs of its own.
  fs::copy_file(in / "seeds/s4.txt", in / "seeds/s4 copy.txt");
  REQUIRE(run({"--out", out.string(), in.string()}) == 0);
  r = by_relative(report(out));
  CHECK(r["seeds/s4 copy.txt"]["status"] == "duplicate");
  CHECK(r["seeds/s4 copy.txt"]["duplicateOf"].get<std::string>().ends_with("seeds/s4.txt"));
  CHECK(r["seeds/s4.txt"]["status"] == "unchanged");
  CHECK_FALSE(fs::exists(out / "seeds/s4 copy.akn.xml"));
  CHECK(report(out)["summary"]["duplicate"] == 1);
}

TEST_CASE("kill -9 at any moment: the next run finishes the job with byte-identical outputs", "[batch]") {
  TempDir t;
  const fs::path in = t.path / "in", reference = t.path / "reference";
  make_dump(in);
  const std::vector<std::string> common = {"--format", "akn,txt,edits,jsonl", "--log-format", "json", "-j", "2"};
  auto args = [&](const fs::path& out) {
    std::vector<std::string> a = common;
    a.insert(a.end(), {"--out", out.string(), in.string()});
    return a;
  };
  REQUIRE(run(args(reference)) == 0);
  const auto expected = tree(reference);
  REQUIRE(expected.count("corpus.jsonl") == 1);

  // Killed when the first document starts, after 1, 3 and 6 documents, and
  // three times in a row in the same directory (after 1 document each time:
  // a kill lands a few documents late on a loaded machine, and the third run
  // must still have documents left to be killed among; waiting for 4 after
  // 2 failed a CI run with 9 documents).
  const std::vector<std::vector<int>> plans = {{0}, {1}, {3}, {6}, {0, 1, 1}};
  int case_no = 0;
  for (const auto& plan : plans) {
    const fs::path out = t.path / ("killed" + std::to_string(case_no++));
    for (int after : plan) {
      Run r(args(out));
      int done = 0;
      const Json hit = r.until([&](const Json& e) {
        if (e.value("event", "") == "document" && e.value("status", "") == "ok") ++done;
        return (after == 0 && e.value("event", "") == "start") || (after > 0 && done >= after);
      });
      REQUIRE_FALSE(hit.is_null());
      ::kill(r.pid(), SIGKILL);
      CHECK(r.wait() == 128 + SIGKILL);
    }
    // Workers die with their coordinator: nothing writes behind the next run.
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    Run finish(args(out));
    REQUIRE(finish.wait() == 0);
    INFO(finish.log());
    CHECK(tree(out) == expected);
    check_no_temporaries(out);
  }
}

TEST_CASE("a crashing and a hanging document fail alone, the batch goes on", "[batch]") {
  TempDir t;
  const fs::path in = t.path / "in", out = t.path / "out";
  make_dump(in, false);
  // Two slow documents (OCR), each to be sabotaged when its worker starts it.
  write(in / "scan/crash.pdf", read_file(source_dir() + "/fixtures/scan/ga_parts_photo.pdf"));
  write(in / "scan/hang.tif", read_file(source_dir() + "/fixtures/scan/sc_resolution_g4.tif"));
  std::string toml = read_file(source_dir() + "/pipeline.toml");
  toml = std::regex_replace(toml, std::regex("schema_dir = \"[^\"]*\""), "schema_dir = \"" + shared_dir() + "/akn\"");
  const std::string fast = std::regex_replace(toml, std::regex("\npage_timeout = [0-9]+"), "\npage_timeout = 4");
  REQUIRE(fast != toml);
  write(t.path / "fast.toml", fast);
  write(t.path / "patient.toml", toml);  // the same conversion, the default page_timeout
  Run r({"--config", (t.path / "fast.toml").string(), "--out", out.string(), "-j", "2", "--log-format", "json",
         in.string()},
        false);
  std::set<std::string> sabotaged;
  for (std::string l; sabotaged.size() < 2 && r.line(l);) {
    const Json e = Json::parse(l, nullptr, false);
    if (e.is_discarded() || e.value("event", "") != "start") continue;
    const std::string input = e["input"];
    const pid_t worker = e["worker"].get<pid_t>();
    if (input.ends_with("crash.pdf")) ::kill(worker, SIGSEGV), sabotaged.insert(input);
    if (input.ends_with("hang.tif")) ::kill(worker, SIGSTOP), sabotaged.insert(input);
  }
  REQUIRE(sabotaged.size() == 2);
  CHECK(r.wait() == 1);
  const auto docs = by_relative(report(out));
  const Json& crashed = docs.at("scan/crash.pdf");
  CHECK(crashed["status"] == "failed");
#if defined(__SANITIZE_ADDRESS__)
  // AddressSanitizer catches the signal, symbolises a report and exits
  // (status 1, or SIGABRT with abort_on_error); on a loaded machine that can
  // outlast the 4 s page watchdog.
  const std::string why = crashed["reason"];
  INFO(why);
  CHECK((why.find("the worker crashed: ") == 0 || why.find("the worker exited unexpectedly") == 0 ||
         why.find("hung: no progress") == 0));
  CHECK(why.find("out of memory") == std::string::npos);
#else
  CHECK(crashed["reason"].get<std::string>().find("the worker crashed: SIGSEGV (Segmentation fault)") == 0);
  CHECK(crashed["reason"].get<std::string>().find("out of memory") == std::string::npos);
#endif
  CHECK(crashed["retry"] == true);
  const Json& hung = docs.at("scan/hang.tif");
  CHECK(hung["status"] == "failed");
  CHECK(hung["reason"].get<std::string>().find("hung: no progress for 4") == 0);
  std::size_t ok = 0;
  for (const auto& [rel, d] : docs) ok += d["status"] == "ok" ? 1u : 0u;
  CHECK(ok == 7);
  CHECK_FALSE(fs::exists(out / "scan/crash.akn.xml"));
  // A failure of the run, not of the input: the next run tries them again.
  // (With the default page_timeout: a sanitizer build reads a page slowly.)
  Run again({"--config", (t.path / "patient.toml").string(), "--out", out.string(), "--log-format", "json", in.string()},
            false);
  CHECK(again.wait() == 0);
  const auto redone = by_relative(report(out));
  CHECK(redone.at("scan/crash.pdf")["status"] == "ok");
  CHECK(redone.at("scan/hang.tif")["status"] == "ok");
  CHECK(redone.at("seeds/s0.txt")["status"] == "unchanged");
}

TEST_CASE("a document over the time limit is stopped and reported with its page", "[batch]") {
  TempDir t;
  const fs::path out = t.path / "out";
  write(t.path / "in/slow.tif", read_file(source_dir() + "/fixtures/scan/sc_resolution_g4.tif"));
  write(t.path / "in/quick.txt", seed(0));
  Run r({"--out", out.string(), "--timeout", "1", "--log-format", "json", (t.path / "in").string()});
  CHECK(r.wait() == 1);
  const auto docs = by_relative(report(out));
  CHECK(docs.at("quick.txt")["status"] == "ok");
  const std::string reason = docs.at("slow.tif")["reason"];
  CHECK(reason.find("timed out: still running after 1.0 s") == 0);
  CHECK(reason.find("while on page") != std::string::npos);
  CHECK(docs.at("slow.tif")["page"].get<int>() >= 1);
}

TEST_CASE("shards cover every input exactly once and merge into one report and corpus", "[batch]") {
  TempDir t;
  const fs::path in = t.path / "in", out = t.path / "out", whole = t.path / "whole";
  make_dump(in);
  write(in / "copy/s0.txt", seed(0));  // the same document in two places
  write(in / "junk.docx", "PK");
  const unsigned n = 3;
  for (unsigned k = 0; k < n; ++k) {
    const int rc = run({"--out", out.string(), "--shard", std::to_string(k) + "/" + std::to_string(n), "--format",
                        "akn,txt,edits,jsonl", in.string()});
    CHECK(rc == 0);
  }
  std::multiset<std::string> seen;
  for (unsigned k = 0; k < n; ++k) {
    const Json r = report(out, "report.shard-" + std::to_string(k) + "-of-3.json");
    CHECK(r["shard"]["index"] == k);
    for (const Json& d : r["documents"]) seen.insert(d["relative"].get<std::string>());
  }
  REQUIRE(run({"--out", whole.string(), "--format", "akn,txt,edits,jsonl", in.string()}) == 0);
  const Json single = report(whole);
  CHECK(seen.size() == single["documents"].size());
  for (const Json& d : single["documents"]) CHECK(seen.count(d["relative"].get<std::string>()) == 1);
  // The shards' outputs are the single run's outputs.
  // (Identical inputs in two shards are converted by each: only the merge
  // sees both.)
  auto sharded = tree(out);
  const auto unsharded = tree(whole);
  for (const auto& [name, bytes] : unsharded) {
    if (name.rfind("corpus", 0) == 0) continue;
    INFO(name);
    CHECK(sharded[name] == bytes);
  }
  for (const auto& [name, bytes] : sharded)
    if (name.rfind("corpus", 0) != 0 && !unsharded.count(name)) {
      INFO(name);
      CHECK((name.rfind("copy/s0.", 0) == 0 || name.rfind("seeds/s0.", 0) == 0));
    }

  Run merge({"merge", out.string()});
  CHECK(merge.wait() == 0);
  const Json merged = report(out);
  CHECK(merged["summary"]["inputs"] == single["documents"].size());
  CHECK(merged["summary"]["shards"] == 3);
  CHECK(merged["summary"]["skipped"] == 1);
  // One corpus record per distinct document, whichever shard converted it.
  std::set<std::string> ids;
  std::size_t lines = 0;
  std::ifstream corpus(out / "corpus.jsonl");
  for (std::string l; std::getline(corpus, l); ++lines) ids.insert(Json::parse(l)["id"].get<std::string>());
  CHECK(lines == ids.size());
  CHECK(lines == 9);  // 11 inputs: a .docx and a second copy of s0
  // A missing shard is an error.
  fs::remove(out / "report.shard-1-of-3.json");
  Run incomplete({"merge", out.string()});
  CHECK(incomplete.wait() == 1);
  CHECK(incomplete.log().find("shard 1 of 3 is missing") != std::string::npos);
}

TEST_CASE("the corpus: one record per clean text, quality figures, --min-quality", "[batch]") {
  TempDir t;
  const fs::path in = t.path / "in", out = t.path / "out";
  write(in / "a.txt", seed(2));
  // The same text with Windows line ends: other bytes, the same clean text.
  std::string crlf;
  for (char c : seed(2)) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  write(in / "b.txt", crlf);
  write(in / "c.txt", seed(3));
  REQUIRE(run({"--out", out.string(), "--format", "jsonl", in.string()}) == 0);
  CHECK_FALSE(fs::exists(out / "a.akn.xml"));  // only the corpus was asked for
  std::vector<Json> records;
  std::ifstream f(out / "corpus.jsonl");
  for (std::string l; std::getline(f, l);) records.push_back(Json::parse(l));
  REQUIRE(records.size() == 2);
  CHECK(records[0]["path"] == "a.txt");
  CHECK(records[1]["path"] == "c.txt");
  for (const Json& rec : records) {
    for (const char* k : {"id", "symbol", "language", "title", "dates", "paragraphs", "footnotes", "text", "quality", "source"})
      CHECK(rec.contains(k));
    CHECK(rec["language"] == "en");
    CHECK(rec["quality"]["schemaValid"] == true);
    CHECK(rec["quality"]["dictionary"].get<double>() > 0.9);
    CHECK(rec["paragraphs"].size() > 3);
  }
  auto docs = by_relative(report(out));
  CHECK(docs["b.txt"]["corpus"] == "excluded: the same clean text as a.txt");
  // A threshold above every score: nothing in the corpus, all still converted.
  REQUIRE(run({"--out", out.string(), "--format", "jsonl", "--min-quality", "1", in.string()}) == 0);
  CHECK(read_file((out / "corpus.jsonl").string()).empty());
  docs = by_relative(report(out));
  CHECK(docs["a.txt"]["status"] == "unchanged");
  CHECK(docs["a.txt"]["corpus"].get<std::string>().find("excluded: quality") == 0);
}

TEST_CASE("the corpus keeps damaged documents out by default and report.json says why, part by part", "[batch][quality]") {
  TempDir t;
  const fs::path in = t.path / "in", out = t.path / "out";
  write(in / "clean.txt", seed(2));
  // The same resolution with a job number left inside a paragraph, as a
  // footer glued into the text would be.
  std::string damaged = seed(3);
  damaged.insert(damaged.find("in the field of human rights", damaged.find("Reaffirming")), "23-25993 (E) 100124 ");
  write(in / "damaged.txt", damaged);
  REQUIRE(run({"--out", out.string(), "--format", "jsonl", in.string()}) == 0);
  auto docs = by_relative(report(out));
  const Json& q = docs["damaged.txt"]["quality"];
  for (const char* k : {"score", "ocrConfidence", "dictionary", "conservation", "unaccounted", "furniture", "furnitureInText",
                        "readingOrder", "orderBreaks", "metadata", "structure", "schemaValid", "ocrPages", "pages", "pageFaults"})
    CHECK(q.contains(k));
  CHECK(q["furnitureInText"] == 1);
  CHECK(q["unaccounted"] == 0);
  CHECK(q["score"].get<double>() < 0.75);
  CHECK(docs["damaged.txt"]["corpus"].get<std::string>().find("excluded: quality") == 0);
  std::string warnings;
  for (const Json& w : docs["damaged.txt"]["warnings"]) warnings += w.get<std::string>() + "\n";
  CHECK(warnings.find("furniture-like text left in the output: job number \"23-25993 (E) 100124\"") != std::string::npos);
  CHECK(docs["clean.txt"]["quality"]["score"].get<double>() > 0.75);
  const std::string corpus = read_file((out / "corpus.jsonl").string());
  CHECK(corpus.find("\"path\":\"clean.txt\"") != std::string::npos);
  CHECK(corpus.find("damaged.txt") == std::string::npos);
  // A threshold of 0 lets it in.
  REQUIRE(run({"--out", out.string(), "--format", "jsonl", "--min-quality", "0", in.string()}) == 0);
  CHECK(read_file((out / "corpus.jsonl").string()).find("damaged.txt") != std::string::npos);
}

TEST_CASE("inputs: globs, links out of the tree, FIFOs and the output directory inside the input", "[batch]") {
  TempDir t;
  const fs::path in = t.path / "in", out = in / "converted";
  write(in / "keep/a.txt", seed(0));
  write(in / "keep/b.md", read_file(source_dir() + "/fixtures/markdown/human_rights_education.md"));
  write(in / "drafts/c.txt", seed(1));
  write(t.path / "outside.txt", seed(2));
  fs::create_symlink(t.path / "outside.txt", in / "keep/link-out.txt");
  fs::create_symlink(in / "keep/a.txt", in / "keep/link-in.txt");
  fs::create_directory_symlink(t.path, in / "keep/up");
  REQUIRE(::mkfifo((in / "keep/pipe.txt").c_str(), 0644) == 0);
  REQUIRE(run({"--out", out.string(), "--exclude", "drafts/*", in.string()}) == 0);
  auto docs = by_relative(report(out));
  CHECK(docs.count("drafts/c.txt") == 0);
  CHECK(report(out)["summary"]["excluded"] == 1);
  CHECK(docs["keep/a.txt"]["status"] == "ok");
  CHECK(docs["keep/link-out.txt"]["status"] == "skipped");
  CHECK(docs["keep/link-out.txt"]["reason"].get<std::string>().find("outside the input tree") != std::string::npos);
  CHECK(docs["keep/link-in.txt"]["status"] == "duplicate");
  CHECK(docs["keep/up"]["status"] == "skipped");
  CHECK(docs["keep/pipe.txt"]["reason"] == "a FIFO, not a document");
  // The output directory, inside the input, is not read as input on the next run.
  REQUIRE(run({"--out", out.string(), "--include", "*.md", in.string()}) == 0);
  docs = by_relative(report(out));
  CHECK(docs.size() == 1);
  CHECK(docs.count("keep/b.md") == 1);
  // The output directory as an input is a usage error.
  CHECK(run({"--out", in.string(), in.string()}) == 2);
}

TEST_CASE("exit codes: 3 when another run holds the output, 130 when interrupted", "[batch]") {
  TempDir t;
  const fs::path in = t.path / "in", out = t.path / "out";
  make_dump(in);
  write(in / "scan/g4.tif", read_file(source_dir() + "/fixtures/scan/sc_resolution_g4.tif"));
  fs::create_directories(out);
  {
    const int fd = ::open((out / ".akn-state.lock").c_str(), O_RDWR | O_CREAT, 0644);
    REQUIRE(::flock(fd, LOCK_EX) == 0);
    Run r({"--out", out.string(), in.string()});
    CHECK(r.wait() == 3);
    CHECK(r.log().find("another akn-ingest run") != std::string::npos);
    ::close(fd);
  }
  Run r({"--out", out.string(), "-j", "1", "--log-format", "json", in.string()});
  REQUIRE_FALSE(r.until([](const Json& e) { return e.value("event", "") == "start"; }).is_null());
  ::kill(r.pid(), SIGINT);
  CHECK(r.wait() == 130);
  const Json rep = report(out);
  CHECK(rep["summary"]["interrupted"].get<std::string>().find("SIGINT") == 0);
  CHECK(rep["summary"]["pending"].get<int>() >= 1);
  check_no_temporaries(out);
  // The next run converts what was left.
  CHECK(run({"--out", out.string(), in.string()}) == 0);
}

TEST_CASE("the progress bar shows the file and page being read, and the time left by pages", "[batch]") {
  std::ostringstream out;
  auto log = akn::make_run_log(akn::LogFormat::bar, false, true, out);
  akn::DocumentReport scan, text;
  scan.input = "in/scan.pdf";
  text.input = "in/a.txt";
  log->identify("", "");
  log->begin(2, 2, 1010, 2);
  log->started(scan, 101, 1000);
  log->started(text, 102, 10);
  log->page(scan, 1, 4);
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  // Two pages of the scan read in 1.1 s, two to go: about a second left,
  // though almost no bytes are done.
  log->page(scan, 3, 4);
  const std::string shown = out.str().substr(out.str().rfind('\r'));
  INFO(shown);
  CHECK(shown.find("in/scan.pdf p3/4") != std::string::npos);
  CHECK((shown.find("ETA 1s") != std::string::npos || shown.find("ETA 2s") != std::string::npos));
}

TEST_CASE("the log is one JSON object per line when standard error is not a terminal", "[batch]") {
  TempDir t;
  write(t.path / "in/a.txt", seed(0));
  write(t.path / "in/bad.pdf", "%PDF-1.4 truncated");
  Run r({"--out", (t.path / "out").string(), (t.path / "in").string()});
  CHECK(r.wait() == 1);
  std::vector<std::string> events;
  std::istringstream lines(r.log());
  for (std::string l; std::getline(lines, l);) {
    const Json j = Json::parse(l, nullptr, false);
    INFO(l);
    REQUIRE_FALSE(j.is_discarded());
    events.push_back(j["event"]);
  }
  REQUIRE(events.size() >= 3);
  CHECK(events.front() == "begin");
  CHECK(events.back() == "summary");
  CHECK(std::count(events.begin(), events.end(), "document") == 2);
  // Every line and the report carry the run's id and wall-clock times (ISO 8601, UTC).
  const std::regex iso(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)");
  const Json rep = report(t.path / "out");
  REQUIRE(rep.contains("runId"));
  CHECK(std::regex_match(rep["started"].get<std::string>(), iso));
  CHECK(std::regex_match(rep["finished"].get<std::string>(), iso));
  for (const Json& d : rep["documents"])
    if (d["status"] == "ok") {
      CHECK(d["runId"] == rep["runId"]);
      CHECK(std::regex_match(d["converted"].get<std::string>(), iso));
    }
  std::istringstream again(r.log());
  for (std::string l; std::getline(again, l);) {
    const Json j = Json::parse(l);
    CHECK(j["runId"] == rep["runId"]);
    CHECK(std::regex_match(j["time"].get<std::string>(), iso));
  }
  // A second run has another id; unchanged documents keep the run that made them.
  REQUIRE(run({"--out", (t.path / "out").string(), (t.path / "in").string()}) == 1);
  const Json second = report(t.path / "out");
  CHECK(second["runId"] != rep["runId"]);
  CHECK(by_relative(second)["a.txt"]["runId"] == rep["runId"]);
  // Deterministic runs (SOURCE_DATE_EPOCH) carry neither.
  ::setenv("SOURCE_DATE_EPOCH", "0", 1);
  const int rc = run({"--out", (t.path / "out2").string(), (t.path / "in").string()});
  ::unsetenv("SOURCE_DATE_EPOCH");
  CHECK(rc == 1);
  const Json fixed = report(t.path / "out2");
  CHECK_FALSE(fixed.contains("runId"));
  CHECK_FALSE(fixed.contains("started"));
  CHECK_FALSE(by_relative(fixed)["a.txt"].contains("converted"));
}

#if !defined(__SANITIZE_ADDRESS__)
TEST_CASE("a document over the memory limit fails alone, with the limit named, and is retried next run", "[batch]") {
  TempDir t;
  const fs::path in = t.path / "in", out = t.path / "out";
  write(in / "a.txt", seed(0));
  write(in / "scan.tif", read_file(source_dir() + "/fixtures/scan/sc_resolution_g4.tif"));
  Run r({"--out", out.string(), "--memory-limit", "128", "-j", "1", "--log-format", "json", in.string()});
  CHECK(r.wait() == 1);
  auto docs = by_relative(report(out));
  CHECK(docs["a.txt"]["status"] == "ok");
  CHECK(docs["scan.tif"]["status"] == "failed");
  CHECK(docs["scan.tif"]["reason"].get<std::string>().find("out of memory (the limit per worker is 128 MB") == 0);
  CHECK(docs["scan.tif"]["page"] == 1);
  CHECK(docs["scan.tif"]["retry"] == true);
  // With room enough, the next run converts it.
  CHECK(run({"--out", out.string(), "--memory-limit", "1024", in.string()}) == 0);
  docs = by_relative(report(out));
  CHECK(docs["scan.tif"]["status"] == "ok");
  CHECK(docs["a.txt"]["status"] == "unchanged");
}
#endif

TEST_CASE("a missing OCR language stops the run before it starts, and the run after the fix converts", "[batch][ocr]") {
  TempDir t;
  const fs::path in = t.path / "in", out = t.path / "out";
  write(in / "a.txt", seed(0));
  write(in / "scan.tif", read_file(source_dir() + "/fixtures/scan/sc_resolution_g4.tif"));
  const char* before = std::getenv("TESSDATA_PREFIX");
  const std::string saved = before ? before : "";
  ::setenv("TESSDATA_PREFIX", (t.path / "no-tessdata/").c_str(), 1);  // no language installed
  Run r({"--out", out.string(), "-j", "1", in.string()});
  std::string said;
  for (std::string l; r.line(l);) said += l + "\n";
  const int rc = r.wait();
  if (before) ::setenv("TESSDATA_PREFIX", saved.c_str(), 1);
  else ::unsetenv("TESSDATA_PREFIX");
  // The environment's fault, found before any document is read: exit 3, the
  // package named, and no failure recorded against the documents.
  CHECK(rc == 3);
  CHECK(said.find("tesseract-ocr-eng") != std::string::npos);
  CHECK_FALSE(fs::exists(out / "report.json"));
  // The language installed: the same command converts both (no stale failure, no --force).
  CHECK(run({"--out", out.string(), "-j", "1", in.string()}) == 0);
  auto docs = by_relative(report(out));
  CHECK(docs["scan.tif"]["status"] == "ok");
  CHECK(docs["a.txt"]["status"] == "ok");
}

TEST_CASE("a run on some files keeps the others' outputs and corpus records, and --prune deletes only inputs that are gone",
          "[batch]") {
  TempDir t;
  const fs::path in = t.path / "in", out = t.path / "out";
  for (int i = 0; i < 5; ++i) write(in / ("s" + std::to_string(i) + ".txt"), seed(i));
  const std::vector<std::string> base = {"--out", out.string(), "--format", "akn,txt,edits,jsonl", "--min-quality", "0",
                                         "--prune"};
  const auto with = [&](std::vector<std::string> inputs) {
    std::vector<std::string> args = base;
    args.insert(args.end(), inputs.begin(), inputs.end());
    return args;
  };
  const auto corpus_paths = [&] {
    std::vector<std::string> paths;
    std::ifstream f(out / "corpus.jsonl");
    for (std::string l; std::getline(f, l);) paths.push_back(Json::parse(l)["path"].get<std::string>());
    return paths;
  };
  REQUIRE(run(with({in.string()})) == 0);
  const auto first = by_relative(report(out));
  REQUIRE(first.size() == 5);
  const std::vector<std::string> all = {"s0.txt", "s1.txt", "s2.txt", "s3.txt", "s4.txt"};
  REQUIRE(corpus_paths() == all);
  const auto outputs = tree(out);

  // A subset, with --prune: the others are neither gone nor deleted, the corpus keeps them.
  write(in / "s4.txt", seed(4) + "\nThe General Assembly takes note.\n");
  REQUIRE(run(with({(in / "s3.txt").string(), (in / "s4.txt").string()})) == 0);
  Json r = report(out);
  CHECK(r["documents"].size() == 2);
  CHECK_FALSE(r.contains("stale"));
  CHECK(r["summary"]["kept"] == 3);
  for (const char* stem : {"s0", "s1", "s2"}) {
    INFO(stem);
    for (const char* ext : {".akn.xml", ".txt", ".edits.json"})
      CHECK(read_file((out / (std::string(stem) + ext)).string()) == outputs.at(std::string(stem) + ext));
  }
  CHECK(corpus_paths() == all);
  // An unchanged document keeps the figures of the conversion that made its outputs.
  auto docs = by_relative(r);
  CHECK(docs["s3.txt"]["status"] == "unchanged");
  CHECK(docs["s3.txt"]["seconds"] == first.at("s3.txt")["seconds"]);
  CHECK(docs["s3.txt"]["seconds"].get<double>() > 0);
  CHECK(docs["s4.txt"]["status"] == "ok");

  // An input deleted: a run on another file does not touch its outputs ...
  fs::remove(in / "s0.txt");
  REQUIRE(run(with({(in / "s1.txt").string()})) == 0);
  CHECK_FALSE(report(out).contains("stale"));
  CHECK(fs::exists(out / "s0.akn.xml"));
  // ... a run on its directory reports it gone and --prune deletes it.
  REQUIRE(run(with({in.string()})) == 0);
  r = report(out);
  CHECK(r["stale"] == Json::array({"s0"}));
  CHECK(r["staleDeleted"] == true);
  CHECK_FALSE(fs::exists(out / "s0.akn.xml"));
  CHECK(corpus_paths() == std::vector<std::string>(all.begin() + 1, all.end()));

  // The same file named directly and inside its directory: one input, not a duplicate of itself.
  REQUIRE(run(with({in.string(), (in / "s2.txt").string()})) == 0);
  r = report(out);
  CHECK(r["documents"].size() == 4);
  CHECK(r["summary"]["duplicate"] == 0);

  // --files-from: NUL-separated or one per line.
  write(t.path / "list0", (in / "s1.txt").string() + std::string(1, '\0') + (in / "s2.txt").string() + std::string(1, '\0'));
  write(t.path / "list", (in / "s1.txt").string() + "\n" + (in / "s3.txt").string() + "\n\n");
  for (const char* list : {"list0", "list"}) {
    INFO(list);
    REQUIRE(run(with({"--files-from", (t.path / list).string()})) == 0);
    r = report(out);
    REQUIRE(r["documents"].size() == 2);
    for (const Json& d : r["documents"]) CHECK(d["status"] == "unchanged");
  }
  CHECK(akn::parse_file_list("a b.pdf\r\nc.pdf\n") == std::vector<std::string>{"a b.pdf", "c.pdf"});
  CHECK(akn::parse_file_list(std::string("a\nb.pdf\0c.pdf", 13)) == std::vector<std::string>{"a\nb.pdf", "c.pdf"});
}

TEST_CASE("the per-page text sidecar has one form feed per page break, and corpus records say where each page starts",
          "[batch]") {
  TempDir t;
  const fs::path in = t.path / "in", out = t.path / "out";
  const std::map<std::string, int> pdfs = {{"ga_two_pages", 2}, {"ga_three_pages", 3}, {"ga_four_pages", 4}};
  for (const auto& [name, pages] : pdfs) write(in / (name + ".pdf"), read_file(source_dir() + "/fixtures/pdf/" + name + ".pdf"));
  REQUIRE(run({"--out", out.string(), "--format", "akn,pages,jsonl", in.string()}) == 0);
  std::size_t checked = 0;
  for (const auto& [name, pages] : pdfs) {
    INFO(name);
    const std::string sidecar = read_file((out / (name + ".pages.txt")).string());
    CHECK(std::count(sidecar.begin(), sidecar.end(), '\f') == pages - 1);
    std::size_t from = 0;
    for (int p = 0; p < pages; ++p) {  // every page has its text
      const std::size_t ff = std::min(sidecar.find('\f', from), sidecar.size());
      CHECK(sidecar.substr(from, ff - from).find_first_not_of(" \n") != std::string::npos);
      from = ff + 1;
    }
    ++checked;
  }
  CHECK(checked == 3);
  // The corpus records: the page each paragraph starts on, and where in the
  // text (in code points) each page's first paragraph starts.
  std::ifstream corpus(out / "corpus.jsonl");
  std::size_t records = 0, offsets = 0;
  for (std::string line; std::getline(corpus, line); ++records) {
    const Json r = Json::parse(line);
    INFO(r["path"]);
    const std::u32string text = [&] {
      std::u32string u;
      const std::string s = r["text"];
      for (std::size_t i = 0; i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) u += static_cast<char32_t>(i);  // byte of each code point
      return u;
    }();
    const std::string s = r["text"];
    REQUIRE(!r["pages"].empty());
    offsets += r["pages"].size();
    int last_page = 0;
    for (const Json& p : r["pages"]) {
      CHECK(p["page"].get<int>() > last_page);
      last_page = p["page"];
      const std::size_t at = text.at(p["offset"].get<std::size_t>());
      bool starts_paragraph = false;
      for (const Json& para : r["paragraphs"])
        if (para.value("page", 0) == last_page && s.compare(at, para["text"].get<std::string>().size(), para["text"].get<std::string>()) == 0)
          starts_paragraph = true;
      CHECK(starts_paragraph);
    }
  }
  CHECK(records == 3);
  CHECK(offsets >= 6);  // the pages paragraphs start on (a last page may hold only the conclusion)
}

TEST_CASE("deploy: the Slurm array script and the Kubernetes shard runner cover the dump, merge combines them", "[batch]") {
  TempDir t;
  const fs::path in = t.path / "in";
  make_dump(in, false);
  write(in / "bad.pdf", "%PDF-1.7 cut short");
  const std::string common = "AKN_INPUT='" + in.string() + "' AKN_BIN='" + AKN_BINARY + "' AKN_ARGS='--config " +
                             source_dir() + "/pipeline.toml --format akn,jsonl' ";
  for (const char* style : {"slurm", "kubernetes"}) {
    const fs::path out = t.path / style;
    for (int k = 0; k < 3; ++k) {
      const std::string index = std::to_string(k);
      const std::string cmd =
          std::string(style) == "slurm"
              ? common + "AKN_OUT='" + out.string() + "' SLURM_ARRAY_TASK_ID=" + index +
                    " SLURM_ARRAY_TASK_COUNT=3 SLURM_ARRAY_TASK_MIN=0 SLURM_SUBMIT_DIR='" + source_dir() + "' bash '" +
                    source_dir() + "/deploy/slurm/akn-ingest.sbatch' 2>/dev/null"
              : common + "AKN_OUT='" + out.string() + "' JOB_COMPLETION_INDEX=" + index + " AKN_SHARDS=3 '" +
                    source_dir() + "/deploy/akn-shard.sh' 2>/dev/null";
      // bad.pdf fails in one shard: the task still succeeds, the report says so.
      INFO(cmd);
      CHECK(std::system(cmd.c_str()) == 0);
    }
    const std::string merge = "AKN_OUT='" + out.string() + "' AKN_BIN='" + AKN_BINARY + "' bash '" + source_dir() +
                              "/deploy/slurm/merge.sbatch' 2>/dev/null";
    const int rc = std::system(merge.c_str());
    CHECK(WEXITSTATUS(rc) == 1);  // a document failed
    Json r = report(out);
    CHECK(r["summary"]["shards"] == 3);
    CHECK(r["summary"]["shardsMissing"] == 0);
    CHECK(r["summary"]["inputs"] == 8);
    CHECK(r["summary"]["ok"] == 7);
    CHECK(r["summary"]["failed"] == 1);
    std::set<std::string> seen;
    for (Json& d : r["documents"]) CHECK(seen.insert(d["relative"].get<std::string>()).second);
  }
}

TEST_CASE("the corrupt-file suite: every bad file fails alone with its reason, good files convert as when alone", "[batch][hostile]") {
  TempDir t;
  const fs::path suite = t.path / "suite", out = t.path / "out", alone = t.path / "alone";
  const std::string make = "python3 '" + source_dir() + "/scripts/make-corrupt-suite.py' '" + suite.string() + "'";
  REQUIRE(std::system(make.c_str()) == 0);
  Json expected = Json::parse(read_file((suite / "expected.json").string()));
  Run r({"--out", out.string(), "--log-format", "json", "--timeout", "120", suite.string()});
  CHECK(r.wait() == 1);
  auto docs = by_relative(report(out));
  for (const auto& [name, phrase] : expected["bad"].items()) {
    INFO(name);
    REQUIRE(docs.count(name) == 1);
    CHECK(docs[name]["status"] == "failed");
    CHECK(docs[name]["reason"].get<std::string>().find(phrase.get<std::string>()) != std::string::npos);
  }
  for (Json& name : expected["good"]) {
    INFO(name);
    CHECK(docs[name.get<std::string>()]["status"] == "ok");
  }
  for (auto& [name, phrase] : expected["warn"].items()) {
    INFO(name);
    CHECK(docs[name]["status"] == "ok");
    std::string warnings;
    for (Json& w : docs[name]["warnings"]) warnings += w.get<std::string>() + "\n";
    CHECK(warnings.find(phrase.get<std::string>()) != std::string::npos);
    CHECK(docs[name]["quality"]["score"].get<double>() < 0.5);
  }
  CHECK(docs.size() == expected["bad"].size() + expected["warn"].size() + expected["good"].size() + 1);  // + expected.json
  check_no_temporaries(out);
  // Each good file alone gives the same outputs; the edit log differs only in
  // the name of the input (good/seed.txt there, seed.txt here).
  REQUIRE(run({"--out", alone.string(), (suite / "good").string()}) == 0);
  for (const auto& [name, bytes] : tree(alone)) {
    INFO(name);
    const std::string mixed = read_file((out / "good" / name).string());
    if (!name.ends_with(".edits.json")) {
      CHECK(mixed == bytes);
      continue;
    }
    Json a = Json::parse(mixed), b = Json::parse(bytes);
    CHECK(a["source"]["name"] == "good/" + b["source"]["name"].get<std::string>());
    a["source"].erase("name");
    b["source"].erase("name");
    CHECK(a == b);
  }
  // Characters XML cannot carry are removed, each removal logged, and the AKN validates.
  const std::string akn = read_file((out / "good/control_chars.akn.xml").string());
  CHECK(akn.find('\x01') == std::string::npos);
  CHECK(akn.find("\xef\xbf\xbe") == std::string::npos);  // U+FFFE
  CHECK(validator().validate(akn).empty());
  Json edits = Json::parse(read_file((out / "good/control_chars.edits.json").string()));
  std::size_t removals = 0;
  for (Json& e : edits["edits"])
    if (e["pass"] == "normalize_text" && e["after"] == "" && !e["before"].get<std::string>().empty()) ++removals;
  CHECK(removals >= 3);
}

TEST_CASE("hOCR: Tesseract's page divs for OCRed pages in valid XHTML, an empty body for born-digital documents",
          "[batch][ocr][hocr]") {
  TempDir t;
  const fs::path in = t.path / "in", out = t.path / "out";
  write(in / "g4.tif", read_file(source_dir() + "/fixtures/scan/sc_resolution_g4.tif"));  // three pages, two turned
  write(in / "photo.pdf", read_file(source_dir() + "/fixtures/scan/ga_parts_photo.pdf"));  // two scanned pages
  write(in / "born.pdf", read_file(source_dir() + "/fixtures/pdf/ga_two_pages.pdf"));
  write(in / "dump.txt", read_file(source_dir() + "/fixtures/text/record_ga_plenary.txt"));
  const std::vector<std::string> args = {"--out", out.string(), "--format", "akn,hocr", in.string()};
  REQUIRE(run(args) == 0);
  auto count = [](const std::string& s, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
    return n;
  };
  const std::map<std::string, std::size_t> pages = {{"g4", 3}, {"photo", 2}, {"born", 0}, {"dump", 0}};
  std::size_t checked = 0;
  for (const auto& [stem, n] : pages) {
    INFO(stem);
    const fs::path file = out / (stem + ".hocr");
    REQUIRE(fs::is_regular_file(file));
    CHECK(std::system(("xmllint --noout '" + file.string() + "'").c_str()) == 0);
    const std::string hocr = read_file(file.string());
    CHECK(hocr.find("<html xmlns=\"http://www.w3.org/1999/xhtml\"") != std::string::npos);
    CHECK(hocr.find("<meta name='ocr-system' content='tesseract ") != std::string::npos);
    CHECK(count(hocr, "class='ocr_page'") == n);
    if (n > 0) CHECK(count(hocr, "class='ocrx_word'") > 20);
    if (n > 0) CHECK(hocr.find("id='page_" + std::to_string(n) + "'") != std::string::npos);  // numbered as the document's pages
    ++checked;
  }
  CHECK(checked == 4);
  // The words of the scan are in word spans.
  CHECK(std::regex_search(read_file((out / "g4.hocr").string()), std::regex("class='ocrx_word'[^>]*>(<[^>]*>)*Council<")));
  // The report asks for nothing more: a rerun finds every output present.
  REQUIRE(run(args) == 0);
  const Json r = report(out);
  REQUIRE(r["documents"].size() == 4);
  for (const Json& d : r["documents"]) CHECK(d["status"] == "unchanged");
}
