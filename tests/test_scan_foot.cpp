// The foot of a scanned UN document's page 1 (issue 19): the job number,
// the barcode, the recycling logo and its phrase ("Please recycle",
// "Merci de recycler"), which OCR reads as one line with specks around
// them. It is page furniture, never a paragraph's end nor a note's. Varied:
// English and French, the phrase whole and cut, specks before and after,
// with and without a note above it, and a 2-page document whose page 2
// prints the job number alone.
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include "foot_pages.hpp"
#include "support.hpp"
#include "warnings.hpp"

using namespace akn;
using namespace akn::test;

namespace {
// The words of the foot read for sure; every other word of a foot line is
// a speck, read with a low confidence.
bool foot_sign_word(const std::string& w) {
  static const std::set<std::string> sure = {"Please", "recycle", "rec", "ree", "Merci", "de", "recycler", "23-24531"};
  return sure.count(w) > 0;
}

// OCR pages (words read with confidence 92), the last line of each page
// being a foot line whose specks are read with confidence 30.
Document scan_with_foot(const std::vector<std::vector<std::string>>& pages) {
  Document doc = ocr_foot_pages(pages, 92);
  for (Page& page : doc.pages)
    for (Word& w : page.lines.back().words)
      if (!foot_sign_word(page.lines.back().text.substr(w.begin, w.end - w.begin))) w.confidence = 30;
  return doc;
}

bool any_block_says(const Document& doc, std::string_view part) {
  for (const std::string& b : block_texts(doc))
    if (b.find(part) != std::string::npos) return true;
  return false;
}
}  // namespace

TEST_CASE("the foot of a scanned page 1 (job number, recycling note, specks) is furniture, never text",
          "[furniture][ocr][scan_foot]") {
  const std::vector<std::string> feet_en = {"{NNO a YW A ed Ee Please rec , ee)", "23-24531 qT NT Please recycle",
                                            "Please recycle", "IIE 23-24531 A Please ree ,~ ee"};
  const std::vector<std::string> feet_fr = {"{NNO a YW A ed Ee Merci de rec , ee)", "23-24531 qT NT Merci de recycler",
                                            "Merci de recycler", "IIE 23-24531 A Merci de ree ,~ ee"};
  int ran = 0;
  for (const bool french : {false, true})
    for (const bool note : {false, true})
      for (std::size_t f = 0; f < feet_en.size(); ++f) {
        const std::string foot = french ? feet_fr[f] : feet_en[f];
        CAPTURE(french, note, foot);
        std::vector<std::string> page = {
            french ? "Consciente que des mesures limitées ont été prises par les États dotés d'armes nucléaires"
                   : "Conscious that limited steps have been taken by the nuclear-weapon States and that",
            french ? "en vue de l'élimination des armes nucléaires," : "further steps lead to the elimination of nuclear weapons,"};
        if (note) {
          page.emplace_back("");
          page.emplace_back(french ? "1 A/72/81, A/75/80 et A/78/83." : "1 A/72/81, A/75/80 and A/78/83.");
        }
        page.push_back(foot);
        Document doc = scan_with_foot({page});
        run_passes(doc, {"normalize_text", "remove_furniture", "collect_footnotes", "unwrap_lines"});
        CHECK(doc.pages[0].lines.back().role == LineRole::furniture);
        // "Please recycle" alone on its line is taken by its pattern already.
        CHECK(edits_of(doc, "remove_scan_foot").size() + edits_of(doc, "remove_recycle_note").size() == 1);
        CHECK_FALSE(any_block_says(doc, french ? "Merci" : "Please"));
        CHECK_FALSE(any_block_says(doc, "23-24531"));
        if (note) {
          REQUIRE(doc.footnotes.size() == 1);
          CHECK(doc.footnotes[0].text == (french ? "A/72/81, A/75/80 et A/78/83." : "A/72/81, A/75/80 and A/78/83."));
        }
        ++ran;
      }
  CHECK(ran == 16);
}

TEST_CASE("on a 2-page scan the foot of page 2, the job number with specks, is furniture too", "[furniture][ocr][scan_foot]") {
  Document doc = scan_with_foot({{"Recalling its resolution 76/130 of 16 December 2021,", "23-24531 qT NT Please recycle"},
                                 {"Decides to remain seized of the matter.", "", "2 See A/78/150.", "ae 23-24531 ,~"}});
  run_passes(doc, {"normalize_text", "remove_furniture", "collect_footnotes", "unwrap_lines"});
  CHECK(doc.pages[0].lines.back().role == LineRole::furniture);
  CHECK(doc.pages[1].lines.back().role == LineRole::furniture);
  REQUIRE(doc.footnotes.size() == 1);
  CHECK(doc.footnotes[0].text == "See A/78/150.");
  CHECK_FALSE(any_block_says(doc, "23-24531"));
}

TEST_CASE("a foot line of text beside a recycling phrase or a job number is kept, with a warning", "[furniture][ocr][scan_foot]") {
  // Words read for sure beside the signs: doubtful, kept and warned about.
  Document doc = ocr_foot_pages({{"Recalling its resolution 76/130 of 16 December 2021,",
                                  "23-24531 Please recycle the documents concerning Member States"}},
                                92);
  run_passes(doc, {"normalize_text", "remove_furniture"});
  CHECK(doc.pages[0].lines.back().role == LineRole::body);
  CHECK(has_warning(doc, "foot of page 1"));
  // "Please recall" is no recycling note, whatever its place.
  Document recall = ocr_foot_pages({{"Recalling its resolution 76/130 of 16 December 2021,", "Please recall it"}}, 30);
  run_passes(recall, {"normalize_text", "remove_furniture"});
  CHECK(recall.pages[0].lines.back().role == LineRole::body);
  CHECK(edits_of(recall, "remove_scan_foot").empty());
}

