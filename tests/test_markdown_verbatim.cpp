// Verbatim regions of Markdown input (cleanup/markdown.cpp): fenced code
// blocks and pipe tables are kept as printed, one line each, with a
// warning; no note, emphasis or quote rule touches them.
#include <catch2/catch.hpp>

#include <algorithm>

#include "support.hpp"
#include "warnings.hpp"

using namespace akn;
using namespace akn::test;

namespace {
Document cleaned(std::string_view md) {
  Document doc = doc_from_text(md, "x.md");
  run_passes(doc, {"strip_markdown", "normalize_text", "remove_furniture", "collect_footnotes", "unwrap_lines",
                   "link_footnotes"});
  return doc;
}
std::size_t blocks_holding(const Document& doc, std::string_view part) {
  return static_cast<std::size_t>(std::count_if(doc.blocks.begin(), doc.blocks.end(), [&](const Block& b) {
    return b.text.find(part) != std::string::npos;
  }));
}
}  // namespace

TEST_CASE("a fenced code block's footnote syntax is code, not a note, and its fence is no quote", "[markdown][footnotes]") {
  for (const std::string fence : {"```", "~~~~"}) {
    CAPTURE(fence);
    const Document doc = cleaned(
        "1. The Group reviewed the syntax used by Markdown for notes[^1] as follows\n\n" + fence +
        "\nfootnote syntax: Hello[^2] world.\n[^2]: This is not a note of the report.\n" + fence +
        "\n\n2. The results follow.\n\n[^1]: See A/80/123.\n");
    REQUIRE(doc.footnotes.size() == 1);
    CHECK(doc.footnotes[0].text == "See A/80/123.");
    // The code lines stay as printed, each a paragraph of its own.
    const Block* code = block_with(doc, "Hello[^2] world.");
    REQUIRE(code != nullptr);
    CHECK(code->text == "footnote syntax: Hello[^2] world.");
    CHECK(blocks_holding(doc, "[^2]: This is not a note of the report.") == 1);
    CHECK(blocks_holding(doc, "\u201c") == 0);  // no fence read as a doubled quote
    CHECK(blocks_holding(doc, fence) == 0);     // the fences are furniture, recorded
    CHECK(std::count_if(doc.log.edits().begin(), doc.log.edits().end(), [](const Edit& e) {
            return e.reason.find("Markdown code fence") != std::string::npos;
          }) == 2);
    CHECK(has_warning(doc, "Markdown code block"));
    // The paragraph before the block ends there (review: a blank line's
    // break joined it to the code's first line).
    const Block* before = block_with(doc, "as follows");
    REQUIRE(before != nullptr);
    CHECK(before->text.find("footnote syntax") == std::string::npos);
    CHECK_FALSE(has_warning(doc, "never referenced"));
  }
}

TEST_CASE("a code fence never closed is left as text", "[markdown]") {
  const Document doc = cleaned("1. The text.\n\n```\nnot closed [^1]\n\n[^1]: A/80/1.\n");
  CHECK_FALSE(has_warning(doc, "Markdown code block"));
  REQUIRE(doc.footnotes.size() == 1);  // the rest of the document is read as usual
}

TEST_CASE("a Markdown pipe table keeps each row a line, its delimiter row furniture with a reason", "[markdown]") {
  const Document doc = cleaned(
      "3. The results are set out in the table below:\n\n"
      "| Country | Troops | Observers |\n"
      "|-|-:|:-:|\n"
      "| Argentina | 3 | 0 |\n"
      "| Ireland | 11 | 1 |\n"
      "| Total | 14 | 1 |\n\n"
      "4. In 2024, five States reported.\n");
  for (std::string_view row : {"| Country | Troops | Observers |", "| Argentina | 3 | 0 |", "| Ireland | 11 | 1 |",
                               "| Total | 14 | 1 |"}) {
    const Block* b = block_with(doc, row);
    REQUIRE(b != nullptr);
    CHECK(b->text == row);  // a row alone, never joined with the next
  }
  CHECK(blocks_holding(doc, "---") == 0);
  const auto& edits = doc.log.edits();
  CHECK(std::count_if(edits.begin(), edits.end(), [](const Edit& e) {
          return e.reason.find("Markdown table delimiter row") != std::string::npos;
        }) == 1);
  CHECK(std::none_of(edits.begin(), edits.end(), [](const Edit& e) { return e.reason.find("specks") != std::string::npos; }));
  CHECK(has_warning(doc, "a Markdown table"));
  const Block* last = block_with(doc, "five States");
  REQUIRE(last != nullptr);
  CHECK(last->text.find('|') == std::string::npos);
}
