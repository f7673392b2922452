// Scans read against their printed pages (issues 19 and 20): what came out
// silently wrong, each as a class that the fixture here varies.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <tuple>

#include <unistd.h>

#include "core/text.hpp"
#include "runner/runner.hpp"
#include "structure/structure.hpp"
#include "support.hpp"

using namespace akn;
using namespace akn::test;

namespace {
// A page of OCR lines: each (top, x0, x1, type size, text), 10 pt high.
Document ocr_page(const std::vector<std::tuple<double, double, double, double, std::string>>& lines) {
  std::string text;
  for (const auto& l : lines) text += std::get<4>(l) + "\n";
  Document doc = doc_from_text(text);
  Page& page = doc.pages[0];
  page.width = 612;
  page.height = 792;
  page.ocr = true;
  std::size_t k = 0;
  for (Line& line : page.lines) {
    if (akn::trim(line.text).empty()) continue;
    const auto& [y0, x0, x1, size, t] = lines[k];
    line.box = Box{x0, y0, x1, y0 + 10};
    line.font_size = size;
    if (line.words.empty()) {
      Word whole;
      whole.end = line.text.size();
      line.words.push_back(whole);
    }
    for (Word& w : line.words) w.confidence = 95;
    ++k;
  }
  return doc;
}


bool warned(const Resolution& r, std::string_view what) {
  return std::any_of(r.warnings.begin(), r.warnings.end(),
                     [&](const Diagnostic& d) { return d.message.find(what) != std::string::npos; });
}
}  // namespace

TEST_CASE("OCR lines whose x-height Tesseract misread are one paragraph when their characters are as wide", "[unwrap_lines][ocr]") {
  // The Russian 2758 (XXVI) page: every other line of a paragraph read
  // 7.3 pt among lines of 11.7 pt; the same lines in English and French.
  const std::vector<std::vector<std::string>> texts = {
      {"признавая, что представители правительства", "Китайской Народной Республики являются един-",
       "ственными законными представителями Китая в", "Организации Объединенных Наций и что Китай-",
       "ская Народная Республика является одним из"},
      {"Recognizing that the representatives of the Gov-", "ernment of the People's Republic of China are the",
       "only lawful representatives of China to the United", "Nations and that the People's Republic of China",
       "is one of the five permanent members of the Council,"},
      {"Reconnaissant que les représentants du Gouverne-", "ment de la République populaire de Chine sont les",
       "seuls représentants légitimes de la Chine à l'Orga-", "nisation des Nations Unies et que la République",
       "populaire de Chine est l'un des cinq membres permanents,"}};
  int ran = 0;
  for (const auto& t : texts) {
    std::vector<std::tuple<double, double, double, double, std::string>> lines;
    for (std::size_t i = 0; i < t.size(); ++i) {
      const double width = 5.6 * static_cast<double>(code_points(t[i]).size());
      lines.emplace_back(100 + 10.7 * static_cast<double>(i), 314, 314 + width, i % 2 == 0 ? 7.3 : 11.7, t[i]);
    }
    Document doc = ocr_page(lines);
    run_passes(doc, {"rejoin_hyphenated_lines", "unwrap_lines"});
    const auto blocks = block_texts(doc);
    CAPTURE(blocks);
    CHECK(blocks.size() == 1);
    ++ran;
  }
  CHECK(ran == 3);
  // Notes in smaller type under the text, their characters a fifth
  // narrower, stay apart from it.
  std::vector<std::tuple<double, double, double, double, std::string>> lines;
  const std::string body = "получив доклад Международного агентства по атомной энергии за";
  const std::string note = "7 Официальные отчеты Генеральной Ассамблеи, двадцать шестая сессия, Приложения";
  lines.emplace_back(100, 314, 314 + 5.6 * static_cast<double>(code_points(body).size()), 11.7, body);
  lines.emplace_back(110.7, 314, 314 + 4.5 * static_cast<double>(code_points(note).size()), 8.0, note);
  Document notes = ocr_page(lines);
  run_passes(notes, {"unwrap_lines"});
  CHECK(block_texts(notes).size() == 2);
}

