// The quality score's parts (export/export.hpp Quality, verify/quality.hpp):
// each finding a careful reader holds against a conversion lowers it.
#include <catch2/catch.hpp>

#include "core/known_words.hpp"
#include "export/export.hpp"
#include "support.hpp"
#include "verify/quality.hpp"

using namespace akn;
using namespace akn::test;

namespace {
const std::string kResolution =
    "Resolution adopted by the General Assembly on 22 December 2003\n\n"
    "58/170. Enhancement of international cooperation in the field of human rights\n\n"
    "The General Assembly,\n\nRecalling its resolution 57/224 of 18 December 2002,\n\n"
    "1. Decides to continue its consideration of the question at its fifty-ninth session.\n\n"
    "2. Requests the Secretary-General to report on the implementation of the present resolution.\n\n"
    "77th plenary meeting\n22 December 2003\n";

// kResolution with `what` put into paragraph 1, after "continue".
std::string with_inside(const std::string& what) {
  std::string t = kResolution;
  t.insert(t.find("continue") + 8, " " + what);
  return t;
}

std::vector<std::string> kinds(const std::vector<Residue>& r) {
  std::vector<std::string> out;
  for (const Residue& x : r) out.push_back(x.kind + ":" + x.text);
  return out;
}
}  // namespace

TEST_CASE("a clean resolution scores high, every part at 1", "[quality]") {
  const Conversion c = convert(kResolution);
  const Quality& q = c.quality;
  CHECK(q.unaccounted == 0);
  CHECK(q.furniture_in_text == 0);
  CHECK(q.order_breaks == 0);
  CHECK(q.structure == 1);
  // A date, and the symbol derived from the printed number (A/RES/...), with
  // how it was derived in the metadata.
  CHECK(q.metadata == 1);
  REQUIRE(c.resolution.meta.symbol_derivation);
  CHECK(q.score > config().batch.min_quality);
}

TEST_CASE("furniture left inside the text: the symbol, a job number, a page number, /..., masthead values", "[quality]") {
  SECTION("each found, with its kind and text, and counted in the score") {
    for (const std::string& what : {std::string("23-25993 (E) 100124"), std::string("23-25993"), std::string("/...")}) {
      const Conversion c = convert(with_inside(what));
      INFO(what);
      REQUIRE(c.quality.furniture_in_text == 1);
      CHECK(c.quality.furniture == Approx(kFurnitureFactor));
      CHECK(c.quality.score < config().batch.min_quality);
      const auto found = furniture_in_text(c.document, c.resolution);
      CHECK(found.at(0).text == what);
      CHECK(found.at(0).where.line == 9);  // the source line of paragraph 1
    }
  }
  SECTION("the document's own symbol, not a reference to it") {
    const std::string masthead = "United Nations A/RES/58/170\nGeneral Assembly Distr.: General\n9 March 2004\n\n";
    const Conversion c = convert(masthead + with_inside("A/RES/58/170"));
    CHECK(c.resolution.meta.symbol == "A/RES/58/170");
    CHECK(kinds(furniture_in_text(c.document, c.resolution)) == std::vector<std::string>{"symbol:A/RES/58/170"});
    const Conversion cited = convert(masthead + with_inside("(A/RES/58/170)"));
    CHECK(furniture_in_text(cited.document, cited.resolution).empty());
  }
  SECTION("masthead values left in the title or a paragraph, not the words in a sentence") {
    for (const std::string& what : {std::string("ORIGINAL: ENGLISH"), std::string("Distr.: General"),
                                    std::string("SECURITY COUNCIL Forty-ninth year")}) {
      INFO(what);
      const Conversion c = convert(with_inside(what));
      CHECK(kinds(furniture_in_text(c.document, c.resolution)) == std::vector<std::string>{"masthead:" + what});
    }
    // A masthead line parse_masthead cannot anchor (no symbol, no "Distr.")
    // left as the title.
    const Conversion title = convert("UNITED NATIONS AS\n\nThe meeting was called to order at 10 a.m.\n");
    CHECK(kinds(furniture_in_text(title.document, title.resolution)) ==
          std::vector<std::string>{"masthead:UNITED NATIONS AS"});
    // A record's masthead is read into the metadata: none of it is left.
    const Conversion record = convert("United Nations S/PV.9999\n\nThe meeting was called to order at 10 a.m.\n");
    CHECK(record.resolution.meta.symbol == "S/PV.9999");
    CHECK(furniture_in_text(record.document, record.resolution).empty());
    const Conversion prose = convert(with_inside("the original English text of the General Assembly at its forty-ninth session"));
    CHECK(furniture_in_text(prose.document, prose.resolution).empty());
  }
  SECTION("a job number or a continuation mark left in a note: the page's footer read into it") {
    // A/45/189 on main: note * read "A/45/50. 90-08730 1 9 2 1 a ( E ) /* . ."
    // and the quality check said nothing of it.
    Conversion c = convert(with_inside("the text"));
    REQUIRE(furniture_in_text(c.document, c.resolution).empty());
    c.resolution.footnotes.push_back(Footnote{"*", "A/45/50. 90-08730 1 9 2 1 a ( E ) /...", 1, 0, true});
    c.resolution.footnotes.push_back(Footnote{"1", "See A/45/50, paras. 3-5, and document 45/189.", 1, 1, true});
    CHECK(kinds(furniture_in_text(c.document, c.resolution)) ==
          std::vector<std::string>{"job number in a note:90-08730", "continuation mark in a note:/..."});
  }
  SECTION("N/M is a page number only when M is the page count") {
    // Three pages (form feeds): 2/3 is furniture, resolution 70/1 and 5/3
    // after "resolution" are not.
    const std::string t = with_inside("2/3") + "\f\fsee resolution 70/1 and resolution 5/3\n";
    const Conversion c = convert(t);
    REQUIRE(c.document.pages.size() == 3);
    CHECK(kinds(furniture_in_text(c.document, c.resolution)) == std::vector<std::string>{"page number:2/3"});
  }
}

