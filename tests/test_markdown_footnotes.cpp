// Pandoc/GFM footnotes in Markdown input: "[^1]" references, "[^1]: text"
// definitions (cleanup/markdown_notes.cpp, run by strip_markdown).
#include <catch2/catch.hpp>

#include <algorithm>

#include "support.hpp"
#include "warnings.hpp"

using namespace akn;
using namespace akn::test;

namespace {
Document notes_of(std::string_view md) {
  Document doc = doc_from_text(md, "x.md");
  run_passes(doc, {"strip_markdown", "remove_furniture", "collect_footnotes", "unwrap_lines", "link_footnotes"});
  return doc;
}
// The text of `b` before its mark `k`.
std::string before_mark(const Block& b, std::size_t k) { return b.text.substr(0, b.marks[k].offset); }
bool any_block_holds(const Document& doc, std::string_view part) { return block_with(doc, part) != nullptr; }
// The document holds two notes, `first` and `second` in order.
void check_two_notes(const Document& doc, std::string_view first, std::string_view second) {
  REQUIRE(doc.footnotes.size() == 2);
  CHECK(doc.footnotes[0].text == first);
  CHECK(doc.footnotes[1].text == second);
}
// The same, and the body refers to both.
void check_two_linked_notes(const Document& doc, std::string_view first, std::string_view second) {
  check_two_notes(doc, first, second);
  CHECK(doc.footnotes[0].referenced);
  CHECK(doc.footnotes[1].referenced);
}
// The block holding `part`, which carries one note mark.
const Block& block_with_one_mark(const Document& doc, std::string_view part) {
  const Block* b = block_with(doc, part);
  REQUIRE(b != nullptr);
  REQUIRE(b->marks.size() == 1);
  return *b;
}
}  // namespace

TEST_CASE("pandoc footnotes with numeric labels, defined at the end, become linked notes", "[markdown][footnotes]") {
  const Document doc = notes_of(
      "*Welcoming* the entry into force of the Treaty (Treaty of Pelindaba)[^1] as a contribution to peace,\n\n"
      "*Recalling* the Declaration on Principles of International Law,[^2]\n\n"
      "52nd plenary meeting  \n1 December 2025  \n\n"
      "[^1]: A/50/426, annex.\n"
      "[^2]: Resolution 2625 (XXV), annex.\n");
  check_two_linked_notes(doc, "A/50/426, annex.", "Resolution 2625 (XXV), annex.");
  CHECK(doc.footnotes[0].marker == "1");
  const Block& b = block_with_one_mark(doc, "Pelindaba");
  CHECK(b.text.find("[^") == std::string::npos);
  CHECK(before_mark(b, 0) == "Welcoming the entry into force of the Treaty (Treaty of Pelindaba)");
  CHECK_FALSE(any_block_holds(doc, "A/50/426"));  // the definitions left the body
  CHECK(edits_of(doc, "mark_footnote_reference").size() == 2);
  CHECK(doc.log.warnings().empty());
}

TEST_CASE("pandoc footnotes with word labels are numbered in the order of their first reference", "[markdown][footnotes]") {
  const Document doc = notes_of(
      "*Recalling* the Charter[^charter] and the Declaration,[^decl]\n\n"
      "*Noting* the Charter again[^charter]\n\n"
      "[^decl]: Resolution 217 A (III).\n"
      "[^charter]: Signed at San Francisco on 26 June 1945.\n");
  REQUIRE(doc.footnotes.size() == 2);
  const auto note = [&](std::string_view marker) {
    return std::find_if(doc.footnotes.begin(), doc.footnotes.end(), [&](const Footnote& f) { return f.marker == marker; });
  };
  REQUIRE(note("1") != doc.footnotes.end());
  REQUIRE(note("2") != doc.footnotes.end());
  CHECK(note("1")->text == "Signed at San Francisco on 26 June 1945.");
  CHECK(note("2")->text == "Resolution 217 A (III).");
  const Block* first = block_with(doc, "Recalling");
  REQUIRE(first != nullptr);
  REQUIRE(first->marks.size() == 2);
  CHECK(first->marks[0].marker == "1");
  CHECK(first->marks[1].marker == "2");
  const Block* again = block_with(doc, "Noting");
  REQUIRE(again != nullptr);
  REQUIRE(again->marks.size() == 1);
  CHECK(again->marks[0].marker == "1");
}

TEST_CASE("a pandoc footnote definition runs over its continuation lines", "[markdown][footnotes]") {
  const Document doc = notes_of(
      "*Taking note* of the report,[^1] and of the plan.[^2]\n\n"
      "[^1]: See *Official Records of the General Assembly, Eightieth Session,\n"
      "    Supplement No. 25* (A/80/25), chap. II.\n"
      "[^2]: A/80/123,\n"
      "annex.\n\n"
      "    Second paragraph of the note.\n\n"
      "*Decides* to remain seized of the matter.\n");
  check_two_notes(doc,
                  "See Official Records of the General Assembly, Eightieth Session, Supplement No. 25 (A/80/25), chap. II.",
                  "A/80/123, annex. Second paragraph of the note.");
  CHECK(any_block_holds(doc, "Decides to remain seized"));  // not indented: the body again
  CHECK_FALSE(any_block_holds(doc, "Supplement No. 25"));
}

