// akn-cer: the character error rate of a text against its truth, for the
// scan measurements (bench/scan-measure.sh). Both texts are compared as code
// points with every run of white space read as one space; the rate is the
// Levenshtein distance divided by the truth's length. With --body, each
// text is cut at its first line that is exactly "Notes" (where the clean
// text's list of notes begins), so the body is measured without its notes.
//
// Not part of the pipeline: a development tool.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/text.hpp"

namespace {

std::string read(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "akn-cer: cannot read %s\n", path);
    std::exit(2);
  }
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string body_of(const std::string& text) {
  const std::string marker = "\nNotes\n";
  const auto at = text.find(marker);
  return at == std::string::npos ? text : text.substr(0, at + 1);
}



}  // namespace

int main(int argc, char** argv) {
  bool body = false;
  std::vector<const char*> files;
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--body") body = true;
    else files.push_back(argv[i]);
  }
  if (files.size() != 2) {
    std::fprintf(stderr, "Usage: akn-cer [--body] TRUTH.txt TEXT.txt\nPrints the CER of TEXT against TRUTH, in percent.\n");
    return 2;
  }
  std::string truth = read(files[0]), text = read(files[1]);
  if (body) {
    truth = body_of(truth);
    text = body_of(text);
  }
  const std::u32string t = akn::code_points(truth, true), x = akn::code_points(text, true);
  if (t.empty()) {
    std::fprintf(stderr, "akn-cer: the truth is empty\n");
    return 2;
  }
  std::printf("%.2f\n", 100.0 * static_cast<double>(akn::levenshtein(x, t)) / static_cast<double>(t.size()));
  return 0;
}