TEST_CASE("a short note OCR read on the foot's line is kept, with a warning", "[furniture][ocr][scan_foot]") {
  // Review of the merged scan-foot: "2 Ibid., para. 4." beside the foot's
  // signs holds no word read for sure of four letters the dictionary
  // accepts, and the whole line, the note with it, became furniture. A
  // line opening with a note's number is kept.
  int ran = 0;
  for (const std::string foot : {"2 Ibid., para. 4. 23-24531", "2 Ibid., para. 4. Please recycle"}) {
    CAPTURE(foot);
    Document doc = scan_with_foot({{"Recalling its resolution 76/130 of 16 December 2021,", "", foot}});
    run_passes(doc, {"normalize_text", "remove_furniture"});
    CHECK(doc.pages[0].lines.back().role != LineRole::furniture);
    CHECK(doc.pages[0].lines.back().text.starts_with("2 Ibid., para. 4."));
    CHECK(edits_of(doc, "remove_scan_foot").empty());
    ++ran;
  }
  CHECK(ran == 2);
}

TEST_CASE("barcode specks read on a line of their own below the foot's signs are furniture too", "[furniture][ocr][scan_foot]") {
  // Review 4, A/RES/79/280 page 1: under the conclusions, OCR read the
  // recycling phrase on one line and the barcode's specks ("{MON A A") on
  // the line below it; the specks stayed in the body and became an
  // attachment "textAfterConclusions". Varied: English and French, with
  // and without the job number on the sign line, specks of one and more
  // words. A line below the signs with a word read for sure is kept.
  int ran = 0;
  for (const bool french : {false, true})
    for (const std::string specks : {"{MON A A", "ONY A A", "~:"})
      for (const bool job : {false, true}) {
        const std::string signs = std::string(job ? "25-05678 " : "") + "apin oa wy Hl " +
                                  (french ? "Merci de recycler" : "Please recycle") + " eS";
        CAPTURE(french, specks, signs);
        Document doc = ocr_foot_pages({{french ? "Assemblée générale." : "decisions of the General Assembly.",
                                        french ? "63e séance plénière" : "63rd plenary meeting",
                                        french ? "11 avril 2025" : "11 April 2025", signs, specks}},
                                       92);
        for (std::size_t l = 3; l < 5; ++l)
          for (Word& w : doc.pages[0].lines[l].words)
            if (!foot_sign_word(doc.pages[0].lines[l].text.substr(w.begin, w.end - w.begin))) w.confidence = 30;
        run_passes(doc, {"normalize_text", "remove_furniture", "collect_footnotes", "unwrap_lines"});
        CHECK(doc.pages[0].lines[3].role == LineRole::furniture);
        CHECK(doc.pages[0].lines[4].role == LineRole::furniture);
        CHECK(doc.pages[0].lines[2].role == LineRole::body);
        CHECK_FALSE(any_block_says(doc, specks));
        ++ran;
      }
  CHECK(ran == 12);
  Document kept = ocr_foot_pages({{"63rd plenary meeting", "11 April 2025", "Please recycle", "Decides to remain seized"}}, 92);
  run_passes(kept, {"normalize_text", "remove_furniture"});
  CHECK(kept.pages[0].lines[3].role == LineRole::body);
}

// Found by a review: page 2 of a scan printed "2/2" and the job number on
// one baseline, and OCR read its last figure as a bracket ("2/2
// 25-1982]"): the line was taken as note 1 continued from page 1 (quality
// 0.95). The document's own job number with a figure read as a look-alike
// is its job number, and the page number beside it part of the foot.
TEST_CASE("a later page's foot with the page number and the job number misread is furniture, not a note's line",
          "[furniture][ocr][scan_foot]") {
  int ran = 0;
  for (const std::string foot : {"2/2 25-1982]", "2/2 25-l9821", "25-19821 2/2"}) {
    CAPTURE(foot);
    Document doc = scan_with_foot({{"further steps lead to the elimination of nuclear weapons,1", "", "1 A/80/124."},
                                   {"2. Decides to remain seized of the matter.", foot}});
    doc.meta.job_number = "25-19821 (E)";
    run_passes(doc, {"normalize_text", "remove_furniture", "collect_footnotes"});
    CHECK(doc.pages[1].lines.back().role == LineRole::furniture);
    REQUIRE(doc.footnotes.size() == 1);
    CHECK(doc.footnotes[0].text == "A/80/124.");
    ++ran;
  }
  CHECK(ran == 3);
  // Another document's number so read, or a number no look-alike makes
  // the document's, is no sign.
  for (const std::string foot : {"2/2 25-1983]", "2/2 26-1982]"}) {
    CAPTURE(foot);
    Document doc = scan_with_foot({{"further steps lead to the elimination of nuclear weapons,", ""},
                                   {"2. Decides to remain seized of the matter.", foot}});
    doc.meta.job_number = "25-19821 (E)";
    run_passes(doc, {"normalize_text", "remove_furniture"});
    CHECK(doc.pages[1].lines.back().role != LineRole::furniture);
  }
}
