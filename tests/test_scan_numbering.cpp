// The paragraphs of a scanned resolution as OCR reads them (reviewer's 300-dpi
// scan of A/RES/78/171): a preambular paragraph run into the one before it
// when a raised note mark misread ("!°") ends the line before its indented
// lead word, and an operative paragraph's number read with noise ("$5.")
// appended to the paragraph before it with nothing said of the gap in the
// numbering. Each class is varied: English and French, one and two pages,
// several look-alikes of the number, several lead words.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "structure/structure.hpp"
#include "support.hpp"
#include "verify/quality.hpp"
#include "warnings.hpp"

using namespace akn;
using namespace akn::test;

namespace {
// A line of a scanned page: its text, its first-line indent in ems (10 pt
// type) and whether it ends short of the right margin (a paragraph's last
// line, a heading).
struct ScanLine {
  std::string text;
  double indent_em = 0;
  bool short_line = false;
  double space_before = 0;  // points of space over the line, beyond the line's pitch
};

// OCR pages of `pages`' lines on A4, 10-pt type, 14 pt apart (more where a
// line asks for space over it) from 100 pt under the top; full lines span the text from x0 72 to the margin at 523,
// short ones end where 5 pt a byte puts them.
Document scan_pages(const std::vector<std::vector<ScanLine>>& pages) {
  std::string text;
  for (std::size_t p = 0; p < pages.size(); ++p)
    for (std::size_t l = 0; l < pages[p].size(); ++l)
      text += pages[p][l].text + (l + 1 < pages[p].size() ? "\n" : p + 1 < pages.size() ? "\f" : "\n");
  Document doc = doc_from_text(text);
  REQUIRE(doc.pages.size() == pages.size());
  for (std::size_t p = 0; p < pages.size(); ++p) {
    Page& page = doc.pages[p];
    REQUIRE(page.lines.size() == pages[p].size());
    page.ocr = true;
    page.width = 595;
    page.height = 842;
    double y = 100;
    for (std::size_t l = 0; l < page.lines.size(); ++l) {
      const ScanLine& s = pages[p][l];
      Line& line = page.lines[l];
      y += s.space_before;
      line.font_size = 10;
      const double x0 = 72 + 10 * s.indent_em;
      const double x1 = s.short_line ? std::min(480.0, x0 + 5.0 * static_cast<double>(s.text.size())) : 523;
      line.box = Box{x0, y, x1, y + 9};
      y += 14;
    }
  }
  return doc;
}

// A paragraph of two lines: the first indented `indent` ems and full, the
// second flush and short.
void paragraph(std::vector<ScanLine>& page, const std::string& first, const std::string& second, double indent = 3.5) {
  page.push_back({first, indent, false});
  page.push_back({second, 0, true});
}

std::size_t warnings_with(const Conversion& c, const std::string& part) {
  return warnings_saying(c.resolution.warnings, part) + warnings_saying(c.document.log.warnings(), part);
}

// The words of a resolution in one language: its title and formula, the
// lines of its preambular paragraphs after their leads (two lines each),
// its operative paragraphs' lines after the number, its conclusions.
struct Words {
  std::string title, formula;
  std::string lead1, first1, second1;                // the first preambular paragraph
  std::string lead2, first2, before_junk;            // the paragraph the next one is run into
  std::string first3, second3;                       // the run-in paragraph, after its lead
  std::string lead4, first4, second4;                // the last preambular paragraph
  std::string op_verb, op_first, op_second;          // each operative paragraph
  std::string meeting, date;
};
const Words kEnglish{"78/171. Persons with albinism",
                     "The General Assembly,",
                     "Recalling",
                     " its resolution 76/130 of 16 December 2021 and its previous resolutions on",
                     "persons with albinism,",
                     "Reaffirming",
                     " also the Copenhagen Declaration on Social Development and the Programme",
                     "of Action concerning Disabled Persons,",
                     " the work of the Independent Expert on the enjoyment of human rights by",
                     "persons with albinism,",
                     "Noting",
                     " with concern the attacks against persons with albinism, including",
                     "women and children,",
                     "Encourages",
                     " Member States to take effective measures to protect persons with",
                     "albinism and their families",
                     "50th plenary meeting",
                     "19 December 2023"};
const Words kFrench{"78/171. Personnes atteintes d'albinisme",
                    "L'Assemblée générale,",
                    "Rappelant",
                    " sa résolution 76/130 du 16 décembre 2021 et ses résolutions antérieures sur",
                    "les personnes atteintes d'albinisme,",
                    "Réaffirmant",
                    " également la Déclaration de Copenhague sur le développement social et le",
                    "Programme d'action concernant les personnes handicapées,",
                    " les travaux de l'Experte indépendante sur l'exercice des droits humains par",
                    "les personnes atteintes d'albinisme,",
                    "Notant",
                    " avec préoccupation les attaques contre les personnes atteintes d'albinisme,",
                    "notamment les femmes et les enfants,",
                    "Encourage",
                    " les États Membres à prendre des mesures efficaces pour protéger les personnes",
                    "atteintes d'albinisme et leur famille",
                    "50e séance plénière",
                    "19 décembre 2023"};

// A resolution of `operative` numbered paragraphs whose preamble holds four
// paragraphs, the third run into the second by `junk` after its comma (its
// lead `merged`), and whose paragraph `misread` is numbered `printed`; on
// two pages, page 2 opens with operative paragraph `misread` (3 when none is).
Document scanned_resolution(const Words& w, const std::string& merged, const std::string& junk, std::size_t operative,
                            std::size_t misread, const std::string& printed, bool two_pages) {
  const std::size_t page_break = misread > 0 ? misread : 3;
  std::vector<std::vector<ScanLine>> pages(1);
  auto& p1 = pages[0];
  p1.push_back({w.title, 0, true});
  p1.push_back({w.formula, 3.5, true, 14});
  paragraph(p1, w.lead1 + w.first1, w.second1);
  // The run-in paragraph: the line before it runs to the margin, junk after its comma.
  p1.push_back({w.lead2 + w.first2, 3.5, false});
  p1.push_back({w.before_junk + (junk.empty() ? "" : " " + junk), 0, junk.empty()});
  paragraph(p1, merged + w.first3, w.second3);
  paragraph(p1, w.lead4 + w.first4, w.second4);
  for (std::size_t n = 1; n <= operative; ++n) {
    if (two_pages && n == page_break) pages.emplace_back();
    auto& page = pages.back();
    const std::string num = n == misread ? printed : std::to_string(n) + ".";
    paragraph(page, num + " " + w.op_verb + w.op_first, w.op_second + (n == operative ? "." : ";"));
  }
  pages.back().push_back({w.meeting, 20, true});
  pages.back().push_back({w.date, 20, true});
  return scan_pages(pages);
}
}  // namespace

