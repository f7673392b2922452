// Counts the instructions of the cleanup passes where wall time cannot be
// trusted (a shared machine): run under callgrind,
//
//   valgrind --tool=callgrind build/bench/akn_cleanup_count 10
//   callgrind_annotate --inclusive=yes callgrind.out.PID | grep 'akn::[a-z_]*(akn::Document&, akn::PassContext'
//
// it cleans the five seed resolutions once to warm up (PCRE2's JIT, the
// dictionaries), zeroes callgrind's counts, then cleans them N times more
// with every pass (fresh copies each time). Each pass function's inclusive
// count divided by N is its instructions per iteration of the AllPasses
// micro-benchmark (bench/micro.cpp), and Cleaner::run's is the whole.
#include <valgrind/callgrind.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "cleanup/cleanup.hpp"
#include "ingest/ingest.hpp"
#include "runner/config.hpp"

namespace {

namespace fs = std::filesystem;

std::vector<akn::Document> ingest_seeds(const akn::PipelineConfig& config) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(fs::path(AKN_SHARED_DIR) / "seeds"))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<akn::Document> docs;
  for (const fs::path& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    docs.push_back(akn::ingest(f.filename().string(), bytes.str(), config.ingest));
  }
  return docs;
}

}  // namespace

int main(int argc, char** argv) {
  const int iterations = argc > 1 ? std::atoi(argv[1]) : 10;
  const akn::PipelineConfig config = akn::default_config(AKN_SOURCE_DIR);
  const akn::Cleaner cleaner(config.cleanup);
  const std::vector<akn::Document> seeds = ingest_seeds(config);
  if (seeds.empty()) {
    std::cerr << "no seeds in " AKN_SHARED_DIR "/seeds\n";
    return 1;
  }
  std::size_t edits = 0;
  for (int i = 0; i <= iterations; ++i) {
    if (i == 1) CALLGRIND_ZERO_STATS;  // the first round only warms up
    std::vector<akn::Document> docs = seeds;
    for (akn::Document& d : docs) {
      cleaner.run(d);
      edits += d.log.edits().size();
    }
  }
  std::cout << seeds.size() << " documents cleaned " << iterations << " times after one warm-up (" << edits
            << " edits)\n";
  return 0;
}
