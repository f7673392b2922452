// akn-agree: how far a directory of akn-ingest's AKN agrees with the UN's own
// AKN of the same resolutions (the harness of tools/agreement.hpp).
//
//   akn-agree [--known FILE] [--json FILE] [--min-full SHARE] [--min-paragraphs SHARE] REF_DIR OUR_DIR
//
// Prints each disagreeing document with its first differences, then the
// totals. Exits 1 when a --min-* share is not reached, 2 on a usage error or
// an unreadable reference.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

#include "tools/agreement.hpp"

namespace {
int usage() {
  std::cerr << "usage: akn-agree [--known FILE] [--json FILE] [--min-full SHARE] [--min-paragraphs SHARE] REF_DIR OUR_DIR\n";
  return 2;
}
}  // namespace

int main(int argc, char** argv) {
  using namespace akn::agreement;
  std::string known_path, json_path;
  double min_full = 0, min_paragraphs = 0;
  std::vector<std::string> dirs;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : std::string(); };
    if (a == "--known") known_path = value();
    else if (a == "--json") json_path = value();
    else if (a == "--min-full") min_full = std::atof(value().c_str());
    else if (a == "--min-paragraphs") min_paragraphs = std::atof(value().c_str());
    else if (a == "--help" || a == "-h") return usage(), 0;
    else if (!a.empty() && a[0] == '-') return usage();
    else dirs.push_back(a);
  }
  if (dirs.size() != 2) return usage();
  try {
    const KnownFlaws known = known_path.empty() ? KnownFlaws{} : read_known_flaws(known_path);
    const Report report = compare_directories(dirs[0], dirs[1], known);
    std::cout << format_report(report);
    if (!json_path.empty()) {
      std::ofstream out(json_path);
      out << report_json(report);
      if (!out) {
        std::cerr << "akn-agree: cannot write " << json_path << "\n";
        return 2;
      }
    }
    const Totals& t = report.totals;
    return t.full_share() < min_full || t.paragraph_share() < min_paragraphs ? 1 : 0;
  } catch (const std::exception& e) {
    std::cerr << "akn-agree: " << e.what() << "\n";
    return 2;
  }
}