TEST_CASE("a preambular paragraph OCR ran into the one before it opens at its indented lead word", "[structure][ocr]") {
  struct Case {
    const Words* words;
    std::string merged, junk;
    bool two_pages;
  };
  const std::vector<Case> cases = {
      {&kEnglish, "Recalling", "!\u00B0", false}, {&kEnglish, "Welcoming", "'\u00B0", true},
      {&kEnglish, "Taking note of", "10", false},  {&kFrench, "Rappelant", "!\u00B0", false},
      {&kFrench, "Saluant", "\u00B0", true},
  };
  std::size_t ran = 0;
  for (const Case& k : cases) {
    INFO(k.merged << " after \"" << k.junk << "\"");
    const Conversion c = pipeline().finish(scanned_resolution(*k.words, k.merged, k.junk, 6, 0, "", k.two_pages));
    const Resolution& r = c.resolution;
    REQUIRE(r.preamble.size() == 4);
    CHECK(r.preamble[1].text.text.starts_with(k.words->lead2 + k.words->first2));
    CHECK(trim(r.preamble[1].text.text).ends_with(k.junk));  // the marks kept as printed
    CHECK(r.preamble[2].text.text.starts_with(k.merged + k.words->first3));
    CHECK(r.preamble[2].lead.starts_with(k.merged.substr(0, k.merged.find(' '))));
    CHECK(r.operative.size() == 6);
    CHECK(warnings_with(c, "a preambular paragraph run into the one before it") == 1);
    CHECK(c.validation_errors.empty());
    ++ran;
  }
  CHECK(ran == 5);
}

