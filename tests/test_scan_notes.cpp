// The notes of a scanned page (reviewer's scan of A/RES/78/171): the foot
// furniture OCR reads under the notes (the job line, the page number N/M,
// specks) is never part of the last note, and a note whose small number
// OCR misread opens the note the numbering expects there. Each class is
// varied: 2 to 6 notes, a note run over two lines, footers of several
// forms, two-page documents, French.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "support.hpp"
#include "foot_pages.hpp"

using namespace akn;
using namespace akn::test;

namespace {
// The notes' pages as OCR reads them, every word read with confidence 92.
Document ocr_pages_with_words(const std::vector<std::vector<std::string>>& pages) { return ocr_foot_pages(pages, 92); }

struct NoteText {
  std::string first;   // the note's first line, after its number
  std::string second;  // a second line it runs over to, or empty
};

// Notes in English and in French; note k of a case is texts[k % size].
const std::vector<NoteText>& note_texts(bool french) {
  static const std::vector<NoteText> en = {
      {"Resolution 217 A (III).", ""},
      {"See resolution 2200 A (XXI), annex.", ""},
      {"Report of the World Summit for Social Development, Copenhagen, 6-12 March 1995 (United",
       "Nations publication, Sales No. E.96.IV.8), chap. I, resolution 1, annexes I and II."},
      {"Ibid., vol. 2515, No. 44910.", ""},
      {"See Official Records of the General Assembly, Sixty-eighth Session, Supplement No. 53",
       "(A/68/53), chap. V, sect. A."},
      {"United Nations, Treaty Series, vol. 660, No. 9464.", ""}};
  static const std::vector<NoteText> fr = {
      {"Résolution 217 A (III).", ""},
      {"Voir résolution 2200 A (XXI), annexe.", ""},
      {"Rapport du Sommet mondial pour le développement social, Copenhague, 6-12 mars 1995 (publication",
       "des Nations Unies, numéro de vente : F.96.IV.8), chap. I, résolution 1, annexes I et II."},
      {"Ibid., vol. 2515, no 44910.", ""},
      {"Voir Documents officiels de l'Assemblée générale, soixante-huitième session, Supplément no 53",
       "(A/68/53), chap. V, sect. A."},
      {"Nations Unies, Recueil des Traités, vol. 660, no 9464.", ""}};
  return french ? fr : en;
}

std::string joined(const NoteText& t) { return t.second.empty() ? t.first : t.first + " " + t.second; }
}  // namespace

TEST_CASE("on OCR pages the foot furniture under the notes is set apart and never appended to the last note",
          "[footnotes][ocr][scan_notes]") {
  // The job line as OCR reads it beside the barcode and "Please recycle"
  // (specks before the job number, "(E)" misread), the page number N/M
  // with a speck, a line of specks read with a low confidence, and the
  // page number N/M beside the job number.
  const std::vector<std::string> footers_en = {"EEE 23-25972 ar 040124 Please ree , ace", "2/2 ,",
                                               "~ ,. Sm", "2/2 23-25972"};
  const std::vector<std::string> footers_fr = {"IIE 23-25972 CF) 040124 Merci de ree , ace", ", 2/2",
                                               "~ ,. Sm", "23-25972 2/2"};
  int ran = 0;
  for (const bool french : {false, true})
    for (std::size_t notes = 2; notes <= 6; ++notes)
      for (std::size_t f = 0; f < footers_en.size(); ++f) {
        const auto& texts = note_texts(french);
        const std::string footer = french ? footers_fr[f] : footers_en[f];
        CAPTURE(french, notes, footer);
        // Page 1 holds the body and the first notes; page 2 the rest of the
        // notes, the footer under them.
        std::vector<std::string> one = {french ? "Réaffirmant la Déclaration universelle des droits de l'homme,"
                                               : "Reaffirming the Universal Declaration of Human Rights,",
                                        ""};
        std::vector<std::string> two = {french ? "Rappelant sa résolution 76/130 du 16 décembre 2021,"
                                               : "Recalling its resolution 76/130 of 16 December 2021,",
                                        ""};
        const std::size_t on_one = notes / 2;
        std::vector<std::string> expected;
        for (std::size_t k = 0; k < notes; ++k) {
          // Note 2 (the third text) or the last note runs over two lines.
          const NoteText& t = texts[(k + notes) % texts.size()];
          auto& page = k < on_one ? one : two;
          page.push_back(std::to_string(k + 1) + " " + t.first);
          if (!t.second.empty()) page.push_back(t.second);
          expected.push_back(joined(t));
        }
        // Page 1's footer prints its own page number.
        one.push_back(f == 1 ? (french ? ", 1/2" : "1/2 ,") : f == 3 ? (french ? "23-25972 1/2" : "1/2 23-25972") : footer);
        two.push_back(footer);
        Document doc = ocr_pages_with_words({one, two});
        // The specks are read with a low confidence.
        for (Page& page : doc.pages)
          if (page.lines.back().text == "~ ,. Sm")
            for (Word& w : page.lines.back().words) w.confidence = 21;
        run_passes(doc, {"normalize_text", "collect_footnotes"});
        REQUIRE(doc.footnotes.size() == notes);
        for (std::size_t k = 0; k < notes; ++k) {
          CHECK(doc.footnotes[k].marker == std::to_string(k + 1));
          CHECK(doc.footnotes[k].text == expected[k]);
        }
        for (const Page& page : doc.pages) CHECK(page.lines.back().role == LineRole::furniture);
        CHECK(edits_of(doc, "remove_foot_furniture").size() == 2);
        ++ran;
      }
  CHECK(ran == 40);
}

