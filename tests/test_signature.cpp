// A UN letter's signature read by OCR (issue 19): the "(Signed)" mark that
// OCR damaged into a short bracketed token ("(w) Johanan BEIN", "(U) Aryeh
// LEVIN") is mended where the letter's closing formula and the signatory's
// name or title place it, kept with a warning where the position is not
// clear; no line of the next page (an annex's date) goes on after a
// signature block. The letters are written here, in English and French.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "tests/support.hpp"

using namespace akn;
using namespace akn::test;

namespace {

bool contains(const std::string& text, std::string_view what) { return text.find(what) != std::string::npos; }

std::size_t warnings_with(const Document& doc, std::string_view text) {
  std::size_t n = 0;
  for (const Diagnostic& d : doc.log.warnings())
    if (contains(d.message, text)) ++n;
  return n;
}

struct Letter {
  const char* lang;
  std::string closing;    // the closing paragraph's lines
  std::string signatory;  // the name after the mark
  std::string title;      // the title line(s) after the signature
  const char* mark;       // the mark the language prints
};

const std::vector<Letter>& letters() {
  static const std::vector<Letter> all = {
      {"en",
       "I have the honour to request that the present letter and its annex be\n"
       "circulated as a document of the General Assembly.\n",
       "John MORGAN", "Ambassador\nPermanent Representative\n", "(Signed)"},
      {"fr",
       "Je vous serais reconnaissant de bien vouloir faire distribuer le texte\n"
       "de la pr\u00E9sente lettre et de son annexe comme document de l'Assembl\u00E9e g\u00E9n\u00E9rale.\n",
       "Jean MARTIN", "Ambassadeur\nRepr\u00E9sentant permanent\n", "(Sign\u00E9)"},
  };
  return all;
}

std::string letter_text(const Letter& l, const std::string& token, bool closing = true) {
  return std::string(l.lang == std::string("en") ? "The situation of the people of the region remains of great concern to my Government.\n\n"
                                                 : "La situation de la population de la r\u00E9gion demeure pr\u00E9occupante pour mon gouvernement.\n\n") +
         (closing ? l.closing : std::string(l.lang == std::string("en") ? "The meeting was attended by:\n" : "Ont particip\u00E9 \u00E0 la r\u00E9union :\n")) +
         "\n" + token + " " + l.signatory + "\n" + l.title;
}

}  // namespace

TEST_CASE("a signature mark OCR damaged after a letter's closing is mended in English and French", "[signature]") {
  std::size_t checked = 0;
  for (const Letter& l : letters())
    for (const std::string token : {"(w)", "(U)", "(S1)"}) {
      INFO(l.lang << " " << token);
      Document doc = ocr_document(letter_text(l, token), l.lang);
      run_passes(doc, {"unwrap_lines"});
      const auto mended = edits_of(doc, "mend_signature_mark");
      REQUIRE(mended.size() == 1);
      CHECK(mended[0].before == token);
      CHECK(mended[0].after == l.mark);
      const std::vector<std::string> blocks = block_texts(doc);
      CHECK(std::any_of(blocks.begin(), blocks.end(),
                        [&](const std::string& b) { return b.starts_with(std::string(l.mark) + " " + l.signatory); }));
      ++checked;
    }
  CHECK(checked == 6);
}

TEST_CASE("a bracketed token where a signature may stand is kept with a warning when its position is not clear", "[signature]") {
  std::size_t checked = 0;
  for (const Letter& l : letters()) {
    INFO(l.lang);
    // No closing formula before it: a list's label, or a mark? Kept.
    Document no_closing = ocr_document(letter_text(l, "(w)", false), l.lang);
    run_passes(no_closing, {"unwrap_lines"});
    CHECK(edits_of(no_closing, "mend_signature_mark").empty());
    CHECK(warnings_with(no_closing, "a signature's \"(Signed)\" misread?") == 1);
    // A list after the closing: its labels are no marks.
    Document list = ocr_document(l.closing + "\n(a) UNICEF\n\n(b) UNESCO\n", l.lang);
    run_passes(list, {"unwrap_lines"});
    CHECK(edits_of(list, "mend_signature_mark").empty());
    CHECK(warnings_with(list, "misread?") == 0);
    // A text that no OCR read prints what it prints.
    Document typed = doc_from_text(letter_text(l, "(w)"));
    typed.language = l.lang;
    run_passes(typed, {"unwrap_lines"});
    CHECK(edits_of(typed, "mend_signature_mark").empty());
    ++checked;
  }
  CHECK(checked == 2);
}

TEST_CASE("no line of the next page goes on after a letter's signature block", "[signature]") {
  std::size_t checked = 0;
  for (const Letter& l : letters())
    for (const bool damaged : {false, true}) {
      INFO(l.lang << " " << damaged);
      const std::string date = l.lang == std::string("en") ? "2 April 1990" : "2 avril 1990";
      Document doc = ocr_document(letter_text(l, damaged ? "(w)" : l.mark) + "\f" + date + "\n\n1) One\n", l.lang);
      run_passes(doc, {"unwrap_lines"});
      const std::vector<std::string> blocks = block_texts(doc);
      INFO(blocks.back());
      CHECK(std::find(blocks.begin(), blocks.end(), date) != blocks.end());
      ++checked;
    }
  CHECK(checked == 4);
}