TEST_CASE("a lead word after a clause on a line that is not indented stays in its paragraph, with a warning", "[structure][ocr]") {
  // The same resolution with the line "Recalling the work ..." set flush:
  // the page does not show a new paragraph, so the text stays where OCR
  // put it and a warning says so.
  Document doc = scanned_resolution(kEnglish, "Recalling", "!\u00B0", 3, 0, "", false);
  for (Line& line : doc.pages[0].lines)
    if (line.text.starts_with("Recalling the work")) line.box->x0 = 72;  // flush
  const Conversion c = pipeline().finish(std::move(doc));
  CHECK(c.resolution.preamble.size() == 3);
  CHECK(warnings_with(c, "a preambular paragraph run into the one before it") == 0);
  CHECK(warnings_with(c, "does not show a new paragraph") == 1);
}

TEST_CASE("an operative paragraph whose number OCR read with noise opens where the numbering puts it", "[structure][ocr]") {
  struct Case {
    const Words* words;
    std::string printed;  // how OCR read "5."
    bool two_pages;
  };
  const std::vector<Case> cases = {
      {&kEnglish, "$5.", false}, {&kEnglish, "|5.", true}, {&kEnglish, "S.", false},
      {&kEnglish, "$.", true},   {&kFrench, "$5.", false}, {&kFrench, "\u20185.", true},
  };
  std::size_t ran = 0;
  for (const Case& k : cases) {
    INFO(k.printed);
    const Conversion c = pipeline().finish(scanned_resolution(*k.words, "Recalling", "", 12, 5, k.printed, k.two_pages));
    const Resolution& r = c.resolution;
    REQUIRE(r.operative.size() == 12);
    for (std::size_t n = 0; n < r.operative.size(); ++n) CHECK(r.operative[n].num == std::to_string(n + 1) + ".");
    CHECK(r.operative[4].text.text.starts_with(k.words->op_verb + k.words->op_first));
    CHECK_FALSE(r.operative[3].text.text.find(k.printed) != std::string::npos);
    std::size_t edits = 0;
    for (const Edit& e : r.edits) edits += e.kind == "paragraph_number_read" && e.before == k.printed && e.after == "5." ? 1U : 0U;
    CHECK(edits == 1);
    CHECK(warnings_with(c, "opens paragraph 5.") == 1);
    CHECK(warnings_with(c, "unnumbered text after operative paragraph") == 0);
    CHECK(numbering_gaps(c.document, r).empty());
    CHECK(c.validation_errors.empty());
    ++ran;
  }
  CHECK(ran == 6);
}

TEST_CASE("a number the numbering does not leave room for is kept as printed", "[structure][ocr]") {
  // "$6." where 5 is expected, "$5." where 5 and 6 follow (room for none),
  // a part's "B." where paragraph 5 is expected but no 6 follows it.
  struct Case {
    std::string printed;
    std::size_t misread, operative;
  };
  const std::vector<Case> cases = {{"$6.", 5, 7}, {"S.", 5, 5}};
  std::size_t ran = 0;
  for (const Case& k : cases) {
    INFO(k.printed);
    const Conversion c = pipeline().finish(scanned_resolution(kEnglish, "Recalling", "", k.operative, k.misread, k.printed, false));
    for (const Edit& e : c.resolution.edits) CHECK(e.kind != "paragraph_number_read");
    ++ran;
  }
  CHECK(ran == 2);
  // A correct "5." between 4 and 6 is read as it is, with no edit.
  const Conversion ok = pipeline().finish(scanned_resolution(kEnglish, "Recalling", "", 7, 5, "5.", false));
  CHECK(ok.resolution.operative.size() == 7);
  for (const Edit& e : ok.resolution.edits) CHECK(e.kind != "paragraph_number_read");
}