TEST_CASE("on OCR pages a line of words under the notes stays a note's whatever its confidence", "[footnotes][ocr][scan_notes]") {
  // A note's last line read with a low confidence, its words in the
  // dictionary's language: no garbage, kept in the note. A job number's
  // shape in a note above the last lines is kept too.
  Document doc = ocr_pages_with_words({{"Recalling its resolution 76/130,", "", "1 See A/78/150.", "2 Report of the Committee, document",
                             "ECE/TRANS/2023/12, annex."}});
  for (Word& w : doc.pages[0].lines.back().words) w.confidence = 30;
  run_passes(doc, {"normalize_text", "collect_footnotes"});
  REQUIRE(doc.footnotes.size() == 2);
  CHECK(doc.footnotes[1].text == "Report of the Committee, document ECE/TRANS/2023/12, annex.");
  CHECK(edits_of(doc, "remove_foot_furniture").empty());
  // A page number N/M that is not this page's of the document's pages is
  // a note's text ("decision 2/5" on a one-page document).
  Document decision = ocr_pages_with_words({{"Recalling its decision,", "", "1 See A/78/150.", "2 See Human Rights Council decision", "2/5"}});
  run_passes(decision, {"normalize_text", "collect_footnotes"});
  REQUIRE(decision.footnotes.size() == 2);
  CHECK(decision.footnotes[1].text == "See Human Rights Council decision 2/5");
}

// Found by bench/scan-measure.sh: the 200-dpi scan of the LaTeX fixture
// whose notes run over (fixtures/notes) read note 5, "5 A/80/297.", as
// "5.4 /80/297." with every word under confidence 60, and the note was
// removed as OCR garbage at the page's foot (note 5 not found, 7 notes for
// 8). A last line that opens with the number of the note after the one
// above it is a note OCR garbled, kept; a line of specks is not.
TEST_CASE("on OCR pages a garbled last line that opens with the next note's number stays a note",
          "[footnotes][ocr][scan_notes]") {
  std::size_t ran = 0;
  for (const std::string& last : {std::string("5.4 /80/297."), std::string("5 A/S0/2g7.")}) {
    CAPTURE(last);
    Document doc = ocr_pages_with_words({{"Recalling its resolution 76/130,", "", "3 See A/78/150.", "4 See www.icriforum.org.", last}});
    for (Word& w : doc.pages[0].lines.back().words) w.confidence = 40;
    run_passes(doc, {"normalize_text", "collect_footnotes"});
    CHECK(edits_of(doc, "remove_foot_furniture").empty());
    REQUIRE(doc.footnotes.size() == 3);
    CHECK(doc.footnotes[2].marker == "5");
    ++ran;
  }
  CHECK(ran == 2);
  // Specks, and a figure that is not the next note's, are still garbage.
  for (const std::string& last : {std::string("~ ,. Sm"), std::string("7.4 ,~ .")}) {
    CAPTURE(last);
    Document doc = ocr_pages_with_words({{"Recalling its resolution 76/130,", "", "3 See A/78/150.", "4 See www.icriforum.org.", last}});
    for (Word& w : doc.pages[0].lines.back().words) w.confidence = 21;
    run_passes(doc, {"normalize_text", "collect_footnotes"});
    CHECK(edits_of(doc, "remove_foot_furniture").size() == 1);
    CHECK(doc.footnotes.size() == 2);
  }
}