TEST_CASE("a pandoc footnote defined right after its paragraph", "[markdown][footnotes]") {
  const Document doc = notes_of(
      "*Recalling* its resolution 79/76,[^1]\n\n"
      "[^1]: Adopted on 2 December 2024.\n\n"
      "*Reaffirming* the primary role of the countries of the region,[^2]\n\n"
      "[^2]: See A/79/100.\n\n"
      "1. *Decides* to include the item.\n");
  check_two_linked_notes(doc, "Adopted on 2 December 2024.", "See A/79/100.");
  CHECK(any_block_holds(doc, "Reaffirming the primary role"));
  CHECK(any_block_holds(doc, "Decides to include the item."));
  CHECK_FALSE(any_block_holds(doc, "Adopted on 2 December"));
}

TEST_CASE("a French resolution with two pandoc footnotes", "[markdown][footnotes]") {
  const Document doc = notes_of(
      "# Résolution adoptée par l’Assemblée générale le 1er décembre 2025\n\n"
      "*L’Assemblée générale*,\n\n"
      "*Rappelant* le Traité sur une zone exempte d’armes nucléaires en Afrique (Traité de Pelindaba)[^1],\n\n"
      "*Rappelant également* la Déclaration relative aux principes du droit international[^2],\n\n"
      "1. *Décide* d’inscrire la question à l’ordre du jour provisoire.\n\n"
      "[^1]: A/50/426, annexe.\n"
      "[^2]: Résolution 2625 (XXV), annexe.\n");
  check_two_notes(doc, "A/50/426, annexe.", "Résolution 2625 (XXV), annexe.");
  CHECK(before_mark(block_with_one_mark(doc, "Pelindaba"), 0).ends_with("(Traité de Pelindaba)"));
  CHECK(doc.footnotes[1].referenced);
}

TEST_CASE("a pandoc reference with no definition, and a definition never referenced, stay as printed with warnings",
          "[markdown][footnotes]") {
  const Document doc = notes_of(
      "*Recalling* its resolution 79/76,[^1] and the report.[^9]\n\n"
      "[^1]: Adopted on 2 December 2024.\n"
      "[^7]: An orphan note.\n");
  REQUIRE(doc.footnotes.size() == 1);
  CHECK(doc.footnotes[0].marker == "1");
  const Block* b = block_with(doc, "Recalling");
  REQUIRE(b != nullptr);
  CHECK(b->text.find("the report.[^9]") != std::string::npos);
  CHECK(has_warning(doc, "[^9] has no definition"));
  CHECK(has_warning(doc, "[^7] is never referenced"));
  CHECK(any_block_holds(doc, "[^7]: An orphan note."));
  // The orphan's text stays in the body: a note left in the text, which
  // the quality counts; the dangling reference is no note.
  std::size_t in_text = 0;
  for (const Diagnostic& d : doc.log.warnings())
    if (d.doubt == Doubt::notes_in_text) in_text += d.notes.size();
  CHECK(in_text == 1);
}

TEST_CASE("a pandoc reference inside a code span is code, not a reference", "[markdown][footnotes]") {
  const Document doc = notes_of(
      "Write `[^1]` to mark a note, as here.[^1]\n\n"
      "[^1]: The syntax of pandoc.\n");
  REQUIRE(doc.footnotes.size() == 1);
  const Block* b = block_with(doc, "Write");
  REQUIRE(b != nullptr);
  REQUIRE(b->marks.size() == 1);
  CHECK(before_mark(*b, 0) == "Write `[^1]` to mark a note, as here.");
}

TEST_CASE("the whole pipeline puts pandoc footnotes in the AKN as authorial notes", "[markdown][footnotes]") {
  const Conversion c = pipeline().convert(
      "A_RES_80_1.md",
      "United Nations\n\nA/RES/80/1\n\nGeneral Assembly\n\nDistr.: General\n\n"
      "# Resolution adopted by the General Assembly on 1 December 2025\n\n"
      "## 80/1. Strengthening of cooperation\n\n*The General Assembly*,\n\n"
      "*Recalling* the Treaty of Pelindaba[^1] as a contribution to peace,\n\n"
      "1. *Decides* to include the item in the agenda of its eighty-first session.[^2]\n\n"
      "52nd plenary meeting  \n1 December 2025  \n\n"
      "[^1]: A/50/426, annex.\n[^2]: A/80/123.\n");
  const auto count = [&](std::string_view s) {
    std::size_t n = 0;
    for (std::size_t at = c.akn.find(s); at != std::string::npos; at = c.akn.find(s, at + 1)) ++n;
    return n;
  };
  CHECK(count("<authorialNote") == 2);
  CHECK(count("[^") == 0);
  CHECK(c.akn.find("A/50/426, annex.") != std::string::npos);
  // Every character printed is accounted for by the edit log (the note
  // numbers the notes print are the definitions' labels).
  CHECK(c.conservation.unaccounted.empty());
}

TEST_CASE("a pandoc footnote defined twice gives one note, the second definition kept with a warning",
          "[markdown][footnotes]") {
  // Review of the merged md-notes: two "[^1]:" definitions made two notes
  // both numbered 1.
  const Document doc = notes_of(
      "*Recalling* its resolution 79/76,[^1] and the report.\n\n"
      "[^1]: Adopted on 2 December 2024.\n\n"
      "[^1]: A second text under the same label.\n");
  REQUIRE(doc.footnotes.size() == 1);
  CHECK(doc.footnotes[0].text == "Adopted on 2 December 2024.");
  CHECK(has_warning(doc, "[^1] is defined again"));
  CHECK(any_block_holds(doc, "A second text under the same label."));
}