TEST_CASE("gaps and repeats in the numbering of paragraphs and points are warnings that lower the structure part", "[quality][ocr]") {
  // Paragraph 5 read as nothing the numbering can take ("#%.") and
  // appended to 4: paragraphs 1 to 4 and 6 to 12, a gap, said and counted.
  struct Case {
    const Words* words;
    bool two_pages;
  };
  const std::vector<Case> cases = {{&kEnglish, false}, {&kEnglish, true}, {&kFrench, false}};
  std::size_t ran = 0;
  for (const Case& k : cases) {
    const Conversion c = pipeline().finish(scanned_resolution(*k.words, "Recalling", "", 12, 5, "#%.", k.two_pages));
    const auto gaps = numbering_gaps(c.document, c.resolution);
    REQUIRE(gaps.size() == 1);
    CHECK(gaps[0].message.find("go from 4 to 6: no 5") != std::string::npos);
    CHECK(warnings_with(c, "go from 4 to 6: no 5") == 1);
    CHECK(c.quality.structure == Approx(kNumberingGapFactor));
    CHECK(c.quality.score < 0.9);
    ++ran;
  }
  CHECK(ran == 3);
  // Repeats and gaps in text dumps, of paragraphs and of points.
  const Conversion text = convert(kEnglish.title + "\n\n" + kEnglish.formula + "\n\nRecalling its resolutions,\n\n"
                                  "1. Decides:\n\n(a) To act;\n\n(b) To report;\n\n(d) To review;\n\n"
                                  "2. Requests the Secretary-General to report;\n\n2. Invites States to act;\n\n"
                                  "3. Decides to remain seized of the matter.\n");
  const auto gaps = numbering_gaps(text.document, text.resolution);
  REQUIRE(gaps.size() == 2);
  CHECK(gaps[0].message.find("points of paragraph 1. go from (b) to (d): no (c)") != std::string::npos);
  CHECK(gaps[1].message.find("two of the operative paragraphs are labelled 2") != std::string::npos);
  CHECK(text.quality.structure == Approx(kNumberingGapFactor * kNumberingGapFactor));
  // A numbering in order has none; a numbering that starts anew (an annex,
  // a quoted text) or a paragraph read out of order is no gap.
  const Conversion fine = convert(kEnglish.title + "\n\n" + kEnglish.formula + "\n\nRecalling its resolutions,\n\n"
                                  "1. Decides:\n\n(a) To act;\n\n(b) To report;\n\n(c) To review;\n\n"
                                  "2. Requests the Secretary-General to report.\n\n50th plenary meeting\n\n"
                                  "Annex\n\n1. First rule.\n\n2. Second rule.\n");
  CHECK(numbering_gaps(fine.document, fine.resolution).empty());
  CHECK(fine.quality.structure == Approx(1.0));
}

TEST_CASE("a record's paragraph number OCR misread is read from its numbering, and no gap is left", "[structure][ocr]") {
  // A summary record read by OCR (no enacting formula): "2, Rien ne
  // s'oppose" after paragraph 1 is paragraph 2 (A/C.4/SR.985, French), and
  // "$4." between 3 and 5 is paragraph 4.
  const std::string para = " Le représentant explique le vote que sa délégation a émis sur le projet de résolution.\n\n";
  const Conversion c = convert("COMPTE RENDU ANALYTIQUE DE LA 985e SEANCE\n\n1." + para + "2," + para + "3." + para + "$4." + para +
                               "5." + para);
  const Resolution& r = c.resolution;
  std::vector<std::string> nums;
  for (const OperativeParagraph& p : r.operative)
    if (!p.num.empty()) nums.push_back(p.num);
  CHECK(nums == std::vector<std::string>{"1.", "2.", "3.", "4.", "5."});
  std::size_t edits = 0;
  for (const Edit& e : r.edits) edits += e.kind == "paragraph_number_read" ? 1U : 0U;
  CHECK(edits == 2);
  CHECK(numbering_gaps(c.document, r).empty());
}