namespace {
// A typescript page (A/L.632, 1971) from an old OCR layer: its masthead
// stamp in bold, its leads underlined (no italics), its title in capitals
// centred over the sponsors. Lines (x0, x1, text), 12 pt apart, 11.7 pt type.
Document typescript(const std::vector<std::tuple<double, double, std::string>>& lines) {
  std::string text;
  for (const auto& l : lines) text += std::get<2>(l) + "\n";
  Document doc = doc_from_text(text);
  Page& page = doc.pages[0];
  page.width = 612;
  page.height = 792;
  std::size_t k = 0;
  for (Line& line : page.lines) {
    if (akn::trim(line.text).empty()) continue;
    const auto& [x0, x1, t] = lines[k];
    // Title and sponsors single-spaced, the text double-spaced.
    const double y0 = 100 + (k < 7 ? 13.5 * static_cast<double>(k) : 120 + 20 * static_cast<double>(k - 7));
    line.box = Box{x0, y0, x1, y0 + 11.7};
    line.font_size = 11.7;
    // Each word's box by its share of the line's characters.
    const double per_char = (x1 - x0) / static_cast<double>(line.text.size());
    line.words = words_at_spaces(line.text);
    for (Word& w : line.words) {
      w.box = Box{x0 + per_char * static_cast<double>(w.begin), y0, x0 + per_char * static_cast<double>(w.end), y0 + 11.7};
      w.bold = k == 0;
    }
    ++k;
  }
  return doc;
}
}  // namespace

TEST_CASE("a typescript's title in capitals and its underlined leads are told apart from the text", "[unwrap_lines]") {
  const std::vector<std::vector<std::tuple<double, double, std::string>>> pages = {
      {{30, 146, "GENERAL ASSEMBLY"},
       {110, 452, "RESTORATION OF THE LAWFUL RIGHTS OF THE PEOPLE'S REPUBLIC"},
       {190, 372, "OF CHINA IN THE UNITED NATIONS"},
       {122, 434, "Australia, Colombia, Costa Rica, Dominican Republic,"},
       {122, 446, "Japan, Lesotho, Liberia, New Zealand, Nicaragua,"},
       {122, 409, "Philippines, Swaziland, Thailand, United States of"},
       {163, 392, "America and Uruguay: draft resolution"},
       {63, 186, "The General Assembly,"},
       {63, 433, "Recalling the provisions of the Charter of the United Nations,"},
       {63, 488, "Decides that any proposal in the General Assembly which would result in"},
       {34, 494, "depriving the Republic of China of representation in the United Nations is an"},
       {34, 336, "important question under Article 18 of the Charter."}},
      {{30, 146, "ASSEMBLEE GENERALE"},
       {110, 452, "RETABLISSEMENT DES DROITS LEGITIMES DE LA REPUBLIQUE"},
       {170, 392, "POPULAIRE DE CHINE A L'ORGANISATION"},
       {122, 434, "Australie, Colombie, Costa Rica, Republique dominicaine,"},
       {122, 446, "Japon, Lesotho, Liberia, Nouvelle-Zelande, Nicaragua,"},
       {122, 430, "Philippines, Souaziland, Thailande, Etats-Unis d'Amerique"},
       {163, 392, "et Uruguay : projet de resolution"},
       {63, 186, "L'Assemblée générale,"},
       {63, 440, "Rappelant les dispositions de la Charte des Nations Unies,"},
       {63, 488, "Décide que toute proposition à l'Assemblée générale qui aurait pour effet"},
       {34, 494, "de priver la République de Chine de sa représentation à l'Organisation est une"},
       {34, 336, "question importante au sens de l'Article 18 de la Charte."}},
  };
  int ran = 0;
  for (const auto& lines : pages) {
    Document doc = typescript(lines);
    run_passes(doc, {"unwrap_lines"});
    const auto blocks = block_texts(doc);
    CAPTURE(blocks);
    REQUIRE(blocks.size() == 6);
    CHECK(blocks[1] == std::get<2>(lines[1]) + " " + std::get<2>(lines[2]));
    CHECK(blocks[2].starts_with(std::get<2>(lines[3])));
    CHECK(blocks[4] == std::get<2>(lines[8]));
    CHECK(blocks[5].starts_with(std::get<2>(lines[9])));
    ++ran;
  }
  CHECK(ran == 2);
}

