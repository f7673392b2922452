// Paragraphs of pdftotext dumps of UN documents that are not resolutions (a
// draft resolution, reports of the Secretary-General, a verbatim record),
// written at test time from ../shared/corpus/born_digital (the UN's texts
// are not committed), two pages at a time, plain and -layout: a sentence
// that runs over a page break goes on whatever the case of the next page's
// first word; the job line's print date is furniture on every page; a
// layout dump's sentence that ends on a full line does not end its
// paragraph; a chapter heading stays apart from the numbered paragraph
// under it. The PDF conversion reads each as these tests expect.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "tests/dump_text.hpp"
#include "tests/support.hpp"

using namespace akn;
using namespace akn::test;

namespace {

// pdftotext's text of pages [first, last] of a corpus PDF, plain or -layout.
std::string pdftotext_pages(const std::string& file, int first, int last, bool layout) {
  return pdftotext(shared_dir() + "/corpus/born_digital/" + file,
                   std::string(layout ? "-layout " : "") + "-f " + std::to_string(first) + " -l " +
                       std::to_string(last) + " ");
}

bool block_starts(const Conversion& c, std::string_view what) {
  for (const std::string& b : block_texts(c.document))
    if (b.starts_with(what)) return true;
  return false;
}

struct PageBreak {
  const char* file;
  int first;       // the page the sentence starts on; it goes on on the next
  const char* at;  // the words on either side of the break, as one sentence
  const char* next;  // the next page's first words
  bool layout_too;   // a -layout dump reads the page in one column
};

}  // namespace

TEST_CASE("a dump's sentence that runs over a page break goes on, whatever the case of the next page's first word",
          "[dumps][unwrap]") {
  if (!require_pdftotext()) return;
  const std::vector<PageBreak> cases = {
      {"A_C.3_80_L.49.pdf", 1, "Degrading Treatment or Punishment", "Punishment", true},
      {"S_2012_197-EN.pdf", 6, "the intention of my Personal Envoy", "Personal Envoy", true},
      {"S_2015_246-EN.pdf", 14, "the concern of the African Union over", "Union over", true},
      // A verbatim record's two columns: -layout prints them side by side.
      {"S_PV.4507-EN.pdf", 5, "Angola and the Democratic Republic of the Congo", "Republic of the Congo", false}};
  std::size_t ran = 0;
  for (const PageBreak& b : cases)
    for (const bool layout : {false, true}) {
      if (layout && !b.layout_too) continue;
      INFO(b.file << (layout ? " -layout" : " plain"));
      const Conversion c = convert(pdftotext_pages(b.file, b.first, b.first + 1, layout), "dump.txt");
      CHECK(block_holds(c, b.at));
      CHECK_FALSE(block_starts(c, b.next));
      ++ran;
    }
  CHECK(ran == 7);
}

TEST_CASE("a dump's paragraph that ends with the page stays apart from the next page's", "[dumps][unwrap]") {
  // A preambular paragraph ends with a comma, a sentence with a full stop, a
  // heading with its last word: the next page's first line opens its own.
  const std::string furniture = "\n\n25-17792 (E)\n\n111125\n\n*2517792*\n\n\fA/C.3/80/L.49\n\n";
  const std::string lead = "The General Assembly,\nRecalling its resolution 79/170 of 17 December 2024 and all previous\n";
  for (const char* end : {"resolutions on the subject,", "resolutions on the subject."}) {
    INFO(end);
    const Conversion c =
        convert(lead + end + furniture + "Recalling also that the prohibition of torture is a peremptory norm of\n"
                                         "international law,\n",
                "dump.txt");
    CHECK(block_starts(c, "Recalling also"));
  }
  const Conversion c = convert(std::string("I. Introduction\n1. The present report is submitted pursuant to the "
                                           "resolution of the Council.\nII. Recent developments") +
                                   furniture + "Within the Territory, largely peaceful demonstrations were held.\n",
                               "dump.txt");
  CHECK(block_starts(c, "Within the Territory"));
}

TEST_CASE("a plain dump's print date next to the job number is furniture on a page without notes", "[dumps][furniture]") {
  if (!require_pdftotext()) return;
  struct Case {
    const char* file;
    int first;
    const char* date;
  };
  const std::vector<Case> cases = {{"A_C.3_80_L.49.pdf", 1, "111125"}, {"S_2015_246-EN.pdf", 1, "130415"}};
  std::size_t ran = 0;
  for (const Case& k : cases) {
    INFO(k.file);
    const Conversion c = convert(pdftotext_pages(k.file, k.first, k.first + 1, false), "dump.txt");
    CHECK_FALSE(block_holds(c, k.date));
    CHECK(c.text.find(k.date) == std::string::npos);
    CHECK(edits_of(c.document, "remove_print_date").size() == 1);
    ++ran;
  }
  CHECK(ran == 2);
  // Six figures that are no date, or stand away from a job number, are text.
  const Conversion c = convert("1. The count was\n\n451299\n\nat the end of the year.\n", "dump.txt");
  CHECK(edits_of(c.document, "remove_print_date").empty());
  CHECK(c.text.find("451299") != std::string::npos);
}

TEST_CASE("a -layout dump's sentence that ends on a full line does not end its paragraph, whatever each page's margin",
          "[dumps][unwrap]") {
  if (!require_pdftotext()) return;
  // pdftotext -layout sets each page's left margin by its own lines: page 2
  // of S/2012/197 is set 13 spaces in, page 3 17.
  const Conversion report = convert(pdftotext_pages("S_2012_197-EN.pdf", 2, 3, true), "dump.txt");
  CHECK(block_holds(report, "mutually exclusive positions\u201D. In short, they continued"));
  CHECK_FALSE(block_starts(report, "In short"));
  // A resolution's preambular paragraphs open with an indent on each page.
  const Conversion draft = convert(pdftotext_pages("A_C.3_80_L.49.pdf", 1, 2, true), "dump.txt");
  CHECK(block_starts(draft, "Recalling in particular article 2"));
  CHECK(block_starts(draft, "Recalling the obligation of States"));
}

TEST_CASE("a plain dump's chapter heading stays apart from the numbered paragraph under it", "[dumps][unwrap]") {
  if (!require_pdftotext()) return;
  struct Case {
    const char* file;
    int first;
    const char* heading;
    const char* next;  // how the block after the heading opens
  };
  const std::vector<Case> cases = {
      {"S_2012_197-EN.pdf", 1, "I. Introduction", "1. The present report"},
      {"S_2015_246-EN.pdf", 10, "V. Humanitarian activities and human rights", "A."}};
  std::size_t ran = 0;
  for (const Case& k : cases) {
    INFO(k.file);
    const Conversion c = convert(pdftotext_pages(k.file, k.first, k.first + 1, false), "dump.txt");
    const std::vector<std::string> blocks = block_texts(c.document);
    const auto at = std::find(blocks.begin(), blocks.end(), std::string(k.heading));
    REQUIRE(at != blocks.end());
    REQUIRE(at + 1 != blocks.end());
    CHECK(at[1].starts_with(k.next));
    ++ran;
  }
  CHECK(ran == 2);
  // Written by hand: the heading, the number alone, the paragraph's text.
  const Conversion c = convert("II. Recent developments\n2.\nThe reporting period was marked by developments.\n", "dump.txt");
  const std::vector<std::string> blocks = block_texts(c.document);
  REQUIRE(blocks.size() == 2);
  CHECK(blocks[0] == "II. Recent developments");
  CHECK(blocks[1] == "2. The reporting period was marked by developments.");
}
