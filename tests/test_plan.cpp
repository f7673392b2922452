// The batch's plan, decided in memory: earlier runs and the disk are a
// table here (runner/plan.hpp). What a rerun, a run on a subset, a rename
// and --prune do with each input and each earlier output.
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "runner/plan.hpp"

using namespace akn;

namespace {

// Earlier runs and the disk, as a table.
struct Table : Prior {
  std::map<std::string, StateRecord> records;  // by stem
  std::set<std::string> existing;              // sources that exist
  std::set<std::string> missing_outputs;       // stems whose outputs are not in place

  std::optional<StateRecord> at(const std::string& stem) const override {
    const auto it = records.find(stem);
    return it == records.end() ? std::nullopt : std::optional<StateRecord>(it->second);
  }
  std::vector<StateRecord> with_content(const std::string& sha256, const std::string& hash,
                                        const std::string& version) const override {
    std::vector<StateRecord> out;
    for (const auto& [stem, r] : records)
      if (r.sha256 == sha256 && r.config_hash == hash && r.version == version) out.push_back(r);
    return out;
  }
  std::vector<std::pair<std::string, std::string>> sources() const override {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& [stem, r] : records) out.emplace_back(stem, r.source);
    return out;
  }
  bool outputs_present(const std::string& stem) const override { return !missing_outputs.count(stem); }
  bool exists(const std::string& source) const override { return existing.count(source) > 0; }

  // A record of an ok conversion of /in/NAME.txt, whose input exists.
  void converted(const std::string& name, const std::string& sha256, bool exists = true) {
    StateRecord r;
    r.stem = name;
    r.sha256 = sha256;
    r.config_hash = "H";
    r.version = "V";
    r.input = name + ".txt";
    r.status = "ok";
    r.report = R"({"input":"/in/)" + name + R"(.txt","status":"ok","seconds":12.5})";
    r.source = "/in/" + name + ".txt";
    records[name] = r;
    if (exists) existing.insert(r.source);
  }
};

PlannedInput input(const std::string& name, const std::string& sha256) {
  PlannedInput in;
  in.file.path = "/in/" + name + ".txt";
  in.file.relative = name + ".txt";
  in.file.stem = name;
  in.file.size = 100;
  in.sha256 = sha256;
  return in;
}

PlanSettings settings(std::vector<std::string> roots) { return {"H", "V", false, 1000, std::move(roots)}; }

}  // namespace

TEST_CASE("plan: a rerun leaves unchanged inputs alone and converts what changed", "[plan]") {
  Table t;
  t.converted("a", "A");
  t.converted("b", "B");
  t.converted("c", "C");
  t.missing_outputs.insert("c");
  const Plan p = plan_batch({input("a", "A"), input("b", "B2"), input("c", "C")}, settings({"/in"}), t);
  REQUIRE(p.decisions.size() == 3);
  CHECK(p.decisions[0].action == Action::unchanged);
  REQUIRE(p.decisions[0].record);
  CHECK(p.decisions[0].record->report.find("\"seconds\":12.5") != std::string::npos);  // the original figures
  CHECK(p.decisions[1].action == Action::convert);  // new content
  CHECK(p.decisions[2].action == Action::convert);  // an output deleted
  CHECK(p.stale.empty());
  CHECK(p.kept.empty());
  // Another configuration: everything again.
  PlanSettings other = settings({"/in"});
  other.config_hash = "H2";
  for (const Decision& d : plan_batch({input("a", "A")}, other, t).decisions) CHECK(d.action == Action::convert);
}

TEST_CASE("plan: a run on a subset keeps the others' outputs, neither stale nor moved", "[plan]") {
  Table t;
  t.converted("a", "A");
  t.converted("b", "B");
  // `akn-ingest in/c.txt` after a run on in/: a and b are not this run's business.
  const Plan p = plan_batch({input("c", "C")}, settings({"/in/c.txt"}), t);
  CHECK(p.decisions[0].action == Action::convert);
  CHECK(p.stale.empty());
  CHECK(p.kept == std::vector<std::string>{"a", "b"});
  // Even under the same root: a and b exist (left out by a glob, say).
  const Plan q = plan_batch({input("c", "C")}, settings({"/in"}), t);
  CHECK(q.stale.empty());
  CHECK(q.kept.size() == 2);
}