TEST_CASE("a resolution printed after another's conclusions whose text is cut off is warned about", "[structure]") {
  // The Russian page's 2763 (XXVI) goes on on the next page of the volume:
  // no conclusions, its text ends in the preamble. English, French and
  // Russian; with an operative paragraph and without.
  const std::vector<std::string> texts = {
      "2758 (XXVI). Восстановление законных прав\n\nГенеральная Ассамблея,\n\nнапоминая о принципах Устава,\n\n"
      "постановляет восстановить права.\n\n1976-е пленарное заседание,\n\n25 октября 1971 года.\n\n"
      "2763 (XXVI). Доклад Международного агентства по атомной энергии\n\nГенеральная Ассамблея,\n\n"
      "получив доклад Международного агентства по атомной энергии за 1970/1971 год,\n",
      "2758 (XXVI). Restoration of the lawful rights\n\nThe General Assembly,\n\nRecalling the principles of the Charter,\n\n"
      "Decides to restore all its rights.\n\n1976th plenary meeting,\n\n25 October 1971.\n\n"
      "2763 (XXVI). Report of the International Atomic Energy Agency\n\nThe General Assembly,\n\n"
      "Having received the report of the International Atomic Energy Agency for 1970/1971,\n",
      "2758 (XXVI). Rétablissement des droits légitimes\n\nL'Assemblée générale,\n\nRappelant les principes de la Charte,\n\n"
      "Décide de rétablir tous ses droits.\n\n1976e séance plénière,\n\n25 octobre 1971.\n\n"
      "2763 (XXVI). Rapport de l'Agence internationale de l'énergie atomique\n\nL'Assemblée générale,\n\n"
      "Ayant reçu le rapport de l'Agence,\n\n1. Prend acte du rapport de l'Agence;\n"};
  int ran = 0;
  for (const std::string& text : texts) {
    CAPTURE(text);
    const Conversion c = convert(text);
    REQUIRE(c.resolution.following.size() == 1);
    CHECK_FALSE(c.resolution.following[0].conclusion);
    CHECK(warned(c.resolution, "resolution 2763 (XXVI) has no conclusions"));
    CHECK(c.conservation.unaccounted.empty());
    ++ran;
  }
  CHECK(ran == 3);
  // One that closes with its conclusions is not warned about.
  const Conversion whole = convert(texts[1] + "\nDecides to take note.\n\n2019th plenary meeting,\n\n16 December 1971.\n");
  CHECK_FALSE(warned(whole.resolution, "has no conclusions"));
}

namespace {
// Paragraphs (blank lines between them) on one OCR page, each line in the
// given type size, read by unwrap_lines (no geometry: one block a
// paragraph) and recover_structure.
Resolution ocr_structure(const std::vector<std::pair<std::string, double>>& paragraphs) {
  std::string text;
  for (const auto& [t, size] : paragraphs) text += t + "\n\n";
  Document doc = doc_from_text(text);
  doc.pages[0].ocr = true;
  std::size_t k = 0;
  for (Line& line : doc.pages[0].lines) {
    if (akn::trim(line.text).empty()) continue;
    line.font_size = paragraphs[k++].second;
    Word whole;
    whole.end = line.text.size();
    whole.confidence = 90;
    line.words = {whole};
  }
  run_passes(doc, {"unwrap_lines"});
  return recover_structure(doc);
}
}  // namespace