TEST_CASE("a resolution read as a sequence of paragraphs loses its structure part, a letter does not", "[quality]") {
  std::string t = kResolution;
  t.erase(t.find("The General Assembly,\n\n"), 23);
  const Conversion c = convert(t);
  CHECK_FALSE(c.resolution.formula);
  CHECK(looks_like_resolution(c.resolution));
  CHECK(c.quality.structure == Approx(2.0 / 3));
  CHECK(c.quality.score < config().batch.min_quality);
  const Conversion letter = convert(
      "Letter dated 2 May 1985 from the Acting Chairman addressed to the Secretary-General\n\n"
      "In my capacity as Acting Chairman of the Committee, I wish to bring to your attention a number of reports.\n\n"
      "I should be grateful if the present letter were circulated as a document of the General Assembly.\n");
  CHECK_FALSE(looks_like_resolution(letter.resolution));
  CHECK(letter.quality.structure == 1);
}

TEST_CASE("lines read out of order on their page are counted per page", "[quality]") {
  Document doc = doc_of_placed_lines({
      {"the closing of schools, and the shooting of demonstrators at several", {81, 423.5, 396, 432}},
      {"newspapers,", {24, 424, 63, 432.5}},                // same baseline, to the left: a break
      {"in the West Bank and Gaza.", {24, 433, 190, 441}},  // the next line: fine
      {"Second column, first line", {320, 100, 560, 110}},  // a column to the right: fine
      {"Second column, second line", {320, 111, 560, 121}},
  });
  const auto breaks = reading_order_breaks(doc);
  REQUIRE(breaks.size() == 1);
  CHECK(breaks[0].line == 2);
  doc.pages[0].lines[1].role = LineRole::furniture;  // only text lines count
  CHECK(reading_order_breaks(doc).empty());
}

TEST_CASE("the score is the product of the parts measured, 0 when the AKN is not valid", "[quality]") {
  Quality q;
  q.dictionary = 0.9;
  q.furniture = kFurnitureFactor;
  CHECK(quality_score(q) == Approx(0.9 * kFurnitureFactor));
  q.ocr_confidence = 0.5;
  CHECK(quality_score(q) == Approx(0.45 * kFurnitureFactor));
  q.schema_valid = 0;
  CHECK(quality_score(q) == 0);
}

namespace {
// A letter on one page, every word given an OCR confidence of 92 when
// `ocr` (Tesseract is confident of what it makes of a line it cannot read:
// A/47/892's underlined title gave "Perman" 92, "rver" 91).
Conversion letter(const std::string& text, bool ocr, bool ocr_layer = false) {
  Document doc = doc_from_text(text);
  doc.pages[0].ocr = ocr;
  doc.pages[0].ocr_layer = ocr_layer;
  if (ocr) doc.pages[0].ocr_confidence = 92;
  for (Line& line : doc.pages[0].lines) {
    line.words = words_at_spaces(line.text);
    for (Word& w : line.words) w.confidence = ocr ? 92 : -1;
  }
  return pipeline().finish(std::move(doc));
}

bool warned_title(const Conversion& c) {
  for (const Diagnostic& d : c.document.log.warnings())
    if (d.message.find("the title was read by OCR with") != std::string::npos) return true;
  return false;
}
}  // namespace

