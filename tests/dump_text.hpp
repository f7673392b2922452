// Helpers of the text-dump tests: a text folded as fold -s folds it, a
// resolution's plain dump, pdftotext's text of a PDF, and the check that
// pdftotext is there for the tests that dump corpus PDFs.
#pragma once

#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdio>
#include <initializer_list>
#include <string>
#include <string_view>

#include "tests/support.hpp"

namespace akn::test {

// `text` with every line longer than `width` characters (UTF-8 code
// points, not bytes: a Cyrillic or accented letter is one) broken at its
// last space within it, as fold -s -w does on characters (0: as it is).
inline std::string folded(const std::string& text, std::size_t width) {
  if (width == 0) return text;
  // A byte that is not a UTF-8 continuation byte (10xxxxxx) starts a character.
  const auto starts_character = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; };
  std::string out, line;
  std::size_t length = 0;  // characters in `line`
  auto flush = [&] {
    out += line;
    line.clear();
    length = 0;
  };
  for (const char c : text) {
    if (c == '\n' || c == '\f') {
      flush();
      out += c;
      continue;
    }
    line += c;
    length += starts_character(c);
    if (length > width) {
      const std::size_t cut = line.rfind(' ');
      const std::string rest = cut == std::string::npos ? std::string() : line.substr(cut + 1);
      if (cut != std::string::npos) line.resize(cut + 1);
      flush();
      out += '\n';
      line = rest;
      length = 0;
      for (const char r : rest) length += starts_character(r);
    }
  }
  flush();
  return out;
}

// pdftotext's text of `pdf` with `flags` ("-layout ", "-raw ",
// "-f 2 -l 3 "), read from its standard output ("" when it could not run;
// call require_pdftotext first).
inline std::string pdftotext(const std::string& pdf, const std::string& flags = "") {
  const std::string command = "pdftotext -q " + flags + "'" + pdf + "' -";
  std::string out;
  if (FILE* pipe = ::popen(command.c_str(), "r")) {
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
    ::pclose(pipe);
  }
  return out;
}

// An Arabic stretch as pdftotext writes it: between the embedding controls
// RLE and PDF (right to left) ...
inline std::string rtl(const std::string& s) { return "\u202B" + s + "\u202C"; }
// ... and a left-to-right run inside it between LRE and PDF.
inline std::string ltr(const std::string& s) { return "\u202A" + s + "\u202C"; }

// A resolution's words in one language, as the plain-dump tests print them.
struct DumpLanguage {
  const char* formula;
  const char* recitals[3];  // each as pdftotext prints it, the last line ending with a comma
  const char* leads[3];     // the lead each opens with
  const char* operative;    // an operative paragraph's words, as two printed lines
  // An operative paragraph whose second line opens with a lead word after a
  // comma: it stays one paragraph (the rule holds in the preamble only).
  const char* operative_with_lead;
};

// What a resolution's plain dump prints around its paragraphs.
struct DumpHead {
  std::string symbol;            // "A/RES/78/107", also the head of page 2
  std::string date;              // "11 December 2023"
  std::string agenda_item;       // "Agenda item 83"
  std::string number_and_title;  // "78/107.\n\nUnited Nations Programme ...\n", printed lines
  std::string job;               // page 1's job number, "23-25041"
  bool numbers_alone = false;    // each operative number alone on its line ("1.\n"), or before its words ("1. ")
};

// The dump as pdftotext prints a resolution without -layout, no blank line
// between its paragraphs: the masthead, the number and title, the formula,
// the three recitals (on 2 pages, a page break after the second, the next
// page's head over the third), then three numbered operative paragraphs;
// folded at `width` characters (0: not folded).
inline std::string plain_resolution_dump(const DumpHead& h, const DumpLanguage& l, std::size_t pages,
                                         std::size_t width) {
  std::string s = h.symbol + "\n\nUnited Nations\n\nDistr.: General\n" + h.date + "\n\nSeventy-eighth session\n" +
                  h.agenda_item + "\n\n" + h.number_and_title;
  s += std::string(l.formula) + "\n" + l.recitals[0] + "\n" + l.recitals[1] + "\n";
  if (pages == 2) s += "\n" + h.job + "\n\f\n" + h.symbol + "\n\n";
  const std::string after_number = h.numbers_alone ? "\n" : " ";
  s += std::string(l.recitals[2]) + "\n1." + after_number + l.operative + "\n2." + after_number +
       l.operative_with_lead + "\n3." + after_number + l.operative + "\n";
  return folded(s, width);
}

// Runs `check(language, pages, width)` on each of `languages` laid out on
// 1 and on 2 pages, folded at each of `widths` (0: not folded), each run
// named in the failure messages; returns how many ran, for the caller to
// assert.
template <class Language, std::size_t N, class Check>
std::size_t for_each_dump(const Language (&languages)[N], std::initializer_list<std::size_t> widths, Check check) {
  std::size_t ran = 0;
  for (const Language& l : languages)
    for (const std::size_t pages : {1UL, 2UL})
      for (const std::size_t width : widths) {
        INFO(l.formula << " pages " << pages << " width " << width);
        check(l, pages, width);
        ++ran;
      }
  return ran;
}

// What every plain dump of `l` must give: its three recitals, each opening
// with its lead and ending with a comma, and three operative paragraphs,
// the lead after a comma inside the second one staying in it.
// The three recitals of `c`, each opening with its lead of `leads`.
inline void check_recital_leads(const Conversion& c, const char* const (&leads)[3]) {
  REQUIRE(c.resolution.preamble.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) CHECK(c.resolution.preamble[i].text.text.starts_with(leads[i]));
}

inline void check_recitals_and_operative(const Conversion& c, const DumpLanguage& l) {
  check_recital_leads(c, l.leads);
  for (std::size_t i = 0; i < 3; ++i) CHECK(c.resolution.preamble[i].text.text.ends_with(","));
  REQUIRE(c.resolution.operative.size() == 3);
  CHECK(c.resolution.operative[1].text.text.ends_with(";"));
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