TEST_CASE("notes in small type at the foot of an OCR page do not become paragraphs", "[structure][ocr]") {
  // The Russian page's 2763 (XXVI): notes 7 to 9 under its last paragraph,
  // their separator not read, the marks of 8 and 9 misread ("#", "»").
  const std::vector<std::vector<std::pair<std::string, double>>> pages = {
      {{"Генеральная Ассамблея,", 11.2},
       {"получив доклад Международного агентства по атомной энергии за 1970/1971 год 9,", 11.2},
       {"постановляет принять доклад к сведению.", 11.7},
       {"7 Официальные отчеты Генеральной Ассамблеи, двадцать шестая сессия, Приложения.", 9.1},
       {"# A/8320. Текст этого документа в печатном виде см. в Официальных отчетах.", 8.5},
       {"» Международное агентство по атомной энергии, Годовой доклад.", 8.5}},
      {{"The General Assembly,", 11.2},
       {"Having received the report of the International Atomic Energy Agency,", 11.5},
       {"Takes note of the report.", 11.0},
       {"7 Official Records of the General Assembly, Twenty-sixth Session, Annexes.", 8.9}}};
  int ran = 0;
  for (const auto& page : pages) {
    const Resolution r = ocr_structure(page);
    CHECK(r.preamble.size() == 1);
    CHECK(r.operative.size() == 1);
    REQUIRE(r.annexes.size() == 1);
    CHECK(r.annexes[0].name == "notesNotCollected");
    CHECK(r.annexes[0].paragraphs.size() == page.size() - 3);
    CHECK(warned(r, "small type at the foot of the page"));
    ++ran;
  }
  CHECK(ran == 2);
  // Small type with text in body type under it on the same page is no
  // foot: it stays where it is.
  const Resolution inside = ocr_structure({{"The General Assembly,", 11.2},
                                          {"Having received the report of the Agency,", 11.2},
                                          {"(a) a quotation set in smaller type,", 9.0},
                                          {"Takes note of the report.", 11.2}});
  CHECK(inside.annexes.empty());
}

TEST_CASE("a masthead symbol whose series letter OCR read in lower case is the document's symbol", "[masthead]") {
  // S/14938 (1982): "s/14938**" above the date of issue; its running head
  // on page 2 prints it the same way.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"s/14938**", "S/14938"}, {"s/1996/112", "S/1996/112"}, {"c/AC.109/2001", "C/AC.109/2001"}};
  int ran = 0;
  for (const auto& [printed, symbol] : cases) {
    CAPTURE(printed);
    const Conversion c = convert("UNITED NATIONS\n\nSecurity Council\n\nDistr.\nGENERAL\n\n" + printed +
                                 "\n2 April 1982\n\nORIGINAL: ENGLISH\n\n"
                                 "LETTER DATED 31 MARCH 1982 FROM THE PERMANENT REPRESENTATIVE ADDRESSED TO THE PRESIDENT\n\n"
                                 "I have the honour to request that this letter be circulated as a document of the Security Council.\n");
    CHECK(c.resolution.meta.symbol == symbol);
    REQUIRE(c.resolution.title);
    CHECK(c.resolution.title->text.starts_with("LETTER DATED"));
    CHECK(c.resolution.type == DocumentType::letter);
    ++ran;
  }
  CHECK(ran == 3);
  // A word in lower case is no symbol: "a/b" is not read as one.
  const Conversion word = convert("UNITED NATIONS\n\nSecurity Council\n\nDistr.\nGENERAL\n\nS/14938\n2 April 1982\n\n"
                                  "The ratio s/t of the survey\n\nLETTER DATED 31 MARCH 1982\n");
  CHECK(word.resolution.meta.symbol == "S/14938");
}

TEST_CASE("a raised figure whose note is not on the page is not said to have its note printed below it", "[link_footnotes][ocr]") {
  // The 47/1 (1992) crop: "...of the General Assembly,²" with note 2 on a
  // page not in the crop; "2. Takes note ..." below is its second operative
  // paragraph, read at 15.5 pt among body lines read at 14.3 to 22.7 pt.
  // Varied: the numbered paragraph read small, large, and a real note in
  // smaller type (its characters a fifth narrower) that is said to be there.
  struct Case {
    double numbered_size, numbered_advance;
    bool note_below;
  };
  int ran = 0;
  for (const Case& k : {Case{15.5, 5.6, false}, Case{14.3, 5.5, false}, Case{13.0, 4.4, true}}) {
    CAPTURE(k.numbered_size, k.numbered_advance);
    const std::vector<std::tuple<double, double, double, double, std::string>> layout = {
        {100, 40, 0, 22.7, "Having received the recommendation of the Security"},
        {112, 30, 0, 22.7, "Council of 19 September 1992 that the Federal Republic"},
        {124, 30, 0, 22.7, "participate in the work of the General Assembly,"},
        {140, 40, 0, 21.8, "1. Considers that the Federal Republic of Yugoslavia"},
        {152, 30, 0, 22.7, "cannot continue automatically the membership in it;"},
        {168, 40, 0, k.numbered_size, "2. Takes note of the intention of the Security Council"},
        {180, 30, 0, 18.2, "to consider the matter again before the end of the session."}};
    std::vector<std::tuple<double, double, double, double, std::string>> lines;
    for (std::size_t i = 0; i < layout.size(); ++i) {
      auto [y, x0, x1, size, text] = layout[i];
      const double advance = i == 5 ? k.numbered_advance : 5.6;
      lines.emplace_back(y, x0, x0 + advance * static_cast<double>(code_points(text).size()), size, text);
    }
    Document doc = ocr_page(lines);
    Line& marked = doc.pages[0].lines[2];
    marked.marks.push_back(NoteMark{marked.text.size(), "2", MarkSource::superscript});
    run_passes(doc, {"collect_footnotes", "unwrap_lines", "link_footnotes"});
    bool below = false, none = false;
    for (const Diagnostic& d : doc.log.warnings()) {
      below = below || d.message.find("has its note printed below it") != std::string::npos;
      none = none || d.message.find("refers to no note") != std::string::npos;
    }
    CHECK(below == k.note_below);
    CHECK(none != k.note_below);
    ++ran;
  }
  CHECK(ran == 3);
}