// The body of a French letter (long enough to be read as French), under a
// title the cases vary.
const char* const kFrenchLetterBody =
    "\n\nJ'ai l'honneur de vous faire tenir ci-joint le texte de la déclaration publiée le 17 février "
    "1993 par le Comité exécutif de l'Organisation de libération de la Palestine. Je vous serais "
    "reconnaissant de bien vouloir faire distribuer le texte de la présente lettre comme document "
    "officiel de l'Assemblée générale et du Conseil de sécurité.\n\n"
    "L'Observateur permanent de la Palestine auprès de l'Organisation des Nations Unies\n";

TEST_CASE("a title OCR read as words nothing knows is warned about and lowers the quality", "[quality][ocr]") {
  struct Case {
    std::string title, body;
    bool ocr;
    std::size_t doubtful;  // title words neither the dictionary nor the document knows
  };
  const std::string en = "\n\nI am instructed by the Executive Committee to bring the following to your attention.\n\n"
                         "(Signed) Nasser AL-KIDWA\nPermanent Observer of Palestine to the United Nations\n";
  const std::string fr = kFrenchLetterBody;
  const std::vector<Case> cases = {
      {"Letter dated 18 February 1993 from the Perman 0 rver of Palestine to the United Nations addressed to the "
       "Secretary-General", en, true, 2},
      {"LETTER DATED 18 FEBRUARY 1993 FROM THE PERMAN 0 RVER OF PALESTINE ADDRESSED TO THE SECRETARY-GENERAL", en, true, 2},
      {"Lettre datée du 18 février 1993, adressée au Secrétaire général par l'Observ 0 nent permanent de la Palestine",
       fr, true, 2},
      // As printed, or a name the letter prints again under its signature.
      {"Letter dated 18 February 1993 from the Permanent Observer of Palestine to the United Nations addressed to the "
       "Secretary-General", en, true, 0},
      {"Letter dated 18 February 1993 from Nasser AL-KIDWA addressed to the Secretary-General", en, true, 0},
      // A text layer prints its words: nothing to compare with an image.
      {"Letter dated 18 February 1993 from the Perman 0 rver of Palestine addressed to the Secretary-General", en, false, 0}};
  int ran = 0;
  for (const Case& k : cases) {
    CAPTURE(k.title, k.ocr);
    const Conversion c = letter(k.title + k.body, k.ocr);
    REQUIRE(c.resolution.title);
    CHECK(c.resolution.title->text == k.title);
    CHECK(c.quality.title_doubtful_words == k.doubtful);
    CHECK(warned_title(c) == (k.doubtful > 0));
    CHECK(c.quality.title == Approx(k.doubtful == 0 ? 1.0 : kDoubtfulTitleWordFactor * kDoubtfulTitleWordFactor));
    ++ran;
  }
  CHECK(ran == 6);
  // An old OCR text layer kept (its words have no confidence) is OCR too:
  // A/45/155's layer title "from the Pgrmanr~nt. Observer lestine" had a
  // title score of 1.
  const Conversion layer = letter(cases[0].title + cases[0].body, false, true);
  CHECK(layer.quality.title_doubtful_words == 2);
  CHECK(warned_title(layer));
  bool named_layer = false;
  for (const Diagnostic& d : layer.document.log.warnings())
    named_layer = named_layer || d.message.find("\"Perman\" (OCR text layer)") != std::string::npos;
  CHECK(named_layer);
  // The part counts in the score.
  const Conversion clean = letter(cases[3].title + cases[3].body, true);
  const Conversion garbled = letter(cases[0].title + cases[0].body, true);
  CHECK(garbled.quality.score < clean.quality.score);
}

