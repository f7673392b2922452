// Helpers of the text-dump tests: a text folded as fold -s folds it, and
// the check that pdftotext is there for the tests that dump corpus PDFs.
#pragma once

#include <catch2/catch.hpp>

#include <cstddef>
#include <string>
#include <string_view>

#include "tests/support.hpp"

namespace akn::test {

// `text` with every line longer than `width` broken at its last space
// within it, as fold -s -w does (0: as it is).
inline std::string folded(const std::string& text, std::size_t width) {
  if (width == 0) return text;
  std::string out, line;
  auto flush = [&] {
    out += line;
    line.clear();
  };
  for (const char c : text) {
    if (c == '\n' || c == '\f') {
      flush();
      out += c;
      continue;
    }
    line += c;
    if (line.size() > width) {
      const std::size_t cut = line.rfind(' ');
      const std::string rest = cut == std::string::npos ? std::string() : line.substr(cut + 1);
      if (cut != std::string::npos) line.resize(cut + 1);
      flush();
      out += '\n';
      line = rest;
    }
  }
  flush();
  return out;
}

// Whether a block of the conversion holds `what`.
inline bool block_holds(const Conversion& c, std::string_view what) {
  for (const std::string& b : block_texts(c.document))
    if (b.find(what) != std::string::npos) return true;
  return false;
}

// Whether pdftotext is installed; when not, the calling test is skipped
// with a warning (`if (!require_pdftotext()) return;`).
inline bool require_pdftotext() {
  if (have_program("pdftotext")) return true;
  WARN("pdftotext not found: skipped");
  return false;
}

}  // namespace akn::test