namespace {
// A typed letter (A/47/892, 1993): its paragraphs open with a first-line
// indent after a blank line; the second runs a list of names into its
// sentence, one name a line, each line ending a clause. `boundary` is the
// line that follows the short line "... age 25, from Gaza" + `end` inside
// the second paragraph: (x0, space above in pt, text). Lines 12 pt apart,
// 10 pt type, 5.6 pt a character, the text from x = 72 to 540.
Document typed_letter(const std::string& end, double boundary_x0, double boundary_space, const std::string& boundary) {
  std::vector<std::tuple<double, double, double, double, std::string>> lines;
  double y = 100;
  auto line = [&](double x0, double space, const std::string& text, bool full) {
    y += space;
    const double x1 = full ? 540 : x0 + 5.6 * static_cast<double>(code_points(text).size());
    lines.emplace_back(y, x0, x1, 10, text);
    y += 12;
  };
  line(108, 0, "I am instructed by the Executive Committee of the Palestine Liberation", true);
  line(72, 0, "Organization, which retains the powers and responsibilities of the Provisional", true);
  line(72, 0, "Government of Palestine, to bring the following to your attention.", false);
  line(108, 12, "The Israeli authorities continue to exercise their policies of extreme", true);
  line(72, 0, "repression against the Palestinian people living in the occupied territory.", true);
  line(72, 0, "During the past 24 hours, four Palestinian youths in Gaza and the West Bank", true);
  line(72, 0, "were killed. The youths killed were Khalid Mustafa Abu Alkomsan,", true);
  line(72, 0, "age 25, from Gaza" + end, false);
  line(boundary_x0, boundary_space, boundary, false);
  line(72, 0, "Jaafar Mohammad Salim Ashrawi, age 17, from Tulkarem.", false);
  line(108, 12, "We reiterate our position that the Security Council, in fulfilment of its", true);
  line(72, 0, "responsibilities under the Charter of the United Nations, must act now.", false);
  return ocr_page(lines);
}
}  // namespace

TEST_CASE("a line ending a clause inside a typed letter's paragraph is joined to the flush line after it", "[unwrap_lines][ocr]") {
  // Where paragraphs open with an indent after space, a short line that
  // ends with a comma or semicolon and a line that follows flush without
  // space are one paragraph, whatever case the next line starts in; an
  // indent, space, or a full stop ends the paragraph there.
  struct Case {
    std::string end;
    double x0, space;
    std::string next;
    bool joined;
  };
  const std::vector<Case> cases = {
      {";", 72, 0, "Ghassan Abdel Hadi Barghouti, age 14, from Rammallah; and", true},
      {",", 72, 0, "Ghassan Abdel Hadi Barghouti, age 14, from Rammallah, and", true},
      {";", 72, 0, "and Ghassan Abdel Hadi Barghouti, age 14, from Rammallah;", true},
      {".", 72, 0, "Ghassan Abdel Hadi Barghouti, age 14, was wounded; and", false},
      {";", 108, 0, "Ghassan Abdel Hadi Barghouti, age 14, from Rammallah; and", false},
      {";", 72, 12, "Ghassan Abdel Hadi Barghouti, age 14, from Rammallah; and", false}};
  int ran = 0;
  for (const Case& k : cases) {
    CAPTURE(k.end, k.x0, k.space, k.next);
    Document doc = typed_letter(k.end, k.x0, k.space, k.next);
    run_passes(doc, {"unwrap_lines"});
    const auto blocks = block_texts(doc);
    CAPTURE(blocks);
    REQUIRE(blocks.size() == (k.joined ? 3U : 4U));
    CHECK(blocks[1].ends_with("from Tulkarem.") == k.joined);
    ++ran;
  }
  CHECK(ran == 6);
}