TEST_CASE("a title's elided forms, dotted abbreviations and capitals are words, read by Tesseract or a text layer", "[quality][ocr]") {
  // S/14938's layer title "... FROM THE CHARGE D'AFFAIRES A.I. OF THE
  // PERMANENT MISSION OF ISRAEL ..." is as printed: no dictionary spells
  // "D'AFFAIRES" (an elided form: the word after the apostrophe is judged)
  // or "A.I" (a dotted abbreviation). A/45/155's layer title is not.
  struct Case {
    std::string title, body;
    std::size_t doubtful;
  };
  const std::string en = "\n\nI have the honour to bring the following to your attention.\n\n"
                         "(Signed) Nasser AL-KIDWA\nPermanent Observer of Palestine to the United Nations\n";
  const std::string fr = kFrenchLetterBody;
  const std::vector<Case> cases = {
      {"LETTER DATED 31 MARCH 1982 FROM THE CHARGE D'AFFAIRES A.I. OF THE PERMANENT MISSION OF ISRAEL TO THE UNITED "
       "NATIONS ADDRESSED TO THE PRESIDENT OF THE SECURITY COUNCIL",
       en, 0},
      {"Letter dated 31 March 1982 from the Chargé d\u2019affaires a.i. of the Permanent Mission of Israel to the U.N. "
       "addressed to the President of the Security Council",
       en, 0},
      {"Letter dated 31 March 1982 from J. S. Smith, Chargé d'affaires a.i. of the UNRWA Liaison Office, addressed to "
       "the President of the Security Council",
       en, 0},
      {"Lettre datée du 31 mars 1982, adressée au Président du Conseil de sécurité par le Chargé d'affaires a.i. de "
       "la Mission permanente d'Israël auprès de l\u2019Organisation des Nations Unies",
       fr, 0},
      // A title in capitals, typewritten without its accents.
      {"LETTRE DATEE DU 31 MARS 1982, ADRESSEE AU PRESIDENT DU CONSEIL DE SECURITE PAR LE CHARGE D'AFFAIRES A.I. DE "
       "LA MISSION PERMANENTE D'ISRAEL AUPRES DE L'ORGANISATION DES NATIONS UNIES",
       fr, 0},
      // Misreadings stay doubtful, elided or dotted: only a known elision
      // before the apostrophe is set apart, only short runs between dots.
      {"Letter dated 27 February 1990 from the Pgrmanr~nt. Observer lestine to the United Nations addre;ssed I(# m",
       en, 3},
      {"Letter dated 27 February 1990 from the Permanent Observer of Palestine to the Unitod Natxons addressed to the "
       "Secretary-General",
       en, 2},
      {"LETTER DATED 27 FEBRUARY 1990 FROM THE D'OBSERVR OF PALESTINE ADDRESSED TO THE SECRE.TARYG", en, 2},
      {"Lettre datée du 18 février 1993, adressée au Secrétaire général par l'Observ 0 nent permanent de la Palestine",
       fr, 2},
      {"LETTRE DATEE DU 18 FEVRIER 1993, ADRESSEE AU SECRETAIRE GENERAL PAR L'OBSERV 0 NENT PERMANENT DE LA PALESTINE",
       fr, 2}};
  int ran = 0;
  for (const Case& k : cases)
    for (const bool layer : {false, true}) {
      CAPTURE(k.title, layer);
      const Conversion c = letter(k.title + k.body, !layer, layer);
      REQUIRE(c.resolution.title);
      std::string warnings;  // what was flagged, when a check fails
      for (const Diagnostic& d : c.document.log.warnings()) warnings += d.message + "\n";
      INFO(warnings);
      CHECK(c.resolution.title->text == k.title);
      CHECK(c.quality.title_doubtful_words == k.doubtful);
      CHECK(warned_title(c) == (k.doubtful > 0));
      ++ran;
    }
  CHECK(ran == 20);
}

TEST_CASE("a title's words are compared with the text's without case and accents", "[quality]") {
  CHECK(without_accents("Chargé") == "Charge");
  CHECK(without_accents("QUATRIÈME") == "QUATRIEME");
  CHECK(without_accents("Łódź") == "Łodz");  // a stroke is part of the letter, not an accent
  CHECK(without_case_and_accents("QUATRIEME") == without_case_and_accents("Quatrième"));
  CHECK(without_case_and_accents("ÉTATS") == "etats");
  CHECK(without_case_and_accents("Ёлка") == "елка");
  CHECK(without_case_and_accents("AL-KIDWA") == "al-kidwa");
}