TEST_CASE("plan: only outputs whose input was under a root of the run and is gone are stale", "[plan]") {
  Table t;
  t.converted("a", "A");
  t.converted("gone", "G", false);
  t.converted("elsewhere", "E", false);
  t.records["elsewhere"].source = "/other/elsewhere.txt";
  t.converted("old", "O", false);
  t.records["old"].source = "";  // a record of an older program: its input is not known
  const Plan p = plan_batch({input("a", "A")}, settings({"/in"}), t);
  CHECK(p.stale == std::vector<std::string>{"gone"});
  CHECK(p.kept == std::vector<std::string>{"elsewhere", "old"});
  // Its input named under another stem now (x.pdf beside a new x.tif): stale.
  Table u;
  u.converted("x", "X");
  PlannedInput renamed = input("x", "X");
  renamed.file.stem = "x.txt";
  const Plan q = plan_batch({renamed}, settings({"/in/x.txt"}), u);
  CHECK(q.stale.empty());  // its outputs moved instead
  REQUIRE(q.decisions[0].action == Action::rename);
  CHECK(q.decisions[0].record->stem == "x");
}

TEST_CASE("plan: a rename takes the outputs of an input that is gone, never of one that exists", "[plan]") {
  Table t;
  t.converted("a", "A");
  // A new copy of a, a still there: converted, a's outputs stay a's.
  Plan p = plan_batch({input("copy", "A")}, settings({"/in/copy.txt"}), t);
  CHECK(p.decisions[0].action == Action::convert);
  CHECK(p.kept == std::vector<std::string>{"a"});
  // a moved to copy: its outputs follow.
  t.existing.clear();
  p = plan_batch({input("copy", "A")}, settings({"/in"}), t);
  REQUIRE(p.decisions[0].action == Action::rename);
  CHECK(p.decisions[0].record->stem == "a");
  CHECK(p.stale.empty());
  CHECK(p.kept.empty());
}

TEST_CASE("plan: duplicates, failures, unreadable and interrupted inputs", "[plan]") {
  Table t;
  t.converted("b", "S");
  t.records["f"] = t.records["b"];
  t.records["f"].stem = "f";
  t.records["f"].sha256 = "F";
  t.records["f"].status = "failed";
  PlannedInput empty = input("e", "");
  empty.file.size = 0;
  PlannedInput big = input("g", "G");
  big.file.size = 5000;
  PlannedInput unread = input("u", "");
  unread.hash_error = "cannot open the file for reading";
  const Plan p = plan_batch({input("a", "S"), input("b", "S"), input("f", "F"), empty, big, unread, input("p", "")},
                            settings({"/in"}), t);
  REQUIRE(p.decisions.size() == 7);
  // Of identical inputs, the one whose outputs are up to date is converted.
  CHECK(p.decisions[0].action == Action::duplicate);
  CHECK(p.decisions[0].primary == 1);
  CHECK(p.decisions[1].action == Action::unchanged);
  CHECK(p.decisions[2].action == Action::not_retried);
  CHECK(p.decisions[3].action == Action::fail);
  CHECK(p.decisions[3].reason == "empty file (0 bytes)");
  CHECK(p.decisions[4].action == Action::fail);
  CHECK(p.decisions[4].reason.find("exceeds the input limit") != std::string::npos);
  CHECK(p.decisions[5].action == Action::fail);
  CHECK(p.decisions[6].action == Action::pending);
  // --force: the failure is retried, the unchanged input converted again.
  PlanSettings force = settings({"/in"});
  force.force = true;
  const Plan q = plan_batch({input("b", "S"), input("f", "F")}, force, t);
  CHECK(q.decisions[0].action == Action::convert);
  CHECK(q.decisions[1].action == Action::convert);
}

TEST_CASE("plan: sources are absolute and normal, roots contain what lies under them", "[plan]") {
  CHECK(under_root("/in/a/b.pdf", "/in"));
  CHECK(under_root("/in/a/b.pdf", "/in/"));
  CHECK(under_root("/in/a.pdf", "/in/a.pdf"));
  CHECK_FALSE(under_root("/input/a.pdf", "/in"));
  CHECK_FALSE(under_root("/in", "/in/a.pdf"));
  CHECK(source_path("/in/./a/../b.pdf") == "/in/b.pdf");
  CHECK(source_path("x.pdf").front() == '/');
}
