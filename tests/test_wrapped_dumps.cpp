// Text dumps hard-wrapped at a width (no page breaks, no geometry): a line
// is rejoined to the next only where the next word did not fit on it, as a
// wrapper breaks lines; a line ended before the width (a note of its own
// in a list of notes, the adoption line over "[on the report ...]") ends
// its paragraph. A Markdown heading the dump wrapped ("### **58/170. ...
// of human" / "rights**") is one heading. The dumps are generated here:
// English and French, wrapped at 65 and 80 columns.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "tests/support.hpp"
#include "warnings.hpp"

using namespace akn;
using namespace akn::test;

namespace {

// `text` in lines of at most `width` characters (words never split).
std::string wrapped(const std::string& text, std::size_t width) {
  std::istringstream in(text);
  std::string word, line, out;
  while (in >> word) {
    if (!line.empty() && code_point_count(line) + 1 + code_point_count(word) > width) {
      out += line + "\n";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
  }
  return out + line + "\n";
}

struct Texts {
  std::string symbol, adoption, report, title, formula;
  std::vector<std::string> paragraphs, notes;
  std::string notes_heading;
};

Texts english() {
  return {"A/RES/80/933",
          "Resolution adopted by the General Assembly on 1 December 2025",
          "[on the report of the First Committee (A/80/534, para. 7)]",
          "80/933. Follow-up to the advisory opinion of the International Court of Justice on the legality of "
          "the threat or use of nuclear weapons",
          "The General Assembly,",
          {"Recalling its resolutions 49/75 K of 15 December 1994 and 51/45 M of 10 December 1996, and the "
           "Treaty on the Non-Proliferation of Nuclear Weapons,[1]",
           "Reaffirming the commitment of the international community to the realization of the goal of a "
           "nuclear-weapon-free world through the total elimination of nuclear weapons, and recalling the solemn "
           "obligations of States parties to pursue negotiations in good faith on effective measures relating to "
           "the cessation of the nuclear arms race at an early date and to nuclear disarmament,",
           "Convinced that the continuing existence of nuclear weapons poses a threat to humanity and all life "
           "on Earth,[2]",
           "1. Underlines once again the unanimous conclusion of the Court that there exists an obligation to "
           "pursue in good faith negotiations leading to nuclear disarmament;",
           "2. Decides to include the item in the provisional agenda of its eighty-first session.",
           "52nd plenary meeting", "1 December 2025"},
          {"[1] United Nations, Treaty Series, vol. 729, No. 10485.",
           "[2] See 2000 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear "
           "Weapons, Final Document, vol. I, part I.",
           "[3] Ibid., vol. 634, No. 9068."},
          "Notes"};
}

Texts french() {
  return {"A/RES/80/933",
          "R\u00e9solution adopt\u00e9e par l'Assembl\u00e9e g\u00e9n\u00e9rale le 1er d\u00e9cembre 2025",
          "[sur la base du rapport de la Premi\u00e8re Commission (A/80/534, par. 7)]",
          "80/933. Suite donn\u00e9e \u00e0 l'avis consultatif de la Cour internationale de Justice sur la "
          "lic\u00e9it\u00e9 de la menace ou de l'emploi d'armes nucl\u00e9aires",
          "L'Assembl\u00e9e g\u00e9n\u00e9rale,",
          {"Rappelant ses r\u00e9solutions 49/75 K du 15 d\u00e9cembre 1994 et 51/45 M du 10 d\u00e9cembre 1996, "
           "ainsi que le Trait\u00e9 sur la non-prolif\u00e9ration des armes nucl\u00e9aires[1],",
           "R\u00e9affirmant l'attachement de la communaut\u00e9 internationale \u00e0 la r\u00e9alisation de "
           "l'objectif d'un monde exempt d'armes nucl\u00e9aires par l'\u00e9limination totale de ces armes, et "
           "rappelant l'obligation solennelle des \u00c9tats parties de poursuivre de bonne foi des "
           "n\u00e9gociations sur des mesures efficaces relatives \u00e0 la cessation de la course aux armements "
           "nucl\u00e9aires \u00e0 une date rapproch\u00e9e et au d\u00e9sarmement nucl\u00e9aire,",
           "Convaincue que la persistance des armes nucl\u00e9aires fait peser une menace sur l'humanit\u00e9 et "
           "sur toute forme de vie sur la Terre[2],",
           "1. Souligne de nouveau la conclusion unanime de la Cour selon laquelle il existe une obligation de "
           "poursuivre de bonne foi des n\u00e9gociations menant au d\u00e9sarmement nucl\u00e9aire;",
           "2. D\u00e9cide d'inscrire la question \u00e0 l'ordre du jour provisoire de sa quatre-vingt-"
           "uni\u00e8me session.",
           "52e s\u00e9ance pl\u00e9ni\u00e8re", "1er d\u00e9cembre 2025"},
          {"[1] Nations Unies, Recueil des Trait\u00e9s, vol. 729, no 10485.",
           "[2] Voir Conf\u00e9rence des Parties charg\u00e9e d'examiner le Trait\u00e9 sur la "
           "non-prolif\u00e9ration des armes nucl\u00e9aires en 2000, Document final, vol. I, premi\u00e8re partie.",
           "[3] Ibid., vol. 634, no 9068."},
          "Notes"};
}

// A dump as the seeds' wrapped text prints it: blocks apart by a blank
// line, each wrapped at `width`, the notes one under the other.
std::string plain_dump(const Texts& t, std::size_t width) {
  std::string out = t.symbol + "\n\n" + wrapped(t.adoption, width) + wrapped(t.report, width) + "\n" +
                    wrapped(t.title, width) + "\n" + t.formula + "\n\n";
  for (const std::string& p : t.paragraphs) out += wrapped(p, width) + "\n";
  out += t.notes_heading + "\n";
  for (const std::string& n : t.notes) out += wrapped(n, width);
  return out;
}

bool contains(std::string_view text, std::string_view what) { return text.find(what) != std::string_view::npos; }

}  // namespace

TEST_CASE("a hard-wrapped dump keeps apart the lines it ended before the width", "[unwrap][dumps][languages]") {
  std::size_t runs = 0;
  for (const bool fr : {false, true})
    for (const std::size_t width : {65u, 80u}) {
      INFO((fr ? "fr" : "en") << " width " << width);
      const Texts t = fr ? french() : english();
      const Conversion c = pipeline().convert(fr ? "A_RES_80_933-wrapped.fr.txt" : "A_RES_80_933-wrapped.txt",
                                              plain_dump(t, width));
      ++runs;
      // Each note is a paragraph of its own, its wrapped lines rejoined.
      for (const std::string& n : t.notes) CHECK(contains(c.text, n + "\n"));
      CHECK_FALSE(contains(c.text, "10485. [2]"));
      CHECK_FALSE((contains(c.text, "I, part I. [3]") || contains(c.text, "partie. [3]")));
      // A paragraph wrapped at the width is one paragraph again.
      CHECK(contains(c.text, t.paragraphs[3].substr(3)));
      CHECK(c.conservation.unaccounted.empty());
    }
  CHECK(runs == 4);
}

TEST_CASE("a Markdown heading wrapped by its dump is one heading", "[unwrap][dumps][markdown][languages]") {
  std::size_t runs = 0;
  for (const bool fr : {false, true})
    for (const std::size_t width : {65u, 80u}) {
      INFO((fr ? "fr" : "en") << " width " << width);
      const Texts t = fr ? french() : english();
      std::string md = "# General Assembly\n\nDistr.: General\n9 March 2026\n\n## " + t.adoption + "\n\n" +
                       wrapped("### **" + t.title + "**", width) + "\n*" + t.formula + "*\n\n";
      for (const std::string& p : t.paragraphs) md += wrapped(p, width) + "\n";
      const Conversion c = pipeline().convert(fr ? "wrapped-heading.fr.md" : "wrapped-heading.md", md);
      ++runs;
      // The title's last words stay in the title, not before it nor in the body.
      CHECK(contains(c.text, t.title + "\n"));
      CHECK(contains(c.text, t.formula));
      CHECK(c.conservation.unaccounted.empty());
    }
  CHECK(runs == 4);
}

TEST_CASE("a hard-wrapped line opening 'The ...' and ending with a comma after a sentence's end goes on its paragraph",
          "[unwrap][dumps]") {
  // Paragraph 3's second sentence opens a line ("The Committee notes the
  // conclusions of the Board of Auditors,") after a line that ends the
  // first with a full stop and fills the width: it is no enacting formula,
  // and the paragraph is one. The formula itself still opens its own line.
  struct Case {
    std::size_t width;
    std::vector<std::string> lines;  // paragraph 3 as wrapped at `width`
  };
  const std::vector<Case> cases = {
      {65,
       {"3. Takes note of the report of the Advisory Committee and of the",
        "observations and recommendations of the Board of Auditors on it.",
        "The Committee notes the conclusions of the Board of Auditors,",
        "recommendations and observations contained in the annex thereto;"}},
      {80,
       {"3. Takes note of the report of the Advisory Committee on Administrative and",
        "Budgetary Questions and of the recommendations of the Board of Auditors on it.",
        "The Committee notes the conclusions and observations of the Board of Auditors,",
        "recommendations and observations contained in the annex to the present report;"}}};
  std::size_t runs = 0;
  for (const Case& k : cases) {
    INFO("width " << k.width);
    Texts t = english();
    std::string dump = plain_dump(t, k.width);
    std::string paragraph;
    for (const std::string& line : k.lines) paragraph += line + "\n";
    const std::string before = wrapped(t.paragraphs[4], k.width);  // "2. Decides to include ..."
    const std::size_t at = dump.find(before);
    REQUIRE(at != std::string::npos);
    dump.insert(at + before.size(), "\n" + paragraph);
    const Conversion c = pipeline().convert("A_RES_80_933-sentence.txt", dump);
    ++runs;
    // unwrap_lines joins the two lines (structure would otherwise append
    // the block that line opens to paragraph 3, with a warning).
    bool joined = false;
    for (const Edit& e : edits_of(c.document, "join_lines")) joined = joined || contains(e.after, "on it. The Committee");
    CHECK(joined);
    CHECK_FALSE(has_warning(c.document, "unnumbered text after operative paragraph"));
    CHECK(contains(c.text, "on it. The Committee notes the conclusions"));
    CHECK(contains(c.text, "\nThe General Assembly,\n"));
  }
  CHECK(runs == 2);
}