namespace {
// How many of the document's warnings (stage quality) name numbered
// paragraphs read out of order, and the first such message.
std::pair<int, std::string> numbering_warnings(const Conversion& c) {
  std::pair<int, std::string> out{0, ""};
  for (const Diagnostic& d : c.document.log.warnings())
    if (d.pass == "quality" && d.message.starts_with("numbered paragraphs read out of their rising order")) {
      if (out.first++ == 0) out.second = d.message;
    }
  return out;
}

// A summary record's numbered paragraphs, in the order `order` gives (1-based
// numbers), in English or French.
std::string record(const std::vector<int>& order, bool french) {
  std::string t = french ? "Nations Unies A/C.4/SR.999\n\nQUATRIÈME COMMISSION\n\nCOMPTE RENDU ANALYTIQUE DE LA 999ème SÉANCE\n\n"
                         : "United Nations A/C.4/SR.999\n\nFOURTH COMMITTEE\n\nSUMMARY RECORD OF THE 999th MEETING\n\n";
  for (int n : order)
    t += std::to_string(n) + ". " +
         (french ? "Le représentant de la délégation déclare que sa délégation votera pour le projet de résolution, "
                   "qui répond aux intentions de la Charte et aux besoins des territoires non autonomes.\n\n"
                 : "The representative of the delegation said that his delegation would vote for the draft resolution, "
                   "which answered the intentions of the Charter and the needs of the Non-Self-Governing Territories.\n\n");
  return t;
}
}  // namespace

TEST_CASE("the dictionary share is measured with the dictionary of the document's language", "[quality]") {
  // A/C.4/SR.985 (French, an old OCR layer printing "a&ninistrantes") had
  // dictionary null and scored 1 on main: only en_US documents were measured.
  const std::string fr_title =
      "Lettre datée du 18 février 1993, adressée au Secrétaire général par l'Observateur permanent de la Palestine";
  const std::string en = "Letter dated 18 February 1993 from the Permanent Observer of Palestine addressed to the "
                         "Secretary-General\n\nI have the honour to transmit herewith the text of the statement issued "
                         "on 17 February 1993 by the Executive Committee of the Palestine Liberation Organization. I should "
                         "be grateful if the present letter were circulated as a document of the General Assembly.\n";
  const Conversion french = convert(fr_title + kFrenchLetterBody);
  const Conversion english = convert(en);
  REQUIRE(french.resolution.meta.language == "fr");
  REQUIRE(english.resolution.meta.language == "en");
  CHECK(french.quality.dictionary > 0.95);  // the English dictionary knows few of these words
  CHECK(english.quality.dictionary > 0.95);
  // The same texts with OCR garbage in them score lower, in each language.
  auto garble = [](std::string t, const std::vector<std::pair<std::string, std::string>>& swaps) {
    for (const auto& [from, to] : swaps) t.replace(t.find(from), from.size(), to);
    return t;
  };
  const Conversion french_garbled = convert(garble(fr_title + kFrenchLetterBody, {{"reconnaissant", "rcconnaissaut"},
                                                                                 {"distribuer", "dlstrihuer"},
                                                                                 {"officiel", "offlciel"},
                                                                                 {"exécutif", "cx&cutif"}}));
  const Conversion english_garbled = convert(garble(en, {{"transmit", "trausmit"}, {"statement", "statemcnt"},
                                                         {"circulated", "clrculated"}, {"Executive", "Exccutive"}}));
  CHECK(french_garbled.quality.dictionary < french.quality.dictionary - 0.05);
  CHECK(english_garbled.quality.dictionary < english.quality.dictionary - 0.05);
  CHECK(french_garbled.quality.score < french.quality.score);
  // A language no dictionary is configured for is not measured.
  std::string zh = "2023年12月19日大会决议\n\n大会，\n\n回顾其以往关于这一问题的各项决议，\n\n";
  for (int i = 1; i <= 4; ++i)
    zh += std::to_string(i) + ". 请秘书长向大会第七十九届会议报告本决议的执行情况，并决定继续审议这一问题；\n\n";
  const Conversion chinese = convert(zh);
  REQUIRE(chinese.resolution.meta.language == "zh");
  CHECK(chinese.quality.dictionary == -1);
}

