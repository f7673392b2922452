// `akn-ingest merge`: the reports and corpora of the shards of one run
// combined into one report.json and one corpus.jsonl.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <ostream>

#include <nlohmann/json.hpp>

#include "core/regex.hpp"
#include "core/sha256.hpp"
#include "core/text.hpp"
#include "runner/runner.hpp"

namespace akn {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

int merge_shards(const std::vector<std::string>& dirs, const std::string& out_dir, std::ostream& log) {
  static const Regex kReport(R"(^report\.shard-([0-9]+)-of-([0-9]+)\.json$)");
  struct Shard {
    unsigned index = 0, count = 0;
    fs::path report, corpus;
  };
  std::vector<Shard> shards;
  for (const std::string& d : dirs) {
    std::error_code ec;
    for (fs::directory_iterator it(d, ec), end; !ec && it != end; it.increment(ec)) {
      const std::string name = it->path().filename().string();
      const auto m = kReport.search(name);
      if (!m) continue;
      const std::string index(m->str(name, 1)), of(m->str(name, 2));
      Shard s;
      s.index = static_cast<unsigned>(std::stoul(index));
      s.count = static_cast<unsigned>(std::stoul(of));
      s.report = it->path();
      s.corpus = it->path().parent_path() / ("corpus.shard-" + index + "-of-" + of + ".jsonl");
      shards.push_back(s);
    }
    if (ec) {
      log << "akn-ingest merge: cannot read " << d << ": " << ec.message() << "\n";
      return 3;
    }
  }
  if (shards.empty()) {
    log << "akn-ingest merge: no shard reports (report.shard-K-of-N.json) in " << (dirs.empty() ? "" : dirs.front()) << "\n";
    return 1;
  }
  std::sort(shards.begin(), shards.end(), [](const Shard& a, const Shard& b) { return a.index < b.index; });

  int status = 0;
  const unsigned count = shards.front().count;
  std::vector<int> seen(count, 0);
  Json documents = Json::array(), stale = Json::array();
  std::string config_hash, version;
  Json summary = Json::object();
  std::vector<std::string> sources;
  std::map<std::string, std::size_t> doc_index;  // relative -> position in documents
  for (const Shard& s : shards) {
    if (s.count != count || s.index >= count) {
      log << "akn-ingest merge: " << s.report.string() << " belongs to a run of " << s.count << " shards, not " << count << "\n";
      status = 1;
      continue;
    }
    if (++seen[s.index] > 1) {
      log << "akn-ingest merge: shard " << s.index << " appears twice (" << s.report.string() << ")\n";
      status = 1;
      continue;
    }
    Json r;
    try {
      std::ifstream in(s.report);
      r = Json::parse(in);
    } catch (const std::exception& e) {
      log << "akn-ingest merge: cannot read " << s.report.string() << ": " << e.what() << "\n";
      return 3;
    }
    if (config_hash.empty()) config_hash = r.value("configHash", ""), version = r.value("version", "");
    if (r.value("configHash", "") != config_hash || r.value("version", "") != version) {
      log << "akn-ingest merge: " << s.report.string() << " was made with another configuration or version\n";
      status = 1;
    }
    sources.push_back(s.report.string());
    for (const auto& [k, v] : r["summary"].items())
      if (v.is_number_unsigned() && k != "jobs" && k != "exitStatus" && k != "inputs" && k != "otherShards")
        summary[k] = summary.value(k, std::size_t{0}) + v.get<std::size_t>();
    if (r["summary"].contains("interrupted")) {
      log << "akn-ingest merge: shard " << s.index << " was interrupted; run it again before merging\n";
      status = 1;
    }
    for (auto& d : r["documents"]) {
      doc_index[d.value("relative", "")] = documents.size();
      documents.push_back(d);
    }
    if (r.contains("stale"))
      for (auto& x : r["stale"]) stale.push_back(x);
  }
  for (unsigned k = 0; k < count; ++k)
    if (!seen[k]) {
      log << "akn-ingest merge: shard " << k << " of " << count << " is missing (no report.shard-" << k << "-of-" << count
          << ".json)\n";
      status = 1;
    }

  // The corpus: the best record of each clean text over all shards, by path.
  struct Record {
    std::string path;
    double score = 0;
    std::string line;
  };
  std::map<std::string, Record> best;
  std::size_t records = 0;
  bool any_corpus = false;
  for (const Shard& s : shards) {
    std::ifstream in(s.corpus);
    if (!in) continue;
    any_corpus = true;
    for (std::string line; std::getline(in, line);) {
      if (line.empty()) continue;
      ++records;
      Json j;
      try {
        j = Json::parse(line);
      } catch (const std::exception&) {
        log << "akn-ingest merge: " << s.corpus.string() << ": a line is not JSON; left out\n";
        status = 1;
        continue;
      }
      Record r{j.value("path", ""), j["quality"].value("score", 0.0), line};
      const std::string key = sha256_hex(collapse_spaces(j.value("text", "")));
      auto [it, fresh] = best.emplace(key, r);
      if (fresh) continue;
      const bool better = r.score > it->second.score || (r.score == it->second.score && r.path < it->second.path);
      const Record& loser = better ? it->second : r;
      const std::string winner = better ? r.path : it->second.path;
      if (auto d = doc_index.find(loser.path); d != doc_index.end())
        documents[d->second]["corpus"] = "excluded: the same clean text as " + winner;
      if (better) it->second = r;
    }
  }
  std::vector<Record> kept;
  for (auto& [k, r] : best) kept.push_back(r);
  std::sort(kept.begin(), kept.end(), [](const Record& a, const Record& b) { return a.path < b.path; });

  std::sort(documents.begin(), documents.end(),
            [](const Json& a, const Json& b) { return a.value("relative", "") < b.value("relative", ""); });
  Json report;
  report["tool"] = "akn-ingest";
  report["version"] = version;
  report["configHash"] = config_hash;
  report["merged"] = sources;
  summary["inputs"] = documents.size();
  summary["shards"] = count;
  summary["shardsMissing"] = static_cast<std::size_t>(std::count(seen.begin(), seen.end(), 0));
  if (summary.value("failed", std::size_t{0}) > 0) status = std::max(status, 1);
  summary["exitStatus"] = status;
  report["summary"] = summary;
  report["documents"] = documents;
  if (!stale.empty()) report["stale"] = stale;
  try {
    std::string lines;
    for (const Record& r : kept) lines += r.line + "\n";
    if (any_corpus) {
      write_file_atomically((fs::path(out_dir) / "corpus.jsonl").string(), lines);
      report["corpus"] = (fs::path(out_dir) / "corpus.jsonl").string();
    }
    write_file_atomically((fs::path(out_dir) / "report.json").string(),
                          report.dump(2, ' ', false, Json::error_handler_t::replace) + "\n");
  } catch (const std::exception& e) {
    log << "akn-ingest merge: " << e.what() << "\n";
    return 3;
  }
  log << "akn-ingest merge: " << shards.size() << " of " << count << " shards, " << documents.size() << " documents, "
      << kept.size() << " corpus records (" << records - kept.size() << " duplicates left out); report: "
      << (fs::path(out_dir) / "report.json").string() << "\n";
  return status;
}

}  // namespace akn
