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
  RunReport merged;
  std::vector<std::string> sources;
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
    RunReport r;
    try {
      r = read_report(s.report.string());
    } catch (const ReportError& e) {
      log << "akn-ingest merge: " << e.what() << "\n";
      return 3;
    }
    if (sources.empty()) merged.config_hash = r.config_hash, merged.version = r.version;
    if (r.config_hash != merged.config_hash || r.version != merged.version) {
      log << "akn-ingest merge: " << s.report.string() << " was made with another configuration or version\n";
      status = 1;
    }
    sources.push_back(s.report.string());
    if (r.interrupted) {
      log << "akn-ingest merge: shard " << s.index << " was interrupted; run it again before merging\n";
      status = 1;
    }
    merged.excluded += r.excluded;
    merged.kept += r.kept;
    merged.seconds = std::max(merged.seconds, r.seconds);
    merged.jobs = std::max(merged.jobs, r.jobs);
    for (DocumentReport& d : r.documents) merged.documents.push_back(std::move(d));
    merged.stale.insert(merged.stale.end(), r.stale.begin(), r.stale.end());
    merged.pruned = merged.pruned || r.pruned;
  }
  for (unsigned k = 0; k < count; ++k)
    if (!seen[k]) {
      log << "akn-ingest merge: shard " << k << " of " << count << " is missing (no report.shard-" << k << "-of-" << count
          << ".json)\n";
      status = 1;
    }

  // The corpus: the best record of each clean text over all shards (the
  // rule each run uses), by path.
  std::vector<CorpusCandidate> candidates;
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
      const std::string path = j.value("path", "");
      j.erase("path");
      candidates.push_back({path, sha256_hex(collapse_spaces(j.value("text", ""))), j["quality"].value("score", 0.0),
                            j.dump(-1, ' ', false, Json::error_handler_t::replace)});
    }
  }
  const std::vector<std::size_t> chosen = choose_corpus(candidates);
  std::map<std::string, std::size_t> doc_index;  // relative -> position in documents
  for (std::size_t i = 0; i < merged.documents.size(); ++i) doc_index[merged.documents[i].relative] = i;
  std::size_t kept = 0;
  for (std::size_t c = 0; c < candidates.size(); ++c) {
    if (chosen[c] == c) {
      ++kept;
      continue;
    }
    if (auto d = doc_index.find(candidates[c].path); d != doc_index.end())
      merged.documents[d->second].corpus = "excluded: the same clean text as " + candidates[chosen[c]].path;
  }

  std::sort(merged.documents.begin(), merged.documents.end(),
            [](const DocumentReport& a, const DocumentReport& b) { return a.relative < b.relative; });
  const std::size_t missing = static_cast<std::size_t>(std::count(seen.begin(), seen.end(), 0));
  merged.out_dir = out_dir;
  if (merged.count(Status::failed) > 0) status = std::max(status, 1);
  Json report = Json::parse(report_json(merged));
  report["merged"] = sources;
  report["summary"]["shards"] = count;
  report["summary"]["shardsMissing"] = missing;
  report["summary"]["exitStatus"] = status;
  try {
    if (any_corpus) {
      write_file_atomically((fs::path(out_dir) / "corpus.jsonl").string(), corpus_lines(candidates, chosen));
      report["corpus"] = (fs::path(out_dir) / "corpus.jsonl").string();
    }
    write_file_atomically((fs::path(out_dir) / "report.json").string(),
                          report.dump(2, ' ', false, Json::error_handler_t::replace) + "\n");
  } catch (const std::exception& e) {
    log << "akn-ingest merge: " << e.what() << "\n";
    return 3;
  }
  log << "akn-ingest merge: " << shards.size() << " of " << count << " shards, " << merged.documents.size() << " documents, "
      << kept << " corpus records (" << records - kept << " duplicates left out); report: "
      << (fs::path(out_dir) / "report.json").string() << "\n";
  return status;
}

}  // namespace akn
