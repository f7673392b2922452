// Chinese text dumps (pdftotext, plain) of resolutions of one and two pages
// (tests/data/zh/zh_resolution_*.txt, written for these tests): pdftotext
// prints the typesetter's gap about figures and Latin symbols, and the
// letter-spacing of a justified line, as spaces ("2026 年", "各 国 在").
// The UN's Chinese text has none there ("2026年", "各国在"): main kept them,
// so no paragraph read the same as the UN's.

#include <catch2/catch.hpp>

#include <string>

#include "tests/support.hpp"

using namespace akn;
using namespace akn::test;

namespace {
bool has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }
}  // namespace

TEST_CASE("Chinese text dumps: no space between Han characters, nor between Han and figures or symbols",
          "[dumps][zh][dump-zh-spacing]") {
  std::size_t ran = 0;
  for (const char* name : {"zh_resolution_1page.txt", "zh_resolution_2pages.txt"}) {
    INFO(name);
    const Conversion c = convert(read_file(source_dir() + "/tests/data/zh/" + name), name);
    ++ran;
    CHECK(c.document.language == std::optional<std::string>("zh"));
    REQUIRE(c.resolution.preamble.size() == 2);
    CHECK(c.resolution.preamble[0].text.text == "回顾其2019年12月10日第74/19号决议，");
    CHECK(has(c.resolution.preamble[1].text.text, "并注意到各国在2025年期间开展的合作，"));
    REQUIRE(!c.resolution.operative.empty());
    CHECK(c.resolution.operative[0].num == "1.");
    CHECK(!has(c.resolution.operative[0].text.text, " "));
    CHECK(has(c.text, "(A/81/L."));                       // the space before a bracket stays
    CHECK(!edits_of(c.document, "close_han_space").empty());  // each closing is an edit
  }
  CHECK(ran == 2);
}

TEST_CASE("Chinese text dumps: a mark standing apart after full-width punctuation keeps its spaces",
          "[dumps][zh][dump-zh-spacing]") {
  // In a document long enough for its language to be told (the 1-page
  // fixture), a recital with two marks set apart after full-width
  // punctuation.
  const Conversion c = convert(read_file(source_dir() + "/tests/data/zh/zh_resolution_1page.txt") +
                                   "\n欢迎第 16/18 号、 1 2012 年 3 月 23 日第 19/25 号决议， 2 以及其他决议，\n",
                               "zh.txt");
  REQUIRE(c.document.language == std::optional<std::string>("zh"));
  const std::size_t at = c.text.find("欢迎第");
  REQUIRE(at != std::string::npos);
  const std::string t = c.text.substr(at, c.text.find('\n', at) - at);
  INFO(t);
  CHECK(has(t, "第16/18号"));
  CHECK(has(t, "2012年3月23日第19/25号"));
  CHECK(!has(t, "12012"));  // a mark is never glued to the year after it
  CHECK(!has(t, "2以及"));  // nor to the Han text after it
}

TEST_CASE("Chinese text dumps: a curly quote opening Latin text keeps the space before it, and typed text is not touched",
          "[dumps][zh][dump-zh-spacing]") {
  // Review of the merged pass: curly quotes counted as Chinese, so
  // "entitled “Green Climate Fund”" lost its space; and the pass ran on
  // Markdown, whose spaces are typed, not a dump's gaps.
  const std::string text = read_file(source_dir() + "/tests/data/zh/zh_resolution_1page.txt") +
                           "\n又注意到题为 “核安全” 的决议以及 the report entitled “Green Climate Fund” 的内容，\n";
  const Conversion dump = convert(text, "zh.txt");
  CHECK(has(dump.text, "entitled “Green Climate Fund”"));
  CHECK(has(dump.text, "题为“核安全”"));
  const Conversion typed = convert(text, "zh.md");
  CHECK(typed.document.language == std::optional<std::string>("zh"));
  CHECK(edits_of(typed.document, "close_han_space").empty());
}