TEST_CASE("numbered paragraphs read out of their rising sequence are order breaks", "[quality]") {
  // A/C.4/SR.985 pages 3 and 5: two columns read in the wrong order gave
  // paragraphs 17 20 21 22 18 19 and 31 32 35 33 34; main said nothing.
  int ran = 0;
  for (bool french : {false, true}) {
    CAPTURE(french);
    const Conversion in_order = convert(record({1, 2, 3, 4, 5, 6, 7}, french));
    const Conversion scrambled = convert(record({1, 2, 5, 6, 3, 4, 7}, french));
    REQUIRE(scrambled.resolution.meta.language == (french ? "fr" : "en"));
    CHECK(in_order.quality.order_breaks == 0);
    CHECK(numbering_warnings(in_order).first == 0);
    CHECK(scrambled.quality.order_breaks == 1);
    CHECK(scrambled.quality.reading_order < 1);
    CHECK(scrambled.quality.score < in_order.quality.score);
    const auto [warnings, message] = numbering_warnings(scrambled);
    CHECK(warnings == 1);
    CHECK(message.find("on page 1: 2 5 6 3 (3 read after 6)") != std::string::npos);
    ++ran;
  }
  CHECK(ran == 2);
}

TEST_CASE("a numbering that starts again and then jumps over the numbers read before it is an order break", "[quality]") {
  // The French plain dump of A/C.4/SR.985 (an old OCR layer) read its
  // paragraphs 3 1 2 4: main took 1 for a new numbering and scored the
  // reading order 1.
  int ran = 0;
  for (bool french : {false, true})
    for (const std::vector<int>& order : {std::vector<int>{3, 1, 2, 4, 5}, std::vector<int>{4, 5, 1, 2, 3, 6, 7}}) {
      CAPTURE(french, order);
      const Conversion c = convert(record(order, french));
      CHECK(c.quality.order_breaks == 1);
      CHECK(c.quality.reading_order < 1);
      const auto [warnings, message] = numbering_warnings(c);
      CHECK(warnings == 1);
      ++ran;
    }
  CHECK(ran == 4);
  // A numbering of its own that goes on in steps of one stays no break.
  CHECK(convert(record({1, 2, 3, 1, 2, 3, 4}, false)).quality.order_breaks == 0);
  CHECK(convert(record({3, 4, 1, 2, 7}, false)).quality.order_breaks == 0);
}

TEST_CASE("numbering that starts again is no order break", "[quality]") {
  // An annex numbering its own paragraphs after the resolution's.
  const std::string annex = "\n\nAnnex\n\nGuidelines\n\n1. States should cooperate with the Special Rapporteur.\n\n"
                            "2. States should report on the measures taken.\n";
  const Conversion c = convert(kResolution + annex);
  CHECK(c.quality.order_breaks == 0);
  CHECK(numbering_warnings(c).first == 0);
  // Built by hand: the operative text, a section, an annex and a resolution
  // printed after it, each numbered on its own.
  const Document doc;
  auto paragraphs = [](const std::vector<std::string>& nums) {
    std::vector<OperativeParagraph> out;
    for (const std::string& n : nums) {
      OperativeParagraph p;
      p.num = n;
      out.push_back(std::move(p));
    }
    return out;
  };
  Resolution res;
  res.operative = paragraphs({"1.", "2.", "3.", "4.", "1.", "2.", "3."});  // a quoted text's numbering inside
  res.sections.push_back(Section{1, "II", std::nullopt, {}, paragraphs({"5.", "6."})});
  res.annexes.push_back(Annex{"annex", "Annex", {}, paragraphs({"1.", "2."})});
  Resolution next;
  next.operative = paragraphs({"1.", "2.", "2.", "3."});  // a number read twice
  res.following.push_back(next);
  CHECK(numbering_breaks(doc, res).empty());
  // A number lost (3 unread) or misread (10 for 18) is not read late.
  res.operative = paragraphs({"1.", "2.", "4.", "5."});
  CHECK(numbering_breaks(doc, res).empty());
  res.operative = paragraphs({"16.", "17.", "10.", "19."});
  CHECK(numbering_breaks(doc, res).empty());
  // Only numbers in figures alone count: "1.1" and "A." are not judged.
  res.operative = paragraphs({"1.", "3.", "1.1", "A.", "2."});
  const auto breaks = numbering_breaks(doc, res);
  REQUIRE(breaks.size() == 1);
  CHECK(breaks[0].seen == std::vector<long>{1, 3, 2});
  // Two jumps back in one sequence: each is a break.
  res.operative = paragraphs({"17.", "20.", "21.", "22.", "18.", "19.", "23.", "24.", "27.", "25.", "26."});
  CHECK(numbering_breaks(doc, res).size() == 2);
}