namespace {
// An OCR page: three body lines in 11 pt, each raising the marks given,
// the separator the reading made a blank line of, and the notes under it
// in 8 pt, as read. The notes collected (marker, text).
std::vector<std::pair<std::string, std::string>> notes_read(const std::vector<std::vector<std::string>>& raised,
                                                            const std::vector<std::string>& notes) {
  std::vector<std::tuple<double, double, double, double, std::string>> lines;
  const std::vector<std::string> body = {"Recalling its resolution 2417 (2018),", "Recalling also its resolution 2286 (2016),",
                                         "Taking note of the report of the Secretary-General,"};
  double y = 400;
  for (const std::string& t : body) lines.emplace_back(y += 14, 70, 450, 11, t);
  y = 700;
  for (const std::string& t : notes) lines.emplace_back(y += 10, 72, 400, 8, t);
  Document doc = ocr_page(lines);
  auto& page = doc.pages[0].lines;
  for (std::size_t k = 0; k < raised.size() && k < page.size(); ++k)
    for (const std::string& m : raised[k]) page[k].marks.push_back(NoteMark{page[k].text.size(), m, MarkSource::superscript});
  Line rule;  // the separator, as the reading gives it: a blank line, thin, short, low on the page
  rule.text = " ";
  rule.role = LineRole::blank;
  rule.box = Box{56, 698, 170, 699};
  page.insert(page.begin() + static_cast<std::ptrdiff_t>(body.size()), rule);
  run_passes(doc, {"collect_footnotes"});
  std::vector<std::pair<std::string, std::string>> out;
  for (const Footnote& f : doc.footnotes) out.emplace_back(f.marker, f.text);
  return out;
}
}  // namespace

TEST_CASE("notes under an OCR page's separator whose numbers OCR dropped or misread are numbered", "[collect_footnotes][ocr]") {
  using Notes = std::vector<std::pair<std::string, std::string>>;
  struct Case {
    std::vector<std::vector<std::string>> raised;
    std::vector<std::string> read;
    Notes want;
  };
  const std::vector<Case> cases = {
      // LaTeX's small "1" not read at 200 dpi: closed by note 2 read after it.
      {{{"1"}, {"2"}, {}},
       {"Resolution 2417 (2018), adopted on 24 May 2018.", "2 See A/80/123, annex."},
       {{"1", "Resolution 2417 (2018), adopted on 24 May 2018."}, {"2", "See A/80/123, annex."}}},
      // Two notes in a row, neither number read, closed by the page's raised marks.
      {{{"1"}, {"2"}, {}},
       {"See resolution 65/69 and subsequent resolutions.", "A/78/111, annex."},
       {{"1", "See resolution 65/69 and subsequent resolutions."}, {"2", "A/78/111, annex."}}},
      // "4" read "2" (as "8" was read "5" at 200 dpi): lower than the note before it.
      {{{"1", "2"}, {"3"}, {"4"}},
       {"1 See A/80/123.", "2 See A/80/124.", "3 See A/80/125.", "2 In accordance with the Agreement."},
       {{"1", "See A/80/123."}, {"2", "See A/80/124."}, {"3", "See A/80/125."}, {"4", "In accordance with the Agreement."}}},
      // Note 2 not read at all: note 3 follows note 1 (note 2 is warned
      // about as not found), not appended to it.
      {{{"1"}, {"2"}, {"3"}},
       {"1 See A/80/123.", "3 See A/80/125."},
       {{"1", "See A/80/123."}, {"3", "See A/80/125."}}},
  };
  int ran = 0;
  for (const Case& c : cases) {
    CAPTURE(ran);
    CHECK(notes_read(c.raised, c.read) == c.want);
    ++ran;
  }
  CHECK(ran == 4);
  // Not numbered: a sentence first under the separator that no number
  // read after it, nor a raised mark of its page, makes a note of (a note
  // run over from the page before); note 1 read after it stays note 1.
  CHECK(notes_read({{}, {}, {}}, {"States are invited to report to the Committee."}).empty());
  const Notes after = notes_read({{"1"}, {}, {}}, {"States are invited to report.", "1 See A/80/123."});
  REQUIRE(!after.empty());
  CHECK(after.front() == std::pair<std::string, std::string>{"1", "See A/80/123."});
}