TEST_CASE("on OCR pages a note whose set-apart number OCR misread opens the note the numbering expects",
          "[footnotes][ocr][scan_notes]") {
  // Numbers as the 78/171 scan read them: "> Tbid." and "§ Tbid." for 5 and
  // 6, "'3" and "1S" for 13 and 15, "0" for 10, "2" and "4" for 12 and 14;
  // as a noisy scan of it read them: "1" for 11 under note 10 (no new
  // count: the page raises no mark 1), "”" for 12, "'S" for 15, and
  // "5" again for 6 under note 5.
  // Each case: the first note's number, and how each note's number is
  // printed (empty: read right).
  struct Case {
    int first;
    std::vector<std::string> read;
  };
  const std::vector<Case> cases = {{4, {"", ">", ""}},
                                   {4, {"", ">", "\u00A7", ""}},
                                   {8, {"", "\u00B0", "0", ""}},
                                   {11, {"", "2", "'3", "4", "1S", ""}},
                                   {1, {"", "'", ""}},
                                   {14, {"", "1S", "", ""}},
                                   {11, {"1", "\u201D", "", "4", "'S", ""}},
                                   {5, {"", "5", ""}}};
  int ran = 0;
  for (const bool french : {false, true})
    for (const Case& c : cases) {
      const auto& texts = note_texts(french);
      CAPTURE(french, c.first, c.read);
      // Page 1: the notes before the case's first, read right; page 2:
      // the case's notes.
      std::vector<std::string> one = {french ? "Réaffirmant la Déclaration universelle des droits de l'homme,"
                                             : "Reaffirming the Universal Declaration of Human Rights,"};
      if (c.first > 1) one.emplace_back();
      for (int n = 1; n < c.first; ++n) one.push_back(std::to_string(n) + " See A/78/" + std::to_string(100 + n) + ".");
      std::vector<std::string> two = {french ? "Rappelant sa résolution 76/130 du 16 décembre 2021," : "Recalling its resolution 76/130,", ""};
      std::vector<std::string> expected;
      for (std::size_t k = 0; k < c.read.size(); ++k) {
        const NoteText& t = texts[(k + static_cast<std::size_t>(c.first)) % texts.size()];
        const std::string number = c.read[k].empty() ? std::to_string(c.first + static_cast<int>(k)) : c.read[k];
        two.push_back(number + " " + t.first);
        if (!t.second.empty()) two.push_back(t.second);
        expected.push_back(joined(t));
      }
      Document doc = ocr_pages_with_words({one, two});
      run_passes(doc, {"normalize_text", "collect_footnotes"});
      const std::size_t before = static_cast<std::size_t>(c.first - 1);
      REQUIRE(doc.footnotes.size() == before + c.read.size());
      for (std::size_t k = 0; k < c.read.size(); ++k) {
        CHECK(doc.footnotes[before + k].marker == std::to_string(c.first + static_cast<int>(k)));
        CHECK(doc.footnotes[before + k].text == expected[k]);
      }
      std::size_t misread = 0;
      for (const std::string& r : c.read) misread += r.empty() ? 0U : 1U;
      CHECK(edits_of(doc, "ocr_note_number").size() == misread);
      ++ran;
    }
  CHECK(ran == 16);
}

TEST_CASE("on OCR pages a sign opening a line under the notes that the numbering leaves no room for stays as read",
          "[footnotes][ocr][scan_notes]") {
  // Notes 4 and 7 read, one line with a sign between them: the sign cannot
  // be both 5 and 6, so it is no note's number, and is not renumbered.
  Document doc = ocr_pages_with_words({{"Recalling its resolution 76/130,", "", "1 See A/78/147.", "2 See A/78/148.", "3 See A/78/149.",
                             "4 See A/78/150.", "> Ibid., vol. 2515.", "7 See A/78/151."}});
  run_passes(doc, {"normalize_text", "collect_footnotes"});
  CHECK(edits_of(doc, "ocr_note_number").empty());
  for (const Footnote& f : doc.footnotes) CHECK(f.marker != "5");
}

TEST_CASE("on OCR pages a line with no number read under a page's last note leaves room for the next page's misread marks",
          "[footnotes][ocr][scan_notes]") {
  // The noisy 78/171 scan: the footer under note 10 read as a line opening
  // with a capital ("ONY 23-2597? ..."), then page 2's "1" and "\u201D" for
  // notes 11 and 12 under note 13 read right. The misread marks alone fit
  // between 10 and 13: they take 11 and 12; the line with no number read
  // opens no note.
  std::vector<std::string> one = {"Reaffirming the Universal Declaration of Human Rights,", ""};
  for (int n = 1; n <= 10; ++n) one.push_back(std::to_string(n) + " See A/78/" + std::to_string(100 + n) + ".");
  one.emplace_back("ONY Please recycle WY al oe recyete");
  Document doc = ocr_pages_with_words(
      {one, {"Recalling its resolution 76/130,", "", "1 See Official Records of the General Assembly, Sixty-eighth Session.",
             "\u201D Ibid., Supplement No. 53A (A/68/53/Add.1), chap. III.", "13 Ibid., Seventieth Session."}});
  run_passes(doc, {"normalize_text", "collect_footnotes"});
  std::vector<std::string> markers;
  for (const Footnote& f : doc.footnotes) markers.push_back(f.marker);
  CHECK(std::count(markers.begin(), markers.end(), "1") == 1);
  REQUIRE(doc.footnotes.size() >= 13);
  CHECK(doc.footnotes[10].marker == "11");
  CHECK(doc.footnotes[10].text == "See Official Records of the General Assembly, Sixty-eighth Session.");
  CHECK(doc.footnotes[11].marker == "12");
  CHECK(doc.footnotes[11].text == "Ibid., Supplement No. 53A (A/68/53/Add.1), chap. III.");
  CHECK(doc.footnotes[12].marker == "13");
  CHECK(edits_of(doc, "ocr_note_number").size() == 2);
}
