// Counts the instructions of the cleanup passes where wall time cannot be
// trusted (a shared machine): run under callgrind,
//
//   valgrind --tool=callgrind build/bench/akn_cleanup_count 10 [DIR]
//   callgrind_annotate --inclusive=yes callgrind.out.PID | grep 'akn::[a-z_]*(akn::Document&, akn::PassContext'
//
// it cleans the five seed resolutions once to warm up (PCRE2's JIT, the
// dictionaries), zeroes callgrind's counts, then cleans them N times more
// with every pass (fresh copies each time). Each pass function's inclusive
// count divided by N is its instructions per iteration of the AllPasses
// micro-benchmark (bench/micro.cpp), and Cleaner::run's is the whole.
// With DIR, the .txt files in DIR (text dumps) are cleaned instead of the
// seeds, and the bytes cleaned per iteration are printed.
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

std::vector<akn::Document> ingest_dumps(const akn::PipelineConfig& config, const fs::path& dir, std::size_t& bytes) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<akn::Document> docs;
  for (const fs::path& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    bytes += text.str().size();
    docs.push_back(akn::ingest(f.filename().string(), text.str(), config.ingest));
  }
  return docs;
}

}  // namespace

int main(int argc, char** argv) {
  const int iterations = argc > 1 ? std::atoi(argv[1]) : 10;
  const akn::PipelineConfig config = akn::default_config(AKN_SOURCE_DIR);
  const akn::Cleaner cleaner(config.cleanup);
  const fs::path dir = argc > 2 ? fs::path(argv[2]) : fs::path(AKN_SHARED_DIR) / "seeds";
  std::size_t bytes = 0;
  const std::vector<akn::Document> seeds = ingest_dumps(config, dir, bytes);
  if (seeds.empty()) {
    std::cerr << "no .txt files in " << dir << "\n";
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
            << " edits, " << bytes << " bytes per iteration)\n";
  return 0;
}
