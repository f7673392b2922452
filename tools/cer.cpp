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

std::u32string code_points(const std::string& text) {
  std::u32string out;
  bool space = false;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1Fu) : n == 3 ? (c & 0x0Fu) : (c & 0x07u);
    for (std::size_t k = 1; k < n && i + k < text.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
    i += n;
    if (cp == U' ' || cp == U'\n' || cp == U'\t' || cp == U'\r' || cp == U'\f') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(U' ');
    space = false;
    out.push_back(cp);
  }
  return out;
}

std::size_t distance(const std::u32string& a, const std::u32string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
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
  const std::u32string t = code_points(truth), x = code_points(text);
  if (t.empty()) {
    std::fprintf(stderr, "akn-cer: the truth is empty\n");
    return 2;
  }
  std::printf("%.2f\n", 100.0 * static_cast<double>(distance(x, t)) / static_cast<double>(t.size()));
  return 0;
}
