// A note's reference mark that the typesetter wrapped to the start of the
// next body line: LibreOffice breaks "Development,⁸" before the mark when the
// comma fills the line, so the raised "8" opens "including the ...". Such a
// line is in body type above the page's notes: it is no note. Before, note 8
// took the rest of the page (four operative paragraphs) as its text, with
// only a warning that it was long, at quality 0.93.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support.hpp"

using namespace akn;
using namespace akn::test;

namespace {
struct Wrapped {
  std::vector<std::string> body;  // body lines; body[1] opens with the raised mark
  std::string note;               // the note's line at the page foot
  std::string note_text;
};

// One page: body lines in 10 pt from the top, the note in 8 pt at the foot.
Document page_of(const Wrapped& w) {
  std::string text;
  for (const std::string& l : w.body) text += l + "\n";
  text += "\n" + w.note + "\n";
  Document doc = doc_from_text(text);
  Page& page = doc.pages.at(0);
  page.width = 595;
  page.height = 842;
  double y = 100;
  for (Line& line : page.lines) {
    if (line.role == LineRole::blank) continue;
    const bool note = line.text == w.note;
    if (note) y = 770;
    line.box = Box{125, y, 467, y + (note ? 9 : 12)};
    line.font_size = note ? 8 : 10;
    y += 12;
  }
  page.lines.at(1).marks.push_back(NoteMark{0, "1", MarkSource::superscript});
  return doc;
}
}  // namespace

TEST_CASE("a raised mark wrapped to the start of a body line is a reference, not a note that swallows the page",
          "[footnotes]") {
  const std::vector<Wrapped> cases = {
      {{"14. Takes into account the 2030 Agenda for Sustainable Development,",
        "including the Sustainable Development Goals, stresses the importance of fostering",
        "the economic and social development of the Territory;",
        "15. Requests the Territory and the administering Power to take all measures",
        "necessary to protect and conserve the environment of the Territory;"},
       "1 Resolution 70/1.",
       "Resolution 70/1."},
      {{"14. Tient compte du Programme de d\u00e9veloppement durable \u00e0 l\u2019horizon 2030,",
        "y compris les objectifs de d\u00e9veloppement durable, et souligne qu\u2019il importe",
        "de favoriser le d\u00e9veloppement \u00e9conomique et social du territoire ;",
        "15. Prie le territoire et la Puissance administrante de prendre toutes les mesures",
        "n\u00e9cessaires pour prot\u00e9ger l\u2019environnement du territoire ;"},
       "1 R\u00e9solution 70/1.",
       "R\u00e9solution 70/1."},
  };
  int ran = 0;
  for (const Wrapped& w : cases) {
    Document doc = page_of(w);
    run_passes(doc, {"normalize_text", "collect_footnotes"});
    INFO(w.body[0]);
    REQUIRE(doc.footnotes.size() == 1);
    CHECK(doc.footnotes[0].marker == "1");
    CHECK(doc.footnotes[0].text == w.note_text);
    for (std::size_t l = 0; l < w.body.size(); ++l) CHECK(doc.pages[0].lines[l].role == LineRole::body);
    ++ran;
  }
  CHECK(ran == 2);
}