// A note's full stops in small type at 200 dpi are 2 x 2 pixels once
// thresholded: the despeckling erased them ("See www icriforum org"), and
// the LaTeX notes' small raised "1" and "2" are not read at all, so that no
// note of the page was collected and all of them stayed in the body.
TEST_CASE("the notes of a LaTeX page scanned at 200 dpi are collected with their full stops", "[collect_footnotes][ocr][slow]") {
  const std::string pdf = source_dir() + "/fixtures/notes/ga_notes_run_over-latex.pdf";
  const std::string tif = (std::filesystem::temp_directory_path() / ("akn-test-latex-notes-200-" + std::to_string(::getpid()) + ".tif")).string();
  const std::string command = std::string("'") + AKN_MAKE_SCAN + "' --dpi 200 --pages 1 '" + pdf + "' '" + tif + "' > /dev/null";
  REQUIRE(std::system(command.c_str()) == 0);
  const Conversion c = Pipeline(akn::test::config()).convert("latex-notes-200.tif", read_file(tif));
  std::filesystem::remove(tif);
  std::vector<std::string> markers;
  std::string notes;
  for (const Footnote& f : c.document.footnotes) {
    markers.push_back(f.marker);
    notes += f.text + "\n";
  }
  // Notes 1 to 4 at least (note 5, "5 A/80/297.", was read "5.4 /80/297.").
  REQUIRE(markers.size() >= 4);
  CHECK(std::vector<std::string>(markers.begin(), markers.begin() + 4) == std::vector<std::string>{"1", "2", "3", "4"});
  CHECK(notes.find("See www.icriforum.org.") != std::string::npos);
  CHECK(notes.find("Resolution 66/288, annex.") != std::string::npos);
}

// "personne!" is "personnel" with its "l" misread, not a word raising a
// misread note mark: counted as a mark, the sc_resolution scan with grain
// and blur had four candidate marks for three notes, and linked none.
TEST_CASE("a letter l read as '!' is not taken for a misread note mark", "[collect_footnotes][ocr]") {
  int ran = 0;
  for (const std::string word : {"personne!", "personnel"}) {
    CAPTURE(word);
    Document doc = ocr_page({{400, 70, 450, 11, "Recalling its resolution 2417 (2018),' and"},
                             {414, 70, 450, 11, "commending the humanitarian " + word + " who deliver"},
                             {428, 70, 450, 11, "assistance in difficult conditions,"},
                             {710, 72, 400, 8, "1 Resolution 2417 (2018)."},
                             {720, 72, 400, 8, "2 See A/80/123."}});
    Line& raised = doc.pages[0].lines[2];
    raised.marks.push_back(NoteMark{raised.text.size(), "2", MarkSource::superscript});
    Line rule;
    rule.text = " ";
    rule.role = LineRole::blank;
    rule.box = Box{56, 698, 170, 699};
    doc.pages[0].lines.insert(doc.pages[0].lines.begin() + 3, rule);
    run_passes(doc, {"collect_footnotes"});
    REQUIRE(doc.footnotes.size() == 2);
    const Line& first = doc.pages[0].lines[0];
    CHECK(first.text == "Recalling its resolution 2417 (2018), and");
    REQUIRE(first.marks.size() == 1);
    CHECK(first.marks[0].marker == "1");
    ++ran;
  }
  CHECK(ran == 2);
}
